#include "ssoservice.h"

#include "labclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// The scope the engine grants for ovirt-app-api: the request expanded with its dependencies
// (engine table sso_scope_dependency).
const char ApiScopeExpansion[] = "ovirt-ext=token-info:authz-search ovirt-ext=token-info:public-authz-search "
                                 "ovirt-ext=token-info:validate ovirt-ext=token:password-access";

QByteArray jsonString(const QString &text)
{
    // QJsonDocument escapes properly; strip the array brackets around the single value.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString parameter(const QUrlQuery &parameters, const QString &name)
{
    return parameters.queryItemValue(name, QUrl::FullyDecoded);
}

/// \a answer, sent \a delayMs from now by a timer (the server thread keeps serving meanwhile).
LabResponse later(const LabResponse &answer, qint64 delayMs)
{
    if (delayMs <= 0)
        return answer;
    LabResponse response;
    response.deferred = [answer, delayMs](const LabResponse::Reply &reply) {
        QTimer::singleShot(std::chrono::milliseconds(delayMs), [answer, reply] { reply(answer); });
    };
    return response;
}

} // namespace

SsoService::SsoService(const QString &adminPassword)
    : m_adminPassword(adminPassword)
{
}

QUrlQuery SsoService::parseForm(const QByteArray &body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded.trimmed()));
}

LabResponse SsoService::error(const QString &code, const QString &description)
{
    // Password-grant failures use the {"error", "error_description"} layout (NOTES §1.2).
    return LabResponse::json("{\"error\":" + jsonString(code) + ",\"error_description\":" + jsonString(description) + '}', 400);
}

LabResponse SsoService::token(const QByteArray &acceptHeader, const QUrlQuery &parameters, const QString &peer)
{
    // The engine compares the header literally (SsoService.validateClientAcceptHeader).
    if (acceptHeader != "application/json")
        return error(QStringLiteral("invalid_request"), QStringLiteral("Missing parameter: 'Accept Header'"));

    if (!parameters.hasQueryItem(QStringLiteral("grant_type")))
        return error(QStringLiteral("invalid_request"), QStringLiteral("Missing parameter: 'grant_type'"));
    const QString grantType = parameter(parameters, QStringLiteral("grant_type"));
    if (grantType != QLatin1String("password"))
        return error(QStringLiteral("unsupported_grant_type"), QStringLiteral("The authorization grant type is not supported by the authorization server."));
    for (const QString &name : {QStringLiteral("username"), QStringLiteral("password")}) {
        if (!parameters.hasQueryItem(name))
            return error(QStringLiteral("invalid_request"), QStringLiteral("Missing parameter: '%1'").arg(name));
    }

    QString code;
    qint64 delayMs = 0;
    const QString user = parameter(parameters, QStringLiteral("username"));
    const QString failure = throttledCheck(user, parameter(parameters, QStringLiteral("password")), peer, &code, &delayMs);
    if (!failure.isEmpty())
        return later(error(code, failure), delayMs);

    // Like the engine, a token is issued for whatever scope was asked; only a token whose scope
    // contains ovirt-app-api is accepted by the API (checked in isAuthorized()).
    QString scope = parameter(parameters, QStringLiteral("scope")).simplified();
    if (scope.split(QLatin1Char(' ')).contains(QLatin1String("ovirt-app-api")))
        scope += QLatin1Char(' ') + QLatin1String(ApiScopeExpansion);

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / int(sizeof(quint32)));
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    // exp is in the lab's clock (--fixed-time moves it), the expiry itself in real elapsed time.
    const qint64 validTo = LabClock::nowMs() + m_tokenLifetimeSeconds * 1000;
    m_sessions.insert(token, Session{user, scope, QDeadlineTimer(std::chrono::seconds(m_tokenLifetimeSeconds))});

    return later(LabResponse::json("{\"access_token\":" + jsonString(QString::fromLatin1(token)) + ",\"scope\":" + jsonString(scope)
                             + ",\"exp\":" + jsonString(QString::number(validTo)) + ",\"token_type\":\"bearer\"}"),
                 delayMs);
}

LabResponse SsoService::logout(const QUrlQuery &parameters)
{
    m_sessions.remove(parameter(parameters, QStringLiteral("token")).toLatin1());
    return LabResponse::json("{}");
}

QString SsoService::checkCredentials(const QString &user, const QString &password, QString *code) const
{
    *code = QStringLiteral("access_denied");
    const qsizetype at = user.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || user.mid(at + 1) != QLatin1String("internal"))
        return QStringLiteral("No valid profile found in credentials.");
    if (user != adminUser() || password != m_adminPassword) {
        // Two dots: the engine appends "." to a message that already ends with one.
        return QStringLiteral("Cannot authenticate user '%1': Unable to log in. Verify your login information or "
                              "contact the system administrator..")
            .arg(user);
    }
    return {};
}

QString SsoService::throttledCheck(const QString &user, const QString &password, const QString &peer, QString *code, qint64 *delayMs)
{
    *delayMs = m_throttle.takeSlot(user, peer);
    const QString failure = checkCredentials(user, password, code);
    if (failure.isEmpty())
        m_throttle.succeeded(user, peer);
    else
        m_throttle.failed(user, peer);
    return failure;
}

bool SsoService::isAuthorized(const QByteArray &authorization, const QString &peer, qint64 *delayMs)
{
    *delayMs = 0;
    const QByteArray value = authorization.trimmed();
    if (value.startsWith("Bearer ")) {
        const auto session = m_sessions.constFind(value.mid(7).trimmed());
        if (session == m_sessions.constEnd())
            return false;
        if (session->expiry.hasExpired()) {
            m_sessions.erase(session);
            return false;
        }
        return session->scope.split(QLatin1Char(' ')).contains(QLatin1String("ovirt-app-api"));
    }
    if (value.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return false;
        QString code;
        return throttledCheck(QString::fromUtf8(decoded.left(colon)), QString::fromUtf8(decoded.mid(colon + 1)), peer, &code, delayMs)
            .isEmpty();
    }
    return false;
}
