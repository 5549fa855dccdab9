// Issue 5 end to end, the way a person does it with DiskDesk against a live diskdesk-lab:
// upgrade the cluster then the data center from the Data Centers page (the v3 domain moves to
// v5), snapshot an old disk (a mixed 0.10/1.1 chain), find it with the Disks page's "Amendable
// only" filter, amend it with the Amend dialog together with a disk the manager would refuse
// (left out, in its words), and check the files: every volume reads compat 1.1 in qemu-img info
// and the data written before reads back with qemu-io. Also the amend tracker's failures: a
// refused PUT and an amend the manager starts but fails.

#include "amenddialog.h"
#include "amendplanmodel.h"
#include "client.h"
#include "compatversionmodel.h"
#include "datacenterspage.h"
#include "diskamend.h"
#include "diskinventoryfilterproxymodel.h"
#include "diskinventorymodel.h"
#include "diskspage.h"
#include "amendinventoryloader.h"
#include "clienttestsupport.h"
#include "floatingchain.h"
#include "labprocess.h"
#include "operationtracker.h"
#include "upgradeversiondialog.h"
#include "vmdiskactions.h"
#include "vmdisklistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QTemporaryDir>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

namespace {

QJsonObject qemuInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("--output=json"), QStringLiteral("-U"), path});
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString compatOf(const QString &path)
{
    return qemuInfo(path).value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("compat")).toString();
}

/// Empty when qemu-io succeeded (a read with -P verifies the pattern), else what it said.
QString qemuIo(const QString &path, const QString &command, bool readOnly)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), command, path};
    if (readOnly)
        args.prepend(QStringLiteral("-r"));
    p.start(QStringLiteral("qemu-io"), args);
    p.waitForFinished(60000);
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitCode() != 0 || out.contains(QLatin1String("failed")) || out.contains(QLatin1String("error")))
        return out.isEmpty() ? QStringLiteral("qemu-io failed") : out;
    return {};
}

} // namespace

class TestE2eAmend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeFromTheDataCentersPage();
    void amendMixedChainFromTheDisksPage();
    void trackerReportsRefusalAndFailure();
    void amendFromTheVmDisksTab();
    void floatingDiskChainAndTemplateDisk();

private:
    /// The VM's Disks tab as MainWindow builds it: the attachments (follow=disk) in a table,
    /// with VmDiskActions on it.
    struct DisksTab
    {
        QWidget window;
        QTableView table{&window};
        VmDiskListModel model;
        Vm vm;
        QList<Snapshot> snapshots;
        std::unique_ptr<VmDiskActions> actions;
        QAction *amend = nullptr;
    };
    bool openDisksTab(DisksTab &tab, const QString &vmName);
    int rowOfAttachment(const DisksTab &tab, const QString &alias)
    {
        for (int row = 0; row < tab.model.attachments().size(); ++row) {
            if (tab.model.attachments().at(row).disk && tab.model.attachments().at(row).disk->alias == alias)
                return row;
        }
        return -1;
    }

    QString volumePath(const QString &domainId, const QString &diskId, const QString &volumeId) const
    {
        return QStringLiteral("%1/domains/%2/images/%3/%4").arg(m_lab.dataDir(), domainId, diskId, volumeId);
    }
    int rowOfAlias(DiskInventoryModel *model, const QString &alias)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->candidate(row).disk.alias == alias)
                return row;
        }
        return -1;
    }
    bool followTo(OperationTracker *tracker, bool *ok, QString *message)
    {
        bool finished = false;
        connect(tracker, &OperationTracker::finished, this, [&](bool success, const QString &text) {
            finished = true;
            *ok = success;
            *message = text;
        });
        return QTest::qWaitFor([&] { return finished; }, 120000);
    }

    LabProcess m_lab;
    Client m_client;
};

void TestE2eAmend::initTestCase()
{
    QVERIFY2(m_lab.start(LabProcess::Options{}), qPrintable(m_lab.errorString()));
    m_client.setApiUrl(m_lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) { m_client.login(QStringLiteral("admin@internal"), m_lab.password(), ctx, done); });
    QVERIFY2(root.ok(), qPrintable(root.error ? root.error->text() : QString()));
}

void TestE2eAmend::upgradeFromTheDataCentersPage()
{
    DataCentersPage page(&m_client);
    QSignalSpy loaded(&page, &DataCentersPage::loadingFinished);
    page.refresh();
    QVERIFY(loaded.wait(30000));
    CompatVersionModel *model = page.model();
    QCOMPARE(model->rowCount(), 2); // Default data center, Default cluster
    const DataCenter dc = *model->dataCenterAt(0);
    const Cluster cluster = *model->clusterAt(1);
    QCOMPARE(dc.version, (Version{4, 7}));

    // The data center first: held back by its cluster, in the manager's words.
    page.selectRow(dc.id);
    std::unique_ptr<UpgradeVersionDialog> dialog(page.createUpgradeDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->validationError().contains(QStringLiteral("The following clusters should be upgraded: Default.")));

    // The cluster to 4.8, confirmed.
    page.selectRow(cluster.id);
    dialog.reset(page.createUpgradeDialog());
    QCOMPARE(dialog->kind(), UpgradeVersionDialog::Kind::Cluster);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("versionCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("4.8")));
    dialog->setConfirmed(true);
    QVERIFY(dialog->validationError().isEmpty());
    QSignalSpy changed(&page, &DataCentersPage::versionChanged);
    page.upgrade(*dialog);
    QVERIFY(changed.wait(30000));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("Cluster Default is now at compatibility version 4.8."));
    QVERIFY(loaded.wait(30000));

    // Now the data center: the manager offers 4.8, and its domains follow to v5.
    page.selectRow(dc.id);
    dialog.reset(page.createUpgradeDialog());
    QCOMPARE(dialog->selectedVersion(), (Version{4, 8}));
    QVERIFY(dialog->consequences().first().contains(QStringLiteral("data-legacy from V3 to V5")));
    dialog->setConfirmed(true);
    page.upgrade(*dialog);
    QVERIFY(changed.wait(30000));
    const auto domains = await<QList<StorageDomain>>([&](QObject *ctx, auto done) { m_client.storageDomains(ctx, done); });
    QVERIFY(domains.ok());
    for (const StorageDomain &domain : domains.value)
        QCOMPARE(domain.storageFormat, std::optional<StorageFormat>(StorageFormat::V5));

    // Lowering it again is refused by the manager, and the client shows its text.
    const auto down = await<DataCenter>([&](QObject *ctx, auto done) { m_client.updateDataCenterVersion(dc.id, {4, 2}, ctx, done); });
    QVERIFY(!down.ok());
    QVERIFY2(down.error->text().contains(QStringLiteral("storage format downgrading")), qPrintable(down.error->text()));
}

void TestE2eAmend::amendMixedChainFromTheDisksPage()
{
    // legacy-app_Disk1 holds 0.10 data; a snapshot on the upgraded domain gives a 1.1 overlay.
    DisksPage page(&m_client);
    QSignalSpy loaded(&page, &DisksPage::loadingFinished);
    page.refresh();
    QVERIFY(loaded.wait(60000));
    int row = rowOfAlias(page.model(), QStringLiteral("legacy-app_Disk1"));
    QVERIFY(row >= 0);
    AmendCandidate legacy = page.model()->candidate(row);
    const QString domainId = legacy.disk.storageDomainIds.first();
    const QString basePath = volumePath(domainId, legacy.id(), legacy.disk.imageId);
    QCOMPARE(qemuIo(basePath, QStringLiteral("write -P 0x5a 0 1M"), false), QString());

    OperationTracker *snapshot = OperationTracker::createSnapshot(&m_client, {legacy.vms.first().vmId, QStringLiteral("after upgrade"), false, std::nullopt},
                                                                  this, testTiming());
    bool ok = false;
    QString message;
    QVERIFY(followTo(snapshot, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    delete snapshot;

    page.refresh();
    QVERIFY(loaded.wait(60000));
    row = rowOfAlias(page.model(), QStringLiteral("legacy-app_Disk1"));
    legacy = page.model()->candidate(row);
    QCOMPARE(legacy.volumes.size(), 2);
    QCOMPARE(legacy.volumes.first().qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V2));
    QCOMPARE(legacy.volumes.last().qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V3));
    const QString topPath = volumePath(domainId, legacy.id(), legacy.disk.imageId);
    QCOMPARE(compatOf(basePath), QStringLiteral("0.10"));
    QCOMPARE(compatOf(topPath), QStringLiteral("1.1"));
    QCOMPARE(qemuIo(topPath, QStringLiteral("write -P 0xa5 1M 1M"), false), QString());

    // The filter finds it (and not the running mail-01's disk).
    page.setAmendableOnly(true);
    QStringList amendable;
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        amendable << page.proxy()->index(r, DiskInventoryModel::AliasColumn).data().toString();
    QVERIFY2(amendable.contains(QStringLiteral("legacy-app_Disk1")), qPrintable(amendable.join(QLatin1Char(','))));
    QVERIFY(!amendable.contains(QStringLiteral("mail-01_Disk1")));
    page.setAmendableOnly(false);

    // Select legacy-app_Disk1 and mail-01_Disk1, open the dialog for "the selected disks".
    QItemSelectionModel *selection = page.table()->selectionModel();
    selection->clear();
    for (const QString &alias : {QStringLiteral("legacy-app_Disk1"), QStringLiteral("mail-01_Disk1")}) {
        const QModelIndex index = page.proxy()->mapFromSource(page.model()->index(rowOfAlias(page.model(), alias), 0));
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    std::unique_ptr<AmendDialog> dialog(page.createAmendSelectedDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->amendableCount(), 1);
    QCOMPARE(dialog->leftOut().size(), 1);
    QCOMPARE(dialog->leftOut().first().second, QStringLiteral("Cannot amend Virtual Disk. The disk mail-01_Disk1 is plugged to non-Down VMs: mail-01"));
    QSignalSpy trackers(dialog.get(), &AmendDialog::trackerStarted);
    QSignalSpy finished(dialog.get(), &AmendDialog::allFinished);
    dialog->start();
    QCOMPARE(trackers.count(), 1);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(dialog->plan()->index(0, AmendPlanModel::ProgressColumn).data().toString(), QStringLiteral("legacy-app_Disk1 has been amended successfully."));

    // The files: every volume 1.1, the data of before intact through the chain.
    QCOMPARE(compatOf(basePath), QStringLiteral("1.1"));
    QCOMPARE(compatOf(topPath), QStringLiteral("1.1"));
    QCOMPARE(qemuIo(topPath, QStringLiteral("read -P 0x5a 0 1M"), true), QString());
    QCOMPARE(qemuIo(topPath, QStringLiteral("read -P 0xa5 1M 1M"), true), QString());

    // The page reloads after the amends (allFinished) and shows it up to date.
    QVERIFY(loaded.wait(60000));
    row = rowOfAlias(page.model(), QStringLiteral("legacy-app_Disk1"));
    QCOMPARE(page.model()->verdict(row).reason, AmendRules::Reason::UpToDate);
    QCOMPARE(page.model()->index(row, DiskInventoryModel::ChainColumn).data().toString(), QStringLiteral("1.1 \u00d72"));
}

void TestE2eAmend::trackerReportsRefusalAndFailure()
{
    const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.disks({}, ctx, done); });
    QVERIFY(disks.ok());
    QString mailDisk, sharedDisk;
    for (const Disk &disk : disks.value) {
        if (disk.alias == QLatin1String("mail-01_Disk1"))
            mailDisk = disk.id;
        if (disk.alias == QLatin1String("shared-data"))
            sharedDisk = disk.id;
    }
    // A raw disk: the PUT itself is refused, the tracker fails with the fault.
    bool ok = true;
    QString message;
    QVERIFY(followTo(DiskAmend::start(&m_client, {}, sharedDisk, QStringLiteral("shared-data"), QcowVersion::Qcow2V3, this, testTiming()), &ok, &message));
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("The amend operation does not support disk without any QCOW2 volumes.")), qPrintable(message));

    // mail-01 runs: accepted, then the amend fails (1330), the disk stays at 0.10.
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vms(QStringLiteral("name=mail-01"), ctx, done); });
    QVERIFY(vms.ok() && vms.value.size() == 1);
    ok = true;
    QVERIFY(followTo(DiskAmend::start(&m_client, vms.value.first().id, mailDisk, QStringLiteral("mail-01_Disk1"), QcowVersion::Qcow2V3, this, testTiming()),
                     &ok, &message));
    QVERIFY(!ok);
    QCOMPARE(message, QStringLiteral("Failed to amend mail-01_Disk1."));
    const auto disk = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(mailDisk, ctx, done); });
    QCOMPARE(disk.value.qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V2));
}

bool TestE2eAmend::openDisksTab(DisksTab &tab, const QString &vmName)
{
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vms(QStringLiteral("name=") + vmName, ctx, done); });
    if (!vms.ok() || vms.value.size() != 1)
        return false;
    tab.vm = vms.value.first();
    const auto attachments = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) { m_client.diskAttachments(tab.vm.id, true, ctx, done); });
    const auto snapshots = await<QList<Snapshot>>([&](QObject *ctx, auto done) { m_client.snapshots(tab.vm.id, ctx, done); });
    if (!attachments.ok() || !snapshots.ok())
        return false;
    tab.snapshots = snapshots.value;
    tab.model.setAttachments(attachments.value);
    tab.table.setModel(&tab.model);
    tab.table.setSelectionBehavior(QAbstractItemView::SelectRows);
    tab.table.setSelectionMode(QAbstractItemView::SingleSelection);
    DisksTab *t = &tab;
    tab.actions = std::make_unique<VmDiskActions>(&m_client, &tab.table, &tab.model, [t] { return std::optional<Vm>(t->vm); },
                                                  [t] { return t->snapshots; }, &tab.window);
    tab.amend = tab.window.findChild<QAction *>(QStringLiteral("amendDiskAction"));
    return tab.amend && tab.actions->actions().contains(tab.amend) && tab.actions->toolBar()->actions().contains(tab.amend);
}

void TestE2eAmend::amendFromTheVmDisksTab()
{
    // mail-01 runs: Amend… stays disabled and says why, in the manager's words.
    {
        DisksTab mail;
        QVERIFY(openDisksTab(mail, QStringLiteral("mail-01")));
        mail.table.selectRow(rowOfAttachment(mail, QStringLiteral("mail-01_Disk1")));
        QVERIFY(!mail.amend->isEnabled());
        QCOMPARE(mail.amend->toolTip(), QStringLiteral("Cannot amend Virtual Disk. The disk mail-01_Disk1 is plugged to non-Down VMs: mail-01"));
    }
    // web-01's raw shared disk: nothing to amend.
    {
        DisksTab web;
        QVERIFY(openDisksTab(web, QStringLiteral("web-01")));
        web.table.selectRow(rowOfAttachment(web, QStringLiteral("shared-data")));
        QVERIFY(!web.amend->isEnabled());
        QVERIFY2(web.amend->toolTip().contains(QStringLiteral("does not support disk without any QCOW2 volumes")), qPrintable(web.amend->toolTip()));
    }

    // db-01 is down, its disks on data-legacy (V5 since the upgrade): 0.10 volumes, and a raw
    // base under a 0.10 overlay. Nothing selected: the dialog takes every disk of the VM.
    DisksTab db;
    QVERIFY(openDisksTab(db, QStringLiteral("db-01")));
    db.table.selectRow(rowOfAttachment(db, QStringLiteral("db-01_Disk1")));
    QVERIFY(db.amend->isEnabled());
    db.table.clearSelection();
    db.actions->update();
    QVERIFY(db.amend->isEnabled());
    QSignalSpy trackers(db.actions.get(), &VmDiskActions::trackerStarted);
    db.amend->trigger();
    AmendDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = db.window.findChild<AmendDialog *>()) != nullptr; }, 30000));
    QCOMPARE(dialog->amendableCount(), 2);
    QVERIFY(dialog->leftOut().isEmpty());
    // Every volume, the raw base included (unchanged), in the plan.
    QCOMPARE(dialog->plan()->rowCount(), 4);
    QSignalSpy finished(dialog, &AmendDialog::allFinished);
    dialog->start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(trackers.count(), 2);

    // The files, as /disks/{id}/disksnapshots lists them with the active volume.
    for (const DiskAttachment &attachment : db.model.attachments()) {
        const auto volumes = await<QList<DiskSnapshot>>([&](QObject *ctx, auto done) { m_client.diskSnapshots(attachment.diskId, true, ctx, done); });
        QVERIFY(volumes.ok());
        QCOMPARE(volumes.value.size(), 2);
        for (const DiskSnapshot &volume : volumes.value) {
            const QString path = volumePath(attachment.disk->storageDomainIds.first(), attachment.diskId, volume.id);
            if (volume.format == DiskFormat::Raw)
                QCOMPARE(compatOf(path), QString());
            else
                QCOMPARE(compatOf(path), QStringLiteral("1.1"));
        }
    }

}

void TestE2eAmend::floatingDiskChainAndTemplateDisk()
{
    // A lab of its own where web-01_Disk2 is a floating disk that kept its two volumes; its base
    // is made 0.10 behind the manager's back (the active volume stays 1.1).
    LabProcess lab;
    QTemporaryDir dir;
    LabProcess::Options options;
    options.dataDir = dir.path();
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    QCOMPARE(lab.stop(), 0);
    const QString made = makeFloatingChain(dir.path(), QStringLiteral("web-01_Disk2"));
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    Client client;
    client.setApiUrl(lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) { client.login(QStringLiteral("admin@internal"), lab.password(), ctx, done); });
    QVERIFY(root.ok());

    DisksPage page(&client);
    QSignalSpy loaded(&page, &DisksPage::loadingFinished);
    page.refresh();
    QVERIFY(loaded.wait(60000));
    int row = rowOfAlias(page.model(), QStringLiteral("web-01_Disk2"));
    QVERIFY(row >= 0);
    AmendCandidate floating = page.model()->candidate(row);
    QVERIFY(floating.vms.isEmpty());
    QVERIFY(floating.volumesComplete);
    QCOMPARE(floating.volumes.size(), 2);
    const QString domain = floating.disk.storageDomainIds.first();
    const QString basePath = QStringLiteral("%1/domains/%2/images/%3/%4").arg(lab.dataDir(), domain, floating.id(), floating.volumes.first().imageId);
    QCOMPARE(compatOf(basePath), QStringLiteral("1.1"));
    QProcess amend;
    amend.start(QStringLiteral("qemu-img"), {QStringLiteral("amend"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                             QStringLiteral("compat=0.10"), basePath});
    QVERIFY(amend.waitForFinished(60000) && amend.exitCode() == 0);

    page.refresh();
    QVERIFY(loaded.wait(60000));
    row = rowOfAlias(page.model(), QStringLiteral("web-01_Disk2"));
    floating = page.model()->candidate(row);
    QCOMPARE(floating.volumes.first().qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V2));
    QCOMPARE(floating.volumes.last().qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V3));
    QVERIFY(floating.volumes.last().active);
    QCOMPARE(page.model()->verdict(row).reason, AmendRules::Reason::None);
    QCOMPARE(page.model()->index(row, DiskInventoryModel::ChainColumn).data().toString(), QStringLiteral("0.10, 1.1"));

    // The template's disk is known as one, and refused in the manager's words.
    const int templateRow = rowOfAlias(page.model(), QStringLiteral("rhel9-base_Disk1"));
    QVERIFY(templateRow >= 0);
    const AmendCandidate templ = page.model()->candidate(templateRow);
    QVERIFY(templ.templateDisk);
    QCOMPARE(AmendRules::evaluate(templ, QcowVersion::Qcow2V2).text,
             QStringLiteral("Cannot amend Virtual Disk. The amend operation does not support Template disks."));

    // Amend the floating disk from the page: through /disks/{id}, the whole chain.
    page.selectDisk(floating.id());
    std::unique_ptr<AmendDialog> dialog(page.createAmendSelectedDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->amendableCount(), 1);
    QSignalSpy finished(dialog.get(), &AmendDialog::allFinished);
    dialog->start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(compatOf(basePath), QStringLiteral("1.1"));
    QCOMPARE(lab.stop(), 0);
}

QTEST_MAIN(TestE2eAmend)
#include "tst_e2e_amend.moc"
