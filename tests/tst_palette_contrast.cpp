// Issue 8 item 5 ("light and dark palettes following the system") and issue 9 item 2 ("contrast
// readable in light and dark palettes"): the main window against a lab, first in Fusion's light
// palette, then in a dark palette set on the application as a dark desktop would. Every text and
// background pair the window uses is measured with the WCAG 2.x contrast ratio: 4.5:1 for text,
// 3:1 for graphical objects (plot bars and marks, axis lines, severity icons) and disabled text.
// Ends with goldens of the window in the dark palette.
#include "client.h"
#include "clienttestsupport.h"
#include "eventlistmodel.h"
#include "eventspane.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "operationtracker.h"
#include "readablecolor.h"
#include "readablepalette.h"
#include "screenshottest.h"
#include "tasklistmodel.h"
#include "windowtestsupport.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>

#include <cmath>
#include <map>

namespace {

const QString screenshotTest = QStringLiteral("mainwindow");
constexpr int timeoutMs = 60000;

// WCAG 2.x written out here on its own, so that the check does not grade itself with the
// program's ReadableColor.
double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

/// A translucent colour as it appears on \a background.
QColor over(const QColor &foreground, const QColor &background)
{
    const double a = foreground.alphaF();
    const auto mix = [a](int f, int b) { return int(std::lround(f * a + b * (1 - a))); };
    const QColor f = foreground.toRgb(), b = background.toRgb();
    return QColor(mix(f.red(), b.red()), mix(f.green(), b.green()), mix(f.blue(), b.blue()));
}

double ratio(const QColor &foreground, const QColor &background)
{
    const double a = luminance(over(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QByteArray describe(const QString &what, const QColor &foreground, const QColor &background, double minimum)
{
    return QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
        .arg(what, foreground.name(QColor::HexArgb), background.name(), QString::number(ratio(foreground, background), 'f', 2))
        .arg(minimum)
        .toUtf8();
}

#define VERIFY_CONTRAST(what, foreground, background, minimum)                                        \
    QVERIFY2(ratio(foreground, background) >= (minimum), describe(what, foreground, background, minimum).constData())

/// A dark desktop palette as KDE Plasma's Breeze Dark gives it to Qt programs (its disabled text
/// and its selection are below the minimums, as on many dark themes).
QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&](QPalette::ColorRole role, const char *active, const char *disabled = nullptr) {
        palette.setColor(QPalette::Active, role, QColor(QLatin1String(active)));
        palette.setColor(QPalette::Inactive, role, QColor(QLatin1String(active)));
        palette.setColor(QPalette::Disabled, role, QColor(QLatin1String(disabled ? disabled : active)));
    };
    set(QPalette::Window, "#2a2e32");
    set(QPalette::WindowText, "#fcfcfc", "#6e7173");
    set(QPalette::Base, "#1b1e20");
    set(QPalette::AlternateBase, "#232629");
    set(QPalette::ToolTipBase, "#31363b");
    set(QPalette::ToolTipText, "#fcfcfc");
    set(QPalette::Text, "#fcfcfc", "#656768");
    set(QPalette::Button, "#31363b");
    set(QPalette::ButtonText, "#fcfcfc", "#727679");
    set(QPalette::BrightText, "#ffffff");
    set(QPalette::Light, "#40464c");
    set(QPalette::Midlight, "#363b40");
    set(QPalette::Mid, "#25292c");
    set(QPalette::Dark, "#1b1e20");
    set(QPalette::Shadow, "#0f1012");
    set(QPalette::Highlight, "#3daee9", "#2a2e32");
    set(QPalette::HighlightedText, "#fcfcfc", "#6e7173");
    set(QPalette::Link, "#1d99f3");
    set(QPalette::LinkVisited, "#9b59b6");
    QColor placeholder(QLatin1String("#fcfcfc"));
    placeholder.setAlpha(128);
    set(QPalette::PlaceholderText, "#fcfcfc");
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setColor(group, QPalette::PlaceholderText, placeholder);
    return palette;
}

/// The opaque pixel colours of an image with how often each occurs.
std::map<QRgb, int> opaqueColours(const QImage &image)
{
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255)
                ++counts[pixel.rgb()];
        }
    }
    return counts;
}

} // namespace

class TestPaletteContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void contrastFormula();
    void paletteRoles_data();
    void paletteRoles();
    void plots_data();
    void plots();
    void severityIcons_data();
    void severityIcons();
    void failedTaskText_data();
    void failedTaskText();
    void paletteFollowsSystem();
    void darkGoldens();

private:
    void usePalette(const QString &name);

    LabProcess m_lab;
    Client m_client;
    QPalette m_light;
    std::unique_ptr<MainWindow> m_window;
};

void TestPaletteContrast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The light palette: Fusion's own, which the screenshot set-up gives the application.
    m_light = QApplication::palette();
    LabProcess::Options options;
    options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    const QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Events for the Events pane's rows: a fresh lab has none, so make a snapshot (the manager
    // logs its start and its end).
    const auto vms = await<QList<Vm>>([&](QObject *c, auto done) { m_client.vms(QString(), c, done); });
    QVERIFY2(vms.ok() && !vms.value.isEmpty(), why(vms).constData());
    CreateSnapshotRequest request;
    request.vmId = vms.value.constFirst().id;
    request.description = QStringLiteral("contrast");
    OperationTracker *snapshot = OperationTracker::createSnapshot(&m_client, request, this, testTiming());
    bool finished = false;
    connect(snapshot, &OperationTracker::finished, this, [&finished] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, timeoutMs);
    m_window = std::make_unique<MainWindow>(&m_client);
    m_window->resize(WindowTest::DefaultSize);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    WindowTest::waitUntilVmsLoaded(m_window.get(), timeoutMs);
    EventsPane *events = m_window->eventsPane();
    QTRY_VERIFY_WITH_TIMEOUT(!events->isPolling() && events->model()->rowCount() > 0, timeoutMs);
    events->stop(); // no new rows between two grabs
}

void TestPaletteContrast::cleanupTestCase()
{
    QApplication::setPalette(m_light);
    m_window.reset();
    m_lab.stop();
}

void TestPaletteContrast::usePalette(const QString &name)
{
    // What the platform theme does when the desktop switches: a new application palette.
    QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : m_light);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void TestPaletteContrast::contrastFormula()
{
    // Reference values of the WCAG 2.x definition.
    QCOMPARE(qRound(ratio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(ratio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    QCOMPARE(qRound(ratio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(ratio(Qt::white, Qt::white), 1.0);
    // The program's own measure agrees with it.
    for (const auto &[a, b] : {std::pair{QColor(0x30, 0x8c, 0xc6), QColor(Qt::white)},
                               std::pair{QColor(0xc0, 0x1c, 0x28), QColor(0x1b, 0x1e, 0x20)},
                               std::pair{QColor(0xec, 0x7a, 0x08), QColor(0xef, 0xef, 0xef)}})
        QVERIFY(std::abs(ReadableColor::contrast(a, b) - ratio(a, b)) < 0.01);
    // Fusion's light palette itself is below the minimums where ReadablePalette steps in.
    QVERIFY(ratio(m_light.color(QPalette::HighlightedText), m_light.color(QPalette::Highlight)) < 4.5);
    QVERIFY(ratio(m_light.color(QPalette::Disabled, QPalette::Text), m_light.color(QPalette::Disabled, QPalette::Base)) < 3.0);
    QVERIFY(ReadablePalette::adjustments(m_light).resolveMask() != 0);
    // A palette that passes everywhere needs nothing.
    QCOMPARE(ReadablePalette::adjustments(ReadablePalette::adjustments(m_light).resolve(m_light)).resolveMask(), QPalette::ResolveMask(0));
}

void TestPaletteContrast::paletteRoles_data()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestPaletteContrast::paletteRoles()
{
    QFETCH(QString, palette);
    usePalette(palette);
    // The palette as the window's widgets see it.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("vmTable"));
    const QPalette p = table->palette();
    // Backgrounds are the system's own: a dark desktop gives a dark window.
    const QPalette system = QApplication::palette();
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window, QPalette::Button})
        QCOMPARE(p.color(role), system.color(role));
    QCOMPARE(luminance(p.color(QPalette::Window)) < 0.2, palette == QLatin1String("dark"));

    struct Pair
    {
        const char *name;
        QPalette::ColorRole foreground;
        QPalette::ColorRole background;
    };
    const Pair pairs[] = {
        {"Text/Base", QPalette::Text, QPalette::Base},
        {"Text/AlternateBase", QPalette::Text, QPalette::AlternateBase},
        {"WindowText/Window", QPalette::WindowText, QPalette::Window},
        {"ButtonText/Button", QPalette::ButtonText, QPalette::Button},
        {"HighlightedText/Highlight", QPalette::HighlightedText, QPalette::Highlight},
        {"PlaceholderText/Base", QPalette::PlaceholderText, QPalette::Base},
        {"PlaceholderText/Window", QPalette::PlaceholderText, QPalette::Window},
        {"ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const Pair &pair : pairs) {
            VERIFY_CONTRAST(QString::fromLatin1(pair.name), p.color(group, pair.foreground), p.color(group, pair.background), 4.5);
        }
    }
    for (const Pair &pair : {pairs[0], pairs[2], pairs[3]})
        VERIFY_CONTRAST(QStringLiteral("disabled ") + QLatin1String(pair.name), p.color(QPalette::Disabled, pair.foreground),
                        p.color(QPalette::Disabled, pair.background), 3.0);

    // The empty-state messages (placeholder text on the window), as drawn.
    for (const char *name : {"vmPlaceholder", "diskPlaceholder", "allDisksPlaceholder", "storageDomainPlaceholder",
                             "eventsPlaceholder", "tasksPlaceholder", "diskDetailsPlaceholder"}) {
        auto *label = m_window->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        VERIFY_CONTRAST(QString::fromLatin1(name), label->palette().color(label->foregroundRole()),
                        label->palette().color(label->backgroundRole()), 4.5);
    }
}

void TestPaletteContrast::plots_data()
{
    paletteRoles_data();
}

void TestPaletteContrast::plots()
{
    QFETCH(QString, palette);
    usePalette(palette);
    const QList<QCustomPlot *> plots = m_window->findChildren<QCustomPlot *>();
    QStringList names;
    for (QCustomPlot *plot : plots)
        names.append(plot->objectName());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("diskChainPlot"), QStringLiteral("snapshotTimelinePlot"),
                                 QStringLiteral("storageCapacityPlot"), QStringLiteral("throughputPlot")}));
    for (QCustomPlot *plot : plots) {
        const QString name = plot->objectName() + QLatin1Char(' ');
        // The background as drawn: the palette's Base (lists and plots look alike).
        const QImage image = plot->toPixmap(480, 320).toImage();
        const QColor background = image.pixelColor(1, 1);
        QCOMPARE(background, plot->palette().color(QPalette::Base));
        for (QCPAxis *axis : plot->axisRect()->axes()) {
            if (!axis->visible())
                continue;
            VERIFY_CONTRAST(name + QStringLiteral("tick labels"), axis->tickLabelColor(), background, 4.5);
            VERIFY_CONTRAST(name + QStringLiteral("axis label"), axis->labelColor(), background, 4.5);
            VERIFY_CONTRAST(name + QStringLiteral("axis line"), axis->basePen().color(), background, 3.0);
            VERIFY_CONTRAST(name + QStringLiteral("ticks"), axis->tickPen().color(), background, 3.0);
            // Grid lines only guide the eye (WCAG asks nothing of them): faint, but there.
            if (axis->grid()->visible())
                VERIFY_CONTRAST(name + QStringLiteral("grid"), axis->grid()->pen().color(), background, 1.5);
        }
        if (plot->legend && plot->legend->visible()) {
            VERIFY_CONTRAST(name + QStringLiteral("legend text"), plot->legend->textColor(), plot->legend->brush().color(), 4.5);
            VERIFY_CONTRAST(name + QStringLiteral("legend text on the plot"), plot->legend->textColor(), background, 4.5);
        }
        for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
            if (auto *title = qobject_cast<QCPTextElement *>(element))
                VERIFY_CONTRAST(name + QStringLiteral("title"), title->textColor(), background, 4.5);
        }
        // Bars, lines and marks: their outline reads on the background.
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *plottable = plot->plottable(i);
            auto *graph = qobject_cast<QCPGraph *>(plottable);
            if (!graph || graph->lineStyle() != QCPGraph::lsNone)
                VERIFY_CONTRAST(name + plottable->name(), plottable->pen().color(), background, 3.0);
            if (graph && !graph->scatterStyle().isNone())
                VERIFY_CONTRAST(name + plottable->name() + QStringLiteral(" marks"), graph->scatterStyle().pen().color(), background, 3.0);
        }
    }
}

void TestPaletteContrast::severityIcons_data()
{
    paletteRoles_data();
}

void TestPaletteContrast::severityIcons()
{
    QFETCH(QString, palette);
    usePalette(palette);
    const QPalette p = m_window->findChild<QTableView *>(QStringLiteral("eventsTable"))->palette();
    const auto check = [&](const QString &what, const QIcon &icon) {
        const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
        const std::map<QRgb, int> colours = opaqueColours(image);
        QVERIFY2(!colours.empty(), qPrintable(what));
        // The fill is the commonest opaque colour; the glyph the one that stands out most on it.
        const QColor fill = QColor::fromRgb(std::max_element(colours.cbegin(), colours.cend(), [](const auto &a, const auto &b) {
                                                return a.second < b.second;
                                            })->first);
        QColor glyph = fill;
        for (const auto &[rgb, count] : colours) {
            if (ratio(QColor::fromRgb(rgb), fill) > ratio(glyph, fill))
                glyph = QColor::fromRgb(rgb);
        }
        VERIFY_CONTRAST(what + QStringLiteral(" on the rows"), fill, p.color(QPalette::Base), 3.0);
        VERIFY_CONTRAST(what + QStringLiteral(" on alternate rows"), fill, p.color(QPalette::AlternateBase), 3.0);
        VERIFY_CONTRAST(what + QStringLiteral(" glyph"), glyph, fill, 3.0);
    };
    for (EventSeverity severity : {EventSeverity::Normal, EventSeverity::Warning, EventSeverity::Error,
                                   EventSeverity::Alert, EventSeverity::Unknown})
        check(EventListModel::severityText(severity), EventListModel::severityIcon(severity));
    // And what the Events pane shows right now, after the switch.
    auto *events = m_window->findChild<QTableView *>(QStringLiteral("eventsTable"));
    QVERIFY(events->model()->rowCount() > 0);
    check(QStringLiteral("events pane row 0"),
          events->model()->index(0, EventListModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>());
}

void TestPaletteContrast::failedTaskText_data()
{
    paletteRoles_data();
}

void TestPaletteContrast::failedTaskText()
{
    QFETCH(QString, palette);
    usePalette(palette);
    TaskListModel tasks;
    tasks.start(QStringLiteral("t1"), QStringLiteral("Create snapshot"), QDateTime::currentDateTime());
    tasks.finish(QStringLiteral("t1"), false, QStringLiteral("Cannot create a snapshot: the VM is locked."));
    const QColor red = tasks.index(0, TaskListModel::MessageColumn).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(red.red() > red.green() && red.red() > red.blue());
    const QPalette p = QApplication::palette();
    VERIFY_CONTRAST(QStringLiteral("failed task"), red, p.color(QPalette::Base), 4.5);
    VERIFY_CONTRAST(QStringLiteral("failed task, alternate row"), red, p.color(QPalette::AlternateBase), 4.5);
}

void TestPaletteContrast::paletteFollowsSystem()
{
    // Back and forth: nothing of the previous palette sticks (no frozen role, no drifting colour).
    usePalette(QStringLiteral("dark"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("vmTable"));
    const QPalette dark = table->palette();
    auto *plot = m_window->findChild<QCustomPlot *>(QStringLiteral("storageCapacityPlot"));
    const QColor darkBars = plot->plottable(1)->pen().color();
    usePalette(QStringLiteral("light"));
    const QPalette light = table->palette();
    QVERIFY(luminance(light.color(QPalette::Base)) > 0.8);
    QVERIFY(luminance(light.color(QPalette::Text)) < 0.1);
    QCOMPARE(light.color(QPalette::Base), m_light.color(QPalette::Base));
    // Fusion's text colours pass as they are and stay; its selection is made darker.
    QCOMPARE(light.color(QPalette::Text), m_light.color(QPalette::Text));
    QVERIFY(light.color(QPalette::Highlight) != m_light.color(QPalette::Highlight));
    QVERIFY(std::abs(light.color(QPalette::Highlight).hslHue() - m_light.color(QPalette::Highlight).hslHue()) <= 2);
    usePalette(QStringLiteral("dark"));
    QCOMPARE(table->palette(), dark);
    QCOMPARE(plot->plottable(1)->pen().color(), darkBars);
}

void TestPaletteContrast::darkGoldens()
{
    usePalette(QStringLiteral("dark"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QUrl fixed = m_lab.apiUrl();
    fixed.setPort(8080);
    label->setText(label->text().replace(m_lab.apiUrl().toDisplayString(), fixed.toDisplayString()));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), timeoutMs);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("dark-vm-disks"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("storageDomainsPage")));
    auto *domains = m_window->findChild<QTableView *>(QStringLiteral("storageDomainTable"));
    domains->selectRow(1);
    m_window->findChild<QTabWidget *>(QStringLiteral("storageDomainDetailsTabs"))->setCurrentIndex(1);
    DISKDESK_VERIFY_SCREENSHOT(m_window.get(), screenshotTest, QStringLiteral("dark-storage-capacity"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestPaletteContrast)
#include "tst_palette_contrast.moc"
