#pragma once

#include "entities.h"
#include "entitytablemodel.h"

#include <QList>

/// The virtual machines of the manager, one row each.
class VmListModel final : public EntityTableModel<Vm>
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, MemoryColumn, CommentColumn, DescriptionColumn,
                  ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole };

    explicit VmListModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setVms(const QList<Vm> &vms);
    /// Adds rows at the end (a further page of a long list), with beginInsertRows.
    void appendVms(const QList<Vm> &vms);
    const QList<Vm> &vms() const { return m_rows; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const Vm &vm, int column, int role) const override;
};
