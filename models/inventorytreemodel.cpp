#include "inventorytreemodel.h"

#include "displaytext.h"

#include <algorithm>

namespace {

QString key(InventoryNode::Kind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char(':') + id;
}

template <class T, class Name>
QList<T> sortedByName(QList<T> list, Name name)
{
    std::stable_sort(list.begin(), list.end(), [&](const T &a, const T &b) {
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });
    return list;
}

} // namespace

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Inventory")});
}

QStandardItem *InventoryTreeModel::addItem(QStandardItem *parent, InventoryNode::Kind kind,
                                           const QString &id, const QString &text,
                                           const QString &toolTip)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(kind), KindRole);
    item->setData(id, IdRole);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    parent->appendRow(item);
    if (!id.isEmpty() && !m_items.contains(key(kind, id)))
        m_items.insert(key(kind, id), item);
    return item;
}

void InventoryTreeModel::setInventory(const QList<DataCenter> &dataCenters,
                                      const QList<Cluster> &clusters, const QList<Vm> &vms,
                                      const QList<StorageDomain> &storageDomains,
                                      const QList<Disk> &disks)
{
    using Kind = InventoryNode::Kind;
    clear();
    m_items.clear();
    setHorizontalHeaderLabels({tr("Inventory")});
    QStandardItem *root = invisibleRootItem();

    QStandardItem *computeRoot = addItem(root, Kind::Group, {}, tr("Data Centers"));
    QHash<QString, QStandardItem *> clusterItems;
    QHash<QString, QStandardItem *> dataCenterItems;
    for (const DataCenter &dc : sortedByName(dataCenters, [](const DataCenter &d) { return d.name; })) {
        dataCenterItems.insert(dc.id, addItem(computeRoot, Kind::DataCenter, dc.id, dc.name,
                                              tr("Data center, compatibility version %1")
                                                  .arg(dc.version.toString())));
    }
    QStandardItem *otherClusters = nullptr;
    for (const Cluster &cluster : sortedByName(clusters, [](const Cluster &c) { return c.name; })) {
        QStandardItem *parent = dataCenterItems.value(cluster.dataCenterId);
        if (!parent) {
            if (!otherClusters)
                otherClusters = addItem(computeRoot, Kind::Group, {}, tr("Other clusters"));
            parent = otherClusters;
        }
        clusterItems.insert(cluster.id, addItem(parent, Kind::Cluster, cluster.id, cluster.name,
                                                tr("Cluster, compatibility version %1")
                                                    .arg(cluster.version.toString())));
    }
    QStandardItem *otherVms = nullptr;
    for (const Vm &vm : sortedByName(vms, [](const Vm &v) { return v.name; })) {
        QStandardItem *parent = clusterItems.value(vm.clusterId);
        if (!parent) {
            if (!otherVms)
                otherVms = addItem(computeRoot, Kind::Group, {}, tr("Virtual machines of no known cluster"));
            parent = otherVms;
        }
        addItem(parent, Kind::Vm, vm.id, vm.name, DisplayText::vmStatus(vm.status));
    }

    QStandardItem *storageRoot = addItem(root, Kind::Group, {}, tr("Storage Domains"));
    QHash<QString, QStandardItem *> domainItems;
    for (const StorageDomain &domain :
         sortedByName(storageDomains, [](const StorageDomain &d) { return d.name; })) {
        domainItems.insert(domain.id, addItem(storageRoot, Kind::StorageDomain, domain.id,
                                              domain.name,
                                              DisplayText::storageDomainType(domain.type)));
    }
    QStandardItem *otherDisks = nullptr;
    for (const Disk &disk : sortedByName(disks, [](const Disk &d) { return d.alias; })) {
        bool placed = false;
        // A disk with copies on several domains shows under each of them.
        for (const QString &domainId : disk.storageDomainIds) {
            if (QStandardItem *parent = domainItems.value(domainId)) {
                addItem(parent, Kind::Disk, disk.id, disk.alias, DisplayText::dataSize(disk.provisionedSize));
                placed = true;
            }
        }
        if (!placed) {
            // Direct LUN disks live on no storage domain.
            if (!otherDisks)
                otherDisks = addItem(storageRoot, Kind::Group, {}, tr("Disks on no storage domain"));
            addItem(otherDisks, Kind::Disk, disk.id, disk.alias);
        }
    }
}

QModelIndex InventoryTreeModel::indexOf(const InventoryNode &node) const
{
    QStandardItem *item = m_items.value(key(node.kind, node.id));
    return item ? item->index() : QModelIndex();
}

InventoryNode InventoryTreeModel::nodeAt(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    return {InventoryNode::Kind(index.data(KindRole).toInt()), index.data(IdRole).toString()};
}
