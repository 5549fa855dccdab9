#pragma once

// Fixed entities for the attach dialogs' tests (no lab): a running VM and a stopped one, image
// and LUN disks (one shareable, used read-only on one VM and read-write on another; one not
// shareable, used elsewhere), storage domains, hosts, discovered targets and LUNs.

#include "diskusage.h"
#include "entities.h"

#include <QHash>
#include <QList>

namespace AttachTestData {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 MiB = qint64(1) << 20;

inline Vm vm(const QString &name, VmStatus status)
{
    Vm v;
    v.id = name + QStringLiteral("-id");
    v.name = name;
    v.status = status;
    v.osType = QStringLiteral("rhel_9x64");
    return v;
}

inline Disk imageDisk(const QString &id, const QString &alias, qint64 size, DiskFormat format, bool shareable, const QString &description = {})
{
    Disk d;
    d.id = id;
    d.alias = alias;
    d.description = description;
    d.provisionedSize = size;
    d.actualSize = size / 4;
    d.format = format;
    d.status = DiskStatus::Ok;
    d.shareable = shareable;
    d.sparse = true;
    return d;
}

inline LogicalUnit lun(const QString &suffix, qint64 size, const QString &target, bool writeProtected, const QString &diskId = {})
{
    LogicalUnit u;
    u.id = QStringLiteral("36000000001405a77ac0de0000000000") + suffix;
    u.size = size;
    u.vendorId = QStringLiteral("DDLAB");
    u.productId = QStringLiteral("Lab LUN");
    u.serial = QStringLiteral("SDDLAB_Lab_LUN_LABSN0") + suffix;
    u.address = QStringLiteral("192.0.2.10");
    u.port = 3260;
    u.target = target;
    u.paths = 1;
    u.writeProtected = writeProtected;
    u.diskId = diskId;
    u.status = diskId.isEmpty() ? LunStatus::Free : LunStatus::Used;
    return u;
}

inline const QString DisksIqn = QStringLiteral("iqn.2026-01.org.example:disks");
inline const QString ChapIqn = QStringLiteral("iqn.2026-01.org.example:secure");

inline Disk lunDisk(const QString &id, const QString &alias, const LogicalUnit &unit, bool shareable)
{
    Disk d;
    d.id = id;
    d.alias = alias;
    d.storageType = DiskStorageType::Lun;
    d.shareable = shareable;
    LunStorage storage;
    storage.id = unit.id;
    storage.type = HostStorageType::Iscsi;
    LogicalUnit used = unit;
    used.diskId = id;
    storage.logicalUnits = {used};
    d.lunStorage = storage;
    return d;
}

inline DiskAttachment attachment(const Disk &disk, bool bootable, bool active, bool readOnly, DiskInterface i = DiskInterface::VirtioScsi)
{
    DiskAttachment a;
    a.id = disk.id;
    a.diskId = disk.id;
    a.bootable = bootable;
    a.active = active;
    a.readOnly = readOnly;
    a.interface_ = i;
    a.disk = disk;
    return a;
}

inline Disk build01System() { return imageDisk(QStringLiteral("b1"), QStringLiteral("build-01_Disk1"), 15 * GiB, DiskFormat::Cow, false, QStringLiteral("system")); }
inline Disk sharedData() { return imageDisk(QStringLiteral("sh"), QStringLiteral("shared-data"), 5 * GiB, DiskFormat::Raw, true, QStringLiteral("shared reference data")); }
inline Disk web01Data() { return imageDisk(QStringLiteral("w2"), QStringLiteral("web-01_Disk2"), 8 * GiB, DiskFormat::Cow, false, QStringLiteral("web content")); }
inline Disk floatingScratch() { return imageDisk(QStringLiteral("fs"), QStringLiteral("scratch-floating"), 2 * GiB, DiskFormat::Raw, false, QStringLiteral("spare")); }
inline Disk floatingRaw() { return imageDisk(QStringLiteral("fr"), QStringLiteral("archive-raw"), 20 * GiB, DiskFormat::Raw, true, QStringLiteral("archive")); }
inline LogicalUnit sharedLun() { return lun(QStringLiteral("01"), 72 * MiB, DisksIqn, false); }
inline LogicalUnit protectedLun() { return lun(QStringLiteral("02"), 40 * MiB, DisksIqn, true); }
inline LogicalUnit freeLun() { return lun(QStringLiteral("03"), 24 * MiB, ChapIqn, false); }
inline Disk sharedLunDisk() { return lunDisk(QStringLiteral("ls"), QStringLiteral("lun-shared"), sharedLun(), true); }
inline Disk protectedLunDisk() { return lunDisk(QStringLiteral("lp"), QStringLiteral("lun-archive"), protectedLun(), false); }

/// Every disk of the inventory.
inline QList<Disk> disks()
{
    return {build01System(), sharedData(), web01Data(), floatingScratch(), floatingRaw(), sharedLunDisk(), protectedLunDisk()};
}

/// build-01 (down) boots from its system disk.
inline QList<DiskAttachment> build01Attachments()
{
    return {attachment(build01System(), true, true, false)};
}

/// Every VM with its attachments: shared-data RO on web-02 and RW on web-01; web-01_Disk2 on
/// web-01; lun-shared RO on db-01 and RW on web-01.
inline QList<Vm> vms()
{
    Vm build = vm(QStringLiteral("build-01"), VmStatus::Down);
    build.diskAttachments = build01Attachments();
    Vm web01 = vm(QStringLiteral("web-01"), VmStatus::Up);
    web01.diskAttachments = {attachment(sharedData(), false, true, false), attachment(web01Data(), false, true, false),
                             attachment(sharedLunDisk(), false, true, false)};
    Vm web02 = vm(QStringLiteral("web-02"), VmStatus::Up);
    web02.diskAttachments = {attachment(sharedData(), false, true, true)};
    Vm db = vm(QStringLiteral("db-01"), VmStatus::Down);
    db.diskAttachments = {attachment(sharedLunDisk(), false, true, true)};
    return {build, web01, web02, db};
}

inline QHash<QString, QList<DiskUse>> usage()
{
    return DiskUsage::fromVms(vms());
}

inline QList<StorageDomain> storageDomains()
{
    StorageDomain main;
    main.id = QStringLiteral("sd-main");
    main.name = QStringLiteral("data-main");
    main.type = StorageDomainType::Data;
    main.available = 180 * GiB;
    StorageDomain legacy;
    legacy.id = QStringLiteral("sd-legacy");
    legacy.name = QStringLiteral("data-legacy");
    legacy.type = StorageDomainType::Data;
    legacy.available = 90 * GiB;
    return {main, legacy};
}

inline QList<Host> hosts()
{
    Host a;
    a.id = QStringLiteral("host-a-id");
    a.name = QStringLiteral("host-a");
    a.status = HostStatus::Up;
    Host b;
    b.id = QStringLiteral("host-b-id");
    b.name = QStringLiteral("host-b");
    b.status = HostStatus::Up;
    return {a, b};
}

inline QList<IscsiTarget> targets()
{
    return {IscsiTarget{QStringLiteral("192.0.2.10"), 3260, QStringLiteral("192.0.2.10:3260,1"), DisksIqn},
            IscsiTarget{QStringLiteral("192.0.2.10"), 3260, QStringLiteral("192.0.2.10:3260,1"), ChapIqn}};
}

/// What host-a sees after logging in to both targets.
inline QList<LogicalUnit> hostLuns()
{
    LogicalUnit used = sharedLun();
    used.diskId = sharedLunDisk().id;
    used.status = LunStatus::Used;
    LogicalUnit usedProtected = protectedLun();
    usedProtected.diskId = protectedLunDisk().id;
    usedProtected.status = LunStatus::Used;
    return {used, usedProtected, freeLun(), lun(QStringLiteral("04"), 2 * GiB, ChapIqn, true)};
}

} // namespace AttachTestData
