#pragma once

#include "entities.h"

#include <QAbstractTableModel>
#include <QList>

/// The storage domains of the manager, one row each, with their space figures.
class StorageDomainListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, StorageTypeColumn, StorageFormatColumn, StatusColumn,
                  UsedColumn, AvailableColumn, CommittedColumn, DescriptionColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole };

    explicit StorageDomainListModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setStorageDomains(const QList<StorageDomain> &domains);
    const QList<StorageDomain> &storageDomains() const { return m_domains; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QVariant cellData(const StorageDomain &domain, int column, int role);

    QList<StorageDomain> m_domains;
};
