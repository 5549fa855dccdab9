#pragma once

#include "labresponse.h"
#include "loginthrottle.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QUrlQuery>

/// The engine's SSO side: the OAuth password grant, logout, and the check of the Authorization
/// header on API requests (Bearer token or Basic credentials). Only admin@internal exists.
/// Tokens live in memory: after a restart clients get 401 and log in again, as after an engine restart.
/// They expire after tokenLifetimeSeconds() (the `exp` of the token reply says when); every
/// password check goes through a LoginThrottle, so repeated bad passwords are answered ever later.
class SsoService final
{
public:
    /// Like the engine's default SSO session: hours, not minutes.
    static constexpr qint64 DefaultTokenLifetimeSeconds = qint64(10) * 60 * 60;

    explicit SsoService(const QString &adminPassword);

    /// diskdesk-lab --token-ttl: how long a new token is valid.
    void setTokenLifetimeSeconds(qint64 seconds) { m_tokenLifetimeSeconds = seconds; }
    qint64 tokenLifetimeSeconds() const { return m_tokenLifetimeSeconds; }

    /// POST /ovirt-engine/sso/oauth/token from \a peer (the client's address). \a parameters holds
    /// the form body merged with the query. After repeated bad passwords the answer is deferred.
    LabResponse token(const QByteArray &acceptHeader, const QUrlQuery &parameters, const QString &peer);
    /// POST /ovirt-engine/services/sso-logout.
    LabResponse logout(const QUrlQuery &parameters);
    /// True when \a authorization ("Bearer ..." or "Basic ...") may use the API. Basic credentials
    /// are a password check like the token endpoint's: \a delayMs tells how long the answer must
    /// wait (0 for tokens and for users without recent failures).
    bool isAuthorized(const QByteArray &authorization, const QString &peer, qint64 *delayMs);

    /// Parses an application/x-www-form-urlencoded body ('+' is a space there).
    static QUrlQuery parseForm(const QByteArray &body);

    static QString adminUser() { return QStringLiteral("admin@internal"); }

private:
    struct Session
    {
        QString user;
        QString scope;
        QDeadlineTimer expiry; ///< monotonic: --fixed-time does not stop tokens from expiring
    };

    static LabResponse error(const QString &code, const QString &description);
    /// Empty when the credentials are good, else the engine's error text.
    QString checkCredentials(const QString &user, const QString &password, QString *code) const;

    /// checkCredentials() through the throttle: the check's outcome now, its answer after *delayMs.
    QString throttledCheck(const QString &user, const QString &password, const QString &peer, QString *code, qint64 *delayMs);

    QString m_adminPassword;
    qint64 m_tokenLifetimeSeconds = DefaultTokenLifetimeSeconds;
    QHash<QByteArray, Session> m_sessions;
    LoginThrottle m_throttle;
};
