#pragma once

#include "enginemessage.h"
#include "labdatabase.h"
#include "labrequest.h"
#include "labresponse.h"

#include <QString>

#include <optional>

class AmendService;
class IscsiService;
class OperationRunner;
class XmlElement;
class XmlRenderer;

/// Disk writes with the engine's rules and texts (NOTES §5, §7.4, §8): POST /disks (floating
/// image or LUN disk), PUT /disks/{id}, DELETE /disks/{id}, and the creation of a new disk for
/// POST /vms/{vm}/diskattachments. New image disks are real volumes made by qemu-img through the
/// OperationRunner (the disk stays locked until the file exists); LUN disks read their size and
/// identity from the LUN through a host's iSCSI session.
class DiskService final
{
public:
    /// The attachment a new disk gets (POST /vms/{vm}/diskattachments).
    struct Attachment
    {
        LabRow vm;
        QString interface;
        bool bootable = false;
        bool readOnly = false;
        bool active = false;
        bool passDiscard = false;
        bool usesScsiReservation = false;
    };

    DiskService(LabDatabase &db, OperationRunner &runner, XmlRenderer &renderer, IscsiService &iscsi, AmendService &amend, const QString &dataDir);

    LabResponse add(const LabRequest &request);
    LabResponse update(const QString &diskId, const LabRequest &request);
    LabResponse remove(const QString &diskId, const LabRequest &request);

    /// Creates \a disk (no id: image or LUN) and, with \a attachment, attaches it. The
    /// attachment-level rules are checked by the caller; \a validate runs the VM-level ones
    /// that must come after the disk's own (returns a refusal or nothing).
    LabResponse create(const XmlElement &disk, const std::optional<Attachment> &attachment, const LabRequest &request);

    /// Removes a disk with its volume files (RemoveDisk).
    LabResponse removeDisk(const LabRow &disk, const LabRequest &request);

    /// The disk-level part of an update (UpdateDiskCommand): \a element is the <disk> of a PUT.
    struct Change
    {
        std::optional<EngineMessage> refusal;
        QStringList assignments; ///< "column = ?" for UPDATE disks
        QVariantList bindings;
    };
    Change diskChange(const LabRow &disk, const XmlElement *element);
    /// Starts the amend a <disk><qcow_version> asks for (AmendService); a refusal or nothing.
    std::optional<LabResponse> amendIfAsked(const QString &diskId, const QString &vmId, const XmlElement *element, const QString &correlationId);

private:
    LabResponse createImage(const XmlElement &disk, const std::optional<Attachment> &attachment, const LabRequest &request);
    LabResponse createLun(const XmlElement &disk, const std::optional<Attachment> &attachment, const LabRequest &request);
    std::optional<EngineMessage> attachmentRules(const Attachment &attachment, const QString &alias, const QString &sgio);
    LabResponse created(const QString &diskId, const std::optional<Attachment> &attachment, const LabRequest &request);
    QString activeVolumeFormat(const QString &diskId);

    LabDatabase &m_db;
    OperationRunner &m_runner;
    XmlRenderer &m_renderer;
    IscsiService &m_iscsi;
    AmendService &m_amend;
    QString m_dataDir;
};
