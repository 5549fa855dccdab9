#include "client.h"
#include "clienttestsupport.h"
#include "diskdetailspane.h"
#include "disklistmodel.h"
#include "eventlistmodel.h"
#include "eventspane.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "operationtracker.h"
#include "screenshottest.h"
#include "snapshotlistmodel.h"
#include "taskspane.h"
#include "tasklistmodel.h"
#include "vmlistmodel.h"
#include "windowtestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace {

const QString screenshotTest = QStringLiteral("mainwindow");
constexpr int loadTimeoutMs = 60000;

} // namespace

/// The main window against the lab's demo inventory, at a fixed size and a fixed clock.
class TestMainWindowScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void vmDisks();
    void vmSnapshots();
    void storageDomains();
    void storageCapacity();
    void diskDetails();
    void diskChain();
    void emptySearch();
    void previewing();
    void refusedAction();
    void connectionLost();

private:
    void waitUntilLoaded();
    void waitUntilLoadedAllowEmpty();
    /// The events pane shows the lab's audit log, newest first; its times are fixed.
    void waitForEvents();
    void selectVm(const QString &vmId);
    /// Replaces what changes from run to run (the lab's port) before a grab.
    void maskVolatileText();

    LabProcess m_lab;
    Client m_client;
    QString m_vmWithSnapshots;
    int m_snapshotCount = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowScreenshot::initTestCase()
{
    LabProcess::Options options;
    options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    // Saved searches never come from (or go to) the person's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QString error = loginTo(m_client, m_lab, loadTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The state worth showing: the VM with the most snapshots (the demo has one with a
    // snapshot of all disks and one of only some).
    m_vmWithSnapshots = vmWithMostSnapshots(m_client, &m_snapshotCount, &error, loadTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_snapshotCount > 1, "the demo inventory has no VM with snapshots");

    m_window = WindowTest::openMainWindow(&m_client);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    waitUntilLoaded();
    selectVm(m_vmWithSnapshots);
    waitUntilLoaded();
    waitForEvents();

    auto *snapshots = m_window->findChild<QTableView *>(QStringLiteral("snapshotTable"));
    QVERIFY(snapshots);
    QCOMPARE(snapshots->model()->rowCount(), m_snapshotCount);
    // Every snapshot row names its disks (each disks reply has arrived).
    for (int row = 0; row < m_snapshotCount; ++row) {
        QVERIFY2(!snapshots->model()
                      ->index(row, SnapshotListModel::DisksColumn)
                      .data()
                      .toString()
                      .isEmpty(),
                 qPrintable(QString::number(row)));
    }
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(),
             qPrintable(m_window->statusBar()->currentMessage()));
    maskVolatileText();
}

void TestMainWindowScreenshot::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
}

void TestMainWindowScreenshot::waitUntilLoaded()
{
    WindowTest::waitUntilVmsLoaded(m_window.get(), loadTimeoutMs);
}

void TestMainWindowScreenshot::waitUntilLoadedAllowEmpty()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
}

void TestMainWindowScreenshot::waitForEvents()
{
    EventsPane *pane = m_window->eventsPane();
    QSignalSpy polled(pane, &EventsPane::polled);
    pane->poll();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isPolling(), loadTimeoutMs);
    pane->stop(); // no new rows between two grabs
}

void TestMainWindowScreenshot::selectVm(const QString &vmId)
{
    QTableView *vmTable = WindowTest::selectVmById(m_window.get(), vmId);
    QVERIFY2(vmTable, "VM not in the table");
    // Focused, as after a click: the goldens show the selection in the active colour.
    vmTable->setFocus();
}

void TestMainWindowScreenshot::maskVolatileText()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QString text = label->text();
    QVERIFY2(text.contains(m_lab.apiUrl().toDisplayString()), qPrintable(text));
    QUrl fixed = m_lab.apiUrl();
    fixed.setPort(8080);
    label->setText(text.replace(m_lab.apiUrl().toDisplayString(), fixed.toDisplayString()));
}

void TestMainWindowScreenshot::vmDisks()
{
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    QVERIFY(details);
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("disksPage")));
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("vm-disks"));
}

void TestMainWindowScreenshot::vmSnapshots()
{
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    QVERIFY(details);
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("snapshotsPage")));
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("vm-snapshots"));
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("disksPage")));
}

void TestMainWindowScreenshot::storageDomains()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("storageDomainsPage")));
    m_window->navigateTo({InventoryNode::Kind::StorageDomain,
                          m_window->findChild<QTableView *>(QStringLiteral("storageDomainTable"))
                              ->model()->index(1, 0).data(Qt::UserRole + 1).toString()});
    QCOMPARE(m_window->findChild<QTableView *>(QStringLiteral("domainDiskTable"))->model()->rowCount(), 7);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("storage-domains"));
}

void TestMainWindowScreenshot::storageCapacity()
{
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("storageDomainDetailsTabs"));
    QVERIFY(details);
    details->setCurrentIndex(1);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("storage-capacity"));
    details->setCurrentIndex(0);
}

void TestMainWindowScreenshot::diskDetails()
{
    std::optional<Result<QList<Disk>>> disks;
    m_client.disks(QStringLiteral("alias=web-01_Disk1"), this, [&](Result<QList<Disk>> result) { disks = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(disks.has_value(), loadTimeoutMs);
    QVERIFY(disks->ok() && disks->value.size() == 1);
    auto *pane = m_window->findChild<DiskDetailsPane *>(QStringLiteral("diskDetailsPane"));
    QSignalSpy loaded(pane, &DiskDetailsPane::loaded);
    m_window->navigateTo({InventoryNode::Kind::Disk, disks->value.first().id});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), loadTimeoutMs);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("disk-details"));
}

void TestMainWindowScreenshot::diskChain()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("diskDetailsTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("disk-chain"));
    tabs->setCurrentIndex(0);
}

void TestMainWindowScreenshot::emptySearch()
{
    // A search that finds nothing says so and how to get back, instead of an empty grid.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("vmsPage")));
    m_window->search(QStringLiteral("name=nothing*"));
    waitUntilLoadedAllowEmpty();
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("empty-search"));
    m_window->search(QString());
    waitUntilLoaded();
}

void TestMainWindowScreenshot::previewing()
{
    // db-01 previewing its snapshot (started through the api library, so the Tasks pane shows
    // its empty state): the previewed snapshot in preview, "Active VM before the preview" kept
    // for undo, Commit and Undo offered, Create/Preview/Delete not.
    std::optional<Result<QList<Vm>>> vms;
    m_client.vms(QStringLiteral("name=db-01"), this, [&](Result<QList<Vm>> result) { vms = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(vms.has_value(), loadTimeoutMs);
    QVERIFY(vms->ok() && vms->value.size() == 1);
    const QString vmId = vms->value.first().id;
    std::optional<Result<QList<Snapshot>>> snapshots;
    m_client.snapshots(vmId, this, [&](Result<QList<Snapshot>> result) { snapshots = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.has_value(), loadTimeoutMs);
    QString snapshotId;
    for (const Snapshot &snapshot : std::as_const(snapshots->value)) {
        if (snapshot.type == SnapshotType::Regular)
            snapshotId = snapshot.id;
    }
    QVERIFY(!snapshotId.isEmpty());
    OperationTracker *tracker = OperationTracker::previewSnapshot(&m_client, PreviewSnapshotRequest{vmId, snapshotId, false, std::nullopt});
    QSignalSpy finished(tracker, &OperationTracker::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, loadTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    delete tracker;

    m_window->refresh();
    waitUntilLoaded();
    selectVm(vmId);
    waitUntilLoaded();
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    QVERIFY(details);
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("snapshotsPage")));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("snapshotTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!table->model()->index(row, SnapshotListModel::DisksColumn).data().toString().isEmpty());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("tasksPlaceholder"))->isVisible());
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("previewing"));
}

void TestMainWindowScreenshot::refusedAction()
{
    // db-01 still previews; another administrator's snapshot request (sent past this window's
    // own checks) is refused by the manager: the Tasks pane keeps it in red with the manager's
    // sentence, the status bar repeats it, and nothing changes in the lists.
    auto *vmTable = m_window->findChild<QTableView *>(QStringLiteral("vmTable"));
    const QString vmId = vmTable->currentIndex().data(VmListModel::IdRole).toString();
    QVERIFY(!vmId.isEmpty());
    auto *tasks = m_window->findChild<TasksPane *>(QStringLiteral("tasksPane"));
    QVERIFY(tasks);
    CreateSnapshotRequest request;
    request.vmId = vmId;
    request.description = QStringLiteral("before patching");
    OperationTracker *tracker = OperationTracker::createSnapshot(&m_client, request);
    tracker->setDescription(QStringLiteral("Create snapshot \u201cbefore patching\u201d of db-01"));
    tasks->track(tracker, QDateTime(QDate(2026, 3, 2), QTime(9, 31), Qt::UTC).toLocalTime());
    QTRY_VERIFY_WITH_TIMEOUT(tasks->model()->runningCount() == 0, loadTimeoutMs);
    QCOMPARE(tasks->model()->state(0), TaskListModel::State::Failed);
    const QString refusal = tasks->model()->message(0);
    QVERIFY2(refusal.startsWith(QStringLiteral("Cannot create Snapshot.")), qPrintable(refusal));
    waitUntilLoaded();
    QCOMPARE(m_window->statusBar()->currentMessage(), refusal);
    auto *snapshots = m_window->findChild<QTableView *>(QStringLiteral("snapshotTable"));
    QCOMPARE(snapshots->model()->rowCount(), 3);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("refused-action"));
}

void TestMainWindowScreenshot::connectionLost()
{
    // The manager goes away and F5 cannot reach it: the lists keep what was loaded, a line above
    // them says why and how to try again, and the status bar offers to reconnect now.
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_lab.apiUrl().port());
    const QString shownAddress = QStringLiteral("127.0.0.1:8080");
    m_lab.stop();
    m_window->refresh();
    waitUntilLoaded();
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("staleDataBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), loadTimeoutMs);
    auto *status = m_window->findChild<QWidget *>(QStringLiteral("connectionStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), loadTimeoutMs);

    // What changes from run to run: the lab's port, and the seconds to the next retry (its
    // countdown stopped for the grab).
    auto *text = m_window->findChild<QLabel *>(QStringLiteral("staleDataText"));
    QVERIFY2(text->text().contains(address), qPrintable(text->text()));
    text->setText(text->text().replace(address, shownAddress));
    for (QTimer *countdown : status->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        countdown->stop();
    auto *state = m_window->findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
    QVERIFY2(state->text().startsWith(QStringLiteral("Connection lost; retrying")), qPrintable(state->text()));
    state->setText(QStringLiteral("Connection lost; retrying in 5 s"));
    QVERIFY(m_window->findChild<QToolButton *>(QStringLiteral("reconnectButton"))->isVisible());
    QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Could not")), qPrintable(message));
    m_window->statusBar()->showMessage(message.replace(address, shownAddress));
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("connection-lost"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestMainWindowScreenshot)
#include "tst_mainwindow_screenshot.moc"
