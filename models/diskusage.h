#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// One VM that has a disk attached, and how.
struct DiskUse
{
    QString vmId;
    QString vmName;
    VmStatus vmStatus = VmStatus::Unknown;
    bool readOnly = false;
    bool active = false;
    DiskInterface interface_ = DiskInterface::Unknown;
};

/// Who uses which disk: read-only is a property of each VM's attachment, so a shareable disk can
/// be read-only on one VM and read-write on another (NOTES §8). Built from VMs read with
/// `follow=disk_attachments` (one reply for every disk, used by the Attach dialog), or from one
/// disk's `vms` (all_content) and each VM's attachment (the "Used by" view).
class DiskUsage final
{
    Q_DECLARE_TR_FUNCTIONS(DiskUsage)
public:
    DiskUsage() = delete;

    /// Disk id → the VMs that have it attached, in the order of \a vms.
    static QHash<QString, QList<DiskUse>> fromVms(const QList<Vm> &vms);
    /// "web-01 (read-only), db-01 (read-write)"; empty for no use.
    static QString describe(const QList<DiskUse> &uses);
    /// "read-only" / "read-write".
    static QString accessText(bool readOnly);
    /// The uses other than \a vmId's.
    static QList<DiskUse> elsewhere(const QList<DiskUse> &uses, const QString &vmId);
};
