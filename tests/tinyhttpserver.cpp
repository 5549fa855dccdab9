#include "tinyhttpserver.h"

#include <QTcpSocket>

TinyHttpServer::TinyHttpServer(Handler respond, QObject *parent) : QTcpServer(parent), m_respond(std::move(respond))
{
    connect(this, &QTcpServer::newConnection, this, &TinyHttpServer::serve);
}

bool TinyHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray TinyHttpServer::apiUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort()) + "/ovirt-engine/api";
}

void TinyHttpServer::serve()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            // Wait for the body too (a token request has one), then answer once.
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QByteArray path = requestLine.value(1).split('?').value(0);
            const Response response = m_respond(requestLine.value(0), path);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            if (!response.contentType.isEmpty())
                out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
            out += response.body;
            socket->write(out);
            socket->disconnectFromHost();
            buffer->clear();
        });
    }
}
