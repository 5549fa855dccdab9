#include "snapshotdiskrules.h"

#include <QCollator>

#include <algorithm>

namespace {

void sortByAlias(QList<Disk> &disks)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(disks.begin(), disks.end(), [&](const Disk &a, const Disk &b) {
        return collator.compare(SnapshotDiskRules::aliasOf(a), SnapshotDiskRules::aliasOf(b)) < 0;
    });
}

bool containsDisk(const QList<Disk> &disks, const QString &diskId)
{
    return std::any_of(disks.cbegin(), disks.cend(),
                       [&](const Disk &d) { return d.id == diskId; });
}

} // namespace

QString SnapshotDiskRules::exclusionReason(const Disk &disk)
{
    // The portal's wording for the disks it leaves out ("Shared disk(s) will not be a part
    // of the VM snapshot"), per disk.
    if (disk.storageType == DiskStorageType::Lun)
        return tr("Direct LUN disk: will not be a part of the VM snapshot");
    if (disk.shareable)
        return tr("Shared disk: will not be a part of the VM snapshot");
    return {};
}

QList<Disk> SnapshotDiskRules::snapshotCapable(const QList<Disk> &currentDisks)
{
    QList<Disk> capable;
    for (const Disk &disk : currentDisks) {
        if (allowsSnapshot(disk))
            capable.append(disk);
    }
    sortByAlias(capable);
    return capable;
}

QList<Disk> SnapshotDiskRules::missingFrom(const QList<Disk> &snapshotDisks,
                                           const QList<Disk> &currentDisks)
{
    QList<Disk> missing;
    for (const Disk &disk : snapshotCapable(currentDisks)) {
        if (!containsDisk(snapshotDisks, disk.id))
            missing.append(disk);
    }
    return missing;
}

PreviewSnapshotRequest SnapshotDiskRules::previewKeepingMissing(
    const QString &vmId, const Snapshot &snapshot, const QList<Disk> &snapshotDisks,
    const QString &activeSnapshotId, const QList<Disk> &currentDisks, bool restoreMemory)
{
    PreviewSnapshotRequest request;
    request.vmId = vmId;
    request.snapshotId = snapshot.id;
    request.restoreMemory = restoreMemory;
    QList<DiskImageChoice> disks;
    QList<Disk> own = snapshotDisks;
    sortByAlias(own);
    for (const Disk &disk : std::as_const(own))
        disks.append({disk.id, disk.imageId, snapshot.id});
    // A disk's current volume keeps it at its present state (the manager resolves the pair
    // disk id + image id).
    for (const Disk &disk : missingFrom(snapshotDisks, currentDisks))
        disks.append({disk.id, disk.imageId, activeSnapshotId});
    request.disks = disks;
    return request;
}

QStringList SnapshotDiskRules::sortedAliases(const QList<Disk> &disks)
{
    QList<Disk> sorted = disks;
    sortByAlias(sorted);
    QStringList aliases;
    aliases.reserve(sorted.size());
    for (const Disk &disk : std::as_const(sorted))
        aliases.append(aliasOf(disk));
    return aliases;
}
