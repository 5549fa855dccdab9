#pragma once

#include "entities.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// One volume of a disk's chain as the manager reports it: the active volume (from the disk)
/// or the volume a snapshot froze (from /vms/{vm}/snapshots/{sid}/disks).
struct DiskVolume
{
    QString imageId;
    QString snapshotId;          ///< empty for the active volume
    QString snapshotDescription; ///< empty for the active volume
    std::optional<QDateTime> snapshotDate;
    std::optional<DiskFormat> format;
    std::optional<QcowVersion> qcowVersion;
    bool active = false;
};

/// A VM a disk is attached to, with what the amend rules need.
struct DiskVmUse
{
    QString vmId;
    QString vmName;
    VmStatus status = VmStatus::Unknown;
    bool plugged = false; ///< the attachment's `active`
};

/// Everything DiskDesk knows about one disk when deciding whether it can be amended.
struct AmendCandidate
{
    Disk disk;
    /// The chain, oldest snapshot first, the active volume last.
    QList<DiskVolume> volumes;
    QList<DiskVmUse> vms;
    QString storageDomainName;
    std::optional<StorageFormat> storageFormat;
    /// Absent for attached domains in /storagedomains (NOTES §15.13): then not checked.
    std::optional<StorageDomainStatus> storageDomainStatus;
    bool templateDisk = false;
    /// False when only the active volume is known (a disk without VM: no snapshot list).
    bool volumesComplete = true;

    QString id() const { return disk.id; }
};
