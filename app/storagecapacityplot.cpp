#include "storagecapacityplot.h"

#include "plotaxes.h"

namespace {

const QColor usedColor(0x1c, 0x71, 0xd8);
const QColor freeColor(0xc0, 0xdd, 0xf5);
const QColor committedColor(0x98, 0x6a, 0x44);
const QColor overColor(0xc0, 0x1c, 0x28);
constexpr double GiB = 1024.0 * 1024 * 1024;

QCPBars *addBars(QCustomPlot *plot, const QString &name, const QColor &color)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setPen(QPen(color.darker(130)));
    bars->setBrush(color);
    bars->setWidth(0.3);
    return bars;
}

} // namespace

StorageCapacityPlot::StorageCapacityPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_ticker(QSharedPointer<QCPAxisTickerText>::create())
{
    setObjectName(QStringLiteral("storageCapacityPlot"));
    setAccessibleName(tr("Storage domain capacity"));
    setFont(QWidget::font());

    PlotAxes::categoryAxis(xAxis, m_ticker, QWidget::font());
    yAxis->setLabel(tr("Space (GiB)"));
    yAxis->setTickLabelFont(QWidget::font());
    yAxis->setLabelFont(QWidget::font());

    m_used = addBars(this, tr("Used"), usedColor);
    m_free = addBars(this, tr("Free"), freeColor);
    m_free->moveAbove(m_used);
    m_committed = addBars(this, tr("Committed to disks"), committedColor);
    m_over = addBars(this, tr("Overcommitted (beyond capacity)"), overColor);
    m_over->moveAbove(m_committed);
    auto *group = new QCPBarsGroup(this);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(3);
    // Stacked bars join the group too: the group places every stack by its base bar, so a bar
    // left out would be drawn at the key's centre, across its neighbour.
    for (QCPBars *bars : {m_used, m_free, m_committed, m_over})
        bars->setBarsGroup(group);

    legend->setVisible(true);
    legend->setFont(QWidget::font());
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    setStorageDomains({});
}

void StorageCapacityPlot::setStorageDomains(const QList<StorageDomain> &domains)
{
    m_names.clear();
    m_overcommitted.clear();
    m_ticker->clear();
    QVector<double> keys, used, free, committed, overKeys, over;
    double top = 1;
    int key = 0;
    for (const StorageDomain &domain : domains) {
        // Domains without figures (ISO and export domains of some versions) have nothing to draw.
        if (!domain.used && !domain.available)
            continue;
        ++key;
        m_names.append(domain.name);
        m_ticker->addTick(key, domain.name);
        const double capacity = (domain.used.value_or(0) + domain.available.value_or(0)) / GiB;
        const double promised = domain.committed.value_or(0) / GiB;
        keys.append(key);
        used.append(domain.used.value_or(0) / GiB);
        free.append(domain.available.value_or(0) / GiB);
        committed.append(std::min(promised, capacity));
        // Only overcommitted domains get a red bar: an empty one would still draw its outline.
        if (promised > capacity) {
            overKeys.append(key);
            over.append(promised - capacity);
            m_overcommitted.append(domain.name);
        }
        top = std::max({top, capacity, promised});
    }
    m_used->setData(keys, used, true);
    m_free->setData(keys, free, true);
    m_committed->setData(keys, committed, true);
    m_over->setData(overKeys, over, true);
    xAxis->setRange(0.4, std::max(1, key) + 0.6);
    yAxis->setRange(0, top * 1.1);
    replot();
}
