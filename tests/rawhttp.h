#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslCertificate>

/// One HTTP/1.1 exchange over a fresh socket, written byte for byte by the test: request targets
/// that QUrl would normalise or refuse (`..`, `%00`, raw NUL), any method, any body size. Used by
/// the tests that poke diskdesk-lab with hostile input and check its access rules.
class RawHttp final
{
public:
    struct Response
    {
        int status = 0; ///< 0: no answer (connection refused, closed or timed out)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 elapsedMs = 0;
        QByteArray header(const QByteArray &name) const;
    };

    /// \a port on 127.0.0.1; TLS when \a ca is not null (the lab's own CA, nothing else trusted).
    RawHttp(quint16 port, const QSslCertificate &ca = QSslCertificate());

    /// Connect from this local address (another 127.x.y.z, to look like another client).
    void setSourceAddress(const QHostAddress &address) { m_source = address; }

    /// Sends "METHOD TARGET HTTP/1.1" with Host, Content-Length (when there is a body or for
    /// POST/PUT), \a extraHeaders ("Name: value" lines) and \a body, and reads the answer.
    Response send(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &extraHeaders = {},
                  const QByteArray &body = {}, int timeoutMs = 60000) const;

    /// The OAuth password grant; the JSON answer in body.
    Response token(const QByteArray &user, const QByteArray &password, int timeoutMs = 60000) const;

private:
    quint16 m_port;
    QSslCertificate m_ca;
    QHostAddress m_source;
};
