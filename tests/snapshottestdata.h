#pragma once

#include "entities.h"

#include <QDateTime>
#include <QHash>
#include <QList>

// A VM with five disks and four snapshots, fixed ids, dates and sizes, for the snapshot
// dialog and timeline tests (no lab needed: the dialogs only see entities).
namespace SnapshotTestData {

constexpr qint64 GiB = qint64(1) << 30;

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline Disk disk(const QString &id, const QString &alias, const QString &imageId)
{
    Disk d;
    d.id = id;
    d.alias = alias;
    d.description = alias == QLatin1String("os") ? QStringLiteral("System disk") : QString();
    d.provisionedSize = 20 * GiB;
    d.actualSize = 3 * GiB;
    d.format = DiskFormat::Cow;
    d.qcowVersion = QcowVersion::Qcow2V3;
    d.status = DiskStatus::Ok;
    d.storageType = DiskStorageType::Image;
    d.sparse = true;
    d.imageId = imageId;
    return d;
}

/// The VM's disks now: three image disks, a shareable one and a direct LUN.
inline QList<Disk> currentDisks()
{
    Disk shared = disk(QStringLiteral("d-shared"), QStringLiteral("cluster-quorum"),
                       QStringLiteral("img-shared"));
    shared.shareable = true;
    shared.format = DiskFormat::Raw;
    shared.qcowVersion.reset();
    Disk lun;
    lun.id = QStringLiteral("d-lun");
    lun.alias = QStringLiteral("san-lun0");
    lun.storageType = DiskStorageType::Lun;
    return {disk(QStringLiteral("d-os"), QStringLiteral("os"), QStringLiteral("img-os-4")),
            disk(QStringLiteral("d-data"), QStringLiteral("data"), QStringLiteral("img-data-4")),
            disk(QStringLiteral("d-logs"), QStringLiteral("logs"), QStringLiteral("img-logs-2")),
            shared, lun};
}

inline Vm vm(VmStatus status)
{
    Vm v;
    v.id = QStringLiteral("vm-1");
    v.name = QStringLiteral("web01");
    v.status = status;
    return v;
}

inline Snapshot snapshot(const QString &id, const QString &description, SnapshotType type,
                         const QDateTime &date, bool memory = false)
{
    Snapshot s;
    s.id = id;
    s.description = description;
    s.type = type;
    s.status = SnapshotStatus::Ok;
    s.date = date;
    s.persistMemorystate = memory;
    s.vmId = QStringLiteral("vm-1");
    return s;
}

/// Active VM, "before upgrade" (all three image disks, with memory), "data only" (a partial
/// snapshot of one disk), "fresh install" (os and data: logs did not exist yet).
inline QList<Snapshot> snapshots()
{
    return {snapshot(QStringLiteral("s-active"), QStringLiteral("Active VM"), SnapshotType::Active,
                     at("2026-03-02T09:30:00Z")),
            snapshot(QStringLiteral("s-3"), QStringLiteral("before upgrade"), SnapshotType::Regular,
                     at("2026-03-01T18:00:00Z"), true),
            snapshot(QStringLiteral("s-2"), QStringLiteral("data only"), SnapshotType::Regular,
                     at("2026-02-20T12:15:00Z")),
            snapshot(QStringLiteral("s-1"), QStringLiteral("fresh install"), SnapshotType::Regular,
                     at("2026-02-01T08:00:00Z"))};
}

inline QHash<QString, QList<Disk>> snapshotDisks()
{
    const auto in = [](Disk d, const QString &snapshotId, const QString &imageId) {
        d.snapshotId = snapshotId;
        d.imageId = imageId;
        return d;
    };
    const QList<Disk> now = currentDisks();
    const Disk &os = now.at(0);
    const Disk &data = now.at(1);
    const Disk &logs = now.at(2);
    return {
        {QStringLiteral("s-3"), {in(os, QStringLiteral("s-3"), QStringLiteral("img-os-3")),
                                 in(data, QStringLiteral("s-3"), QStringLiteral("img-data-3")),
                                 in(logs, QStringLiteral("s-3"), QStringLiteral("img-logs-1"))}},
        {QStringLiteral("s-2"), {in(data, QStringLiteral("s-2"), QStringLiteral("img-data-2"))}},
        {QStringLiteral("s-1"), {in(os, QStringLiteral("s-1"), QStringLiteral("img-os-1")),
                                 in(data, QStringLiteral("s-1"), QStringLiteral("img-data-1"))}},
    };
}

/// The same VM while "data only" is previewed: the old active state is kept as "Active VM
/// before the preview" (with all disks), the previewed VM has only the data disk.
inline QList<Snapshot> previewingSnapshots()
{
    QList<Snapshot> list = snapshots();
    list[2].status = SnapshotStatus::InPreview;
    list.append(snapshot(QStringLiteral("s-before"), QStringLiteral("Active VM before the preview"),
                         SnapshotType::Preview, at("2026-03-02T09:00:00Z")));
    return list;
}

inline QHash<QString, QList<Disk>> previewingSnapshotDisks()
{
    QHash<QString, QList<Disk>> disks = snapshotDisks();
    QList<Disk> before = currentDisks().mid(0, 3);
    for (Disk &d : before)
        d.snapshotId = QStringLiteral("s-before");
    disks.insert(QStringLiteral("s-before"), before);
    return disks;
}

} // namespace SnapshotTestData
