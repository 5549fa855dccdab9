// diskdesk-transfer-bench: image transfer throughput (issue 7 item 4, docs/PERFORMANCE.md "Image
// transfers"). Starts a diskdesk-lab over HTTPS on 127.0.0.1 and, in one run, moves the same
// fully allocated image (2 GiB by default) to and from the lab's imageio endpoint twice: with
// DiskDesk's engine (ImageTransferJob: bounded PUTs/GETs through libcurl) and with curl(1)
// sending the same bytes to the same kind of ticket in one request. Prints both rates and their
// ratio; then a sparse image (8 GiB virtual, 64 MiB of data) up and down.
#include "client.h"
#include "clienttestsupport.h"
#include "imagetransferjob.h"
#include "labprocess.h"
#include "localimageinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr qint64 MiB = qint64(1) << 20;

QTextStream out(stdout);

bool runTool(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(1800000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << program << ' ' << args.join(u' ') << " failed: " << p.readAll() << Qt::endl;
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return true;
}

struct Bench
{
    Client client;
    LabProcess lab;
    QString domainId;
    QString caPath;

    ImageTransferJob::Options options(bool upload, const QString &path) const
    {
        ImageTransferJob::Options o;
        o.upload = upload;
        o.localPath = path;
        o.storageDomainId = domainId;
        o.pollMs = 50;
        return o;
    }

    /// Runs a job to its end; the worker's figures, or nothing.
    std::optional<ImageTransferWorker::Stats> runJob(const ImageTransferJob::Options &o, QString *diskId = nullptr)
    {
        ImageTransferJob job(&client, o);
        bool finished = false, ok = false;
        QString message;
        QObject::connect(&job, &ImageTransferJob::finished, &job, [&](bool k, const QString &m) {
            finished = true;
            ok = k;
            message = m;
        });
        job.start();
        (void)QTest::qWaitFor([&] { return finished; }, 1800000);
        if (!ok) {
            out << "transfer failed: " << message << Qt::endl;
            return std::nullopt;
        }
        if (diskId)
            *diskId = job.diskId();
        return job.stats();
    }

    /// A disk with a ready transfer for curl: its ticket URL, and the transfer id to finalize.
    bool openTransfer(bool upload, const QString &diskIdIn, qint64 size, QString *diskId, ImageTransfer *transfer)
    {
        *diskId = diskIdIn;
        if (upload) {
            NewDiskRequest request;
            request.alias = QStringLiteral("bench-curl");
            NewImageDisk image;
            image.provisionedSize = size;
            image.format = DiskFormat::Raw;
            image.storageDomainId = domainId;
            request.image = image;
            const auto disk = await<Disk>([&](QObject *ctx, auto done) { client.addDisk(request, ctx, done); });
            if (!disk.ok())
                return false;
            *diskId = disk.value.id;
            if (!QTest::qWaitFor([&] {
                    const auto d = await<Disk>([&](QObject *ctx, auto done) { client.disk(*diskId, ctx, done); });
                    return d.ok() && d.value.status != DiskStatus::Locked;
                }, 120000))
                return false;
        }
        ImageTransferRequest request;
        request.diskId = *diskId;
        request.upload = upload;
        request.format = DiskFormat::Raw;
        auto started = await<ImageTransfer>([&](QObject *ctx, auto done) { client.startImageTransfer(request, ctx, done); });
        if (!started.ok())
            return false;
        *transfer = started.value;
        return QTest::qWaitFor([&] {
            if (transfer->phase == ImageTransferPhase::Transferring && !transfer->transferUrl.isEmpty())
                return true;
            const auto t = await<ImageTransfer>([&](QObject *ctx, auto done) { client.imageTransfer(transfer->id, ctx, done); });
            if (t.ok())
                *transfer = t.value;
            return false;
        }, 120000);
    }

    bool finalize(const ImageTransfer &transfer)
    {
        return await<ActionResult>([&](QObject *ctx, auto done) { client.finalizeImageTransfer(transfer.id, ctx, done); }).ok();
    }
};

double rate(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / MiB * 1000.0 / double(ms) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption sizeOption(QStringLiteral("size-mib"), QStringLiteral("Size of the dense image (MiB)."),
                                  QStringLiteral("N"), QStringLiteral("2048"));
    QCommandLineOption chunkOption(QStringLiteral("chunk-mib"), QStringLiteral("DiskDesk's request size (MiB)."),
                                   QStringLiteral("N"), QStringLiteral("32"));
    QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the images (default: a temporary one)."),
                                 QStringLiteral("DIR"));
    parser.addOptions({ sizeOption, chunkOption, dirOption });
    parser.process(app);
    const qint64 size = parser.value(sizeOption).toLongLong() * MiB;
    const qint64 chunk = parser.value(chunkOption).toLongLong() * MiB;

    QTemporaryDir tempDir(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/transferbench-XXXXXX")
                                                  : QString());
    if (!tempDir.isValid())
        return 1;
    Bench b;
    LabProcess::Options labOptions;
    labOptions.https = true;
    labOptions.dataDir = tempDir.filePath(QStringLiteral("lab"));
    if (!b.lab.start(labOptions)) {
        out << "lab: " << b.lab.errorString() << Qt::endl;
        return 1;
    }
    QString error;
    b.caPath = b.lab.caPath();
    b.client.setTrust(TrustPolicy::fromCaFile(b.caPath, &error));
    b.client.setApiUrl(b.lab.apiUrl());
    if (!await<ApiRoot>([&](QObject *ctx, auto done) { b.client.login(QStringLiteral("admin@internal"), b.lab.password(), ctx, done); }).ok())
        return 1;
    const auto domains = await<QList<StorageDomain>>([&](QObject *ctx, auto done) { b.client.storageDomains(ctx, done); });
    for (const StorageDomain &d : domains.value) {
        if (d.type == StorageDomainType::Data && d.storageType != HostStorageType::Iscsi
            && d.status.value_or(StorageDomainStatus::Active) == StorageDomainStatus::Active) {
            b.domainId = d.id;
            break;
        }
    }
    if (b.domainId.isEmpty())
        return 1;

    // The dense image: every byte data (a pattern, written by qemu-io so it is allocated).
    const QString dense = tempDir.filePath(QStringLiteral("dense.raw"));
    if (!runTool(QStringLiteral("qemu-img"), { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"), dense, QString::number(size) }))
        return 1;
    // qemu-io writes at most 2 GiB - 512 at once.
    for (qint64 offset = 0; offset < size; offset += 1024 * MiB) {
        if (!runTool(QStringLiteral("qemu-io"), { QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-c"),
                                                  QStringLiteral("write -P 0x5a %1 %2").arg(offset).arg(qMin(1024 * MiB, size - offset)), dense }))
            return 1;
    }
    out << "image: " << size / MiB << " MiB, fully allocated; DiskDesk requests of " << chunk / MiB << " MiB" << Qt::endl;

    // 1. DiskDesk upload.
    ImageTransferJob::Options up = b.options(true, dense);
    up.alias = QStringLiteral("bench-upload");
    up.virtualSize = size;
    up.format = DiskFormat::Raw;
    up.chunkBytes = chunk;
    QString uploadedDisk;
    const auto ddUp = b.runJob(up, &uploadedDisk);
    if (!ddUp)
        return 1;

    // 2. curl upload of the same bytes: one PUT to a ticket of a new disk of the same size.
    QString curlDisk;
    ImageTransfer curlUpload;
    if (!b.openTransfer(true, {}, size, &curlDisk, &curlUpload))
        return 1;
    QElapsedTimer clock;
    clock.start();
    QString curlOut;
    if (!runTool(QStringLiteral("curl"), { QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"), b.caPath,
                                           QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
                                           QStringLiteral("Content-Range: bytes 0-%1/*").arg(size - 1),
                                           QStringLiteral("-H"), QStringLiteral("Expect:"),
                                           QStringLiteral("--upload-file"), dense,
                                           curlUpload.transferUrl + QStringLiteral("?flush=n") }))
        return 1;
    const qint64 curlUpMs = clock.elapsed();
    b.finalize(curlUpload);

    // 3. DiskDesk download of the uploaded disk; 4. curl download (one GET) of the same disk.
    const QString back = tempDir.filePath(QStringLiteral("back.raw"));
    ImageTransferJob::Options down = b.options(false, back);
    down.diskId = uploadedDisk;
    down.format = DiskFormat::Raw;
    down.chunkBytes = chunk;
    const auto ddDown = b.runJob(down);
    if (!ddDown)
        return 1;
    (void)QTest::qWaitFor([&] {
        const auto d = await<Disk>([&](QObject *ctx, auto done) { b.client.disk(uploadedDisk, ctx, done); });
        return d.ok() && d.value.status == DiskStatus::Ok;
    }, 120000);
    QString ignored;
    ImageTransfer curlDownload;
    if (!b.openTransfer(false, uploadedDisk, size, &ignored, &curlDownload))
        return 1;
    const QString curlBack = tempDir.filePath(QStringLiteral("curl-back.raw"));
    clock.restart();
    if (!runTool(QStringLiteral("curl"), { QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"), b.caPath,
                                           QStringLiteral("-o"), curlBack, curlDownload.transferUrl }))
        return 1;
    const qint64 curlDownMs = clock.elapsed();
    b.finalize(curlDownload);
    const bool same = runTool(QStringLiteral("qemu-img"), { QStringLiteral("compare"), QStringLiteral("-q"), dense, back });
    QFile::remove(curlBack);
    QFile::remove(back);

    const double ddUpRate = rate(size, ddUp->elapsedMs), curlUpRate = rate(size, curlUpMs);
    const double ddDownRate = rate(size, ddDown->elapsedMs), curlDownRate = rate(size, curlDownMs);
    out << QStringLiteral("upload:   DiskDesk %1 MiB/s (%2 ms, %3 requests), curl %4 MiB/s (%5 ms): ratio %6")
                    .arg(ddUpRate, 0, 'f', 0).arg(ddUp->elapsedMs).arg(ddUp->requests).arg(curlUpRate, 0, 'f', 0)
                    .arg(curlUpMs).arg(ddUpRate / curlUpRate, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("download: DiskDesk %1 MiB/s (%2 ms, %3 requests), curl %4 MiB/s (%5 ms): ratio %6")
                    .arg(ddDownRate, 0, 'f', 0).arg(ddDown->elapsedMs).arg(ddDown->requests).arg(curlDownRate, 0, 'f', 0)
                    .arg(curlDownMs).arg(ddDownRate / curlDownRate, 0, 'f', 2)
        << Qt::endl;
    out << "round trip identical (qemu-img compare): " << (same ? "yes" : "NO") << Qt::endl;
    QFile::remove(dense);

    // 5. Sparse: 8 GiB virtual, 64 MiB of data in 4 places.
    const qint64 sparseSize = 8192 * MiB;
    const QString sparse = tempDir.filePath(QStringLiteral("sparse.raw"));
    if (!runTool(QStringLiteral("qemu-img"), { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"), sparse, QString::number(sparseSize) }))
        return 1;
    for (int i = 0; i < 4; ++i) {
        if (!runTool(QStringLiteral("qemu-io"), { QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-c"),
                                                  QStringLiteral("write -P 0x%1 %2 %3").arg(0x21 + i, 0, 16).arg(i * 2048 * MiB + 100 * MiB).arg(16 * MiB), sparse }))
            return 1;
    }
    ImageTransferJob::Options sparseUp = b.options(true, sparse);
    sparseUp.alias = QStringLiteral("bench-sparse");
    sparseUp.virtualSize = sparseSize;
    sparseUp.format = DiskFormat::Raw;
    sparseUp.chunkBytes = chunk;
    QString sparseDisk;
    const auto sUp = b.runJob(sparseUp, &sparseDisk);
    if (!sUp)
        return 1;
    const QString sparseBack = tempDir.filePath(QStringLiteral("sparse-back.raw"));
    ImageTransferJob::Options sparseDown = b.options(false, sparseBack);
    sparseDown.diskId = sparseDisk;
    sparseDown.chunkBytes = chunk;
    const auto sDown = b.runJob(sparseDown);
    if (!sDown)
        return 1;
    const bool sparseSame = runTool(QStringLiteral("qemu-img"), { QStringLiteral("compare"), QStringLiteral("-q"), sparse, sparseBack });
    out << QStringLiteral("sparse %1 MiB virtual, 64 MiB data: upload %2 ms, %3 MiB sent (%4 of the size); "
                          "download %5 ms, %6 MiB received; identical: %7")
                    .arg(sparseSize / MiB).arg(sUp->elapsedMs).arg(sUp->dataBytes / MiB)
                    .arg(double(sUp->dataBytes) / double(sparseSize), 0, 'f', 4).arg(sDown->elapsedMs)
                    .arg(sDown->dataBytes / MiB).arg(sparseSame ? QStringLiteral("yes") : QStringLiteral("NO"))
        << Qt::endl;
    b.lab.stop();
    return same && sparseSame ? 0 : 1;
}
