#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class ImageBackend;
class QTcpSocket;
class TicketRegistry;
struct ImageTicket;

/// One client connection of the lab's imageio endpoint, served on its own thread with blocking
/// socket calls (HTTP/1.1 keep-alive, TLS when the lab serves HTTPS). It speaks ovirt-imageio's
/// /images protocol (NOTES §13.2) on the image a ticket names (its volume file, or the guest data
/// of a qcow2 chain through qemu-nbd): OPTIONS, GET with Range,
/// PUT with Content-Range, PATCH zero/flush, GET .../extents. Bodies are streamed between the
/// socket and the file in pieces of at most PieceBytes: an image never sits in memory.
class ImageioConnection final
{
public:
    static constexpr qint64 PieceBytes = qint64(1) << 20;
    /// A connection idle this long between requests is closed.
    static constexpr int IdleTimeoutMs = 120000;

    ImageioConnection(TicketRegistry &tickets, qintptr descriptor, const std::optional<QSslConfiguration> &tls,
                      const std::atomic_bool &stopping);
    ~ImageioConnection();

    /// Serves requests until the client closes, the connection idles out or the lab stops.
    void run();

private:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
        qint64 contentLength = 0;  ///< -1: none given
    };

    bool waitForData(int timeoutMs);
    bool readHead(Request *request, bool *malformed);
    /// Reads exactly \a length bytes of body (small bodies only: PATCH JSON).
    bool readBody(qint64 length, QByteArray *out);
    bool discard(qint64 length);
    bool writeAll(const QByteArray &data);
    /// Waits until everything queued for the client has left (or the client is gone).
    void flushOut();
    void send(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    void sendError(int status, const QString &message, const QByteArray &contentRange = {});
    void sendJson(const QByteArray &json, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void handle(Request &request);
    void options(const Request &request, const QString &ticketId);
    void get(const Request &request, const QString &ticketId);
    void put(Request &request, const QString &ticketId);
    void patch(Request &request, const QString &ticketId);
    void extents(const Request &request, const QString &ticketId);
    /// Looks the ticket up for an operation; answers 403 itself when it cannot be used.
    std::optional<ImageTicket> authorize(const Request &request, const QString &ticketId, bool write);
    /// Before the body of a refused request has been read: it is skipped when small, else the
    /// connection closes after the answer.
    void refuseBody(const Request &request);
    /// The file or NBD backend of \a ticket (kept for the connection's next requests); answers
    /// 500 itself and returns null when it cannot be opened.
    ImageBackend *backend(const ImageTicket &ticket);

    TicketRegistry &m_tickets;
    std::unique_ptr<QTcpSocket> m_socket;
    const std::atomic_bool &m_stopping;
    QByteArray m_buffer;      ///< bytes read from the socket and not used yet
    bool m_close = false;     ///< close the connection after the current answer
    std::unique_ptr<ImageBackend> m_backend;
    QString m_backendKey;
    bool m_bodyRefused = false; ///< the current request's body was skipped (or is being read as data)
};
