#include "vmlistmodel.h"

#include "displaytext.h"
#include "listupdate.h"

VmListModel::VmListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VmListModel::setVms(const QList<Vm> &vms)
{
    if (!ListUpdate::sameIds(m_vms, vms)) {
        beginResetModel();
        m_vms = vms;
        endResetModel();
        return;
    }
    const QList<Vm> before = std::exchange(m_vms, vms);
    const auto runs = ListUpdate::changedRuns(int(m_vms.size()), [&](int row) {
        return ListUpdate::rowDiffers(before.at(row), m_vms.at(row), ColumnCount,
                                      {Qt::DisplayRole, SortRole}, &VmListModel::cellData);
    });
    for (const auto &[first, last] : runs)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void VmListModel::appendVms(const QList<Vm> &vms)
{
    if (vms.isEmpty())
        return;
    const int first = int(m_vms.size());
    beginInsertRows({}, first, first + int(vms.size()) - 1);
    m_vms.append(vms);
    endInsertRows();
}

int VmListModel::rowOf(const QString &vmId) const
{
    for (int row = 0; row < m_vms.size(); ++row) {
        if (m_vms.at(row).id == vmId)
            return row;
    }
    return -1;
}

int VmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vms.size());
}

int VmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_vms.at(index.row()), index.column(), role);
}

QVariant VmListModel::cellData(const Vm &vm, int column, int role)
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
