#pragma once

#include "entities.h"
#include "requests.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The Custom Preview matrix (gui-anchors §2.4): one row per snapshot (Active VM first, then
/// newest first), one column for the VM configuration, one for memory, one per disk.
///
/// Cells are checkable through Qt::CheckStateRole and exclusive per column: checking a cell
/// moves that column's choice to its row. The configuration column always has a choice
/// (a radio); a disk column may have none, which leaves the disk out of the preview. Memory is
/// coupled to the configuration (one cannot preview memory without the same snapshot's
/// configuration): only the configuration row's memory cell is editable, and picking another
/// configuration clears it. A snapshot that lacks a disk (or holds no memory) shows "N/A".
class CustomPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, DescriptionColumn, ConfigurationColumn, MemoryColumn,
                  FirstDiskColumn, FixedColumnCount = FirstDiskColumn };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole, AvailableRole };

    /// One line of the "result" section: what the previewed VM gets for one part.
    struct ResultLine
    {
        QString part;     ///< "VM configuration", "Memory" or a disk alias
        QString source;   ///< the snapshot it comes from, or what happens to it
        bool excluded = false;
    };

    explicit CustomPreviewModel(QObject *parent = nullptr);

    /// `snapshots` as listed by the manager (active and regular entries are used),
    /// `snapshotDisks` the disks of each snapshot by id, `currentDisks` the VM's disks (the
    /// Active VM row). Starts with every part from the Active VM.
    void setSnapshots(const QList<Snapshot> &snapshots,
                      const QHash<QString, QList<Disk>> &snapshotDisks,
                      const QList<Disk> &currentDisks);

    /// Picks a whole row: its configuration and every disk it holds (disks it lacks keep
    /// their current choice) — what a double-click does.
    void selectRow(int row);
    int rowOf(const QString &snapshotId) const;

    int configurationRow() const { return m_configurationRow; }
    bool restoreMemory() const { return m_memory; }
    /// The row whose image is chosen for disk column `diskIndex`, or -1 when excluded.
    int diskRow(int diskIndex) const { return m_diskRows.value(diskIndex, -1); }
    const QList<Disk> &disks() const { return m_disks; }
    const QList<Snapshot> &snapshots() const { return m_rows; }

    /// Current disks of the VM that the choice leaves out (deleted on commit).
    QList<Disk> excludedCurrentDisks() const;
    /// True when the choice is the VM as it is now (nothing to preview).
    bool choosesActiveOnly() const;
    /// Why the choice cannot be previewed, or an empty string.
    QString validationError() const;
    /// The portal's warnings for the current choice, most serious first.
    QStringList warnings() const;
    QList<ResultLine> result() const;
    /// The preview request for the current choice.
    PreviewSnapshotRequest request(const QString &vmId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// Any choice changed (configuration, memory or a disk).
    void choiceChanged();

private:
    /// The disk `diskIndex` as held by the snapshot of `row`, or nullptr when it lacks it.
    const Disk *diskAt(int row, int diskIndex) const;
    bool isAvailable(int row, int column) const;
    bool isChecked(int row, int column) const;
    QString rowName(int row) const;
    void setConfigurationRow(int row);
    void setMemory(bool on);
    void setDiskRow(int diskIndex, int row);
    void emitCellChanged(int row, int column);

    QList<Snapshot> m_rows;
    QList<QHash<QString, Disk>> m_rowDisks; ///< per row: disk id → that snapshot's image
    QList<Disk> m_disks;                    ///< the disk columns
    QList<Disk> m_currentDisks;
    int m_configurationRow = -1;
    bool m_memory = false;
    QList<int> m_diskRows;
};
