#pragma once

#include <QByteArray>
#include <QTcpServer>

/// A TCP forwarder on 127.0.0.1 that records every byte clients send: the test reads the bearer
/// tokens a client really used off the wire (plain HTTP), to look for them afterwards in its logs
/// and files. Runs in the test's event loop.
class RecordingProxy final : public QTcpServer
{
    Q_OBJECT

public:
    explicit RecordingProxy(quint16 targetPort, QObject *parent = nullptr);

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    /// Everything clients sent, all connections one after the other.
    QByteArray sent() const { return m_sent; }
    /// The distinct tokens seen in "Authorization: Bearer" headers.
    QList<QByteArray> bearerTokens() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    quint16 m_targetPort;
    QByteArray m_sent;
};
