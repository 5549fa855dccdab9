// The attach dialogs' rules and the request values they produce (issue 4), from fixed entities:
// Attach Virtual Disks (marks of disks used elsewhere, per-row interface/read-only/bootable,
// Activate), New Virtual Disk (Image and Direct LUN modes, the unattached-LUN filter, a LUN taken
// from a VM), the read-only selector, the "Used by" view, and the XML the encoder writes.

#include "attachdiskdialog.h"
#include "attachencoder.h"
#include "attachtestdata.h"
#include "diskusagedialog.h"
#include "newdiskdialog.h"
#include "readonlymodeselector.h"

#include <QTest>

using namespace AttachTestData;

class TestAttachDialogs : public QObject
{
    Q_OBJECT

private slots:
    void attachListsAndMarksUses();
    void attachRulesBeforeSending();
    void attachOnRunningVm();
    void attachReadOnlyModes();
    void attachBlockedDuringPreview();
    void newImageDisk();
    void newImageDiskRules();
    void newLunDiskFilterAndRequest();
    void newLunDiskFromVm();
    void readOnlySelector();
    void usedByView();
    void encodedRequests();
};

void TestAttachDialogs::attachListsAndMarksUses()
{
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    QVERIFY(!dialog.isListed(QStringLiteral("b1"))); // already this VM's
    QVERIFY(dialog.isSelectable(QStringLiteral("sh")));
    QCOMPARE(dialog.usedByText(QStringLiteral("sh")), QStringLiteral("web-01 (read-write), web-02 (read-only)"));
    QVERIFY(dialog.isListed(QStringLiteral("w2")));
    QVERIFY(!dialog.isSelectable(QStringLiteral("w2")));
    QCOMPARE(dialog.usedByText(QStringLiteral("w2")),
             QStringLiteral("web-01 (read-write) — Cannot attach Virtual Disk. The disk is not shareable and is already attached to a VM."));
    QVERIFY(dialog.isSelectable(QStringLiteral("fs")));
    QCOMPARE(dialog.usedByText(QStringLiteral("fs")), QString());
    QVERIFY(dialog.isSelectable(QStringLiteral("ls")));
    QCOMPARE(dialog.usedByText(QStringLiteral("ls")), QStringLiteral("web-01 (read-write), db-01 (read-only)"));
    QVERIFY(dialog.isSelectable(QStringLiteral("lp")));
    // Checking a blocked row does nothing.
    dialog.setChecked(QStringLiteral("w2"), true);
    QCOMPARE(dialog.validationError(), QStringLiteral("No disks selected"));
}

void TestAttachDialogs::attachRulesBeforeSending()
{
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    dialog.setChecked(QStringLiteral("sh"), true);
    dialog.setInterface(QStringLiteral("sh"), DiskInterface::Ide);
    dialog.setReadOnlyMode(QStringLiteral("sh"), ReadOnlyMode::ReadOnly);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot attach Virtual Disk. IDE disks can't be read-only."));
    dialog.setInterface(QStringLiteral("sh"), DiskInterface::Sata);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot attach Virtual Disk. SATA disks can't be read-only."));
    dialog.setInterface(QStringLiteral("sh"), DiskInterface::Virtio);
    QCOMPARE(dialog.validationError(), QString());
    dialog.setBootable(QStringLiteral("sh"), true);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot attach Virtual Disk. Disk build-01_Disk1 in VM build-01 is already marked as boot."));
    dialog.setBootable(QStringLiteral("sh"), false);
    dialog.setChecked(QStringLiteral("fs"), true);
    // In the table's order: by alias (scratch-floating, shared-data).
    const QList<AttachDiskDialog::Choice> choices = dialog.choices();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices[1].request.vmId, QStringLiteral("build-01-id"));
    QCOMPARE(choices[1].request.diskId, QStringLiteral("sh"));
    QCOMPARE(choices[1].request.options.interface_, DiskInterface::Virtio);
    QVERIFY(choices[1].request.options.readOnly);
    QVERIFY(choices[1].request.options.active);
    QVERIFY(!choices[1].request.options.bootable);
    QCOMPARE(choices[0].request.diskId, QStringLiteral("fs"));
    QCOMPARE(choices[0].request.options.interface_, DiskInterface::VirtioScsi); // the default
    QVERIFY(!choices[0].request.options.readOnly);
    // Without a boot disk on the VM, two bootable rows are one too many.
    AttachDiskDialog bare(vm(QStringLiteral("build-01"), VmStatus::Down), {}, {}, disks(), usage());
    bare.setChecked(QStringLiteral("sh"), true);
    bare.setChecked(QStringLiteral("fs"), true);
    bare.setBootable(QStringLiteral("sh"), true);
    QCOMPARE(bare.validationError(), QString());
    bare.setBootable(QStringLiteral("fs"), true);
    QCOMPARE(bare.validationError(), QStringLiteral("There can be only one bootable disk defined"));
}

void TestAttachDialogs::attachOnRunningVm()
{
    Vm web02 = vm(QStringLiteral("web-02"), VmStatus::Up);
    AttachDiskDialog dialog(web02, {}, {}, disks(), usage());
    dialog.setChecked(QStringLiteral("fs"), true);
    dialog.setInterface(QStringLiteral("fs"), DiskInterface::Ide);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot attach scratch-floating to web-02. Hot plugging a disk to an IDE interface is not supported."));
    dialog.setInterface(QStringLiteral("fs"), DiskInterface::Sata);
    QCOMPARE(dialog.validationError(),
             QStringLiteral("Cannot attach Virtual Disk: The disk interface is not supported by the VM OS: Red Hat Enterprise Linux 9.x x64."));
    // Not activated, IDE is fine on a running VM.
    dialog.setActivate(false);
    QCOMPARE(dialog.validationError(), QString());
    QVERIFY(!dialog.choices().first().request.options.active);
}

void TestAttachDialogs::attachReadOnlyModes()
{
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    dialog.showLuns(true);
    dialog.setChecked(QStringLiteral("lp"), true);
    // lun-archive's LUN is write-protected: read-write is refused before sending...
    QCOMPARE(dialog.validationError(),
             QStringLiteral("Cannot attach Virtual Disk. The LUN %1 is write-protected by its storage server; it can only be attached read-only.")
                 .arg(protectedLun().id));
    // ...automatic attaches it read-only.
    dialog.setReadOnlyMode(QStringLiteral("lp"), ReadOnlyMode::Automatic);
    QCOMPARE(dialog.validationError(), QString());
    const AttachDiskDialog::Choice choice = dialog.choices().first();
    QCOMPARE(choice.mode, ReadOnlyMode::Automatic);
    QCOMPARE(choice.writeProtected, std::optional<bool>(true));
    QVERIFY(choice.request.options.readOnly);
    // Automatic on a writable LUN asks read-write.
    dialog.setChecked(QStringLiteral("lp"), false);
    dialog.setChecked(QStringLiteral("ls"), true);
    dialog.setReadOnlyMode(QStringLiteral("ls"), ReadOnlyMode::Automatic);
    QVERIFY(!dialog.choices().first().request.options.readOnly);
}

void TestAttachDialogs::attachBlockedDuringPreview()
{
    Snapshot previewed;
    previewed.status = SnapshotStatus::InPreview;
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {previewed}, disks(), usage());
    dialog.setChecked(QStringLiteral("fs"), true);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot attach Virtual Disk. VM is previewing a Snapshot."));
}

void TestAttachDialogs::newImageDisk()
{
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, storageDomains(), hosts(), disks(),
                         usage());
    QCOMPARE(dialog.mode(), NewDiskDialog::Mode::Image);
    QCOMPARE(dialog.validationError(), QString());
    const NewDiskRequest request = dialog.newDiskRequest();
    QCOMPARE(request.vmId, QStringLiteral("build-01-id"));
    QCOMPARE(request.alias, QStringLiteral("build-01_Disk2"));
    QVERIFY(request.image && !request.lun);
    QCOMPARE(request.image->provisionedSize, GiB);
    QCOMPARE(request.image->format, DiskFormat::Cow);
    QVERIFY(request.image->sparse);
    QCOMPARE(request.image->storageDomainId, QStringLiteral("sd-main"));
    QCOMPARE(request.options.interface_, DiskInterface::VirtioScsi);
    QVERIFY(request.options.active);
    QVERIFY(!request.options.bootable); // build-01 boots from its system disk already
    QVERIFY(!request.options.readOnly);
    dialog.setSizeGiB(10);
    dialog.setFormat(DiskFormat::Raw, false);
    dialog.setStorageDomain(QStringLiteral("sd-legacy"));
    dialog.setShareable(true);
    dialog.setReadOnlyMode(ReadOnlyMode::ReadOnly);
    QCOMPARE(dialog.validationError(), QString());
    const NewDiskRequest changed = dialog.newDiskRequest();
    QCOMPARE(changed.image->provisionedSize, 10 * GiB);
    QCOMPARE(changed.image->format, DiskFormat::Raw);
    QVERIFY(!changed.image->sparse);
    QCOMPARE(changed.image->storageDomainId, QStringLiteral("sd-legacy"));
    QVERIFY(changed.shareable);
    QVERIFY(changed.options.readOnly);
}

void TestAttachDialogs::newImageDiskRules()
{
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("web-02"), VmStatus::Up), {}, {}, storageDomains(), hosts(), disks(), usage());
    dialog.setFormat(DiskFormat::Cow, false);
    QCOMPARE(dialog.validationError(),
             QStringLiteral("Cannot add Virtual Disk. Disk configuration (COW Preallocated backup-None) is incompatible with the storage domain type."));
    dialog.setFormat(DiskFormat::Cow, true);
    dialog.setShareable(true);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot add Virtual Disk. Disk's volume format is not supported for shareable disk."));
    dialog.setShareable(false);
    dialog.setSizeGiB(0);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot add Virtual Disk. Disk's provisioned size has to be greater than 0."));
    dialog.setSizeGiB(4);
    dialog.setInterface(DiskInterface::Ide);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot add web-02_Disk1 to web-02. Hot plugging a disk to an IDE interface is not supported."));
    dialog.setActivate(false);
    dialog.setReadOnlyMode(ReadOnlyMode::ReadOnly);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot add Virtual Disk. IDE disks can't be read-only."));
    dialog.setReadOnlyMode(ReadOnlyMode::ReadWrite);
    dialog.setAlias(QString());
    QCOMPARE(dialog.validationError(), QStringLiteral("Enter an alias for the new disk."));
}

void TestAttachDialogs::newLunDiskFilterAndRequest()
{
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, storageDomains(), hosts(), disks(),
                         usage());
    dialog.setMode(NewDiskDialog::Mode::DirectLun);
    dialog.setHost(QStringLiteral("host-a-id"));
    dialog.setTargets(targets());
    dialog.setLuns(hostLuns());
    // Unattached LUNs by default.
    QCOMPARE(dialog.listedLunIds(), (QStringList{freeLun().id, lun(QStringLiteral("04"), 0, {}, true).id}));
    QCOMPARE(dialog.validationError(), QStringLiteral("No LUNs selected. Please select LUNs."));
    QVERIFY(dialog.selectLun(freeLun().id));
    QCOMPARE(dialog.validationError(), QString());
    QVERIFY(!dialog.attachesExisting());
    const NewDiskRequest request = dialog.newDiskRequest();
    QVERIFY(request.lun && !request.image);
    QCOMPARE(request.lun->hostId, QStringLiteral("host-a-id"));
    QCOMPARE(request.lun->lunId, freeLun().id);
    QCOMPARE(request.lun->address, QStringLiteral("192.0.2.10"));
    QCOMPARE(request.lun->port, 3260);
    QCOMPARE(request.lun->target, ChapIqn);
    QCOMPARE(request.lun->type, HostStorageType::Iscsi);
    // The write-protected free LUN: read-write refused, automatic goes read-only.
    QVERIFY(dialog.selectLun(lun(QStringLiteral("04"), 0, {}, true).id));
    QCOMPARE(dialog.validationError(),
             QStringLiteral("Cannot add Virtual Disk. The LUN %1 is write-protected by its storage server; it can only be attached read-only.")
                 .arg(lun(QStringLiteral("04"), 0, {}, true).id));
    dialog.setReadOnlyMode(ReadOnlyMode::Automatic);
    QCOMPARE(dialog.validationError(), QString());
    QCOMPARE(dialog.writeProtected(), std::optional<bool>(true));
    QVERIFY(dialog.newDiskRequest().options.readOnly);
}

void TestAttachDialogs::newLunDiskFromVm()
{
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, storageDomains(), hosts(), disks(),
                         usage());
    dialog.setMode(NewDiskDialog::Mode::DirectLun);
    dialog.setLuns(hostLuns());
    QVERIFY(!dialog.selectLun(sharedLun().id)); // hidden by default
    dialog.setShowUsedLuns(true);
    QCOMPARE(dialog.listedLunIds().size(), 4);
    QVERIFY(dialog.selectLun(sharedLun().id));
    QVERIFY(dialog.attachesExisting());
    QCOMPARE(dialog.attachRequest().diskId, QStringLiteral("ls"));
    QCOMPARE(dialog.attachRequest().vmId, QStringLiteral("build-01-id"));
    QCOMPARE(dialog.validationError(), QString());
    // A LUN disk of web-01 taken by web-01 itself: already attached there.
    NewDiskDialog own(nullptr, vm(QStringLiteral("web-01"), VmStatus::Up), vms().at(1).diskAttachments, {}, storageDomains(), hosts(), disks(),
                      usage());
    own.setMode(NewDiskDialog::Mode::DirectLun);
    own.setLuns(hostLuns());
    own.setShowUsedLuns(true);
    QVERIFY(own.selectLun(sharedLun().id));
    QCOMPARE(own.validationError(), QStringLiteral("Cannot attach Virtual Disk. The disk is already attached to VM."));
}

void TestAttachDialogs::readOnlySelector()
{
    ReadOnlyModeSelector selector;
    QCOMPARE(selector.count(), 3);
    QCOMPARE(selector.mode(), ReadOnlyMode::ReadWrite);
    QCOMPARE(selector.itemText(0), QStringLiteral("Read-write"));
    QCOMPARE(selector.itemText(1), QStringLiteral("Read-only"));
    QCOMPARE(selector.itemText(2), QStringLiteral("Automatic"));
    selector.setMode(ReadOnlyMode::Automatic);
    QCOMPARE(selector.mode(), ReadOnlyMode::Automatic);
    QVERIFY(selector.toolTip().contains(QLatin1String("write-protected")));
}

void TestAttachDialogs::usedByView()
{
    DiskUsageDialog dialog(sharedData());
    dialog.setUses(usage().value(QStringLiteral("sh")));
    QCOMPARE(dialog.summary(), QStringLiteral("shared-data is attached to 2 virtual machine(s): read-only on 1, read-write on 1."));
    DiskUsageDialog unused(floatingScratch());
    unused.setUses({});
    QCOMPARE(unused.summary(), QStringLiteral("scratch-floating is not attached to any virtual machine."));
}

void TestAttachDialogs::encodedRequests()
{
    AttachDiskRequest attach;
    attach.vmId = QStringLiteral("vm");
    attach.diskId = QStringLiteral("d1");
    attach.options.interface_ = DiskInterface::Virtio;
    attach.options.readOnly = true;
    QCOMPARE(AttachEncoder::attachDisk(attach),
             QByteArray("<disk_attachment><active>true</active><bootable>false</bootable><interface>virtio</interface>"
                        "<pass_discard>false</pass_discard><read_only>true</read_only><disk id=\"d1\"/></disk_attachment>"));
    NewDiskRequest lunDisk;
    lunDisk.vmId = QStringLiteral("vm");
    lunDisk.alias = QStringLiteral("mylun");
    NewLunDisk lunPart;
    lunPart.hostId = QStringLiteral("h");
    lunPart.lunId = QStringLiteral("3600");
    lunPart.address = QStringLiteral("192.0.2.10");
    lunPart.target = QStringLiteral("iqn.x");
    lunPart.username = QStringLiteral("u");
    lunPart.password = QStringLiteral("p");
    lunDisk.lun = lunPart;
    QCOMPARE(AttachEncoder::addDisk(lunDisk),
             QByteArray("<disk><alias>mylun</alias><lun_storage><host id=\"h\"/><type>iscsi</type><logical_units><logical_unit id=\"3600\">"
                        "<address>192.0.2.10</address><port>3260</port><target>iqn.x</target><username>u</username><password>p</password>"
                        "</logical_unit></logical_units></lun_storage><shareable>false</shareable></disk>"));
    UpdateAttachmentRequest update;
    update.active = false;
    update.readOnly = true;
    QCOMPARE(AttachEncoder::updateDiskAttachment(update),
             QByteArray("<disk_attachment><active>false</active><read_only>true</read_only></disk_attachment>"));
    IscsiRequest login;
    login.address = QStringLiteral("127.0.0.1");
    login.port = 3261;
    login.target = QStringLiteral("iqn.x");
    QCOMPARE(AttachEncoder::iscsiAction(login),
             QByteArray("<action><iscsi><address>127.0.0.1</address><port>3261</port><target>iqn.x</target></iscsi></action>"));
}

QTEST_MAIN(TestAttachDialogs)
#include "tst_attachdialogs.moc"
