#include "custompreviewmodel.h"

#include "displaytext.h"
#include "snapshotdiskrules.h"

#include <QBrush>
#include <QPalette>
#include <QGuiApplication>

#include <algorithm>

CustomPreviewModel::CustomPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomPreviewModel::setSnapshots(const QList<Snapshot> &snapshots,
                                      const QHash<QString, QList<Disk>> &snapshotDisks,
                                      const QList<Disk> &currentDisks)
{
    beginResetModel();
    m_rows.clear();
    for (const Snapshot &snapshot : snapshots) {
        if (snapshot.type == SnapshotType::Active || snapshot.type == SnapshotType::Regular)
            m_rows.append(snapshot);
    }
    // The portal's order: the Active VM first, then by creation date, newest first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Snapshot &a, const Snapshot &b) {
        const bool activeA = a.type == SnapshotType::Active;
        const bool activeB = b.type == SnapshotType::Active;
        if (activeA != activeB)
            return activeA;
        return a.date.value_or(QDateTime()) > b.date.value_or(QDateTime());
    });

    // Shareable and LUN disks are never part of a snapshot: a preview leaves them alone, so
    // they get no column.
    m_currentDisks = SnapshotDiskRules::snapshotCapable(currentDisks);
    QList<Disk> columns = m_currentDisks;
    m_rowDisks.clear();
    for (const Snapshot &snapshot : std::as_const(m_rows)) {
        const QList<Disk> disks = snapshot.type == SnapshotType::Active
                                      ? m_currentDisks
                                      : snapshotDisks.value(snapshot.id, snapshot.disks);
        QHash<QString, Disk> byId;
        for (const Disk &disk : disks) {
            byId.insert(disk.id, disk);
            // A disk detached since still has images in older snapshots.
            const bool known = std::any_of(columns.cbegin(), columns.cend(),
                                           [&](const Disk &d) { return d.id == disk.id; });
            if (!known)
                columns.append(disk);
        }
        m_rowDisks.append(byId);
    }
    m_disks = SnapshotDiskRules::snapshotCapable(columns);

    // Every part starts from the Active VM, so that each disk has a choice.
    m_configurationRow = m_rows.isEmpty() ? -1 : 0;
    m_memory = false;
    m_diskRows.clear();
    for (int i = 0; i < m_disks.size(); ++i)
        m_diskRows.append(diskAt(0, i) ? 0 : -1);
    endResetModel();
    emit choiceChanged();
}

const Disk *CustomPreviewModel::diskAt(int row, int diskIndex) const
{
    if (row < 0 || row >= m_rowDisks.size() || diskIndex < 0 || diskIndex >= m_disks.size())
        return nullptr;
    const auto it = m_rowDisks.at(row).constFind(m_disks.at(diskIndex).id);
    return it == m_rowDisks.at(row).cend() ? nullptr : &it.value();
}

bool CustomPreviewModel::isAvailable(int row, int column) const
{
    switch (column) {
    case ConfigurationColumn:
        return true;
    case MemoryColumn:
        return m_rows.at(row).persistMemorystate;
    default:
        break;
    }
    const Disk *disk = diskAt(row, column - FirstDiskColumn);
    return disk && disk->status != DiskStatus::Illegal;
}

bool CustomPreviewModel::isChecked(int row, int column) const
{
    switch (column) {
    case ConfigurationColumn:
        return row == m_configurationRow;
    case MemoryColumn:
        return row == m_configurationRow && m_memory;
    default:
        return m_diskRows.value(column - FirstDiskColumn, -1) == row;
    }
}

int CustomPreviewModel::rowOf(const QString &snapshotId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == snapshotId)
            return row;
    }
    return -1;
}

QString CustomPreviewModel::rowName(int row) const
{
    const Snapshot &snapshot = m_rows.at(row);
    if (snapshot.type == SnapshotType::Active)
        return tr("Active VM (as it is now)");
    return tr("%1 (%2)").arg(snapshot.description, DisplayText::dateTime(snapshot.date));
}

void CustomPreviewModel::emitCellChanged(int row, int column)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QModelIndex cell = index(row, column);
    emit dataChanged(cell, cell, {Qt::CheckStateRole, Qt::DisplayRole});
}

void CustomPreviewModel::setConfigurationRow(int row)
{
    if (row == m_configurationRow)
        return;
    const int before = std::exchange(m_configurationRow, row);
    // Memory belongs to the configuration: a new configuration starts without it.
    m_memory = false;
    for (int r : {before, row}) {
        emitCellChanged(r, ConfigurationColumn);
        if (r >= 0 && r < m_rows.size()) {
            const QModelIndex memory = index(r, MemoryColumn);
            emit dataChanged(memory, memory); // the flags changed too
        }
    }
}

void CustomPreviewModel::setMemory(bool on)
{
    if (m_memory == on)
        return;
    m_memory = on;
    emitCellChanged(m_configurationRow, MemoryColumn);
}

void CustomPreviewModel::setDiskRow(int diskIndex, int row)
{
    const int before = m_diskRows.at(diskIndex);
    if (before == row)
        return;
    m_diskRows[diskIndex] = row;
    emitCellChanged(before, FirstDiskColumn + diskIndex);
    emitCellChanged(row, FirstDiskColumn + diskIndex);
}

void CustomPreviewModel::selectRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    setConfigurationRow(row);
    for (int i = 0; i < m_disks.size(); ++i) {
        if (isAvailable(row, FirstDiskColumn + i))
            setDiskRow(i, row);
    }
    emit choiceChanged();
}

QList<Disk> CustomPreviewModel::excludedCurrentDisks() const
{
    QList<Disk> excluded;
    for (int i = 0; i < m_disks.size(); ++i) {
        if (m_diskRows.at(i) >= 0)
            continue;
        const bool current = std::any_of(m_currentDisks.cbegin(), m_currentDisks.cend(),
                                         [&](const Disk &d) { return d.id == m_disks.at(i).id; });
        if (current)
            excluded.append(m_disks.at(i));
    }
    return excluded;
}

bool CustomPreviewModel::choosesActiveOnly() const
{
    if (m_configurationRow != 0 || m_rows.isEmpty() || m_rows.constFirst().type != SnapshotType::Active)
        return false;
    for (int i = 0; i < m_disks.size(); ++i) {
        const int row = m_diskRows.at(i);
        if (row > 0)
            return false;
        if (row < 0 && diskAt(0, i))
            return false; // leaving a current disk out is a change
    }
    return true;
}

QString CustomPreviewModel::validationError() const
{
    if (m_rows.isEmpty() || m_configurationRow < 0)
        return tr("The VM has no snapshots to preview.");
    if (choosesActiveOnly())
        return tr("Everything is chosen from the Active VM: choose the VM configuration or a "
                  "disk from a snapshot.");
    return {};
}

QStringList CustomPreviewModel::warnings() const
{
    QStringList warnings;
    if (m_configurationRow < 0)
        return warnings;
    // The portal's two warnings, in its order: memory first, because it risks the guest's
    // data; the commit consequence otherwise.
    bool memoryWithoutItsDisks = false;
    if (m_memory) {
        for (int i = 0; i < m_disks.size(); ++i) {
            if (diskAt(m_configurationRow, i) && m_diskRows.at(i) != m_configurationRow)
                memoryWithoutItsDisks = true;
        }
    }
    if (memoryWithoutItsDisks)
        warnings.append(tr("Previewing memory may cause data loss when excluding disks!"));
    else if (!excludedCurrentDisks().isEmpty())
        warnings.append(tr("Excluded disks will be deleted when the snapshot is committed."));
    return warnings;
}

QList<CustomPreviewModel::ResultLine> CustomPreviewModel::result() const
{
    QList<ResultLine> lines;
    if (m_configurationRow < 0)
        return lines;
    lines.append({tr("VM configuration"), rowName(m_configurationRow), false});
    if (m_memory)
        lines.append({tr("Memory"), rowName(m_configurationRow), false});
    else
        lines.append({tr("Memory"), tr("not restored (the VM starts from its disks)"), false});
    const QList<Disk> excluded = excludedCurrentDisks();
    for (int i = 0; i < m_disks.size(); ++i) {
        const QString alias = SnapshotDiskRules::aliasOf(m_disks.at(i));
        const int row = m_diskRows.at(i);
        if (row >= 0) {
            lines.append({alias, rowName(row), false});
            continue;
        }
        const bool isCurrent = std::any_of(excluded.cbegin(), excluded.cend(),
                                           [&](const Disk &d) { return d.id == m_disks.at(i).id; });
        lines.append({alias,
                      isCurrent ? tr("excluded: deleted when the snapshot is committed")
                                : tr("not included (not attached to the VM now)"),
                      isCurrent});
    }
    return lines;
}

PreviewSnapshotRequest CustomPreviewModel::request(const QString &vmId) const
{
    PreviewSnapshotRequest request;
    request.vmId = vmId;
    if (m_configurationRow < 0)
        return request;
    request.snapshotId = m_rows.at(m_configurationRow).id;
    request.restoreMemory = m_memory;
    QList<DiskImageChoice> disks;
    for (int i = 0; i < m_disks.size(); ++i) {
        const int row = m_diskRows.at(i);
        if (const Disk *disk = diskAt(row, i))
            disks.append({disk->id, disk->imageId, m_rows.at(row).id});
    }
    request.disks = disks;
    return request;
}

int CustomPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_disks.size());
}

QVariant CustomPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Snapshot &snapshot = m_rows.at(row);
    const bool choice = column >= ConfigurationColumn;

    switch (role) {
    case Qt::DisplayRole:
        if (column == DateColumn)
            return snapshot.type == SnapshotType::Active ? tr("Current")
                                                         : DisplayText::dateTime(snapshot.date);
        if (column == DescriptionColumn)
            return snapshot.description;
        if (!isAvailable(row, column))
            return tr("N/A");
        return {};
    case Qt::CheckStateRole:
        if (choice && isAvailable(row, column))
            return isChecked(row, column) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (choice)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (choice && !isAvailable(row, column))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column >= FirstDiskColumn) {
            const Disk *disk = diskAt(row, column - FirstDiskColumn);
            if (disk && disk->status == DiskStatus::Illegal)
                return tr("Disk in status Illegal");
            if (!disk)
                return tr("This snapshot does not include the disk");
        }
        if (column == MemoryColumn) {
            if (!snapshot.persistMemorystate)
                return tr("This snapshot does not contain memory");
            if (row != m_configurationRow)
                return tr("Memory can only be restored with the same snapshot's VM configuration");
        }
        return {};
    case SortRole:
        if (column == DateColumn)
            return snapshot.date.value_or(QDateTime());
        return data(index, Qt::DisplayRole);
    case IdRole:
        return snapshot.id;
    case EntityRole:
        return QVariant::fromValue(snapshot);
    case AvailableRole:
        return choice && isAvailable(row, column);
    }
    return {};
}

bool CustomPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const int row = index.row();
    switch (index.column()) {
    case ConfigurationColumn:
        // A radio: there is always one configuration; checking another row moves it.
        if (!on)
            return false;
        setConfigurationRow(row);
        break;
    case MemoryColumn:
        setMemory(on);
        break;
    default: {
        const int diskIndex = index.column() - FirstDiskColumn;
        if (on)
            setDiskRow(diskIndex, row);
        else if (m_diskRows.at(diskIndex) == row)
            setDiskRow(diskIndex, -1);
        break;
    }
    }
    emit choiceChanged();
    return true;
}

Qt::ItemFlags CustomPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (column < ConfigurationColumn || !isAvailable(index.row(), column))
        return flags;
    if (column == MemoryColumn && index.row() != m_configurationRow)
        return flags;
    return flags | Qt::ItemIsUserCheckable;
}

QVariant CustomPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstDiskColumn)
        return m_disks.at(section - FirstDiskColumn).id;
    if (role == Qt::TextAlignmentRole && section >= ConfigurationColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case DescriptionColumn: return tr("Description");
    case ConfigurationColumn: return tr("VM Configuration");
    case MemoryColumn: return tr("Memory");
    default: return SnapshotDiskRules::aliasOf(m_disks.at(section - FirstDiskColumn));
    }
}
