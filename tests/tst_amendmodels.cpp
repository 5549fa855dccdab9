// Issue 5 client side without a lab: AmendRules (each rule and its text), the inventory model
// and its filter (the "amendable" filter), the plan model, the versions model - each model under
// QAbstractItemModelTester - and how the loader assembles chains from snapshot disks.

#include "amendinventoryloader.h"
#include "amendplanmodel.h"
#include "amendrules.h"
#include "amendtestdata.h"
#include "compatversionmodel.h"
#include "diskinventoryfilterproxymodel.h"
#include "diskinventorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace AmendTestData;

class TestAmendModels : public QObject
{
    Q_OBJECT

private slots:
    void rulesAndTexts();
    void inventoryModelAndFilter();
    void inventoryUpdatesInPlace();
    void planModel();
    void compatVersionModel();
    void loaderAssemblesChains();
    void loaderFloatingAndTemplateDisks();
};

void TestAmendModels::rulesAndTexts()
{
    AmendRules::Verdict v = AmendRules::evaluate(legacyApp());
    QVERIFY(v.amendable());
    QCOMPARE(v.changeCount(), 2);
    QCOMPARE(v.volumes.size(), 3);
    QVERIFY(v.volumes.at(0).changes && v.volumes.at(1).changes && !v.volumes.at(2).changes);

    v = AmendRules::evaluate(dbData());
    QVERIFY(v.amendable());
    QCOMPARE(v.changeCount(), 1);
    QVERIFY(!v.volumes.at(0).changes); // the raw base stays raw
    QCOMPARE(AmendRules::levelText(v.volumes.at(0).volume), QStringLiteral("raw"));

    v = AmendRules::evaluate(mailDisk());
    QCOMPARE(v.reason, AmendRules::Reason::VmNotDown);
    QCOMPARE(v.text, QStringLiteral("Cannot amend Virtual Disk. The disk mail-01_Disk1 is plugged to non-Down VMs: mail-01"));
    QCOMPARE(v.changeCount(), 0);

    // Unplugged on a running VM: the engine only counts plugged attachments.
    AmendCandidate unplugged = mailDisk();
    unplugged.vms.first().plugged = false;
    QVERIFY(AmendRules::evaluate(unplugged).amendable());

    v = AmendRules::evaluate(dbSystemOnV3());
    QCOMPARE(v.reason, AmendRules::Reason::DomainFormat);
    QVERIFY(v.text.contains(QStringLiteral("data-legacy has storage format V3")));

    v = AmendRules::evaluate(rawScratch());
    QCOMPARE(v.reason, AmendRules::Reason::NoQcowVolume);
    QCOMPARE(v.text, QStringLiteral("Cannot edit Virtual Disk. The amend operation does not support disk without any QCOW2 volumes."));

    QCOMPARE(AmendRules::evaluate(upToDate()).reason, AmendRules::Reason::UpToDate);

    v = AmendRules::evaluate(lockedDisk());
    QCOMPARE(v.reason, AmendRules::Reason::Locked);
    QCOMPARE(v.text, QStringLiteral("Cannot edit Virtual Disk: The following disks are locked: build-01_Disk1. Please try again in a few minutes."));

    v = AmendRules::evaluate(illegalDisk());
    QCOMPARE(v.reason, AmendRules::Reason::Illegal);
    QCOMPARE(v.text, QStringLiteral("Cannot edit Virtual Disk. The following attached disks are in ILLEGAL status: old-vm_Disk1 - please remove "
                                    "them and try again."));

    v = AmendRules::evaluate(templateDisk());
    QCOMPARE(v.reason, AmendRules::Reason::TemplateDisk);
    QCOMPARE(v.text, QStringLiteral("Cannot amend Virtual Disk. The amend operation does not support Template disks."));

    AmendCandidate inactive = legacyApp();
    inactive.storageDomainStatus = StorageDomainStatus::Maintenance;
    v = AmendRules::evaluate(inactive);
    QCOMPARE(v.reason, AmendRules::Reason::DomainInactive);
    QCOMPARE(v.text, QStringLiteral("Cannot amend Virtual Disk. The relevant Storage Domain's status is Maintenance."));

    AmendCandidate lun = legacyApp();
    lun.disk.storageType = DiskStorageType::Lun;
    QCOMPARE(AmendRules::evaluate(lun).reason, AmendRules::Reason::NotImage);

    // Rules in the manager's order: a locked raw disk is "locked" (the PUT checks that first).
    AmendCandidate lockedRaw = rawScratch();
    lockedRaw.disk.status = DiskStatus::Locked;
    QCOMPARE(AmendRules::evaluate(lockedRaw).reason, AmendRules::Reason::Locked);
}

void TestAmendModels::inventoryModelAndFilter()
{
    DiskInventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiskInventoryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates(all());
    QCOMPARE(model.rowCount(), 9);

    const int legacy = model.rowOf(legacyApp().id());
    QCOMPARE(model.index(legacy, DiskInventoryModel::CompatColumn).data().toString(), QStringLiteral("1.1"));
    QCOMPARE(model.index(legacy, DiskInventoryModel::ChainColumn).data().toString(), QStringLiteral("0.10 \u00d72, 1.1"));
    QCOMPARE(model.index(legacy, DiskInventoryModel::StorageDomainColumn).data().toString(), QStringLiteral("data-legacy (V5)"));
    QCOMPARE(model.index(legacy, DiskInventoryModel::AmendColumn).data().toString(), QStringLiteral("Yes: 2 volumes to 1.1"));
    const int mail = model.rowOf(mailDisk().id());
    QCOMPARE(model.index(mail, DiskInventoryModel::AmendColumn).data().toString(), QStringLiteral("VM not down"));
    QCOMPARE(model.index(mail, DiskInventoryModel::AmendColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Cannot amend Virtual Disk. The disk mail-01_Disk1 is plugged to non-Down VMs: mail-01"));
    QCOMPARE(model.index(model.rowOf(templateDisk().id()), DiskInventoryModel::ChainColumn).data().toString(),
             QStringLiteral("0.10 (active volume only)"));

    proxy.setAmendableOnly(true);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, DiskInventoryModel::AliasColumn).data().toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("db-01_Data"), QStringLiteral("legacy-app_Disk1")}));
    proxy.setAmendableOnly(false);
    proxy.setText(QStringLiteral("mail"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QString());
    proxy.setStorageDomainId(id(502)); // data-main
    QCOMPARE(proxy.rowCount(), 5);
}

void TestAmendModels::inventoryUpdatesInPlace()
{
    DiskInventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates(all());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // A refresh after the amend: same disks, legacy-app's volumes now all 1.1.
    QList<AmendCandidate> after = all();
    for (DiskVolume &v : after.first().volumes)
        v.qcowVersion = QcowVersion::Qcow2V3;
    model.setCandidates(after);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, DiskInventoryModel::AmendColumn).data().toString(), QStringLiteral("Up to date"));
}

void TestAmendModels::planModel()
{
    AmendPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan({legacyApp(), dbData()}, {AmendRules::evaluate(legacyApp()), AmendRules::evaluate(dbData())});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, AmendPlanModel::DiskColumn).data().toString(), QStringLiteral("legacy-app_Disk1"));
    QCOMPARE(model.index(1, AmendPlanModel::DiskColumn).data().toString(), QString());
    QCOMPARE(model.index(0, AmendPlanModel::NowColumn).data().toString(), QStringLiteral("0.10"));
    QCOMPARE(model.index(0, AmendPlanModel::AfterColumn).data().toString(), QStringLiteral("1.1"));
    QCOMPARE(model.index(2, AmendPlanModel::SnapshotColumn).data().toString(), QStringLiteral("Active volume"));
    QCOMPARE(model.index(2, AmendPlanModel::AfterColumn).data().toString(), QStringLiteral("unchanged"));
    QCOMPARE(model.index(3, AmendPlanModel::AfterColumn).data().toString(), QStringLiteral("raw, not changed"));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setProgress(dbData().id(), AmendPlanModel::State::Failed, QStringLiteral("Failed to amend db-01_Data."));
    QVERIFY(changes.count() >= 1);
    QCOMPARE(model.index(3, AmendPlanModel::ProgressColumn).data().toString(), QStringLiteral("Failed to amend db-01_Data."));
    QCOMPARE(model.index(4, AmendPlanModel::AfterColumn).data().toString(), QStringLiteral("1.1 (not done)"));
    QCOMPARE(model.state(dbData().id()), AmendPlanModel::State::Failed);
}

void TestAmendModels::compatVersionModel()
{
    CompatVersionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DataCenter dc;
    dc.id = id(700);
    dc.name = QStringLiteral("Default");
    dc.version = {4, 7};
    dc.storageFormat = StorageFormat::V5;
    Cluster cluster;
    cluster.id = id(701);
    cluster.name = QStringLiteral("Default");
    cluster.version = {4, 7};
    cluster.dataCenterId = dc.id;
    Cluster orphan = cluster;
    orphan.id = id(702);
    orphan.name = QStringLiteral("Elsewhere");
    orphan.dataCenterId = id(799);
    model.setData({dc}, {cluster, orphan});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.dataCenterAt(0));
    QCOMPARE(model.index(0, CompatVersionModel::StorageFormatColumn).data().toString(), QStringLiteral("V5"));
    QCOMPARE(model.clusterAt(1)->name, QStringLiteral("Default"));
    QCOMPARE(model.index(1, CompatVersionModel::VersionColumn).data().toString(), QStringLiteral("4.7"));
    QCOMPARE(model.rowOf(orphan.id), 2);
    cluster.version = {4, 8};
    model.setData({dc}, {cluster, orphan});
    QCOMPARE(model.index(1, CompatVersionModel::VersionColumn).data().toString(), QStringLiteral("4.8"));
}

void TestAmendModels::loaderAssemblesChains()
{
    // The entities as the client decodes them: a disk with its active volume, the VM's
    // snapshots with the volume each froze, out of date order.
    Disk disk;
    disk.id = id(1);
    disk.alias = QStringLiteral("legacy-app_Disk1");
    disk.imageId = id(1003);
    disk.format = DiskFormat::Cow;
    disk.qcowVersion = QcowVersion::Qcow2V3;
    disk.status = DiskStatus::Ok;
    disk.storageDomainIds = {id(501)};
    Disk ovf = disk;
    ovf.id = id(99);
    ovf.contentType = DiskContentType::OvfStore;
    Vm vm;
    vm.id = id(301);
    vm.name = QStringLiteral("legacy-app");
    vm.status = VmStatus::Down;
    DiskAttachment attachment;
    attachment.id = disk.id;
    attachment.diskId = disk.id;
    attachment.active = true;
    auto snapshot = [&](int n, int day, QcowVersion qcow) {
        Snapshot s;
        s.id = id(2000 + n);
        s.description = QStringLiteral("s%1").arg(n);
        s.date = at(day);
        Disk frozen = disk;
        frozen.imageId = id(1000 + n);
        frozen.qcowVersion = qcow;
        s.disks = {frozen};
        return s;
    };
    Snapshot active;
    active.id = id(2999);
    active.type = SnapshotType::Active;
    StorageDomain domain;
    domain.id = id(501);
    domain.name = QStringLiteral("data-legacy");
    domain.storageFormat = StorageFormat::V5;
    const QList<AmendCandidate> candidates = AmendInventoryLoader::assemble(
        {disk, ovf}, {vm}, {{vm.id, {attachment}}}, {{vm.id, {active, snapshot(2, 9, QcowVersion::Qcow2V2), snapshot(1, 2, QcowVersion::Qcow2V2)}}},
        {domain});
    QCOMPARE(candidates.size(), 1); // the OVF store is the manager's own
    const AmendCandidate &c = candidates.first();
    QCOMPARE(c.storageDomainName, QStringLiteral("data-legacy"));
    QCOMPARE(c.vms.size(), 1);
    QVERIFY(c.vms.first().plugged);
    QCOMPARE(c.volumes.size(), 3);
    QCOMPARE(c.volumes.at(0).snapshotDescription, QStringLiteral("s1"));
    QCOMPARE(c.volumes.at(1).snapshotDescription, QStringLiteral("s2"));
    QVERIFY(c.volumes.at(2).active);
    QCOMPARE(AmendRules::evaluate(c).changeCount(), 2);
}

void TestAmendModels::loaderFloatingAndTemplateDisks()
{
    // A floating disk (no VM) with three volumes, as /disks/{id}/disksnapshots lists them: out
    // of chain order, the active one absent; and a template's disk.
    Disk floating;
    floating.id = id(7);
    floating.alias = QStringLiteral("orphan_Disk1");
    floating.imageId = id(1073);
    floating.format = DiskFormat::Cow;
    floating.qcowVersion = QcowVersion::Qcow2V3;
    floating.status = DiskStatus::Ok;
    floating.storageDomainIds = {id(502)};
    auto diskSnapshot = [&](int n, int parent, QcowVersion qcow) {
        DiskSnapshot s;
        s.id = id(1070 + n);
        s.parentId = parent ? id(1070 + parent) : QString();
        s.diskId = floating.id;
        s.snapshotId = id(2070 + n);
        s.format = DiskFormat::Cow;
        s.qcowVersion = qcow;
        return s;
    };
    Disk templateDisk = floating;
    templateDisk.id = id(8);
    templateDisk.alias = QStringLiteral("rhel9-base_Disk1");
    templateDisk.imageId = id(1080);
    Disk lun;
    lun.id = id(9);
    lun.storageType = DiskStorageType::Lun;

    const QSet<QString> templateDisks{templateDisk.id};
    QCOMPARE(AmendInventoryLoader::floatingDiskIds({floating, templateDisk, lun}, {}, templateDisks), QStringList{floating.id});

    const QHash<QString, QList<DiskSnapshot>> chains{
        {floating.id, {diskSnapshot(2, 1, QcowVersion::Qcow2V3), diskSnapshot(1, 0, QcowVersion::Qcow2V2)}}};
    const QList<AmendCandidate> candidates = AmendInventoryLoader::assemble({floating, templateDisk}, {}, {}, {}, {}, chains, templateDisks);
    QCOMPARE(candidates.size(), 2);
    const AmendCandidate &c = candidates.first();
    QVERIFY(c.vms.isEmpty());
    QVERIFY(c.volumesComplete);
    QVERIFY(!c.templateDisk);
    QCOMPARE(c.volumes.size(), 3);
    QCOMPARE(c.volumes.at(0).imageId, id(1071)); // the base, by the parent links
    QCOMPARE(c.volumes.at(0).qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V2));
    QCOMPARE(c.volumes.at(1).imageId, id(1072));
    QVERIFY(c.volumes.at(2).active);
    QCOMPARE(c.volumes.at(2).imageId, id(1073));
    // The 0.10 base below a 1.1 active volume: only visible through the disk snapshots.
    QCOMPARE(AmendRules::evaluate(c).changeCount(), 1);
    QVERIFY(AmendRules::evaluate(c).amendable());

    // Without its disk snapshots (a manager before 4.4.3) only the active volume is known.
    const AmendCandidate unknown = AmendInventoryLoader::assemble({floating}, {}, {}, {}, {}).first();
    QVERIFY(!unknown.volumesComplete);
    QCOMPARE(unknown.volumes.size(), 1);
    QCOMPARE(AmendRules::evaluate(unknown).reason, AmendRules::Reason::UpToDate);

    // The template's disk: refused in the manager's words.
    const AmendCandidate &t = candidates.last();
    QVERIFY(t.templateDisk);
    QVERIFY(t.volumesComplete);
    const AmendRules::Verdict verdict = AmendRules::evaluate(t, QcowVersion::Qcow2V2);
    QCOMPARE(verdict.reason, AmendRules::Reason::TemplateDisk);
    QCOMPARE(verdict.text, QStringLiteral("Cannot amend Virtual Disk. The amend operation does not support Template disks."));
}

QTEST_MAIN(TestAmendModels)
#include "tst_amendmodels.moc"
