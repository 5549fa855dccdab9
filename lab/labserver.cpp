#include "labserver.h"

#include "chunkedbodywriter.h"

#include "faultreply.h"
#include "pkiservice.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QPointer>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace {

const QString ApiPrefix = QStringLiteral("/ovirt-engine/api");

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

/// Query parameters as the servlet container decodes them: '+' is a space (the Python SDK
/// sends search=name%3Dweb*+and+... through urlencode).
QUrlQuery decodedQuery(const QUrl &url)
{
    QString raw = url.query(QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(raw);
}

/// The engine keeps [0-9a-zA-Z_-] of a caller's correlation id, at most 36 characters.
QByteArray correlationId(const QByteArray &requested)
{
    QByteArray kept;
    for (const char c : requested) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')
            kept += c;
    }
    kept.truncate(36);
    return kept.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : kept;
}

/// What the engine's auth filter answers without valid credentials: HTML, no correlation id.
LabResponse unauthorized()
{
    LabResponse response;
    response.status = 401;
    response.setHeader("Content-Type", "text/html;charset=UTF-8");
    response.setHeader("WWW-Authenticate", "Basic realm=\"RESTAPI\"");
    response.body = "<html><head><title>Error</title></head><body>Unauthorized</body></html>";
    return response;
}

/// Apache httpd's answer to a body over LimitRequestBody (it stands in front of every engine).
LabResponse tooLarge()
{
    LabResponse response;
    response.status = 413;
    response.setHeader("Content-Type", "text/html; charset=iso-8859-1");
    response.body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>413 Request Entity Too Large</title>\n"
                    "</head><body>\n<h1>Request Entity Too Large</h1>\nThe requested resource does not allow request data with "
                    "POST requests, or the amount of data provided in\nthe request exceeds the capacity limit.\n</body></html>\n";
    return response;
}

/// The engine's answer to an unexpected exception (--faults error500): its fault form.
LabResponse internalError()
{
    return FaultReply::plain(500, QStringLiteral("Operation Failed"), QStringLiteral("[Internal Engine Error]"));
}

/// Turns a deferred or streamed answer into a whole one, then hands it to \a done.
void whole(LabResponse response, const LabResponse::Reply &done)
{
    if (response.deferred) {
        auto start = std::move(response.deferred);
        start([done](const LabResponse &late) { whole(late, done); });
        return;
    }
    if (response.stream) {
        for (QByteArray piece = response.stream(); !piece.isEmpty(); piece = response.stream())
            response.body += piece;
        response.stream = nullptr;
    }
    done(response);
}

/// Closes once what was written has gone out; later, because the HTTP server is still reading
/// from the socket when a handler runs.
void closeLater(QTcpSocket *socket)
{
    QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace

LabServer::LabServer(LabDatabase &db, QemuImg &qemu, const QString &dataDir, const QString &adminPassword, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_sso(adminPassword)
    , m_api(db, qemu, dataDir)
{
}

bool LabServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (m_faults.enabled() && (path == ApiPrefix || path.startsWith(ApiPrefix + QLatin1Char('/')) || path.startsWith(ApiPrefix + QLatin1Char(';')))) {
        const FaultInjector::Fault fault = m_faults.next(methodName(request.method()));
        if (fault.kind != FaultInjector::Kind::None) {
            std::fprintf(stderr, "diskdesk-lab: %s\n", qPrintable(FaultInjector::describe(fault, methodName(request.method()), path)));
            handleFaulty(request, socket, fault);
            return true;
        }
    }
    LabResponse response = request.body().size() > MaxBodyBytes
        ? tooLarge()
        : respond(methodName(request.method()), request.url(), request.headers(), request.body(), request.remoteAddress().toString());
    if (response.deferred) {
        // The responder cannot outlive this call (it refers to the request), so the late answer
        // is written as plain HTTP/1.1 on the socket, if the client is still there.
        QPointer<QTcpSocket> guard(socket);
        const bool head = request.method() == QHttpServerRequest::Method::Head;
        response.deferred([guard, head](const LabResponse &late) {
            if (guard)
                writeLate(guard, late, head);
        });
        return true;
    }
    write(request, socket, response);
    return true;
}

void LabServer::handleFaulty(const QHttpServerRequest &request, QTcpSocket *socket, const FaultInjector::Fault &fault)
{
    using Kind = FaultInjector::Kind;
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const QByteArray method = methodName(request.method());
    const QUrl url = request.url();
    const auto headers = request.headers();
    const QByteArray body = request.body();
    const QString peer = request.remoteAddress().toString();
    QPointer<QTcpSocket> guard(socket);
    if (fault.phase == FaultInjector::Phase::Before) {
        switch (fault.kind) {
        case Kind::Error500:
            write(request, socket, internalError());
            return;
        case Kind::Drop:
            closeLater(socket);
            return;
        case Kind::Truncate:
            // Nothing was handled: a front end that gave up in the middle of its error page.
            sendDamaged(socket, internalError(), head, fault);
            return;
        case Kind::Delay:
            // The request is only handled when the delay is over.
            QTimer::singleShot(std::chrono::milliseconds(fault.delayMs), socket, [this, guard, method, url, headers, body, peer, head] {
                whole(body.size() > MaxBodyBytes ? tooLarge() : respond(method, url, headers, body, peer), [guard, head](const LabResponse &answer) {
                    if (guard)
                        writeLate(guard, answer, head);
                });
            });
            return;
        case Kind::None:
            break;
        }
    }
    // After: the request is handled now (the operation happens); its answer is late, replaced
    // by a 500, cut short or never sent.
    whole(body.size() > MaxBodyBytes ? tooLarge() : respond(method, url, headers, body, peer), [guard, head, fault](const LabResponse &answer) {
        if (!guard)
            return;
        if (fault.kind == Kind::Delay) {
            QTimer::singleShot(std::chrono::milliseconds(fault.delayMs), guard, [guard, answer, head] {
                if (guard)
                    writeLate(guard, answer, head);
            });
            return;
        }
        sendDamaged(guard, answer, head, fault);
    });
}

void LabServer::sendDamaged(QTcpSocket *socket, const LabResponse &response, bool head, const FaultInjector::Fault &fault)
{
    switch (fault.kind) {
    case FaultInjector::Kind::Error500:
        writeLate(socket, internalError(), head);
        return;
    case FaultInjector::Kind::Drop:
        socket->write(wire(response, head).left(fault.keepBytes));
        closeLater(socket);
        return;
    case FaultInjector::Kind::Truncate: {
        // The whole header block (with the full Content-Length), half of the body. An empty
        // body cannot be cut: the header block is then.
        const QByteArray out = wire(response, head);
        const qsizetype headerEnd = out.indexOf("\r\n\r\n") + 4;
        const qsizetype bodySize = out.size() - headerEnd;
        socket->write(out.left(bodySize >= 2 ? headerEnd + bodySize / 2 : headerEnd / 2));
        closeLater(socket);
        return;
    }
    case FaultInjector::Kind::Delay:
    case FaultInjector::Kind::None:
        writeLate(socket, response, head);
        return;
    }
}

void LabServer::writeLate(QTcpSocket *socket, const LabResponse &response, bool head)
{
    socket->write(wire(response, head));
}

QByteArray LabServer::wire(const LabResponse &response, bool head)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"}, {201, "Created"}, {202, "Accepted"}, {400, "Bad Request"},
                                                {401, "Unauthorized"}, {404, "Not Found"}, {405, "Method Not Allowed"},
                                                {409, "Conflict"}, {413, "Request Entity Too Large"},
                                                {500, "Internal Server Error"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasons.value(response.status, "Status") + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (!head)
        out += response.body;
    return out;
}

void LabServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers everything.
    write(request, socket, LabResponse::empty(404));
}

void LabServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const LabResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    if (response.stream) {
        responder.writeHeader("Transfer-Encoding", "chunked");
        responder.writeBody(QByteArray()); // ends the header block
        if (request.method() != QHttpServerRequest::Method::Head)
            ChunkedBodyWriter::start(socket, response.stream);
        return;
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : response.body);
}

LabResponse LabServer::respond(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body, const QString &peer)
{
    const QString path = url.path();
    if (path == QLatin1String("/ovirt-engine/sso/oauth/token") && method == "POST") {
        // The servlet reads request parameters: the form body and the query string alike.
        QUrlQuery parameters = SsoService::parseForm(body);
        for (const auto &item : decodedQuery(url).queryItems(QUrl::FullyEncoded))
            parameters.addQueryItem(item.first, item.second);
        return m_sso.token(headerValue(headers, "Accept"), parameters, peer);
    }
    if (path == QLatin1String("/ovirt-engine/services/sso-logout") && method == "POST")
        return m_sso.logout(SsoService::parseForm(body));
    // Public like the engine's: a client fetches the CA before it trusts the connection.
    if (path == QLatin1String("/ovirt-engine/services/pki-resource") && method == "GET" && m_pki)
        return m_pki->resource(decodedQuery(url));
    if (path == ApiPrefix || path.startsWith(ApiPrefix + QLatin1Char('/')) || path.startsWith(ApiPrefix + QLatin1Char(';')))
        return respondApi(method, url, headers, body, peer);
    return LabResponse::empty(404);
}

LabResponse LabServer::respondApi(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body, const QString &peer)
{
    qint64 delayMs = 0;
    const bool allowed = m_sso.isAuthorized(headerValue(headers, "Authorization"), peer, &delayMs);
    if (delayMs > 0) {
        // Basic credentials after repeated bad passwords: the answer waits for its turn (a timer;
        // other clients are served meanwhile), and is computed then.
        LabResponse response;
        QPointer<LabServer> self(this);
        response.deferred = [self, allowed, delayMs, method, url, headers, body](const LabResponse::Reply &reply) {
            QTimer::singleShot(std::chrono::milliseconds(delayMs), self, [self, allowed, method, url, headers, body, reply] {
                LabResponse answer = allowed ? self->respondAuthorized(method, url, headers, body) : unauthorized();
                if (answer.deferred)
                    return answer.deferred(reply);
                if (answer.stream) {
                    // A late answer is written whole (writeLate).
                    for (QByteArray piece = answer.stream(); !piece.isEmpty(); piece = answer.stream())
                        answer.body += piece;
                    answer.stream = nullptr;
                }
                reply(answer);
            });
        };
        return response;
    }
    if (!allowed)
        return unauthorized(); // the engine's auth filter answers before the API layer
    return respondAuthorized(method, url, headers, body);
}

LabResponse LabServer::respondAuthorized(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                         const QByteArray &body)
{
    QStringList segments = url.path().mid(ApiPrefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Matrix parameters of the last segment (/events;from=12) count when the query lacks them
    // (NOTES §0.3: query string first, then matrix).
    QUrlQuery query = decodedQuery(url);
    if (!segments.isEmpty()) {
        const QStringList matrix = segments.last().split(QLatin1Char(';')).mid(1);
        for (const QString &parameter : matrix) {
            const QString name = QUrl::fromPercentEncoding(parameter.section(QLatin1Char('='), 0, 0).toUtf8());
            if (!name.isEmpty() && !query.hasQueryItem(name))
                query.addQueryItem(name, parameter.section(QLatin1Char('='), 1));
        }
    }
    for (QString &segment : segments)
        segment = segment.section(QLatin1Char(';'), 0, 0);
    segments.removeAll(QString());
    // The caller's tag: the correlation_id query parameter, else the Correlation-Id header.
    const QByteArray requestedCorrelation = query.hasQueryItem(QStringLiteral("correlation_id"))
        ? query.queryItemValue(QStringLiteral("correlation_id"), QUrl::FullyDecoded).toUtf8()
        : headerValue(headers, "Correlation-Id");
    const QByteArray correlation = correlationId(requestedCorrelation);

    // Version: a /v4 path prefix or the Version header; only 4 is served (v3 looks different).
    QByteArray version = headerValue(headers, "Version");
    if (!segments.isEmpty() && (segments.first() == QLatin1String("v3") || segments.first() == QLatin1String("v4"))) {
        version = segments.takeFirst().mid(1).toLatin1();
    }
    LabResponse response;
    if (!version.isEmpty() && version != "4") {
        response = LabResponse::empty(400);
    } else {
        const QByteArray host = headerValue(headers, "Host");
        const QByteArray scheme = m_pki ? "https://" : "http://";
        response = m_api.handle(method, segments, query, scheme + (host.isEmpty() ? QByteArray("127.0.0.1") : host), body,
                                QString::fromLatin1(correlation));
    }
    if (response.deferred) {
        // The late answer gets the same headers as an immediate one.
        auto start = std::move(response.deferred);
        response.deferred = [start, correlation](const LabResponse::Reply &reply) {
            start([reply, correlation](const LabResponse &late) {
                LabResponse answer = late;
                if (answer.header("Content-Type").isEmpty())
                    answer.setHeader("Content-Type", "application/xml");
                answer.setHeader("Correlation-Id", correlation);
                reply(answer);
            });
        };
        return response;
    }
    if (response.header("Content-Type").isEmpty())
        response.setHeader("Content-Type", "application/xml");
    response.setHeader("Correlation-Id", correlation);
    return response;
}
