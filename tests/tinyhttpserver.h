#pragma once

#include <QByteArray>
#include <QTcpServer>

#include <functional>

/// A few lines of HTTP/1.1 on 127.0.0.1 for peers the lab must not imitate: a web server that
/// is not an oVirt API, a manager that only speaks API v3. Answers every request through
/// `respond` and closes the connection.
class TinyHttpServer final : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };
    using Handler = std::function<Response(const QByteArray &method, const QByteArray &path)>;

    explicit TinyHttpServer(Handler respond, QObject *parent = nullptr);

    /// Listens on a free loopback port; the API URL to give a client.
    bool start();
    QByteArray apiUrl() const;

private:
    void serve();

    Handler m_respond;
};
