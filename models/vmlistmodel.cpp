#include "vmlistmodel.h"

#include "displaytext.h"

VmListModel::VmListModel(QObject *parent)
    : EntityTableModel(ColumnCount, parent)
{
}

void VmListModel::setVms(const QList<Vm> &vms)
{
    replaceRows(vms, {Qt::DisplayRole, SortRole});
}

void VmListModel::appendVms(const QList<Vm> &vms)
{
    if (vms.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(vms.size()) - 1);
    m_rows.append(vms);
    endInsertRows();
}

QVariant VmListModel::cellData(const Vm &vm, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return vm.name;
        case StatusColumn: return DisplayText::vmStatus(vm.status);
        case MemoryColumn: return DisplayText::dataSize(vm.memory);
        case CommentColumn: return vm.comment;
        case DescriptionColumn: return vm.description;
        }
        break;
    case SortRole:
        switch (column) {
        case MemoryColumn: return vm.memory.value_or(-1);
        case StatusColumn: return DisplayText::vmStatus(vm.status);
        default: return cellData(vm, column, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == MemoryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return vm.id;
    case EntityRole:
        return QVariant::fromValue(vm);
    }
    return {};
}

QVariant VmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == MemoryColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case MemoryColumn: return tr("Memory");
    case CommentColumn: return tr("Comment");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}
