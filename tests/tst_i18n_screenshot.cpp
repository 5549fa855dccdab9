// German and Japanese renderings (issue 9, items 1 and 4): the main window against the lab's
// demo inventory, Custom Preview and Attach disk, each with the program's translation and Qt's
// own (qtbase) loaded and the locale's number and date formats, against goldens in
// screenshots/i18n/. German texts are the longest: clipped labels show up here. Japanese needs
// glyphs DejaVu Sans lacks: IPAGothic (Debian fonts-ipafont-gothic, tools/common.sh) is loaded
// from its file as the fallback family, so that no other installed CJK font changes the pixels.

#include "attachdiskdialog.h"
#include "attachtestdata.h"
#include "client.h"
#include "clienttestsupport.h"
#include "custompreviewdialog.h"
#include "custompreviewmodel.h"
#include "eventspane.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "screenshottest.h"
#include "snapshottestdata.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <optional>

namespace {

const QString screenshotTest = QStringLiteral("i18n");
constexpr int loadTimeoutMs = 60000;
const char cjkFontFile[] = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

int columnOf(const CustomPreviewModel &model, const QString &alias)
{
    for (int c = CustomPreviewModel::FirstDiskColumn; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == alias)
            return c;
    }
    return -1;
}

} // namespace

class TestI18nScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void mainWindow_data();
    void mainWindow();
    void customPreview_data();
    void customPreview();
    void attachDisk_data();
    void attachDisk();

private:
    void languages();
    void showAt(QWidget *widget, const QSize &size);

    LabProcess m_lab;
    Client m_client;
    QString m_vmWithSnapshots;
};

void TestI18nScreenshot::initTestCase()
{
    if (!QFile::exists(QString::fromLatin1(cjkFontFile)))
        QSKIP(qPrintable(QStringLiteral("%1 is missing (Debian: fonts-ipafont-gothic, tools/common.sh): Japanese "
                                        "cannot be drawn the way the goldens were.").arg(QString::fromLatin1(cjkFontFile))));
    const QStringList cjk = QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFont(QString::fromLatin1(cjkFontFile)));
    QVERIFY2(!cjk.isEmpty(), cjkFontFile);
    // DejaVu Sans first (the appearance key's font); glyphs it lacks from IPAGothic only.
    QFont font = QApplication::font();
    font.setFamilies({font.family(), cjk.constFirst()});
    QApplication::setFont(font);

    LabProcess::Options options;
    options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error = loginTo(m_client, m_lab, loadTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The same VM as tst_mainwindow_screenshot: the one with the most snapshots.
    int snapshotCount = 0;
    m_vmWithSnapshots = vmWithMostSnapshots(m_client, &snapshotCount, &error, loadTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_vmWithSnapshots.isEmpty());
}

void TestI18nScreenshot::cleanupTestCase()
{
    UiLanguage::install(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral(DISKDESK_QM_DIR));
    m_lab.stop();
}

void TestI18nScreenshot::init()
{
    QFETCH(QString, language);
    QVERIFY2(UiLanguage::install(QLocale(language), QStringLiteral(DISKDESK_QM_DIR)),
             qPrintable(QStringLiteral("no diskdesk_%1.qm in %2").arg(language, QStringLiteral(DISKDESK_QM_DIR))));
}

void TestI18nScreenshot::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("ja") << QStringLiteral("ja_JP");
}

void TestI18nScreenshot::showAt(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestI18nScreenshot::mainWindow_data()
{
    languages();
}

void TestI18nScreenshot::mainWindow()
{
    QFETCH(QString, language);
    MainWindow window(&m_client);
    showAt(&window, WindowTest::DefaultSize);
    WindowTest::waitUntilVmsLoaded(&window, loadTimeoutMs);
    QTableView *vmTable = WindowTest::selectVmById(&window, m_vmWithSnapshots);
    QVERIFY(vmTable);
    vmTable->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), loadTimeoutMs);
    EventsPane *events = window.eventsPane();
    events->poll();
    QTRY_VERIFY_WITH_TIMEOUT(!events->isPolling(), loadTimeoutMs);
    events->stop();
    QVERIFY2(window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    // The lab's port changes from run to run.
    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QUrl fixed = m_lab.apiUrl();
    fixed.setPort(8080);
    label->setText(label->text().replace(m_lab.apiUrl().toDisplayString(), fixed.toDisplayString()));
    window.findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("disksPage")));
    DISKDESK_VERIFY_SCREENSHOT(&window, screenshotTest, QLocale(language).name().left(2) + QStringLiteral("-main-window"));
}

void TestI18nScreenshot::customPreview_data()
{
    languages();
}

void TestI18nScreenshot::customPreview()
{
    QFETCH(QString, language);
    using namespace SnapshotTestData;
    // As in tst_snapshotdialogs_screenshot: logs left out, so the commit warning shows.
    CustomPreviewDialog dialog(vm(VmStatus::Down), snapshots(), snapshotDisks(), currentDisks(), QStringLiteral("s-1"));
    CustomPreviewModel *model = dialog.model();
    model->setData(model->index(0, columnOf(*model, QStringLiteral("logs"))), Qt::Unchecked, Qt::CheckStateRole);
    showAt(&dialog, QSize(860, 520));
    dialog.table()->clearFocus();
    DISKDESK_VERIFY_SCREENSHOT(&dialog, screenshotTest, QLocale(language).name().left(2) + QStringLiteral("-custom-preview"));
}

void TestI18nScreenshot::attachDisk_data()
{
    languages();
}

void TestI18nScreenshot::attachDisk()
{
    QFETCH(QString, language);
    using namespace AttachTestData;
    // As in tst_attachdialogs_screenshot: a shareable disk used read-only by another VM.
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    dialog.setChecked(QStringLiteral("sh"), true);
    dialog.setInterface(QStringLiteral("sh"), DiskInterface::Virtio);
    dialog.setReadOnlyMode(QStringLiteral("sh"), ReadOnlyMode::ReadOnly);
    showAt(&dialog, QSize(1180, 420));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, screenshotTest, QLocale(language).name().left(2) + QStringLiteral("-attach-disk"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestI18nScreenshot)
#include "tst_i18n_screenshot.moc"
