#include "curltransfer.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace {

// Error bodies and JSON replies are small; a misbehaving server cannot make us keep more.
constexpr qsizetype kMaxBody = 1 << 20;

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct CurlTransfer::Private
{
    CURL *curl = nullptr;
    QByteArray url;        // the ticket URL as curl wants it
    QByteArray caPem;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(qint64)> onBytes;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    // Per request.
    int fd = -1;
    qint64 offset = 0;   // file position of the next body byte
    qint64 remaining = 0; // PUT: bytes still to send
    qint64 moved = 0;
    QByteArray body;
    bool writeToFile = false;
    QString ioError;

    void prepare(const QByteArray &requestUrl);
    Reply perform(curl_slist *headers);

    static size_t readBody(char *buffer, size_t size, size_t count, void *self);
    static size_t writeBody(char *buffer, size_t size, size_t count, void *self);
    static int progress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
};

QString CurlTransfer::Reply::text() const
{
    if (cancelled)
        return QCoreApplication::translate("CurlTransfer", "The transfer was cancelled.");
    if (status == 0)
        return transportError;
    const QString detail = QString::fromUtf8(body.left(400)).trimmed();
    if (detail.isEmpty())
        return QCoreApplication::translate("CurlTransfer", "The image server answered HTTP status %1.").arg(status);
    return QCoreApplication::translate("CurlTransfer", "The image server answered HTTP status %1: %2").arg(status).arg(detail);
}

CurlTransfer::CurlTransfer(const QUrl &url, const QByteArray &caPem, const std::atomic<bool> *cancel,
                           std::function<void(qint64)> onBytes)
    : d(new Private)
{
    globalInit();
    d->curl = curl_easy_init();
    d->url = url.toEncoded();
    d->caPem = caPem;
    d->cancel = cancel;
    d->onBytes = std::move(onBytes);
}

CurlTransfer::~CurlTransfer()
{
    curl_easy_cleanup(d->curl);
    delete d;
}

void CurlTransfer::Private::prepare(const QByteArray &requestUrl)
{
    // reset() keeps the connection cache: the next request reuses the kept-alive connection.
    curl_easy_reset(curl);
    curl_easy_setopt(curl, CURLOPT_URL, requestUrl.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "DiskDesk");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caPem.isEmpty()) {
        // Only the pinned CA: no CA path, no file from the system store.
        curl_blob blob{ const_cast<char *>(caPem.constData()), size_t(caPem.size()), CURL_BLOB_COPY };
        curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &blob);
        curl_easy_setopt(curl, CURLOPT_CAINFO, nullptr);
        curl_easy_setopt(curl, CURLOPT_CAPATH, nullptr);
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    // A server that stops moving data for 30 s is treated as a dropped connection.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 30L);
    // Large socket buffers: these are what make a loopback transfer as fast as curl(1).
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, long(CURL_MAX_READ_SIZE));
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 2L * 1024 * 1024);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Private::writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Private::progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    errorBuffer[0] = 0;
    body.clear();
    moved = 0;
    ioError.clear();
    writeToFile = false;
}

CurlTransfer::Reply CurlTransfer::Private::perform(curl_slist *headers)
{
    if (headers)
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    Reply reply;
    reply.bodyBytes = moved;
    if (code == CURLE_ABORTED_BY_CALLBACK && cancel && cancel->load()) {
        reply.cancelled = true;
        return reply;
    }
    if (!ioError.isEmpty()) {
        reply.transportError = ioError;
        reply.cancelled = true; // a local file error is not worth retrying
        return reply;
    }
    if (code != CURLE_OK) {
        reply.transportError = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                              : QString::fromUtf8(curl_easy_strerror(code));
        return reply;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    reply.body = body;
    return reply;
}

size_t CurlTransfer::Private::readBody(char *buffer, size_t size, size_t count, void *self)
{
    auto *p = static_cast<Private *>(self);
    const qint64 want = qMin<qint64>(qint64(size * count), p->remaining);
    if (want <= 0)
        return 0;
    ssize_t got = 0;
    if (p->fd < 0) {
        std::memset(buffer, 0, size_t(want));
        got = want;
    } else {
        do {
            got = ::pread(p->fd, buffer, size_t(want), p->offset);
        } while (got < 0 && errno == EINTR);
        if (got <= 0) {
            p->ioError = got < 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                 : QCoreApplication::translate("CurlTransfer", "The file became shorter while it was sent.");
            return CURL_READFUNC_ABORT;
        }
    }
    p->offset += got;
    p->remaining -= got;
    p->moved += got;
    if (p->onBytes)
        p->onBytes(got);
    return size_t(got);
}

size_t CurlTransfer::Private::writeBody(char *buffer, size_t size, size_t count, void *self)
{
    auto *p = static_cast<Private *>(self);
    const size_t n = size * count;
    long status = 0;
    curl_easy_getinfo(p->curl, CURLINFO_RESPONSE_CODE, &status);
    if (p->writeToFile && (status == 206 || status == 200)) {
        size_t done = 0;
        while (done < n) {
            const ssize_t w = ::pwrite(p->fd, buffer + done, n - done, p->offset);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                p->ioError = QString::fromLocal8Bit(std::strerror(errno));
                return 0; // aborts the request
            }
            done += size_t(w);
            p->offset += w;
            p->moved += w;
        }
        if (p->onBytes)
            p->onBytes(qint64(n));
        return n;
    }
    if (p->body.size() < kMaxBody)
        p->body.append(buffer, qMin<qsizetype>(qsizetype(n), kMaxBody - p->body.size()));
    return n;
}

int CurlTransfer::Private::progress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *p = static_cast<Private *>(self);
    return p->cancel && p->cancel->load() ? 1 : 0;
}

CurlTransfer::Reply CurlTransfer::options()
{
    d->prepare(d->url);
    curl_easy_setopt(d->curl, CURLOPT_CUSTOMREQUEST, "OPTIONS");
    return d->perform(nullptr);
}

CurlTransfer::Reply CurlTransfer::extents()
{
    d->prepare(d->url + "/extents?context=zero");
    return d->perform(nullptr);
}

CurlTransfer::Reply CurlTransfer::put(int fd, qint64 offset, qint64 length, bool flush)
{
    d->prepare(d->url + (flush ? "?flush=y" : "?flush=n"));
    d->fd = fd;
    d->offset = offset;
    d->remaining = length;
    curl_easy_setopt(d->curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(length));
    curl_easy_setopt(d->curl, CURLOPT_READFUNCTION, &Private::readBody);
    curl_easy_setopt(d->curl, CURLOPT_READDATA, d);
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, QByteArray("Content-Range: bytes " + QByteArray::number(offset) + '-'
                                                    + QByteArray::number(offset + length - 1) + "/*").constData());
    headers = curl_slist_append(headers, "Content-Type: application/octet-stream");
    // No 100-continue round trip per request: the server takes the body or closes.
    headers = curl_slist_append(headers, "Expect:");
    return d->perform(headers);
}

namespace {

CurlTransfer::Reply patch(CURL *curl, const QByteArray &json, const std::function<CurlTransfer::Reply(curl_slist *)> &perform)
{
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PATCH");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(json.size()));
    curl_easy_setopt(curl, CURLOPT_COPYPOSTFIELDS, json.constData());
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    return perform(headers);
}

} // namespace

CurlTransfer::Reply CurlTransfer::zero(qint64 offset, qint64 length)
{
    d->prepare(d->url);
    const QByteArray json = R"({"op": "zero", "offset": )" + QByteArray::number(offset) + R"(, "size": )"
            + QByteArray::number(length) + R"(, "flush": false})";
    return patch(d->curl, json, [this](curl_slist *h) { return d->perform(h); });
}

CurlTransfer::Reply CurlTransfer::flush()
{
    d->prepare(d->url);
    return patch(d->curl, R"({"op": "flush"})", [this](curl_slist *h) { return d->perform(h); });
}

CurlTransfer::Reply CurlTransfer::get(int fd, qint64 offset, qint64 length)
{
    d->prepare(d->url);
    d->fd = fd;
    d->offset = offset;
    d->writeToFile = true;
    curl_slist *headers = curl_slist_append(nullptr, QByteArray("Range: bytes=" + QByteArray::number(offset) + '-'
                                                                + QByteArray::number(offset + length - 1)).constData());
    Reply reply = d->perform(headers);
    if (reply.ok() && reply.bodyBytes != length) {
        // A body that ended early is a broken connection, whatever the server declared.
        reply.transportError = QCoreApplication::translate("CurlTransfer", "The image server sent %1 of %2 bytes.")
                                       .arg(reply.bodyBytes)
                                       .arg(length);
        reply.status = 0;
    }
    return reply;
}
