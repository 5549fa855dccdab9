#pragma once

#include "entities.h"
#include "entitytablemodel.h"

#include <QList>

/// The storage domains of the manager, one row each, with their space figures.
class StorageDomainListModel final : public EntityTableModel<StorageDomain>
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, StorageTypeColumn, StorageFormatColumn, StatusColumn,
                  UsedColumn, AvailableColumn, CommittedColumn, DescriptionColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole };

    explicit StorageDomainListModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setStorageDomains(const QList<StorageDomain> &domains);
    const QList<StorageDomain> &storageDomains() const { return m_rows; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const StorageDomain &domain, int column, int role) const override;
};
