#pragma once

#include "amendrules.h"

#include <QAbstractTableModel>
#include <QList>

/// What an amend will do, volume by volume: one row per volume of each disk that will be
/// amended (the disk's alias and its progress on its first row), with the compat level now and
/// after. Also used for a single disk's chain (the Disks page), where nothing is in progress.
class AmendPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DiskColumn, SnapshotColumn, VolumeColumn, NowColumn, AfterColumn, ProgressColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, DiskIdRole, ChangesRole };
    enum class State { Waiting, Running, Succeeded, Failed };

    explicit AmendPlanModel(QObject *parent = nullptr);

    /// The disks to amend, each with its verdict (volumes and which of them change).
    void setPlan(const QList<AmendCandidate> &disks, const QList<AmendRules::Verdict> &verdicts);
    int diskCount() const { return int(m_disks.size()); }
    QString diskId(int diskIndex) const { return m_disks.at(diskIndex).candidate.id(); }
    const AmendCandidate &disk(int diskIndex) const { return m_disks.at(diskIndex).candidate; }

    /// Progress of one disk ("Amending the volumes of X", then the manager's final message).
    void setProgress(const QString &diskId, State state, const QString &text);
    State state(const QString &diskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct PlannedDisk
    {
        AmendCandidate candidate;
        AmendRules::Verdict verdict;
        State state = State::Waiting;
        QString progress;
        int firstRow = 0;
    };
    struct Row
    {
        int disk = 0;
        int volume = 0;
    };

    QList<PlannedDisk> m_disks;
    QList<Row> m_rows;
};
