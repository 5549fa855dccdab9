#pragma once

#include "entities.h"
#include "entitytablemodel.h"

#include <QHash>
#include <QList>

/// The snapshots of one VM in the portal's order: the active (or preview) entry first, then
/// newest first. The Disks column names the disks each snapshot holds; they arrive separately
/// (one request per snapshot), so they are kept apart from the snapshots and survive a
/// refresh of the snapshot list.
class SnapshotListModel final : public EntityTableModel<Snapshot>
{
    Q_OBJECT
public:
    enum Column { DateColumn, DescriptionColumn, StatusColumn, TypeColumn, MemoryColumn,
                  DisksColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole };

    explicit SnapshotListModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setSnapshots(const QList<Snapshot> &snapshots);
    /// The disks included in one snapshot (from /vms/{id}/snapshots/{sid}/disks).
    void setSnapshotDisks(const QString &snapshotId, const QList<Disk> &disks);
    /// The VM's current disks, shown on the "Active VM" row.
    void setCurrentDisks(const QList<Disk> &disks);
    /// Forgets snapshots and disks, e.g. when another VM is selected.
    void clear();

    const QList<Snapshot> &snapshots() const { return m_rows; }
    /// The disks of each snapshot known so far, by snapshot id.
    const QHash<QString, QList<Disk>> &snapshotDisks() const { return m_snapshotDisks; }
    /// The VM's current disks (from its attachments).
    const QList<Disk> &currentDisks() const { return m_currentDisks; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const Snapshot &snapshot, int column, int role) const override;
    /// The disks of a snapshot, or nullptr while they are not known yet.
    const QList<Disk> *disksOf(const Snapshot &snapshot) const;
    void emitDisksChanged(int row);

    QHash<QString, QList<Disk>> m_snapshotDisks;
    QList<Disk> m_currentDisks;
    bool m_currentDisksKnown = false;
};
