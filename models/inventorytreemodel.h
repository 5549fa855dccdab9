#pragma once

#include "entities.h"
#include "inventorynode.h"

#include <QHash>
#include <QStandardItemModel>

/// The navigation tree of the main window: data centers → clusters → virtual machines, and
/// storage domains → disks, under two headings. Each item carries its InventoryNode.
class InventoryTreeModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    explicit InventoryTreeModel(QObject *parent = nullptr);

    /// Rebuilds the tree. VMs of an unknown cluster and disks of no known domain are listed
    /// under "Other…" items so that nothing read from the manager goes missing.
    void setInventory(const QList<DataCenter> &dataCenters, const QList<Cluster> &clusters,
                      const QList<Vm> &vms, const QList<StorageDomain> &storageDomains,
                      const QList<Disk> &disks);

    /// The item of \a node (the first one for a disk on several domains), or an invalid index.
    QModelIndex indexOf(const InventoryNode &node) const;
    static InventoryNode nodeAt(const QModelIndex &index);

private:
    QStandardItem *addItem(QStandardItem *parent, InventoryNode::Kind kind, const QString &id,
                           const QString &text, const QString &toolTip = {});

    QHash<QString, QStandardItem *> m_items; ///< by kind and id
};
