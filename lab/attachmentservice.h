#pragma once

#include "labdatabase.h"
#include "labrequest.h"
#include "labresponse.h"

#include <QString>

class DiskService;
class XmlRenderer;

/// Writes under /vms/{vm}/diskattachments with the engine's rules and texts (NOTES §4, §8):
/// POST in its three shapes (an existing disk by id, a new image disk, a new LUN disk), PUT
/// (hot plug/unplug first, then the update of attachment and disk), DELETE (detach, or with
/// detach_only=false remove the disk and its files). Read-only is a property of the attachment:
/// a shareable disk may be read-only on one VM and read-write on another.
class AttachmentService final
{
public:
    AttachmentService(LabDatabase &db, XmlRenderer &renderer, DiskService &disks);

    LabResponse add(const LabRow &vm, const LabRequest &request);
    LabResponse update(const LabRow &vm, const QString &diskId, const LabRequest &request);
    LabResponse remove(const LabRow &vm, const QString &diskId, const LabRequest &request);

private:
    LabResponse attachExisting(const LabRow &vm, const LabRow &disk, const LabRow &attachment, const LabRequest &request);
    LabResponse attachmentReply(const QString &vmId, const QString &diskId, int status, const LabRequest &request);

    LabDatabase &m_db;
    XmlRenderer &m_renderer;
    DiskService &m_disks;
};
