#include "screenshottest.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QSaveFile>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
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

QString appearancePath()
{
    return QStringLiteral(DISKDESK_SOURCE_DIR "/tests/screenshots/APPEARANCE");
}

QByteArray sha256Prefix(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

// Text and curves drawn the way widgets draw them. Its hash changes with anything below Qt's
// version number that moves pixels: FreeType and its settings, the font file, the raster engine.
QByteArray rasterSample()
{
    QImage image(240, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(QApplication::font());
    painter.setPen(Qt::black);
    painter.drawText(QRect(2, 2, 236, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("DiskDesk qcow2 0.10 → 1.1, 20 GiB ÄÖÜ"));
    painter.setPen(QPen(QColor(0x2d, 0x6a, 0xa3), 1.5));
    painter.drawEllipse(QRectF(4.5, 24.5, 60.3, 12.7));
    painter.end();
    return QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
}

// key=value lines, in file order, without comments.
QList<std::pair<QString, QString>> parseAppearance(const QString &text)
{
    QList<std::pair<QString, QString>> entries;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        entries.append({line.left(equals).trimmed(), line.mid(equals + 1).trimmed()});
    }
    return entries;
}

bool save(const QImage &image, const QString &path, QString *failure)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (image.save(path, "PNG"))
        return true;
    *failure = QStringLiteral("cannot write %1").arg(path);
    return false;
}

// A golden was just written on this machine: the folder's appearance key must say so. When it
// changes, goldens recorded before on another stack no longer match it: re-record them all.
bool recordAppearance(QString *failure)
{
    const QString key = appearanceKey();
    QFile existing(appearancePath());
    if (existing.open(QIODevice::ReadOnly)
        && parseAppearance(QString::fromUtf8(existing.readAll())) == parseAppearance(key))
        return true;
    QSaveFile file(appearancePath());
    if (!file.open(QIODevice::WriteOnly)
        || file.write("# The rendering stack the goldens in this folder were recorded with (written by\n"
                      "# tests/screenshottest.cpp; see tests/README.md). Screenshot tests skip when the\n"
                      "# machine running them differs.\n") < 0
        || file.write(key.toUtf8()) < 0 || !file.commit()) {
        *failure = QStringLiteral("cannot write %1").arg(appearancePath());
        return false;
    }
    qWarning("Wrote %s: the rendering stack changed, so re-record EVERY screenshot test with "
             "DISKDESK_UPDATE_GOLDENS=1, not only this one.", qPrintable(appearancePath()));
    return true;
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

QString appearanceKey()
{
    QFile font(QString::fromLatin1(fontFile));
    const QByteArray fontBytes = font.open(QIODevice::ReadOnly) ? font.readAll() : QByteArray();
    const QFont applicationFont = QApplication::font();
    return QStringLiteral("qt=%1\nplatform=%2\nstyle=%3\nfont=%4 %5pt\nfont-file-sha256=%6\n"
                          "device-pixel-ratio=%7\ntext-raster-sha256=%8\n")
        .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName(),
             QApplication::style()->name(), applicationFont.family())
        .arg(applicationFont.pointSize())
        .arg(QString::fromLatin1(sha256Prefix(fontBytes)))
        .arg(qApp->devicePixelRatio())
        .arg(QString::fromLatin1(sha256Prefix(rasterSample())));
}

bool appearanceMatches(QString *why)
{
    // Computed once per test program: it does not change while the program runs.
    static const QString here = appearanceKey();
    if (updateGoldens())
        return true;
    QFile file(appearancePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("%1 is missing, so nothing says which rendering stack the goldens "
                              "were recorded with. Record them with DISKDESK_UPDATE_GOLDENS=1.")
                   .arg(appearancePath());
        return false;
    }
    const auto recorded = parseAppearance(QString::fromUtf8(file.readAll()));
    const auto current = parseAppearance(here);
    QStringList differences;
    for (const auto &[key, value] : current) {
        const auto it = std::find_if(recorded.cbegin(), recorded.cend(),
                                     [&key](const auto &entry) { return entry.first == key; });
        const QString goldenValue = it == recorded.cend() ? QStringLiteral("(none)") : it->second;
        if (goldenValue != value)
            differences.append(QStringLiteral("%1: goldens %2, here %3").arg(key, goldenValue, value));
    }
    if (differences.isEmpty())
        return true;
    *why = QStringLiteral("Goldens were recorded with another rendering stack (%1; %2), so pixels "
                          "cannot be compared here. Not a failure of the program. To compare on "
                          "this machine, re-record every screenshot test with "
                          "DISKDESK_UPDATE_GOLDENS=1 and look at the images (tests/README.md).")
               .arg(differences.join(QStringLiteral("; ")), appearancePath());
    return false;
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
        // A golden this machine reproduces (or just wrote) vouches for its rendering stack.
        if (expected == actual)
            return recordAppearance(failure);
        if (!save(actual, golden, failure))
            return false;
        qInfo("Wrote golden %s: look at it before committing it.", qPrintable(golden));
        return recordAppearance(failure);
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
