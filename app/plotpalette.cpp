#include "plotpalette.h"

#include "readablecolor.h"

#include <qcustomplot.h>

#include <QEvent>

namespace {

// The colour a plottable was designed with, kept on first sight so that every palette starts
// from it (adjusting an adjusted colour again would drift with each light/dark switch).
QColor designed(QObject *object, const char *property, const QColor &current)
{
    const QVariant kept = object->property(property);
    if (kept.isValid())
        return kept.value<QColor>();
    object->setProperty(property, current);
    return current;
}

QPen withColor(QPen pen, const QColor &color)
{
    pen.setColor(color);
    return pen;
}

} // namespace

void PlotPalette::follow(QCustomPlot *plot)
{
    auto *follower = new PlotPalette(plot);
    follower->setObjectName(QStringLiteral("plotPalette"));
    plot->installEventFilter(follower);
    apply(plot);
}

void PlotPalette::apply(QCustomPlot *plot)
{
    const QPalette palette = plot->palette();
    const QColor background = palette.color(QPalette::Base);
    // Plots are drawn on Base (like lists), while WindowText is meant for Window: make sure it
    // reads on Base too. Grid lines only guide the eye; they stay faint, but visible.
    const QColor text = ReadableColor::against(palette.color(QPalette::WindowText), {background}, 4.5);
    const QColor grid = ReadableColor::against(palette.color(QPalette::Mid), {background}, 1.5);
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(withColor(axis->grid()->pen(), grid));
    }
    if (plot->legend) {
        plot->legend->setBrush(palette.brush(QPalette::Base));
        plot->legend->setTextColor(text);
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            title->setTextColor(text);
    }
    // Bars, lines and marks are graphical objects: their outline reaches 3:1 on the background
    // (pale fills such as "free space" are then still outlined clearly).
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        const QColor pen = designed(plottable, "designedPenColor", plottable->pen().color());
        plottable->setPen(withColor(plottable->pen(), ReadableColor::against(pen, {background}, 3.0)));
        if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
            QCPScatterStyle style = graph->scatterStyle();
            if (!style.isNone()) {
                const QColor mark = designed(graph, "designedScatterPenColor", style.pen().color());
                style.setPen(withColor(style.pen(), ReadableColor::against(mark, {background}, 3.0)));
                graph->setScatterStyle(style);
            }
        }
    }
    plot->replot();
}

bool PlotPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        if (auto *plot = qobject_cast<QCustomPlot *>(watched))
            apply(plot);
    }
    return QObject::eventFilter(watched, event);
}
