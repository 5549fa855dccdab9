#include "client.h"

#include "xmldecoder.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

// Replies up to this size are decoded on the client's thread: a thread hop costs more than the
// parse. Bigger ones (a /vms page of thousands of VMs runs to megabytes) go to a worker.
constexpr qsizetype kInlineDecodeLimit = 256 * 1024;
// A token this close to its expiry is renewed before the request rather than after a 401.
constexpr qint64 kTokenRenewMarginMs = 30 * 1000;

const QByteArray kUserAgent = QByteArrayLiteral("DiskDesk/0.1");

using Query = QList<std::pair<QString, QString>>;
using Done = std::function<void(std::optional<ApiError>)>;

// application/x-www-form-urlencoded and query strings. QUrlQuery is not used on purpose: it
// leaves '+' alone (a space to the server) and does not encode '=' or '&' inside values.
QByteArray encodeFields(const Query &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString contentType(const QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader).toString();
}

// `application/xml` or `text/xml`, optionally with parameters such as `;charset=UTF-8`.
bool isXmlContentType(const QString &value)
{
    const QStringView type = QStringView(value).left(value.indexOf(u';')).trimmed();
    return type.compare(u"application/xml", Qt::CaseInsensitive) == 0
            || type.compare(u"text/xml", Qt::CaseInsensitive) == 0;
}

ApiError makeError(ApiError::Kind kind, int status, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    return e;
}

// No HTTP response at all: connection refused, name lookup, TLS handshake, timeout.
ApiError transportError(const QNetworkReply *reply)
{
    const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
    return makeError(tls ? ApiError::Kind::Tls : ApiError::Kind::Network, 0,
                     reply->errorString());
}

// SSO answers errors as HTTP 400 JSON in two layouts (see the notes on the token endpoint):
// {"error": code, "error_description": text} or {"error_code": code, "error": text}.
ApiError ssoError(int status, const QByteArray &body, const QString &fallback)
{
    ApiError e = makeError(ApiError::Kind::Auth, status, fallback);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(u"error_description")) {
        e.fault.reason = json.value(u"error").toString();
        e.fault.detail = json.value(u"error_description").toString();
    } else if (json.contains(u"error_code")) {
        e.fault.reason = json.value(u"error_code").toString();
        e.fault.detail = json.value(u"error").toString();
    } else if (json.contains(u"error")) {
        e.fault.reason = json.value(u"error").toString();
    }
    if (!e.fault.detail.isEmpty())
        e.message = e.fault.detail;
    return e;
}

// The answer to an API request before decoding: the body of a 2xx XML reply, or an error.
struct RawReply
{
    QByteArray body;
    int status = 0;
    std::optional<ApiError> error;
};

ApiError httpError(const QNetworkReply *reply, int status, const QByteArray &body)
{
    if (!body.isEmpty() && isXmlContentType(contentType(reply))) {
        QString decodeError;
        const Fault fault = XmlDecoder::decodeFault(body, &decodeError);
        if (decodeError.isEmpty() && (!fault.reason.isEmpty() || !fault.detail.isEmpty())) {
            ApiError e = makeError(ApiError::Kind::Fault, status, fault.reason);
            e.fault = fault;
            return e;
        }
    }
    // A missing entity is a 404 with an empty body (some paths send a fault instead, read above).
    if (status == 404)
        return makeError(ApiError::Kind::Http, status, Client::tr("Not found"));
    QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return makeError(ApiError::Kind::Http, status,
                     phrase.isEmpty() ? Client::tr("The manager answered with HTTP status %1.").arg(status)
                                      : Client::tr("HTTP %1 %2").arg(status).arg(phrase));
}

template <class T>
using Decoder = T (*)(const QByteArray &, QString *);

template <class T>
Result<T> decodeReply(Decoder<T> decode, const QByteArray &body, int status)
{
    Result<T> result;
    QString error;
    result.value = decode(body, &error);
    if (!error.isEmpty()) {
        result.value = T{};
        result.error = makeError(ApiError::Kind::Decode, status, error);
    }
    return result;
}

// Where a callback goes: `context` (if one was given) guards it and picks its thread.
struct Target
{
    QPointer<QObject> context;
    bool guarded = false;

    explicit Target(QObject *object) : context(object), guarded(object != nullptr) { }

    bool alive() const { return !guarded || context; }

    template <class T>
    void deliver(const Client::Callback<T> &done, Result<T> result) const
    {
        if (!alive() || !done)
            return;
        if (!guarded || context->thread() == QThread::currentThread()) {
            done(std::move(result));
            return;
        }
        // Queued on the context: dropped by Qt if the context is gone by then.
        QMetaObject::invokeMethod(
                context.data(),
                [guard = context, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    }
};

} // namespace

struct Client::Private
{
    explicit Private(Client *owner) : q(owner), network(new QNetworkAccessManager(owner)) { }

    Client *q;
    QNetworkAccessManager *network;
    QUrl apiUrl;
    QString user;
    QString password; // memory only, to renew the token after a 401
    QByteArray token;
    qint64 tokenExpiryMs = 0; // 0 = unknown
    bool loggedIn = false;
    bool renewing = false;
    QList<Done> renewWaiters;

    QUrl endpoint(const QString &path, const Query &query = {}) const;
    QNetworkRequest apiRequest(const QUrl &url, bool hasBody) const;

    void requestToken(const QString &userName, const QString &secret,
                      std::function<void(std::optional<ApiError>, QByteArray, qint64)> done);
    void renewToken(Done done);
    void endSession();
    bool tokenNearExpiry() const;

    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool retried,
              std::function<void(RawReply)> done);

    template <class T>
    void fetch(const QUrl &url, const Target &target, Decoder<T> decode, Client::Callback<T> done);
};

QUrl Client::Private::endpoint(const QString &path, const Query &query) const
{
    QUrl url = apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setFragment(QString());
    // Already percent-encoded by encodeFields; QUrl keeps "%3D" and "%20" as they are.
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(encodeFields(query)));
    return url;
}

QNetworkRequest Client::Private::apiRequest(const QUrl &url, bool hasBody) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Version", "4");
    request.setRawHeader("Accept", "application/xml");
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("User-Agent", kUserAgent);
    if (hasBody)
        request.setRawHeader("Content-Type", "application/xml");
    return request;
}

void Client::Private::requestToken(const QString &userName, const QString &secret,
                                   std::function<void(std::optional<ApiError>, QByteArray, qint64)> done)
{
    QNetworkRequest request(q->tokenUrl());
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json"); // SSO compares this header literally
    request.setRawHeader("User-Agent", kUserAgent);
    const QByteArray form = encodeFields({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                                           { QStringLiteral("scope"), QStringLiteral("ovirt-app-api") },
                                           { QStringLiteral("username"), userName },
                                           { QStringLiteral("password"), secret } });
    QNetworkReply *reply = network->post(request, form);
    QObject::connect(reply, &QNetworkReply::finished, q, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        if (status == 0) {
            done(transportError(reply), {}, 0);
            return;
        }
        const QByteArray body = reply->readAll();
        if (status != 200) {
            done(ssoError(status, body,
                          Client::tr("The manager's sign-on service answered with HTTP status %1.").arg(status)),
                 {}, 0);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QByteArray token = json.value(u"access_token").toString().toUtf8();
        if (token.isEmpty()) {
            done(ssoError(status, body, Client::tr("The manager's sign-on service sent no access token.")),
                 {}, 0);
            return;
        }
        // `exp` is a string of epoch milliseconds (Long.MAX_VALUE when the session never expires).
        const QJsonValue exp = json.value(u"exp");
        const qint64 expiry = exp.isString() ? exp.toString().toLongLong() : exp.toInteger();
        done(std::nullopt, token, expiry);
    });
}

// Concurrent 401s share one renewal.
void Client::Private::renewToken(Done done)
{
    renewWaiters.append(std::move(done));
    if (renewing)
        return;
    renewing = true;
    requestToken(user, password, [this](std::optional<ApiError> error, QByteArray newToken, qint64 expiry) {
        renewing = false;
        if (error) {
            endSession();
        } else {
            token = newToken;
            tokenExpiryMs = expiry;
            emit q->sessionChanged();
        }
        const QList<Done> waiters = std::exchange(renewWaiters, {});
        for (const Done &waiter : waiters)
            waiter(error);
    });
}

void Client::Private::endSession()
{
    const bool wasLoggedIn = loggedIn;
    loggedIn = false;
    token.clear();
    tokenExpiryMs = 0;
    password.clear();
    if (wasLoggedIn)
        emit q->sessionChanged();
}

bool Client::Private::tokenNearExpiry() const
{
    return tokenExpiryMs > 0
            && QDateTime::currentMSecsSinceEpoch() >= tokenExpiryMs - kTokenRenewMarginMs;
}

void Client::Private::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                           bool retried, std::function<void(RawReply)> done)
{
    const bool canRenew = !retried && !password.isEmpty();
    if (canRenew && tokenNearExpiry()) {
        renewToken([this, verb, url, body, done = std::move(done)](std::optional<ApiError> error) {
            if (error)
                done(RawReply{ {}, 0, error });
            else
                send(verb, url, body, true, done);
        });
        return;
    }

    QNetworkReply *reply = network->sendCustomRequest(apiRequest(url, !body.isEmpty()), verb, body);
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, reply, verb, url, body, canRenew, done = std::move(done)] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        if (status == 0) {
            done(RawReply{ {}, 0, transportError(reply) });
            return;
        }
        if (status == 401) {
            // The body is an HTML page; it is never parsed.
            if (canRenew) {
                renewToken([this, verb, url, body, done](std::optional<ApiError> error) {
                    if (error)
                        done(RawReply{ {}, 401, error });
                    else
                        send(verb, url, body, true, done);
                });
                return;
            }
            done(RawReply{ {}, status,
                           makeError(ApiError::Kind::Auth, status,
                                     Client::tr("The manager did not accept the session; please log in again.")) });
            return;
        }
        QByteArray data = reply->readAll();
        if (status < 200 || status > 299) {
            done(RawReply{ {}, status, httpError(reply, status, data) });
            return;
        }
        const QString type = contentType(reply);
        if (!isXmlContentType(type)) {
            done(RawReply{ {}, status,
                           makeError(ApiError::Kind::Decode, status,
                                     Client::tr("The response content type \u201c%1\u201d isn't the expected XML.")
                                             .arg(type)) });
            return;
        }
        done(RawReply{ std::move(data), status, std::nullopt });
    });
}

template <class T>
void Client::Private::fetch(const QUrl &url, const Target &target, Decoder<T> decode,
                            Client::Callback<T> done)
{
    send("GET", url, {}, false, [this, target, decode, done = std::move(done)](RawReply raw) {
        if (!target.alive())
            return;
        if (raw.error) {
            target.deliver(done, Result<T>{ T{}, raw.error });
            return;
        }
        if (raw.body.size() <= kInlineDecodeLimit) {
            target.deliver(done, decodeReply(decode, raw.body, raw.status));
            return;
        }
        auto *watcher = new QFutureWatcher<Result<T>>(q);
        QObject::connect(watcher, &QFutureWatcherBase::finished, q, [watcher, target, done] {
            watcher->deleteLater();
            target.deliver(done, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
                [decode, body = std::move(raw.body), status = raw.status] {
                    return decodeReply(decode, body, status);
                }));
    });
}

Client::Client(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) { }

Client::~Client()
{
    // Replies still running would otherwise finish into callbacks while `d` is being destroyed.
    const QList<QNetworkReply *> replies = d->network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void Client::setApiUrl(const QUrl &apiUrl)
{
    d->apiUrl = apiUrl;
}

QUrl Client::apiUrl() const
{
    return d->apiUrl;
}

QUrl Client::tokenUrl() const
{
    // https://host/ovirt-engine/api -> https://host/ovirt-engine/sso/oauth/token
    QUrl url = d->apiUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    qsizetype api = path.lastIndexOf(QLatin1String("/api"));
    if (api >= 0 && api + 4 < path.size() && path.at(api + 4) != u'/')
        api = -1; // "/apis" or such, not the API segment
    const QString prefix = api >= 0 ? path.left(api) : QStringLiteral("/ovirt-engine");
    url.setPath(prefix + QLatin1String("/sso/oauth/token"));
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

void Client::login(const QString &user, const QString &password, QObject *context,
                   Callback<ApiRoot> done)
{
    const Target target(context);
    d->requestToken(user, password,
                    [this, user, password, target, done](std::optional<ApiError> error,
                                                          QByteArray token, qint64 expiry) {
        if (error) {
            d->endSession();
            target.deliver(done, Result<ApiRoot>{ {}, error });
            return;
        }
        d->user = user;
        d->password = password;
        d->token = token;
        d->tokenExpiryMs = expiry;
        // The session is only "logged in" once the API itself answers with the token.
        d->fetch<ApiRoot>(d->endpoint(QString()), Target(nullptr), &XmlDecoder::decodeApiRoot,
                          [this, target, done](Result<ApiRoot> result) {
            if (result.ok()) {
                d->loggedIn = true;
                emit sessionChanged();
            } else {
                d->endSession();
            }
            target.deliver(done, std::move(result));
        });
    });
}

bool Client::isLoggedIn() const
{
    return d->loggedIn;
}

QString Client::user() const
{
    return d->user;
}

void Client::apiRoot(QObject *context, Callback<ApiRoot> done)
{
    d->fetch<ApiRoot>(d->endpoint(QString()), Target(context), &XmlDecoder::decodeApiRoot,
                      std::move(done));
}

void Client::vms(const QString &search, QObject *context, Callback<QList<Vm>> done)
{
    Query query;
    if (!search.isEmpty())
        query.append({ QStringLiteral("search"), search });
    d->fetch<QList<Vm>>(d->endpoint(QStringLiteral("/vms"), query), Target(context),
                        &XmlDecoder::decodeVms, std::move(done));
}

void Client::vm(const QString &vmId, QObject *context, Callback<Vm> done)
{
    d->fetch<Vm>(d->endpoint(QStringLiteral("/vms/") + vmId), Target(context),
                 &XmlDecoder::decodeVm, std::move(done));
}

void Client::diskAttachments(const QString &vmId, bool followDisk, QObject *context,
                             Callback<QList<DiskAttachment>> done)
{
    Query query;
    if (followDisk)
        query.append({ QStringLiteral("follow"), QStringLiteral("disk") });
    d->fetch<QList<DiskAttachment>>(
            d->endpoint(QStringLiteral("/vms/%1/diskattachments").arg(vmId), query),
            Target(context), &XmlDecoder::decodeDiskAttachments, std::move(done));
}

void Client::disks(const QString &search, QObject *context, Callback<QList<Disk>> done)
{
    Query query;
    if (!search.isEmpty())
        query.append({ QStringLiteral("search"), search });
    d->fetch<QList<Disk>>(d->endpoint(QStringLiteral("/disks"), query), Target(context),
                          &XmlDecoder::decodeDisks, std::move(done));
}

void Client::disk(const QString &diskId, QObject *context, Callback<Disk> done)
{
    d->fetch<Disk>(d->endpoint(QStringLiteral("/disks/") + diskId), Target(context),
                   &XmlDecoder::decodeDisk, std::move(done));
}

void Client::snapshots(const QString &vmId, QObject *context, Callback<QList<Snapshot>> done)
{
    d->fetch<QList<Snapshot>>(d->endpoint(QStringLiteral("/vms/%1/snapshots").arg(vmId)),
                              Target(context), &XmlDecoder::decodeSnapshots, std::move(done));
}

void Client::snapshotDisks(const QString &vmId, const QString &snapshotId, QObject *context,
                           Callback<QList<Disk>> done)
{
    d->fetch<QList<Disk>>(
            d->endpoint(QStringLiteral("/vms/%1/snapshots/%2/disks").arg(vmId, snapshotId)),
            Target(context), &XmlDecoder::decodeDisks, std::move(done));
}

void Client::storageDomains(QObject *context, Callback<QList<StorageDomain>> done)
{
    d->fetch<QList<StorageDomain>>(d->endpoint(QStringLiteral("/storagedomains")),
                                   Target(context), &XmlDecoder::decodeStorageDomains,
                                   std::move(done));
}

void Client::hosts(QObject *context, Callback<QList<Host>> done)
{
    d->fetch<QList<Host>>(d->endpoint(QStringLiteral("/hosts")), Target(context),
                          &XmlDecoder::decodeHosts, std::move(done));
}

void Client::dataCenters(QObject *context, Callback<QList<DataCenter>> done)
{
    d->fetch<QList<DataCenter>>(d->endpoint(QStringLiteral("/datacenters")), Target(context),
                                &XmlDecoder::decodeDataCenters, std::move(done));
}

void Client::clusters(QObject *context, Callback<QList<Cluster>> done)
{
    d->fetch<QList<Cluster>>(d->endpoint(QStringLiteral("/clusters")), Target(context),
                             &XmlDecoder::decodeClusters, std::move(done));
}

QNetworkAccessManager *Client::network() const
{
    return d->network;
}
