// End to end: image uploads and downloads (issue 7) through the api library — Client calls,
// ImageTransferJob and its libcurl worker — against a live diskdesk-lab over HTTPS with its CA
// pinned, checking every image with `qemu-img compare` against the original file: raw and qcow2
// round trips, a sparse image that moves far fewer bytes than its size, a cancelled upload (its
// disk removed), and an upload and a download through a proxy that drops the connection once,
// resumed without starting over.
#include "client.h"
#include "clienttestsupport.h"
#include "droppingproxy.h"
#include "imagetransferjob.h"
#include "labprocess.h"
#include "localimageinfo.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 MiB = qint64(1) << 20;

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString message;
    QStringList states;
    int retries = 0;
    ImageTransferWorker::Stats stats;
    QString diskId;
};

Outcome run(ImageTransferJob &job)
{
    Outcome outcome;
    QObject::connect(&job, &ImageTransferJob::stateChanged, &job, [&](const QString &s) { outcome.states << s; });
    QObject::connect(&job, &ImageTransferJob::retrying, &job, [&](const QString &, int) { ++outcome.retries; });
    QObject::connect(&job, &ImageTransferJob::finished, &job, [&](bool ok, const QString &message) {
        outcome.finished = true;
        outcome.ok = ok;
        outcome.message = message;
    });
    job.start();
    (void)QTest::qWaitFor([&] { return outcome.finished; }, 300000);
    outcome.stats = job.stats();
    outcome.diskId = job.diskId();
    return outcome;
}

QByteArray describe(const Outcome &o)
{
    return QStringLiteral("finished=%1 ok=%2 message=\u201c%3\u201d states=[%4] data=%5 zero=%6 retries=%7")
            .arg(o.finished)
            .arg(o.ok)
            .arg(o.message, o.states.join(QStringLiteral(" | ")))
            .arg(o.stats.dataBytes)
            .arg(o.stats.zeroBytes)
            .arg(o.stats.retries)
            .toUtf8();
}

// Empty when the command succeeded, else its output.
QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return program + QStringLiteral(" did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 -> exit %3: %4").arg(program, args.join(u' ')).arg(p.exitCode()).arg(QString::fromUtf8(p.readAll()));
    return {};
}

// Writes a byte pattern with qemu-io: data where it says, holes (or unallocated clusters) elsewhere.
QString makeImage(const QString &path, const QString &format, qint64 size, const QList<std::pair<qint64, qint64>> &data)
{
    QString error = runTool(QStringLiteral("qemu-img"), { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                          format, path, QString::number(size) });
    int pattern = 0x11;
    for (const auto &[offset, length] : data) {
        if (!error.isEmpty())
            break;
        error = runTool(QStringLiteral("qemu-io"), { QStringLiteral("-f"), format, QStringLiteral("-c"),
                                                     QStringLiteral("write -P 0x%1 %2 %3").arg(pattern, 2, 16, QLatin1Char('0')).arg(offset).arg(length),
                                                     path });
        pattern += 0x22;
    }
    return error;
}

// `qemu-img compare` (guest data, formats may differ): empty when identical.
QString compareImages(const QString &a, const QString &b)
{
    return runTool(QStringLiteral("qemu-img"), { QStringLiteral("compare"), QStringLiteral("-q"), a, b });
}

} // namespace

class TestE2eTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rawRoundTrip();
    void qcow2RoundTrip();
    void sparseMovesLittle();
    void cancelledUpload();
    void uploadResumesAfterDrop();
    void downloadResumesAfterDrop();
    void lockedDiskRefused();

private:
    ImageTransferJob::Options uploadOptions(const QString &path, const QString &alias) const;
    ImageTransferJob::Options downloadOptions(const QString &diskId, const QString &path, DiskFormat format) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    LabProcess m_lab;
    Client m_client;
    QTemporaryDir m_dir;
    QString m_domainId;
};

void TestE2eTransfer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LabProcess::Options options;
    options.https = true;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.apiUrl().scheme(), QStringLiteral("https")); // so loginTo pins the lab's CA
    QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_domainId = activeFileDataDomainId(m_client, &error);
    QVERIFY2(!m_domainId.isEmpty(), qPrintable(error));
}

void TestE2eTransfer::cleanupTestCase()
{
    m_lab.stop();
}

ImageTransferJob::Options TestE2eTransfer::uploadOptions(const QString &file, const QString &alias) const
{
    QString error;
    const auto info = LocalImageInfo::read(file, &error);
    ImageTransferJob::Options o;
    o.upload = true;
    o.localPath = file;
    o.alias = alias;
    o.storageDomainId = m_domainId;
    o.virtualSize = info ? info->virtualSize : 0;
    o.format = info && info->diskFormat() ? *info->diskFormat() : DiskFormat::Raw;
    o.pollMs = 50;
    o.chunkBytes = 4 * MiB; // several requests even for small images
    return o;
}

ImageTransferJob::Options TestE2eTransfer::downloadOptions(const QString &diskId, const QString &file, DiskFormat format) const
{
    ImageTransferJob::Options o;
    o.upload = false;
    o.localPath = file;
    o.diskId = diskId;
    o.format = format;
    o.pollMs = 50;
    o.chunkBytes = 4 * MiB;
    return o;
}

void TestE2eTransfer::rawRoundTrip()
{
    const QString source = path(QStringLiteral("raw-source.raw"));
    QCOMPARE(makeImage(source, QStringLiteral("raw"), 64 * MiB, { { 0, 3 * MiB }, { 20 * MiB, 9 * MiB }, { 63 * MiB, MiB } }), QString());

    ImageTransferJob upload(&m_client, uploadOptions(source, QStringLiteral("uploaded-raw")));
    const Outcome up = run(upload);
    QVERIFY2(up.ok, describe(up));
    QCOMPARE(up.stats.total, 64 * MiB);
    QVERIFY2(up.stats.requests > 4, describe(up)); // bounded requests, not one big PUT
    QCOMPARE(up.stats.retries, 0);

    const auto disk = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(up.diskId, ctx, done); });
    QVERIFY2(disk.ok(), why(disk).constData());
    QCOMPARE(disk.value.status, std::optional<DiskStatus>(DiskStatus::Ok));
    QCOMPARE(disk.value.format, std::optional<DiskFormat>(DiskFormat::Raw));
    QCOMPARE(disk.value.provisionedSize, std::optional<qint64>(64 * MiB));

    const QString back = path(QStringLiteral("raw-back.raw"));
    ImageTransferJob download(&m_client, downloadOptions(up.diskId, back, DiskFormat::Raw));
    const Outcome down = run(download);
    QVERIFY2(down.ok, describe(down));
    QCOMPARE(compareImages(source, back), QString());
    QCOMPARE(QFileInfo(back).size(), 64 * MiB);
}

void TestE2eTransfer::qcow2RoundTrip()
{
    const QString source = path(QStringLiteral("source.qcow2"));
    QCOMPARE(makeImage(source, QStringLiteral("qcow2"), 128 * MiB, { { MiB, 5 * MiB }, { 100 * MiB, 7 * MiB } }), QString());

    // qcow2 goes as its file bytes (format cow).
    ImageTransferJob upload(&m_client, uploadOptions(source, QStringLiteral("uploaded-qcow2")));
    QCOMPARE(upload.options().format, DiskFormat::Cow);
    const Outcome up = run(upload);
    QVERIFY2(up.ok, describe(up));
    QCOMPARE(up.stats.total, QFileInfo(source).size());

    const auto disk = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(up.diskId, ctx, done); });
    QVERIFY2(disk.ok(), why(disk).constData());
    QCOMPARE(disk.value.status, std::optional<DiskStatus>(DiskStatus::Ok));
    QCOMPARE(disk.value.format, std::optional<DiskFormat>(DiskFormat::Cow));

    // Back as the qcow2 file itself (the lab serves no NBD guest data of qcow2 volumes).
    const QString backQcow2 = path(QStringLiteral("qcow2-back.qcow2"));
    ImageTransferJob asQcow2(&m_client, downloadOptions(up.diskId, backQcow2, DiskFormat::Cow));
    const Outcome cow = run(asQcow2);
    QVERIFY2(cow.ok, describe(cow));
    QString error;
    const auto info = LocalImageInfo::read(backQcow2, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->format, QStringLiteral("qcow2"));
    QCOMPARE(compareImages(source, backQcow2), QString());
}

void TestE2eTransfer::sparseMovesLittle()
{
    // 1 GiB virtual, 2 MiB of data.
    const QString source = path(QStringLiteral("sparse.raw"));
    QCOMPARE(makeImage(source, QStringLiteral("raw"), 1024 * MiB, { { 512 * MiB, 2 * MiB } }), QString());

    ImageTransferJob upload(&m_client, uploadOptions(source, QStringLiteral("uploaded-sparse")));
    const Outcome up = run(upload);
    QVERIFY2(up.ok, describe(up));
    QCOMPARE(up.stats.total, 1024 * MiB);
    QVERIFY2(up.stats.dataBytes <= 4 * MiB, describe(up));
    QVERIFY2(up.stats.zeroBytes >= 1020 * MiB, describe(up));

    const QString back = path(QStringLiteral("sparse-back.raw"));
    ImageTransferJob download(&m_client, downloadOptions(up.diskId, back, DiskFormat::Raw));
    const Outcome down = run(download);
    QVERIFY2(down.ok, describe(down));
    QVERIFY2(down.stats.dataBytes <= 4 * MiB, describe(down)); // the lab's extents skip the zeros
    QCOMPARE(compareImages(source, back), QString());
    // The zero areas stayed holes in the downloaded file.
    QProcess du;
    du.start(QStringLiteral("du"), { QStringLiteral("-B1"), back });
    QVERIFY(du.waitForFinished());
    QVERIFY2(du.readAll().split('\t').value(0).toLongLong() < 16 * MiB, "the download is not sparse");
}

void TestE2eTransfer::cancelledUpload()
{
    const QString source = path(QStringLiteral("cancel.raw"));
    QCOMPARE(makeImage(source, QStringLiteral("raw"), 256 * MiB, { { 0, 256 * MiB } }), QString());

    ImageTransferJob::Options options = uploadOptions(source, QStringLiteral("cancelled-upload"));
    options.chunkBytes = MiB;
    ImageTransferJob upload(&m_client, options);
    // Cancelled at the first progress report, in the middle of the data.
    QObject::connect(&upload, &ImageTransferJob::progress, &upload, [&upload](qint64 done, qint64, qint64) {
        if (done > 0)
            upload.cancel();
    });
    const Outcome out = run(upload);
    QVERIFY2(out.finished && !out.ok, describe(out));
    QVERIFY2(out.message.contains(QLatin1String("cancelled")), describe(out));
    QVERIFY2(out.stats.done > 0 && out.stats.done < 256 * MiB, describe(out));
    // The manager removes a cancelled upload's disk.
    const auto disk = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(out.diskId, ctx, done); });
    QVERIFY2(!disk.ok() && disk.error->httpStatus == 404, "the cancelled upload's disk is still there");
}

void TestE2eTransfer::uploadResumesAfterDrop()
{
    const QString source = path(QStringLiteral("resume.raw"));
    QCOMPARE(makeImage(source, QStringLiteral("raw"), 48 * MiB, { { 0, 48 * MiB } }), QString());

    // The connection breaks once after 20 MiB went out (in the middle of the sixth 4 MiB PUT).
    DroppingProxy proxy(0, DroppingProxy::Direction::ClientToServer, 20 * MiB + 12345);
    QVERIFY(proxy.start());
    ImageTransferJob::Options options = uploadOptions(source, QStringLiteral("resumed-upload"));
    options.rewriteUrl = [&proxy](const QUrl &url) {
        proxy.setTargetPort(quint16(url.port()));
        QUrl viaProxy = url;
        viaProxy.setPort(proxy.serverPort());
        return viaProxy;
    };
    ImageTransferJob upload(&m_client, options);
    const Outcome up = run(upload);
    QVERIFY2(proxy.dropped(), "the proxy never dropped the connection");
    QVERIFY2(up.ok, describe(up));
    QVERIFY2(up.stats.retries >= 1, describe(up));
    // Only the broken request went again, not the whole image.
    QVERIFY2(up.stats.dataBytes <= 48 * MiB + 4 * MiB, describe(up));
    QVERIFY2(proxy.connections() >= 2, "no new connection after the drop");

    const QString back = path(QStringLiteral("resume-back.raw"));
    ImageTransferJob download(&m_client, downloadOptions(up.diskId, back, DiskFormat::Raw));
    const Outcome down = run(download);
    QVERIFY2(down.ok, describe(down));
    QCOMPARE(compareImages(source, back), QString());
}

void TestE2eTransfer::downloadResumesAfterDrop()
{
    const QString source = path(QStringLiteral("resume-down.raw"));
    QCOMPARE(makeImage(source, QStringLiteral("raw"), 40 * MiB, { { 0, 40 * MiB } }), QString());
    ImageTransferJob upload(&m_client, uploadOptions(source, QStringLiteral("resume-down")));
    const Outcome up = run(upload);
    QVERIFY2(up.ok, describe(up));

    DroppingProxy proxy(0, DroppingProxy::Direction::ServerToClient, 17 * MiB + 777);
    QVERIFY(proxy.start());
    ImageTransferJob::Options options = downloadOptions(up.diskId, path(QStringLiteral("resume-down-back.raw")), DiskFormat::Raw);
    options.chunkBytes = 16 * MiB;
    options.rewriteUrl = [&proxy](const QUrl &url) {
        proxy.setTargetPort(quint16(url.port()));
        QUrl viaProxy = url;
        viaProxy.setPort(proxy.serverPort());
        return viaProxy;
    };
    ImageTransferJob download(&m_client, options);
    const Outcome down = run(download);
    QVERIFY2(proxy.dropped(), "the proxy never dropped the connection");
    QVERIFY2(down.ok, describe(down));
    QVERIFY2(down.stats.retries >= 1, describe(down) + " connections=" + QByteArray::number(proxy.connections())
                                              + " requests=" + QByteArray::number(down.stats.requests));
    // The broken GET went on from its last byte written: nothing was received twice.
    QCOMPARE(down.stats.dataBytes, 40 * MiB);
    QCOMPARE(compareImages(source, options.localPath), QString());
}

void TestE2eTransfer::lockedDiskRefused()
{
    const QString source = path(QStringLiteral("locked.raw"));
    QCOMPARE(makeImage(source, QStringLiteral("raw"), 8 * MiB, { { 0, MiB } }), QString());
    ImageTransferJob upload(&m_client, uploadOptions(source, QStringLiteral("locked-disk")));
    const Outcome up = run(upload);
    QVERIFY2(up.ok, describe(up));

    // A first transfer locks the disk; a second one is refused in the manager's words, and the
    // job says so without touching the disk.
    ImageTransferRequest first;
    first.diskId = up.diskId;
    first.upload = false;
    first.format = DiskFormat::Raw;
    const auto started = await<ImageTransfer>([&](QObject *ctx, auto done) { m_client.startImageTransfer(first, ctx, done); });
    QVERIFY2(started.ok(), why(started).constData());
    QVERIFY(!started.value.id.isEmpty());
    QCOMPARE(started.value.diskId, up.diskId);

    ImageTransferJob second(&m_client, downloadOptions(up.diskId, path(QStringLiteral("locked-back.raw")), DiskFormat::Raw));
    const Outcome refused = run(second);
    QVERIFY2(refused.finished && !refused.ok, describe(refused));
    QVERIFY2(refused.message.contains(QLatin1String("did not start")), describe(refused));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("locked-back.raw"))));

    const auto cancelled = await<ActionResult>([&](QObject *ctx, auto done) { m_client.cancelImageTransfer(started.value.id, ctx, done); });
    QVERIFY2(cancelled.ok(), why(cancelled).constData());
    // A cancelled download leaves the disk as it was.
    QVERIFY(QTest::qWaitFor([&] {
        const auto d = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(up.diskId, ctx, done); });
        return d.ok() && d.value.status == DiskStatus::Ok;
    }, 60000));
}

QTEST_GUILESS_MAIN(TestE2eTransfer)
#include "tst_e2e_transfer.moc"
