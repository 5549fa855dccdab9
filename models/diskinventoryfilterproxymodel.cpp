#include "diskinventoryfilterproxymodel.h"

#include "diskinventorymodel.h"

DiskInventoryFilterProxyModel::DiskInventoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiskInventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DiskInventoryFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DiskInventoryFilterProxyModel::setAmendableOnly(bool amendableOnly)
{
    m_amendableOnly = amendableOnly;
    invalidateFilter();
}

void DiskInventoryFilterProxyModel::setStorageDomainId(const QString &id)
{
    m_storageDomainId = id;
    invalidateFilter();
}

bool DiskInventoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex alias = model->index(sourceRow, DiskInventoryModel::AliasColumn, sourceParent);
    if (m_amendableOnly && !alias.data(DiskInventoryModel::AmendableRole).toBool())
        return false;
    if (!m_storageDomainId.isEmpty() && alias.data(DiskInventoryModel::StorageDomainIdRole).toString() != m_storageDomainId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {int(DiskInventoryModel::AliasColumn), int(DiskInventoryModel::VmsColumn), int(DiskInventoryModel::StorageDomainColumn)}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
