// Keyboard shortcuts of the main window (issue 8, "keyboard shortcuts for every action"): every
// action reachable in the window (menu bar, toolbars, context menus) has a key, no two actions
// answer the same key where both could fire, tooltips name the keys, actions are enabled only
// when they apply, and pressing keys on the window does what the actions do, against a lab.

#include "client.h"
#include "clienttestsupport.h"
#include "createsnapshotdialog.h"
#include "disklistmodel.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "snapshotlistmodel.h"
#include "storagedomainlistmodel.h"
#include "vmdisklistmodel.h"
#include "vmlistmodel.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

#include <functional>
#include <memory>

namespace {

constexpr int loadTimeoutMs = 60000;

/// Where an action was found, for failure messages.
/// What is needed of it is taken when it is found: context menus delete their entries.
struct Found
{
    QAction *action = nullptr; ///< only for identity; may be gone
    QString name;              ///< text and objectName
    QString objectName;
    QString where;
    /// Why it may go without a key; empty when it needs one.
    QString exemption;
    QList<QKeySequence> keys;
    /// The widgets in which its keys fire (scopeOf()).
    QList<QPointer<QWidget>> scope;
};

QString describe(const QAction *action)
{
    return QStringLiteral("\"%1\" (%2)").arg(action->text().remove(QLatin1Char('&')), action->objectName());
}

/// Runs \a inspect on the next popup menu while a context menu's exec() is running, then closes
/// it. Returns false when no menu opened.
bool withNextPopup(const std::function<void()> &open, const std::function<void(QMenu *)> &inspect)
{
    bool seen = false;
    QTimer timer;
    QElapsedTimer clock;
    clock.start();
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (clock.elapsed() > 5000)
                timer.stop();
            return;
        }
        timer.stop();
        seen = true;
        inspect(menu);
        menu->close();
    });
    timer.start();
    open();
    // popup() menus (the column chooser) return at once: wait for the timer's look at them.
    if (!QTest::qWaitFor([&] { return !timer.isActive(); }, 6000))
        timer.stop();
    return seen;
}

/// The widgets in which a key of \a action fires, as QShortcutMap decides it: the whole window
/// for window shortcuts, the widgets the action is added to (with their children) otherwise.
/// Menus are left out: a context menu's actions fire through the widgets they are added to.
QList<QWidget *> scopeOf(QAction *action, QWidget *window)
{
    if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
        return {window};
    QList<QWidget *> widgets;
    for (QObject *object : action->associatedObjects()) {
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget || qobject_cast<QMenu *>(widget) || qobject_cast<QMenuBar *>(widget))
            continue;
        widgets.append(widget);
    }
    return widgets;
}

bool overlaps(const QList<QWidget *> &a, const QList<QWidget *> &b)
{
    for (QWidget *x : a) {
        for (QWidget *y : b) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyActionHasAKey();
    void noTwoActionsShareAKey();
    void toolTipsNameTheKeys();
    void actionsFollowTheSelection();
    void ctrlNOpensCreateSnapshotForTheSelectedVm();
    void f5RefreshesAndKeepsTheSelection();
    void ctrlShiftCCopiesTheId();
    void ctrlShiftOShowsTheDisksStorageDomain();

private:
    void waitUntilLoaded();
    void selectVm(const QString &name);
    QString selectedVmId() const;
    QTableView *table(const char *name) const;
    /// Every action reachable in the window, each once.
    QList<Found> reachableActions();

    LabProcess m_lab;
    Client m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortcuts::initTestCase()
{
    QVERIFY2(m_lab.start(LabProcess::Options()), qPrintable(m_lab.errorString()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString error = loginTo(m_client, m_lab, loadTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = WindowTest::openMainWindow(&m_client);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    waitUntilLoaded();
}

void TestShortcuts::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
}

void TestShortcuts::waitUntilLoaded()
{
    WindowTest::waitUntilVmsLoaded(m_window.get(), loadTimeoutMs);
}

QTableView *TestShortcuts::table(const char *name) const
{
    return m_window->findChild<QTableView *>(QString::fromLatin1(name));
}

void TestShortcuts::selectVm(const QString &name)
{
    // Keys go to the active window; a closed popup menu may have left none active.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(0);
    QTableView *vms = WindowTest::selectVmByName(m_window.get(), name);
    QVERIFY2(vms, qPrintable(QStringLiteral("no VM named %1").arg(name)));
    vms->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
}

QString TestShortcuts::selectedVmId() const
{
    const QModelIndexList rows = table("vmTable")->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(VmListModel::IdRole).toString();
}

QList<Found> TestShortcuts::reachableActions()
{
    QList<Found> found;
    const auto add = [this, &found](QAction *action, const QString &where, const QString &exemption = {}) {
        if (action->isSeparator() || action->menu<QMenu *>())
            return; // not actions a person triggers
        for (const Found &entry : std::as_const(found)) {
            if (entry.action == action)
                return;
        }
        QList<QPointer<QWidget>> scope;
        for (QWidget *widget : scopeOf(action, m_window.get()))
            scope.append(widget);
        found.append({action, describe(action), action->objectName(), where, exemption, action->shortcuts(), scope});
    };
    std::function<void(QMenu *, const QString &)> addMenu = [&](QMenu *menu, const QString &where) {
        for (QAction *action : menu->actions()) {
            if (auto *sub = action->menu<QMenu *>())
                addMenu(sub, where + QStringLiteral(" → ") + action->text().remove(QLatin1Char('&')));
            if (menu->objectName() == QLatin1String("removeSavedSearchMenu") || action->objectName().startsWith(QLatin1String("savedSearch:")))
                add(action, where, QStringLiteral("one entry per saved search, like recent files"));
            else if (menu->objectName() == QLatin1String("columnChooserMenu"))
                add(action, where, QStringLiteral("one entry per column of the table"));
            else
                add(action, where);
        }
    };

    // The menu bar, with its submenus.
    for (QAction *top : m_window->menuBar()->actions()) {
        if (auto *menu = top->menu<QMenu *>())
            addMenu(menu, QStringLiteral("menu ") + top->text().remove(QLatin1Char('&')));
    }
    // Toolbars (the window's and the ones on the detail tabs) and tool-button menus.
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions()) {
            if (!qobject_cast<QWidgetAction *>(action))
                add(action, QStringLiteral("toolbar ") + toolBar->objectName());
        }
    }
    for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
        if (button->menu())
            addMenu(button->menu(), QStringLiteral("button ") + button->objectName());
    }
    // Keys added to widgets rather than shown anywhere (Ctrl+F, Esc in the search field).
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        for (QAction *action : widget->actions()) {
            if (action->objectName() == QLatin1String("_q_qlineeditclearaction"))
                add(action, widget->objectName(), QStringLiteral("the line edit's own clear button; Esc clears the search"));
            else if (!qobject_cast<QWidgetAction *>(action) && !qobject_cast<QMenu *>(widget) && !qobject_cast<QMenuBar *>(widget))
                add(action, QStringLiteral("widget ") + widget->objectName());
        }
    }

    // Context menus, opened as a right click opens them, on a selected row.
    selectVm(QStringLiteral("build-01"));
    for (const char *name : {"vmTable", "diskTable", "snapshotTable", "allDisksTable", "storageDomainTable", "domainDisksTable"}) {
        QTableView *view = table(name);
        if (!view)
            continue;
        const QPoint position = view->model()->rowCount() > 0 ? view->visualRect(view->model()->index(0, 0)).center() : QPoint(5, 5);
        if (view->contextMenuPolicy() == Qt::CustomContextMenu) {
            withNextPopup([&] { emit view->customContextMenuRequested(position); },
                          [&](QMenu *menu) { addMenu(menu, QStringLiteral("context menu of ") + QString::fromLatin1(name)); });
        }
        QHeaderView *header = view->horizontalHeader();
        if (header->contextMenuPolicy() == Qt::CustomContextMenu) {
            withNextPopup([&] { emit header->customContextMenuRequested(QPoint(5, 5)); },
                          [&](QMenu *menu) { addMenu(menu, QStringLiteral("header menu of ") + QString::fromLatin1(name)); });
        }
    }
    auto *tree = m_window->findChild<QTreeView *>();
    if (tree && tree->model()->rowCount() > 0) {
        const QPoint position = tree->visualRect(tree->model()->index(0, 0)).center();
        withNextPopup([&] { emit tree->customContextMenuRequested(position); },
                      [&](QMenu *menu) { addMenu(menu, QStringLiteral("context menu of the tree")); });
    }
    // The toolbar and dock area's own menu (right click on a toolbar or a dock title).
    std::unique_ptr<QMenu> popup(m_window->createPopupMenu());
    if (popup) {
        for (QAction *action : popup->actions())
            add(action, QStringLiteral("toolbar/dock menu"), QStringLiteral("Qt's show/hide toggles of toolbars and docks"));
    }
    return found;
}

void TestShortcuts::everyActionHasAKey()
{
    const QList<Found> found = reachableActions();
    QVERIFY2(found.size() > 30, qPrintable(QString::number(found.size())));
    QStringList missing;
    QStringList names;
    for (const Found &entry : found) {
        names << entry.objectName;
        if (entry.keys.isEmpty() && entry.exemption.isEmpty())
            missing << entry.name + QStringLiteral(" in ") + entry.where;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("actions without a key: ") + missing.join(QStringLiteral("; "))));
    // The collection reached what it is meant to: each kind of action the brief names.
    for (const char *name : {"createSnapshotAction", "previewSnapshotAction", "customPreviewAction", "commitSnapshotAction",
                             "undoSnapshotAction", "restoreSnapshotAction", "deleteSnapshotAction", "newDiskAction",
                             "attachDiskAction", "activateDiskAction", "deactivateDiskAction", "detachDiskAction",
                             "removeDiskAction", "usedByAction", "amendDiskAction", "uploadImageAction",
                             "downloadImageAction", "copyNameAction", "copyIdAction", "exportCsvAction", "columnsAction",
                             "refreshAction", "autoRefreshAction", "backAction", "forwardAction", "focusSearchAction",
                             "clearSearchAction", "saveSearchAction", "showDiskDomainAction", "quitAction",
                             "compatDisksAction", "compatVersionsAction"}) {
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    }
}

void TestShortcuts::noTwoActionsShareAKey()
{
    const QList<Found> found = reachableActions();
    QStringList clashes;
    const auto widgets = [](const Found &entry) {
        QList<QWidget *> list;
        for (const QPointer<QWidget> &widget : entry.scope) {
            if (widget)
                list.append(widget);
        }
        return list;
    };
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (qsizetype j = i + 1; j < found.size(); ++j) {
            const Found &a = found.at(i);
            const Found &b = found.at(j);
            QKeySequence shared;
            for (const QKeySequence &key : a.keys) {
                if (!key.isEmpty() && b.keys.contains(key))
                    shared = key;
            }
            if (shared.isEmpty())
                continue;
            // The same key is fine where the two can never both fire: sibling tabs.
            if (overlaps(widgets(a), widgets(b)))
                clashes << QStringLiteral("%1 (%2) and %3 (%4) both answer %5")
                               .arg(a.name, a.where, b.name, b.where, shared.toString(QKeySequence::PortableText));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestShortcuts::toolTipsNameTheKeys()
{
    QStringList silent;
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions()) {
            if (action->shortcut().isEmpty() || qobject_cast<QWidgetAction *>(action))
                continue;
            if (!action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)))
                silent << describe(action) + QStringLiteral(": ") + action->toolTip();
        }
    }
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral("; "))));
}

void TestShortcuts::actionsFollowTheSelection()
{
    const auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    };
    // Nothing selected: nothing that needs a selection is offered.
    table("vmTable")->clearSelection();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    for (const char *name : {"createSnapshotAction", "previewSnapshotAction", "deleteSnapshotAction", "newDiskAction",
                             "attachDiskAction", "detachDiskAction", "amendDiskAction", "downloadImageAction"}) {
        QVERIFY2(!action(name)->isEnabled(), name);
    }
    table("vmTable")->setFocus();
    QVERIFY(!action("copyIdAction")->isEnabled());
    QVERIFY(action("uploadImageAction")->isEnabled()); // a new disk needs no selection
    QVERIFY(action("refreshAction")->isEnabled());

    // A VM: its snapshot and disk actions; a disk of it: the disk's.
    selectVm(QStringLiteral("build-01"));
    QTRY_VERIFY_WITH_TIMEOUT(action("createSnapshotAction")->isEnabled(), loadTimeoutMs);
    QVERIFY(action("newDiskAction")->isEnabled());
    QVERIFY(action("copyIdAction")->isEnabled());
    QVERIFY(!action("detachDiskAction")->isEnabled());
    QVERIFY(!action("downloadImageAction")->isEnabled());
    QTableView *disks = table("diskTable");
    QTRY_VERIFY_WITH_TIMEOUT(disks->model()->rowCount() > 0, loadTimeoutMs);
    disks->selectRow(0);
    QVERIFY(action("detachDiskAction")->isEnabled());
    QVERIFY(action("usedByAction")->isEnabled());
    QVERIFY(action("downloadImageAction")->isEnabled());
    disks->clearSelection();
    QVERIFY(!action("downloadImageAction")->isEnabled());
}

void TestShortcuts::ctrlNOpensCreateSnapshotForTheSelectedVm()
{
    selectVm(QStringLiteral("db-01"));
    const QString vmId = selectedVmId();
    QVERIFY(!vmId.isEmpty());
    auto *create = m_window->findChild<QAction *>(QStringLiteral("createSnapshotAction"));
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), loadTimeoutMs);

    QString dialogVmId;
    bool opened = false;
    QTimer watcher;
    watcher.setInterval(20);
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<CreateSnapshotDialog *>(QApplication::activeModalWidget())) {
            watcher.stop();
            opened = true;
            dialogVmId = dialog->request().vmId;
            dialog->reject();
        }
    });
    watcher.start();
    // From the VM list, where the focus is after choosing a VM.
    QVERIFY(table("vmTable")->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    QCOMPARE(dialogVmId, vmId);

    // On the Snapshots tab the same key does the same.
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("snapshotsPage")));
    m_window->activateWindow(); // the dialog took it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table("snapshotTable")->setFocus();
    QVERIFY(table("snapshotTable")->hasFocus());
    opened = false;
    watcher.start();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
    QCOMPARE(dialogVmId, vmId);
    watcher.stop();
    details->setCurrentIndex(0);
}

void TestShortcuts::f5RefreshesAndKeepsTheSelection()
{
    selectVm(QStringLiteral("build-01"));
    const QString vmId = selectedVmId();
    QTableView *snapshots = table("snapshotTable");
    QTRY_VERIFY_WITH_TIMEOUT(snapshots->model()->rowCount() > 0, loadTimeoutMs);
    const int before = snapshots->model()->rowCount();

    // Someone else creates a snapshot of it (the manager, not this window).
    CreateSnapshotRequest request;
    request.vmId = vmId;
    request.description = QStringLiteral("made elsewhere");
    std::optional<Result<Snapshot>> created;
    m_client.createSnapshot(request, this, [&](Result<Snapshot> result) { created = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), loadTimeoutMs);
    QVERIFY2(created->ok(), qPrintable(created->error->text()));

    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !m_window->isLoading(), loadTimeoutMs);
    // The new snapshot is there, under the same selected VM.
    QTRY_COMPARE_WITH_TIMEOUT(snapshots->model()->rowCount(), before + 1, loadTimeoutMs);
    QCOMPARE(selectedVmId(), vmId);
    bool listed = false;
    for (int row = 0; row < snapshots->model()->rowCount(); ++row)
        listed = listed || snapshots->model()->index(row, SnapshotListModel::DescriptionColumn).data().toString() == request.description;
    QVERIFY(listed);
}

void TestShortcuts::ctrlShiftCCopiesTheId()
{
    selectVm(QStringLiteral("web-01"));
    const QString vmId = selectedVmId();
    QVERIFY(!vmId.isEmpty());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), vmId);
    // Ctrl+C copies the name.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("web-01"));

    // The tree copies what is current in it, with the same keys.
    auto *tree = m_window->findChild<QTreeView *>();
    QVERIFY(tree);
    tree->setFocus();
    QTRY_VERIFY(tree->currentIndex().isValid());
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), tree->currentIndex().data().toString());
}

void TestShortcuts::ctrlShiftOShowsTheDisksStorageDomain()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("allDisksPage")));
    QTableView *disks = table("allDisksTable");
    QTRY_VERIFY_WITH_TIMEOUT(disks->model()->rowCount() > 0, loadTimeoutMs);
    disks->selectRow(0);
    disks->setFocus();
    const QStringList domains = disks->model()->index(0, 0).data(DiskListModel::StorageDomainIdsRole).toStringList();
    QVERIFY(!domains.isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(tabs->currentWidget()->objectName(), QStringLiteral("storageDomainsPage"));
    const QModelIndexList selected = table("storageDomainTable")->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(StorageDomainListModel::IdRole).toString(), domains.constFirst());
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
