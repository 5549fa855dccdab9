#include "storagedomainlistmodel.h"

#include "displaytext.h"

namespace {

bool isSizeColumn(int column)
{
    return column == StorageDomainListModel::UsedColumn
        || column == StorageDomainListModel::AvailableColumn
        || column == StorageDomainListModel::CommittedColumn;
}

} // namespace

StorageDomainListModel::StorageDomainListModel(QObject *parent)
    : EntityTableModel(ColumnCount, parent)
{
}

void StorageDomainListModel::setStorageDomains(const QList<StorageDomain> &domains)
{
    replaceRows(domains, {Qt::DisplayRole, SortRole});
}

QVariant StorageDomainListModel::cellData(const StorageDomain &domain, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return domain.name;
        case TypeColumn:
            return DisplayText::storageDomainType(domain.type);
        case StorageTypeColumn:
            return DisplayText::storageType(domain.storageType);
        case StorageFormatColumn:
            return domain.storageFormat ? DisplayText::storageFormat(*domain.storageFormat)
                                        : QString();
        case StatusColumn:
            // /storagedomains omits the status of attached domains; it is per data center.
            return domain.status ? DisplayText::storageDomainStatus(*domain.status) : QString();
        case UsedColumn:
            return DisplayText::dataSize(domain.used);
        case AvailableColumn:
            return DisplayText::dataSize(domain.available);
        case CommittedColumn:
            return DisplayText::dataSize(domain.committed);
        case DescriptionColumn:
            return domain.description;
        }
        break;
    case SortRole:
        switch (column) {
        case UsedColumn: return domain.used.value_or(-1);
        case AvailableColumn: return domain.available.value_or(-1);
        case CommittedColumn: return domain.committed.value_or(-1);
        default: return cellData(domain, column, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (isSizeColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && domain.master)
            return tr("Master storage domain of its data center");
        break;
    case IdRole:
        return domain.id;
    case EntityRole:
        return QVariant::fromValue(domain);
    }
    return {};
}

QVariant StorageDomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::TextAlignmentRole:
        if (isSizeColumn(section))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (section) {
        case UsedColumn: return tr("Space used on the storage");
        case AvailableColumn: return tr("Space still free on the storage");
        case CommittedColumn: return tr("Virtual size promised to the disks on this domain");
        }
        return {};
    case Qt::DisplayRole:
        switch (section) {
        case NameColumn: return tr("Name");
        case TypeColumn: return tr("Domain Type");
        case StorageTypeColumn: return tr("Storage Type");
        case StorageFormatColumn: return tr("Format");
        case StatusColumn: return tr("Status");
        case UsedColumn: return tr("Used");
        case AvailableColumn: return tr("Free");
        case CommittedColumn: return tr("Committed");
        case DescriptionColumn: return tr("Description");
        }
        return {};
    }
    return {};
}
