#include "diskinventorymodel.h"

#include "displaytext.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

DiskInventoryModel::DiskInventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiskInventoryModel::setCandidates(const QList<AmendCandidate> &candidates)
{
    QList<AmendRules::Verdict> verdicts;
    for (const AmendCandidate &candidate : candidates)
        verdicts.append(AmendRules::evaluate(candidate));
    const bool sameIds = std::equal(m_candidates.cbegin(), m_candidates.cend(), candidates.cbegin(), candidates.cend(),
                                    [](const AmendCandidate &a, const AmendCandidate &b) { return a.id() == b.id(); });
    if (!sameIds) {
        beginResetModel();
        m_candidates = candidates;
        m_verdicts = verdicts;
        endResetModel();
        return;
    }
    const QList<AmendCandidate> before = std::exchange(m_candidates, candidates);
    const QList<AmendRules::Verdict> verdictsBefore = std::exchange(m_verdicts, verdicts);
    int first = -1;
    for (int row = 0; row <= int(m_candidates.size()); ++row) {
        bool changed = false;
        if (row < int(m_candidates.size())) {
            for (int column = 0; column < ColumnCount && !changed; ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SortRole)}) {
                    if (cellData(before.at(row), verdictsBefore.at(row), column, role)
                        != cellData(m_candidates.at(row), m_verdicts.at(row), column, role)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

int DiskInventoryModel::rowOf(const QString &diskId) const
{
    for (int row = 0; row < int(m_candidates.size()); ++row) {
        if (m_candidates.at(row).id() == diskId)
            return row;
    }
    return -1;
}

int DiskInventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int DiskInventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiskInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_candidates.at(index.row()), m_verdicts.at(index.row()), index.column(), role);
}

QString DiskInventoryModel::chainSummary(const AmendCandidate &candidate)
{
    QStringList parts;
    QString last;
    int count = 0;
    auto flush = [&] {
        if (count > 0)
            parts << (count == 1 ? last : tr("%1 \u00d7%2").arg(last).arg(count));
    };
    for (const DiskVolume &volume : candidate.volumes) {
        const QString level = AmendRules::levelText(volume);
        if (level == last) {
            ++count;
            continue;
        }
        flush();
        last = level;
        count = 1;
    }
    flush();
    QString summary = parts.join(QStringLiteral(", "));
    if (!candidate.volumesComplete)
        summary += tr(" (active volume only)");
    return summary;
}

QVariant DiskInventoryModel::cellData(const AmendCandidate &candidate, const AmendRules::Verdict &verdict, int column, int role)
{
    const Disk &disk = candidate.disk;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case AliasColumn: return disk.alias;
        case VmsColumn: {
            QStringList names;
            for (const DiskVmUse &use : candidate.vms)
                names << use.vmName;
            return names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "));
        }
        case StorageDomainColumn:
            if (candidate.storageDomainName.isEmpty())
                return QString();
            return candidate.storageFormat ? tr("%1 (%2)").arg(candidate.storageDomainName, DisplayText::storageFormat(*candidate.storageFormat))
                                           : candidate.storageDomainName;
        case FormatColumn: return disk.format ? DisplayText::diskFormat(*disk.format) : QString();
        case CompatColumn: return disk.qcowVersion ? DisplayText::qcowCompat(*disk.qcowVersion) : QString();
        case ChainColumn:
            if (role == SortRole)
                return int(candidate.volumes.size()) * 1000 + verdict.changeCount();
            return chainSummary(candidate);
        case StatusColumn: return disk.status ? DisplayText::diskStatus(*disk.status) : QString();
        case AmendColumn:
            if (verdict.amendable())
                return verdict.changeCount() == 1 ? tr("Yes: 1 volume to 1.1") : tr("Yes: %n volumes to 1.1", nullptr, int(verdict.changeCount()));
            return AmendRules::shortText(verdict.reason);
        }
        break;
    case Qt::ToolTipRole:
        if (column == AmendColumn && !verdict.amendable())
            return verdict.text;
        if (column == ChainColumn) {
            QStringList lines;
            for (const DiskVolume &volume : candidate.volumes)
                lines << tr("%1: %2").arg(volume.active ? tr("Active volume") : volume.snapshotDescription, AmendRules::levelText(volume));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Qt::ForegroundRole:
        if (column == AmendColumn && verdict.amendable())
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        break;
    case IdRole: return disk.id;
    case AmendableRole: return verdict.amendable();
    case StorageDomainIdRole: return disk.storageDomainIds.value(0);
    case ReasonTextRole: return verdict.text;
    }
    return {};
}

QVariant DiskInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AliasColumn: return tr("Alias");
    case VmsColumn: return tr("Virtual machines");
    case StorageDomainColumn: return tr("Storage domain");
    case FormatColumn: return tr("Format");
    case CompatColumn: return tr("Compat");
    case ChainColumn: return tr("Volumes (oldest first)");
    case StatusColumn: return tr("Status");
    case AmendColumn: return tr("Amend to 1.1");
    }
    return {};
}
