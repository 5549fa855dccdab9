#include "snapshottimelineplot.h"

#include "snapshotdiskrules.h"

#include <QLocale>

#include <algorithm>

namespace {

const QColor snapshotColor(0x1c, 0x71, 0xd8);
const QColor previewColor(0xe6, 0x61, 0x00);
const QColor activeColor(0x26, 0xa2, 0x69);
const QColor laneColor(0xc0, 0xbf, 0xbc);

QCPGraph *addMarkGraph(QCustomPlot *plot, const QString &name, QCPScatterStyle style)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    return graph;
}

double key(const QDateTime &dateTime)
{
    return QCPAxisTickerDateTime::dateTimeToKey(dateTime);
}

} // namespace

SnapshotTimelinePlot::SnapshotTimelinePlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("snapshotTimelinePlot"));
    setAccessibleName(tr("Snapshot timeline"));
    setAntialiasedElements(QCP::aeScatters | QCP::aeItems);
    setFont(QWidget::font());

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    // The person's locale: short date on one line, time below it.
    const QLocale locale;
    dateTicker->setDateTimeFormat(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char('\n')
                                  + locale.timeFormat(QLocale::ShortFormat));
    dateTicker->setDateTimeSpec(Qt::LocalTime);
    dateTicker->setTickCount(6);
    xAxis->setTicker(dateTicker);
    xAxis->setLabel(tr("Time"));
    xAxis->grid()->setVisible(true);
    xAxis->setTickLabelFont(QWidget::font());
    xAxis->setLabelFont(QWidget::font());

    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setLabel(tr("Disk"));
    yAxis->grid()->setVisible(false);
    yAxis->setSubTicks(false);
    yAxis->setTickLabelFont(QWidget::font());
    yAxis->setLabelFont(QWidget::font());
    // The first disk at the top, as in the disk list.
    yAxis->setRangeReversed(true);

    // The snapshots' descriptions along the top, above their marks.
    xAxis2->setVisible(true);
    xAxis2->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    xAxis2->setSubTicks(false);
    xAxis2->setTickLabelFont(QWidget::font());
    xAxis2->setTickLabelRotation(-30);
    xAxis2->grid()->setVisible(true);
    xAxis2->grid()->setPen(QPen(laneColor, 1, Qt::DashLine));
    yAxis2->setVisible(false);

    m_snapshotGraph = addMarkGraph(this, tr("Snapshot"),
                                   QCPScatterStyle(QCPScatterStyle::ssDisc, snapshotColor,
                                                   snapshotColor, 9));
    m_memoryGraph = addMarkGraph(this, tr("Snapshot with memory"),
                                 QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(snapshotColor, 2),
                                                 snapshotColor, 9));
    m_previewGraph = addMarkGraph(this, tr("Previewed"),
                                  QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                                  QPen(previewColor, 2), previewColor, 13));
    m_beforePreviewGraph = addMarkGraph(this, tr("Active VM before the preview"),
                                        QCPScatterStyle(QCPScatterStyle::ssSquare,
                                                        QPen(Qt::gray, 1.5), Qt::white, 9));
    m_activeGraph = addMarkGraph(this, tr("Active VM (now)"),
                                 QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(activeColor, 2),
                                                 Qt::white, 11));

    legend->setVisible(true);
    legend->setFont(QWidget::font());
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(5);
    // The legend in a row of its own under the plot, not over the marks.
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);

    rebuild();
}

void SnapshotTimelinePlot::setSnapshots(const QList<Snapshot> &snapshots,
                                        const QHash<QString, QList<Disk>> &snapshotDisks,
                                        const QList<Disk> &currentDisks)
{
    m_snapshots = snapshots;
    m_snapshotDisks = snapshotDisks;
    m_currentDisks = currentDisks;
    rebuild();
}

void SnapshotTimelinePlot::setNow(const QDateTime &now)
{
    m_now = now;
    rebuild();
}

void SnapshotTimelinePlot::clear()
{
    m_snapshots.clear();
    m_snapshotDisks.clear();
    m_currentDisks.clear();
    rebuild();
}

void SnapshotTimelinePlot::rebuild()
{
    clearItems();
    for (QCPGraph *graph : {m_snapshotGraph, m_memoryGraph, m_previewGraph,
                            m_beforePreviewGraph, m_activeGraph}) {
        graph->data()->clear();
    }
    m_snapshotMarks = 0;
    m_previewMarks = 0;

    // Lanes: every disk that can be part of a snapshot, now or in some snapshot.
    QList<Disk> lanes = m_currentDisks;
    const auto disksOf = [this](const Snapshot &snapshot) {
        return m_snapshotDisks.value(snapshot.id, snapshot.disks);
    };
    for (const Snapshot &snapshot : std::as_const(m_snapshots)) {
        if (snapshot.type == SnapshotType::Active)
            continue;
        for (const Disk &disk : disksOf(snapshot)) {
            if (std::none_of(lanes.cbegin(), lanes.cend(),
                             [&](const Disk &d) { return d.id == disk.id; }))
                lanes.append(disk);
        }
    }
    lanes = SnapshotDiskRules::snapshotCapable(lanes);
    m_laneLabels = SnapshotDiskRules::sortedAliases(lanes);
    QHash<QString, int> laneOf;
    auto laneTicker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    laneTicker->clear();
    for (int i = 0; i < lanes.size(); ++i) {
        laneOf.insert(lanes.at(i).id, i);
        laneTicker->addTick(i, SnapshotDiskRules::aliasOf(lanes.at(i)));
    }

    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    QDateTime first = now;
    auto topTicker = qSharedPointerCast<QCPAxisTickerText>(xAxis2->ticker());
    topTicker->clear();
    const Snapshot *previewed = nullptr;
    for (const Snapshot &snapshot : std::as_const(m_snapshots)) {
        if (snapshot.type == SnapshotType::Active || !snapshot.date)
            continue;
        first = std::min(first, *snapshot.date);
        const double x = key(*snapshot.date);
        const bool isPreviewed = snapshot.status == SnapshotStatus::InPreview;
        if (isPreviewed)
            previewed = &snapshot;
        // The state kept during a preview sits next to "now"; the legend names it.
        const bool beforePreview = snapshot.type == SnapshotType::Preview;
        if (!beforePreview)
            topTicker->addTick(x, snapshot.description);
        for (const Disk &disk : disksOf(snapshot)) {
            const auto lane = laneOf.constFind(disk.id);
            if (lane == laneOf.cend())
                continue;
            QCPGraph *graph = isPreviewed ? m_previewGraph
                            : beforePreview ? m_beforePreviewGraph
                            : snapshot.persistMemorystate ? m_memoryGraph : m_snapshotGraph;
            graph->addData(x, *lane);
            ++m_snapshotMarks;
            if (isPreviewed)
                ++m_previewMarks;
        }
    }
    for (const Disk &disk : std::as_const(m_currentDisks)) {
        if (const auto lane = laneOf.constFind(disk.id); lane != laneOf.cend())
            m_activeGraph->addData(key(now), *lane);
    }

    // Some room around the first snapshot and "now", so that marks are not cut in half.
    const double span = std::max(key(now) - key(first), 3600.0);
    // Days apart: the date says enough; within a day or two the time matters.
    const QLocale locale;
    auto dateTicker = qSharedPointerCast<QCPAxisTickerDateTime>(xAxis->ticker());
    dateTicker->setDateTimeFormat(span > 2 * 86400.0
                                      ? locale.dateFormat(QLocale::ShortFormat)
                                      : locale.dateFormat(QLocale::ShortFormat) + QLatin1Char('\n')
                                            + locale.timeFormat(QLocale::ShortFormat));
    const double margin = span * 0.08;
    xAxis->setRange(key(first) - margin, key(now) + margin);
    xAxis2->setRange(xAxis->range());
    yAxis->setRange(-0.6, std::max<double>(int(lanes.size()) - 0.4, 0.4));

    // Each lane as a faint line from the first snapshot to now.
    for (int i = 0; i < lanes.size(); ++i) {
        auto *line = new QCPItemLine(this);
        line->setLayer(QStringLiteral("grid"));
        line->setPen(QPen(laneColor, 1));
        line->start->setCoords(key(first), i);
        line->end->setCoords(key(now), i);
    }
    if (previewed) {
        // A band behind the previewed snapshot, the state the VM runs on.
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("grid"));
        band->setPen(Qt::NoPen);
        QColor fill = previewColor;
        fill.setAlpha(40);
        band->setBrush(fill);
        const double half = span * 0.015;
        band->topLeft->setType(QCPItemPosition::ptPlotCoords);
        band->bottomRight->setType(QCPItemPosition::ptPlotCoords);
        band->topLeft->setCoords(key(*previewed->date) - half, yAxis->range().lower);
        band->bottomRight->setCoords(key(*previewed->date) + half, yAxis->range().upper);
    }
    // The legend explains only what is drawn, in a fixed order.
    const QList<QCPGraph *> graphs = {m_snapshotGraph, m_memoryGraph, m_previewGraph,
                                      m_beforePreviewGraph, m_activeGraph};
    for (QCPGraph *graph : graphs)
        graph->removeFromLegend();
    for (QCPGraph *graph : graphs) {
        if (!graph->data()->isEmpty())
            graph->addToLegend();
    }
    replot();
}
