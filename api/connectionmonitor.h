#pragma once

#include <QObject>
#include <QString>

class Client;
class QTimer;

/// Notices when a logged-in Client's manager goes away and brings the session back by itself.
///
/// A request that gets no answer (Client::connectionLost) switches to Lost; from then on the API
/// root is read again with a growing pause (first, doubled each time, up to max) until it
/// answers. The Client renews the token on the way if the manager forgot it (an engine restart),
/// so a manager that comes back gives reconnected() and the views just re-read what they show.
/// While connected, a keep-alive read every few minutes notices a manager that went away while
/// nobody clicked anything.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connected,
        Lost,      ///< no answer; retrying
        SignedOut, ///< the manager answered but refused the remembered credentials; no retries
    };
    Q_ENUM(State)

    explicit ConnectionMonitor(Client *client, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    State state() const { return m_state; }
    /// Why the connection is lost or signed out (a sentence for a person); empty when connected.
    QString reason() const { return m_reason; }
    /// Retries since the connection was lost.
    int attempts() const { return m_attempts; }
    /// Milliseconds until the next retry, -1 when none is scheduled.
    int msUntilRetry() const;

    void setRetryIntervals(int firstMs, int maxMs);
    /// 0 turns the keep-alive off.
    void setKeepAliveInterval(int ms);

    /// Retries at once (the person clicked "Reconnect now").
    void retryNow();

signals:
    void stateChanged(ConnectionMonitor::State state);
    /// The session works again after a loss: views should re-read their contents.
    void reconnected();
    /// The manager had forgotten the session (restart) and a new token was obtained.
    void sessionRenewed();

private:
    void setState(State state, const QString &reason);
    void connectionLost(const QString &reason);
    void probe();
    void scheduleRetry();

    Client *m_client;
    QTimer *m_retryTimer;
    QTimer *m_keepAliveTimer;
    State m_state = State::Connected;
    QString m_reason;
    int m_attempts = 0;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 30000;
    int m_nextRetryMs = 1000;
    bool m_probing = false;
};
