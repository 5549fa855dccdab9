#pragma once

#include <QTcpServer>

/// A TCP forwarder on 127.0.0.1 in front of one port that breaks the connection ONCE: when the
/// bytes forwarded in the chosen direction pass a threshold, both sides are aborted mid-stream,
/// the way a network drop looks to a client. Every later connection is forwarded untouched.
/// Works for TLS too (it forwards the encrypted bytes). Runs in the test's event loop.
class DroppingProxy final : public QTcpServer
{
    Q_OBJECT
public:
    enum class Direction { ClientToServer, ServerToClient };

    DroppingProxy(quint16 targetPort, Direction direction, qint64 dropAfterBytes, QObject *parent = nullptr);

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    /// Where the next connections go (the ticket URL's port, known only once the transfer runs).
    void setTargetPort(quint16 port) { m_targetPort = port; }
    bool dropped() const { return m_dropped; }
    int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    quint16 m_targetPort;
    Direction m_direction;
    qint64 m_dropAfter;
    qint64 m_counted = 0;
    bool m_dropped = false;
    int m_connections = 0;
};
