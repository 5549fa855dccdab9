#pragma once

#include "amendrules.h"

#include <QAbstractTableModel>
#include <QList>

/// Every data disk of the manager with its qcow2 compat levels: the active volume's, the
/// levels found along its chain (snapshots included), and whether it can be amended to 1.1 by
/// AmendRules (the reason when not, in the manager's words, as tooltip).
class DiskInventoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AliasColumn, VmsColumn, StorageDomainColumn, FormatColumn, CompatColumn, ChainColumn,
                  StatusColumn, AmendColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, AmendableRole, StorageDomainIdRole, ReasonTextRole };

    explicit DiskInventoryModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setCandidates(const QList<AmendCandidate> &candidates);
    const QList<AmendCandidate> &candidates() const { return m_candidates; }
    const AmendCandidate &candidate(int row) const { return m_candidates.at(row); }
    AmendRules::Verdict verdict(int row) const { return m_verdicts.at(row); }
    int rowOf(const QString &diskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "0.10 ×2, 1.1" : the levels along the chain, oldest first, counted.
    static QString chainSummary(const AmendCandidate &candidate);

private:
    static QVariant cellData(const AmendCandidate &candidate, const AmendRules::Verdict &verdict, int column, int role);

    QList<AmendCandidate> m_candidates;
    QList<AmendRules::Verdict> m_verdicts;
};
