#pragma once

#include <QApplication>
#include <QImage>
#include <QString>
#include <QTest>

class QWidget;

/// Pixel-exact screenshot tests of widgets against golden PNGs in
/// `tests/screenshots/<test>/<state>.png`.
///
/// Everything that changes pixels between machines and runs is pinned: the offscreen platform,
/// Fusion with its standard palette, DejaVu Sans loaded from its file, device pixel ratio 1,
/// en_US locale, UTC, no caret blinking, no animations. What cannot be pinned (Qt, FreeType, the
/// font file) is the appearance key: when it differs from the goldens' the check skips. A
/// missing golden fails;
/// `DISKDESK_UPDATE_GOLDENS=1` writes (or rewrites) goldens instead of comparing. A mismatch
/// writes actual, expected and diff images under `screenshot-failures/` in the current
/// directory (the build tree under ctest).
namespace ScreenshotTest {

/// Before the QApplication exists: platform, scaling, time zone, desktop settings.
void prepareEnvironment();
/// After the QApplication exists: style, palette, font, locale, animations, caret.
void setUpApplication();

/// The widget as the person sees it (QWidget::grab()), converted for exact comparison.
QImage grab(QWidget *widget);

/// Compares `actual` with the golden of `test`/`state`; false with `failure` set otherwise.
bool matchesGolden(const QImage &actual, const QString &test, const QString &state,
                   QString *failure);

/// Where goldens live: `<source>/tests/screenshots/<test>/<state>.png`.
QString goldenPath(const QString &test, const QString &state);

/// What decides the pixels besides the program: Qt version, platform, style, font (family, size,
/// file hash), device pixel ratio and a hash of sample text rasterized here. Recorded beside the
/// goldens in `tests/screenshots/APPEARANCE` whenever a golden is written.
QString appearanceKey();
/// True when this machine renders like the one that recorded the goldens (always true while
/// re-recording); otherwise false with `why` naming each difference.
bool appearanceMatches(QString *why);

} // namespace ScreenshotTest

/// Fails the current test function when the widget does not match its golden; skips it (with
/// the reason) when this machine's rendering stack differs from the goldens' (APPEARANCE).
#define DISKDESK_VERIFY_SCREENSHOT(widget, test, state)                                          \
    do {                                                                                          \
        QString screenshotFailure_;                                                               \
        if (!ScreenshotTest::appearanceMatches(&screenshotFailure_))                              \
            QSKIP(qPrintable(screenshotFailure_));                                                \
        QVERIFY2(ScreenshotTest::matchesGolden(ScreenshotTest::grab(widget), test, state,         \
                                               &screenshotFailure_),                              \
                 qPrintable(screenshotFailure_));                                                 \
    } while (false)

/// Like QTEST_MAIN, with the screenshot environment set up around the QApplication.
#define DISKDESK_SCREENSHOT_TEST_MAIN(TestObject)                                                 \
    int main(int argc, char *argv[])                                                              \
    {                                                                                             \
        ScreenshotTest::prepareEnvironment();                                                     \
        QApplication app(argc, argv);                                                             \
        ScreenshotTest::setUpApplication();                                                       \
        TestObject testObject;                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                                \
        return QTest::qExec(&testObject, argc, argv);                                             \
    }
