#include "commiterasure.h"

#include "snapshotactions.h"
#include "snapshotdiskrules.h"

#include <algorithm>

QList<Snapshot> CommitErasure::newerThan(const QList<Snapshot> &snapshots, const Snapshot &target)
{
    QList<Snapshot> newer;
    if (!target.date)
        return newer;
    for (const Snapshot &snapshot : snapshots) {
        if (snapshot.type == SnapshotType::Regular && snapshot.id != target.id && snapshot.date
            && *snapshot.date > *target.date)
            newer.append(snapshot);
    }
    std::stable_sort(newer.begin(), newer.end(),
                     [](const Snapshot &a, const Snapshot &b) { return *a.date > *b.date; });
    return newer;
}

CommitErasure CommitErasure::forCommit(const QList<Snapshot> &snapshots,
                                       const QHash<QString, QList<Disk>> &snapshotDisks,
                                       const QList<Disk> &currentDisks)
{
    CommitErasure erasure;
    if (const Snapshot *previewed = SnapshotActions::previewed(snapshots))
        erasure.snapshots = newerThan(snapshots, *previewed);
    if (const Snapshot *before = SnapshotActions::beforePreview(snapshots)) {
        for (const Disk &disk : snapshotDisks.value(before->id)) {
            const auto current = std::find_if(currentDisks.cbegin(), currentDisks.cend(),
                                              [&](const Disk &d) { return d.id == disk.id; });
            // A disk left out of the preview may be detached, or stay attached with no layer
            // of the preview: its active image is still the one kept for undo. A previewed
            // disk has a new active image; one kept as it was is not in this snapshot.
            const bool excluded = current == currentDisks.cend()
                || (!disk.imageId.isEmpty() && current->imageId == disk.imageId);
            if (excluded)
                erasure.disks.append(disk);
        }
        // Listed by alias, as everywhere else.
        const QStringList order = SnapshotDiskRules::sortedAliases(erasure.disks);
        std::stable_sort(erasure.disks.begin(), erasure.disks.end(),
                         [&](const Disk &a, const Disk &b) {
                             return order.indexOf(SnapshotDiskRules::aliasOf(a))
                                  < order.indexOf(SnapshotDiskRules::aliasOf(b));
                         });
    }
    return erasure;
}

CommitErasure CommitErasure::forRestore(const QList<Snapshot> &snapshots, const Snapshot &target)
{
    CommitErasure erasure;
    erasure.snapshots = newerThan(snapshots, target);
    return erasure;
}
