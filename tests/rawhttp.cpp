#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

#include <memory>

QByteArray RawHttp::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttp::RawHttp(quint16 port, const QSslCertificate &ca)
    : m_port(port)
    , m_ca(ca)
{
}

RawHttp::Response RawHttp::send(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &extraHeaders,
                                const QByteArray &body, int timeoutMs) const
{
    Response response;
    QElapsedTimer timer;
    timer.start();
    QDeadlineTimer deadline(timeoutMs);
    QSslSocket socket;
    if (!m_source.isNull() && !socket.bind(m_source))
        return response;
    if (m_ca.isNull()) {
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(int(deadline.remainingTime())))
            return response;
    } else {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_ca});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        if (!socket.waitForEncrypted(int(deadline.remainingTime())))
            return response;
    }

    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (const QByteArray &line : extraHeaders)
        request += line + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    socket.write(request);
    // Large bodies go out in pieces, so that a server that answers early is noticed.
    for (qsizetype at = 0; at < body.size(); at += 1 << 20) {
        socket.write(body.mid(at, 1 << 20));
        while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
            socket.waitForBytesWritten(int(qMin<qint64>(deadline.remainingTime(), 1000)));
    }

    QByteArray in;
    qsizetype headerEnd = -1;
    auto readMore = [&] {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 1000))))
            && (socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired()))
            return false;
        in += socket.readAll();
        return true;
    };
    while ((headerEnd = in.indexOf("\r\n\r\n")) < 0) {
        if (!readMore())
            return response;
    }
    const QList<QByteArray> lines = in.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    in.remove(0, headerEnd + 4);
    if (method != "HEAD") {
        if (response.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) == 0) {
            for (;;) {
                qsizetype lineEnd;
                while ((lineEnd = in.indexOf("\r\n")) < 0) {
                    if (!readMore())
                        return response;
                }
                const qsizetype size = in.left(lineEnd).toLongLong(nullptr, 16);
                while (in.size() < lineEnd + 2 + size + 2) {
                    if (!readMore())
                        return response;
                }
                response.body += in.mid(lineEnd + 2, size);
                in.remove(0, lineEnd + 2 + size + 2);
                if (size == 0)
                    break;
            }
        } else {
            const qsizetype length = response.header("Content-Length").toLongLong();
            while (in.size() < length) {
                if (!readMore())
                    return response;
            }
            response.body = in.left(length);
        }
    }
    response.status = statusLine.value(1).toInt();
    response.elapsedMs = timer.elapsed();
    return response;
}

RawHttp::Response RawHttp::token(const QByteArray &user, const QByteArray &password, int timeoutMs) const
{
    const QByteArray form = "grant_type=password&scope=ovirt-app-api&username=" + QUrl::toPercentEncoding(user)
        + "&password=" + QUrl::toPercentEncoding(password);
    return send("POST", "/ovirt-engine/sso/oauth/token",
                {"Accept: application/json", "Content-Type: application/x-www-form-urlencoded"}, form, timeoutMs);
}
