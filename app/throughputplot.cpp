#include "throughputplot.h"

#include "plotpalette.h"

ThroughputPlot::ThroughputPlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("throughputPlot"));
    setAccessibleName(tr("Transfer throughput"));
    setMinimumHeight(160);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize()));
    plotLayout()->addElement(0, 0, m_title);
    m_graph = addGraph();
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(1.5);
    m_graph->setPen(pen);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(50);
    m_graph->setBrush(fill);
    xAxis->setLabel(tr("Seconds"));
    yAxis->setLabel(tr("MiB/s"));
    xAxis->setRange(0, 10);
    yAxis->setRange(0, 1);
    // In the desktop's colours like the other plots (it lives in the Tasks pane).
    PlotPalette::follow(this);
}

void ThroughputPlot::begin(const QString &title)
{
    m_title->setText(title);
    m_graph->data()->clear();
    m_peak = 0;
    xAxis->setRange(0, 10);
    yAxis->setRange(0, 1);
    replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::addSample(double seconds, double bytesPerSecond)
{
    const double mib = bytesPerSecond / (1024.0 * 1024.0);
    m_graph->addData(seconds, mib);
    m_peak = qMax(m_peak, mib);
    xAxis->setRange(0, qMax(10.0, seconds));
    yAxis->setRange(0, qMax(1.0, m_peak * 1.15));
    replot(QCustomPlot::rpQueuedReplot);
}

int ThroughputPlot::sampleCount() const
{
    return m_graph->dataCount();
}
