#include "screenshottest.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <ctime>

namespace ScreenshotTest {

namespace {

const char fontFile[] = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr int fontPointSize = 9;

bool updateGoldens()
{
    return qEnvironmentVariableIntValue("DISKDESK_UPDATE_GOLDENS") == 1;
}

QString failureDir(const QString &test)
{
    return QDir::current().absoluteFilePath(QStringLiteral("screenshot-failures/") + test);
}

// Differing pixels in red over a faded copy of the expected image, so that the place of a
// change is obvious at a glance.
QImage diffImage(const QImage &expected, const QImage &actual, qsizetype *differing)
{
    QImage diff(expected.size(), QImage::Format_ARGB32);
    *differing = 0;
    for (int y = 0; y < expected.height(); ++y) {
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        auto *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < expected.width(); ++x) {
            if (e[x] != a[x]) {
                d[x] = qRgb(255, 0, 0);
                ++*differing;
            } else {
                const int gray = 192 + qGray(e[x]) / 4;
                d[x] = qRgb(gray, gray, gray);
            }
        }
    }
    return diff;
}

bool save(const QImage &image, const QString &path, QString *failure)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (image.save(path, "PNG"))
        return true;
    *failure = QStringLiteral("cannot write %1").arg(path);
    return false;
}

} // namespace

void prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Device pixel ratio 1 whatever the screen says.
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    qunsetenv("QT_SCALE_FACTOR");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    // Dates in tables are shown in local time; ctest sets TZ too, this covers manual runs.
    qputenv("TZ", "UTC");
    tzset();
    // No platform theme: its fonts, palette and icons differ between desktops.
    QApplication::setDesktopSettingsAware(false);
}

void setUpApplication()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());

    const int fontId = QFontDatabase::addApplicationFont(QString::fromLatin1(fontFile));
    const QStringList families = QFontDatabase::applicationFontFamilies(fontId);
    if (families.isEmpty())
        qFatal("Screenshot tests need %s (Debian: fonts-dejavu-core)", fontFile);
    QFont font(families.constFirst(), fontPointSize);
    // Grayscale antialiasing: subpixel rendering depends on the machine's fontconfig.
    font.setStyleStrategy(QFont::NoSubpixelAntialias);
    QApplication::setFont(font);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QApplication::setCursorFlashTime(0);
    for (Qt::UIEffect effect : {Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
                                Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip,
                                Qt::UI_AnimateToolBox}) {
        QApplication::setEffectEnabled(effect, false);
    }
}

QImage grab(QWidget *widget)
{
    // Deferred layouts and column resizes happen on posted events; apply them first.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QPixmap pixmap = widget->grab();
    pixmap.setDevicePixelRatio(1);
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
}

QString goldenPath(const QString &test, const QString &state)
{
    return QStringLiteral(DISKDESK_SOURCE_DIR "/tests/screenshots/%1/%2.png").arg(test, state);
}

bool matchesGolden(const QImage &actualImage, const QString &test, const QString &state,
                   QString *failure)
{
    const QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    const QString golden = goldenPath(test, state);
    QImage expected;
    if (QFileInfo::exists(golden))
        expected = QImage(golden).convertToFormat(QImage::Format_ARGB32);

    if (updateGoldens()) {
        if (expected == actual)
            return true;
        if (!save(actual, golden, failure))
            return false;
        qInfo("Wrote golden %s: look at it before committing it.", qPrintable(golden));
        return true;
    }

    const QString dir = failureDir(test);
    const QString actualPath = dir + QLatin1Char('/') + state + QStringLiteral("-actual.png");
    if (expected.isNull()) {
        save(actual, actualPath, failure);
        *failure = QStringLiteral("Missing golden %1 (the actual image is in %2). Record it with "
                                  "DISKDESK_UPDATE_GOLDENS=1 and look at it.")
                       .arg(golden, actualPath);
        return false;
    }
    if (expected.size() != actual.size()) {
        save(actual, actualPath, failure);
        *failure = QStringLiteral("%1: size %2x%3, golden is %4x%5; actual image in %6")
                       .arg(state)
                       .arg(actual.width()).arg(actual.height())
                       .arg(expected.width()).arg(expected.height())
                       .arg(actualPath);
        return false;
    }
    qsizetype differing = 0;
    const QImage diff = diffImage(expected, actual, &differing);
    if (differing == 0)
        return true;

    const QString expectedPath = dir + QLatin1Char('/') + state + QStringLiteral("-expected.png");
    const QString diffPath = dir + QLatin1Char('/') + state + QStringLiteral("-diff.png");
    save(actual, actualPath, failure);
    save(expected, expectedPath, failure);
    save(diff, diffPath, failure);
    *failure = QStringLiteral("%1: %2 pixels differ from %3.\n  actual:   %4\n  expected: %5\n"
                              "  diff:     %6")
                   .arg(state)
                   .arg(differing)
                   .arg(golden, actualPath, expectedPath, diffPath);
    return false;
}

} // namespace ScreenshotTest
