#include "amendplanmodel.h"

#include "displaytext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

AmendPlanModel::AmendPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AmendPlanModel::setPlan(const QList<AmendCandidate> &disks, const QList<AmendRules::Verdict> &verdicts)
{
    beginResetModel();
    m_disks.clear();
    m_rows.clear();
    for (qsizetype i = 0; i < disks.size() && i < verdicts.size(); ++i) {
        PlannedDisk planned{disks.at(i), verdicts.at(i), State::Waiting, tr("Waiting"), int(m_rows.size())};
        m_disks.append(planned);
        for (int volume = 0; volume < int(verdicts.at(i).volumes.size()); ++volume)
            m_rows.append({int(i), volume});
    }
    endResetModel();
}

void AmendPlanModel::setProgress(const QString &diskId, State state, const QString &text)
{
    for (PlannedDisk &planned : m_disks) {
        if (planned.candidate.id() != diskId)
            continue;
        planned.state = state;
        planned.progress = text;
        const QModelIndex cell = index(planned.firstRow, ProgressColumn);
        emit dataChanged(cell, cell);
        // The "after" levels read as done (or not) once the disk is finished.
        emit dataChanged(index(planned.firstRow, AfterColumn), index(planned.firstRow + int(planned.verdict.volumes.size()) - 1, AfterColumn));
    }
}

AmendPlanModel::State AmendPlanModel::state(const QString &diskId) const
{
    for (const PlannedDisk &planned : m_disks) {
        if (planned.candidate.id() == diskId)
            return planned.state;
    }
    return State::Waiting;
}

int AmendPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AmendPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmendPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlannedDisk &planned = m_disks.at(row.disk);
    const AmendRules::VolumeChange &change = planned.verdict.volumes.at(row.volume);
    const DiskVolume &volume = change.volume;
    const bool firstOfDisk = row.volume == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DiskColumn: return firstOfDisk ? planned.candidate.disk.alias : QString();
        case SnapshotColumn:
            if (volume.active)
                return tr("Active volume");
            return volume.snapshotDate ? tr("%1 (%2)").arg(volume.snapshotDescription, DisplayText::dateTime(volume.snapshotDate))
                                       : volume.snapshotDescription;
        case VolumeColumn: return volume.imageId.left(8); // as short ids go; the tooltip has it whole
        case NowColumn: return AmendRules::levelText(volume);
        case AfterColumn:
            if (!change.changes)
                return AmendRules::levelText(volume) == QLatin1String("raw") ? tr("raw, not changed") : tr("unchanged");
            return planned.state == State::Failed ? tr("1.1 (not done)") : QStringLiteral("1.1");
        case ProgressColumn: return firstOfDisk ? planned.progress : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == VolumeColumn)
            return volume.imageId;
        if (index.column() == ProgressColumn && firstOfDisk)
            return planned.progress;
        break;
    case Qt::ForegroundRole:
        if (index.column() == ProgressColumn && planned.state == State::Failed)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == ProgressColumn && planned.state == State::Succeeded)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        if (index.column() == AfterColumn && !change.changes)
            return QBrush(QColor(0x70, 0x70, 0x70));
        break;
    case Qt::FontRole:
        if (index.column() == AfterColumn && change.changes) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SortRole: return index.row();
    case DiskIdRole: return planned.candidate.id();
    case ChangesRole: return change.changes;
    }
    return {};
}

QVariant AmendPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DiskColumn: return tr("Disk");
    case SnapshotColumn: return tr("Volume of");
    case VolumeColumn: return tr("Volume");
    case NowColumn: return tr("Compat now");
    case AfterColumn: return tr("After amend");
    case ProgressColumn: return tr("Progress");
    }
    return {};
}
