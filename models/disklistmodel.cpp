#include "disklistmodel.h"

#include "displaytext.h"

namespace {

bool isSizeColumn(int column)
{
    return column == DiskListModel::ProvisionedSizeColumn
        || column == DiskListModel::ActualSizeColumn;
}

} // namespace

DiskListModel::DiskListModel(QObject *parent)
    : EntityTableModel(ColumnCount, parent)
{
}

void DiskListModel::setDisks(const QList<Disk> &disks)
{
    replaceRows(disks, {Qt::DisplayRole, SortRole});
}

void DiskListModel::setStorageDomainNames(const QHash<QString, QString> &names)
{
    if (names == m_domainNames)
        return;
    m_domainNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StorageDomainColumn), index(rowCount() - 1, StorageDomainColumn));
}

QVariant DiskListModel::cellData(const Disk &disk, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AliasColumn: return disk.alias;
        case ProvisionedSizeColumn: return DisplayText::dataSize(disk.provisionedSize);
        case ActualSizeColumn: return DisplayText::dataSize(disk.actualSize);
        case FormatColumn:
            if (disk.storageType == DiskStorageType::Lun)
                return tr("Direct LUN");
            return disk.format ? DisplayText::diskFormat(*disk.format) : QString();
        case QcowCompatColumn:
            // Only qcow2 disks have a compat level (of their active volume; the chain is in the
            // qcow2 compat window and the disk's details).
            return disk.qcowVersion ? DisplayText::qcowCompat(*disk.qcowVersion) : QString();
        case StorageDomainColumn: {
            QStringList names;
            for (const QString &id : disk.storageDomainIds)
                names.append(m_domainNames.value(id, id));
            return names.join(QStringLiteral(", "));
        }
        case StatusColumn: return disk.status ? DisplayText::diskStatus(*disk.status) : QString();
        case DescriptionColumn: return disk.description;
        }
        break;
    case SortRole:
        switch (column) {
        case ProvisionedSizeColumn: return disk.provisionedSize.value_or(-1);
        case ActualSizeColumn: return disk.actualSize.value_or(-1);
        default: return cellData(disk, column, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (isSizeColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return disk.id;
    case EntityRole:
        return QVariant::fromValue(disk);
    case StorageDomainIdsRole:
        return disk.storageDomainIds;
    }
    return {};
}

QVariant DiskListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        case ProvisionedSizeColumn: return tr("The size the virtual machine sees");
        case ActualSizeColumn: return tr("Space the disk takes on its storage, snapshots included");
        }
        return {};
    case Qt::DisplayRole:
        switch (section) {
        case AliasColumn: return tr("Alias");
        case ProvisionedSizeColumn: return tr("Virtual Size");
        case ActualSizeColumn: return tr("Actual Size");
        case FormatColumn: return tr("Format");
        case QcowCompatColumn: return tr("QCOW2 Compat");
        case StorageDomainColumn: return tr("Storage Domain");
        case StatusColumn: return tr("Status");
        case DescriptionColumn: return tr("Description");
        }
        return {};
    }
    return {};
}
