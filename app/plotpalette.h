#pragma once

#include <QObject>

class QCustomPlot;

/// Keeps a QCustomPlot in the colours of its widget palette — background, axes, grid, text,
/// legend — now and whenever the palette changes (the system switching between light and dark),
/// since QCustomPlot paints white with black axes whatever the desktop uses.
class PlotPalette final : public QObject
{
    Q_OBJECT
public:
    /// Applies the palette to \a plot and follows its changes (the follower is a child of it).
    static void follow(QCustomPlot *plot);
    static void apply(QCustomPlot *plot);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
