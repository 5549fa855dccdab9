#include "plotaxes.h"

void PlotAxes::categoryAxis(QCPAxis *axis, const QSharedPointer<QCPAxisTicker> &ticker, const QFont &font)
{
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setTickLength(0, 4);
    axis->grid()->setVisible(false);
    axis->setTickLabelFont(font);
}
