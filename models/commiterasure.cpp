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
            const bool kept = std::any_of(currentDisks.cbegin(), currentDisks.cend(),
                                          [&](const Disk &d) { return d.id == disk.id; });
            if (!kept)
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
