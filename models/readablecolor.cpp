#include "readablecolor.h"

#include <algorithm>
#include <cmath>

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QColor composed(const QColor &foreground, const QColor &background)
{
    const double alpha = foreground.alphaF();
    if (alpha >= 1.0)
        return foreground.toRgb();
    const QColor fg = foreground.toRgb();
    const QColor bg = background.toRgb();
    return QColor::fromRgbF(float(fg.redF() * alpha + bg.redF() * (1 - alpha)),
                            float(fg.greenF() * alpha + bg.greenF() * (1 - alpha)),
                            float(fg.blueF() * alpha + bg.blueF() * (1 - alpha)));
}

double worst(const QColor &color, const QList<QColor> &backgrounds)
{
    double ratio = 21;
    for (const QColor &background : backgrounds)
        ratio = std::min(ratio, ReadableColor::contrast(color, background));
    return ratio;
}

} // namespace

double ReadableColor::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ReadableColor::contrast(const QColor &foreground, const QColor &background)
{
    const double a = luminance(composed(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ReadableColor::against(const QColor &color, const QList<QColor> &backgrounds, double minimum)
{
    if (backgrounds.isEmpty())
        return color;
    QColor current = composed(color, backgrounds.constFirst());
    if (worst(current, backgrounds) >= minimum)
        return color.alphaF() >= 1.0 ? color : current;
    // Away from the backgrounds: darker on light ones, lighter on dark ones, keeping the hue so
    // that red still reads as red.
    double average = 0;
    for (const QColor &background : backgrounds)
        average += luminance(background);
    const bool darken = average / double(backgrounds.size()) > 0.18;
    QColor best = current;
    for (int step = 1; step <= 100; ++step) {
        const QColor hsl = current.toHsl();
        const float lightness = darken ? std::max(0.0f, hsl.lightnessF() - 0.01f * float(step))
                                       : std::min(1.0f, hsl.lightnessF() + 0.01f * float(step));
        const QColor candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness).toRgb();
        if (worst(candidate, backgrounds) > worst(best, backgrounds))
            best = candidate;
        if (worst(candidate, backgrounds) >= minimum)
            return candidate;
    }
    return best;
}

QColor ReadableColor::onFill(const QColor &fill)
{
    const double white = contrast(Qt::white, fill);
    return white >= 3.0 || white >= contrast(Qt::black, fill) ? QColor(Qt::white) : QColor(Qt::black);
}
