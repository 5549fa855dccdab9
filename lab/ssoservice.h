#pragma once

#include "labresponse.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

/// The engine's SSO side: the OAuth password grant, logout, and the check of the Authorization
/// header on API requests (Bearer token or Basic credentials). Only admin@internal exists.
/// Tokens live in memory: after a restart clients get 401 and log in again, as after an engine restart.
class SsoService final
{
public:
    explicit SsoService(const QString &adminPassword);

    /// POST /ovirt-engine/sso/oauth/token. \a parameters holds the form body merged with the query.
    LabResponse token(const QByteArray &acceptHeader, const QUrlQuery &parameters);
    /// POST /ovirt-engine/services/sso-logout.
    LabResponse logout(const QUrlQuery &parameters);
    /// True when \a authorization ("Bearer ..." or "Basic ...") may use the API.
    bool isAuthorized(const QByteArray &authorization);

    /// Parses an application/x-www-form-urlencoded body ('+' is a space there).
    static QUrlQuery parseForm(const QByteArray &body);

    static QString adminUser() { return QStringLiteral("admin@internal"); }

private:
    struct Session
    {
        QString user;
        QString scope;
        qint64 validToMs = 0;
    };

    static LabResponse error(const QString &code, const QString &description);
    /// Empty when the credentials are good, else the engine's error text.
    QString checkCredentials(const QString &user, const QString &password, QString *code) const;

    QString m_adminPassword;
    QHash<QByteArray, Session> m_sessions;
};
