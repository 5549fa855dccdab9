#pragma once

#include "entities.h"

#include <QHash>
#include <QList>
#include <QString>

/// What committing the current preview (or restoring a snapshot) erases: the snapshots taken
/// after the previewed one, and the disks the preview left out (the manager deletes them on
/// commit — gui-anchors §2.4). Computed from the snapshot list so that the confirmation
/// names them before anything is sent.
class CommitErasure final
{
public:
    /// Regular snapshots newer than the previewed one, newest first.
    QList<Snapshot> snapshots;
    /// Disks of the "Active VM before the preview" state that the previewed VM does not have.
    QList<Disk> disks;

    bool isEmpty() const { return snapshots.isEmpty() && disks.isEmpty(); }

    /// For a commit: `snapshots` as listed (with the in_preview and preview entries),
    /// `snapshotDisks` the disks of each snapshot by snapshot id, `currentDisks` the VM's
    /// disks now (in preview: the previewed disks).
    static CommitErasure forCommit(const QList<Snapshot> &snapshots,
                                   const QHash<QString, QList<Disk>> &snapshotDisks,
                                   const QList<Disk> &currentDisks);
    /// For a restore (preview and commit in one step) of `target`, which keeps all disks.
    static CommitErasure forRestore(const QList<Snapshot> &snapshots, const Snapshot &target);

    /// Regular snapshots taken after `target`, newest first.
    static QList<Snapshot> newerThan(const QList<Snapshot> &snapshots, const Snapshot &target);
};
