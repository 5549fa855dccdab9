// Issue 7 screens: the Upload Image dialog with a real qcow2 file read by qemu-img, and the Tasks
// pane with a finished download and a running upload, its bytes/rate/time-left line and the
// throughput plot (fed fixed figures here, so the pixels do not depend on the machine's speed;
// tst_e2e_transfer runs real transfers). Also the dialog's rules, without pixels.
#include "imagetransferjob.h"
#include "screenshottest.h"
#include "tasklistmodel.h"
#include "taskspane.h"
#include "throughputplot.h"
#include "transferrate.h"
#include "uploaddiskdialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

namespace {

constexpr qint64 GiB = qint64(1) << 30;

// A fixed folder: the path shows in the dialog.
const QString kShotDir = QStringLiteral("/tmp/diskdesk-transfer-shot");

QString makeImage(const QString &path, const QString &format, const QString &size, bool withData)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("qemu-img"), { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format, path, size });
    p.waitForFinished();
    if (p.exitCode() != 0)
        return QString::fromUtf8(p.readAll());
    if (withData) {
        p.start(QStringLiteral("qemu-io"), { QStringLiteral("-f"), format, QStringLiteral("-c"), QStringLiteral("write -P 0x33 0 1M"), path });
        p.waitForFinished();
        if (p.exitCode() != 0)
            return QString::fromUtf8(p.readAll());
    }
    return {};
}

QList<StorageDomain> domains()
{
    StorageDomain nfs;
    nfs.id = QStringLiteral("sd-nfs");
    nfs.name = QStringLiteral("data-nfs");
    nfs.type = StorageDomainType::Data;
    nfs.available = 512 * GiB;
    StorageDomain small;
    small.id = QStringLiteral("sd-small");
    small.name = QStringLiteral("data-small");
    small.type = StorageDomainType::Data;
    small.available = 0;
    StorageDomain iso;
    iso.id = QStringLiteral("sd-iso");
    iso.name = QStringLiteral("iso");
    iso.type = StorageDomainType::Iso;
    return { nfs, small, iso };
}

} // namespace

class TestTransferScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadDialogReadsTheFile();
    void uploadDialogRefuses();
    void uploadDialogScreenshot();
    void tasksPaneScreenshot();
    void transferRate();
};

void TestTransferScreenshot::initTestCase()
{
    QDir().mkpath(kShotDir);
    QCOMPARE(makeImage(kShotDir + QStringLiteral("/appliance.qcow2"), QStringLiteral("qcow2"), QStringLiteral("20G"), true), QString());
    QCOMPARE(makeImage(kShotDir + QStringLiteral("/backup.raw"), QStringLiteral("raw"), QStringLiteral("8G"), false), QString());
    QCOMPARE(makeImage(kShotDir + QStringLiteral("/overlay.qcow2"), QStringLiteral("qcow2"), QStringLiteral("1G"), false), QString());
    QProcess p;
    p.start(QStringLiteral("qemu-img"), { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                          QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                          kShotDir + QStringLiteral("/appliance.qcow2"), kShotDir + QStringLiteral("/overlay.qcow2") });
    QVERIFY(p.waitForFinished() && p.exitCode() == 0);
}

void TestTransferScreenshot::uploadDialogReadsTheFile()
{
    UploadDiskDialog dialog(domains());
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("uploadOkButton"));
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    // Only data domains are offered.
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("uploadStorageDomainCombo"))->count(), 2);

    dialog.setFile(kShotDir + QStringLiteral("/appliance.qcow2"));
    QVERIFY(dialog.imageInfo());
    QCOMPARE(dialog.imageInfo()->virtualSize, 20 * GiB);
    QCOMPARE(dialog.transferFormat(), std::optional<DiskFormat>(DiskFormat::Cow));
    QCOMPARE(dialog.alias(), QStringLiteral("appliance"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("uploadFormatLabel"))->text(), QStringLiteral("QCOW2"));
    QCOMPARE(dialog.problem(), QString());
    QVERIFY(ok->isEnabled());

    dialog.setFile(kShotDir + QStringLiteral("/backup.raw"));
    QCOMPARE(dialog.transferFormat(), std::optional<DiskFormat>(DiskFormat::Raw));
    QCOMPARE(dialog.imageInfo()->virtualSize, 8 * GiB);
    QCOMPARE(dialog.alias(), QStringLiteral("appliance")); // a typed or earlier alias is kept
}

void TestTransferScreenshot::uploadDialogRefuses()
{
    UploadDiskDialog dialog(domains());
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("uploadOkButton"));
    dialog.setFile(kShotDir + QStringLiteral("/overlay.qcow2"));
    QVERIFY2(dialog.problem().contains(QLatin1String("overlay")), qPrintable(dialog.problem()));
    QVERIFY(!ok->isEnabled());

    dialog.setFile(kShotDir + QStringLiteral("/no-such-file.qcow2"));
    QVERIFY(!dialog.imageInfo());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!ok->isEnabled());

    dialog.setFile(kShotDir + QStringLiteral("/appliance.qcow2"));
    dialog.setStorageDomain(QStringLiteral("sd-small")); // 0 bytes free
    QVERIFY2(dialog.problem().contains(QLatin1String("data-small")), qPrintable(dialog.problem()));
    QVERIFY(!ok->isEnabled());
    dialog.setStorageDomain(QStringLiteral("sd-nfs"));
    dialog.setAlias(QString());
    QVERIFY2(dialog.problem().contains(QLatin1String("alias")), qPrintable(dialog.problem()));
    dialog.setAlias(QStringLiteral("web-appliance"));
    QVERIFY(ok->isEnabled());
}

void TestTransferScreenshot::uploadDialogScreenshot()
{
    UploadDiskDialog dialog(domains());
    dialog.setFile(kShotDir + QStringLiteral("/appliance.qcow2"));
    dialog.setAlias(QStringLiteral("web-appliance"));
    dialog.setDescription(QStringLiteral("Web tier appliance, 2026-11"));
    dialog.resize(560, dialog.sizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, QStringLiteral("transfer"), QStringLiteral("upload-dialog"));
}

void TestTransferScreenshot::tasksPaneScreenshot()
{
    TasksPane pane;
    pane.resize(860, 400);
    const QDateTime started(QDate(2026, 11, 22), QTime(6, 30), Qt::UTC);

    ImageTransferJob::Options download;
    download.upload = false;
    download.localPath = QStringLiteral("/home/admin/db-01_Disk1.raw");
    download.alias = QStringLiteral("db-01_Disk1");
    auto *done = new ImageTransferJob(nullptr, download);
    pane.trackTransfer(done, started);
    emit done->finished(true, QStringLiteral("Downloaded disk db-01_Disk1 to /home/admin/db-01_Disk1.raw."));

    ImageTransferJob::Options upload;
    upload.localPath = kShotDir + QStringLiteral("/appliance.qcow2");
    upload.alias = QStringLiteral("web-appliance");
    auto *running = new ImageTransferJob(nullptr, upload);
    pane.trackTransfer(running, started.addSecs(120));
    // A transfer at about 300 MiB/s that lost its connection at 14 s and resumed.
    ThroughputPlot *plot = pane.throughputPlot();
    TransferRate rate;
    qint64 doneBytes = 0;
    for (int i = 1; i <= 50; ++i) {
        const double seconds = i * 0.5;
        const double mibPerSecond = (seconds >= 14 && seconds < 16) ? 0 : 300 + 20 * ((i * 7) % 5) - 40;
        doneBytes += qint64(mibPerSecond * 0.5 * 1024 * 1024);
        rate.add(qint64(seconds * 1000), doneBytes, 20 * GiB);
        plot->addSample(seconds, mibPerSecond * 1024 * 1024);
    }
    pane.model()->setProgress(QStringLiteral("transfer-2"), rate.text());
    QCOMPARE(plot->sampleCount(), 50);
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(pane.model()->runningCount(), 1);
    auto *cancel = pane.findChild<QPushButton *>(QStringLiteral("cancelTransferButton"));
    QVERIFY(cancel && cancel->isEnabled());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    plot->replot();
    DISKDESK_VERIFY_SCREENSHOT(&pane, QStringLiteral("transfer"), QStringLiteral("tasks-pane"));
}

void TestTransferScreenshot::transferRate()
{
    TransferRate rate(3000);
    QCOMPARE(rate.bytesPerSecond(), 0.0);
    QVERIFY(!rate.secondsLeft());
    const qint64 MiB = 1 << 20;
    for (int s = 0; s <= 10; ++s)
        rate.add(s * 1000, s * 100 * MiB, 2000 * MiB);
    QCOMPARE(qRound(rate.bytesPerSecond() / MiB), 100);
    QCOMPARE(rate.secondsLeft(), std::optional<qint64>(10));
    // A stall shows at once: the rate looks at the last 3 s only.
    for (int s = 11; s <= 14; ++s)
        rate.add(s * 1000, 1000 * MiB, 2000 * MiB);
    QCOMPARE(rate.bytesPerSecond(), 0.0);
    QVERIFY(!rate.secondsLeft());
    QCOMPARE(TransferRate::durationText(59), QStringLiteral("59 s"));
    QCOMPARE(TransferRate::durationText(185), QStringLiteral("3 min 5 s"));
    QCOMPARE(TransferRate::durationText(3720), QStringLiteral("1 h 2 min"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestTransferScreenshot)
#include "tst_transfer_screenshot.moc"
