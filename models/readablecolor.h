#pragma once

#include <QColor>
#include <QList>

/// Colours that stay readable on the backgrounds they are drawn on, in a light or a dark palette:
/// the WCAG 2.x contrast ratio, and a colour moved just far enough away from its backgrounds to
/// reach a minimum ratio (4.5:1 for text, 3:1 for large text and graphical objects).
class ReadableColor final
{
public:
    ReadableColor() = delete;

    /// WCAG 2.x relative luminance of the opaque colour (0 black, 1 white).
    static double luminance(const QColor &color);
    /// WCAG 2.x contrast ratio, 1 to 21; a translucent foreground is composed over the background.
    static double contrast(const QColor &foreground, const QColor &background);
    /// \a color itself when it reaches \a minimum against every background, else the same hue made
    /// darker (on light backgrounds) or lighter (on dark ones) until it does, or as far as it can.
    static QColor against(const QColor &color, const QList<QColor> &backgrounds, double minimum);
    /// White for a symbol drawn on \a fill when it reaches 3:1 there (a graphical object), else
    /// black or white, whichever reads better.
    static QColor onFill(const QColor &fill);
};
