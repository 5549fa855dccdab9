#include "droppingproxy.h"

#include <QTcpSocket>

DroppingProxy::DroppingProxy(quint16 targetPort, Direction direction, qint64 dropAfterBytes, QObject *parent)
    : QTcpServer(parent), m_targetPort(targetPort), m_direction(direction), m_dropAfter(dropAfterBytes)
{
}

void DroppingProxy::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    auto *client = new QTcpSocket(this);
    client->setSocketDescriptor(socketDescriptor);
    auto *server = new QTcpSocket(this);
    server->connectToHost(QHostAddress::LocalHost, m_targetPort);

    const auto breakBoth = [client, server] {
        client->abort();
        server->abort();
        client->deleteLater();
        server->deleteLater();
    };
    const auto forward = [this, breakBoth](QTcpSocket *from, QTcpSocket *to, Direction direction) {
        if (to->state() != QAbstractSocket::ConnectedState)
            return; // the client's first bytes wait until the server side is up
        const QByteArray data = from->readAll();
        if (!m_dropped && direction == m_direction) {
            m_counted += data.size();
            if (m_counted >= m_dropAfter) {
                m_dropped = true;
                // Deliver everything up to the threshold first, so that the peer sees its
                // answer stop in the middle rather than a connection that died between two.
                to->write(data.left(data.size() - (m_counted - m_dropAfter)));
                for (int i = 0; i < 200 && to->bytesToWrite() > 0; ++i)
                    to->waitForBytesWritten(50);
                breakBoth();
                return;
            }
        }
        to->write(data);
    };
    connect(client, &QTcpSocket::readyRead, this, [=] { forward(client, server, Direction::ClientToServer); });
    connect(server, &QTcpSocket::readyRead, this, [=] { forward(server, client, Direction::ServerToClient); });
    connect(server, &QTcpSocket::connected, this, [=] { forward(client, server, Direction::ClientToServer); });
    connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
    connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(server, &QTcpSocket::disconnected, server, &QObject::deleteLater);
}
