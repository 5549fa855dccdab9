#pragma once

// Fixed entities for the amend models and dialogs (no lab): the demo inventory's disks in the
// states issue 5 is about, with fixed ids and dates so that screenshots draw the same pixels.

#include "amendcandidate.h"

#include <QTimeZone>

namespace AmendTestData {

inline QDateTime at(int day)
{
    return QDateTime(QDate(2024, 3, day), QTime(2, 0), QTimeZone::utc());
}

inline QString id(int n)
{
    // The distinguishing part first, as in real UUIDs (views show the first 8 characters).
    return QStringLiteral("%1-0000-4000-8000-00000000cafe").arg(n * 2654435761u % 0xffffffffu, 8, 16, QLatin1Char('0'));
}

inline DiskVolume volume(int n, const QString &snapshot, int day, DiskFormat format, std::optional<QcowVersion> qcow)
{
    DiskVolume v;
    v.imageId = id(1000 + n);
    v.snapshotId = snapshot.isEmpty() ? QString() : id(2000 + n);
    v.snapshotDescription = snapshot;
    if (!snapshot.isEmpty())
        v.snapshotDate = at(day);
    v.format = format;
    v.qcowVersion = qcow;
    v.active = snapshot.isEmpty();
    return v;
}

inline AmendCandidate candidate(int n, const QString &alias, const QString &vm, VmStatus vmStatus, const QString &domain,
                                StorageFormat format, const QList<DiskVolume> &volumes, DiskStatus status = DiskStatus::Ok)
{
    AmendCandidate c;
    c.disk.id = id(n);
    c.disk.alias = alias;
    c.disk.status = status;
    c.disk.storageType = DiskStorageType::Image;
    c.disk.format = volumes.last().format;
    c.disk.qcowVersion = volumes.last().qcowVersion;
    c.disk.imageId = volumes.last().imageId;
    c.disk.storageDomainIds = {domain == QLatin1String("data-legacy") ? id(501) : id(502)};
    c.volumes = volumes;
    if (!vm.isEmpty())
        c.vms = {{id(300 + n), vm, vmStatus, true}};
    c.volumesComplete = !vm.isEmpty();
    c.storageDomainName = domain;
    c.storageFormat = format;
    return c;
}

/// 0.10 base and snapshot under a 1.1 active volume, VM down, domain now V5: amendable.
inline AmendCandidate legacyApp()
{
    return candidate(1, QStringLiteral("legacy-app_Disk1"), QStringLiteral("legacy-app"), VmStatus::Down, QStringLiteral("data-legacy"),
                     StorageFormat::V5,
                     {volume(1, QStringLiteral("before upgrade"), 2, DiskFormat::Cow, QcowVersion::Qcow2V2),
                      volume(2, QStringLiteral("nightly"), 9, DiskFormat::Cow, QcowVersion::Qcow2V2),
                      volume(3, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V3)});
}

/// A raw base under a 0.10 overlay: only the overlay changes.
inline AmendCandidate dbData()
{
    return candidate(2, QStringLiteral("db-01_Data"), QStringLiteral("db-01"), VmStatus::Down, QStringLiteral("data-legacy"), StorageFormat::V5,
                     {volume(4, QStringLiteral("before schema change"), 5, DiskFormat::Raw, std::nullopt),
                      volume(5, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V2)});
}

/// Its VM runs: the amend command refuses it.
inline AmendCandidate mailDisk()
{
    return candidate(3, QStringLiteral("mail-01_Disk1"), QStringLiteral("mail-01"), VmStatus::Up, QStringLiteral("data-legacy"), StorageFormat::V5,
                     {volume(6, QStringLiteral("nightly"), 8, DiskFormat::Cow, QcowVersion::Qcow2V2),
                      volume(7, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V2)});
}

/// Still on a V3 domain: compat 1.1 cannot be stored there.
inline AmendCandidate dbSystemOnV3()
{
    return candidate(4, QStringLiteral("db-01_Disk1"), QStringLiteral("db-01"), VmStatus::Down, QStringLiteral("data-legacy"), StorageFormat::V3,
                     {volume(8, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V2)});
}

inline AmendCandidate rawScratch()
{
    return candidate(5, QStringLiteral("build-01_Scratch"), QStringLiteral("build-01"), VmStatus::Down, QStringLiteral("data-main"), StorageFormat::V4,
                     {volume(9, QString(), 0, DiskFormat::Raw, std::nullopt)});
}

inline AmendCandidate upToDate()
{
    return candidate(6, QStringLiteral("web-01_Disk1"), QStringLiteral("web-01"), VmStatus::Up, QStringLiteral("data-main"), StorageFormat::V4,
                     {volume(10, QStringLiteral("before upgrade"), 4, DiskFormat::Cow, QcowVersion::Qcow2V3),
                      volume(11, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V3)});
}

inline AmendCandidate lockedDisk()
{
    return candidate(7, QStringLiteral("build-01_Disk1"), QStringLiteral("build-01"), VmStatus::Down, QStringLiteral("data-main"), StorageFormat::V4,
                     {volume(12, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V2)}, DiskStatus::Locked);
}

inline AmendCandidate illegalDisk()
{
    return candidate(8, QStringLiteral("old-vm_Disk1"), QStringLiteral("old-vm"), VmStatus::Down, QStringLiteral("data-main"), StorageFormat::V4,
                     {volume(13, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V2)}, DiskStatus::Illegal);
}

inline AmendCandidate templateDisk()
{
    AmendCandidate c = candidate(9, QStringLiteral("rhel9-base_Disk1"), QString(), VmStatus::Unknown, QStringLiteral("data-main"), StorageFormat::V4,
                                 {volume(14, QString(), 0, DiskFormat::Cow, QcowVersion::Qcow2V2)});
    c.templateDisk = true;
    return c;
}

inline QList<AmendCandidate> all()
{
    return {legacyApp(), dbData(), mailDisk(), dbSystemOnV3(), rawScratch(), upToDate(), lockedDisk(), illegalDisk(), templateDisk()};
}

// The upgrade dialogs' inventory: a data center on 4.7 that may go to 4.8, its cluster on
// 4.<minor> and a V3 and a V4 data domain in it.
inline DataCenter dataCenterAt47()
{
    DataCenter dc;
    dc.id = id(700);
    dc.name = QStringLiteral("Default");
    dc.version = {4, 7};
    dc.storageFormat = StorageFormat::V5;
    dc.status = DataCenterStatus::Up;
    dc.supportedVersions = {{4, 7}, {4, 8}};
    return dc;
}

inline Cluster clusterAt(int minor)
{
    Cluster c;
    c.id = id(701);
    c.name = QStringLiteral("Default");
    c.version = {4, minor};
    c.dataCenterId = id(700);
    return c;
}

inline QList<StorageDomain> dataDomains()
{
    StorageDomain legacy;
    legacy.id = id(501);
    legacy.name = QStringLiteral("data-legacy");
    legacy.type = StorageDomainType::Data;
    legacy.storageFormat = StorageFormat::V3;
    legacy.dataCenterIds = {id(700)};
    StorageDomain main = legacy;
    main.id = id(502);
    main.name = QStringLiteral("data-main");
    main.storageFormat = StorageFormat::V4;
    return {legacy, main};
}

} // namespace AmendTestData
