// DiskAttachRules and DiskUsage (issue 4): every rule of adding, attaching and editing disks with
// the manager's own text, checked against the texts the lab engine returns for the same case
// (tests/tst_lab_attach.cpp, tests/tst_lab_iscsi.cpp), and the read-only modes.

#include "diskattachrules.h"
#include "diskusage.h"

#include <QTest>

namespace {

using Action = DiskAttachRules::Action;

Vm vm(const QString &name, VmStatus status)
{
    Vm v;
    v.id = name + QStringLiteral("-id");
    v.name = name;
    v.status = status;
    v.osType = QStringLiteral("rhel_9x64");
    return v;
}

DiskAttachment attachment(const QString &diskId, const QString &alias, bool bootable, bool active, bool readOnly = false)
{
    DiskAttachment a;
    a.id = diskId;
    a.diskId = diskId;
    a.bootable = bootable;
    a.active = active;
    a.readOnly = readOnly;
    a.interface_ = DiskInterface::Virtio;
    Disk d;
    d.id = diskId;
    d.alias = alias;
    a.disk = d;
    return a;
}

Disk lunDisk(const QString &id, std::optional<bool> writeProtected)
{
    Disk d;
    d.id = id;
    d.alias = QStringLiteral("lun-") + id;
    d.storageType = DiskStorageType::Lun;
    LunStorage storage;
    storage.id = QStringLiteral("36000000001405a77ac0de000000000002");
    LogicalUnit unit;
    unit.id = storage.id;
    unit.writeProtected = writeProtected;
    storage.logicalUnits.append(unit);
    d.lunStorage = storage;
    return d;
}

} // namespace

class TestAttachRules : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyInterfaces();
    void readOnlyWithPassThrough();
    void shareableNeedsRaw();
    void oneBootableDisk();
    void attachElsewhere();
    void hotPlug();
    void previewBlocks();
    void newImage();
    void floatingWithActivate();
    void lunInUse();
    void writeProtectedLun();
    void readOnlyModes();
    void editWhileRunning();
    void plugState();
    void diskState();
    void usage();
};

void TestAttachRules::readOnlyInterfaces()
{
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Add, DiskInterface::Ide, true), QStringLiteral("Cannot add Virtual Disk. IDE disks can't be read-only."));
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Attach, DiskInterface::Sata, true),
             QStringLiteral("Cannot attach Virtual Disk. SATA disks can't be read-only."));
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Edit, DiskInterface::Ide, true), QStringLiteral("Cannot edit Virtual Disk. IDE disks can't be read-only."));
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Attach, DiskInterface::Ide, false), QString());
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Attach, DiskInterface::Virtio, true), QString());
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Attach, DiskInterface::VirtioScsi, true), QString());
    QVERIFY(!DiskAttachRules::allowsReadOnly(DiskInterface::Ide));
    QVERIFY(!DiskAttachRules::allowsReadOnly(DiskInterface::Sata));
    QVERIFY(DiskAttachRules::allowsReadOnly(DiskInterface::VirtioScsi));
}

void TestAttachRules::readOnlyWithPassThrough()
{
    for (const QString &sgio : {QStringLiteral("filtered"), QStringLiteral("unfiltered")})
        QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Add, DiskInterface::VirtioScsi, true, sgio),
                 QStringLiteral("Cannot add Virtual Disk. SCSI device pass-through is not supported for a read-only disk."));
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Add, DiskInterface::VirtioScsi, false, QStringLiteral("unfiltered")), QString());
    QCOMPARE(DiskAttachRules::readOnlyRefusal(Action::Add, DiskInterface::VirtioScsi, true, QStringLiteral("disabled")), QString());
}

void TestAttachRules::shareableNeedsRaw()
{
    QCOMPARE(DiskAttachRules::shareableRefusal(Action::Add, DiskFormat::Cow, true),
             QStringLiteral("Cannot add Virtual Disk. Disk's volume format is not supported for shareable disk."));
    QCOMPARE(DiskAttachRules::shareableRefusal(Action::Edit, DiskFormat::Cow, true),
             QStringLiteral("Cannot edit Virtual Disk. Disk's volume format is not supported for shareable disk."));
    QCOMPARE(DiskAttachRules::shareableRefusal(Action::Add, DiskFormat::Raw, true), QString());
    QCOMPARE(DiskAttachRules::shareableRefusal(Action::Add, DiskFormat::Cow, false), QString());
}

void TestAttachRules::oneBootableDisk()
{
    const Vm db = vm(QStringLiteral("db-01"), VmStatus::Down);
    const QList<DiskAttachment> attachments{attachment(QStringLiteral("d1"), QStringLiteral("db-01_Disk1"), true, true),
                                            attachment(QStringLiteral("d2"), QStringLiteral("db-01_Disk2"), false, true)};
    QCOMPARE(DiskAttachRules::bootableRefusal(Action::Add, db, attachments, true),
             QStringLiteral("Cannot add Virtual Disk. Disk db-01_Disk1 in VM db-01 is already marked as boot."));
    QCOMPARE(DiskAttachRules::bootableRefusal(Action::Attach, db, attachments, true),
             QStringLiteral("Cannot attach Virtual Disk. Disk db-01_Disk1 in VM db-01 is already marked as boot."));
    QCOMPARE(DiskAttachRules::bootableRefusal(Action::Add, db, attachments, false), QString());
    // Editing the boot disk itself is no conflict; an unplugged bootable disk does not count.
    QCOMPARE(DiskAttachRules::bootableRefusal(Action::Edit, db, attachments, true, QStringLiteral("d1")), QString());
    const QList<DiskAttachment> unplugged{attachment(QStringLiteral("d1"), QStringLiteral("db-01_Disk1"), true, false)};
    QCOMPARE(DiskAttachRules::bootableRefusal(Action::Add, db, unplugged, true), QString());
}

void TestAttachRules::attachElsewhere()
{
    Disk disk;
    disk.id = QStringLiteral("web-01_Disk2");
    disk.shareable = false;
    const QList<DiskUse> onWeb{DiskUse{QStringLiteral("web-01-id"), QStringLiteral("web-01"), VmStatus::Up, false, true, DiskInterface::Virtio}};
    QCOMPARE(DiskAttachRules::attachRefusal(disk, QStringLiteral("build-01-id"), onWeb),
             QStringLiteral("Cannot attach Virtual Disk. The disk is not shareable and is already attached to a VM."));
    QCOMPARE(DiskAttachRules::attachRefusal(disk, QStringLiteral("web-01-id"), onWeb),
             QStringLiteral("Cannot attach Virtual Disk. The disk is already attached to VM."));
    disk.shareable = true;
    QCOMPARE(DiskAttachRules::attachRefusal(disk, QStringLiteral("build-01-id"), onWeb), QString());
    disk.shareable = false;
    QCOMPARE(DiskAttachRules::attachRefusal(disk, QStringLiteral("build-01-id"), {}), QString());
}

void TestAttachRules::hotPlug()
{
    const Vm web = vm(QStringLiteral("web-02"), VmStatus::Up);
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::Attach, web, DiskInterface::Ide, QStringLiteral("hot-1"), true),
             QStringLiteral("Cannot attach hot-1 to web-02. Hot plugging a disk to an IDE interface is not supported."));
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::HotPlug, web, DiskInterface::Ide, QStringLiteral("hot-1"), true),
             QStringLiteral("Cannot hot plug hot-1 to web-02. Hot plugging a disk to an IDE interface is not supported."));
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::Attach, web, DiskInterface::Sata, QStringLiteral("hot-1"), true),
             QStringLiteral("Cannot attach Virtual Disk: The disk interface is not supported by the VM OS: Red Hat Enterprise Linux 9.x x64."));
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::Attach, web, DiskInterface::Virtio, QStringLiteral("hot-1"), true), QString());
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::Attach, web, DiskInterface::VirtioScsi, QStringLiteral("hot-1"), true), QString());
    // Not plugged, or a VM that is down: nothing is hot plugged.
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::Attach, web, DiskInterface::Ide, QStringLiteral("hot-1"), false), QString());
    QCOMPARE(DiskAttachRules::hotPlugRefusal(Action::Attach, vm(QStringLiteral("db-01"), VmStatus::Down), DiskInterface::Ide,
                                             QStringLiteral("x"), true),
             QString());
    QCOMPARE(DiskAttachRules::activateNote(web, DiskInterface::Ide),
             QStringLiteral("When the VM is running, cannot activate a disk attached with IDE interface."));
    QCOMPARE(DiskAttachRules::activateNote(web, DiskInterface::Virtio), QString());
}

void TestAttachRules::previewBlocks()
{
    Snapshot previewed;
    previewed.status = SnapshotStatus::InPreview;
    previewed.type = SnapshotType::Regular;
    QCOMPARE(DiskAttachRules::previewRefusal(Action::Attach, {previewed}), QStringLiteral("Cannot attach Virtual Disk. VM is previewing a Snapshot."));
    QCOMPARE(DiskAttachRules::previewRefusal(Action::Add, {previewed}), QStringLiteral("Cannot add Virtual Disk. VM is previewing a Snapshot."));
    QCOMPARE(DiskAttachRules::previewRefusal(Action::HotPlug, {previewed}), QStringLiteral("Cannot hot plug Virtual Disk. VM is previewing a Snapshot."));
    previewed.status = SnapshotStatus::Ok;
    QCOMPARE(DiskAttachRules::previewRefusal(Action::Attach, {previewed}), QString());
}

void TestAttachRules::newImage()
{
    NewImageDisk image;
    image.storageDomainId = QStringLiteral("sd");
    image.provisionedSize = 0;
    QCOMPARE(DiskAttachRules::newImageRefusal(image), QStringLiteral("Cannot add Virtual Disk. Disk's provisioned size has to be greater than 0."));
    image.provisionedSize = qint64(1) << 30;
    image.format = DiskFormat::Cow;
    image.sparse = false;
    QCOMPARE(DiskAttachRules::newImageRefusal(image),
             QStringLiteral("Cannot add Virtual Disk. Disk configuration (COW Preallocated backup-None) is incompatible with the storage domain type."));
    image.sparse = true;
    QCOMPARE(DiskAttachRules::newImageRefusal(image), QString());
    image.format = DiskFormat::Raw;
    image.sparse = false;
    QCOMPARE(DiskAttachRules::newImageRefusal(image), QString());
    image.storageDomainId.clear();
    QCOMPARE(DiskAttachRules::newImageRefusal(image), QStringLiteral("Cannot add Virtual Disk. Storage Domain hasn't been specified."));
}

void TestAttachRules::floatingWithActivate()
{
    QCOMPARE(DiskAttachRules::floatingActivateRefusal(true, true),
             QStringLiteral("Cannot add Virtual Disk. A disk configured with the \"Activate\" setting cannot be created as a floating disk."));
    QCOMPARE(DiskAttachRules::floatingActivateRefusal(true, false), QString());
    QCOMPARE(DiskAttachRules::floatingActivateRefusal(false, true), QString());
}

void TestAttachRules::lunInUse()
{
    LogicalUnit unit;
    unit.id = QStringLiteral("36000");
    unit.status = LunStatus::Free;
    QCOMPARE(DiskAttachRules::lunInUseRefusal(unit), QString());
    unit.diskId = QStringLiteral("disk");
    QCOMPARE(DiskAttachRules::lunInUseRefusal(unit), QStringLiteral("Cannot add Virtual Disk. The provided lun is used by another disk."));
}

void TestAttachRules::writeProtectedLun()
{
    const QString lun = QStringLiteral("36000000001405a77ac0de000000000002");
    QCOMPARE(DiskAttachRules::writeProtectedRefusal(Action::Add, lun, false, true),
             QStringLiteral("Cannot add Virtual Disk. The LUN %1 is write-protected by its storage server; it can only be attached read-only.").arg(lun));
    QCOMPARE(DiskAttachRules::writeProtectedRefusal(Action::Add, lun, true, true), QString());
    QCOMPARE(DiskAttachRules::writeProtectedRefusal(Action::Add, lun, false, false), QString());
    QCOMPARE(DiskAttachRules::writeProtectedRefusal(Action::Add, lun, false, std::nullopt), QString());
    QCOMPARE(DiskAttachRules::writeProtected(lunDisk(QStringLiteral("a"), true)), std::optional<bool>(true));
    QCOMPARE(DiskAttachRules::writeProtected(lunDisk(QStringLiteral("a"), std::nullopt)), std::optional<bool>());
    QCOMPARE(DiskAttachRules::writeProtected(Disk{}), std::optional<bool>());
}

void TestAttachRules::readOnlyModes()
{
    // Automatic asks read-write unless the storage is known to be write-protected.
    QCOMPARE(DiskAttachRules::effectiveReadOnly(ReadOnlyMode::ReadWrite, true), false);
    QCOMPARE(DiskAttachRules::effectiveReadOnly(ReadOnlyMode::ReadOnly, false), true);
    QCOMPARE(DiskAttachRules::effectiveReadOnly(ReadOnlyMode::Automatic, true), true);
    QCOMPARE(DiskAttachRules::effectiveReadOnly(ReadOnlyMode::Automatic, false), false);
    QCOMPARE(DiskAttachRules::effectiveReadOnly(ReadOnlyMode::Automatic, std::nullopt), false);
}

void TestAttachRules::editWhileRunning()
{
    const Vm web = vm(QStringLiteral("web-02"), VmStatus::Up);
    const DiskAttachment plugged = attachment(QStringLiteral("d"), QStringLiteral("upd-1"), false, true);
    UpdateAttachmentRequest change;
    change.readOnly = true;
    QCOMPARE(DiskAttachRules::editWhileRunningRefusal(web, plugged, change), QStringLiteral("Cannot edit Virtual Disk. At least one of the VMs is not down."));
    change.readOnly.reset();
    change.interface_ = DiskInterface::VirtioScsi;
    QCOMPARE(DiskAttachRules::editWhileRunningRefusal(web, plugged, change), QStringLiteral("Cannot edit Virtual Disk. At least one of the VMs is not down."));
    // Unplugged in the same request (the manager unplugs first), or the VM down: allowed.
    change.active = false;
    QCOMPARE(DiskAttachRules::editWhileRunningRefusal(web, plugged, change), QString());
    change.active.reset();
    QCOMPARE(DiskAttachRules::editWhileRunningRefusal(vm(QStringLiteral("db-01"), VmStatus::Down), plugged, change), QString());
    // Unchanged values and alias changes are fine.
    UpdateAttachmentRequest alias;
    alias.alias = QStringLiteral("new");
    alias.readOnly = false;
    QCOMPARE(DiskAttachRules::editWhileRunningRefusal(web, plugged, alias), QString());
}

void TestAttachRules::plugState()
{
    const DiskAttachment plugged = attachment(QStringLiteral("d"), QStringLiteral("x"), false, true);
    QCOMPARE(DiskAttachRules::plugStateRefusal(plugged, true), QStringLiteral("Disk is already activated."));
    QCOMPARE(DiskAttachRules::plugStateRefusal(plugged, false), QString());
    const DiskAttachment unplugged = attachment(QStringLiteral("d"), QStringLiteral("x"), false, false);
    QCOMPARE(DiskAttachRules::plugStateRefusal(unplugged, false), QStringLiteral("Disk is already deactivated."));
}

void TestAttachRules::diskState()
{
    Disk disk;
    disk.alias = QStringLiteral("busy");
    disk.status = DiskStatus::Locked;
    QCOMPARE(DiskAttachRules::diskStateRefusal(Action::Attach, disk),
             QStringLiteral("Cannot attach Virtual Disk: The following disks are locked: busy. Please try again in a few minutes."));
    disk.status = DiskStatus::Ok;
    QCOMPARE(DiskAttachRules::diskStateRefusal(Action::Attach, disk), QString());
}

void TestAttachRules::usage()
{
    Vm web = vm(QStringLiteral("web-01"), VmStatus::Up);
    web.diskAttachments = {attachment(QStringLiteral("shared"), QStringLiteral("shared-data"), false, true, true),
                           attachment(QStringLiteral("w1"), QStringLiteral("web-01_Disk1"), true, true)};
    Vm db = vm(QStringLiteral("db-01"), VmStatus::Down);
    db.diskAttachments = {attachment(QStringLiteral("shared"), QStringLiteral("shared-data"), false, true, false)};
    const QHash<QString, QList<DiskUse>> usage = DiskUsage::fromVms({web, db});
    QCOMPARE(usage.value(QStringLiteral("shared")).size(), 2);
    QCOMPARE(DiskUsage::describe(usage.value(QStringLiteral("shared"))), QStringLiteral("web-01 (read-only), db-01 (read-write)"));
    QCOMPARE(DiskUsage::describe(usage.value(QStringLiteral("w1"))), QStringLiteral("web-01 (read-write)"));
    QCOMPARE(DiskUsage::describe(usage.value(QStringLiteral("none"))), QString());
    const QList<DiskUse> others = DiskUsage::elsewhere(usage.value(QStringLiteral("shared")), web.id);
    QCOMPARE(others.size(), 1);
    QCOMPARE(others.first().vmName, QStringLiteral("db-01"));
}

QTEST_GUILESS_MAIN(TestAttachRules)
#include "tst_attachrules.moc"
