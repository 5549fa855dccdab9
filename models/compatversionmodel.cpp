#include "compatversionmodel.h"

#include "displaytext.h"

#include <QFont>

CompatVersionModel::CompatVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompatVersionModel::setData(const QList<DataCenter> &dataCenters, const QList<Cluster> &clusters)
{
    QList<Row> rows;
    for (int dc = 0; dc < int(dataCenters.size()); ++dc) {
        rows.append({true, dc});
        for (int cluster = 0; cluster < int(clusters.size()); ++cluster) {
            if (clusters.at(cluster).dataCenterId == dataCenters.at(dc).id)
                rows.append({false, cluster});
        }
    }
    // Clusters outside any listed data center still get a row.
    for (int cluster = 0; cluster < int(clusters.size()); ++cluster) {
        const bool placed = std::any_of(dataCenters.cbegin(), dataCenters.cend(),
                                        [&](const DataCenter &dc) { return dc.id == clusters.at(cluster).dataCenterId; });
        if (!placed)
            rows.append({false, cluster});
    }
    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) { return a.dataCenter == b.dataCenter; });
    if (!sameShape)
        beginResetModel();
    m_dataCenters = dataCenters;
    m_clusters = clusters;
    m_rows = rows;
    if (!sameShape)
        endResetModel();
    else if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

std::optional<DataCenter> CompatVersionModel::dataCenterAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || !m_rows.at(row).dataCenter)
        return std::nullopt;
    return m_dataCenters.at(m_rows.at(row).index);
}

std::optional<Cluster> CompatVersionModel::clusterAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows.at(row).dataCenter)
        return std::nullopt;
    return m_clusters.at(m_rows.at(row).index);
}

int CompatVersionModel::rowOf(const QString &id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (data(index(row, NameColumn), IdRole).toString() == id)
            return row;
    }
    return -1;
}

int CompatVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompatVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompatVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.dataCenter) {
        const DataCenter &dc = m_dataCenters.at(row.index);
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
            case NameColumn: return dc.name;
            case KindColumn: return tr("Data center");
            case VersionColumn: return dc.version.toString();
            case StorageFormatColumn: return dc.storageFormat ? DisplayText::storageFormat(*dc.storageFormat) : QString();
            case StatusColumn: return toWire(dc.status);
            }
            break;
        case Qt::FontRole:
            if (index.column() == NameColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        case IdRole: return dc.id;
        case IsDataCenterRole: return true;
        }
        return {};
    }
    const Cluster &cluster = m_clusters.at(row.index);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn: return QStringLiteral("    ") + cluster.name;
        case KindColumn: return tr("Cluster");
        case VersionColumn: return cluster.version.toString();
        case StorageFormatColumn:
        case StatusColumn: return QString();
        }
        break;
    case IdRole: return cluster.id;
    case IsDataCenterRole: return false;
    }
    return {};
}

QVariant CompatVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case VersionColumn: return tr("Compatibility version");
    case StorageFormatColumn: return tr("Storage format");
    case StatusColumn: return tr("Status");
    }
    return {};
}
