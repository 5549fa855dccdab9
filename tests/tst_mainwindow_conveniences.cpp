// Issue 8 items 5 and 7: the main window's everyday conveniences, driven through its widgets
// (found by objectName) against a real diskdesk-lab with a few hundred VMs: the column chooser
// on every table, the layout remembered per profile (in a temporary settings file), F5 and
// auto-refresh keeping selection and scroll position while the data changes underneath.
// (The plots have their own test: tst_workspace_plots.)
#include "client.h"
#include "clienttestsupport.h"
#include "disklistmodel.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "operationtracker.h"
#include "tabletools.h"
#include "vmdisklistmodel.h"
#include "vmlistmodel.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

constexpr int timeoutMs = 120000;
constexpr qint64 GiB = qint64(1) << 30;
constexpr int PopulatedVms = 300;

const char *const allTables[] = {"vmTable", "diskTable", "snapshotTable", "allDisksTable",
                                 "storageDomainTable", "domainDiskTable"};

template <class T>
T *childOf(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1String(name));
}

/// The selected row's id, empty when nothing is selected (a lost selection fails the
/// comparison instead of crashing the test on first() of an empty list).
QString selectedId(const QTableView *table, int idRole)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(idRole).toString() : QString();
}

} // namespace

class TestMainWindowConveniences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void columnChooserOnEveryTable();
    void columnsActionOpensChooser();
    void layoutRememberedPerProfile();
    void refreshKeepsSelectionAndScroll();
    void autoRefreshKeepsSelectionAndScroll();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profile);
    void waitUntilIdle(MainWindow *window);
    /// Opens the chooser as a right click on the header does and returns its menu.
    QMenu *openColumnChooser(QTableView *table);
    void showTable(MainWindow *window, QTableView *table);
    /// Creates a disk (attached to \a vmId, or floating when empty) and waits for the manager.

    QTemporaryDir m_settingsDir;
    LabProcess m_lab;
    Client m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowConveniences::initTestCase()
{
    // Layouts go to a settings file of this run only, never to the person's.
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_conveniences"));
    QSettings().clear();
    QVERIFY2(QSettings().fileName().startsWith(m_settingsDir.path()), qPrintable(QSettings().fileName()));

    LabProcess::Options options;
    options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
    // More VMs than the first page (250): a long list, loaded in two pages on every refresh.
    options.extraArgs = {QStringLiteral("--populate"), QString::number(PopulatedVms)};
    QVERIFY2(m_lab.start(options, 180000), qPrintable(m_lab.errorString()));
    const QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A floating disk sorted before every other, removed later under a refresh: the rows
    // above the selected one change.
    QCOMPARE(addDiskAndWait(m_client, QString(), QStringLiteral("aa-refresh-gone"),
                            storageDomainIdByName(m_client, QStringLiteral("data-main")), GiB, timeoutMs),
             QString());

    m_window = openWindow(QString());
    QCOMPARE(childOf<QTableView>(m_window.get(), "vmTable")->model()->rowCount(), PopulatedVms + 6);
}

void TestMainWindowConveniences::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
}

void TestMainWindowConveniences::cleanup()
{
    // A case that failed with a chooser open leaves its popup grabbing the input: close it, so
    // that the next case fails only for its own reasons.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
}

std::unique_ptr<MainWindow> TestMainWindowConveniences::openWindow(const QString &profile)
{
    // As main.cpp does: the default size, then the profile's layout, then show.
    auto window = std::make_unique<MainWindow>(&m_client);
    window->resize(WindowTest::DefaultSize);
    if (!profile.isEmpty())
        window->setProfileName(profile);
    window->show();
    window->activateWindow();
    // Shortcuts (F5, Ctrl+F5) go to the active window only.
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    waitUntilIdle(window.get());
    return window;
}

void TestMainWindowConveniences::waitUntilIdle(MainWindow *window)
{
    WindowTest::waitUntilIdle(window, timeoutMs);
}

void TestMainWindowConveniences::showTable(MainWindow *window, QTableView *table)
{
    // Bring the table's tab (and sub-tab) to the front, as a person would before right-clicking.
    for (QWidget *widget = table; widget && widget != window; widget = widget->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(widget->parentWidget())) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(widget);
            else
                stack->setCurrentWidget(widget);
        }
    }
    QCoreApplication::processEvents();
}

QMenu *TestMainWindowConveniences::openColumnChooser(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint position(header->sectionViewportPosition(header->logicalIndex(0)) + 4, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, header->viewport()->mapToGlobal(position));
    QCoreApplication::sendEvent(header->viewport(), &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu)
        menu = table->findChild<QMenu *>(QStringLiteral("columnChooserMenu"));
    return menu;
}

void TestMainWindowConveniences::columnChooserOnEveryTable()
{
    for (const char *name : allTables) {
        auto *table = childOf<QTableView>(m_window.get(), name);
        QVERIFY2(table, name);
        showTable(m_window.get(), table);
        QHeaderView *header = table->horizontalHeader();
        const int columns = table->model()->columnCount();
        QVERIFY2(columns > 2, name);
        const int column = 1;
        QVERIFY2(!header->isSectionHidden(column), name);

        // Right click on the header: one checkable entry per column, named by its header.
        QMenu *menu = openColumnChooser(table);
        QVERIFY2(menu, name);
        QCOMPARE(menu->objectName(), QStringLiteral("columnChooserMenu"));
        QCOMPARE(menu->actions().size(), columns);
        auto *entry = menu->findChild<QAction *>(QStringLiteral("column%1Action").arg(column));
        QVERIFY2(entry, name);
        QCOMPARE(entry->text(), table->model()->headerData(column, Qt::Horizontal).toString());
        QVERIFY(entry->isCheckable() && entry->isChecked());
        entry->trigger();
        menu->close();
        QVERIFY2(header->isSectionHidden(column), name);
        QVERIFY(!TableTools::visibleColumns(table).contains(column));
        // What is hidden is not exported either.
        const QByteArray headerLine = TableTools::csv(table).split('\n').value(0).trimmed();
        QStringList exported;
        for (const QByteArray &field : headerLine.split(','))
            exported.append(QString::fromUtf8(field).remove(QLatin1Char('"')));
        QCOMPARE(exported.size(), columns - 1);
        QVERIFY2(!exported.contains(table->model()->headerData(column, Qt::Horizontal).toString()), headerLine.constData());

        // And back, through the same chooser, which now shows it unchecked.
        menu = openColumnChooser(table);
        QVERIFY2(menu, name);
        entry = menu->findChild<QAction *>(QStringLiteral("column%1Action").arg(column));
        QVERIFY(!entry->isChecked());
        entry->trigger();
        menu->close();
        QVERIFY2(!header->isSectionHidden(column), name);
        QVERIFY(header->sectionSize(column) > 0);
    }

    // The last visible column cannot go: a table without columns looks broken.
    auto *table = childOf<QTableView>(m_window.get(), "storageDomainTable");
    showTable(m_window.get(), table);
    const int columns = table->model()->columnCount();
    for (int column = 1; column < columns; ++column) {
        QMenu *menu = openColumnChooser(table);
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("column%1Action").arg(column))->trigger();
        menu->close();
    }
    QCOMPARE(TableTools::visibleColumns(table), QList<int>{0});
    QMenu *menu = openColumnChooser(table);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("column0Action"))->isEnabled());
    menu->close();
    for (int column = 1; column < columns; ++column)
        table->horizontalHeader()->showSection(column);
}

void TestMainWindowConveniences::columnsActionOpensChooser()
{
    // View → Columns… (Ctrl+Shift+L) opens the same chooser for the focused table.
    auto *table = childOf<QTableView>(m_window.get(), "allDisksTable");
    showTable(m_window.get(), table);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    auto *action = childOf<QAction>(m_window.get(), "columnsAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QCOMPARE(m_window->activeTable(), table);
    action->trigger();
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->parentWidget(), table);
    QCOMPARE(menu->actions().size(), table->model()->columnCount());
    menu->close();
}

void TestMainWindowConveniences::layoutRememberedPerProfile()
{
    using Widths = QList<int>;
    const auto widths = [](MainWindow *window, const char *name) {
        Widths result;
        QHeaderView *header = childOf<QTableView>(window, name)->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            // The stretched column takes what is left, which depends on whether its tab was
            // shown since the last resize: its width is not the person's choice.
            if (header->sectionResizeMode(column) == QHeaderView::Stretch)
                result.append(-2);
            else
                result.append(header->isSectionHidden(column) ? -1 : header->sectionSize(column));
        return result;
    };

    // Profile A: the built-in layout first, then the person's changes.
    auto a = openWindow(QStringLiteral("A"));
    const Widths defaultVmWidths = widths(a.get(), "vmTable");
    const QList<int> defaultWorkspace = childOf<QSplitter>(a.get(), "workspaceSplitter")->sizes();
    const QList<int> defaultVmSplit = childOf<QSplitter>(a.get(), "vmSplitter")->sizes();
    auto *vmHeader = childOf<QTableView>(a.get(), "vmTable")->horizontalHeader();
    vmHeader->resizeSection(VmListModel::NameColumn, defaultVmWidths.at(VmListModel::NameColumn) + 77);
    auto *disks = childOf<QTableView>(a.get(), "allDisksTable");
    showTable(a.get(), disks);
    QMenu *menu = openColumnChooser(disks);
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("column%1Action").arg(DiskListModel::FormatColumn))->trigger();
    menu->close();
    QVERIFY(disks->horizontalHeader()->isSectionHidden(DiskListModel::FormatColumn));
    // The events moved beside the lists, away from under them (the window's saved state).
    auto *events = childOf<QDockWidget>(a.get(), "eventsDock");
    QCOMPARE(a->dockWidgetArea(events), Qt::BottomDockWidgetArea);
    a->addDockWidget(Qt::RightDockWidgetArea, events);
    a->resize(1100, 700);
    // Measured with the VMs tab in front, as the window opens: a splitter on a hidden tab gets
    // its resize event only when shown, and until then reports its sizes for the old height
    // (207 px where it shows 107 px once in front).
    childOf<QTabWidget>(a.get(), "mainTabs")->setCurrentWidget(childOf<QWidget>(a.get(), "vmsPage"));
    QTest::qWait(50);
    // The splitters moved last, in the window's final size: moved before, a smaller window or
    // the dock beside takes the difference back from them and they end where they would anyway.
    // The tree and the VM list smaller: the tabs and the VM details are at their minimum size
    // in this window already.
    auto *workspace = childOf<QSplitter>(a.get(), "workspaceSplitter");
    auto *vmSplit = childOf<QSplitter>(a.get(), "vmSplitter");
    const QList<int> workspaceBefore = workspace->sizes();
    const QList<int> vmSplitBefore = vmSplit->sizes();
    workspace->setSizes({workspaceBefore.at(0) - 40, workspaceBefore.at(1) + 40});
    vmSplit->setSizes({vmSplitBefore.at(0) - 30, vmSplitBefore.at(1) + 30});
    // The stretched last column takes its width when the layout runs, not at resize().
    QTest::qWait(50);
    const Widths changedVmWidths = widths(a.get(), "vmTable");
    const QList<int> changedWorkspace = childOf<QSplitter>(a.get(), "workspaceSplitter")->sizes();
    const QList<int> changedVmSplit = childOf<QSplitter>(a.get(), "vmSplitter")->sizes();
    QCOMPARE(changedWorkspace.at(0), workspaceBefore.at(0) - 40);
    QCOMPARE(changedVmSplit.at(0), vmSplitBefore.at(0) - 30);
    QVERIFY(changedVmWidths != defaultVmWidths);
    a->close();
    a.reset();

    // A again: everything as it was left, though the lists were loaded (and sized) anew.
    a = openWindow(QStringLiteral("A"));
    QCOMPARE(a->size(), QSize(1100, 700));
    QCOMPARE(a->dockWidgetArea(childOf<QDockWidget>(a.get(), "eventsDock")), Qt::RightDockWidgetArea);
    QCOMPARE(widths(a.get(), "vmTable"), changedVmWidths);
    QVERIFY(childOf<QTableView>(a.get(), "allDisksTable")->horizontalHeader()->isSectionHidden(DiskListModel::FormatColumn));
    QCOMPARE(childOf<QSplitter>(a.get(), "workspaceSplitter")->sizes(), changedWorkspace);
    QCOMPARE(childOf<QSplitter>(a.get(), "vmSplitter")->sizes(), changedVmSplit);
    // F5 sizes columns to their contents no more: the person's widths stay.
    a->refresh();
    waitUntilIdle(a.get());
    QCOMPARE(widths(a.get(), "vmTable"), changedVmWidths);

    // Profile B has a layout of its own: the built-in one until changed.
    auto b = openWindow(QStringLiteral("B"));
    QCOMPARE(b->size(), QSize(1280, 800));
    QCOMPARE(widths(b.get(), "vmTable"), defaultVmWidths);
    QVERIFY(!childOf<QTableView>(b.get(), "allDisksTable")->horizontalHeader()->isSectionHidden(DiskListModel::FormatColumn));
    QCOMPARE(childOf<QSplitter>(b.get(), "workspaceSplitter")->sizes(), defaultWorkspace);
    QCOMPARE(childOf<QSplitter>(b.get(), "vmSplitter")->sizes(), defaultVmSplit);
    QCOMPARE(b->dockWidgetArea(childOf<QDockWidget>(b.get(), "eventsDock")), Qt::BottomDockWidgetArea);
    auto *bHeader = childOf<QTableView>(b.get(), "vmTable")->horizontalHeader();
    bHeader->resizeSection(VmListModel::NameColumn, defaultVmWidths.at(VmListModel::NameColumn) + 20);
    const Widths bWidths = widths(b.get(), "vmTable");
    b->close();
    b.reset();
    a->close();
    a.reset();

    // Each profile reads back its own.
    b = openWindow(QStringLiteral("B"));
    QCOMPARE(widths(b.get(), "vmTable"), bWidths);
    b.reset();
    a = openWindow(QStringLiteral("A"));
    QCOMPARE(widths(a.get(), "vmTable"), changedVmWidths);
    a.reset();

    // A window without a profile (--url, tests) neither reads nor writes a layout.
    QSettings settings;
    const QStringList groups = [&] {
        settings.beginGroup(QStringLiteral("layout"));
        const QStringList result = settings.childGroups();
        settings.endGroup();
        return result;
    }();
    QCOMPARE(groups.size(), 2);
}

void TestMainWindowConveniences::refreshKeepsSelectionAndScroll()
{
    MainWindow *window = m_window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *tabs = childOf<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(childOf<QWidget>(window, "vmsPage"));
    auto *vmTable = childOf<QTableView>(window, "vmTable");
    // A VM deep in the list, beyond the first page of the loader, scrolled to mid-way.
    const int row = PopulatedVms - 20;
    vmTable->selectRow(row);
    vmTable->scrollTo(vmTable->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    vmTable->setFocus();
    waitUntilIdle(window);
    const QString vmId = vmTable->model()->index(row, 0).data(VmListModel::IdRole).toString();
    const int vmScroll = vmTable->verticalScrollBar()->value();
    QVERIFY2(vmScroll > 0, "the VM list is too short to scroll");
    auto *diskTable = childOf<QTableView>(window, "diskTable");
    QTRY_VERIFY_WITH_TIMEOUT(diskTable->model()->rowCount() > 0, timeoutMs);
    const int disksBefore = diskTable->model()->rowCount();
    const QString domainId = diskTable->model()->index(0, 0).data(VmDiskListModel::EntityRole).value<DiskAttachment>()
                                 .disk->storageDomainIds.value(0);
    QVERIFY(!domainId.isEmpty());

    // A disk of data-main selected on the Storage Domains tab: the same list of disks under it.
    tabs->setCurrentWidget(childOf<QWidget>(window, "storageDomainsPage"));
    auto *domains = childOf<QTableView>(window, "storageDomainTable");
    const QModelIndexList dataMain = domains->model()->match(domains->model()->index(0, 0), Qt::DisplayRole,
                                                             QStringLiteral("data-main"), 1, Qt::MatchExactly);
    QCOMPARE(dataMain.size(), 1);
    domains->selectRow(dataMain.first().row());
    auto *domainDisks = childOf<QTableView>(window, "domainDiskTable");
    QTRY_VERIFY(domainDisks->model()->rowCount() > 2);
    domainDisks->selectRow(domainDisks->model()->rowCount() - 2);
    const QString domainDiskId = selectedId(domainDisks, DiskListModel::IdRole);
    QVERIFY(!domainDiskId.isEmpty());

    // The same on the Disks tab, whose list is replaced (not paged) on each refresh.
    tabs->setCurrentWidget(childOf<QWidget>(window, "allDisksPage"));
    auto *allDisks = childOf<QTableView>(window, "allDisksTable");
    const int diskRow = allDisks->model()->rowCount() - 40;
    allDisks->selectRow(diskRow);
    allDisks->scrollTo(allDisks->model()->index(diskRow, 0), QAbstractItemView::PositionAtCenter);
    const QString diskId = allDisks->model()->index(diskRow, 0).data(DiskListModel::IdRole).toString();
    // Then scrolled away from the selected disk: the list is read where it was left, not
    // scrolled back to the selection (which selecting it again after the reset would do).
    allDisks->verticalScrollBar()->setValue(allDisks->verticalScrollBar()->value() / 3);
    QVERIFY(!allDisks->viewport()->rect().intersects(allDisks->visualRect(allDisks->model()->index(diskRow, 0))));
    const int diskScroll = allDisks->verticalScrollBar()->value();
    QVERIFY(diskScroll > 0);
    const int allDisksBefore = allDisks->model()->rowCount();
    // F5 pressed on the Disks tab: its list is the one replaced in front of the person (a hidden
    // view does not lay out its replaced rows, nor scroll, until shown).
    allDisks->setFocus();

    // The manager changes meanwhile: a new disk on the selected VM (sorted after every other),
    // and a disk sorted before the selected one gone.
    QCOMPARE(addDiskAndWait(m_client, vmId, QStringLiteral("zz-refresh-f5"), domainId, GiB, timeoutMs), QString());
    const QModelIndexList gone = allDisks->model()->match(allDisks->model()->index(0, DiskListModel::AliasColumn),
                                                          Qt::DisplayRole, QStringLiteral("aa-refresh-gone"), 1,
                                                          Qt::MatchExactly);
    QCOMPARE(gone.size(), 1);
    QVERIFY(gone.first().row() < diskRow);
    {
        std::unique_ptr<OperationTracker> removal(OperationTracker::removeDisk(
            &m_client, gone.first().data(DiskListModel::IdRole).toString(), nullptr, testTiming()));
        QSignalSpy removed(removal.get(), &OperationTracker::finished);
        QVERIFY(removed.wait(timeoutMs) || !removed.isEmpty());
        QVERIFY2(removed.first().at(0).toBool(), qPrintable(removed.first().at(1).toString()));
    }

    QSignalSpy finished(window, &MainWindow::loadingFinished);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(window->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !window->isLoading(), timeoutMs);
    QCOMPARE(vmTable->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(selectedId(vmTable, VmListModel::IdRole), vmId);
    QCOMPARE(vmTable->verticalScrollBar()->value(), vmScroll);
    QCOMPARE(selectedId(allDisks, DiskListModel::IdRole), diskId);
    QCOMPARE(allDisks->verticalScrollBar()->value(), diskScroll);
    // And the new data is there: the VM's disk list and the list of all disks.
    QTRY_COMPARE_WITH_TIMEOUT(diskTable->model()->rowCount(), disksBefore + 1, timeoutMs);
    QStringList aliases;
    for (int i = 0; i < diskTable->model()->rowCount(); ++i)
        aliases.append(diskTable->model()->index(i, 0).data().toString());
    QVERIFY2(aliases.contains(QStringLiteral("zz-refresh-f5")), qPrintable(aliases.join(QLatin1Char(','))));
    QCOMPARE(selectedId(domainDisks, DiskListModel::IdRole), domainDiskId);
    // One disk came, one went.
    QCOMPARE(allDisks->model()->rowCount(), allDisksBefore);
    QVERIFY(allDisks->model()->match(allDisks->model()->index(0, DiskListModel::AliasColumn), Qt::DisplayRole,
                                     QStringLiteral("aa-refresh-gone"), 1, Qt::MatchExactly).isEmpty());
}

void TestMainWindowConveniences::autoRefreshKeepsSelectionAndScroll()
{
    MainWindow *window = m_window.get();
    auto *vmTable = childOf<QTableView>(window, "vmTable");
    auto *allDisks = childOf<QTableView>(window, "allDisksTable");
    // A selection of its own (not the previous case's): another VM, another disk, the disk
    // scrolled out of view, the Disks tab in front.
    auto *tabs = childOf<QTabWidget>(window, "mainTabs");
    tabs->setCurrentWidget(childOf<QWidget>(window, "vmsPage"));
    const int row = PopulatedVms - 50;
    vmTable->selectRow(row);
    vmTable->scrollTo(vmTable->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    waitUntilIdle(window);
    tabs->setCurrentWidget(childOf<QWidget>(window, "allDisksPage"));
    const int diskRow = allDisks->model()->rowCount() - 60;
    allDisks->selectRow(diskRow);
    allDisks->scrollTo(allDisks->model()->index(diskRow, 0), QAbstractItemView::PositionAtCenter);
    allDisks->verticalScrollBar()->setValue(allDisks->verticalScrollBar()->value() / 2);
    QVERIFY(!allDisks->viewport()->rect().intersects(allDisks->visualRect(allDisks->model()->index(diskRow, 0))));
    allDisks->setFocus();
    const QString vmId = selectedId(vmTable, VmListModel::IdRole);
    const int vmScroll = vmTable->verticalScrollBar()->value();
    const QString diskId = selectedId(allDisks, DiskListModel::IdRole);
    const int diskScroll = allDisks->verticalScrollBar()->value();
    const int allDisksBefore = allDisks->model()->rowCount();
    QVERIFY(!vmId.isEmpty() && !diskId.isEmpty() && vmScroll > 0 && diskScroll > 0);

    // Every 30 s in the program; a fraction of a second here.
    auto *timer = childOf<QTimer>(window, "autoRefreshTimer");
    auto *action = childOf<QAction>(window, "autoRefreshAction");
    QVERIFY(timer && action);
    QCOMPARE(timer->interval(), 30000);
    timer->setInterval(300);
    QVERIFY(!action->isChecked());
    QTest::keyClick(window, Qt::Key_F5, Qt::ControlModifier);
    QVERIFY(action->isChecked());
    QVERIFY(timer->isActive());

    QSignalSpy finished(window, &MainWindow::loadingFinished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, timeoutMs);
    // The manager changes while auto-refresh runs: a floating disk appears without any F5.
    QCOMPARE(addDiskAndWait(m_client, QString(), QStringLiteral("zz-refresh-auto"),
                            storageDomainIdByName(m_client, QStringLiteral("data-main")), GiB, timeoutMs),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(allDisks->model()->rowCount(), allDisksBefore + 1, timeoutMs);
    const int refreshes = finished.size();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= refreshes + 2, timeoutMs);

    QTest::keyClick(window, Qt::Key_F5, Qt::ControlModifier);
    QVERIFY(!action->isChecked());
    QVERIFY(!timer->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), timeoutMs);
    QCOMPARE(selectedId(vmTable, VmListModel::IdRole), vmId);
    QCOMPARE(vmTable->verticalScrollBar()->value(), vmScroll);
    QCOMPARE(selectedId(allDisks, DiskListModel::IdRole), diskId);
    QCOMPARE(allDisks->verticalScrollBar()->value(), diskScroll);
    timer->setInterval(30000);
}

QTEST_MAIN(TestMainWindowConveniences)
#include "tst_mainwindow_conveniences.moc"
