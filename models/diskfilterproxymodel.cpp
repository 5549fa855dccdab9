#include "diskfilterproxymodel.h"

#include "disklistmodel.h"

DiskFilterProxyModel::DiskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiskListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void DiskFilterProxyModel::setSearchFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_syntax = SearchSyntax::parse(trimmed);
    invalidateFilter();
}

void DiskFilterProxyModel::setStorageDomainId(const QString &storageDomainId)
{
    if (storageDomainId == m_storageDomainId)
        return;
    m_storageDomainId = storageDomainId;
    invalidateFilter();
}

QStringList DiskFilterProxyModel::searchFields()
{
    return {QStringLiteral("alias"), QStringLiteral("name"), QStringLiteral("status"),
            QStringLiteral("description"), QStringLiteral("id")};
}

bool DiskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const Disk disk = index.data(DiskListModel::EntityRole).value<Disk>();
    if (!m_storageDomainId.isEmpty() && !disk.storageDomainIds.contains(m_storageDomainId))
        return false;
    if (m_syntax.isEmpty())
        return true;
    return m_syntax.matches([&disk](const QString &field) -> QString {
        if (field.isEmpty() || field == QLatin1String("alias") || field == QLatin1String("name"))
            return disk.alias;
        if (field == QLatin1String("status"))
            return disk.status ? toWire(*disk.status) : QStringLiteral("");
        if (field == QLatin1String("description"))
            return disk.description.isNull() ? QStringLiteral("") : disk.description;
        if (field == QLatin1String("id"))
            return disk.id;
        return QString();
    });
}
