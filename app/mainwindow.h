#pragma once

#include "apierror.h"
#include "client.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class OperationTracker;
class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class SnapshotListModel;
class SnapshotTimelinePlot;
class TasksPane;
class StorageDomainListModel;
class VmDiskActions;
class VmDiskListModel;
class VmFilterProxyModel;
class VmListModel;

/// The main window: virtual machines with the disks and snapshots of the selected one, and
/// the storage domains. Reads everything through the Client it is given (already logged in).
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

signals:
    /// The last outstanding read has been answered.
    void loadingFinished();

private:
    QWidget *createVmsPage();
    QWidget *createStorageDomainsPage();
    QWidget *createSnapshotsPage(QWidget *parent);
    /// The Disks tab: the disk actions' toolbar (VmDiskActions) over the disk table.
    QWidget *createDisksPage(QWidget *parent);
    void createMenus();
    void createSnapshotActions();

    void loadApiRoot();
    void loadVms();
    void loadStorageDomains();
    /// Reads the attachments (with their disks) and snapshots of one VM, then the disks of
    /// each snapshot. Replies for a VM that is no longer selected are dropped.
    void loadVmStorage(const QString &vmId);

    void vmSelectionChanged();
    QString selectedVmId() const;
    void selectVm(const QString &vmId);
    void updateEmptyStates();
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
    VmFilterProxyModel *m_vmProxy = nullptr;
    VmDiskListModel *m_diskModel = nullptr;
    SnapshotListModel *m_snapshotModel = nullptr;
    StorageDomainListModel *m_storageDomainModel = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_vmFilterEdit = nullptr;
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

    QString m_currentVmId;      ///< the VM whose storage the Disks/Snapshots tabs show
    bool m_vmStorageLoaded = false;
    bool m_firstVmLoad = true;
    int m_pendingRequests = 0;
};
