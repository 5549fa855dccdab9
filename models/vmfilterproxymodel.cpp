#include "vmfilterproxymodel.h"

#include "vmlistmodel.h"

VmFilterProxyModel::VmFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VmListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows whose name changes on refresh must move in or out of the filter.
    setDynamicSortFilter(true);
}

void VmFilterProxyModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    m_syntax = SearchSyntax::parse(trimmed);
    invalidateFilter();
}

void VmFilterProxyModel::setClusterIds(const QStringList &clusterIds)
{
    if (clusterIds == m_clusterIds)
        return;
    m_clusterIds = clusterIds;
    invalidateFilter();
}

QStringList VmFilterProxyModel::searchFields()
{
    return {QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("description"),
            QStringLiteral("comment"), QStringLiteral("id")};
}

bool VmFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_syntax.isEmpty() && m_clusterIds.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const Vm vm = index.data(VmListModel::EntityRole).value<Vm>();
    if (!m_clusterIds.isEmpty() && !m_clusterIds.contains(vm.clusterId))
        return false;
    return m_syntax.matches([&vm](const QString &field) -> QString {
        if (field.isEmpty() || field == QLatin1String("name"))
            return vm.name;
        if (field == QLatin1String("status"))
            return toWire(vm.status);
        if (field == QLatin1String("description"))
            return vm.description.isNull() ? QStringLiteral("") : vm.description;
        if (field == QLatin1String("comment"))
            return vm.comment.isNull() ? QStringLiteral("") : vm.comment;
        if (field == QLatin1String("id"))
            return vm.id;
        return QString(); // a field only the server knows
    });
}
