#pragma once

#include <qcustomplot.h>

/// Axis set-ups the plots share.
class PlotAxes final
{
public:
    PlotAxes() = delete;

    /// An axis of named categories (one bar group each): labels from \a ticker at the
    /// categories only, no sub-ticks, no grid lines between the groups, short outward ticks.
    static void categoryAxis(QCPAxis *axis, const QSharedPointer<QCPAxisTicker> &ticker, const QFont &font);
};
