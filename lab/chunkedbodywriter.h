#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

/// Sends a streamed LabResponse body with HTTP/1.1 chunked transfer encoding, producing the next
/// piece only while the socket has little left to send. A 10,000-VM list (about 80 MB of XML)
/// thus never sits in memory whole, neither in the engine nor in the socket's buffer.
class ChunkedBodyWriter final : public QObject
{
    Q_OBJECT

public:
    /// Starts writing on \a socket (whose headers are written); the writer lives as long as the
    /// socket, or until the last chunk is written.
    static void start(QTcpSocket *socket, std::function<QByteArray()> next);

private:
    ChunkedBodyWriter(QTcpSocket *socket, std::function<QByteArray()> next);
    void pump();

    QTcpSocket *m_socket;
    std::function<QByteArray()> m_next;
};
