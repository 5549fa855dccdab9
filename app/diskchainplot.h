#pragma once

#include <qcustomplot.h>

#include <QDateTime>
#include <QList>

#include <optional>

/// One disk's volumes along its snapshot chain, oldest first and the active volume last: the
/// space each volume takes (actual size) beside the size the VM sees (provisioned), so that a
/// chain that grows with every snapshot shows at a glance. Same look as SnapshotTimelinePlot.
class DiskChainPlot final : public QCustomPlot
{
    Q_OBJECT
public:
    struct Volume
    {
        QString label; ///< the snapshot's description, or "Active volume"
        std::optional<QDateTime> date;
        std::optional<qint64> actualSize;
        std::optional<qint64> provisionedSize;
    };

    explicit DiskChainPlot(QWidget *parent = nullptr);

    void setVolumes(const QList<Volume> &volumes);
    int volumeCount() const { return int(m_volumes.size()); }
    /// The tick labels under the bars, left to right.
    QStringList labels() const;

private:
    QList<Volume> m_volumes;
    QCPBars *m_actual = nullptr;
    QCPBars *m_provisioned = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};
