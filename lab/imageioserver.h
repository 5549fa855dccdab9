#pragma once

#include "ticketregistry.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <atomic>
#include <list>
#include <optional>
#include <thread>

/// The lab's ovirt-imageio daemon: its own port (the real one listens on 54322, beside the
/// engine), same address and same TLS as the API. Each connection is served on a thread of its
/// own (ImageioConnection) so that image data never passes through the engine's event loop.
/// The engine adds and removes tickets through tickets().
class ImageioServer final : public QTcpServer
{
    Q_OBJECT

public:
    /// More simultaneous connections than this are closed at once.
    static constexpr int MaxConnections = 32;

    explicit ImageioServer(QObject *parent = nullptr);
    ~ImageioServer() override;

    /// \a tls: serve HTTPS with it; nothing: plain HTTP (the lab's --http mode).
    bool start(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    /// "https://127.0.0.1:PORT" (the scheme and address clients use), once started.
    QString baseUrl() const { return m_baseUrl; }

    TicketRegistry &tickets() { return m_tickets; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void reap();

    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic_bool> done;
    };

    TicketRegistry m_tickets;
    std::optional<QSslConfiguration> m_tls;
    QString m_baseUrl;
    std::atomic_bool m_stopping{false};
    std::list<Worker> m_workers;
};
