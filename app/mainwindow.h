#pragma once

#include "apierror.h"
#include "client.h"
#include "inventorynode.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class DiskDetailsPane;
class DiskFilterProxyModel;
class DiskListModel;
class EventsPane;
class InventoryTreeModel;
class NavigationHistory;
class OperationTracker;
class QAction;
class QCompleter;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QTimer;
class QTreeView;
class StorageCapacityPlot;
class SnapshotListModel;
class SnapshotTimelinePlot;
class TasksPane;
class StorageDomainListModel;
class VmDiskActions;
class VmDiskListModel;
class VmFilterProxyModel;
class VmListLoader;
class VmListModel;

/// The main window, a workspace: a navigation tree (data centers → clusters → VMs, storage
/// domains → disks) beside tabs for virtual machines (with the disks and snapshots of the selected
/// one), all disks (with the selected one's domain, VMs and chain) and storage domains (with their
/// disks and capacity); a search field speaking the manager's search language; back and forward
/// between selections; tasks and events panes. Reads everything through the Client it is given
/// (already logged in).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Client *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Re-reads the VMs, storage domains and the selected VM's storage, keeping the selection.
    void refresh();
    /// True while a read started by refresh() or by selecting a VM is still under way.
    bool isLoading() const { return m_pendingRequests > 0; }

    /// Selects \a node wherever it lives (tab, table row, tree item) and records it in the
    /// back/forward history.
    void navigateTo(const InventoryNode &node);
    /// The object selected last, in whichever view.
    InventoryNode currentNode() const;
    /// Applies a search in the manager's language to the current tab: the loaded rows are
    /// filtered at once, and VMs and disks are searched again on the server.
    void search(const QString &text);
    EventsPane *eventsPane() const { return m_eventsPane; }
    /// The table the window's table actions (copy, export, columns) apply to: the focused one,
    /// else the current tab's list.
    QTableView *activeTable() const;
    /// The connection profile this window shows: its saved searches, and its window, dock,
    /// splitter and column layout, restored now and stored when the window closes (QSettings).
    /// Without a profile (tests, --url) searches are kept per manager and user, layout not at all.
    void setProfileName(const QString &name);
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    /// The last outstanding read has been answered.
    void loadingFinished();

private:
    QWidget *createVmsPage();
    QWidget *createStorageDomainsPage();
    QWidget *createAllDisksPage();
    QWidget *createNavigationTree();
    QWidget *createInventoryArea();
    void createSearchBar();
    void createNavigationActions();
    QWidget *createSnapshotsPage(QWidget *parent);
    /// The Disks tab: the disk actions' toolbar (VmDiskActions) over the disk table.
    QWidget *createDisksPage(QWidget *parent);
    void createMenus();
    void createSnapshotActions();

    void loadApiRoot();
    void loadVms();
    /// The VM loader finished: keep or restore the selection.
    void vmsLoaded();
    void loadStorageDomains();
    void loadDisks();
    void loadDataCentersAndClusters();
    /// Rebuilds the tree from what is loaded, keeping its expanded items and selection.
    void rebuildTree();
    /// A table or the tree selected \a node (not the history): record it, follow in the tree.
    void selectionMoved(const InventoryNode &node);
    void showNode(const InventoryNode &node);
    void selectInTree(const InventoryNode &node);
    void goBack();
    void goForward();
    void updateNavigationActions();
    QString selectedDiskId() const;
    QString selectedStorageDomainId() const;
    void diskSelectionChanged();
    void storageDomainSelectionChanged();
    /// Limits the VM list to the clusters of a data center or one cluster; empty shows all.
    void setVmScope(const InventoryNode &scope);
    QHash<QString, QString> vmNames() const;
    QHash<QString, QString> storageDomainNames() const;
    // Search field
    int currentSearchTab() const;
    void searchTextEdited(const QString &text);
    void updateSearchPrompt();
    void rebuildSavedSearchesMenu();
    void saveCurrentSearch();
    QString settingsScope() const;
    // Conveniences: context menus, copy, export, columns, layout, auto-refresh
    void createTableActions(QMenu *editMenu, QMenu *viewMenu);
    void updateTableActions();
    void copySelected(bool id);
    void showContextMenu(QTableView *table, const QPoint &position, const QList<QAction *> &specific);
    void restoreLayout();
    QList<QTableView *> rememberedTables() const;
    /// Reads the attachments (with their disks) and snapshots of one VM, then the disks of
    /// each snapshot. Replies for a VM that is no longer selected are dropped.
    void loadVmStorage(const QString &vmId);

    void vmSelectionChanged();
    QString selectedVmId() const;
    void selectVm(const QString &vmId);
    void updateEmptyStates();
    void updateStaleBanner();
    void showError(const QString &what, const ApiError &error);

    // Snapshot actions (gui-anchors §2.1): enabled by SnapshotActions' rules for the selected
    // VM and snapshot; each operation is followed to its end in the Tasks pane.
    std::optional<Vm> currentVm() const;
    std::optional<Snapshot> selectedSnapshot() const;
    /// The disks of every snapshot known so far, by snapshot id.
    QHash<QString, QList<Disk>> snapshotDisksById() const;
    void updateSnapshotActions();
    void updateTimeline();
    void createSnapshot();
    void previewSnapshot();
    void customPreviewSnapshot();
    void commitSnapshot();
    void undoSnapshot();
    void restoreSnapshot();
    void deleteSnapshot();
    /// Shows the operation in the Tasks pane and refreshes when it ends.
    void runOperation(OperationTracker *tracker);

    /// Counts a request as outstanding until its callback has run.
    template <class T>
    Client::Callback<T> tracked(Client::Callback<T> done);
    void requestFinished();

    Client *m_client = nullptr;

    VmListModel *m_vmModel = nullptr;
    VmListLoader *m_vmLoader = nullptr;
    DiskListModel *m_allDisksModel = nullptr;
    DiskFilterProxyModel *m_allDisksProxy = nullptr;
    DiskFilterProxyModel *m_domainDisksProxy = nullptr;
    QSortFilterProxyModel *m_storageDomainProxy = nullptr;
    InventoryTreeModel *m_treeModel = nullptr;
    NavigationHistory *m_history = nullptr;
    QList<DataCenter> m_dataCenters;
    QList<Cluster> m_clusters;
    VmFilterProxyModel *m_vmProxy = nullptr;
    VmDiskListModel *m_diskModel = nullptr;
    SnapshotListModel *m_snapshotModel = nullptr;
    StorageDomainListModel *m_storageDomainModel = nullptr;

    QTabWidget *m_tabs = nullptr;
    QWidget *m_vmsPage = nullptr;
    QWidget *m_allDisksPage = nullptr;
    QWidget *m_storageDomainsPage = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_searchPrompt = nullptr;
    QCompleter *m_searchCompleter = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QToolButton *m_savedSearchesButton = nullptr;
    QMenu *m_savedSearchesMenu = nullptr;
    QString m_searchTexts[3];       ///< per tab: VMs, disks, storage domains
    QString m_serverVmSearch;       ///< the search the VM list was loaded with
    QString m_serverDiskSearch;
    QLabel *m_vmScopeLabel = nullptr;
    InventoryNode m_vmScope;
    QTableView *m_allDisksTable = nullptr;
    QStackedWidget *m_allDisksStack = nullptr;
    QLabel *m_allDisksPlaceholder = nullptr;
    DiskDetailsPane *m_diskDetails = nullptr;
    QTableView *m_domainDisksTable = nullptr;
    QLabel *m_storageDomainPlaceholder = nullptr;
    QStackedWidget *m_storageDomainStack = nullptr;
    StorageCapacityPlot *m_capacityPlot = nullptr;
    EventsPane *m_eventsPane = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QAction *m_autoRefreshAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_autoRefreshTimer = nullptr;
    QHash<QTableView *, int> m_scrollBeforeRefresh;
    QAction *m_forwardAction = nullptr;
    QTableView *m_vmTable = nullptr;
    QStackedWidget *m_vmDetailsStack = nullptr;
    QLabel *m_vmPlaceholder = nullptr;
    QTabWidget *m_vmDetailsTabs = nullptr;
    QStackedWidget *m_diskStack = nullptr;
    QTableView *m_diskTable = nullptr;
    QLabel *m_diskPlaceholder = nullptr;
    QTableView *m_snapshotTable = nullptr;
    SnapshotTimelinePlot *m_timelinePlot = nullptr;
    TasksPane *m_tasksPane = nullptr;
    VmDiskActions *m_diskActions = nullptr;

    QAction *m_createSnapshotAction = nullptr;
    QAction *m_previewSnapshotAction = nullptr;
    QAction *m_customPreviewAction = nullptr;
    QAction *m_commitSnapshotAction = nullptr;
    QAction *m_undoSnapshotAction = nullptr;
    QAction *m_restoreSnapshotAction = nullptr;
    QAction *m_deleteSnapshotAction = nullptr;
    QTableView *m_storageDomainTable = nullptr;

    QLabel *m_loadingLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QFrame *m_staleBanner = nullptr;
    QLabel *m_staleText = nullptr;

    QString m_profileName;
    InventoryNode m_currentNode;
    bool m_navigating = false;  ///< selections made by navigateTo(), not by the person
    bool m_treeDirty = false;
    bool m_vmLoadCounted = false;
    bool m_disksLoaded = false;
    bool m_storageDomainsLoaded = false;
    QString m_disksError;
    QString m_storageDomainsError;
    QString m_vmsError;

    QString m_currentVmId;      ///< the VM whose storage the Disks/Snapshots tabs show
    bool m_vmStorageLoaded = false;
    bool m_firstVmLoad = true;
    int m_pendingRequests = 0;
};
