#pragma once

#include "enginemessage.h"
#include "labdatabase.h"
#include "labresponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

class OperationRunner;
class QemuImg;
class XmlElement;
class XmlRenderer;

/// Amending a disk's qcow2 compat level (NOTES §9, seed qcow2-compat-levels): the `qcow_version`
/// part of `PUT /vms/{vm}/diskattachments/{id}` and `PUT /disks/{id}`. Every qcow2 volume of the
/// disk's chain whose compat differs from the requested one (snapshots included, raw volumes
/// left alone) is amended with `qemu-img amend -o compat=...`, base first, with the disk locked
/// meanwhile, through the OperationRunner (so it is undone after an unclean stop).
///
/// Where the engine checks what (4.4+, ENGINE UpdateDiskCommand / AmendImageGroupVolumesCommand),
/// and what the lab does:
/// - UpdateDisk.validate runs in the PUT: disk locked (409), data center not up (409), disk
///   illegal (500), no qcow2 volume at all (400), prefix "Cannot edit Virtual Disk.". The PUT
///   then answers 200 whether or not the amend will succeed.
/// - AmendImageGroupVolumes.validate runs later, as a child command: the disk plugged into a VM
///   that is not down, a template disk, an inactive storage domain. On the engine such a refusal
///   only reaches its log; the lab records it as the failure event 1330 "Failed to amend X."
///   (no 1328 start) and a failed job, and prints the engine's text on stderr, so that a client
///   following the amend learns that it failed. The disk is never locked in that case.
/// - A domain older than v4 cannot hold compat 1.1: as in vdsm, the amend starts (1328) and its
///   storage step fails (1330); nothing changes.
/// Events: 1328 "Started to amend ${DiskAlias}", 1329 "${DiskAlias} has been amended
/// successfully.", 1330 "Failed to amend ${DiskAlias}." (error).
class AmendService final
{
public:
    AmendService(LabDatabase &db, QemuImg &qemu, OperationRunner &runner, XmlRenderer &renderer, const QString &dataDir);

    /// The `<qcow_version>` a `<disk>` element asks for, if any.
    static std::optional<QString> requestedVersion(const XmlElement &disk);

    /// Validates and starts the amend of \a diskId to \a qcowVersion (`qcow2_v2`/`qcow2_v3`).
    /// \a vmId is the VM of the attachment PUT, empty for PUT /disks/{id}. Returns the fault
    /// reply when the PUT must be refused; std::nullopt when the PUT goes on (amend started,
    /// nothing to amend, or refused later by the child rules). The PUT handlers of attachments
    /// and disks (AttachmentService, DiskService) call it before applying their own changes.
    std::optional<LabResponse> amend(const QString &diskId, const QString &vmId, const QString &qcowVersion, const QString &correlationId);

private:
    LabResponse fault(int status, const QString &reason, const QString &detail);
    LabResponse refuse(const EngineMessage &message);
    /// Records a refusal of the child amend command (see above).
    void recordChildRefusal(const LabRow &disk, const QString &vmId, const QString &jobDescription, const QString &correlationId,
                            const EngineMessage &message);

    LabDatabase &m_db;
    QemuImg &m_qemu;
    OperationRunner &m_runner;
    XmlRenderer &m_renderer;
    QString m_dataDir;
};
