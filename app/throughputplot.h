#pragma once

#include <qcustomplot.h>

/// The throughput of the running image transfer over time (MiB/s against seconds since it
/// started): a dropped connection shows as a dip to zero and the resume after it, a sparse
/// area as a spike (zero areas are not sent, they only count).
class ThroughputPlot final : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ThroughputPlot(QWidget *parent = nullptr);

    /// Starts an empty plot for the transfer called \a title.
    void begin(const QString &title);
    /// The rate at \a seconds since the start.
    void addSample(double seconds, double bytesPerSecond);
    int sampleCount() const;
    QString title() const { return m_title->text(); }

private:
    QCPGraph *m_graph = nullptr;
    QCPTextElement *m_title = nullptr;
    double m_peak = 0;
};
