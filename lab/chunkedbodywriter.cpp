#include "chunkedbodywriter.h"

#include <QTcpSocket>

namespace {
// Enough queued bytes to keep a loopback connection busy between two wake-ups.
constexpr qint64 HighWater = 1 << 20;
}

void ChunkedBodyWriter::start(QTcpSocket *socket, std::function<QByteArray()> next)
{
    auto *writer = new ChunkedBodyWriter(socket, std::move(next));
    writer->pump();
}

ChunkedBodyWriter::ChunkedBodyWriter(QTcpSocket *socket, std::function<QByteArray()> next)
    : QObject(socket)
    , m_socket(socket)
    , m_next(std::move(next))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &ChunkedBodyWriter::pump);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void ChunkedBodyWriter::pump()
{
    if (!m_next)
        return;
    while (m_socket->bytesToWrite() < HighWater) {
        const QByteArray piece = m_next();
        if (piece.isEmpty()) {
            m_socket->write("0\r\n\r\n");
            m_next = nullptr;
            deleteLater();
            return;
        }
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n");
        m_socket->write(piece);
        m_socket->write("\r\n");
    }
}
