#include "mainwindow.h"

#include "commiterasure.h"
#include "diskchainplot.h"
#include "diskdetailspane.h"
#include "diskfilterproxymodel.h"
#include "disklistmodel.h"
#include "eventspane.h"
#include "inventorytreemodel.h"
#include "navigationhistory.h"
#include "savedsearches.h"
#include "searchsyntax.h"
#include "plotpalette.h"
#include "readablepalette.h"
#include "storagecapacityplot.h"
#include "tabletools.h"
#include "vmlistloader.h"
#include "compatlevelswindow.h"
#include "datacenterspage.h"
#include "diskspage.h"
#include "commitsnapshotdialog.h"
#include "connectionstatuswidget.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "displaytext.h"
#include "operationtracker.h"
#include "preferencesdialog.h"
#include "previewsnapshotdialog.h"
#include "shortcuttooltips.h"
#include "snapshotactions.h"
#include "snapshotdiskrules.h"
#include "snapshotlistmodel.h"
#include "snapshottimelineplot.h"
#include "taskspane.h"
#include "transferactions.h"
#include "storagedomainlistmodel.h"
#include "vmdisklistmodel.h"
#include "vmfilterproxymodel.h"
#include "vmdiskactions.h"
#include "vmgeneralpane.h"
#include "vmlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QTableView *createTable(const QString &objectName, const QString &accessibleName,
                        QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    return TableTools::createListTable(objectName, accessibleName, model, stretchColumn, parent);
}

// The platform's key for a standard action, or \a fallback where the platform has none (Quit
// and Preferences have none in Qt's Windows scheme, which generic and offscreen platforms use).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QLabel *createPlaceholder(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QFrame *createSeparator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QList<Disk> disksOf(const QList<DiskAttachment> &attachments)
{
    QList<Disk> disks;
    for (const DiskAttachment &attachment : attachments) {
        if (attachment.disk)
            disks.append(*attachment.disk);
    }
    return disks;
}

} // namespace

MainWindow::MainWindow(Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_vmModel(new VmListModel(this))
    , m_vmLoader(new VmListLoader(client, m_vmModel, this))
    , m_allDisksModel(new DiskListModel(this))
    , m_allDisksProxy(new DiskFilterProxyModel(this))
    , m_domainDisksProxy(new DiskFilterProxyModel(this))
    , m_treeModel(new InventoryTreeModel(this))
    , m_history(new NavigationHistory(this))
    , m_vmProxy(new VmFilterProxyModel(this))
    , m_diskModel(new VmDiskListModel(this))
    , m_snapshotModel(new SnapshotListModel(this))
    , m_storageDomainModel(new StorageDomainListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DiskDesk"));
    m_vmProxy->setSourceModel(m_vmModel);
    m_allDisksProxy->setSourceModel(m_allDisksModel);
    m_domainDisksProxy->setSourceModel(m_allDisksModel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Inventory"));
    m_tabs->setDocumentMode(true);
    m_vmsPage = createVmsPage();
    m_allDisksPage = createAllDisksPage();
    m_storageDomainsPage = createStorageDomainsPage();
    m_tabs->addTab(m_vmsPage, tr("Virtual Machines"));
    m_tabs->addTab(m_allDisksPage, tr("Disks"));
    m_tabs->addTab(m_storageDomainsPage, tr("Storage Domains"));

    // The tree beside the tabs, as in the portal: where things are, next to what they hold.
    auto *workspace = new QSplitter(Qt::Horizontal, this);
    workspace->setObjectName(QStringLiteral("workspaceSplitter"));
    workspace->setChildrenCollapsible(false);
    workspace->addWidget(createNavigationTree());
    workspace->addWidget(createInventoryArea());
    workspace->setStretchFactor(0, 0);
    workspace->setStretchFactor(1, 1);
    workspace->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28, 1000});
    setCentralWidget(workspace);
    createSearchBar();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSearchPrompt);

    // Operations and their outcomes under the window, out of the way of the lists.
    m_tasksPane = new TasksPane(this);
    auto *tasksDock = new QDockWidget(tr("Tasks"), this);
    tasksDock->setObjectName(QStringLiteral("tasksDock"));
    tasksDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    tasksDock->setWidget(m_tasksPane);
    addDockWidget(Qt::BottomDockWidgetArea, tasksDock);
    resizeDocks({tasksDock}, {fontMetrics().height() * 6}, Qt::Vertical);
    // The manager's audit log beside the tasks: what happened, also what others did.
    m_eventsPane = new EventsPane(m_client, this);
    auto *eventsDock = new QDockWidget(tr("Events"), this);
    eventsDock->setObjectName(QStringLiteral("eventsDock"));
    eventsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    eventsDock->setWidget(m_eventsPane);
    splitDockWidget(tasksDock, eventsDock, Qt::Horizontal);
    connect(m_tasksPane, &TasksPane::operationFinished, this,
            [this](bool, const QString &message) {
                // refresh() clears the status bar: the outcome goes there after it.
                refresh();
                statusBar()->showMessage(message);
            });

    createMenus();
    // A VM's status (Down, Up...) decides which snapshot actions apply.
    connect(m_vmModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateSnapshotActions);
    connect(m_vmModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateSnapshotActions);

    m_loadingLabel = new QLabel(tr("Loading…"), this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->hide();
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("%1 at %2")
                                   .arg(m_client->user(), m_client->apiUrl().toDisplayString()));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_loadingLabel);
    // A lost manager and the automatic reconnect show here; the views re-read once it is back.
    auto *connectionStatus = new ConnectionStatusWidget(m_client, this);
    statusBar()->addPermanentWidget(connectionStatus);
    connect(connectionStatus, &ConnectionStatusWidget::reconnected, this, &MainWindow::refresh);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(createSeparator(this));
    statusBar()->addPermanentWidget(m_versionLabel);

    // The loader fills the VM list page by page; the first rows show before the last arrive.
    connect(m_vmLoader, &VmListLoader::finished, this, [this] {
        m_vmsError.clear();
        vmsLoaded();
        if (std::exchange(m_vmLoadCounted, false))
            requestFinished();
    });
    connect(m_vmLoader, &VmListLoader::failed, this, [this](const ApiError &error) {
        m_vmsError = error.text();
        showError(tr("Could not load the virtual machines"), error);
        updateEmptyStates();
        if (std::exchange(m_vmLoadCounted, false))
            requestFinished();
    });
    connect(m_vmLoader, &VmListLoader::pageLoaded, this, [this](int count) {
        m_loadingLabel->setText(tr("Loading… %n virtual machines", nullptr, count));
    });

    // Plots in the desktop's colours, light or dark, and again when the system switches.
    PlotPalette::follow(m_timelinePlot);
    PlotPalette::follow(m_capacityPlot);
    PlotPalette::follow(findChild<DiskChainPlot *>());
    // Text, selection and placeholder colours that read in the system's palette, light or dark.
    ReadablePalette::follow(this);

    updateEmptyStates();
    updateSearchPrompt();
    updateTableActions();
    ShortcutToolTips::install(this);
    refresh();
    m_eventsPane->start();
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the window, which moves the focus and emits focusChanged while this
    // object is no longer a MainWindow (UBSan reports the call): stop listening first.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

QList<QTableView *> MainWindow::rememberedTables() const
{
    return {m_vmTable, m_diskTable, m_snapshotTable, m_allDisksTable, m_storageDomainTable, m_domainDisksTable};
}

void MainWindow::setProfileName(const QString &name)
{
    m_profileName = name;
    rebuildSavedSearchesMenu();
    restoreLayout();
}

void MainWindow::saveLayout() const
{
    if (m_profileName.isEmpty())
        return;
    QSettings settings;
    const QString group = QStringLiteral("layout/") + QString(settingsScope()).replace(QLatin1Char('/'), QLatin1Char('_'));
    settings.setValue(group + QStringLiteral("/geometry"), saveGeometry());
    settings.setValue(group + QStringLiteral("/state"), saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(group + QStringLiteral("/") + splitter->objectName(), splitter->saveState());
    }
    for (const QTableView *table : rememberedTables())
        TableTools::saveLayout(settings, group, table);
    settings.setValue(group + QStringLiteral("/autoRefresh"), m_autoRefreshAction->isChecked());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QString group = QStringLiteral("layout/") + QString(settingsScope()).replace(QLatin1Char('/'), QLatin1Char('_'));
    if (!settings.contains(group + QStringLiteral("/state")))
        return; // the first start with this profile: the built-in layout
    restoreGeometry(settings.value(group + QStringLiteral("/geometry")).toByteArray());
    restoreState(settings.value(group + QStringLiteral("/state")).toByteArray());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(group + QStringLiteral("/") + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    for (QTableView *table : rememberedTables()) {
        TableTools::restoreLayout(settings, group, table);
        // Widths the person chose win over sizing to the contents on each reload.
        table->setProperty("keepColumnWidths", true);
    }
    m_autoRefreshAction->setChecked(settings.value(group + QStringLiteral("/autoRefresh"), false).toBool());
}

void MainWindow::createTableActions(QMenu *editMenu, QMenu *viewMenu)
{
    const auto make = [this](const QString &text, const QString &objectName, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_copyNameAction = make(tr("Copy &Name"), QStringLiteral("copyNameAction"), QKeySequence::Copy);
    connect(m_copyNameAction, &QAction::triggered, this, [this] { copySelected(false); });
    m_copyIdAction = make(tr("Copy &ID"), QStringLiteral("copyIdAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIdAction, &QAction::triggered, this, [this] { copySelected(true); });
    m_exportCsvAction = make(tr("&Export Table to CSV…"), QStringLiteral("exportCsvAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        if (QTableView *table = activeTable()) {
            const QString outcome = TableTools::exportWithDialog(table, this);
            if (!outcome.isEmpty())
                statusBar()->showMessage(outcome);
        }
    });
    m_columnsAction = make(tr("C&olumns…"), QStringLiteral("columnsAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_columnsAction, &QAction::triggered, this, [this] {
        if (QTableView *table = activeTable())
            TableTools::showColumnMenu(table, table->mapToGlobal(QPoint(0, 0)));
    });
    m_autoRefreshAction = make(tr("&Auto-Refresh Every 30 Seconds"), QStringLiteral("autoRefreshAction"),
                               QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_autoRefreshAction->setCheckable(true);
    m_autoRefreshTimer = new QTimer(this);
    m_autoRefreshTimer->setObjectName(QStringLiteral("autoRefreshTimer"));
    m_autoRefreshTimer->setInterval(30000);
    connect(m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        // A refresh still under way is not stacked up with another one.
        if (!isLoading())
            refresh();
    });
    connect(m_autoRefreshAction, &QAction::toggled, m_autoRefreshTimer, [this](bool on) {
        on ? m_autoRefreshTimer->start() : m_autoRefreshTimer->stop();
    });

    editMenu->addAction(m_copyNameAction);
    editMenu->addAction(m_copyIdAction);
    editMenu->addSeparator();
    editMenu->addAction(m_exportCsvAction);
    QAction *find = findChild<QAction *>(QStringLiteral("focusSearchAction"));
    if (find) {
        editMenu->addSeparator();
        editMenu->addAction(find);
    }
    viewMenu->addAction(m_autoRefreshAction);
    viewMenu->addAction(m_columnsAction);

    for (QTableView *table : {m_vmTable, m_diskTable, m_snapshotTable, m_allDisksTable, m_storageDomainTable, m_domainDisksTable}) {
        TableTools::installColumnChooser(table);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateTableActions);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTableActions);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateTableActions);

    // Context menus: the actions valid for what was clicked, then the table's own.
    connect(m_vmTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showContextMenu(m_vmTable, position, {m_createSnapshotAction});
    });
    // Ctrl+N on the VM list creates a snapshot of the selected VM, as on its Snapshots tab.
    m_vmTable->addAction(m_createSnapshotAction);
    // Kept for the life of the window, so that its shortcut works without the menu.
    auto *showDomain = new QAction(tr("Show &Storage Domain"), this);
    showDomain->setObjectName(QStringLiteral("showDiskDomainAction"));
    showDomain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    showDomain->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_allDisksPage->addAction(showDomain);
    const auto selectedDiskDomains = [this] {
        const int row = m_allDisksModel->rowOf(selectedDiskId());
        return row >= 0 ? m_allDisksModel->disks().at(row).storageDomainIds : QStringList();
    };
    const auto updateShowDomain = [showDomain, selectedDiskDomains] {
        showDomain->setEnabled(!selectedDiskDomains().isEmpty());
    };
    connect(m_allDisksTable->selectionModel(), &QItemSelectionModel::selectionChanged, showDomain, updateShowDomain);
    connect(m_allDisksModel, &QAbstractItemModel::modelReset, showDomain, updateShowDomain);
    updateShowDomain();
    connect(showDomain, &QAction::triggered, this, [this, selectedDiskDomains] {
        const QStringList domains = selectedDiskDomains();
        if (!domains.isEmpty())
            navigateTo({InventoryNode::Kind::StorageDomain, domains.constFirst()});
    });
    connect(m_allDisksTable, &QWidget::customContextMenuRequested, this, [this, showDomain](const QPoint &position) {
        showContextMenu(m_allDisksTable, position, {showDomain});
    });
    connect(m_storageDomainTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        showContextMenu(m_storageDomainTable, position, {});
    });
    // The tree copies with the same actions (and keys) as the tables: copySelected() follows
    // the focus.
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_tree->indexAt(position);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
        m_tree->setFocus(Qt::PopupFocusReason);
        updateTableActions();
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("treeContextMenu"));
        menu.addAction(m_copyNameAction);
        menu.addAction(m_copyIdAction);
        menu.addSeparator();
        menu.addAction(m_refreshAction);
        menu.exec(m_tree->viewport()->mapToGlobal(position));
    });
}

QTableView *MainWindow::activeTable() const
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *table = qobject_cast<QTableView *>(widget))
            return rememberedTables().contains(table) || table->window() == this ? table : nullptr;
        if (widget == this)
            break;
    }
    if (m_tabs->currentWidget() == m_allDisksPage)
        return m_allDisksTable;
    if (m_tabs->currentWidget() == m_storageDomainsPage)
        return m_storageDomainTable;
    return m_vmTable;
}

void MainWindow::updateTableActions()
{
    if (!m_copyNameAction)
        return;
    QTableView *table = activeTable();
    if (m_tree->hasFocus()) {
        const InventoryNode node = InventoryTreeModel::nodeAt(m_tree->currentIndex());
        m_copyNameAction->setEnabled(m_tree->currentIndex().isValid());
        m_copyIdAction->setEnabled(node.isValid());
    } else {
        const bool selected = table && table->selectionModel() && table->selectionModel()->hasSelection();
        m_copyNameAction->setEnabled(selected);
        m_copyIdAction->setEnabled(selected);
    }
    m_exportCsvAction->setEnabled(table && table->model()->rowCount() > 0);
    m_columnsAction->setEnabled(table != nullptr);
}

void MainWindow::copySelected(bool id)
{
    if (m_tree->hasFocus()) {
        const QModelIndex current = m_tree->currentIndex();
        const QString text = id ? InventoryTreeModel::nodeAt(current).id : current.data().toString();
        if (text.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(text);
        statusBar()->showMessage(id ? tr("Copied the ID %1.").arg(text) : tr("Copied \u201c%1\u201d.").arg(text), 4000);
        return;
    }
    QTableView *table = activeTable();
    if (!table)
        return;
    QStringList lines;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        // Every list model of DiskDesk keeps the id right after its sort role.
        lines.append(id ? index.data(Qt::UserRole + 1).toString() : index.data().toString());
    }
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(id ? tr("Copied the ID %1.").arg(lines.join(QStringLiteral(", ")))
                                : tr("Copied \u201c%1\u201d.").arg(lines.join(QStringLiteral(", "))), 4000);
}

void MainWindow::showContextMenu(QTableView *table, const QPoint &position, const QList<QAction *> &specific)
{
    const QModelIndex index = table->indexAt(position);
    if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), index.parent()))
        table->selectRow(index.row());
    table->setFocus(Qt::PopupFocusReason);
    updateTableActions();
    QMenu menu(this);
    menu.setObjectName(table->objectName() + QStringLiteral("ContextMenu"));
    for (QAction *action : specific)
        menu.addAction(action);
    if (!specific.isEmpty())
        menu.addSeparator();
    menu.addAction(m_copyNameAction);
    menu.addAction(m_copyIdAction);
    menu.addSeparator();
    menu.addAction(m_exportCsvAction);
    menu.addAction(m_columnsAction);
    menu.addAction(m_refreshAction);
    menu.exec(table->viewport()->mapToGlobal(position));
}

QWidget *MainWindow::createVmsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("vmsPage"));

    // Shown while a data center or cluster chosen in the tree narrows the list.
    m_vmScopeLabel = new QLabel(page);
    m_vmScopeLabel->setObjectName(QStringLiteral("vmScopeLabel"));
    m_vmScopeLabel->setTextFormat(Qt::RichText);
    m_vmScopeLabel->hide();
    connect(m_vmScopeLabel, &QLabel::linkActivated, this, [this] { setVmScope({}); });

    m_vmTable = createTable(QStringLiteral("vmTable"), tr("Virtual machines"), m_vmProxy,
                            VmListModel::DescriptionColumn, page);
    m_vmTable->setSortingEnabled(true);
    m_vmTable->sortByColumn(VmListModel::NameColumn, Qt::AscendingOrder);
    connect(m_vmTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::vmSelectionChanged);
    m_vmTable->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *vmListPane = new QWidget(page);
    auto *vmListLayout = new QVBoxLayout(vmListPane);
    vmListLayout->setContentsMargins(0, 0, 0, 0);
    vmListLayout->addWidget(m_vmScopeLabel);
    vmListLayout->addWidget(m_vmTable);

    // Disks and snapshots of the selected VM, the two sub-tabs the portal has for them.
    m_diskTable = createTable(QStringLiteral("diskTable"), tr("Disks"), m_diskModel,
                              VmDiskListModel::StatusColumn, page);
    m_diskPlaceholder = createPlaceholder(
        QStringLiteral("diskPlaceholder"), tr("No disks are attached to this virtual machine."),
        page);
    m_diskStack = new QStackedWidget(page);
    m_diskStack->setObjectName(QStringLiteral("diskStack"));
    m_diskStack->addWidget(m_diskTable);
    m_diskStack->addWidget(m_diskPlaceholder);

    m_snapshotTable = createTable(QStringLiteral("snapshotTable"), tr("Snapshots"),
                                  m_snapshotModel, SnapshotListModel::DisksColumn, page);
    m_timelinePlot = new SnapshotTimelinePlot(page);

    m_vmDetailsTabs = new QTabWidget(page);
    m_vmDetailsTabs->setObjectName(QStringLiteral("vmDetailsTabs"));
    m_vmDetailsTabs->setAccessibleName(tr("Virtual machine details"));
    // General first, as in the administration portal's VM sub-tabs; the storage views open
    // on Disks, what this program is for.
    auto *general = new VmGeneralPane(m_client, page);
    m_vmDetailsTabs->addTab(general, tr("General"));
    QWidget *disksPage = createDisksPage(page);
    m_vmDetailsTabs->addTab(disksPage, tr("Disks"));
    m_vmDetailsTabs->addTab(createSnapshotsPage(page), tr("Snapshots"));
    m_vmDetailsTabs->addTab(m_timelinePlot, tr("Timeline"));
    m_vmDetailsTabs->setCurrentWidget(disksPage);
    connect(general, &VmGeneralPane::copied, this, [this](const QString &text) {
        statusBar()->showMessage(text, 4000);
    });
    // Replies arrive in any order; one update after the last of a burst.
    auto *generalUpdate = new QTimer(this);
    generalUpdate->setSingleShot(true);
    generalUpdate->setInterval(0);
    connect(generalUpdate, &QTimer::timeout, this, [this, general] {
        const std::optional<Vm> vm = currentVm();
        VmGeneralPane::Related related;
        if (vm) {
            for (const Cluster &cluster : std::as_const(m_clusters)) {
                if (cluster.id != vm->clusterId)
                    continue;
                related.clusterName = cluster.name;
                for (const DataCenter &dataCenter : std::as_const(m_dataCenters)) {
                    if (dataCenter.id == cluster.dataCenterId)
                        related.dataCenterName = dataCenter.name;
                }
            }
        }
        related.attachments = m_diskModel->attachments();
        related.snapshots = m_snapshotModel->snapshots();
        related.storageLoaded = m_vmStorageLoaded;
        general->setVm(vm, related);
    });
    const auto scheduleGeneral = [generalUpdate] { generalUpdate->start(); };
    connect(m_vmModel, &QAbstractItemModel::dataChanged, generalUpdate, scheduleGeneral);
    connect(m_vmModel, &QAbstractItemModel::modelReset, generalUpdate, scheduleGeneral);
    connect(m_diskModel, &QAbstractItemModel::modelReset, generalUpdate, scheduleGeneral);
    connect(m_diskModel, &QAbstractItemModel::dataChanged, generalUpdate, scheduleGeneral);
    connect(m_snapshotModel, &QAbstractItemModel::modelReset, generalUpdate, scheduleGeneral);
    connect(m_treeModel, &QAbstractItemModel::modelReset, generalUpdate, scheduleGeneral);
    connect(this, &MainWindow::loadingFinished, generalUpdate, scheduleGeneral);

    m_vmPlaceholder = createPlaceholder(
        QStringLiteral("vmPlaceholder"),
        tr("Select a virtual machine to see its disks and snapshots."), page);
    m_vmDetailsStack = new QStackedWidget(page);
    m_vmDetailsStack->setObjectName(QStringLiteral("vmDetailsStack"));
    m_vmDetailsStack->addWidget(m_vmPlaceholder);
    m_vmDetailsStack->addWidget(m_vmDetailsTabs);

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_diskModel),
                                      static_cast<QAbstractItemModel *>(m_vmProxy)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyStates);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyStates);
    }

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("vmSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(vmListPane);
    splitter->addWidget(m_vmDetailsStack);
    // The selected VM's storage is what the window is about; give it the larger share.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *MainWindow::createDisksPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("disksPage"));
    m_diskActions = new VmDiskActions(
        m_client, m_diskTable, m_diskModel, [this] { return currentVm(); },
        [this] { return m_snapshotModel->snapshots(); }, this);
    for (QAction *action : m_diskActions->actions())
        page->addAction(action);
    connect(m_diskActions, &VmDiskActions::trackerStarted, this, &MainWindow::runOperation);
    connect(m_diskActions, &VmDiskActions::message, this, [this](const QString &text) {
        text.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(text);
    });
    // The VM's status and its snapshots (a preview) decide what applies.
    connect(m_vmModel, &QAbstractItemModel::dataChanged, m_diskActions, &VmDiskActions::update);
    connect(m_snapshotModel, &QAbstractItemModel::modelReset, m_diskActions, &VmDiskActions::update);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_diskActions->toolBar());
    layout->addWidget(m_diskStack);
    return page;
}

QWidget *MainWindow::createSnapshotsPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("snapshotsPage"));
    createSnapshotActions();

    auto *toolBar = new QToolBar(page);
    toolBar->setObjectName(QStringLiteral("snapshotToolBar"));
    toolBar->setAccessibleName(tr("Snapshot actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<QAction *> actions = {m_createSnapshotAction, m_previewSnapshotAction,
                                      m_customPreviewAction, m_commitSnapshotAction,
                                      m_undoSnapshotAction, m_restoreSnapshotAction,
                                      m_deleteSnapshotAction};
    for (QAction *action : actions) {
        toolBar->addAction(action);
        // Shortcuts act while the Snapshots tab has the focus (Delete must not fire in the
        // VM filter field).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
    }
    for (QAction *action : actions) {
        if (QWidget *button = toolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }

    m_snapshotTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_snapshotTable, &QWidget::customContextMenuRequested, this,
            [this, actions](const QPoint &position) {
                QMenu menu(this);
                menu.setObjectName(QStringLiteral("snapshotContextMenu"));
                menu.addActions(actions);
                menu.exec(m_snapshotTable->viewport()->mapToGlobal(position));
            });
    connect(m_snapshotTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSnapshotActions);
    connect(m_snapshotModel, &QAbstractItemModel::modelReset, this, [this] {
        updateSnapshotActions();
        updateTimeline();
    });
    connect(m_snapshotModel, &QAbstractItemModel::dataChanged, this, [this] {
        updateSnapshotActions();
        updateTimeline();
    });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_snapshotTable);
    return page;
}

void MainWindow::createSnapshotActions()
{
    const auto make = [this](const QString &text, const QString &objectName,
                             const QKeySequence &shortcut, void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_createSnapshotAction = make(tr("&Create…"), QStringLiteral("createSnapshotAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::createSnapshot);
    m_previewSnapshotAction = make(tr("&Preview"), QStringLiteral("previewSnapshotAction"),
                                   QKeySequence(Qt::CTRL | Qt::Key_P),
                                   &MainWindow::previewSnapshot);
    m_customPreviewAction = make(tr("C&ustom Preview…"), QStringLiteral("customPreviewAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 &MainWindow::customPreviewSnapshot);
    m_commitSnapshotAction = make(tr("Co&mmit…"), QStringLiteral("commitSnapshotAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                  &MainWindow::commitSnapshot);
    m_undoSnapshotAction = make(tr("&Undo"), QStringLiteral("undoSnapshotAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                &MainWindow::undoSnapshot);
    m_restoreSnapshotAction = make(tr("&Restore…"), QStringLiteral("restoreSnapshotAction"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                   &MainWindow::restoreSnapshot);
    m_deleteSnapshotAction = make(tr("&Delete…"), QStringLiteral("deleteSnapshotAction"),
                                  QKeySequence::Delete, &MainWindow::deleteSnapshot);
    updateSnapshotActions();
}

std::optional<Vm> MainWindow::currentVm() const
{
    const int row = m_vmModel->rowOf(m_currentVmId);
    if (m_currentVmId.isEmpty() || row < 0)
        return std::nullopt;
    return m_vmModel->vms().at(row);
}

std::optional<Snapshot> MainWindow::selectedSnapshot() const
{
    if (!m_snapshotTable)
        return std::nullopt;
    const QModelIndexList rows = m_snapshotTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst().data(SnapshotListModel::EntityRole).value<Snapshot>();
}

QHash<QString, QList<Disk>> MainWindow::snapshotDisksById() const
{
    QHash<QString, QList<Disk>> disks = m_snapshotModel->snapshotDisks();
    for (const Snapshot &snapshot : m_snapshotModel->snapshots()) {
        if (!disks.contains(snapshot.id) && !snapshot.disks.isEmpty())
            disks.insert(snapshot.id, snapshot.disks);
    }
    return disks;
}

void MainWindow::updateSnapshotActions()
{
    if (!m_createSnapshotAction)
        return;
    const std::optional<Vm> vm = currentVm();
    const std::optional<Snapshot> selected = selectedSnapshot();
    const QList<Snapshot> &snapshots = m_snapshotModel->snapshots();
    const QList<std::pair<QAction *, SnapshotActions::Action>> actions = {
        {m_createSnapshotAction, SnapshotActions::Action::Create},
        {m_previewSnapshotAction, SnapshotActions::Action::Preview},
        {m_customPreviewAction, SnapshotActions::Action::CustomPreview},
        {m_commitSnapshotAction, SnapshotActions::Action::Commit},
        {m_undoSnapshotAction, SnapshotActions::Action::Undo},
        {m_restoreSnapshotAction, SnapshotActions::Action::Restore},
        {m_deleteSnapshotAction, SnapshotActions::Action::Delete}};
    for (const auto &[action, which] : actions) {
        // Until the VM's storage has loaded nothing is known, so nothing is offered.
        const QString reason = !vm || !m_vmStorageLoaded
                                   ? tr("Select a virtual machine.")
                                   : SnapshotActions::disabledReason(
                                         which, *vm, snapshots, selected ? &*selected : nullptr);
        action->setEnabled(reason.isEmpty());
        // The reason a button is grey, where the person looks for it.
        action->setToolTip(reason.isEmpty() ? action->text().remove(QLatin1Char('&'))
                                            : reason);
        action->setStatusTip(reason);
    }
}

void MainWindow::updateTimeline()
{
    if (m_timelinePlot)
        m_timelinePlot->setSnapshots(m_snapshotModel->snapshots(), snapshotDisksById(),
                                     m_snapshotModel->currentDisks());
}

void MainWindow::runOperation(OperationTracker *tracker)
{
    m_tasksPane->track(tracker);
    statusBar()->showMessage(tr("%1: started.").arg(tracker->description()));
    // The manager answers at once and locks what it works on; show that state.
    if (!m_currentVmId.isEmpty())
        loadVmStorage(m_currentVmId);
}

void MainWindow::createSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    if (!vm || !m_createSnapshotAction->isEnabled())
        return;
    CreateSnapshotDialog dialog(*vm, m_snapshotModel->currentDisks(), m_snapshotModel->snapshots(),
                                this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runOperation(OperationTracker::createSnapshot(m_client, dialog.request()));
}

void MainWindow::previewSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    const std::optional<Snapshot> snapshot = selectedSnapshot();
    if (!vm || !snapshot || !m_previewSnapshotAction->isEnabled())
        return;
    const QHash<QString, QList<Disk>> disks = snapshotDisksById();
    if (!disks.contains(snapshot->id)) {
        statusBar()->showMessage(tr("The disks of this snapshot are still loading."));
        return;
    }
    const Snapshot *active = SnapshotActions::active(m_snapshotModel->snapshots());
    const QList<Disk> &current = m_snapshotModel->currentDisks();
    PreviewSnapshotRequest request;
    request.vmId = vm->id;
    request.snapshotId = snapshot->id;
    // Without memory or missing disks there is nothing to ask: the portal previews at once.
    if (PreviewSnapshotDialog::isNeeded(*snapshot, disks.value(snapshot->id), current)) {
        PreviewSnapshotDialog dialog(*vm, *snapshot, disks.value(snapshot->id),
                                     active ? active->id : QString(), current, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.choice() == PreviewSnapshotDialog::Choice::CustomPreview) {
            customPreviewSnapshot();
            return;
        }
        request = dialog.request();
    }
    OperationTracker *tracker = OperationTracker::previewSnapshot(m_client, request);
    tracker->setDescription(tr("Preview snapshot \u201c%1\u201d of %2")
                                .arg(snapshot->description, vm->name));
    runOperation(tracker);
}

void MainWindow::customPreviewSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    if (!vm || !m_customPreviewAction->isEnabled())
        return;
    const std::optional<Snapshot> snapshot = selectedSnapshot();
    CustomPreviewDialog dialog(*vm, m_snapshotModel->snapshots(), snapshotDisksById(),
                               m_snapshotModel->currentDisks(),
                               snapshot ? snapshot->id : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OperationTracker *tracker = OperationTracker::previewSnapshot(m_client, dialog.request());
    tracker->setDescription(tr("Custom preview of %1").arg(vm->name));
    runOperation(tracker);
}

void MainWindow::commitSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    if (!vm || !m_commitSnapshotAction->isEnabled())
        return;
    const QList<Snapshot> &snapshots = m_snapshotModel->snapshots();
    const Snapshot *previewed = SnapshotActions::previewed(snapshots);
    if (!previewed)
        return;
    const CommitErasure erasure = CommitErasure::forCommit(snapshots, snapshotDisksById(),
                                                           m_snapshotModel->currentDisks());
    CommitSnapshotDialog dialog(CommitSnapshotDialog::Mode::Commit, *previewed, erasure, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OperationTracker *tracker = OperationTracker::commitSnapshot(m_client, vm->id);
    tracker->setDescription(tr("Commit snapshot \u201c%1\u201d of %2")
                                .arg(previewed->description, vm->name));
    runOperation(tracker);
}

void MainWindow::undoSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    if (!vm || !m_undoSnapshotAction->isEnabled())
        return;
    // The portal undoes without asking: nothing is lost, the VM returns to where it was.
    OperationTracker *tracker = OperationTracker::undoSnapshot(m_client, vm->id);
    tracker->setDescription(tr("Undo the snapshot preview of %1").arg(vm->name));
    runOperation(tracker);
}

void MainWindow::restoreSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    const std::optional<Snapshot> snapshot = selectedSnapshot();
    if (!vm || !snapshot || !m_restoreSnapshotAction->isEnabled())
        return;
    const QHash<QString, QList<Disk>> disks = snapshotDisksById();
    if (!disks.contains(snapshot->id)) {
        statusBar()->showMessage(tr("The disks of this snapshot are still loading."));
        return;
    }
    const QList<Snapshot> &snapshots = m_snapshotModel->snapshots();
    CommitSnapshotDialog dialog(CommitSnapshotDialog::Mode::Restore, *snapshot,
                                CommitErasure::forRestore(snapshots, *snapshot), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Disks the snapshot lacks stay as they are: a restore never deletes a disk silently.
    const Snapshot *active = SnapshotActions::active(snapshots);
    const QList<Disk> &current = m_snapshotModel->currentDisks();
    PreviewSnapshotRequest request;
    if (SnapshotDiskRules::missingFrom(disks.value(snapshot->id), current).isEmpty()) {
        request.vmId = vm->id;
        request.snapshotId = snapshot->id;
        request.restoreMemory = dialog.restoreMemory();
    } else {
        request = SnapshotDiskRules::previewKeepingMissing(vm->id, *snapshot,
                                                           disks.value(snapshot->id),
                                                           active ? active->id : QString(),
                                                           current, dialog.restoreMemory());
    }
    OperationTracker *tracker = OperationTracker::restoreSnapshot(m_client, request);
    tracker->setDescription(tr("Restore snapshot \u201c%1\u201d of %2")
                                .arg(snapshot->description, vm->name));
    runOperation(tracker);
}

void MainWindow::deleteSnapshot()
{
    const std::optional<Vm> vm = currentVm();
    const std::optional<Snapshot> snapshot = selectedSnapshot();
    if (!vm || !snapshot || !m_deleteSnapshotAction->isEnabled())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Snapshot"),
                    tr("Are you sure you want to delete a snapshot from %1 with description "
                       "'%2'?")
                        .arg(DisplayText::dateTime(snapshot->date), snapshot->description),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteSnapshotBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    OperationTracker *tracker = OperationTracker::removeSnapshot(m_client, vm->id, snapshot->id);
    tracker->setDescription(tr("Delete snapshot \u201c%1\u201d of %2")
                                .arg(snapshot->description, vm->name));
    runOperation(tracker);
}

QWidget *MainWindow::createStorageDomainsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("storageDomainsPage"));
    // A sorting proxy: the model keeps the manager's order, the person may sort and filter.
    m_storageDomainProxy = new QSortFilterProxyModel(page);
    m_storageDomainProxy->setSourceModel(m_storageDomainModel);
    m_storageDomainProxy->setSortRole(StorageDomainListModel::SortRole);
    m_storageDomainProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_storageDomainProxy->setFilterKeyColumn(StorageDomainListModel::NameColumn);
    m_storageDomainProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_storageDomainTable = createTable(QStringLiteral("storageDomainTable"), tr("Storage domains"),
                                       m_storageDomainProxy, StorageDomainListModel::DescriptionColumn, page);
    m_storageDomainTable->setSortingEnabled(true);
    m_storageDomainTable->sortByColumn(StorageDomainListModel::NameColumn, Qt::AscendingOrder);
    // A domain that came or went replaces the list (as for the disk lists below).
    TableTools::keepSelectionAcrossResets(m_storageDomainTable, StorageDomainListModel::IdRole);
    m_storageDomainTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_storageDomainTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::storageDomainSelectionChanged);
    connect(m_storageDomainProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);
    connect(m_storageDomainProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyStates);
    connect(m_storageDomainProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyStates);
    m_storageDomainPlaceholder = createPlaceholder(QStringLiteral("storageDomainPlaceholder"), QString(), page);
    m_storageDomainStack = new QStackedWidget(page);
    m_storageDomainStack->setObjectName(QStringLiteral("storageDomainStack"));
    m_storageDomainStack->addWidget(m_storageDomainTable);
    m_storageDomainStack->addWidget(m_storageDomainPlaceholder);

    // Below: the disks of the selected domain, and every domain's space.
    m_domainDisksProxy->setStorageDomainId(QStringLiteral("-")); // none until one is selected
    m_domainDisksTable = createTable(QStringLiteral("domainDiskTable"), tr("Disks of the storage domain"),
                                     m_domainDisksProxy, DiskListModel::DescriptionColumn, page);
    m_domainDisksTable->setSortingEnabled(true);
    m_domainDisksTable->sortByColumn(DiskListModel::AliasColumn, Qt::AscendingOrder);
    TableTools::keepSelectionAcrossResets(m_domainDisksTable, DiskListModel::IdRole);
    m_domainDisksTable->setToolTip(tr("Double-click a disk to show it in the Disks tab."));
    // Choosing another domain filters rows in and out without a reset: fit the columns to the
    // disks now shown (a handful of rows, so this is cheap).
    connect(m_domainDisksProxy, &QAbstractItemModel::rowsInserted, m_domainDisksTable, [this] {
        for (int column = 0; column < DiskListModel::DescriptionColumn; ++column)
            m_domainDisksTable->resizeColumnToContents(column);
    });
    connect(m_domainDisksTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        navigateTo({InventoryNode::Kind::Disk, index.data(DiskListModel::IdRole).toString()});
    });
    m_capacityPlot = new StorageCapacityPlot(page);
    auto *details = new QTabWidget(page);
    details->setObjectName(QStringLiteral("storageDomainDetailsTabs"));
    details->setAccessibleName(tr("Storage domain details"));
    details->addTab(m_domainDisksTable, tr("Disks"));
    details->addTab(m_capacityPlot, tr("Capacity"));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("storageDomainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_storageDomainStack);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *MainWindow::createAllDisksPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("allDisksPage"));
    m_allDisksTable = createTable(QStringLiteral("allDisksTable"), tr("All disks"), m_allDisksProxy,
                                  DiskListModel::DescriptionColumn, page);
    m_allDisksTable->setSortingEnabled(true);
    m_allDisksTable->sortByColumn(DiskListModel::AliasColumn, Qt::AscendingOrder);
    // F5 and auto-refresh replace the list when disks came or went: the selection stays.
    TableTools::keepSelectionAcrossResets(m_allDisksTable, DiskListModel::IdRole);
    m_allDisksTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_allDisksTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::diskSelectionChanged);
    m_allDisksPlaceholder = createPlaceholder(QStringLiteral("allDisksPlaceholder"), QString(), page);
    m_allDisksStack = new QStackedWidget(page);
    m_allDisksStack->setObjectName(QStringLiteral("allDisksStack"));
    m_allDisksStack->addWidget(m_allDisksTable);
    m_allDisksStack->addWidget(m_allDisksPlaceholder);

    m_diskDetails = new DiskDetailsPane(m_client, page);
    connect(m_diskDetails, &DiskDetailsPane::navigateRequested, this, &MainWindow::navigateTo);

    connect(m_allDisksProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);
    connect(m_allDisksProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyStates);
    connect(m_allDisksProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyStates);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("allDisksSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_allDisksStack);
    splitter->addWidget(m_diskDetails);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *MainWindow::createNavigationTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setAccessibleName(tr("Inventory tree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_navigating)
                    return;
                const InventoryNode node = InventoryTreeModel::nodeAt(current);
                if (node.isValid())
                    navigateTo(node);
            });
    return m_tree;
}

void MainWindow::createNavigationActions()
{
    m_backAction = new QAction(tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence::Back); // Alt+Left
    m_backAction->setToolTip(tr("Back to the previous selection (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    m_forwardAction = new QAction(tr("&Forward"), this);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcut(QKeySequence::Forward); // Alt+Right
    m_forwardAction->setToolTip(tr("Forward to the next selection (Alt+Right)"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);
    for (QAction *action : {m_backAction, m_forwardAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_history, &NavigationHistory::changed, this, &MainWindow::updateNavigationActions);
    updateNavigationActions();
}

void MainWindow::createSearchBar()
{
    createNavigationActions();
    auto *toolBar = addToolBar(tr("Navigation and Search"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_backAction);
    toolBar->addAction(m_forwardAction);
    for (QAction *action : {m_backAction, m_forwardAction}) {
        if (QWidget *button = toolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }
    toolBar->addSeparator();

    m_searchPrompt = new QLabel(toolBar);
    m_searchPrompt->setObjectName(QStringLiteral("searchPrompt"));
    m_searchPrompt->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(m_searchPrompt);
    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Typing filters the rows already loaded. Enter searches the "
                                "manager with its search language, e.g. name=web* and status=up. "
                                "Esc clears the search (Ctrl+F comes here)."));
    m_completionModel = new QStringListModel(this);
    m_searchCompleter = new QCompleter(m_completionModel, this);
    m_searchCompleter->setObjectName(QStringLiteral("searchCompleter"));
    m_searchCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_searchCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_searchEdit->setCompleter(m_searchCompleter);
    connect(m_searchEdit, &QLineEdit::textEdited, this, &MainWindow::searchTextEdited);
    // The clear button, and completions chosen from the list, change the text without an edit.
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_searchTexts[currentSearchTab()].isEmpty())
            search(QString());
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });
    toolBar->addWidget(m_searchEdit);

    auto *focusSearch = new QAction(tr("Search"), this);
    focusSearch->setObjectName(QStringLiteral("focusSearchAction"));
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(focusSearch);
    auto *clearSearch = new QAction(tr("Clear Search"), m_searchEdit);
    clearSearch->setObjectName(QStringLiteral("clearSearchAction"));
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_searchEdit->clear();
        search(QString());
    });
    m_searchEdit->addAction(clearSearch);

    m_savedSearchesMenu = new QMenu(this);
    m_savedSearchesMenu->setObjectName(QStringLiteral("savedSearchesMenu"));
    m_savedSearchesButton = new QToolButton(toolBar);
    m_savedSearchesButton->setObjectName(QStringLiteral("savedSearchesButton"));
    m_savedSearchesButton->setAccessibleName(tr("Saved searches"));
    m_savedSearchesButton->setText(tr("Saved Searches"));
    m_savedSearchesButton->setPopupMode(QToolButton::InstantPopup);
    m_savedSearchesButton->setMenu(m_savedSearchesMenu);
    toolBar->addWidget(m_savedSearchesButton);
    rebuildSavedSearchesMenu();
}

int MainWindow::currentSearchTab() const
{
    const int index = m_tabs ? m_tabs->currentIndex() : 0;
    return std::clamp(index, 0, 2);
}

void MainWindow::updateSearchPrompt()
{
    if (!m_searchEdit)
        return;
    const int tab = currentSearchTab();
    static const char *const prompts[] = {QT_TR_NOOP("Vms:"), QT_TR_NOOP("Disks:"),
                                          QT_TR_NOOP("Storage:")};
    static const char *const placeholders[] = {
        QT_TR_NOOP("name=web* and status=up"), QT_TR_NOOP("alias=data* and status=ok"),
        QT_TR_NOOP("Filter storage domains by name")};
    m_searchPrompt->setText(tr(prompts[tab]));
    m_searchEdit->setPlaceholderText(tr(placeholders[tab]));
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->setText(m_searchTexts[tab]);
}

void MainWindow::searchTextEdited(const QString &text)
{
    const int tab = currentSearchTab();
    m_searchTexts[tab] = text;
    // Instant: only the rows already here; Enter asks the manager.
    if (tab == 0)
        m_vmProxy->setNameFilter(text);
    else if (tab == 1)
        m_allDisksProxy->setSearchFilter(text);
    else
        m_storageDomainProxy->setFilterFixedString(text.trimmed());
    updateEmptyStates();

    static const QHash<QString, QStringList> vmValues{
        {QStringLiteral("status"), {QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("paused"),
                                    QStringLiteral("suspended"), QStringLiteral("image_locked"),
                                    QStringLiteral("migrating"), QStringLiteral("not_responding")}}};
    static const QHash<QString, QStringList> diskValues{
        {QStringLiteral("status"), {QStringLiteral("ok"), QStringLiteral("locked"), QStringLiteral("illegal")}}};
    QStringList completions;
    if (tab == 0)
        completions = SearchSyntax::completions(text, VmFilterProxyModel::searchFields(), vmValues);
    else if (tab == 1)
        completions = SearchSyntax::completions(text, DiskFilterProxyModel::searchFields(), diskValues);
    m_completionModel->setStringList(completions);
    if (!completions.isEmpty() && m_searchEdit->hasFocus()) {
        m_searchCompleter->setCompletionPrefix(text);
        m_searchCompleter->complete();
    }
}

void MainWindow::search(const QString &text)
{
    const int tab = currentSearchTab();
    const QString trimmed = text.trimmed();
    m_searchTexts[tab] = trimmed;
    if (m_searchEdit->text() != text) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(trimmed);
    }
    if (tab == 0) {
        m_vmProxy->setNameFilter(trimmed);
        if (trimmed != m_serverVmSearch) {
            m_serverVmSearch = trimmed;
            loadVms();
        }
    } else if (tab == 1) {
        m_allDisksProxy->setSearchFilter(trimmed);
        if (trimmed != m_serverDiskSearch) {
            m_serverDiskSearch = trimmed;
            loadDisks();
        }
    } else {
        m_storageDomainProxy->setFilterFixedString(trimmed);
    }
    updateEmptyStates();
}

QString MainWindow::settingsScope() const
{
    if (!m_profileName.isEmpty())
        return QStringLiteral("profile:") + m_profileName;
    // One manager and user: the saved searches of one, not of another.
    QUrl url = m_client->apiUrl();
    url.setUserInfo(QString());
    return m_client->user() + QLatin1Char('@') + url.toString(QUrl::RemoveScheme);
}

void MainWindow::rebuildSavedSearchesMenu()
{
    m_savedSearchesMenu->clear();
    QAction *save = m_savedSearchesMenu->addAction(tr("&Save Current Search…"), this,
                                                   &MainWindow::saveCurrentSearch);
    save->setObjectName(QStringLiteral("saveSearchAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // The menu hangs from a tool button, which does not make its shortcuts reach the window.
    addAction(save);
    QSettings settings;
    SavedSearches saved(&settings, settingsScope());
    const QList<SavedSearches::Search> searches = saved.all();
    if (!searches.isEmpty())
        m_savedSearchesMenu->addSeparator();
    for (const SavedSearches::Search &entry : searches) {
        QAction *action = m_savedSearchesMenu->addAction(
            tr("%1 \u2014 %2").arg(entry.name, entry.query), this, [this, query = entry.query] {
                m_tabs->setCurrentWidget(m_vmsPage);
                search(query);
            });
        action->setObjectName(QStringLiteral("savedSearch:") + entry.name);
        action->setData(entry.query);
    }
    if (!searches.isEmpty()) {
        QMenu *remove = m_savedSearchesMenu->addMenu(tr("&Remove"));
        remove->setObjectName(QStringLiteral("removeSavedSearchMenu"));
        for (const SavedSearches::Search &entry : searches) {
            remove->addAction(entry.name, this, [this, name = entry.name] {
                QSettings settings;
                SavedSearches(&settings, settingsScope()).remove(name);
                rebuildSavedSearchesMenu();
            });
        }
    }
}

void MainWindow::saveCurrentSearch()
{
    const QString query = m_searchTexts[0];
    if (query.isEmpty()) {
        statusBar()->showMessage(tr("Type a virtual machine search first, e.g. name=web* and status=up."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the search:"),
                                               QLineEdit::Normal, query, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QSettings settings;
    SavedSearches(&settings, settingsScope()).save(name, query);
    rebuildSavedSearchesMenu();
}

void MainWindow::rebuildTree()
{
    // Keep what the person opened: expanded items by node (headings by row).
    QSet<QString> expanded;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
            const QModelIndex index = m_treeModel->index(row, 0, parent);
            if (!m_tree->isExpanded(index))
                continue;
            const InventoryNode node = InventoryTreeModel::nodeAt(index);
            expanded.insert(node.isValid() ? QString::number(int(node.kind)) + node.id : index.data().toString());
            collect(index);
        }
    };
    const bool first = m_treeModel->rowCount() == 0;
    collect({});
    m_navigating = true;
    m_treeModel->setInventory(m_dataCenters, m_clusters, m_vmModel->vms(),
                              m_storageDomainModel->storageDomains(), m_allDisksModel->disks());
    if (first) {
        // Data centers with their clusters, and the storage domains, at first sight.
        m_tree->expandToDepth(0);
        for (int row = 0; row < m_treeModel->rowCount(); ++row) {
            const QModelIndex group = m_treeModel->index(row, 0);
            for (int child = 0; child < m_treeModel->rowCount(group); ++child)
                m_tree->expand(m_treeModel->index(child, 0, group));
        }
    } else {
        const std::function<void(const QModelIndex &)> restore = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
                const QModelIndex index = m_treeModel->index(row, 0, parent);
                const InventoryNode node = InventoryTreeModel::nodeAt(index);
                if (expanded.contains(node.isValid() ? QString::number(int(node.kind)) + node.id : index.data().toString())) {
                    m_tree->expand(index);
                    restore(index);
                }
            }
        };
        restore({});
    }
    m_navigating = false;
    selectInTree(m_currentNode);
}

void MainWindow::selectInTree(const InventoryNode &node)
{
    const QModelIndex index = m_treeModel->indexOf(node);
    const QScopedValueRollback guard(m_navigating, true);
    if (!index.isValid()) {
        m_tree->selectionModel()->clearSelection();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(index);
}

InventoryNode MainWindow::currentNode() const
{
    return m_currentNode;
}

void MainWindow::selectionMoved(const InventoryNode &node)
{
    if (m_navigating || !node.isValid())
        return;
    m_currentNode = node;
    m_history->visit(node);
    selectInTree(node);
}

void MainWindow::navigateTo(const InventoryNode &node)
{
    if (!node.isValid())
        return;
    showNode(node);
    m_currentNode = node;
    m_history->visit(node);
    selectInTree(node);
}

void MainWindow::showNode(const InventoryNode &node)
{
    const QScopedValueRollback guard(m_navigating, true);
    using Kind = InventoryNode::Kind;
    switch (node.kind) {
    case Kind::DataCenter:
    case Kind::Cluster:
        m_tabs->setCurrentWidget(m_vmsPage);
        setVmScope(node);
        break;
    case Kind::Vm: {
        m_tabs->setCurrentWidget(m_vmsPage);
        const int sourceRow = m_vmModel->rowOf(node.id);
        if (sourceRow < 0) {
            statusBar()->showMessage(tr("That virtual machine is not in the list (any more). Press F5 to read it again."));
            break;
        }
        // A VM hidden by the scope or the quick filter is shown rather than missed.
        if (!m_vmProxy->mapFromSource(m_vmModel->index(sourceRow, 0)).isValid()) {
            setVmScope({});
            if (!m_vmProxy->mapFromSource(m_vmModel->index(sourceRow, 0)).isValid())
                search(QString());
        }
        selectVm(node.id);
        m_vmTable->scrollTo(m_vmTable->currentIndex());
        break;
    }
    case Kind::Disk: {
        m_tabs->setCurrentWidget(m_allDisksPage);
        const int sourceRow = m_allDisksModel->rowOf(node.id);
        if (sourceRow < 0) {
            statusBar()->showMessage(tr("That disk is not in the list (any more). Press F5 to read it again."));
            break;
        }
        QModelIndex index = m_allDisksProxy->mapFromSource(m_allDisksModel->index(sourceRow, 0));
        if (!index.isValid()) {
            search(QString());
            index = m_allDisksProxy->mapFromSource(m_allDisksModel->index(sourceRow, 0));
        }
        m_allDisksTable->selectRow(index.row());
        m_allDisksTable->scrollTo(index);
        break;
    }
    case Kind::StorageDomain: {
        m_tabs->setCurrentWidget(m_storageDomainsPage);
        for (int row = 0; row < m_storageDomainProxy->rowCount(); ++row) {
            const QModelIndex index = m_storageDomainProxy->index(row, 0);
            if (index.data(StorageDomainListModel::IdRole).toString() == node.id) {
                m_storageDomainTable->selectRow(row);
                m_storageDomainTable->scrollTo(index);
                break;
            }
        }
        break;
    }
    case Kind::None:
    case Kind::Group:
        break;
    }
}

void MainWindow::setVmScope(const InventoryNode &scope)
{
    m_vmScope = scope;
    QStringList clusterIds;
    QString name;
    if (scope.kind == InventoryNode::Kind::Cluster) {
        clusterIds.append(scope.id);
        for (const Cluster &cluster : std::as_const(m_clusters)) {
            if (cluster.id == scope.id)
                name = tr("cluster %1").arg(cluster.name);
        }
    } else if (scope.kind == InventoryNode::Kind::DataCenter) {
        for (const Cluster &cluster : std::as_const(m_clusters)) {
            if (cluster.dataCenterId == scope.id)
                clusterIds.append(cluster.id);
        }
        for (const DataCenter &dc : std::as_const(m_dataCenters)) {
            if (dc.id == scope.id)
                name = tr("data center %1").arg(dc.name);
        }
        // A data center without clusters holds no VMs: show none rather than all.
        if (clusterIds.isEmpty())
            clusterIds.append(QStringLiteral("-"));
    }
    m_vmProxy->setClusterIds(clusterIds);
    m_vmScopeLabel->setVisible(scope.isValid());
    m_vmScopeLabel->setText(tr("Virtual machines of %1. <a href=\"all\">Show all</a>").arg(name.toHtmlEscaped()));
    updateEmptyStates();
}

void MainWindow::goBack()
{
    const InventoryNode node = m_history->back();
    if (!node.isValid())
        return;
    showNode(node);
    m_currentNode = node;
    selectInTree(node);
}

void MainWindow::goForward()
{
    const InventoryNode node = m_history->forward();
    if (!node.isValid())
        return;
    showNode(node);
    m_currentNode = node;
    selectInTree(node);
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history->canGoBack());
    m_forwardAction->setEnabled(m_history->canGoForward());
}

QString MainWindow::selectedDiskId() const
{
    const QModelIndexList rows = m_allDisksTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(DiskListModel::IdRole).toString();
}

QString MainWindow::selectedStorageDomainId() const
{
    const QModelIndexList rows = m_storageDomainTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(StorageDomainListModel::IdRole).toString();
}

void MainWindow::diskSelectionChanged()
{
    const QString diskId = selectedDiskId();
    const int row = m_allDisksModel->rowOf(diskId);
    m_diskDetails->setDisk(row >= 0 ? std::optional<Disk>(m_allDisksModel->disks().at(row)) : std::nullopt,
                           vmNames(), storageDomainNames());
    if (!diskId.isEmpty() && m_tabs->currentWidget() == m_allDisksPage)
        selectionMoved({InventoryNode::Kind::Disk, diskId});
}

void MainWindow::storageDomainSelectionChanged()
{
    const QString domainId = selectedStorageDomainId();
    // "-" matches no disk: nothing selected shows no disks rather than all of them.
    m_domainDisksProxy->setStorageDomainId(domainId.isEmpty() ? QStringLiteral("-") : domainId);
    if (!domainId.isEmpty())
        selectionMoved({InventoryNode::Kind::StorageDomain, domainId});
}

QHash<QString, QString> MainWindow::vmNames() const
{
    QHash<QString, QString> names;
    for (const Vm &vm : m_vmModel->vms())
        names.insert(vm.id, vm.name);
    return names;
}

QHash<QString, QString> MainWindow::storageDomainNames() const
{
    QHash<QString, QString> names;
    for (const StorageDomain &domain : m_storageDomainModel->storageDomains())
        names.insert(domain.id, domain.name);
    return names;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    // Image upload/download (issue 7): all of it lives in TransferActions; this is the only hook.
    TransferActions *transfers = TransferActions::install(m_client, m_tasksPane, this, fileMenu, [this]() -> std::optional<Disk> {
        // The disk selected where the person is: the Disks tab, else the VM's disks.
        if (m_tabs->currentWidget() == m_allDisksPage) {
            const int row = m_allDisksModel->rowOf(selectedDiskId());
            return row >= 0 ? std::optional<Disk>(m_allDisksModel->disks().at(row)) : std::nullopt;
        }
        const std::optional<DiskAttachment> attachment = m_diskActions ? m_diskActions->selected() : std::nullopt;
        return attachment ? attachment->disk : std::nullopt;
    });
    // Download applies to a selected image disk only.
    connect(m_diskTable->selectionModel(), &QItemSelectionModel::selectionChanged, transfers, &TransferActions::update);
    connect(m_allDisksTable->selectionModel(), &QItemSelectionModel::selectionChanged, transfers, &TransferActions::update);
    connect(m_diskModel, &QAbstractItemModel::modelReset, transfers, &TransferActions::update);
    connect(m_tabs, &QTabWidget::currentChanged, transfers, &TransferActions::update);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_backAction);
    goMenu->addAction(m_forwardAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction = refreshAction;
    createTableActions(editMenu, viewMenu);
    // The language (issue 9); applied at the next start, as the dialog says.
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts(standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));

    // qcow2 compat levels (issue 5) in a window of their own: disks and volumes, amend, versions.
    viewMenu->addSeparator();
    auto openCompatWindow = [this](bool dataCenters) {
        auto *window = findChild<CompatLevelsWindow *>();
        if (!window) {
            window = new CompatLevelsWindow(m_client, this);
            connect(window->disksPage(), &DisksPage::trackerStarted, this, [this](OperationTracker *tracker) {
                m_tasksPane->track(tracker);
                statusBar()->showMessage(tr("%1: started.").arg(tracker->description()));
            });
            connect(window->disksPage(), &DisksPage::amendsFinished, this, &MainWindow::refresh);
            connect(window->dataCentersPage(), &DataCentersPage::versionChanged, this, &MainWindow::refresh);
        }
        dataCenters ? window->showDataCenters() : window->showDisks();
        window->refresh();
        window->show();
        window->raise();
        window->activateWindow();
    };
    QAction *disksAction = viewMenu->addAction(tr("&Disks and qcow2 Compat Levels…"), this, [openCompatWindow] { openCompatWindow(false); });
    disksAction->setObjectName(QStringLiteral("compatDisksAction"));
    disksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    QAction *versionsAction = viewMenu->addAction(tr("Data &Centers and Clusters…"), this, [openCompatWindow] { openCompatWindow(true); });
    versionsAction->setObjectName(QStringLiteral("compatVersionsAction"));
    versionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
}

template <class T>
Client::Callback<T> MainWindow::tracked(Client::Callback<T> done)
{
    ++m_pendingRequests;
    m_loadingLabel->show();
    return [this, done = std::move(done)](Result<T> result) {
        // The callback may start follow-up reads; count those before this one ends so that
        // loadingFinished() only comes once everything has arrived.
        done(std::move(result));
        requestFinished();
    };
}

void MainWindow::requestFinished()
{
    if (--m_pendingRequests > 0)
        return;
    m_loadingLabel->hide();
    // Once per load, not per reply: a rebuilt tree must not flicker under the person's pointer.
    if (std::exchange(m_treeDirty, false))
        rebuildTree();
    for (auto it = m_scrollBeforeRefresh.cbegin(); it != m_scrollBeforeRefresh.cend(); ++it)
        it.key()->verticalScrollBar()->setValue(it.value());
    m_scrollBeforeRefresh.clear();
    updateTableActions();
    emit loadingFinished();
}

void MainWindow::refresh()
{
    statusBar()->clearMessage();
    // Rows updated in place keep their place; a list that is replaced scrolls back here after.
    m_scrollBeforeRefresh.clear();
    for (QTableView *table : {m_vmTable, m_allDisksTable, m_storageDomainTable})
        m_scrollBeforeRefresh.insert(table, table->verticalScrollBar()->value());
    loadApiRoot();
    loadVms();
    loadStorageDomains();
    loadDisks();
    loadDataCentersAndClusters();
}

void MainWindow::loadApiRoot()
{
    m_client->apiRoot(this, tracked<ApiRoot>([this](Result<ApiRoot> result) {
        if (!result.ok()) {
            showError(tr("Could not read the engine's version"), *result.error);
            return;
        }
        const ApiRoot &root = result.value;
        const QString version = root.fullVersion.isEmpty() ? root.version.toString()
                                                           : root.fullVersion;
        m_versionLabel->setText(tr("%1 %2").arg(root.productName, version));
        // The manager's clock places "now" on the timeline (a lab may run a fixed clock).
        if (root.time)
            m_timelinePlot->setNow(*root.time);
    }));
}

void MainWindow::loadVms()
{
    // Counted once however often F5 is pressed: a running load is replaced, not doubled.
    if (!m_vmLoadCounted) {
        m_vmLoadCounted = true;
        ++m_pendingRequests;
        m_loadingLabel->show();
    }
    m_vmLoader->load(m_serverVmSearch);
    updateEmptyStates();
}

void MainWindow::vmsLoaded()
{
    m_loadingLabel->setText(tr("Loading…"));
    const QString previous = m_currentVmId;
    const bool firstLoad = std::exchange(m_firstVmLoad, false);
    // Same VMs: rows were updated in place and the selection stayed. Otherwise the previous VM
    // is selected again if it still exists.
    if (!previous.isEmpty() && selectedVmId() == previous)
        loadVmStorage(previous);
    else if (!previous.isEmpty() && m_vmModel->rowOf(previous) >= 0)
        selectVm(previous);
    else if (firstLoad && m_vmProxy->rowCount() > 0)
        m_vmTable->selectRow(0);
    else if (!previous.isEmpty())
        loadVmStorage(QString()); // the VM is gone (or outside the search)
    m_treeDirty = true;
    updateEmptyStates();
}

void MainWindow::loadStorageDomains()
{
    m_client->storageDomains(
        this, tracked<QList<StorageDomain>>([this](Result<QList<StorageDomain>> result) {
            if (!result.ok()) {
                m_storageDomainsError = result.error->text();
                showError(tr("Could not load the storage domains"), *result.error);
                updateEmptyStates();
                return;
            }
            m_storageDomainsError.clear();
            m_storageDomainsLoaded = true;
            m_storageDomainModel->setStorageDomains(result.value);
            m_allDisksModel->setStorageDomainNames(storageDomainNames());
            m_capacityPlot->setStorageDomains(result.value);
            m_treeDirty = true;
            updateEmptyStates();
        }));
}

void MainWindow::loadDisks()
{
    m_client->disks(m_serverDiskSearch, this, tracked<QList<Disk>>([this](Result<QList<Disk>> result) {
        if (!result.ok()) {
            m_disksError = result.error->text();
            showError(tr("Could not load the disks"), *result.error);
            updateEmptyStates();
            return;
        }
        m_disksError.clear();
        m_disksLoaded = true;
        m_allDisksModel->setDisks(result.value);
        m_treeDirty = true;
        diskSelectionChanged(); // the selected disk's figures may have changed
        updateEmptyStates();
    }));
}

void MainWindow::loadDataCentersAndClusters()
{
    m_client->dataCenters(this, tracked<QList<DataCenter>>([this](Result<QList<DataCenter>> result) {
        if (!result.ok()) {
            showError(tr("Could not load the data centers"), *result.error);
            return;
        }
        m_dataCenters = result.value;
        m_treeDirty = true;
    }));
    m_client->clusters(this, tracked<QList<Cluster>>([this](Result<QList<Cluster>> result) {
        if (!result.ok()) {
            showError(tr("Could not load the clusters"), *result.error);
            return;
        }
        m_clusters = result.value;
        m_treeDirty = true;
    }));
}

void MainWindow::loadVmStorage(const QString &vmId)
{
    if (vmId != m_currentVmId) {
        // Never show one VM's disks under another's name while the new ones load.
        m_currentVmId = vmId;
        m_vmStorageLoaded = false;
        m_diskModel->setAttachments({});
        m_snapshotModel->clear();
        updateEmptyStates();
    }
    if (vmId.isEmpty())
        return;

    m_client->diskAttachments(
        vmId, true, this,
        tracked<QList<DiskAttachment>>([this, vmId](Result<QList<DiskAttachment>> result) {
            if (vmId != m_currentVmId)
                return; // the selection moved on
            if (!result.ok()) {
                showError(tr("Could not load the disks"), *result.error);
                return;
            }
            m_diskModel->setAttachments(result.value);
            m_snapshotModel->setCurrentDisks(disksOf(result.value));
            m_vmStorageLoaded = true;
            updateEmptyStates();
            updateSnapshotActions();
            updateTimeline();
        }));

    m_client->snapshots(
        vmId, this, tracked<QList<Snapshot>>([this, vmId](Result<QList<Snapshot>> result) {
            if (vmId != m_currentVmId)
                return;
            if (!result.ok()) {
                showError(tr("Could not load the snapshots"), *result.error);
                return;
            }
            m_snapshotModel->setSnapshots(result.value);
            // Like the portal, the newest real snapshot is selected when nothing is, so
            // Preview and Delete apply to it at once (rows are newest first after the
            // current entries).
            if (!m_snapshotTable->selectionModel()->hasSelection()) {
                for (int row = 0; row < m_snapshotModel->rowCount(); ++row) {
                    if (m_snapshotModel->snapshots().at(row).type == SnapshotType::Regular) {
                        m_snapshotTable->selectRow(row);
                        break;
                    }
                }
            }
            // The active snapshot has no disks collection of its own; its row shows the
            // current disks from the attachments instead.
            for (const Snapshot &snapshot : std::as_const(result.value)) {
                if (snapshot.type == SnapshotType::Active)
                    continue;
                const QString snapshotId = snapshot.id;
                m_client->snapshotDisks(
                    vmId, snapshotId, this,
                    tracked<QList<Disk>>([this, vmId, snapshotId](Result<QList<Disk>> disks) {
                        if (vmId != m_currentVmId)
                            return;
                        if (!disks.ok()) {
                            showError(tr("Could not load the disks of a snapshot"),
                                      *disks.error);
                            return;
                        }
                        m_snapshotModel->setSnapshotDisks(snapshotId, disks.value);
                    }));
            }
        }));
}

void MainWindow::vmSelectionChanged()
{
    const QString vmId = selectedVmId();
    if (!vmId.isEmpty())
        selectionMoved({InventoryNode::Kind::Vm, vmId});
    if (vmId == m_currentVmId)
        return;
    loadVmStorage(vmId);
}

QString MainWindow::selectedVmId() const
{
    const QModelIndexList rows = m_vmTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(VmListModel::IdRole).toString();
}

void MainWindow::selectVm(const QString &vmId)
{
    const int sourceRow = m_vmModel->rowOf(vmId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_vmProxy->mapFromSource(m_vmModel->index(sourceRow, 0));
    if (index.isValid())
        m_vmTable->selectRow(index.row());
}

QWidget *MainWindow::createInventoryArea()
{
    // Above the tabs, only when a refresh failed: the lists keep what was loaded last (nothing
    // is taken away while the manager is out of reach), and this line says so and how to retry.
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_staleBanner = new QFrame(area);
    m_staleBanner->setObjectName(QStringLiteral("staleDataBanner"));
    m_staleBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_staleBanner);
    auto *icon = new QLabel(m_staleBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_staleText = new QLabel(m_staleBanner);
    m_staleText->setObjectName(QStringLiteral("staleDataText"));
    m_staleText->setWordWrap(true);
    m_staleText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QToolButton(m_staleBanner);
    retry->setObjectName(QStringLiteral("staleDataRetryButton"));
    retry->setText(tr("Try Again"));
    retry->setToolTip(tr("Read everything from the manager again (F5)"));
    connect(retry, &QToolButton::clicked, this, &MainWindow::refresh);
    bannerLayout->addWidget(icon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_staleText, 1);
    bannerLayout->addWidget(retry, 0, Qt::AlignTop);
    m_staleBanner->hide();
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_tabs, 1);
    return area;
}

void MainWindow::updateStaleBanner()
{
    // The first failure is enough to say what is wrong; the others are usually the same one.
    QString error;
    for (const QString *candidate : {&m_vmsError, &m_disksError, &m_storageDomainsError}) {
        if (!candidate->isEmpty()) {
            error = *candidate;
            break;
        }
    }
    const bool stale = !error.isEmpty()
                       && (m_vmModel->rowCount() > 0 || m_allDisksModel->rowCount() > 0
                           || m_storageDomainModel->rowCount() > 0);
    if (stale)
        m_staleText->setText(tr("Could not refresh from the manager: %1\nThe lists show what was last loaded. "
                                "Press F5 to try again.").arg(error));
    m_staleBanner->setVisible(stale);
}

void MainWindow::updateEmptyStates()
{
    if (m_staleBanner)
        updateStaleBanner();
    if (m_allDisksStack) {
        QString text;
        if (m_allDisksProxy->rowCount() > 0)
            text.clear();
        else if (!m_disksError.isEmpty())
            text = tr("Could not load the disks: %1\nPress F5 to try again.").arg(m_disksError);
        else if (!m_disksLoaded)
            text = tr("Loading the disks…");
        else if (!m_allDisksProxy->searchFilter().isEmpty() || !m_serverDiskSearch.isEmpty())
            text = tr("No disk matches \u201c%1\u201d. Change the search, or press Esc in the search "
                      "field to see all disks.")
                       .arg(m_serverDiskSearch.isEmpty() ? m_allDisksProxy->searchFilter() : m_serverDiskSearch);
        else
            text = tr("There are no disks on this manager yet. Add one to a virtual machine "
                      "(Virtual Machines tab, Disks, New…).");
        m_allDisksPlaceholder->setText(text);
        m_allDisksStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_allDisksTable)
                                                         : m_allDisksPlaceholder);
    }
    if (m_storageDomainStack) {
        QString text;
        if (m_storageDomainProxy->rowCount() > 0)
            text.clear();
        else if (!m_storageDomainsError.isEmpty())
            text = tr("Could not load the storage domains: %1\nPress F5 to try again.").arg(m_storageDomainsError);
        else if (!m_storageDomainsLoaded)
            text = tr("Loading the storage domains…");
        else if (!m_storageDomainProxy->filterRegularExpression().pattern().isEmpty())
            text = tr("No storage domain name contains \u201c%1\u201d. Press Esc in the search field "
                      "to see all.").arg(m_searchTexts[2]);
        else
            text = tr("This manager has no storage domains yet. Add one in the administration "
                      "portal (Storage, Domains, New Domain).");
        m_storageDomainPlaceholder->setText(text);
        m_storageDomainStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_storageDomainTable)
                                                              : m_storageDomainPlaceholder);
    }
    if (!m_vmPlaceholder)
        return;
    if (m_currentVmId.isEmpty()) {
        QString text;
        if (!m_vmsError.isEmpty())
            text = tr("Could not load the virtual machines: %1\nPress F5 to try again.").arg(m_vmsError);
        else if (m_vmProxy->rowCount() > 0)
            text = tr("Select a virtual machine to see its disks and snapshots.");
        else if (m_vmLoader->isLoading())
            text = tr("Loading the virtual machines…");
        else if (!m_vmProxy->nameFilter().isEmpty() || !m_serverVmSearch.isEmpty())
            text = tr("No virtual machine matches \u201c%1\u201d. Change the search, or press Esc "
                      "in the search field to see all virtual machines.")
                       .arg(m_serverVmSearch.isEmpty() ? m_vmProxy->nameFilter() : m_serverVmSearch);
        else if (m_vmScope.isValid())
            text = tr("There are no virtual machines here. Click \u201cShow all\u201d above the list.");
        else
            text = tr("There are no virtual machines on this manager yet. Create them in the "
                      "administration portal; they appear here on the next refresh (F5).");
        m_vmPlaceholder->setText(text);
        m_vmDetailsStack->setCurrentWidget(m_vmPlaceholder);
        return;
    }
    m_vmDetailsStack->setCurrentWidget(m_vmDetailsTabs);
    // While the disks load the empty table is shown, not "no disks".
    const bool noDisks = m_vmStorageLoaded && m_diskModel->rowCount() == 0;
    m_diskStack->setCurrentWidget(noDisks ? static_cast<QWidget *>(m_diskPlaceholder)
                                          : m_diskTable);
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    statusBar()->showMessage(tr("%1: %2").arg(what, error.text()));
}
