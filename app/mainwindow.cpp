#include "mainwindow.h"

#include "snapshotlistmodel.h"
#include "storagedomainlistmodel.h"
#include "vmdisklistmodel.h"
#include "vmfilterproxymodel.h"
#include "vmlistmodel.h"

#include <QAction>
#include <QApplication>
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

    createMenus();

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

    m_vmDetailsTabs = new QTabWidget(page);
    m_vmDetailsTabs->setObjectName(QStringLiteral("vmDetailsTabs"));
    m_vmDetailsTabs->setAccessibleName(tr("Virtual machine details"));
    m_vmDetailsTabs->addTab(m_diskStack, tr("Disks"));
    m_vmDetailsTabs->addTab(m_snapshotTable, tr("Snapshots"));

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
