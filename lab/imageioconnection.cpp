#include "imageioconnection.h"

#include "filebackend.h"
#include "imageticket.h"
#include "nbdclient.h"
#include "ticketregistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>


namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qint64 MaxSmallBody = 64 * 1024;     ///< PATCH bodies (JSON)
/// A refused body up to this size is read and dropped before the answer, so that the client,
/// still sending, gets the answer instead of a reset connection; larger ones are not read.
constexpr qint64 MaxDrainedBody = qint64(64) << 20;
constexpr qint64 MaxQueuedBytes = qint64(4) << 20; ///< GET: unsent bytes held before waiting for the client

QByteArray reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 206: return "Partial Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 416: return "Requested Range Not Satisfiable";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

} // namespace

QByteArray ImageioConnection::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool ImageioConnection::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ImageioConnection::ImageioConnection(TicketRegistry &tickets, qintptr descriptor, const std::optional<QSslConfiguration> &tls,
                                     const std::atomic_bool &stopping)
    : m_tickets(tickets)
    , m_stopping(stopping)
{
    if (tls) {
        auto *socket = new QSslSocket;
        socket->setSslConfiguration(*tls);
        m_socket.reset(socket);
    } else {
        m_socket.reset(new QTcpSocket);
    }
    // Reads are taken in pieces as they come; this bounds what one read can pile up.
    m_socket->setReadBufferSize(4 * PieceBytes);
    if (!m_socket->setSocketDescriptor(descriptor))
        m_close = true;
    else if (tls)
        static_cast<QSslSocket *>(m_socket.get())->startServerEncryption();
}

ImageioConnection::~ImageioConnection()
{
    if (m_socket) {
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(1000);
    }
}

bool ImageioConnection::waitForData(int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    // Short waits, so that a stopping lab does not wait for idle clients.
    while (!m_stopping.load()) {
        if (m_socket->bytesAvailable() > 0) {
            m_buffer += m_socket->read(std::max<qint64>(m_socket->bytesAvailable(), 0));
            return true;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
        if (waited.elapsed() > timeoutMs)
            return false;
        m_socket->waitForReadyRead(200);
    }
    return false;
}

void ImageioConnection::run()
{
    if (m_close)
        return;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get())) {
        if (!ssl->waitForEncrypted(30000))
            return;
    }
    while (!m_close && !m_stopping.load()) {
        Request request;
        bool malformed = false;
        if (!readHead(&request, &malformed)) {
            if (malformed) {
                m_close = true;
                sendError(400, QStringLiteral("Invalid request"));
            }
            return;
        }
        m_bodyRefused = false;
        handle(request);
        flushOut();
    }
}

void ImageioConnection::flushOut()
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.get());
    while ((m_socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0)) && !m_stopping.load()
           && m_socket->waitForBytesWritten(30000)) {
    }
}

bool ImageioConnection::readHead(Request *request, bool *malformed)
{
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (m_buffer.size() > MaxHeadBytes) {
            *malformed = true;
            return false;
        }
        if (!waitForData(IdleTimeoutMs))
            return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        *malformed = true;
        return false;
    }
    request->method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request->path = question < 0 ? target : target.left(question);
    request->query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *malformed = true;
            return false;
        }
        request->headers.append(qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    if (requestLine[2] == "HTTP/1.0" || request->header("Connection").toLower() == "close")
        m_close = true;
    request->contentLength = -1;
    if (request->hasHeader("Content-Length")) {
        bool ok = false;
        request->contentLength = request->header("Content-Length").toLongLong(&ok);
        if (!ok || request->contentLength < 0) {
            *malformed = true;
            return false;
        }
    }
    if (!request->header("Transfer-Encoding").isEmpty()) {
        // imageio needs the length of every body up front.
        m_close = true;
        sendError(400, QStringLiteral("Content-Length header is required"));
        return false;
    }
    return true;
}

bool ImageioConnection::readBody(qint64 length, QByteArray *out)
{
    while (m_buffer.size() < length) {
        if (!waitForData(30000))
            return false;
    }
    *out = m_buffer.left(length);
    m_buffer.remove(0, length);
    return true;
}

bool ImageioConnection::discard(qint64 length)
{
    while (length > 0) {
        if (m_buffer.isEmpty() && !waitForData(30000))
            return false;
        const qint64 n = std::min<qint64>(length, m_buffer.size());
        m_buffer.remove(0, n);
        length -= n;
    }
    return true;
}

bool ImageioConnection::writeAll(const QByteArray &data)
{
    if (m_socket->write(data) != data.size())
        return false;
    // Without an event loop nothing leaves unless asked: hand the kernel what it takes now.
    m_socket->flush();
    // Bounded memory: wait while the client has not taken what is queued.
    while (m_socket->bytesToWrite() > MaxQueuedBytes) {
        if (m_stopping.load() || !m_socket->waitForBytesWritten(30000))
            return false;
    }
    return true;
}

void ImageioConnection::send(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_close)
        out += "Connection: close\r\n";
    out += "\r\n" + body;
    writeAll(out);
}

void ImageioConnection::sendError(int status, const QString &message, const QByteArray &contentRange)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "text/plain; charset=UTF-8"}};
    if (!contentRange.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Range"), contentRange));
    // imageio adds a newline "to make it easier to debug from the command line".
    send(status, headers, message.toUtf8() + '\n');
}

void ImageioConnection::sendJson(const QByteArray &json, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    send(200, all, json + '\n');
}

void ImageioConnection::refuseBody(const Request &request)
{
    const qint64 length = std::max<qint64>(request.contentLength, 0);
    // A client waiting for "100 Continue" has sent nothing yet; a body of bounded size is skipped
    // (never held); a larger one is not read at all and the connection closes after the answer.
    if (m_bodyRefused)
        return;
    m_bodyRefused = true;
    if (request.header("Expect").toLower() == "100-continue" || length > MaxDrainedBody || !discard(length))
        m_close = true;
}

std::optional<ImageTicket> ImageioConnection::authorize(const Request &request, const QString &ticketId, bool write)
{
    bool expired = false;
    std::optional<ImageTicket> ticket = m_tickets.begin(ticketId, &expired);
    QString reasonText;
    if (!ticket) {
        reasonText = expired ? QStringLiteral("Transfer=%1 expired").arg(ticketId) : QStringLiteral("No such ticket %1").arg(ticketId);
    } else if (write && !ticket->writable) {
        reasonText = QStringLiteral("Transfer=%1 forbids write").arg(ticket->transferId);
        m_tickets.end(ticketId, 0);
        ticket.reset();
    }
    if (!ticket) {
        refuseBody(request);
        m_close = true; // imageio closes the connection of a refused client
        sendError(403, QStringLiteral("You are not allowed to access this resource: ") + reasonText);
    }
    return ticket;
}

void ImageioConnection::handle(Request &request)
{
    static const QRegularExpression route(QStringLiteral("^/images/([^/]+)(/extents)?/?$"));
    const QString path = QUrl::fromPercentEncoding(request.path);
    const QRegularExpressionMatch match = route.match(path);
    if (!match.hasMatch()) {
        refuseBody(request);
        sendError(404, QStringLiteral("No handler for %1").arg(path));
        return;
    }
    const QString ticketId = match.captured(1);
    const bool isExtents = !match.captured(2).isEmpty();
    if (isExtents) {
        if (request.method == "GET")
            return extents(request, ticketId);
    } else if (request.method == "OPTIONS") {
        return options(request, ticketId);
    } else if (request.method == "GET") {
        return get(request, ticketId);
    } else if (request.method == "PUT") {
        return put(request, ticketId);
    } else if (request.method == "PATCH") {
        return patch(request, ticketId);
    }
    refuseBody(request);
    sendError(405, QStringLiteral("Method %1 not allowed").arg(QString::fromLatin1(request.method)));
}

void ImageioConnection::options(const Request &request, const QString &ticketId)
{
    refuseBody(request);
    QJsonObject options;
    QByteArray allow;
    if (ticketId == QLatin1String("*")) {
        allow = "OPTIONS,GET,PUT,PATCH";
        options.insert(QStringLiteral("features"), QJsonArray{QStringLiteral("extents"), QStringLiteral("zero"), QStringLiteral("flush")});
    } else {
        const std::optional<ImageTicket> ticket = authorize(request, ticketId, false);
        if (!ticket)
            return;
        m_tickets.end(ticketId, 0);
        allow = ticket->writable ? "OPTIONS,GET,PUT,PATCH" : "OPTIONS,GET";
        options.insert(QStringLiteral("features"), ticket->writable ? QJsonArray{QStringLiteral("extents"), QStringLiteral("zero"), QStringLiteral("flush")}
                                                                     : QJsonArray{QStringLiteral("extents")});
        // One file, one writer at a time is what the file backend offers.
        options.insert(QStringLiteral("max_readers"), 8);
        options.insert(QStringLiteral("max_writers"), 1);
    }
    sendJson(QJsonDocument(options).toJson(QJsonDocument::Compact), {{"Allow", allow}});
}

ImageBackend *ImageioConnection::backend(const ImageTicket &ticket)
{
    // One backend per connection and ticket: an NBD session costs a handshake.
    const QString key = ticket.id + QLatin1Char('\n') + ticket.path;
    if (m_backend && m_backendKey == key)
        return m_backend.get();
    m_backend.reset();
    m_backendKey.clear();
    if (!ticket.nbdSocket.isEmpty()) {
        auto nbd = std::make_unique<NbdClient>();
        if (!nbd->connect(ticket.nbdSocket)) {
            sendError(500, nbd->errorString());
            return nullptr;
        }
        m_backend = std::move(nbd);
    } else {
        auto file = std::make_unique<FileBackend>();
        if (!file->open(ticket.path, ticket.writable)) {
            sendError(500, file->errorString());
            return nullptr;
        }
        m_backend = std::move(file);
    }
    m_backendKey = key;
    return m_backend.get();
}

void ImageioConnection::get(const Request &request, const QString &ticketId)
{
    refuseBody(request);
    qint64 offset = 0;
    qint64 size = -1;
    const QByteArray range = request.header("Range");
    if (!range.isEmpty()) {
        static const QRegularExpression single(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const QRegularExpressionMatch m = single.match(QString::fromLatin1(range));
        if (!m.hasMatch() || m.captured(1).isEmpty()) {
            // Several ranges, or a suffix range ("bytes=-500"): imageio supports neither.
            return sendError(416, m.hasMatch() ? QStringLiteral("suffix-byte-range-spec not supported yet")
                                               : QStringLiteral("Cannot parse range %1").arg(QString::fromLatin1(range)));
        }
        offset = m.captured(1).toLongLong();
        if (!m.captured(2).isEmpty()) {
            const qint64 last = m.captured(2).toLongLong();
            if (last < offset)
                return sendError(416, QStringLiteral("Cannot satisfy range '%1', first > last").arg(QString::fromLatin1(range)));
            size = last - offset + 1;
        }
    }
    const std::optional<ImageTicket> ticket = authorize(request, ticketId, false);
    if (!ticket)
        return;
    [&] {
        ImageBackend *image = backend(*ticket);
        if (!image)
            return;
        const qint64 available = std::min(ticket->size, image->size());
        if (size >= 0) {
            if (offset + size > ticket->size)
                return sendError(416, QStringLiteral("Requested range out of allowed range"), "bytes */" + QByteArray::number(ticket->size));
            if (offset + size > available)
                return sendError(416, QStringLiteral("Requested more bytes than available: %1 > %2").arg(offset + size).arg(available),
                                 "bytes */" + QByteArray::number(available));
        } else {
            if (offset > available)
                return sendError(416, QStringLiteral("Requested more bytes than available: %1 > %2").arg(offset).arg(available),
                                 "bytes */" + QByteArray::number(available));
            size = available - offset;
        }
        QByteArray head = range.isEmpty() ? QByteArray("HTTP/1.1 200 OK\r\n") : QByteArray("HTTP/1.1 206 Partial Content\r\n");
        head += "Content-Type: application/octet-stream\r\nContent-Disposition: attachment\r\nContent-Length: " + QByteArray::number(size) + "\r\n";
        if (!range.isEmpty() && size > 0)
            head += "Content-Range: bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + size - 1) + '/'
                + QByteArray::number(ticket->size) + "\r\n";
        if (m_close)
            head += "Connection: close\r\n";
        head += "\r\n";
        if (!writeAll(head)) {
            m_close = true;
            return;
        }
        QByteArray piece;
        for (qint64 done = 0; done < size;) {
            const qint64 n = std::min(PieceBytes, size - done);
            piece.resize(n);
            if (!image->read(offset + done, piece.data(), n) || !m_tickets.progress(ticketId, n) || !writeAll(piece)) {
                // The headers are out: the only way to tell the client is to close.
                m_close = true;
                return;
            }
            done += n;
        }
    }();
    m_tickets.end(ticketId, 0);
}

void ImageioConnection::put(Request &request, const QString &ticketId)
{
    if (request.contentLength < 0) {
        refuseBody(request);
        m_close = true;
        return sendError(400, QStringLiteral("Content-Length header is required"));
    }
    const qint64 size = request.contentLength;
    qint64 offset = 0;
    const QByteArray contentRange = request.header("Content-Range");
    if (!contentRange.isEmpty()) {
        static const QRegularExpression rx(QStringLiteral("^bytes (\\d+)-(\\d+|\\*)/(\\d+|\\*)$"));
        const QRegularExpressionMatch m = rx.match(QString::fromLatin1(contentRange));
        if (!m.hasMatch()) {
            refuseBody(request);
            return sendError(400, QStringLiteral("Invalid Content-Range '%1'").arg(QString::fromLatin1(contentRange)));
        }
        offset = m.captured(1).toLongLong();
        if (m.captured(2) != QLatin1String("*") && m.captured(2).toLongLong() < offset) {
            refuseBody(request);
            return sendError(400, QStringLiteral("Invalid Content-Range '%1', first > last").arg(QString::fromLatin1(contentRange)));
        }
    }
    const QUrlQuery query(QString::fromLatin1(request.query));
    const QString flushValue = query.hasQueryItem(QStringLiteral("flush")) ? query.queryItemValue(QStringLiteral("flush")) : QStringLiteral("y");
    if (flushValue != QLatin1String("y") && flushValue != QLatin1String("n")) {
        refuseBody(request);
        return sendError(400, QStringLiteral("Unsupported value '%1' for 'flush', expecting one of ['n', 'y']").arg(flushValue));
    }
    if (query.queryItemValue(QStringLiteral("close")) == QLatin1String("y"))
        m_close = true;
    const std::optional<ImageTicket> ticket = authorize(request, ticketId, true);
    if (!ticket) {
        refuseBody(request);
        return;
    }
    [&] {
        if (offset + size > ticket->size) {
            refuseBody(request);
            return sendError(416, QStringLiteral("Requested range out of allowed range"), "bytes */" + QByteArray::number(ticket->size));
        }
        ImageBackend *image = backend(*ticket);
        if (!image) {
            refuseBody(request);
            return;
        }
        if (request.header("Expect").toLower() == "100-continue")
            writeAll("HTTP/1.1 100 Continue\r\n\r\n");
        m_bodyRefused = true; // from here on the body is read as data
        for (qint64 done = 0; done < size;) {
            if (m_buffer.isEmpty() && !waitForData(60000)) {
                // The client went away mid-body: what arrived is written, the rest is its to resend.
                m_close = true;
                return;
            }
            const qint64 n = std::min<qint64>({size - done, m_buffer.size(), PieceBytes});
            if (!image->write(offset + done, m_buffer.constData(), n)) {
                m_close = true;
                return sendError(500, image->errorString());
            }
            m_buffer.remove(0, n);
            done += n;
            if (!m_tickets.progress(ticketId, n)) {
                m_close = true;
                return sendError(403, QStringLiteral("You are not allowed to access this resource: Transfer %1 was canceled").arg(ticket->transferId));
            }
        }
        if (flushValue == QLatin1String("y") && !image->flush())
            return sendError(500, image->errorString());
        send(200, {}, {});
    }();
    m_tickets.end(ticketId, 0);
}

void ImageioConnection::patch(Request &request, const QString &ticketId)
{
    if (request.contentLength < 0 || request.contentLength > MaxSmallBody) {
        refuseBody(request);
        m_close = true;
        return sendError(400, request.contentLength < 0 ? QStringLiteral("Content-Length header is required")
                                                        : QStringLiteral("Message too large"));
    }
    QByteArray body;
    if (!readBody(request.contentLength, &body)) {
        m_close = true;
        return;
    }
    m_bodyRefused = true; // read: nothing left to skip
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return sendError(400, QStringLiteral("Invalid JSON message %1").arg(parseError.errorString()));
    const QJsonObject message = document.object();
    if (!message.contains(QLatin1String("op")))
        return sendError(400, QStringLiteral("Missing required value for op"));
    const QString op = message.value(QLatin1String("op")).toString();
    if (op != QLatin1String("zero") && op != QLatin1String("flush"))
        return sendError(400, QStringLiteral("Unsupported value '%1' for 'op', expecting one of ['flush', 'zero']")
                                  .arg(message.value(QLatin1String("op")).toVariant().toString()));
    qint64 offset = 0;
    qint64 size = 0;
    bool flush = op == QLatin1String("flush");
    if (op == QLatin1String("zero")) {
        // JSON integers only (imageio: "Integer required"), never negative.
        auto integer = [&](const char *name, qint64 *out, bool required) -> bool {
            const QJsonValue value = message.value(QLatin1String(name));
            if (value.isUndefined()) {
                if (required)
                    sendError(400, QStringLiteral("Missing required value for '%1'").arg(QLatin1String(name)));
                return !required;
            }
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != double(qint64(number))) {
                sendError(400, QStringLiteral("Integer required %1").arg(value.toVariant().toString()));
                return false;
            }
            if (number < 0) {
                sendError(400, QStringLiteral("Invalid value %1 < 0").arg(qint64(number)));
                return false;
            }
            *out = qint64(number);
            return true;
        };
        if (!integer("size", &size, true) || !integer("offset", &offset, false))
            return;
        const QJsonValue flushValue = message.value(QLatin1String("flush"));
        if (!flushValue.isUndefined() && !flushValue.isBool())
            return sendError(400, QStringLiteral("Boolean required %1").arg(flushValue.toVariant().toString()));
        flush = flushValue.toBool(false);
    }
    const std::optional<ImageTicket> ticket = authorize(request, ticketId, true);
    if (!ticket)
        return;
    [&] {
        if (op == QLatin1String("zero") && offset + size > ticket->size)
            return sendError(416, QStringLiteral("Requested range out of allowed range"), "bytes */" + QByteArray::number(ticket->size));
        ImageBackend *image = backend(*ticket);
        if (!image)
            return;
        if (op == QLatin1String("zero")) {
            if (!image->zero(offset, size, ticket->sparse))
                return sendError(500, image->errorString());
            m_tickets.progress(ticketId, size);
        }
        if (flush && !image->flush())
            return sendError(500, image->errorString());
        send(200, {}, {});
    }();
    m_tickets.end(ticketId, 0);
}

void ImageioConnection::extents(const Request &request, const QString &ticketId)
{
    refuseBody(request);
    const QUrlQuery query(QString::fromLatin1(request.query));
    const QString context = query.hasQueryItem(QStringLiteral("context")) ? query.queryItemValue(QStringLiteral("context")) : QStringLiteral("zero");
    if (context != QLatin1String("zero") && context != QLatin1String("dirty"))
        return sendError(400, QStringLiteral("Unsupported value '%1' for 'context', expecting one of ['dirty', 'zero']").arg(context));
    const std::optional<ImageTicket> ticket = authorize(request, ticketId, false);
    if (!ticket)
        return;
    [&] {
        if (context == QLatin1String("dirty"))
            return sendError(404, QStringLiteral("Ticket does not support dirty extents"));
        ImageBackend *image = backend(*ticket);
        if (!image)
            return;
        // Neighbours of the same kind are merged, as imageio merges extents.
        QJsonArray list;
        const bool ok = image->extents(std::min(ticket->size, image->size()), [&](qint64 start, qint64 length, bool zero) {
            if (length <= 0)
                return;
            if (!list.isEmpty()) {
                QJsonObject last = list.last().toObject();
                if (last.value(QLatin1String("zero")).toBool() == zero) {
                    last.insert(QStringLiteral("length"), qint64(last.value(QLatin1String("length")).toDouble()) + length);
                    list.replace(list.size() - 1, last);
                    return;
                }
            }
            list.append(QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("length"), length},
                                    {QStringLiteral("zero"), zero}, {QStringLiteral("hole"), zero}});
        });
        if (!ok)
            return sendError(500, image->errorString());
        sendJson(QJsonDocument(list).toJson(QJsonDocument::Compact));
    }();
    m_tickets.end(ticketId, 0);
}
