#include "xmldecoder.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

namespace {

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(DISKDESK_TEST_DATA "/examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open example %s", name);
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestXmlDecoder : public QObject
{
    Q_OBJECT

private slots:
    void diskSnapshots()
    {
        // The shape of ENGINE DiskSnapshotMapper + BackendDiskSnapshotsResource (no capture of
        // a real reply is stored): the volume id as id, `disk`, and a `parent` that carries a
        // nested storage_domain which must not leak into the item's own fields.
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<disk_snapshots>
  <disk_snapshot href="/ovirt-engine/api/disks/D/disksnapshots/V2" id="V2">
    <name>db-01_Disk1</name>
    <actual_size>3411968</actual_size>
    <alias>db-01_Disk1</alias>
    <format>cow</format>
    <provisioned_size>21474836480</provisioned_size>
    <qcow_version>qcow2_v2</qcow_version>
    <status>ok</status>
    <snapshot id="S2"/>
    <storage_domains><storage_domain href="/ovirt-engine/api/storagedomains/SD" id="SD"/></storage_domains>
    <disk href="/ovirt-engine/api/disks/D" id="D"/>
    <parent href="/ovirt-engine/api/disks/D" id="V1"><storage_domain id="OTHER"/></parent>
  </disk_snapshot>
  <disk_snapshot id="V1"><name>db-01_Disk1</name><format>raw</format><disk id="D"/></disk_snapshot>
</disk_snapshots>)";
        QString error = QStringLiteral("stale");
        const QList<DiskSnapshot> list = XmlDecoder::decodeDiskSnapshots(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 2);
        const DiskSnapshot &top = list.first();
        QCOMPARE(top.id, QStringLiteral("V2"));
        QCOMPARE(top.diskId, QStringLiteral("D"));
        QCOMPARE(top.parentId, QStringLiteral("V1"));
        QCOMPARE(top.snapshotId, QStringLiteral("S2"));
        QCOMPARE(top.alias, QStringLiteral("db-01_Disk1"));
        QCOMPARE(top.format, std::optional<DiskFormat>(DiskFormat::Cow));
        QCOMPARE(top.qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V2));
        QCOMPARE(top.status, std::optional<DiskStatus>(DiskStatus::Ok));
        QCOMPARE(top.actualSize, std::optional<qint64>(3411968));
        QCOMPARE(top.provisionedSize, std::optional<qint64>(21474836480));
        QCOMPARE(top.storageDomainIds, QStringList{QStringLiteral("SD")});
        const DiskSnapshot &base = list.last();
        QCOMPARE(base.alias, QStringLiteral("db-01_Disk1")); // from name when alias is absent
        QVERIFY(base.parentId.isEmpty());
        QVERIFY(!base.qcowVersion);
        QCOMPARE(base.format, std::optional<DiskFormat>(DiskFormat::Raw));

        QVERIFY(XmlDecoder::decodeDiskSnapshots("<disks/>", &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("expected <disk_snapshots>")), qPrintable(error));
        QVERIFY(XmlDecoder::decodeDiskSnapshots("<disk_snapshots><disk_snapshot id=\"x\">", &error).isEmpty());
        QVERIFY(!error.isEmpty());

        const QList<Template> templates = XmlDecoder::decodeTemplates(
            "<templates><template href=\"/t/T\" id=\"T\"><name>rhel9-base</name><version><version_name>base version</version_name>"
            "<base_template id=\"B\"/></version></template></templates>",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.first().id, QStringLiteral("T"));
        QCOMPARE(templates.first().name, QStringLiteral("rhel9-base"));
    }

    void apiRoot()
    {
        QString error = QStringLiteral("stale");
        const ApiRoot root = XmlDecoder::decodeApiRoot(example("api-root.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(root.productName, QStringLiteral("oVirt Engine"));
        QCOMPARE(root.vendor, QStringLiteral("ovirt.org"));
        QCOMPARE(root.fullVersion, QStringLiteral("4.0.4"));
        QCOMPARE(root.version, (Version{ 4, 0 }));
        QCOMPARE(root.vmsTotal, 0);
        QCOMPARE(root.vmsActive, 0);
        QCOMPARE(root.hostsTotal, 0);
        QCOMPARE(root.storageDomainsTotal, 1);
        QCOMPARE(root.storageDomainsActive, 0);
        QVERIFY(root.time.has_value());
        QCOMPARE(*root.time, utc(2016, 9, 14, 10, 0, 48, 132));
        QCOMPARE(root.time->offsetFromUtc(), 2 * 3600);
        QVERIFY(root.authenticatedUserId.isEmpty());
    }

    void apiRootVersion3StillReadable()
    {
        QString error;
        const ApiRoot root = XmlDecoder::decodeApiRoot(example("api-root-v3-DO-NOT-EMULATE.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(root.version, (Version{ 3, 6 }));
        QCOMPARE(root.fullVersion, QStringLiteral("3.6.7_master"));
        QCOMPARE(root.vmsTotal, 4);
        QCOMPARE(root.hostsActive, 1);
        QCOMPARE(root.storageDomainsTotal, 2);
        QCOMPARE(root.storageDomainsActive, 1);
    }

    void apiRootAuthenticatedUser()
    {
        const QByteArray xml = "<api><product_info><name>oVirt Engine</name></product_info>"
                               "<authenticated_user href=\"/ovirt-engine/api/users/u1\" id=\"u1\"/>"
                               "<effective_user id=\"u2\"/></api>";
        QString error;
        const ApiRoot root = XmlDecoder::decodeApiRoot(xml, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(root.authenticatedUserId, QStringLiteral("u1"));
        QVERIFY(!root.time.has_value());
    }

    void vms()
    {
        QString error;
        const QList<Vm> vms = XmlDecoder::decodeVms(example("vms-list.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(vms.size(), 2);

        const Vm &off = vms.at(0);
        QCOMPARE(off.id, QStringLiteral("8070fa6d-5b82-412c-9d41-a00017205c73"));
        QCOMPARE(off.name, QStringLiteral("vm_off")); // not time_zone/name "Etc/GMT"
        QCOMPARE(off.description, QString());
        QCOMPARE(off.comment, QString());
        QCOMPARE(off.status, VmStatus::Down);
        QCOMPARE(off.memory, std::optional<qint64>(1073741824));
        QCOMPARE(off.osType, QStringLiteral("other")); // not the VM <type>desktop</type>
        QCOMPARE(off.cpuSockets, std::optional<int>(1));
        QCOMPARE(off.cpuCores, std::optional<int>(1));
        QCOMPARE(off.cpuThreads, std::optional<int>(1));
        QVERIFY(off.creationTime.has_value());
        QCOMPARE(*off.creationTime, utc(2019, 8, 20, 9, 57, 43, 49));
        QCOMPARE(off.creationTime->offsetFromUtc(), 3 * 3600);
        QCOMPARE(off.clusterId, QStringLiteral("1c273044-e6ca-492f-9ac2-47381b626808"));
        QVERIFY(off.hostId.isEmpty());
        QCOMPARE(off.templateId, QStringLiteral("bcdd6891-68c9-4629-8c72-668c2353ab11")); // not original_template
        QVERIFY(off.diskAttachments.isEmpty());

        const Vm &on = vms.at(1);
        QCOMPARE(on.id, QStringLiteral("a1293e54-dae8-496f-baa4-27719592113e"));
        QCOMPARE(on.name, QStringLiteral("vm_on"));
        QCOMPARE(on.status, VmStatus::Up);
        QCOMPARE(on.memory, std::optional<qint64>(2147483648));
        QCOMPARE(on.cpuSockets, std::optional<int>(2)); // <cpu><topology>, not <cpu_shares>
        QCOMPARE(on.cpuCores, std::optional<int>(1));
        QCOMPARE(on.hostId, QStringLiteral("ce40bb38-f10a-43f3-8e15-d0ffad692a19"));
        QCOMPARE(on.templateId, QStringLiteral("5037cc2a-0268-4412-a591-ee7da56efe53"));
        QCOMPARE(*on.creationTime, utc(2019, 8, 20, 12, 13, 17, 128));
    }

    void vmFollowDiskAttachments()
    {
        QString error;
        const Vm vm = XmlDecoder::decodeVm(example("vm-follow-disk-attachments-doc.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(vm.id, QStringLiteral("123"));
        QVERIFY(vm.name.isEmpty()); // the followed disk's <name> stays in the disk
        QCOMPARE(vm.diskAttachments.size(), 1);
        const DiskAttachment &a = vm.diskAttachments.at(0);
        QCOMPARE(a.id, QStringLiteral("456"));
        QVERIFY(a.active);
        QVERIFY(a.bootable);
        QVERIFY(!a.readOnly);
        QVERIFY(!a.passDiscard);
        QVERIFY(!a.usesScsiReservation);
        QCOMPARE(a.interface_, DiskInterface::VirtioScsi);
        QCOMPARE(a.diskId, QStringLiteral("789"));
        QVERIFY(a.disk.has_value());
        QCOMPARE(a.disk->id, QStringLiteral("789"));
        QCOMPARE(a.disk->alias, QStringLiteral("mydisk")); // from the deprecated <name>
        QCOMPARE(a.disk->description, QStringLiteral("My disk"));
        QCOMPARE(a.disk->actualSize, std::optional<qint64>(0));
        QCOMPARE(a.disk->totalSize, std::optional<qint64>(0));
        QCOMPARE(a.disk->format, std::optional<DiskFormat>(DiskFormat::Raw));
        QVERIFY(!a.disk->qcowVersion.has_value());
        QVERIFY(a.disk->sparse);
        QCOMPARE(a.disk->status, std::optional<DiskStatus>(DiskStatus::Ok));
        QCOMPARE(a.disk->storageType, DiskStorageType::Image);
    }

    void diskImageCowQcow2v3()
    {
        QString error;
        const Disk d = XmlDecoder::decodeDisk(example("disk-image-cow-qcow2v3.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.id, QStringLiteral("738dc6a9-c7ff-4bd4-8f37-d0e4fdc0ff76"));
        QCOMPARE(d.alias, QStringLiteral("GlanceDisk-34bec3e"));
        QCOMPARE(d.description, QStringLiteral("CirrOS 0.4.0 for x86_64 (34bec3e)"));
        QCOMPARE(d.actualSize, std::optional<qint64>(204800));
        QCOMPARE(d.provisionedSize, std::optional<qint64>(46137344));
        QCOMPARE(d.totalSize, std::optional<qint64>(204800));
        QCOMPARE(d.format, std::optional<DiskFormat>(DiskFormat::Cow));
        QCOMPARE(d.qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V3));
        QCOMPARE(d.status, std::optional<DiskStatus>(DiskStatus::Ok));
        QCOMPARE(d.storageType, DiskStorageType::Image);
        QCOMPARE(d.contentType, DiskContentType::Data);
        QVERIFY(d.sparse);
        QVERIFY(!d.shareable);
        QVERIFY(!d.wipeAfterDelete);
        QVERIFY(!d.propagateErrors);
        QCOMPARE(d.imageId, QStringLiteral("2a41da5c-4f5e-449b-9545-b92679466569"));
        QCOMPARE(d.storageDomainIds, QStringList{ QStringLiteral("723b4112-1502-4b01-83a7-2ba87d1bbb35") });
        QVERIFY(d.snapshotId.isEmpty());
        QVERIFY(!d.lunStorage.has_value());
    }

    void diskFeaturePage()
    {
        QString error;
        const Disk d = XmlDecoder::decodeDisk(example("disk-qcow2v3-featurepage.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.id, QStringLiteral("2edfbc96-8c1b-4689-a582-bb7d7782e87b"));
        QCOMPARE(d.alias, QStringLiteral("VM_Disk1"));
        QCOMPARE(d.provisionedSize, std::optional<qint64>(1073741824));
        QCOMPARE(d.actualSize, std::optional<qint64>(200704));
        QVERIFY(!d.totalSize.has_value());
        QCOMPARE(d.qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V3));
        QCOMPARE(d.imageId, QStringLiteral("2baf2249-14ac-411b-9392-f97fd80a1c2d"));
        // Both the deprecated <storage_domain> and <storage_domains> name the same domain once.
        QCOMPARE(d.storageDomainIds, QStringList{ QStringLiteral("c0c1ee3e-1447-42f9-9a71-e0c7d9df8475") });
    }

    void diskMemoryDumpVolume()
    {
        QString error;
        const Disk d = XmlDecoder::decodeDisk(example("disk-memory-dump-volume.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.id, QStringLiteral("756399b4-cc62-453b-bccf-3847d195c45d"));
        QCOMPARE(d.alias, QStringLiteral("vm_on_snapshot_memory"));
        QCOMPARE(d.contentType, DiskContentType::MemoryDumpVolume);
        QCOMPARE(d.format, std::optional<DiskFormat>(DiskFormat::Raw));
        QVERIFY(!d.qcowVersion.has_value());
        QCOMPARE(d.provisionedSize, std::optional<qint64>(1358954496));
        QCOMPARE(d.actualSize, std::optional<qint64>(1074827264));
        QCOMPARE(d.imageId, QStringLiteral("5b621512-683e-4e0f-98c8-c979e035080d"));
    }

    void diskVersion3DoesNotBreak()
    {
        // v3 nests <status><state>; the decoder must neither fail nor invent a status.
        QString error;
        const Disk d = XmlDecoder::decodeDisk(example("disk-v3-DO-NOT-EMULATE.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.alias, QStringLiteral("GlanceDisk-73786f4"));
        QVERIFY(!d.status.has_value());
        QCOMPARE(d.format, std::optional<DiskFormat>(DiskFormat::Cow));
        QCOMPARE(d.storageDomainIds.size(), 1);
    }

    void diskRequestBodies()
    {
        QString error;
        const Disk amend = XmlDecoder::decodeDisk(example("disk-update-qcow-amend-request.xml"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(amend.qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V3));
        QCOMPARE(amend.alias, QStringLiteral("new-alias"));
        QCOMPARE(amend.description, QStringLiteral("new-desc"));
        QVERIFY(!amend.status.has_value());
        QVERIFY(!amend.format.has_value());

        const Disk lun = XmlDecoder::decodeDisk(example("lun-disk-add-request.xml"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(lun.alias, QStringLiteral("mylun"));
        QVERIFY(lun.lunStorage.has_value());
        QCOMPARE(lun.lunStorage->type, HostStorageType::Iscsi);
        QCOMPARE(lun.lunStorage->logicalUnits.size(), 1);
        const LogicalUnit &lu = lun.lunStorage->logicalUnits.at(0);
        QCOMPARE(lu.id, QStringLiteral("456"));
        QCOMPARE(lu.address, QStringLiteral("10.35.10.20"));
        QCOMPARE(lu.port, 3260);
        QCOMPARE(lu.target, QStringLiteral("iqn.2017-01.com.myhost:444"));
        QVERIFY(!lu.size.has_value());
    }

    void lunDisk()
    {
        // The LUN disk shape of the notes (§5.2): no status, sizes or format on the disk itself.
        const QByteArray xml = R"(<disk href="/ovirt-engine/api/disks/d1" id="d1">
  <actions><link href="/ovirt-engine/api/disks/d1/refreshlun" rel="refreshlun"/></actions>
  <name>mylun</name>
  <alias>mylun</alias>
  <content_type>data</content_type>
  <lun_storage id="3600a09803830355a332b47677750716c">
    <logical_units>
      <logical_unit id="3600a09803830355a332b47677750716c">
        <active_paths>1</active_paths><address>10.46.29.70</address><discard_max_size>0</discard_max_size>
        <discard_zeroes_data>false</discard_zeroes_data><disk_id>d1</disk_id><lun_mapping>1</lun_mapping>
        <paths>0</paths><port>3260</port><product_id>LUN C-Mode</product_id><serial>SNETAPP_x</serial>
        <size>53687091200</size><status>used</status><target>iqn.1992-08.com.netapp:vs.6</target>
        <vendor_id>NETAPP</vendor_id><volume_group_id>vg</volume_group_id>
      </logical_unit>
    </logical_units>
    <type>iscsi</type>
  </lun_storage>
  <propagate_errors>false</propagate_errors>
  <sgio>unfiltered</sgio>
  <shareable>true</shareable>
  <storage_type>lun</storage_type>
  <wipe_after_delete>false</wipe_after_delete>
</disk>)";
        QString error;
        const Disk d = XmlDecoder::decodeDisk(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.storageType, DiskStorageType::Lun);
        QVERIFY(d.shareable);
        QVERIFY(!d.status.has_value());
        QVERIFY(!d.provisionedSize.has_value());
        QVERIFY(!d.format.has_value());
        QVERIFY(d.storageDomainIds.isEmpty());
        QVERIFY(d.lunStorage.has_value());
        QCOMPARE(d.lunStorage->id, QStringLiteral("3600a09803830355a332b47677750716c"));
        QCOMPARE(d.lunStorage->type, HostStorageType::Iscsi);
        QCOMPARE(d.lunStorage->logicalUnits.size(), 1);
        const LogicalUnit &lu = d.lunStorage->logicalUnits.at(0);
        QCOMPARE(lu.id, QStringLiteral("3600a09803830355a332b47677750716c"));
        QCOMPARE(lu.size, std::optional<qint64>(53687091200));
        QCOMPARE(lu.status, LunStatus::Used);
        QCOMPARE(lu.diskId, QStringLiteral("d1"));
        QCOMPARE(lu.lunMapping, 1);
        QCOMPARE(lu.productId, QStringLiteral("LUN C-Mode"));
        QCOMPARE(lu.vendorId, QStringLiteral("NETAPP"));
        QCOMPARE(lu.serial, QStringLiteral("SNETAPP_x"));
    }

    void diskAttachments()
    {
        QString error;
        const QList<DiskAttachment> list =
                XmlDecoder::decodeDiskAttachments(example("disk-attachments-list.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 1);
        const DiskAttachment &a = list.at(0);
        QCOMPARE(a.id, QStringLiteral("08b054b2-0001-4dd6-9cf2-434213c02fbe"));
        QCOMPARE(a.diskId, a.id);
        QCOMPARE(a.vmId, QStringLiteral("a1293e54-dae8-496f-baa4-27719592113e"));
        QVERIFY(a.active);
        QVERIFY(a.bootable);
        QCOMPARE(a.interface_, DiskInterface::Virtio);
        QCOMPARE(a.logicalName, QStringLiteral("/dev/vda"));
        QVERIFY(!a.passDiscard);
        QVERIFY(!a.readOnly);
        QVERIFY(!a.usesScsiReservation);
        QVERIFY(!a.disk.has_value()); // a bare reference, not followed
    }

    void diskAttachmentDocs()
    {
        QString error;
        const DiskAttachment ro =
                XmlDecoder::decodeDiskAttachment(example("disk-attachment-read-only-doc.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ro.readOnly);

        const DiskAttachment add =
                XmlDecoder::decodeDiskAttachment(example("diskattachment-add-existing-request.xml"), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(add.bootable);
        QVERIFY(add.passDiscard);
        QVERIFY(add.active);
        QCOMPARE(add.interface_, DiskInterface::Ide);
        QCOMPARE(add.diskId, QStringLiteral("123"));
        QVERIFY(!add.disk.has_value());
    }

    void snapshots()
    {
        QString error;
        const QList<Snapshot> list = XmlDecoder::decodeSnapshots(example("snapshots-list.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 2);

        const Snapshot &active = list.at(0);
        QCOMPARE(active.id, QStringLiteral("fc082077-576c-4f06-a9cc-be2c3bd8f2d9"));
        QCOMPARE(active.description, QStringLiteral("Active VM"));
        QCOMPARE(active.type, SnapshotType::Active);
        QCOMPARE(active.status, SnapshotStatus::Ok);
        QVERIFY(!active.persistMemorystate);
        QVERIFY(active.vmId.isEmpty());
        QCOMPARE(*active.date, utc(2019, 8, 20, 12, 13, 17, 228));

        const Snapshot &regular = list.at(1);
        QCOMPARE(regular.id, QStringLiteral("395ead74-54f9-4f16-88bb-21a7a1e4924e"));
        // The embedded <vm> has <name>vm_on</name> and an empty <description>: neither leaks.
        QCOMPARE(regular.description, QStringLiteral("vm_on_snap_1"));
        QCOMPARE(regular.type, SnapshotType::Regular);
        QCOMPARE(regular.status, SnapshotStatus::Ok);
        QVERIFY(regular.persistMemorystate);
        QCOMPARE(regular.vmId, QStringLiteral("a1293e54-dae8-496f-baa4-27719592113e"));
        QCOMPARE(*regular.date, utc(2019, 8, 21, 5, 20, 35, 534));
        QVERIFY(regular.disks.isEmpty());
    }

    void snapshotRequestBody()
    {
        QString error;
        const Snapshot s = XmlDecoder::decodeSnapshot(example("snapshot-add-request.xml"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(s.description, QStringLiteral("My snapshot"));
        QVERIFY(s.id.isEmpty());
        QCOMPARE(s.type, SnapshotType::Unknown);
    }

    void snapshotFollowDisks()
    {
        const QByteArray xml = R"(<snapshots><snapshot id="s1">
  <description>before upgrade</description><snapshot_status>in_preview</snapshot_status>
  <snapshot_type>regular</snapshot_type>
  <disks><disk id="d1"><name>disk-a</name><image_id>i1</image_id><snapshot id="s1"/></disk></disks>
  <vm id="v1"><name>vm</name><description>vm description</description></vm>
</snapshot></snapshots>)";
        QString error;
        const QList<Snapshot> list = XmlDecoder::decodeSnapshots(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).description, QStringLiteral("before upgrade"));
        QCOMPARE(list.at(0).status, SnapshotStatus::InPreview);
        QCOMPARE(list.at(0).vmId, QStringLiteral("v1"));
        QCOMPARE(list.at(0).disks.size(), 1);
        QCOMPARE(list.at(0).disks.at(0).alias, QStringLiteral("disk-a"));
        QCOMPARE(list.at(0).disks.at(0).imageId, QStringLiteral("i1"));
        QCOMPARE(list.at(0).disks.at(0).snapshotId, QStringLiteral("s1"));
    }

    void snapshotDisks()
    {
        QString error;
        const QList<Disk> disks = XmlDecoder::decodeDisks(example("snapshot-disks-list.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(disks.size(), 1);
        const Disk &d = disks.at(0);
        QCOMPARE(d.id, QStringLiteral("08b054b2-0001-4dd6-9cf2-434213c02fbe"));
        QCOMPARE(d.alias, QStringLiteral("GlanceDisk-fe03ebf"));
        QCOMPARE(d.snapshotId, QStringLiteral("395ead74-54f9-4f16-88bb-21a7a1e4924e"));
        QCOMPARE(d.imageId, QStringLiteral("32b2f0c8-0992-4500-8e3c-c78ffad01ef2"));
        QCOMPARE(d.totalSize, std::optional<qint64>(0));
        QCOMPARE(d.provisionedSize, std::optional<qint64>(8589934592));
        QCOMPARE(d.actualSize, std::optional<qint64>(1073741824));
        QCOMPARE(d.format, std::optional<DiskFormat>(DiskFormat::Cow));
        QVERIFY(!d.qcowVersion.has_value());
        QCOMPARE(d.storageDomainIds, QStringList{ QStringLiteral("723b4112-1502-4b01-83a7-2ba87d1bbb35") });
    }

    void storageDomainNfs()
    {
        QString error;
        const StorageDomain sd = XmlDecoder::decodeStorageDomain(example("storage-domain-nfs.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sd.id, QStringLiteral("723b4112-1502-4b01-83a7-2ba87d1bbb35"));
        QCOMPARE(sd.name, QStringLiteral("data_spider_1"));
        QCOMPARE(sd.type, StorageDomainType::Data);
        QCOMPARE(sd.storageType, HostStorageType::Nfs);
        QCOMPARE(sd.storageAddress, QStringLiteral("vserver-spider.eng.lab.tlv.redhat.com"));
        QCOMPARE(sd.storagePath, QStringLiteral("/vol/vol_bodnopoz/data1"));
        QCOMPARE(sd.storageFormat, std::optional<StorageFormat>(StorageFormat::V5));
        QCOMPARE(sd.available, std::optional<qint64>(37580963840));
        QCOMPARE(sd.used, std::optional<qint64>(16106127360));
        QCOMPARE(sd.committed, std::optional<qint64>(12884901888));
        QVERIFY(sd.master);
        QVERIFY(!sd.status.has_value()); // attached domains have no status in /storagedomains
        QCOMPARE(sd.dataCenterIds, QStringList{ QStringLiteral("944df9ee-3274-43c4-908f-8c35e59e483b") });
        QVERIFY(sd.logicalUnits.isEmpty());
    }

    void storageDomainIscsi()
    {
        QString error;
        const StorageDomain sd = XmlDecoder::decodeStorageDomain(example("storage-domain-iscsi.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sd.name, QStringLiteral("iscsi_n"));
        QCOMPARE(sd.storageType, HostStorageType::Iscsi);
        QVERIFY(sd.storageAddress.isEmpty()); // logical units' addresses stay in the units
        QCOMPARE(sd.available, std::optional<qint64>(100931731456));
        QCOMPARE(sd.used, std::optional<qint64>(5368709120));
        QCOMPARE(sd.committed, std::optional<qint64>(0));
        QVERIFY(!sd.master);
        QCOMPARE(sd.logicalUnits.size(), 4);
        const LogicalUnit &lu = sd.logicalUnits.at(0);
        QCOMPARE(lu.id, QStringLiteral("3600a09803830355a332b47677750716c"));
        QCOMPARE(lu.address, QStringLiteral("10.46.29.70"));
        QCOMPARE(lu.port, 3260);
        QCOMPARE(lu.lunMapping, 1);
        QCOMPARE(lu.size, std::optional<qint64>(53687091200));
        QCOMPARE(lu.serial, QStringLiteral("SNETAPP_LUN_C-Mode_805Z3+GgwPql"));
        QCOMPARE(lu.storageDomainId, QStringLiteral("6314e632-6334-4580-9e91-9fe389c2690d"));
        QCOMPARE(lu.target, QStringLiteral("iqn.1992-08.com.netapp:sn.82749f0181ee11e3bcf9123478563412:vs.6"));
        QCOMPARE(sd.logicalUnits.at(2).lunMapping, 0);
        QCOMPARE(sd.logicalUnits.at(3).id, QStringLiteral("3600a09803830355a332b47677750716b"));
    }

    void storageDomainV4Format()
    {
        QString error;
        const StorageDomain sd =
                XmlDecoder::decodeStorageDomain(example("storage-domain-add-response-v4format.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sd.id, QStringLiteral("1234"));
        QCOMPARE(sd.description, QStringLiteral("description"));
        QCOMPARE(sd.storageFormat, std::optional<StorageFormat>(StorageFormat::V4));
        QCOMPARE(sd.status, std::optional<StorageDomainStatus>(StorageDomainStatus::Unknown));
        QCOMPARE(sd.available, std::optional<qint64>(16106127360));
        QCOMPARE(sd.used, std::optional<qint64>(4294967296));
        QCOMPARE(sd.storagePath, QStringLiteral("/export/data3"));
        QVERIFY(sd.dataCenterIds.isEmpty());
    }

    void storageDomainsList()
    {
        const QByteArray xml = "<storage_domains>" + example("storage-domain-nfs.xml")
                .mid(example("storage-domain-nfs.xml").indexOf("<storage_domain "))
                + example("storage-domain-iscsi.xml").mid(example("storage-domain-iscsi.xml").indexOf("<storage_domain "))
                + "<storage_domain id=\"x\"><name>attached</name><status>maintenance</status>"
                  "<data_center id=\"dc\"/></storage_domain></storage_domains>";
        QString error;
        const QList<StorageDomain> list = XmlDecoder::decodeStorageDomains(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("data_spider_1"));
        QCOMPARE(list.at(1).name, QStringLiteral("iscsi_n"));
        QCOMPARE(list.at(2).status, std::optional<StorageDomainStatus>(StorageDomainStatus::Maintenance));
        QCOMPARE(list.at(2).dataCenterIds, QStringList{ QStringLiteral("dc") });
    }

    void dataCenters()
    {
        QString error;
        const QList<DataCenter> list = XmlDecoder::decodeDataCenters(example("datacenters-list.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, QStringLiteral("2812e1c2-fb19-4bf9-ac42-74c069a5e507"));
        QCOMPARE(list.at(0).name, QStringLiteral("Newd"));
        QVERIFY(!list.at(0).local);
        QCOMPARE(list.at(0).status, DataCenterStatus::Up);
        QCOMPARE(list.at(0).storageFormat, std::optional<StorageFormat>(StorageFormat::V4));
        QCOMPARE(list.at(0).version, (Version{ 4, 2 }));
        QCOMPARE(list.at(0).supportedVersions, QList<Version>{ (Version{ 4, 2 }) });
        QCOMPARE(list.at(1).name, QStringLiteral("newd1"));
        QCOMPARE(list.at(1).storageFormat, std::optional<StorageFormat>(StorageFormat::V5));
        QCOMPARE(list.at(1).version, (Version{ 4, 3 }));
        QCOMPARE(list.at(1).version.toString(), QStringLiteral("4.3"));
    }

    void hostsAndClusters()
    {
        const QByteArray hosts = R"(<hosts>
  <host href="/ovirt-engine/api/hosts/h1" id="h1">
    <name>host1</name><description>first</description><address>10.0.0.1</address>
    <cpu><name>Intel</name><type>x</type></cpu>
    <os><version><full_version>8</full_version></version></os>
    <status>non_operational</status>
    <cluster href="/ovirt-engine/api/clusters/c1" id="c1"/>
  </host>
  <host id="h2"><name>host2</name><status>install_failed</status></host>
</hosts>)";
        QString error;
        const QList<Host> hl = XmlDecoder::decodeHosts(hosts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hl.size(), 2);
        QCOMPARE(hl.at(0).id, QStringLiteral("h1"));
        QCOMPARE(hl.at(0).name, QStringLiteral("host1"));
        QCOMPARE(hl.at(0).description, QStringLiteral("first"));
        QCOMPARE(hl.at(0).address, QStringLiteral("10.0.0.1"));
        QCOMPARE(hl.at(0).status, HostStatus::NonOperational);
        QCOMPARE(hl.at(0).clusterId, QStringLiteral("c1"));
        QCOMPARE(hl.at(1).status, HostStatus::InstallFailed);

        const QByteArray clusters = R"(<clusters><cluster id="c1"><name>Default</name>
  <cpu><type>Intel</type></cpu><version><major>4</major><minor>7</minor></version>
  <data_center href="/ovirt-engine/api/datacenters/dc1" id="dc1"/></cluster></clusters>)";
        const QList<Cluster> cl = XmlDecoder::decodeClusters(clusters, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cl.size(), 1);
        QCOMPARE(cl.at(0).name, QStringLiteral("Default"));
        QCOMPARE(cl.at(0).version, (Version{ 4, 7 }));
        QCOMPARE(cl.at(0).dataCenterId, QStringLiteral("dc1"));

        const Host one = XmlDecoder::decodeHost("<host id=\"h9\"><name>solo</name></host>", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(one.name, QStringLiteral("solo"));
        const Cluster c = XmlDecoder::decodeCluster("<cluster id=\"c9\"/>", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(c.id, QStringLiteral("c9"));
        const DataCenter dc = XmlDecoder::decodeDataCenter(
                "<data_center id=\"d9\"><local>true</local><status>not_operational</status></data_center>", &error);
        QVERIFY(error.isEmpty());
        QVERIFY(dc.local);
        QCOMPARE(dc.status, DataCenterStatus::NotOperational);
    }

    void hostStorage()
    {
        QString error;
        const QByteArray one = example("host-storage.xml");
        const LunStorage hs = XmlDecoder::decodeHostStorage(one, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hs.id, QStringLiteral("123"));
        QCOMPARE(hs.type, HostStorageType::Iscsi);
        QCOMPARE(hs.logicalUnits.size(), 1);
        QCOMPARE(hs.logicalUnits.at(0).status, LunStatus::Used);
        QCOMPARE(hs.logicalUnits.at(0).size, std::optional<qint64>(10737418240));
        QCOMPARE(hs.logicalUnits.at(0).vendorId, QStringLiteral("LIO-ORG"));
        QCOMPARE(hs.logicalUnits.at(0).productId, QStringLiteral("lun0"));

        const QByteArray list = "<host_storages>" + one.mid(one.indexOf("<host_storage "))
                + "<host_storage id=\"9\"><type>fcp</type></host_storage></host_storages>";
        const QList<LunStorage> all = XmlDecoder::decodeHostStorages(list, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).type, HostStorageType::Fcp);
    }

    void faults()
    {
        QString error;
        const Fault plain = XmlDecoder::decodeFault(example("fault-incomplete-parameters.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plain.reason, QStringLiteral("Incomplete parameters"));
        QCOMPARE(plain.detail, QStringLiteral("Vm [name] required for add"));

        const Fault inAction = XmlDecoder::decodeFault(example("action-with-fault-sdk-test.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(inAction.reason, QStringLiteral("myreason"));
        QVERIFY(inAction.detail.isEmpty());

        const Fault engine = XmlDecoder::decodeFault(
                "<action><fault><detail>[Cannot preview Snapshot. At least one of the VMs is not down.]</detail>"
                "<reason>Operation Failed</reason></fault><snapshot id=\"s\"/><status>failed</status></action>",
                &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(engine.reason, QStringLiteral("Operation Failed"));
        QCOMPARE(engine.detail, QStringLiteral("[Cannot preview Snapshot. At least one of the VMs is not down.]"));

        // An action without a fault is not an error; it just has no fault.
        const Fault none = XmlDecoder::decodeFault(example("previewsnapshot-request.xml"), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(none.reason.isEmpty() && none.detail.isEmpty());

        XmlDecoder::decodeFault("<vm id=\"1\"/>", &error);
        QVERIFY(!error.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("comment only") << QByteArray("<!-- nothing -->");
        QTest::newRow("not xml") << QByteArray("<html><head><title>Error</title></head><body>Unauthorized</body>");
        QTest::newRow("mismatched") << QByteArray("<vms><vm id=\"1\"><name>x</vm></vms>");
        QTest::newRow("truncated") << example("vms-list.xml").left(5000);
        QTest::newRow("trailing element") << QByteArray("<vms/><vms/>");
        QTest::newRow("bad entity") << QByteArray("<vms><vm><name>a &bogus; b</name></vm></vms>");
        QTest::newRow("wrong root") << example("datacenters-list.xml");
    }

    void malformed()
    {
        QFETCH(QByteArray, xml);
        QString error;
        const QList<Vm> vms = XmlDecoder::decodeVms(xml, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(vms.isEmpty());
        // A null error pointer is allowed.
        QVERIFY(XmlDecoder::decodeVms(xml, nullptr).isEmpty());
    }

    void wrongRootIsNamed()
    {
        QString error;
        XmlDecoder::decodeVms(example("datacenters-list.xml"), &error);
        QVERIFY2(error.contains(QLatin1String("data_centers")), qPrintable(error));
        XmlDecoder::decodeVm(example("vms-list.xml"), &error);
        QVERIFY2(error.contains(QLatin1String("vms")), qPrintable(error));
        XmlDecoder::decodeDisk(example("fault-incomplete-parameters.xml"), &error);
        QVERIFY2(error.contains(QLatin1String("fault")), qPrintable(error));
    }

    void errorIsClearedOnSuccess()
    {
        QString error = QStringLiteral("old");
        XmlDecoder::decodeVms("<vms/>", &error);
        QVERIFY(error.isEmpty());
    }

    void unknownElementsIgnored()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<vms><future_wrapper><vm id="ghost"><name>ghost</name></vm></future_wrapper>
<vm id="v1"><future_member><name>bad</name><status>down</status><description>no</description></future_member>
<name>good</name><status>up</status><future_flag>true</future_flag><description>fine &amp; dandy</description>
<memory>not-a-number</memory><creation_time>garbage</creation_time>
</vm></vms>)";
        QString error;
        const QList<Vm> vms = XmlDecoder::decodeVms(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(vms.size(), 1);
        QCOMPARE(vms.at(0).id, QStringLiteral("v1"));
        QCOMPARE(vms.at(0).name, QStringLiteral("good"));
        QCOMPARE(vms.at(0).status, VmStatus::Up);
        QCOMPARE(vms.at(0).description, QStringLiteral("fine & dandy"));
        QVERIFY(!vms.at(0).memory.has_value());
        QVERIFY(!vms.at(0).creationTime.has_value());
    }

    void unknownEnumValues()
    {
        const QByteArray xml = "<disk id=\"d\"><status>melted</status><format>qed</format>"
                               "<storage_type>tape</storage_type><content_type>future</content_type></disk>";
        QString error;
        const Disk d = XmlDecoder::decodeDisk(xml, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(d.status, std::optional<DiskStatus>(DiskStatus::Unknown));
        QCOMPARE(d.format, std::optional<DiskFormat>(DiskFormat::Unknown));
        QCOMPARE(d.storageType, DiskStorageType::Unknown);
        QCOMPARE(d.contentType, DiskContentType::Unknown);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<int>("offset");
        QTest::newRow("engine") << QStringLiteral("2019-08-21T08:20:35.534+03:00")
                                << utc(2019, 8, 21, 5, 20, 35, 534) << 3 * 3600;
        QTest::newRow("negative offset") << QStringLiteral("2019-12-31T22:30:00.001-05:30")
                                         << utc(2020, 1, 1, 4, 0, 0, 1) << -(5 * 3600 + 1800);
        QTest::newRow("zulu") << QStringLiteral("2024-02-29T12:00:00.000Z") << utc(2024, 2, 29, 12, 0, 0, 0) << 0;
        QTest::newRow("no millis") << QStringLiteral("2024-02-29T12:00:00+01:00")
                                   << utc(2024, 2, 29, 11, 0, 0, 0) << 3600;
        QTest::newRow("micros") << QStringLiteral("2024-02-29T12:00:00.123456Z")
                                << utc(2024, 2, 29, 12, 0, 0, 123) << 0;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(int, offset);
        const QByteArray xml = "<snapshot><date>" + text.toUtf8() + "</date></snapshot>";
        QString error;
        const Snapshot s = XmlDecoder::decodeSnapshot(xml, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(s.date.has_value());
        QCOMPARE(*s.date, expected);
        QCOMPARE(s.date->offsetFromUtc(), offset);
    }

    // Not a benchmark with a threshold (machines differ), but it keeps the big-reply path honest
    // and prints the rate: the goal is >= 150 MB/s for a 10,000-VM /vms reply.
    void largeVmList()
    {
        const QByteArray source = example("vms-list.xml");
        const qsizetype from = source.indexOf("<vm ");
        const qsizetype to = source.lastIndexOf("</vms>");
        const QByteArray twoVms = source.mid(from, to - from);
        QByteArray big = "<vms>";
        big.reserve(5000 * twoVms.size() + 16);
        for (int i = 0; i < 5000; ++i)
            big += twoVms;
        big += "</vms>";

        QElapsedTimer timer;
        timer.start();
        QString error;
        const QList<Vm> vms = XmlDecoder::decodeVms(big, &error);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        QVERIFY(error.isEmpty());
        QCOMPARE(vms.size(), 10000);
        QCOMPARE(vms.last().name, QStringLiteral("vm_on"));
        qInfo("decoded %d VMs, %.1f MB in %lld ms: %.0f MB/s", int(vms.size()), big.size() / 1e6, ms,
              big.size() / 1e3 / ms);
    }
};

QTEST_GUILESS_MAIN(TestXmlDecoder)
#include "tst_xmldecoder.moc"
