#include "diskchainplot.h"

#include "displaytext.h"
#include "plotaxes.h"

namespace {

const QColor actualColor(0x1c, 0x71, 0xd8);
const QColor provisionedColor(0xc0, 0xbf, 0xbc);
constexpr double MiB = 1024.0 * 1024;
// Bars start here on the logarithmic axis; smaller volumes are drawn at this height.
constexpr double floorBytes = 256 * 1024.0;

} // namespace

DiskChainPlot::DiskChainPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_ticker(QSharedPointer<QCPAxisTickerText>::create())
{
    setObjectName(QStringLiteral("diskChainPlot"));
    setAccessibleName(tr("Volume sizes along the snapshot chain"));
    setFont(QWidget::font());

    PlotAxes::categoryAxis(xAxis, m_ticker, QWidget::font());
    xAxis->setLabelFont(QWidget::font());
    xAxis->setLabel(tr("Volume (oldest snapshot first)"));
    // Actual sizes of thin volumes are MiB while provisioned sizes are tens of GiB: on a linear
    // axis the actual bars vanish, so the axis is logarithmic with ticks at powers of 16 bytes.
    yAxis->setLabel(tr("Size (logarithmic)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto sizeTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (double bytes = MiB; bytes <= 1024 * 1024 * MiB; bytes *= 16)
        sizeTicker->addTick(bytes, DisplayText::dataSize(qint64(bytes)));
    yAxis->setTicker(sizeTicker);
    yAxis->setSubTicks(false);
    yAxis->setTickLabelFont(QWidget::font());
    yAxis->setLabelFont(QWidget::font());

    auto *group = new QCPBarsGroup(this);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(2);
    m_provisioned = new QCPBars(xAxis, yAxis);
    m_provisioned->setName(tr("Provisioned size (what the VM sees)"));
    m_provisioned->setPen(QPen(provisionedColor.darker(120)));
    m_provisioned->setBrush(provisionedColor);
    m_provisioned->setWidth(0.35);
    m_provisioned->setBarsGroup(group);
    m_actual = new QCPBars(xAxis, yAxis);
    m_actual->setName(tr("Actual size (space taken on the storage)"));
    m_actual->setPen(QPen(actualColor.darker(120)));
    m_actual->setBrush(actualColor);
    m_actual->setWidth(0.35);
    m_actual->setBarsGroup(group);
    m_provisioned->setBaseValue(floorBytes);
    m_actual->setBaseValue(floorBytes);

    legend->setVisible(true);
    legend->setFont(QWidget::font());
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    setVolumes({});
}

void DiskChainPlot::setVolumes(const QList<Volume> &volumes)
{
    m_volumes = volumes;
    m_ticker->clear();
    QVector<double> keys, actual, provisioned;
    double top = MiB;
    for (int i = 0; i < volumes.size(); ++i) {
        const Volume &volume = volumes.at(i);
        const double key = i + 1;
        keys.append(key);
        actual.append(std::max(floorBytes, double(volume.actualSize.value_or(0))));
        provisioned.append(std::max(floorBytes, double(volume.provisionedSize.value_or(0))));
        top = std::max({top, actual.last(), provisioned.last()});
        const QString date = DisplayText::dateTime(volume.date);
        m_ticker->addTick(key, date.isEmpty() ? volume.label : volume.label + QLatin1Char('\n') + date);
    }
    m_actual->setData(keys, actual, true);
    m_provisioned->setData(keys, provisioned, true);
    xAxis->setRange(0.4, std::max<double>(1, volumes.size()) + 0.6);
    yAxis->setRange(floorBytes, top * 4);
    replot();
}

QStringList DiskChainPlot::labels() const
{
    QStringList labels;
    for (auto it = m_ticker->ticks().cbegin(); it != m_ticker->ticks().cend(); ++it)
        labels.append(it.value());
    return labels;
}
