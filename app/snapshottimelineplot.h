#pragma once

#include "entities.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QHash>
#include <QList>

/// The snapshots of one VM on a time axis: one lane per disk, a mark where a snapshot holds
/// an image of that disk, the Active VM at "now", and the previewed snapshot highlighted.
/// It answers at a glance which point in time each disk can go back to — the question a
/// partial or custom preview raises.
class SnapshotTimelinePlot final : public QCustomPlot
{
    Q_OBJECT
public:
    explicit SnapshotTimelinePlot(QWidget *parent = nullptr);

    /// `snapshotDisks` are the disks of each snapshot by id (a snapshot read with its disks
    /// may carry them itself); `currentDisks` the VM's disks now.
    void setSnapshots(const QList<Snapshot> &snapshots,
                      const QHash<QString, QList<Disk>> &snapshotDisks,
                      const QList<Disk> &currentDisks);
    /// Where "now" (the Active VM) is drawn: the manager's clock when known, so that a lab
    /// with a fixed clock and the plot agree.
    void setNow(const QDateTime &now);
    void clear();

    /// The lanes from top to bottom (disk aliases).
    QStringList laneLabels() const { return m_laneLabels; }
    /// Marks drawn for (snapshot, disk) pairs, the highlighted previewed ones included.
    int snapshotMarkCount() const { return m_snapshotMarks; }
    /// Marks drawn for the previewed snapshot.
    int previewMarkCount() const { return m_previewMarks; }

private:
    void rebuild();

    QList<Snapshot> m_snapshots;
    QHash<QString, QList<Disk>> m_snapshotDisks;
    QList<Disk> m_currentDisks;
    QDateTime m_now;
    QStringList m_laneLabels;
    int m_snapshotMarks = 0;
    int m_previewMarks = 0;

    QCPGraph *m_snapshotGraph = nullptr;
    QCPGraph *m_memoryGraph = nullptr;
    QCPGraph *m_previewGraph = nullptr;
    QCPGraph *m_beforePreviewGraph = nullptr;
    QCPGraph *m_activeGraph = nullptr;
};
