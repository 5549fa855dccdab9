#include "snapshotlistmodel.h"

#include "displaytext.h"
#include "snapshoticons.h"

#include <QCollator>

#include <algorithm>

namespace {

bool isCurrent(const Snapshot &snapshot)
{
    return snapshot.type == SnapshotType::Active || snapshot.type == SnapshotType::Preview;
}

// The portal's order: the active/preview entries first, then by date, newest first.
// The manager does not guarantee any order of its own.
void sortLikePortal(QList<Snapshot> &snapshots)
{
    std::stable_sort(snapshots.begin(), snapshots.end(), [](const Snapshot &a, const Snapshot &b) {
        if (isCurrent(a) != isCurrent(b))
            return isCurrent(a);
        return a.date.value_or(QDateTime()) > b.date.value_or(QDateTime());
    });
}

QStringList sortedAliases(const QList<Disk> &disks)
{
    QStringList aliases;
    aliases.reserve(disks.size());
    for (const Disk &disk : disks)
        aliases.append(disk.alias.isEmpty() ? disk.id : disk.alias);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(aliases.begin(), aliases.end(), collator);
    return aliases;
}

} // namespace

SnapshotListModel::SnapshotListModel(QObject *parent)
    : EntityTableModel(ColumnCount, parent)
{
}

void SnapshotListModel::setSnapshots(const QList<Snapshot> &snapshots)
{
    QList<Snapshot> sorted = snapshots;
    sortLikePortal(sorted);

    // Disks of snapshots that are gone (deleted, or another VM) must not linger.
    for (auto it = m_snapshotDisks.begin(); it != m_snapshotDisks.end();) {
        const bool present = std::any_of(sorted.cbegin(), sorted.cend(),
                                         [&](const Snapshot &s) { return s.id == it.key(); });
        it = present ? std::next(it) : m_snapshotDisks.erase(it);
    }

    replaceRows(sorted, {Qt::DisplayRole, SortRole});
}

void SnapshotListModel::setSnapshotDisks(const QString &snapshotId, const QList<Disk> &disks)
{
    m_snapshotDisks.insert(snapshotId, disks);
    emitDisksChanged(rowOf(snapshotId));
}

void SnapshotListModel::setCurrentDisks(const QList<Disk> &disks)
{
    m_currentDisks = disks;
    m_currentDisksKnown = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).type == SnapshotType::Active)
            emitDisksChanged(row);
    }
}

void SnapshotListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_snapshotDisks.clear();
    m_currentDisks.clear();
    m_currentDisksKnown = false;
    endResetModel();
}

void SnapshotListModel::emitDisksChanged(int row)
{
    if (row < 0)
        return;
    const QModelIndex cell = index(row, DisksColumn);
    emit dataChanged(cell, cell);
}

const QList<Disk> *SnapshotListModel::disksOf(const Snapshot &snapshot) const
{
    if (snapshot.type == SnapshotType::Active)
        return m_currentDisksKnown ? &m_currentDisks : nullptr;
    if (const auto it = m_snapshotDisks.constFind(snapshot.id); it != m_snapshotDisks.cend())
        return &it.value();
    // Read with follow=disks, the snapshot brings its disks along.
    if (!snapshot.disks.isEmpty())
        return &snapshot.disks;
    return nullptr;
}

QVariant SnapshotListModel::cellData(const Snapshot &snapshot, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            // The portal shows "Current" rather than the date of the live state.
            if (snapshot.type == SnapshotType::Active)
                return tr("Current");
            return DisplayText::dateTime(snapshot.date);
        case DescriptionColumn:
            return snapshot.description;
        case StatusColumn:
            return DisplayText::snapshotStatus(snapshot.status);
        case TypeColumn:
            return DisplayText::snapshotType(snapshot.type);
        case MemoryColumn:
            return DisplayText::yesNo(snapshot.persistMemorystate);
        case DisksColumn:
            if (const QList<Disk> *disks = disksOf(snapshot)) {
                return disks->isEmpty() ? tr("None")
                                        : sortedAliases(*disks).join(QLatin1String(", "));
            }
            return QString();
        }
        break;
    case SortRole:
        if (column == DateColumn)
            return snapshot.date.value_or(QDateTime());
        return cellData(snapshot, column, Qt::DisplayRole);
    case Qt::DecorationRole:
        // The portal's status icons: eye in preview, lock while locked, camera otherwise
        // (with a memory badge).
        if (column == DateColumn)
            return SnapshotIcons::forSnapshot(snapshot);
        break;
    case Qt::TextAlignmentRole:
        if (column == MemoryColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == DisksColumn) {
            if (const QList<Disk> *disks = disksOf(snapshot); disks && !disks->isEmpty())
                return sortedAliases(*disks).join(QLatin1Char('\n'));
        }
        if ((column == MemoryColumn || column == DateColumn) && snapshot.persistMemorystate)
            return tr("This snapshot contains memory");
        break;
    case IdRole:
        return snapshot.id;
    case EntityRole:
        return QVariant::fromValue(snapshot);
    }
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == MemoryColumn)
        return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case DescriptionColumn: return tr("Description");
    case StatusColumn: return tr("Status");
    case TypeColumn: return tr("Type");
    case MemoryColumn: return tr("Memory");
    case DisksColumn: return tr("Disks");
    }
    return {};
}
