// Issue 8 screens with real content from a lab at a fixed clock: the VM → General tab, the Tasks
// pane with a finished, a refused and a running operation, and the Events pane with the audit
// log those operations wrote. The operations are real (the lab runs qemu-img); only the
// "Started" times are pinned, as the lab pins the events' times.

#include "client.h"
#include "clienttestsupport.h"
#include "displaytext.h"
#include "eventlistmodel.h"
#include "eventspane.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "operationtracker.h"
#include "screenshottest.h"
#include "tasklistmodel.h"
#include "taskspane.h"
#include "vmgeneralpane.h"
#include "windowtestsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

namespace {

const QString screenshotTest = QStringLiteral("workspacepanes");
constexpr int loadTimeoutMs = 60000;
const QDateTime labNow(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

} // namespace

class TestWorkspacePanesScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void vmGeneral();
    void tasksAndEvents();

private:
    Vm vmNamed(const QString &name);

    LabProcess m_lab;
    Client m_client;
    QList<Vm> m_vms;
};

void TestWorkspacePanesScreenshot::initTestCase()
{
    LabProcess::Options options;
    options.fixedTime = labNow.toString(Qt::ISODate);
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto vms = await<QList<Vm>>([&](QObject *c, auto done) { m_client.vms(QString(), c, done); });
    QVERIFY2(vms.ok(), why(vms).constData());
    m_vms = vms.value;
}

void TestWorkspacePanesScreenshot::cleanupTestCase()
{
    m_lab.stop();
}

Vm TestWorkspacePanesScreenshot::vmNamed(const QString &name)
{
    for (const Vm &vm : std::as_const(m_vms)) {
        if (vm.name == name)
            return vm;
    }
    return {};
}

void TestWorkspacePanesScreenshot::vmGeneral()
{
    const Vm vm = vmNamed(QStringLiteral("web-01"));
    QVERIFY(!vm.id.isEmpty());
    QVERIFY(!vm.hostId.isEmpty()); // running, so it has a host to name

    MainWindow window(&m_client);
    window.resize(WindowTest::DefaultSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WindowTest::waitUntilVmsLoaded(&window, loadTimeoutMs);
    QVERIFY(WindowTest::selectVmById(&window, vm.id));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    auto *general = window.findChild<VmGeneralPane *>(QStringLiteral("vmGeneralPane"));
    QVERIFY(tabs && general);
    tabs->setCurrentWidget(general);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), loadTimeoutMs);

    // What the manager says about the VM, read here on its own, is what the tab says.
    const auto hosts = await<QList<Host>>([&](QObject *c, auto done) { m_client.hosts(c, done); });
    const auto clusters = await<QList<Cluster>>([&](QObject *c, auto done) { m_client.clusters(c, done); });
    const auto dataCenters = await<QList<DataCenter>>([&](QObject *c, auto done) { m_client.dataCenters(c, done); });
    const auto attachments = await<QList<DiskAttachment>>([&](QObject *c, auto done) { m_client.diskAttachments(vm.id, true, c, done); });
    const auto snapshots = await<QList<Snapshot>>([&](QObject *c, auto done) { m_client.snapshots(vm.id, c, done); });
    QVERIFY(hosts.ok() && clusters.ok() && dataCenters.ok() && attachments.ok() && snapshots.ok());
    QString hostName, clusterName, dataCenterName;
    for (const Host &host : hosts.value)
        hostName = host.id == vm.hostId ? host.name : hostName;
    for (const Cluster &cluster : clusters.value) {
        if (cluster.id != vm.clusterId)
            continue;
        clusterName = cluster.name;
        for (const DataCenter &dataCenter : dataCenters.value)
            dataCenterName = dataCenter.id == cluster.dataCenterId ? dataCenter.name : dataCenterName;
    }
    QVERIFY(!hostName.isEmpty() && !clusterName.isEmpty() && !dataCenterName.isEmpty());
    qint64 provisioned = 0;
    for (const DiskAttachment &attachment : attachments.value)
        provisioned += attachment.disk->provisionedSize.value_or(0);
    int taken = 0;
    for (const Snapshot &snapshot : snapshots.value)
        taken += snapshot.type == SnapshotType::Active ? 0 : 1;

    QTRY_COMPARE_WITH_TIMEOUT(general->value(QStringLiteral("host")), hostName, loadTimeoutMs);
    QCOMPARE(general->value(QStringLiteral("name")), vm.name);
    QCOMPARE(general->value(QStringLiteral("cluster")), clusterName);
    QCOMPARE(general->value(QStringLiteral("dataCenter")), dataCenterName);
    QCOMPARE(general->value(QStringLiteral("id")), vm.id);
    QVERIFY(vm.cpuSockets && vm.cpuCores && vm.cpuThreads);
    QVERIFY2(general->value(QStringLiteral("cpus")).startsWith(QString::number(*vm.cpuSockets * *vm.cpuCores * *vm.cpuThreads) + QLatin1Char(' ')),
             qPrintable(general->value(QStringLiteral("cpus"))));
    QCOMPARE(general->value(QStringLiteral("disks")), QCoreApplication::translate("VmGeneralPane", "%n disks", nullptr, int(attachments.value.size())));
    QCOMPARE(general->value(QStringLiteral("provisioned")), DisplayText::dataSize(provisioned));
    QCOMPARE(general->value(QStringLiteral("snapshots")), QCoreApplication::translate("VmGeneralPane", "%n snapshots", nullptr, taken));
    QCOMPARE(general->value(QStringLiteral("created")), DisplayText::dateTime(vm.creationTime));

    window.findChild<EventsPane *>()->stop();
    DISKDESK_VERIFY_SCREENSHOT(tabs, screenshotTest, QStringLiteral("vm-general"));
}

void TestWorkspacePanesScreenshot::tasksAndEvents()
{
    const Vm db = vmNamed(QStringLiteral("db-01"));
    const Vm build = vmNamed(QStringLiteral("build-01"));
    QVERIFY(!db.id.isEmpty() && !build.id.isEmpty());

    TasksPane tasks;
    tasks.resize(900, 220);
    tasks.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tasks));

    // 1. A snapshot, followed to the manager's "completed".
    CreateSnapshotRequest first;
    first.vmId = db.id;
    first.description = QStringLiteral("before upgrade");
    OperationTracker *created = OperationTracker::createSnapshot(&m_client, first, nullptr, testTiming());
    created->setDescription(QStringLiteral("Create snapshot \u201cbefore upgrade\u201d of db-01"));
    tasks.track(created, labNow.addSecs(60));
    QTRY_VERIFY_WITH_TIMEOUT(tasks.model()->runningCount() == 0, loadTimeoutMs);
    QCOMPARE(tasks.model()->state(0), TaskListModel::State::Succeeded);

    // 2. One the manager refuses: nothing is previewed on db-01, so there is nothing to commit.
    OperationTracker *refused = OperationTracker::commitSnapshot(&m_client, db.id, nullptr, testTiming());
    refused->setDescription(QStringLiteral("Commit snapshot of db-01"));
    tasks.track(refused, labNow.addSecs(120));
    QTRY_VERIFY_WITH_TIMEOUT(tasks.model()->runningCount() == 0, loadTimeoutMs);
    QCOMPARE(tasks.model()->state(0), TaskListModel::State::Failed);
    QVERIFY2(!tasks.model()->message(0).isEmpty(), "the manager's refusal is shown");

    // 3. One that fails on the storage: the active volume of a legacy-app disk is gone from
    // the domain (as after a storage fault), so qemu-img cannot create the overlay on it; the
    // manager logs an error event.
    const Vm legacy = vmNamed(QStringLiteral("legacy-app"));
    const auto legacyDisks = await<QList<DiskAttachment>>([&](QObject *c, auto done) { m_client.diskAttachments(legacy.id, true, c, done); });
    QVERIFY2(legacyDisks.ok() && !legacyDisks.value.isEmpty() && legacyDisks.value.constFirst().disk, why(legacyDisks).constData());
    const QString volumeId = legacyDisks.value.constFirst().disk->imageId;
    QString volumePath;
    for (QDirIterator it(m_lab.dataDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        if (it.fileName() == volumeId)
            volumePath = path;
    }
    QVERIFY2(!volumePath.isEmpty() && QFile::remove(volumePath), qPrintable(volumeId));
    CreateSnapshotRequest broken;
    broken.vmId = legacy.id;
    broken.description = QStringLiteral("before migration");
    OperationTracker *failing = OperationTracker::createSnapshot(&m_client, broken, nullptr, testTiming());
    failing->setDescription(QStringLiteral("Create snapshot \u201cbefore migration\u201d of legacy-app"));
    tasks.track(failing, labNow.addSecs(150));
    QTRY_VERIFY_WITH_TIMEOUT(tasks.model()->runningCount() == 0, loadTimeoutMs);
    QCOMPARE(tasks.model()->state(0), TaskListModel::State::Failed);

    // 4. One still under way: grabbed as soon as it is listed, before any reply.
    CreateSnapshotRequest second;
    second.vmId = build.id;
    second.description = QStringLiteral("nightly");
    OperationTracker *running = OperationTracker::createSnapshot(&m_client, second, nullptr, testTiming());
    running->setDescription(QStringLiteral("Create snapshot \u201cnightly\u201d of build-01"));
    tasks.track(running, labNow.addSecs(180));
    QCOMPARE(tasks.model()->state(0), TaskListModel::State::Running);
    // The busy bar moves with the clock: checked here, left out of the picture (the table).
    auto *busyBar = tasks.findChild<QWidget *>(QStringLiteral("tasksBusyBar"));
    QVERIFY(busyBar && busyBar->isVisible());
    const QImage runningShot = ScreenshotTest::grab(tasks.findChild<QWidget *>(QStringLiteral("tasksStack")));
    QTRY_VERIFY_WITH_TIMEOUT(tasks.model()->runningCount() == 0, loadTimeoutMs);
    QCOMPARE(tasks.model()->state(0), TaskListModel::State::Succeeded);
    QVERIFY(!busyBar->isVisible());
    {
        QString failure;
        QString why;
        if (!ScreenshotTest::appearanceMatches(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(ScreenshotTest::matchesGolden(runningShot, screenshotTest, QStringLiteral("tasks-running"), &failure),
                 qPrintable(failure));
    }
    DISKDESK_VERIFY_SCREENSHOT(&tasks, screenshotTest, QStringLiteral("tasks-finished"));

    // The audit log those operations wrote, at the lab's fixed clock.
    EventsPane events(&m_client);
    events.resize(900, 240);
    events.show();
    QVERIFY(QTest::qWaitForWindowExposed(&events));
    events.poll();
    QTRY_VERIFY_WITH_TIMEOUT(!events.isPolling() && events.model()->rowCount() >= 6, loadTimeoutMs);
    events.stop();
    QStringList texts;
    for (int row = 0; row < events.model()->rowCount(); ++row)
        texts << events.model()->index(row, EventListModel::MessageColumn).data().toString();
    QVERIFY2(!texts.filter(QStringLiteral("before upgrade")).isEmpty(), qPrintable(texts.join(u'|')));
    QVERIFY2(!texts.filter(QStringLiteral("nightly")).isEmpty(), qPrintable(texts.join(u'|')));
    QVERIFY2(!texts.filter(QStringLiteral("Failed to complete snapshot 'before migration'")).isEmpty(), qPrintable(texts.join(u'|')));
    DISKDESK_VERIFY_SCREENSHOT(&events, screenshotTest, QStringLiteral("events"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestWorkspacePanesScreenshot)
#include "tst_workspace_panes_screenshot.moc"
