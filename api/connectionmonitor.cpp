#include "connectionmonitor.h"

#include "client.h"

#include <QTimer>

namespace {

constexpr int kDefaultKeepAliveMs = 2 * 60 * 1000;

} // namespace

ConnectionMonitor::ConnectionMonitor(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retryTimer(new QTimer(this))
    , m_keepAliveTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    connect(m_keepAliveTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connected)
            probe();
    });
    m_keepAliveTimer->start(kDefaultKeepAliveMs);

    connect(client, &Client::connectionLost, this,
            [this](const ApiError &error) { connectionLost(error.text()); });
    // Some answer came back (a person's F5, say): check the session now instead of waiting.
    connect(client, &Client::connectionRestored, this, [this] {
        if (m_state == State::Lost && !m_probing) {
            m_retryTimer->stop();
            probe();
        }
    });
    connect(client, &Client::sessionRenewed, this, &ConnectionMonitor::sessionRenewed);
}

ConnectionMonitor::~ConnectionMonitor() = default;

int ConnectionMonitor::msUntilRetry() const
{
    return m_retryTimer->isActive() ? m_retryTimer->remainingTime() : -1;
}

void ConnectionMonitor::setRetryIntervals(int firstMs, int maxMs)
{
    m_firstRetryMs = qMax(1, firstMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxMs);
    m_nextRetryMs = m_firstRetryMs;
}

void ConnectionMonitor::setKeepAliveInterval(int ms)
{
    if (ms <= 0)
        m_keepAliveTimer->stop();
    else
        m_keepAliveTimer->start(ms);
}

void ConnectionMonitor::retryNow()
{
    if (m_state == State::Connected || m_probing)
        return;
    m_retryTimer->stop();
    probe();
}

void ConnectionMonitor::setState(State state, const QString &reason)
{
    m_reason = reason;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConnectionMonitor::connectionLost(const QString &reason)
{
    if (m_state == State::Lost)
        return;
    m_attempts = 0;
    m_nextRetryMs = m_firstRetryMs;
    setState(State::Lost, reason);
    scheduleRetry();
}

void ConnectionMonitor::scheduleRetry()
{
    m_retryTimer->start(m_nextRetryMs);
    m_nextRetryMs = qMin(m_nextRetryMs * 2, m_maxRetryMs);
}

void ConnectionMonitor::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    if (m_state != State::Connected)
        ++m_attempts;
    // The API root is small and needs a valid session: a 401 makes the Client renew the token.
    m_client->apiRoot(this, [this](Result<ApiRoot> result) {
        m_probing = false;
        if (result.ok()) {
            if (m_state != State::Connected) {
                setState(State::Connected, QString());
                emit reconnected();
            }
            return;
        }
        const ApiError &error = *result.error;
        if (error.kind == ApiError::Kind::Network) {
            if (m_state == State::Connected) {
                connectionLost(error.text()); // a keep-alive found it gone
            } else if (!m_retryTimer->isActive()) {
                m_reason = error.text();
                emit stateChanged(m_state); // same state, new reason and attempt count
                scheduleRetry();
            }
            return;
        }
        if (error.kind == ApiError::Kind::Auth || !m_client->isLoggedIn()) {
            // Retrying the same credentials would be refused again; a person has to log in.
            m_retryTimer->stop();
            setState(State::SignedOut, error.text());
            return;
        }
        // Any other answer (a fault, an HTTP error) still means the manager is there.
        if (m_state != State::Connected) {
            setState(State::Connected, QString());
            emit reconnected();
        }
    });
}
