#include "vmfilterproxymodel.h"

#include "vmlistmodel.h"

VmFilterProxyModel::VmFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VmListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterKeyColumn(VmListModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Rows whose name changes on refresh must move in or out of the filter.
    setDynamicSortFilter(true);
}

void VmFilterProxyModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    setFilterFixedString(trimmed);
}
