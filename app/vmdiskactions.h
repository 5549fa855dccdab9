#pragma once

#include "entities.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class Client;
class OperationTracker;
class QAction;
class QTableView;
class QToolBar;
class QWidget;
class VmDiskListModel;

/// The actions of the VM → Disks tab (issue 4): New…, Attach…, Activate, Deactivate, Detach…,
/// Remove… and Used by…, and Amend… (issue 5: the qcow2 compat level of the selected disk, or of
/// every disk of the VM when none is selected), on a toolbar, in the table's context menu and
/// with shortcuts. Each operation is handed over as a started OperationTracker (trackerStarted()).
class VmDiskActions final : public QObject
{
    Q_OBJECT
public:
    /// \a currentVm and \a snapshots give the selected VM and its snapshots when asked.
    VmDiskActions(Client *client, QTableView *diskTable, VmDiskListModel *model,
                  std::function<std::optional<Vm>()> currentVm, std::function<QList<Snapshot>()> snapshots,
                  QWidget *parent);

    QToolBar *toolBar() const { return m_toolBar; }
    QList<QAction *> actions() const;
    /// Re-evaluates which actions apply (the VM, its status or the selection changed).
    void update();
    /// The selected attachment of the table, if any (also for the main window's other actions).
    std::optional<DiskAttachment> selected() const;

signals:
    void trackerStarted(OperationTracker *tracker);
    /// A reason an action could not run, for the status bar.
    void message(const QString &text);

private:
    /// Reads what the New and Attach dialogs need (disks, every VM's attachments, hosts,
    /// storage domains), then calls \a open.
    void loadInventory(std::function<void(QList<Disk>, QList<Vm>, QList<Host>, QList<StorageDomain>)> open);
    void newDisk();
    void attachDisks();
    void setActive(bool active);
    void detach(bool remove);
    void usedBy();
    /// The disks Amend… works on: the selected one, or all of the VM's when none is selected.
    QList<DiskAttachment> amendTargets() const;
    /// Reads the VM's chains (snapshots with their disks) and the storage domains, then opens
    /// the Amend dialog for amendTargets().
    void amend();

    QPointer<Client> m_client;
    QTableView *m_table;
    VmDiskListModel *m_model;
    std::function<std::optional<Vm>()> m_currentVm;
    std::function<QList<Snapshot>()> m_snapshots;
    QWidget *m_parent;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_deactivateAction = nullptr;
    QAction *m_detachAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_usedByAction = nullptr;
    QAction *m_amendAction = nullptr;
};
