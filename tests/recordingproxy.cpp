#include "recordingproxy.h"

#include <QRegularExpression>
#include <QTcpSocket>

RecordingProxy::RecordingProxy(quint16 targetPort, QObject *parent)
    : QTcpServer(parent)
    , m_targetPort(targetPort)
{
}

void RecordingProxy::incomingConnection(qintptr socketDescriptor)
{
    auto *client = new QTcpSocket(this);
    client->setSocketDescriptor(socketDescriptor);
    auto *target = new QTcpSocket(this);
    target->connectToHost(QHostAddress::LocalHost, m_targetPort);
    // Bytes from the client wait in the socket until the target is connected.
    auto forward = [this, client, target] {
        if (target->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray data = client->readAll();
        m_sent += data;
        target->write(data);
    };
    connect(client, &QTcpSocket::readyRead, this, forward);
    connect(target, &QTcpSocket::connected, this, forward);
    connect(target, &QTcpSocket::readyRead, this, [client, target] { client->write(target->readAll()); });
    connect(client, &QTcpSocket::disconnected, target, &QTcpSocket::disconnectFromHost);
    connect(target, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(target, &QTcpSocket::disconnected, target, &QObject::deleteLater);
}

QList<QByteArray> RecordingProxy::bearerTokens() const
{
    QList<QByteArray> tokens;
    static const QRegularExpression header(QStringLiteral("(?i)authorization:\\s*bearer\\s+(\\S+)"));
    for (auto it = header.globalMatch(QString::fromLatin1(m_sent)); it.hasNext();) {
        const QByteArray token = it.next().captured(1).toLatin1();
        if (!tokens.contains(token))
            tokens << token;
    }
    return tokens;
}
