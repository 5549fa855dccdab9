#pragma once

#include "entities.h"

#include <QAbstractTableModel>
#include <QList>

/// Data centers and their clusters with their compatibility versions, one row each (a data
/// center, then its clusters): what decides the storage format of the domains and so the qcow2
/// compat level of new volumes.
class CompatVersionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, VersionColumn, StorageFormatColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, IsDataCenterRole };

    explicit CompatVersionModel(QObject *parent = nullptr);

    void setData(const QList<DataCenter> &dataCenters, const QList<Cluster> &clusters);
    const QList<DataCenter> &dataCenters() const { return m_dataCenters; }
    const QList<Cluster> &clusters() const { return m_clusters; }
    /// The data center or cluster of a row.
    std::optional<DataCenter> dataCenterAt(int row) const;
    std::optional<Cluster> clusterAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        bool dataCenter = true;
        int index = 0;
    };
    QList<DataCenter> m_dataCenters;
    QList<Cluster> m_clusters;
    QList<Row> m_rows;
};
