#include "imageioserver.h"

#include "imageioconnection.h"

#include <unistd.h>

ImageioServer::ImageioServer(QObject *parent)
    : QTcpServer(parent)
{
}

ImageioServer::~ImageioServer()
{
    close();
    m_stopping = true;
    for (Worker &worker : m_workers) {
        if (worker.thread.joinable())
            worker.thread.join();
    }
}

bool ImageioServer::start(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    m_tls = tls;
    if (!listen(address, port))
        return false;
    QString host = address.toString();
    if (address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6 || address == QHostAddress::Any)
        host = QStringLiteral("[::1]");
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_baseUrl = (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':') + QString::number(serverPort());
    return true;
}

void ImageioServer::reap()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it->done->load()) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

void ImageioServer::incomingConnection(qintptr descriptor)
{
    reap();
    if (int(m_workers.size()) >= MaxConnections) {
        ::close(int(descriptor));
        return;
    }
    auto done = std::make_shared<std::atomic_bool>(false);
    TicketRegistry *tickets = &m_tickets;
    const std::optional<QSslConfiguration> tls = m_tls;
    const std::atomic_bool *stopping = &m_stopping;
    m_workers.push_back(Worker{std::thread([tickets, descriptor, tls, stopping, done] {
                                   {
                                       ImageioConnection connection(*tickets, descriptor, tls, *stopping);
                                       connection.run();
                                   }
                                   done->store(true);
                               }),
                               done});
}
