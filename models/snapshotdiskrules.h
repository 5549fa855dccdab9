#pragma once

#include "entities.h"
#include "requests.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Which disks can be part of a snapshot, and what a partial snapshot means for a preview.
/// The manager's rules (`Disk.isAllowSnapshot()`): shareable images and direct LUNs never are.
class SnapshotDiskRules final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiskRules)
public:
    SnapshotDiskRules() = delete;

    /// Why `disk` cannot be part of a VM snapshot, or an empty string when it can.
    static QString exclusionReason(const Disk &disk);
    static bool allowsSnapshot(const Disk &disk) { return exclusionReason(disk).isEmpty(); }

    /// The VM's current disks that allow snapshots, sorted by alias (the portal's order).
    static QList<Disk> snapshotCapable(const QList<Disk> &currentDisks);
    /// The VM's snapshot-capable disks that `snapshotDisks` lacks: when not empty, previewing
    /// that snapshot is a partial preview.
    static QList<Disk> missingFrom(const QList<Disk> &snapshotDisks,
                                   const QList<Disk> &currentDisks);

    /// A preview of `snapshot` that keeps the disks it lacks as they are now: its own disks
    /// from the snapshot, the missing ones with their current (active) volume. This is the
    /// portal's "Include in the previewed VM all disks" choice.
    static PreviewSnapshotRequest previewKeepingMissing(const QString &vmId,
                                                        const Snapshot &snapshot,
                                                        const QList<Disk> &snapshotDisks,
                                                        const QString &activeSnapshotId,
                                                        const QList<Disk> &currentDisks,
                                                        bool restoreMemory);

    /// Aliases sorted the way people expect ("disk2" before "disk10").
    static QStringList sortedAliases(const QList<Disk> &disks);
    static QString aliasOf(const Disk &disk) { return disk.alias.isEmpty() ? disk.id : disk.alias; }
};
