// End to end through the GUI: a real MainWindow and Client against a live diskdesk-lab, driven
// the way a person does it — select a down VM, trigger the Snapshots toolbar's actions, fill the
// dialogs they open (found as the application's active modal widget, by their objectNames and
// public API, with key presses where the person would press keys) — and checked where the person
// looks: the Tasks pane (progress, then the manager's final message; failures in red), the
// snapshot list, which actions are enabled, the timeline. The bytes of the volumes are checked
// with qemu-io: the UI's custom preview + commit leaves each disk exactly the data chosen.
#include "client.h"
#include "clienttestsupport.h"
#include "commitsnapshotdialog.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "custompreviewmodel.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "snapshotlistmodel.h"
#include "snapshottimelineplot.h"
#include "tasklistmodel.h"
#include "taskspane.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QStatusBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace {

constexpr int loadTimeoutMs = 60000;
constexpr int operationTimeoutMs = 120000;

// --- qemu-io on the lab's volumes -------------------------------------------------------------

QString qemuFormat(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), { QStringLiteral("info"), QStringLiteral("--output=json"), QStringLiteral("-U"), path });
    p.waitForFinished();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("format")).toString();
}

// Empty on success, else what qemu-io said. One MiB at offset 0, as a guest's write would be.
QString qemuIo(const QString &path, const char *verb, int pattern)
{
    const QString format = qemuFormat(path);
    if (format.isEmpty())
        return QStringLiteral("qemu-img info cannot read ") + path;
    QStringList args;
    if (qstrcmp(verb, "read") == 0)
        args << QStringLiteral("-r") << QStringLiteral("-U");
    args << QStringLiteral("-f") << format << QStringLiteral("-c")
         << QStringLiteral("%1 -P 0x%2 0 1M").arg(QLatin1String(verb)).arg(pattern, 2, 16, QLatin1Char('0')) << path;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("qemu-io"), args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("qemu-io did not finish");
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitCode() != 0 || out.contains(QStringLiteral("failed")) || out.contains(QStringLiteral("error"), Qt::CaseInsensitive))
        return QStringLiteral("qemu-io %1 -> %2").arg(args.join(u' '), out.trimmed());
    return {};
}

// --- dialogs opened with exec() ----------------------------------------------------------------

/// Runs `handle` on the next modal dialog of type D (the main window opens its dialogs with
/// exec(), so the action's trigger() only returns once the dialog is closed). Whatever `handle`
/// does, the dialog is closed afterwards (rejected if it is still open), so a failing check never
/// leaves the test blocked in exec(). The returned flag tells whether the dialog was seen.
template <class D>
std::shared_ptr<bool> onNextDialog(std::function<void(D *)> handle)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, seen, handle, clock] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (clock->elapsed() > 20000)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        *seen = true;
        QPointer<D> guard(dialog);
        handle(dialog);
        if (guard && guard->isVisible())
            guard->reject();
    });
    timer->start();
    return seen;
}

/// What the Tasks pane showed for one operation (its row), sampled on every change.
struct TaskTrace
{
    QStringList runningMessages;
    bool busyBarShown = false;
};

} // namespace

class TestE2eSnapshotsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createAllAndSubsetFromTheToolbar();
    void customPreviewFromTheMatrix();
    void commitWithConfirmation();
    void failedOperationIsShownInRed();

private:
    /// Logs a client in to `lab` and opens a main window on it.
    std::unique_ptr<MainWindow> openWindow(LabProcess &lab, Client &client);
    void selectVm(MainWindow *window, const QString &name);
    void waitUntilLoaded(MainWindow *window);
    QAction *action(MainWindow *window, const char *name);
    QTableView *snapshotTable(MainWindow *window);
    int snapshotRow(MainWindow *window, const QString &description);
    Snapshot snapshotAt(MainWindow *window, int row);
    /// Waits until row 0 of the Tasks pane (the newest operation) has ended; returns its trace.
    TaskTrace followNewestTask(MainWindow *window);
    /// The VM's disks as the window's disk list would have them, read through the client.
    QHash<QString, Disk> disksByAlias(Client &client, const QString &vmName);
    QString volumePath(const LabProcess &lab, const Disk &disk) const;
    /// Writes `base + generation` into each disk of build-01 (A 0x1n, B 0x2n, C 0x3n).
    void writeGeneration(int generation);

    LabProcess m_lab;
    Client m_client;
    std::unique_ptr<MainWindow> m_window;
    QString m_s1, m_s2;
};

std::unique_ptr<MainWindow> TestE2eSnapshotsGui::openWindow(LabProcess &lab, Client &client)
{
    if (const QString error = loginTo(client, lab, loadTimeoutMs); !error.isEmpty()) {
        qWarning("login: %s", qPrintable(error));
        return {};
    }
    // Shown but not activated: these cases drive the window through actions and dialogs, not keys.
    auto window = std::make_unique<MainWindow>(&client);
    window->resize(WindowTest::DefaultSize);
    window->show();
    return window;
}

void TestE2eSnapshotsGui::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qemu-io")).isEmpty(), "qemu-io is not installed");
    // Each storage step takes a moment, so the operations' progress can be seen in the pane.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("250"));
    m_lab.process().setProcessEnvironment(environment);
    QVERIFY2(m_lab.start(LabProcess::Options{}), qPrintable(m_lab.errorString()));
    m_window = openWindow(m_lab, m_client);
    QVERIFY(m_window);
    waitUntilLoaded(m_window.get());
    selectVm(m_window.get(), QStringLiteral("build-01"));
    waitUntilLoaded(m_window.get());
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    QVERIFY(details);
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("snapshotsPage")));
}

void TestE2eSnapshotsGui::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
}

void TestE2eSnapshotsGui::waitUntilLoaded(MainWindow *window)
{
    WindowTest::waitUntilVmsLoaded(window, loadTimeoutMs);
}

void TestE2eSnapshotsGui::selectVm(MainWindow *window, const QString &name)
{
    QVERIFY2(WindowTest::selectVmByName(window, name), qPrintable(name + QStringLiteral(" is not in the VM list")));
}

QAction *TestE2eSnapshotsGui::action(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

QTableView *TestE2eSnapshotsGui::snapshotTable(MainWindow *window)
{
    return window->findChild<QTableView *>(QStringLiteral("snapshotTable"));
}

int TestE2eSnapshotsGui::snapshotRow(MainWindow *window, const QString &description)
{
    QAbstractItemModel *model = snapshotTable(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SnapshotListModel::DescriptionColumn).data().toString() == description)
            return row;
    }
    return -1;
}

Snapshot TestE2eSnapshotsGui::snapshotAt(MainWindow *window, int row)
{
    return snapshotTable(window)->model()->index(row, 0).data(SnapshotListModel::EntityRole).value<Snapshot>();
}

TaskTrace TestE2eSnapshotsGui::followNewestTask(MainWindow *window)
{
    auto *pane = window->findChild<TasksPane *>(QStringLiteral("tasksPane"));
    auto *busy = window->findChild<QProgressBar *>(QStringLiteral("tasksBusyBar"));
    TaskTrace trace;
    if (!pane || !busy || pane->model()->rowCount() == 0)
        return trace;
    TaskListModel *model = pane->model();
    const QString id = model->index(0, 0).data(TaskListModel::IdRole).toString();
    const auto sample = [&] {
        const int row = model->rowOf(id);
        if (row >= 0 && model->state(row) == TaskListModel::State::Running) {
            const QString message = model->message(row);
            if (trace.runningMessages.isEmpty() || trace.runningMessages.last() != message)
                trace.runningMessages << message;
            trace.busyBarShown |= busy->isVisible();
        }
    };
    sample(); // the row as it was inserted
    const QMetaObject::Connection connection = connect(model, &QAbstractItemModel::dataChanged, this, sample);
    (void)QTest::qWaitFor([&] { return model->state(model->rowOf(id)) != TaskListModel::State::Running; }, operationTimeoutMs);
    disconnect(connection);
    return trace;
}

QHash<QString, Disk> TestE2eSnapshotsGui::disksByAlias(Client &client, const QString &vmName)
{
    QHash<QString, Disk> disks;
    std::optional<Result<QList<Vm>>> vms;
    client.vms(QStringLiteral("name=") + vmName, this, [&](Result<QList<Vm>> r) { vms = std::move(r); });
    if (!QTest::qWaitFor([&] { return vms.has_value(); }, loadTimeoutMs) || !vms->ok() || vms->value.size() != 1)
        return disks;
    std::optional<Result<QList<DiskAttachment>>> attachments;
    client.diskAttachments(vms->value.first().id, true, this, [&](Result<QList<DiskAttachment>> r) { attachments = std::move(r); });
    if (!QTest::qWaitFor([&] { return attachments.has_value(); }, loadTimeoutMs) || !attachments->ok())
        return disks;
    for (const DiskAttachment &a : std::as_const(attachments->value)) {
        if (a.disk)
            disks.insert(a.disk->alias, *a.disk);
    }
    return disks;
}

QString TestE2eSnapshotsGui::volumePath(const LabProcess &lab, const Disk &disk) const
{
    return lab.dataDir() + QStringLiteral("/domains/%1/images/%2/%3").arg(disk.storageDomainIds.value(0), disk.id, disk.imageId);
}

void TestE2eSnapshotsGui::writeGeneration(int generation)
{
    const QHash<QString, Disk> disks = disksByAlias(m_client, QStringLiteral("build-01"));
    QCOMPARE(disks.size(), 3);
    for (const auto &[alias, base] : { std::pair{ QStringLiteral("build-01_Disk1"), 0x10 }, std::pair{ QStringLiteral("build-01_Scratch"), 0x20 },
                                       std::pair{ QStringLiteral("build-01_Cache"), 0x30 } }) {
        QVERIFY2(disks.contains(alias), qPrintable(alias));
        const QString error = qemuIo(volumePath(m_lab, disks[alias]), "write", base + generation);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestE2eSnapshotsGui::createAllAndSubsetFromTheToolbar()
{
    MainWindow *window = m_window.get();
    QAction *create = action(window, "createSnapshotAction");
    QVERIFY(create);
    // build-01 has no snapshot yet: only Create applies.
    QTRY_VERIFY(create->isEnabled());
    for (const char *name : { "commitSnapshotAction", "undoSnapshotAction", "previewSnapshotAction", "deleteSnapshotAction" })
        QVERIFY2(!action(window, name)->isEnabled(), name);
    // Before any operation the Tasks pane says so instead of showing an empty table.
    auto *placeholder = window->findChild<QWidget *>(QStringLiteral("tasksPlaceholder"));
    auto *tasksTable = window->findChild<QWidget *>(QStringLiteral("tasksTable"));
    QVERIFY(placeholder && tasksTable);
    QVERIFY(placeholder->isVisible() && !tasksTable->isVisible());
    writeGeneration(1);

    // Snapshot 1: every disk, as the dialog offers them (all checked).
    QStringList offered;
    auto seen = onNextDialog<CreateSnapshotDialog>([&](CreateSnapshotDialog *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
        auto *disks = dialog->findChild<QTreeWidget *>(QStringLiteral("diskList"));
        QVERIFY(ok && description && disks);
        QVERIFY(!ok->isEnabled()); // the description is required
        for (int i = 0; i < disks->topLevelItemCount(); ++i) {
            if (disks->topLevelItem(i)->checkState(0) == Qt::Checked)
                offered << disks->topLevelItem(i)->text(0);
        }
        QTest::keyClicks(description, QStringLiteral("gui one"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    create->trigger();
    QVERIFY2(*seen, "Create did not open the Create Snapshot dialog");
    offered.sort();
    QCOMPARE(offered, (QStringList{ QStringLiteral("build-01_Cache"), QStringLiteral("build-01_Disk1"), QStringLiteral("build-01_Scratch") }));
    QVERIFY(tasksTable->isVisible() && !placeholder->isVisible());
    TaskTrace trace = followNewestTask(window);
    auto *tasks = window->findChild<TasksPane *>(QStringLiteral("tasksPane"))->model();
    QCOMPARE(tasks->state(0), TaskListModel::State::Succeeded);
    QCOMPARE(tasks->message(0), QStringLiteral("Snapshot 'gui one' creation for VM 'build-01' has been completed."));
    QVERIFY2(trace.busyBarShown, qPrintable(trace.runningMessages.join(u'|')));
    // Progress before the end: at first waiting for the manager, then what it reports (locks).
    QVERIFY2(trace.runningMessages.size() >= 2, qPrintable(trace.runningMessages.join(u'|')));
    QVERIFY2(!trace.runningMessages.filter(QStringLiteral("locked")).isEmpty(), qPrintable(trace.runningMessages.join(u'|')));

    // The list follows: "gui one" with its three disks, and it is selected (the newest).
    QTRY_VERIFY_WITH_TIMEOUT(snapshotRow(window, QStringLiteral("gui one")) >= 0 && !window->isLoading(), loadTimeoutMs);
    const int row = snapshotRow(window, QStringLiteral("gui one"));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotTable(window)->model()->index(row, SnapshotListModel::DisksColumn).data().toString(),
                              QStringLiteral("build-01_Cache, build-01_Disk1, build-01_Scratch"), loadTimeoutMs);
    m_s1 = snapshotAt(window, row).id;
    QTRY_COMPARE(snapshotTable(window)->selectionModel()->selectedRows().value(0).row(), row);
    QVERIFY(action(window, "previewSnapshotAction")->isEnabled());
    QVERIFY(action(window, "deleteSnapshotAction")->isEnabled());
    QCOMPARE(snapshotAt(window, row).status, SnapshotStatus::Ok);
    writeGeneration(2);

    // Snapshot 2: a subset — the raw scratch disk unchecked.
    seen = onNextDialog<CreateSnapshotDialog>([&](CreateSnapshotDialog *dialog) {
        auto *disks = dialog->findChild<QTreeWidget *>(QStringLiteral("diskList"));
        QVERIFY(disks);
        const QList<QTreeWidgetItem *> scratch = disks->findItems(QStringLiteral("build-01_Scratch"), Qt::MatchExactly, 0);
        QCOMPARE(scratch.size(), 1);
        scratch.first()->setCheckState(0, Qt::Unchecked);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), QStringLiteral("gui two"));
        QCOMPARE(dialog->request().diskIds.value_or(QStringList()).size(), 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    create->trigger();
    QVERIFY(*seen);
    followNewestTask(window);
    QCOMPARE(tasks->state(0), TaskListModel::State::Succeeded);
    QCOMPARE(tasks->message(0), QStringLiteral("Snapshot 'gui two' creation for VM 'build-01' has been completed."));
    QTRY_VERIFY_WITH_TIMEOUT(snapshotRow(window, QStringLiteral("gui two")) >= 0 && !window->isLoading(), loadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(snapshotTable(window)
                                  ->model()
                                  ->index(snapshotRow(window, QStringLiteral("gui two")), SnapshotListModel::DisksColumn)
                                  .data()
                                  .toString(),
                              QStringLiteral("build-01_Cache, build-01_Disk1"), loadTimeoutMs);
    m_s2 = snapshotAt(window, snapshotRow(window, QStringLiteral("gui two"))).id;
    QCOMPARE(tasks->rowCount(), 2);
    writeGeneration(3);
}

void TestE2eSnapshotsGui::customPreviewFromTheMatrix()
{
    MainWindow *window = m_window.get();
    QVERIFY2(!m_s1.isEmpty() && !m_s2.isEmpty(), "createAllAndSubsetFromTheToolbar must run first");
    // The person selects "gui one" and opens Custom Preview: the matrix starts from that row.
    snapshotTable(window)->selectRow(snapshotRow(window, QStringLiteral("gui one")));
    QAction *custom = action(window, "customPreviewAction");
    QTRY_VERIFY(custom->isEnabled());

    QStringList warnings;
    QStringList excluded; // the "Result" section's parts that are left out
    auto seen = onNextDialog<CustomPreviewDialog>([&](CustomPreviewDialog *dialog) {
        CustomPreviewModel *model = dialog->model();
        QTableView *table = dialog->table();
        const int rowS1 = model->rowOf(m_s1);
        const int rowS2 = model->rowOf(m_s2);
        QVERIFY(rowS1 > 0 && rowS2 > 0);
        QCOMPARE(model->snapshots().first().type, SnapshotType::Active);
        const auto column = [&](const QString &alias) {
            for (int i = 0; i < model->disks().size(); ++i) {
                if (model->disks().at(i).alias == alias)
                    return CustomPreviewModel::FirstDiskColumn + i;
            }
            return -1;
        };
        const int colA = column(QStringLiteral("build-01_Disk1"));
        const int colB = column(QStringLiteral("build-01_Scratch"));
        const int colC = column(QStringLiteral("build-01_Cache"));
        QVERIFY(colA >= 0 && colB >= 0 && colC >= 0);
        QCOMPARE(model->configurationRow(), rowS1);
        // "gui two" lacks the scratch disk: N/A there.
        QCOMPARE(model->index(rowS2, colB).data().toString(), QStringLiteral("N/A"));

        // Space on a cell, as the person would: A from "gui two", B from the Active VM (row 0),
        // and C unticked on "gui one" (left out).
        table->setFocus();
        table->setCurrentIndex(model->index(rowS2, colA));
        QTest::keyClick(table, Qt::Key_Space);
        table->setCurrentIndex(model->index(0, colB));
        QTest::keyClick(table, Qt::Key_Space);
        table->setCurrentIndex(model->index(rowS1, colC));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(model->configurationRow(), rowS1);
        QCOMPARE(model->diskRow(colA - CustomPreviewModel::FirstDiskColumn), rowS2);
        QCOMPARE(model->diskRow(colB - CustomPreviewModel::FirstDiskColumn), 0);
        QCOMPARE(model->diskRow(colC - CustomPreviewModel::FirstDiskColumn), -1);
        warnings = model->warnings();
        for (const CustomPreviewModel::ResultLine &line : model->result()) {
            if (line.excluded)
                excluded << line.part;
        }
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    custom->trigger();
    QVERIFY2(*seen, "Custom Preview did not open its dialog");
    QCOMPARE(excluded, QStringList{ QStringLiteral("build-01_Cache") });
    QVERIFY2(warnings.contains(QStringLiteral("Excluded disks will be deleted when the snapshot is committed.")), qPrintable(warnings.join(u'|')));

    const TaskTrace trace = followNewestTask(window);
    auto *tasks = window->findChild<TasksPane *>(QStringLiteral("tasksPane"))->model();
    QCOMPARE(tasks->state(0), TaskListModel::State::Succeeded);
    QCOMPARE(tasks->message(0), QStringLiteral("Snapshot-Preview gui one for VM build-01 has been completed."));
    QVERIFY2(trace.busyBarShown && !trace.runningMessages.isEmpty(), qPrintable(trace.runningMessages.join(u'|')));

    // The list shows the preview: "gui one" in preview (eye), the state kept for undo.
    QTRY_VERIFY_WITH_TIMEOUT(snapshotRow(window, QStringLiteral("Active VM before the preview")) >= 0 && !window->isLoading(), loadTimeoutMs);
    const int rowS1 = snapshotRow(window, QStringLiteral("gui one"));
    QCOMPARE(snapshotAt(window, rowS1).status, SnapshotStatus::InPreview);
    QCOMPARE(snapshotTable(window)->model()->index(rowS1, SnapshotListModel::StatusColumn).data().toString(), QStringLiteral("In Preview"));
    QCOMPARE(snapshotAt(window, snapshotRow(window, QStringLiteral("Active VM before the preview"))).type, SnapshotType::Preview);

    // While previewing: Commit and Undo only; Create, Preview and Delete are not offered.
    snapshotTable(window)->selectRow(snapshotRow(window, QStringLiteral("gui two")));
    QTRY_VERIFY(action(window, "commitSnapshotAction")->isEnabled());
    QVERIFY(action(window, "undoSnapshotAction")->isEnabled());
    for (const char *name : { "createSnapshotAction", "deleteSnapshotAction", "previewSnapshotAction", "customPreviewAction" }) {
        QVERIFY2(!action(window, name)->isEnabled(), name);
        QVERIFY2(action(window, name)->toolTip().contains(QStringLiteral("previewing")), qPrintable(action(window, name)->toolTip()));
    }
    // The timeline highlights the previewed snapshot: one mark per disk it holds.
    auto *timeline = window->findChild<SnapshotTimelinePlot *>(QStringLiteral("snapshotTimelinePlot"));
    QVERIFY(timeline);
    QTRY_COMPARE(timeline->previewMarkCount(), 3);

    // The bytes of the preview: A as in "gui two", B as it was (the active state).
    const QHash<QString, Disk> disks = disksByAlias(m_client, QStringLiteral("build-01"));
    QString error;
    QVERIFY2((error = qemuIo(volumePath(m_lab, disks[QStringLiteral("build-01_Disk1")]), "read", 0x12)).isEmpty(), qPrintable(error));
    QVERIFY2((error = qemuIo(volumePath(m_lab, disks[QStringLiteral("build-01_Scratch")]), "read", 0x23)).isEmpty(), qPrintable(error));
}

void TestE2eSnapshotsGui::commitWithConfirmation()
{
    MainWindow *window = m_window.get();
    QAction *commit = action(window, "commitSnapshotAction");
    QVERIFY(commit->isEnabled());
    const QHash<QString, Disk> before = disksByAlias(m_client, QStringLiteral("build-01"));
    const Disk cache = before.value(QStringLiteral("build-01_Cache"));
    QVERIFY(!cache.id.isEmpty());

    QStringList erased;
    QString question;
    auto seen = onNextDialog<CommitSnapshotDialog>([&](CommitSnapshotDialog *dialog) {
        erased = dialog->erasedItems();
        question = dialog->question();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    commit->trigger();
    QVERIFY2(*seen, "Commit did not ask for confirmation");
    QVERIFY2(question.contains(QStringLiteral("gui one")), qPrintable(question));
    // It names what will be erased: the newer snapshot and the disk left out.
    QVERIFY2(!erased.filter(QStringLiteral("gui two")).isEmpty(), qPrintable(erased.join(u'|')));
    QVERIFY2(!erased.filter(QStringLiteral("build-01_Cache")).isEmpty(), qPrintable(erased.join(u'|')));

    followNewestTask(window);
    auto *tasks = window->findChild<TasksPane *>(QStringLiteral("tasksPane"))->model();
    QCOMPARE(tasks->state(0), TaskListModel::State::Succeeded);
    QVERIFY(!tasks->message(0).isEmpty());
    QCOMPARE(tasks->rowCount(), 4);

    // Back to normal: no preview, "gui two" gone, two disks; Create offered again.
    QTRY_VERIFY_WITH_TIMEOUT(snapshotRow(window, QStringLiteral("Active VM before the preview")) < 0
                                 && snapshotRow(window, QStringLiteral("gui two")) < 0 && !window->isLoading(),
                             loadTimeoutMs);
    QCOMPARE(snapshotTable(window)->model()->rowCount(), 2);
    QCOMPARE(snapshotAt(window, snapshotRow(window, QStringLiteral("gui one"))).status, SnapshotStatus::Ok);
    QTRY_VERIFY(action(window, "createSnapshotAction")->isEnabled());
    QVERIFY(!action(window, "commitSnapshotAction")->isEnabled());
    QVERIFY(!action(window, "undoSnapshotAction")->isEnabled());
    auto *diskTable = window->findChild<QTableView *>(QStringLiteral("diskTable"));
    QTRY_COMPARE(diskTable->model()->rowCount(), 2);
    QTRY_COMPARE(window->findChild<SnapshotTimelinePlot *>(QStringLiteral("snapshotTimelinePlot"))->previewMarkCount(), 0);

    // The bytes: A holds "gui two"'s data, B the active state's, C is gone from storage.
    const QHash<QString, Disk> after = disksByAlias(m_client, QStringLiteral("build-01"));
    QCOMPARE(after.size(), 2);
    QString error;
    QVERIFY2((error = qemuIo(volumePath(m_lab, after[QStringLiteral("build-01_Disk1")]), "read", 0x12)).isEmpty(), qPrintable(error));
    QVERIFY2((error = qemuIo(volumePath(m_lab, after[QStringLiteral("build-01_Scratch")]), "read", 0x23)).isEmpty(), qPrintable(error));
    const QString folderC = m_lab.dataDir() + QStringLiteral("/domains/%1/images/%2").arg(cache.storageDomainIds.value(0), cache.id);
    QTRY_VERIFY2_WITH_TIMEOUT(QDir(folderC).isEmpty(), qPrintable(folderC), 10000);
}

void TestE2eSnapshotsGui::failedOperationIsShownInRed()
{
    // A lab whose snapshot creation fails in its storage step (its test hook).
    LabProcess lab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_FAIL_STEP"), QStringLiteral("create_snapshot:1"));
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("250"));
    lab.process().setProcessEnvironment(environment);
    QVERIFY2(lab.start(LabProcess::Options{}), qPrintable(lab.errorString()));
    Client client;
    std::unique_ptr<MainWindow> window = openWindow(lab, client);
    QVERIFY(window);
    waitUntilLoaded(window.get());
    selectVm(window.get(), QStringLiteral("legacy-app"));
    waitUntilLoaded(window.get());
    QAction *create = action(window.get(), "createSnapshotAction");
    QTRY_VERIFY(create->isEnabled());

    auto seen = onNextDialog<CreateSnapshotDialog>([&](CreateSnapshotDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), QStringLiteral("doomed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    create->trigger();
    QVERIFY(*seen);
    const TaskTrace trace = followNewestTask(window.get());
    QVERIFY(!trace.runningMessages.isEmpty());
    auto *pane = window->findChild<TasksPane *>(QStringLiteral("tasksPane"));
    TaskListModel *tasks = pane->model();
    QCOMPARE(tasks->state(0), TaskListModel::State::Failed);
    const QString expected = QStringLiteral("Failed to complete snapshot 'doomed' creation for VM 'legacy-app'.");
    QCOMPARE(tasks->message(0), expected);

    // As the pane's table shows it: the manager's sentence, in red.
    auto *table = pane->findChild<QTableView *>(QStringLiteral("tasksTable"));
    QVERIFY(table);
    const QModelIndex message = table->model()->index(0, TaskListModel::MessageColumn);
    QCOMPARE(message.data().toString(), expected);
    QCOMPARE(table->model()->index(0, TaskListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    const QColor red = message.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(red.red() > 0xa0 && red.green() < 0x40 && red.blue() < 0x40, qPrintable(red.name()));
    // The status bar carries the outcome too (after the refresh it starts); nothing was made.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), loadTimeoutMs);
    QCOMPARE(window->statusBar()->currentMessage(), expected);
    QCOMPARE(snapshotRow(window.get(), QStringLiteral("doomed")), -1);
    window.reset();
    QCOMPARE(lab.stop(), 0);
}

QTEST_MAIN(TestE2eSnapshotsGui)
#include "tst_e2e_snapshots_gui.moc"
