#include "plotpalette.h"

#include <qcustomplot.h>

#include <QEvent>

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
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        QPen gridPen = axis->grid()->pen();
        gridPen.setColor(grid);
        axis->grid()->setPen(gridPen);
    }
    if (plot->legend) {
        plot->legend->setBrush(palette.brush(QPalette::Base));
        plot->legend->setTextColor(text);
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
