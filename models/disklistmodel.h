#pragma once

#include "entities.h"
#include "entitytablemodel.h"

#include <QHash>
#include <QList>

/// Every disk of the manager (`/disks`), one row each: the main window's Disks tab.
class DiskListModel final : public EntityTableModel<Disk>
{
    Q_OBJECT
public:
    enum Column { AliasColumn, ProvisionedSizeColumn, ActualSizeColumn, FormatColumn,
                  QcowCompatColumn, StorageDomainColumn, StatusColumn, DescriptionColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole, StorageDomainIdsRole };

    explicit DiskListModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setDisks(const QList<Disk> &disks);
    /// Names shown in the Storage Domain column (ids stay visible until they are known).
    void setStorageDomainNames(const QHash<QString, QString> &names);
    const QList<Disk> &disks() const { return m_rows; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const Disk &disk, int column, int role) const override;

    QHash<QString, QString> m_domainNames;
};
