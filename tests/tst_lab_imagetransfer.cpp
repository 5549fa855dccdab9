// diskdesk-lab image transfers (issue 7): POST /imagetransfers, the phases, finalize and cancel,
// and the lab's imageio endpoint (OPTIONS, PUT with Content-Range, GET with Range, PATCH zero and
// flush, GET .../extents) on the real volume files, or on a qcow2 chain's guest data through
// qemu-nbd for raw transfers of qcow2 disks. Uploads are compared with their source with
// `qemu-img compare`; refusals carry the engine's and imageio's texts; events 1031-1034/1072.

#include "labapi.h"
#include "labprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

constexpr qint64 MiB = qint64(1) << 20;

QString tag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

/// One answer of the imageio endpoint.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll()).trimmed();
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator{quint32(size)};
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

QByteArray readRange(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(size);
}

} // namespace

class TestLabImageTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void uploadRawRoundTrip();
    void uploadQcow2RoundTrip();
    void downloadWithRangeAndExtents();
    void cancelledUpload();
    void pausedAndResumed();
    void failedVerification();
    void expiredTicket();
    void refusals();
    void ticketReachesOnlyItsDisk();
    void rawTransfersOfQcow2();
    void overHttps();

private:
    HttpReply imageio(const QByteArray &method, const QString &url, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply put(const QString &url, qint64 offset, const QByteArray &data, bool flush = true);
    HttpReply patch(const QString &url, const QJsonObject &message);
    /// A new floating disk on data-main, waited for until ok.
    QString newDisk(const QString &alias, const QString &format, qint64 size, bool sparse = true);
    /// POST /imagetransfers; the reply's <image_transfer>.
    LabApi::Reply startTransfer(const QString &diskId, const QString &direction, const QString &extra = {});
    /// The volume file of a disk's active layer.
    QString volumePath(const QString &diskId);
    /// Polls GET /imagetransfers/{id} until its phase is \a phase.
    bool waitForPhase(const QString &transferId, const QString &phase, int timeoutMs = 20000);
    bool hasEvent(int code, const QString &description);

    LabProcess m_lab;
    std::unique_ptr<LabApi> m_api;
    QNetworkAccessManager m_network;
    QTemporaryDir m_work;
    QString m_domainId;
};

void TestLabImageTransfer::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-img")).isEmpty())
        QFAIL("qemu-img is required (Debian package qemu-utils)");
    QVERIFY2(m_lab.start({}), qPrintable(m_lab.errorString()));
    m_api = std::make_unique<LabApi>(m_lab);
    m_domainId = m_api->idByName(QStringLiteral("storagedomains"), QStringLiteral("data-main"));
    QVERIFY(!m_domainId.isEmpty());
    QVERIFY(m_work.isValid());
}

void TestLabImageTransfer::cleanupTestCase()
{
    m_api.reset();
    QCOMPARE(m_lab.stop(), 0);
}

HttpReply TestLabImageTransfer::imageio(const QByteArray &method, const QString &url, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl(url)};
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

HttpReply TestLabImageTransfer::put(const QString &url, qint64 offset, const QByteArray &data, bool flush)
{
    const QByteArray range = "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + data.size() - 1) + "/*";
    return imageio("PUT", flush ? url : url + QStringLiteral("?flush=n"), data, {{"Content-Range", range}});
}

HttpReply TestLabImageTransfer::patch(const QString &url, const QJsonObject &message)
{
    return imageio("PATCH", url, QJsonDocument(message).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}});
}

QString TestLabImageTransfer::newDisk(const QString &alias, const QString &format, qint64 size, bool sparse)
{
    const QByteArray body = QStringLiteral("<disk><alias>%1</alias><provisioned_size>%2</provisioned_size><format>%3</format>"
                                           "<sparse>%4</sparse><storage_domains><storage_domain id=\"%5\"/></storage_domains></disk>")
                                .arg(alias)
                                .arg(size)
                                .arg(format, sparse ? QStringLiteral("true") : QStringLiteral("false"), m_domainId)
                                .toUtf8();
    const LabApi::Reply reply = m_api->call("POST", QStringLiteral("/disks"), body);
    if (reply.status != 201)
        return {};
    const QString id = reply.xml().id();
    return m_api->waitForDisk(id, QStringLiteral("ok")) ? id : QString();
}

LabApi::Reply TestLabImageTransfer::startTransfer(const QString &diskId, const QString &direction, const QString &extra)
{
    return m_api->call("POST", QStringLiteral("/imagetransfers"),
                       QStringLiteral("<image_transfer><disk id=\"%1\"/><direction>%2</direction>%3</image_transfer>").arg(diskId, direction, extra).toUtf8());
}

QString TestLabImageTransfer::volumePath(const QString &diskId)
{
    const LabXml disk = m_api->call("GET", QStringLiteral("/disks/") + diskId).xml();
    return QDir(m_lab.dataDir())
        .filePath(QStringLiteral("domains/%1/images/%2/%3").arg(m_domainId, diskId, disk.childText(QStringLiteral("image_id"))));
}

bool TestLabImageTransfer::waitForPhase(const QString &transferId, const QString &phase, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        if (m_api->call("GET", QStringLiteral("/imagetransfers/") + transferId).xml().childText(QStringLiteral("phase")) == phase)
            return true;
        QTest::qWait(100);
    }
    return false;
}

bool TestLabImageTransfer::hasEvent(int code, const QString &description)
{
    const LabXml events = m_api->call("GET", QStringLiteral("/events?max=200")).xml();
    for (const LabXml &event : events.children) {
        if (event.childText(QStringLiteral("code")).toInt() == code && event.childText(QStringLiteral("description")) == description)
            return true;
    }
    return false;
}

void TestLabImageTransfer::uploadRawRoundTrip()
{
    // A sparse 8 MiB image: 1 MiB of data at 0, 512 KiB at 5 MiB, holes elsewhere.
    const QString source = m_work.filePath(QStringLiteral("source.raw"));
    const QByteArray first = randomBytes(MiB);
    const QByteArray second = randomBytes(512 * 1024).replace('\0', '\1');
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(first) == first.size());
        QVERIFY(file.seek(5 * MiB) && file.write(second) == second.size());
        QVERIFY(file.resize(8 * MiB));
    }
    const QString alias = QStringLiteral("up-raw-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("raw"), 8 * MiB);
    QVERIFY(!diskId.isEmpty());
    const QString path = volumePath(diskId);

    const LabApi::Reply started = startTransfer(diskId, QStringLiteral("upload"));
    QCOMPARE(started.status, 201);
    const LabXml transfer = started.xml();
    QCOMPARE(transfer.name, QStringLiteral("image_transfer"));
    QCOMPARE(transfer.childText(QStringLiteral("phase")), QStringLiteral("transferring"));
    QCOMPARE(transfer.childText(QStringLiteral("direction")), QStringLiteral("upload"));
    QCOMPARE(transfer.childText(QStringLiteral("format")), QStringLiteral("raw")); // the disk's own
    QCOMPARE(transfer.childText(QStringLiteral("inactivity_timeout")), QStringLiteral("60"));
    QCOMPARE(transfer.child(QStringLiteral("image"))->id(), diskId);
    QVERIFY(started.location.endsWith("/ovirt-engine/api/imagetransfers/" + transfer.id().toUtf8()));
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    QVERIFY2(url.contains(QLatin1String("/images/")), qPrintable(url));
    QCOMPARE(transfer.childText(QStringLiteral("proxy_url")), url);
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).xml().childText(QStringLiteral("status")), QStringLiteral("locked"));
    QVERIFY(hasEvent(1031, QStringLiteral("Image Upload with disk %1 was initiated by admin@internal-authz.").arg(alias)));

    const HttpReply options = imageio("OPTIONS", url);
    QCOMPARE(options.status, 200);
    QCOMPARE(options.header("Allow"), QByteArray("OPTIONS,GET,PUT,PATCH"));
    const QJsonObject features = QJsonDocument::fromJson(options.body).object();
    QVERIFY(features.value(QLatin1String("features")).toArray().contains(QStringLiteral("zero")));
    QVERIFY(features.value(QLatin1String("features")).toArray().contains(QStringLiteral("flush")));
    QVERIFY(features.value(QLatin1String("features")).toArray().contains(QStringLiteral("extents")));

    // Data as PUTs of bounded size (the second one without its own flush), the rest as zero
    // requests; then one flush. A PUT without Content-Length or beyond the image is refused.
    QCOMPARE(put(url, 0, first.left(MiB / 2)).status, 200);
    QCOMPARE(put(url, MiB / 2, first.mid(MiB / 2), false).status, 200);
    QCOMPARE(put(url, 5 * MiB, second, false).status, 200);
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("zero")}, {QStringLiteral("offset"), MiB}, {QStringLiteral("size"), 4 * MiB}}).status, 200);
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("zero")}, {QStringLiteral("offset"), 5 * MiB + 512 * 1024},
                         {QStringLiteral("size"), 3 * MiB - 512 * 1024}, {QStringLiteral("flush"), true}})
                 .status,
             200);
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("flush")}}).status, 200);
    const HttpReply beyond = put(url, 8 * MiB - 2, QByteArray("abcd"));
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("Content-Range"), QByteArray("bytes */8388608"));
    QCOMPARE(beyond.body, QByteArray("Requested range out of allowed range\n"));
    const HttpReply badZero = patch(url, {{QStringLiteral("op"), QStringLiteral("zero")}, {QStringLiteral("offset"), 0}});
    QCOMPARE(badZero.status, 400);
    QCOMPARE(badZero.body, QByteArray("Missing required value for 'size'\n"));
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("trim")}}).status, 400);

    // Zeroing data that was written: it reads back as zeros, and a thin disk gets a hole.
    QCOMPARE(put(url, 6 * MiB, randomBytes(MiB)).status, 200);
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("zero")}, {QStringLiteral("offset"), 6 * MiB}, {QStringLiteral("size"), MiB}}).status, 200);
    const HttpReply zeroed = imageio("GET", url, {}, {{"Range", "bytes=6291456-7340031"}});
    QCOMPARE(zeroed.status, 206);
    QCOMPARE(zeroed.body, QByteArray(MiB, '\0'));
    const QJsonArray extents = QJsonDocument::fromJson(imageio("GET", url + QStringLiteral("/extents")).body).array();
    QVERIFY(!extents.isEmpty());
    const QJsonObject last = extents.last().toObject();
    QVERIFY2(last.value(QLatin1String("zero")).toBool() && qint64(last.value(QLatin1String("start")).toDouble()) <= 6 * MiB,
             qPrintable(QString::fromUtf8(QJsonDocument(extents).toJson(QJsonDocument::Compact))));

    QVERIFY(m_api->call("GET", QStringLiteral("/imagetransfers/") + transfer.id()).xml().childText(QStringLiteral("transferred")).toLongLong()
            >= first.size() + second.size());
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("finished_success")));
    QVERIFY(hasEvent(1032, QStringLiteral("Image Upload with disk %1 succeeded.").arg(alias)));
    int code = -1;
    const QString compared = run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-F"),
                                                              QStringLiteral("raw"), source, path},
                                 &code);
    QVERIFY2(code == 0, qPrintable(compared));
    // The ticket ends with the transfer.
    const HttpReply after = imageio("GET", url, {}, {{"Range", "bytes=0-511"}});
    QCOMPARE(after.status, 403);
    QVERIFY(after.body.startsWith("You are not allowed to access this resource: No such ticket "));
}

void TestLabImageTransfer::uploadQcow2RoundTrip()
{
    // A qcow2 image (compat 1.1) with guest data at two places, uploaded as its file bytes.
    const QString source = m_work.filePath(QStringLiteral("source.qcow2"));
    int code = -1;
    run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"), QStringLiteral("compat=1.1"), source,
                                     QString::number(16 * MiB)},
        &code);
    QCOMPARE(code, 0);
    run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("write -P 0x5a 0 1M"), QStringLiteral("-c"),
                                    QStringLiteral("write -P 0xa5 9M 2M"), source},
        &code);
    QCOMPARE(code, 0);
    QFile file(source);
    QVERIFY(file.open(QIODevice::ReadOnly));

    const QString alias = QStringLiteral("up-qcow2-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("cow"), 16 * MiB);
    QVERIFY(!diskId.isEmpty());
    const LabApi::Reply started = startTransfer(diskId, QStringLiteral("upload"), QStringLiteral("<inactivity_timeout>30</inactivity_timeout>"));
    QCOMPARE(started.status, 201);
    const LabXml transfer = started.xml();
    QCOMPARE(transfer.childText(QStringLiteral("format")), QStringLiteral("cow"));
    QCOMPARE(transfer.childText(QStringLiteral("inactivity_timeout")), QStringLiteral("30"));
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    qint64 offset = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(256 * 1024);
        const HttpReply reply = put(url, offset, chunk, false);
        QVERIFY2(reply.status == 200, reply.body.constData());
        offset += chunk.size();
    }
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("flush")}}).status, 200);
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    const LabXml disk = m_api->call("GET", QStringLiteral("/disks/") + diskId).xml();
    QCOMPARE(disk.childText(QStringLiteral("format")), QStringLiteral("cow"));
    QCOMPARE(disk.childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v3"));
    QCOMPARE(disk.childText(QStringLiteral("provisioned_size")).toLongLong(), 16 * MiB);
    const QString compared = run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-U"), source, volumePath(diskId)}, &code);
    QVERIFY2(code == 0, qPrintable(compared));
}

void TestLabImageTransfer::downloadWithRangeAndExtents()
{
    const QString alias = QStringLiteral("down-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("raw"), 4 * MiB);
    QVERIFY(!diskId.isEmpty());
    const QByteArray data = randomBytes(MiB).replace('\0', '\2');
    {
        const LabXml upload = startTransfer(diskId, QStringLiteral("upload")).xml();
        QCOMPARE(put(upload.childText(QStringLiteral("transfer_url")), MiB, data).status, 200);
        QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(upload.id()), "<action/>").status, 200);
        QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    }

    const LabApi::Reply started = startTransfer(diskId, QStringLiteral("download"));
    QCOMPARE(started.status, 201);
    const LabXml transfer = started.xml();
    QCOMPARE(transfer.childText(QStringLiteral("direction")), QStringLiteral("download"));
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("locked"), 1000));

    const HttpReply options = imageio("OPTIONS", url);
    QCOMPARE(options.header("Allow"), QByteArray("OPTIONS,GET"));
    QCOMPARE(QJsonDocument::fromJson(options.body).object().value(QLatin1String("features")).toArray(), QJsonArray{QStringLiteral("extents")});

    // Extents of the sparse image follow the file's allocation: they cover the image without gaps,
    // the data lies in non-zero extents, zero extents read as zeros, and most of it is holes
    // (qemu-img may allocate the first block of a new raw file, so that one may show as data).
    const HttpReply extentsReply = imageio("GET", url + QStringLiteral("/extents"));
    QCOMPARE(extentsReply.status, 200);
    QCOMPARE(extentsReply.header("Content-Type"), QByteArray("application/json"));
    const QJsonArray extents = QJsonDocument::fromJson(extentsReply.body).array();
    const QByteArray file = readRange(volumePath(diskId), 0, 4 * MiB);
    qint64 next = 0;
    qint64 zeroBytes = 0;
    for (const QJsonValue &value : extents) {
        const QJsonObject extent = value.toObject();
        const qint64 start = qint64(extent.value(QLatin1String("start")).toDouble());
        const qint64 length = qint64(extent.value(QLatin1String("length")).toDouble());
        const bool zero = extent.value(QLatin1String("zero")).toBool();
        QCOMPARE(start, next);
        QVERIFY(length > 0);
        QCOMPARE(extent.value(QLatin1String("hole")).toBool(), zero);
        if (zero) {
            QCOMPARE(file.mid(start, length), QByteArray(length, '\0'));
            zeroBytes += length;
            QVERIFY(start >= 2 * MiB || start + length <= MiB);
        }
        next = start + length;
    }
    QCOMPARE(next, 4 * MiB);
    QVERIFY2(zeroBytes >= 3 * MiB - 64 * 1024, extentsReply.body.constData());
    QCOMPARE(imageio("GET", url + QStringLiteral("/extents?context=dirty")).status, 404);

    const HttpReply partial = imageio("GET", url, {}, {{"Range", "bytes=1048576-1049599"}});
    QCOMPARE(partial.status, 206);
    QCOMPARE(partial.header("Content-Range"), QByteArray("bytes 1048576-1049599/4194304"));
    QCOMPARE(partial.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(partial.body, data.left(1024));
    const HttpReply whole = imageio("GET", url);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body.size(), 4 * MiB);
    QCOMPARE(whole.body.mid(MiB, MiB), data);
    QCOMPARE(whole.body.left(MiB), QByteArray(MiB, '\0'));
    const HttpReply beyond = imageio("GET", url, {}, {{"Range", "bytes=4194000-4194400"}});
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("Content-Range"), QByteArray("bytes */4194304"));
    const HttpReply write = put(url, 0, QByteArray("x"));
    QCOMPARE(write.status, 403);
    QVERIFY2(write.body.contains("forbids write"), write.body.constData());

    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("finished_success")));
    QVERIFY(hasEvent(1032, QStringLiteral("Image Download with disk %1 succeeded.").arg(alias)));
    // A download leaves the volume as it was.
    QCOMPARE(readRange(volumePath(diskId), MiB, MiB), data);
}

void TestLabImageTransfer::cancelledUpload()
{
    const QString alias = QStringLiteral("cancel-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("raw"), 2 * MiB);
    QVERIFY(!diskId.isEmpty());
    const QString path = volumePath(diskId);
    QVERIFY(QFileInfo::exists(path));
    const LabXml transfer = startTransfer(diskId, QStringLiteral("upload")).xml();
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    QCOMPARE(put(url, 0, randomBytes(MiB)).status, 200);

    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/cancel").arg(transfer.id()), "<action/>").status, 200);
    // The engine's endWithFailure removes the disk of a failed or cancelled upload.
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("gone")));
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("finished_failure")));
    QVERIFY(hasEvent(1033, QStringLiteral("Image Upload with disk %1 was cancelled.").arg(alias)));
    QVERIFY(!hasEvent(1034, QStringLiteral("Image Upload with disk %1 failed.").arg(alias)));
    for (int waited = 0; waited < 10000 && QFileInfo::exists(path); waited += 100)
        QTest::qWait(100);
    QVERIFY(!QFileInfo::exists(path));
    const HttpReply refused = put(url, 0, QByteArray("late"));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.startsWith("You are not allowed to access this resource: No such ticket"));
    // Actions on a finished transfer are accepted and change nothing (TransferImageStatusCommand).
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QCOMPARE(m_api->call("GET", QStringLiteral("/imagetransfers/") + transfer.id()).xml().childText(QStringLiteral("phase")),
             QStringLiteral("finished_failure"));
}

void TestLabImageTransfer::pausedAndResumed()
{
    const QString alias = QStringLiteral("pause-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("raw"), MiB);
    QVERIFY(!diskId.isEmpty());
    const LabXml transfer = startTransfer(diskId, QStringLiteral("upload")).xml();
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    const QByteArray data = randomBytes(MiB);
    QCOMPARE(put(url, 0, data.left(MiB / 2)).status, 200);
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/pause").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("paused_user")));
    QCOMPARE(m_api->call("GET", QStringLiteral("/imagetransfers/") + transfer.id()).xml().childText(QStringLiteral("transfer_url")), url);
    QVERIFY(hasEvent(1073, QStringLiteral("Image transfer was paused by user (admin@internal-authz).")));
    QCOMPARE(put(url, MiB / 2, data.mid(MiB / 2)).status, 403); // no ticket while paused
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("locked"), 1000));
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/resume").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("transferring")));
    QVERIFY(hasEvent(1074, QStringLiteral("Image transfer was resumed by user (admin@internal-authz).")));
    // The session goes on where it stopped, at the same URL.
    QCOMPARE(m_api->call("GET", QStringLiteral("/imagetransfers/") + transfer.id()).xml().childText(QStringLiteral("transfer_url")), url);
    QCOMPARE(put(url, MiB / 2, data.mid(MiB / 2)).status, 200);
    QVERIFY(m_api->call("GET", QStringLiteral("/imagetransfers/") + transfer.id()).xml().childText(QStringLiteral("transferred")).toLongLong() >= MiB);
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    QCOMPARE(readRange(volumePath(diskId), 0, MiB), data);
}

void TestLabImageTransfer::failedVerification()
{
    // Bytes that are no qcow2 image uploaded into a qcow2 disk: the engine's verification
    // (vdsm verify_untrusted_volume) fails, the upload ends in failure and the disk is removed.
    const QString alias = QStringLiteral("bad-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("cow"), 4 * MiB);
    QVERIFY(!diskId.isEmpty());
    const LabXml transfer = startTransfer(diskId, QStringLiteral("upload")).xml();
    QCOMPARE(put(transfer.childText(QStringLiteral("transfer_url")), 0, randomBytes(MiB).replace('\0', '\3')).status, 200);
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("finished_failure")));
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("gone")));
    QVERIFY(hasEvent(1034, QStringLiteral("Image Upload with disk %1 failed.").arg(alias)));
}

void TestLabImageTransfer::expiredTicket()
{
    // A download idle past its inactivity timeout: the ticket expires, the engine cancels the
    // transfer (legacy policy, an API client) and the disk is unlocked, unchanged.
    const QString alias = QStringLiteral("idle-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("raw"), MiB);
    QVERIFY(!diskId.isEmpty());
    const LabXml transfer = startTransfer(diskId, QStringLiteral("download"), QStringLiteral("<inactivity_timeout>2</inactivity_timeout>")).xml();
    QCOMPARE(transfer.childText(QStringLiteral("inactivity_timeout")), QStringLiteral("2"));
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    QCOMPARE(imageio("GET", url, {}, {{"Range", "bytes=0-4095"}}).status, 206); // activity restarts the clock
    QTest::qWait(3000);
    const HttpReply expired = imageio("GET", url, {}, {{"Range", "bytes=0-4095"}});
    QCOMPARE(expired.status, 403);
    QVERIFY2(expired.body.startsWith("You are not allowed to access this resource: "), expired.body.constData());
    QVERIFY(waitForPhase(transfer.id(), QStringLiteral("finished_failure")));
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    QVERIFY(hasEvent(1072, QStringLiteral("Download was canceled by system. Reason: timeout due to transfer inactivity.")));
    QVERIFY(hasEvent(1033, QStringLiteral("Image Download with disk %1 was cancelled.").arg(alias)));
}

void TestLabImageTransfer::refusals()
{
    // A locked disk: the transfer's own lock refuses a second one.
    const QString alias = QStringLiteral("locked-") + tag();
    const QString diskId = newDisk(alias, QStringLiteral("raw"), MiB);
    QVERIFY(!diskId.isEmpty());
    const LabXml first = startTransfer(diskId, QStringLiteral("download")).xml();
    const LabApi::Reply second = startTransfer(diskId, QStringLiteral("upload"));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.detail(), QStringLiteral("[Cannot transfer Virtual Disk: The following disks are locked: %1. Please try again in a few minutes.]").arg(alias));
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/pause").arg(first.id()), "<action/>").detail(),
             QStringLiteral("[Cannot pause image download as it's handled by the client. Note that it can be canceled if you wish to stop it.]"));
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/resume").arg(first.id()), "<action/>").detail(),
             QStringLiteral("[Cannot resume image transfer as it's not in a paused state.]"));
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/cancel").arg(first.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok"))); // a cancelled download keeps its disk
    QVERIFY(waitForPhase(first.id(), QStringLiteral("finished_failure")));

    // A disk plugged into a running VM (web-01 is up in the demo).
    const QString plugged = m_api->diskIdByAlias(QStringLiteral("web-01_Disk1"));
    const LabApi::Reply running = startTransfer(plugged, QStringLiteral("download"));
    QCOMPARE(running.status, 409);
    QCOMPARE(running.detail(), QStringLiteral("[Cannot transfer Virtual Disk. The disk web-01_Disk1 is plugged to non-Down VMs: web-01]"));

    const LabApi::Reply missing = startTransfer(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("download"));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.detail(), QStringLiteral("[Cannot transfer Virtual Disk. The specified disk does not exist.]"));
    const LabApi::Reply nothing = m_api->call("POST", QStringLiteral("/imagetransfers"), "<image_transfer><direction>download</direction></image_transfer>");
    QCOMPARE(nothing.detail(), QStringLiteral("[Cannot transfer Virtual Disk. Image was not specified for download.]"));
    QCOMPARE(startTransfer(diskId, QStringLiteral("sideways")).status, 400);

    QCOMPARE(m_api->call("GET", QStringLiteral("/imagetransfers/") + QUuid::createUuid().toString(QUuid::WithoutBraces)).status, 404);
}

void TestLabImageTransfer::ticketReachesOnlyItsDisk()
{
    const QString diskA = newDisk(QStringLiteral("a-") + tag(), QStringLiteral("raw"), MiB);
    const QString diskB = newDisk(QStringLiteral("b-") + tag(), QStringLiteral("raw"), MiB);
    QVERIFY(!diskA.isEmpty() && !diskB.isEmpty());
    const LabXml transferA = startTransfer(diskA, QStringLiteral("upload")).xml();
    const LabXml transferB = startTransfer(diskB, QStringLiteral("upload")).xml();
    const QString urlA = transferA.childText(QStringLiteral("transfer_url"));
    const QString urlB = transferB.childText(QStringLiteral("transfer_url"));
    QVERIFY(urlA != urlB);
    // Both transfers are listed.
    const LabXml all = m_api->call("GET", QStringLiteral("/imagetransfers")).xml();
    QStringList ids;
    for (const LabXml &item : all.children)
        ids << item.id();
    QVERIFY(ids.contains(transferA.id()) && ids.contains(transferB.id()));

    const QByteArray dataA = randomBytes(64 * 1024).replace('\0', 'A');
    QCOMPARE(put(urlA, 0, dataA).status, 200);
    QCOMPARE(readRange(volumePath(diskA), 0, dataA.size()), dataA);
    QCOMPARE(readRange(volumePath(diskB), 0, dataA.size()), QByteArray(dataA.size(), '\0'));
    QCOMPARE(imageio("GET", urlB, {}, {{"Range", "bytes=0-65535"}}).body, QByteArray(dataA.size(), '\0'));
    // No path leads out of /images/{ticket}.
    const QString base = urlA.section(QLatin1Char('/'), 0, 2);
    QVERIFY(imageio("GET", base + QStringLiteral("/images/..%2F..%2Flab.sqlite")).status >= 400);
    QCOMPARE(imageio("GET", base + QStringLiteral("/images/")).status, 404);
    QCOMPARE(imageio("GET", base + QStringLiteral("/")).status, 404);

    for (const LabXml *transfer : {&transferA, &transferB})
        QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer->id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskA, QStringLiteral("ok")));
    QVERIFY(m_api->waitForDisk(diskB, QStringLiteral("ok")));
}

void TestLabImageTransfer::rawTransfersOfQcow2()
{
    // Format raw on a qcow2 disk: guest data through qemu-nbd (the NBD backend). An upload of a
    // raw image into a new thin qcow2 disk...
    const QString source = m_work.filePath(QStringLiteral("guest.raw"));
    const QByteArray data = randomBytes(3 * MiB).replace('\0', '\4');
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(data) == data.size());
        QVERIFY(file.resize(8 * MiB));
    }
    const QString diskId = newDisk(QStringLiteral("nbd-") + tag(), QStringLiteral("cow"), 8 * MiB);
    QVERIFY(!diskId.isEmpty());
    const LabApi::Reply started = startTransfer(diskId, QStringLiteral("upload"), QStringLiteral("<format>raw</format>"));
    QCOMPARE(started.status, 201);
    const LabXml transfer = started.xml();
    QCOMPARE(transfer.childText(QStringLiteral("format")), QStringLiteral("raw"));
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    QCOMPARE(put(url, 0, data.left(2 * MiB), false).status, 200);
    QCOMPARE(put(url, 2 * MiB, data.mid(2 * MiB), false).status, 200);
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("zero")}, {QStringLiteral("offset"), 3 * MiB}, {QStringLiteral("size"), 5 * MiB}}).status, 200);
    QCOMPARE(patch(url, {{QStringLiteral("op"), QStringLiteral("flush")}}).status, 200);
    QCOMPARE(put(url, 8 * MiB, QByteArray("x")).status, 416); // the virtual size, not the file's
    const QJsonArray extents = QJsonDocument::fromJson(imageio("GET", url + QStringLiteral("/extents")).body).array();
    QVERIFY(!extents.isEmpty());
    QCOMPARE(extents.last().toObject().value(QLatin1String("zero")).toBool(), true);
    QCOMPARE(qint64(extents.last().toObject().value(QLatin1String("start")).toDouble()), 3 * MiB);
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).xml().childText(QStringLiteral("format")), QStringLiteral("cow"));
    int code = -1;
    QString compared = run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-U"), QStringLiteral("-f"), QStringLiteral("raw"), source,
                                                        volumePath(diskId)},
                           &code);
    QVERIFY2(code == 0, qPrintable(compared));

    // ... and a download of a whole qcow2 chain (build-01's system disk and its snapshots): the
    // guest data, compared with what qemu-img reads through the same chain.
    const QString chainDisk = m_api->diskIdByAlias(QStringLiteral("build-01_Disk1"));
    const QString expected = m_work.filePath(QStringLiteral("chain.raw"));
    run(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-U"), QStringLiteral("-O"), QStringLiteral("raw"), volumePath(chainDisk), expected},
        &code);
    QCOMPARE(code, 0);
    const LabXml download = startTransfer(chainDisk, QStringLiteral("download"), QStringLiteral("<format>raw</format>")).xml();
    const QString downloadUrl = download.childText(QStringLiteral("transfer_url"));
    QVERIFY(!downloadUrl.isEmpty());
    const QJsonArray chainExtents = QJsonDocument::fromJson(imageio("GET", downloadUrl + QStringLiteral("/extents")).body).array();
    QVERIFY(!chainExtents.isEmpty());
    qint64 end = 0;
    int checked = 0;
    for (const QJsonValue &value : chainExtents) {
        const QJsonObject extent = value.toObject();
        const qint64 start = qint64(extent.value(QLatin1String("start")).toDouble());
        const qint64 length = qint64(extent.value(QLatin1String("length")).toDouble());
        QCOMPARE(start, end);
        end = start + length;
        if (extent.value(QLatin1String("zero")).toBool() || checked >= 4)
            continue;
        // Data extents: the bytes match the chain's, a bounded range each.
        const qint64 size = std::min<qint64>(length, 2 * MiB);
        const HttpReply piece = imageio("GET", downloadUrl, {},
                                        {{"Range", "bytes=" + QByteArray::number(start) + '-' + QByteArray::number(start + size - 1)}});
        QCOMPARE(piece.status, 206);
        QCOMPARE(piece.body, readRange(expected, start, size));
        ++checked;
    }
    QVERIFY(checked > 0);
    QCOMPARE(end, QFileInfo(expected).size());
    QCOMPARE(m_api->call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(download.id()), "<action/>").status, 200);
    QVERIFY(m_api->waitForDisk(chainDisk, QStringLiteral("ok")));
}

void TestLabImageTransfer::overHttps()
{
    // The lab serving HTTPS with its own CA: the imageio endpoint speaks TLS with the same
    // certificate, and a client trusting only that CA moves data both ways.
    LabProcess lab;
    LabProcess::Options options;
    options.https = true;
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(lab.caPath()));
    QVERIFY(!tls.caCertificates().isEmpty());
    const QSslConfiguration previous = QSslConfiguration::defaultConfiguration();
    QSslConfiguration::setDefaultConfiguration(tls);
    LabApi api(lab);
    const QString domainId = api.idByName(QStringLiteral("storagedomains"), QStringLiteral("data-main"));
    const LabApi::Reply created = api.call("POST", QStringLiteral("/disks"),
                                           QStringLiteral("<disk><alias>tls-%1</alias><provisioned_size>%2</provisioned_size><format>raw</format>"
                                                          "<storage_domains><storage_domain id=\"%3\"/></storage_domains></disk>")
                                               .arg(tag())
                                               .arg(2 * MiB)
                                               .arg(domainId)
                                               .toUtf8());
    QCOMPARE(created.status, 201);
    const QString diskId = created.xml().id();
    QVERIFY(api.waitForDisk(diskId, QStringLiteral("ok")));
    const LabXml transfer = api.call("POST", QStringLiteral("/imagetransfers"),
                                     QStringLiteral("<image_transfer><disk id=\"%1\"/></image_transfer>").arg(diskId).toUtf8())
                                .xml();
    const QString url = transfer.childText(QStringLiteral("transfer_url"));
    QVERIFY2(url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(url));
    const QByteArray data = randomBytes(2 * MiB);
    const HttpReply written = put(url, 0, data);
    QVERIFY2(written.status == 200, qPrintable(QString::number(written.error)));
    QCOMPARE(imageio("GET", url).body, data);
    QCOMPARE(api.call("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transfer.id()), "<action/>").status, 200);
    QVERIFY(api.waitForDisk(diskId, QStringLiteral("ok")));
    QSslConfiguration::setDefaultConfiguration(previous);
    QCOMPARE(lab.stop(), 0);
}

QTEST_GUILESS_MAIN(TestLabImageTransfer)
#include "tst_lab_imagetransfer.moc"
