#include "mainwindow.h"

#include "commiterasure.h"
#include "compatlevelswindow.h"
#include "datacenterspage.h"
#include "diskspage.h"
#include "commitsnapshotdialog.h"
#include "connectionstatuswidget.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "displaytext.h"
#include "operationtracker.h"
#include "previewsnapshotdialog.h"
#include "snapshotactions.h"
#include "snapshotdiskrules.h"
#include "snapshotlistmodel.h"
#include "snapshottimelineplot.h"
#include "taskspane.h"
#include "storagedomainlistmodel.h"
#include "vmdisklistmodel.h"
#include "vmfilterproxymodel.h"
#include "vmdiskactions.h"
#include "vmlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QFrame>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// Read-only lists: whole rows, one at a time. Columns are sized to their contents whenever
// the rows are replaced (not on every in-place update, so a refresh does not make columns
// jump); `stretchColumn` takes the remaining width.
QTableView *createTable(const QString &objectName, const QString &accessibleName,
                        QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    // Headers line up with their (left-aligned) text; the models right-align number headers.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // An explicit Stretch section: resizeColumnsToContents() on a visible view would size a
    // stretched last section to its contents and leave a blank band to its right.
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    const auto resize = [table, stretchColumn] {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (column != stretchColumn)
                table->resizeColumnToContents(column);
        }
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, table, resize);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, table, resize);
    return table;
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
    , m_vmProxy(new VmFilterProxyModel(this))
    , m_diskModel(new VmDiskListModel(this))
    , m_snapshotModel(new SnapshotListModel(this))
    , m_storageDomainModel(new StorageDomainListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DiskDesk"));
    m_vmProxy->setSourceModel(m_vmModel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Inventory"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createVmsPage(), tr("Virtual Machines"));
    m_tabs->addTab(createStorageDomainsPage(), tr("Storage Domains"));
    setCentralWidget(m_tabs);

    // Operations and their outcomes under the window, out of the way of the lists.
    m_tasksPane = new TasksPane(this);
    auto *tasksDock = new QDockWidget(tr("Tasks"), this);
    tasksDock->setObjectName(QStringLiteral("tasksDock"));
    tasksDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    tasksDock->setWidget(m_tasksPane);
    addDockWidget(Qt::BottomDockWidgetArea, tasksDock);
    resizeDocks({tasksDock}, {fontMetrics().height() * 6}, Qt::Vertical);
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

    updateEmptyStates();
    refresh();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createVmsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("vmsPage"));

    m_vmFilterEdit = new QLineEdit(page);
    m_vmFilterEdit->setObjectName(QStringLiteral("vmFilterEdit"));
    m_vmFilterEdit->setAccessibleName(tr("Filter virtual machines by name"));
    m_vmFilterEdit->setPlaceholderText(tr("Filter by name"));
    m_vmFilterEdit->setClearButtonEnabled(true);
    connect(m_vmFilterEdit, &QLineEdit::textChanged, m_vmProxy,
            &VmFilterProxyModel::setNameFilter);

    m_vmTable = createTable(QStringLiteral("vmTable"), tr("Virtual machines"), m_vmProxy,
                            VmListModel::DescriptionColumn, page);
    m_vmTable->setSortingEnabled(true);
    m_vmTable->sortByColumn(VmListModel::NameColumn, Qt::AscendingOrder);
    connect(m_vmTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::vmSelectionChanged);

    auto *vmListPane = new QWidget(page);
    auto *vmListLayout = new QVBoxLayout(vmListPane);
    vmListLayout->setContentsMargins(0, 0, 0, 0);
    vmListLayout->addWidget(m_vmFilterEdit);
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
    m_vmDetailsTabs->addTab(createDisksPage(page), tr("Disks"));
    m_vmDetailsTabs->addTab(createSnapshotsPage(page), tr("Snapshots"));
    m_vmDetailsTabs->addTab(m_timelinePlot, tr("Timeline"));

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
    // A plain sorting proxy: the model keeps the manager's order, the person may sort.
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(m_storageDomainModel);
    proxy->setSortRole(StorageDomainListModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_storageDomainTable = createTable(QStringLiteral("storageDomainTable"), tr("Storage domains"),
                                       proxy, StorageDomainListModel::DescriptionColumn, page);
    m_storageDomainTable->setSortingEnabled(true);
    m_storageDomainTable->sortByColumn(StorageDomainListModel::NameColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_storageDomainTable);
    return page;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);

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
    QAction *versionsAction = viewMenu->addAction(tr("Data &Centers and Clusters…"), this, [openCompatWindow] { openCompatWindow(true); });
    versionsAction->setObjectName(QStringLiteral("compatVersionsAction"));
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
    emit loadingFinished();
}

void MainWindow::refresh()
{
    statusBar()->clearMessage();
    loadApiRoot();
    loadVms();
    loadStorageDomains();
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
    m_client->vms(QString(), this, tracked<QList<Vm>>([this](Result<QList<Vm>> result) {
        if (!result.ok()) {
            showError(tr("Could not load the virtual machines"), *result.error);
            return;
        }
        const QString previous = selectedVmId();
        // Same VMs: rows are updated in place and the selection stays. Otherwise the model
        // resets and the previous VM is selected again if it still exists.
        m_vmModel->setVms(result.value);
        const bool firstLoad = std::exchange(m_firstVmLoad, false);
        if (!previous.isEmpty() && selectedVmId() == previous)
            loadVmStorage(previous);
        else if (!previous.isEmpty() && m_vmModel->rowOf(previous) >= 0)
            selectVm(previous);
        else if (firstLoad && m_vmProxy->rowCount() > 0)
            m_vmTable->selectRow(0);
    }));
}

void MainWindow::loadStorageDomains()
{
    m_client->storageDomains(
        this, tracked<QList<StorageDomain>>([this](Result<QList<StorageDomain>> result) {
            if (!result.ok()) {
                showError(tr("Could not load the storage domains"), *result.error);
                return;
            }
            m_storageDomainModel->setStorageDomains(result.value);
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

void MainWindow::updateEmptyStates()
{
    if (m_currentVmId.isEmpty()) {
        m_vmPlaceholder->setText(m_vmProxy->rowCount() > 0 || !m_vmFilterEdit->text().isEmpty()
                                     ? tr("Select a virtual machine to see its disks and "
                                          "snapshots.")
                                     : tr("There are no virtual machines."));
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
