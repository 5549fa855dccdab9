#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain request values: what a dialog gathered, ready for Client to send.

/// POST /vms/{vm}/snapshots.
struct CreateSnapshotRequest
{
    QString vmId;
    QString description;
    bool persistMemorystate = false;
    /// The disks to include: nullopt = every eligible disk (the manager's default);
    /// an empty list = a configuration-only snapshot.
    std::optional<QStringList> diskIds;
};

/// One disk of a custom preview or restore: which volume (image) of which snapshot.
struct DiskImageChoice
{
    QString diskId;
    QString imageId;
    QString snapshotId;
};

/// POST /vms/{vm}/previewsnapshot (and, with the same fields, /snapshots/{sid}/restore).
struct PreviewSnapshotRequest
{
    QString vmId;
    QString snapshotId; ///< the VM configuration (and memory) source
    bool restoreMemory = false;
    /// nullopt = all disks of the snapshot; otherwise exactly these disks, the others excluded.
    std::optional<QList<DiskImageChoice>> disks;
};
