#include "client.h"

#include "networkerrortext.h"

#include "attachencoder.h"
#include "oneshotbody.h"
#include "requestencoder.h"
#include "xmldecoder.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QXmlStreamReader>
#include <QUuid>
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

// Set on a reply by the sslErrors handler (Client::Private), which knows the trust policy.
const char kTlsErrorProperty[] = "diskdeskTlsError";

// Appends what \a reply has received so far to \a body, copied once (readAll() then append()
// would copy it twice, each into freshly faulted pages).
void appendAvailable(QNetworkReply *reply, QByteArray *body)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype before = body->size();
    body->resize(before + qsizetype(available));
    const qint64 read = reply->read(body->data() + before, available);
    body->resize(before + qsizetype(qMax<qint64>(read, 0)));
}

// No HTTP response at all: connection refused, name lookup, TLS handshake, timeout.
ApiError transportError(const QNetworkReply *reply)
{
    const QString tlsText = reply->property(kTlsErrorProperty).toString();
    if (!tlsText.isEmpty())
        return makeError(ApiError::Kind::Tls, 0, tlsText);
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return makeError(ApiError::Kind::Tls, 0, reply->errorString());
    return makeError(ApiError::Kind::Network, 0,
                     networkErrorText(reply->error(), reply->url(), reply->errorString()));
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
    /// No reliable answer: the connection was lost, the answer cut off, or a 5xx. A read may be
    /// sent again; an operation only once the manager shows no trace of it.
    bool retriable = false;
};

// Losses worth another try: the manager was reached but the exchange broke. A refused
// connection or an unknown host is not retried here (the ConnectionMonitor takes over).
bool isRetriableLoss(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ContentReSendError:
        return true;
    default:
        return false;
    }
}

// An error that happened below HTTP although a status line came (QNetworkReply's 1-199 range).
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// The same error with a note after its text (the text a person reads, ApiError::text()).
ApiError withNote(ApiError error, const QString &note)
{
    const QString text = error.text() + QLatin1Char(' ') + note;
    if (!error.fault.detail.trimmed().isEmpty() || !error.fault.reason.trimmed().isEmpty())
        error.fault.detail = text;
    else
        error.message = text;
    return error;
}

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
    explicit Private(Client *owner);

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
    TrustPolicy trust;
    bool connectionLost = false; // connectionLost() was emitted, connectionRestored() not yet
    bool tokenRefused = false;   // the running renewal follows a 401, not a token near its expiry
    Client::RetryPolicy retryPolicy;

    /// HTTPS requests trust what `trust` says, nothing else.
    void secure(QNetworkRequest &request) const;
    /// Tracks whether the manager answers at all, for connectionLost()/connectionRestored().
    void noteAnswer(const QNetworkReply *reply, int status);
    /// connectionLost() for a request that got no answer and is not tried again.
    void noteLoss(const ApiError &error);
    int retryDelayMs(int attempt) const;
    /// After a token request that got no SSO answer: reads the API root with the credentials to
    /// tell a v3-only manager from something that is not an oVirt API at all.
    void probeApi(const QString &userName, const QString &secret, std::function<void(ApiError)> done);

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
    void fetch(const QUrl &url, const Target &target, Decoder<T> decode, Client::Callback<T> done, int attempt = 1);
    /// One try of an operation; after a loss, asks for its trace before any other try.
    void attemptOperation(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &correlationId,
                          const Target &target, int attempt, std::function<void(RawReply)> done);
    /// Whether jobs or events carry \a correlationId: true/false, or nullopt (with why) when
    /// the manager could not be asked.
    void findTrace(const QString &correlationId, std::function<void(std::optional<bool>, QString)> done);
    template <class T>
    QString operate(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const Target &target, Decoder<T> decode, Client::Callback<T> done,
                    const Query &extraQuery = {});
};

Client::Private::Private(Client *owner) : q(owner), network(new QNetworkAccessManager(owner))
{
    // Nothing is ignored, the handshake fails; this only keeps a readable reason for the error.
    QObject::connect(network, &QNetworkAccessManager::sslErrors, owner,
                     [this](QNetworkReply *reply, const QList<QSslError> &errors) {
        reply->setProperty(kTlsErrorProperty, trust.describeErrors(errors, reply->url().host()));
    });
}

void Client::Private::secure(QNetworkRequest &request) const
{
    if (request.url().scheme() == QLatin1String("https"))
        request.setSslConfiguration(trust.sslConfiguration());
}

void Client::Private::noteAnswer(const QNetworkReply *reply, int status)
{
    if (status != 0) {
        if (std::exchange(connectionLost, false))
            emit q->connectionRestored();
        return;
    }
    noteLoss(transportError(reply));
}

void Client::Private::noteLoss(const ApiError &error)
{
    if (!loggedIn || connectionLost || error.kind != ApiError::Kind::Network || error.httpStatus != 0)
        return;
    connectionLost = true;
    emit q->connectionLost(error);
}

int Client::Private::retryDelayMs(int attempt) const
{
    qint64 delay = retryPolicy.firstDelayMs;
    for (int i = 1; i < attempt && delay < retryPolicy.maxDelayMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, retryPolicy.maxDelayMs));
}

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
    secure(request);
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
    secure(request);
    const QByteArray form = encodeFields({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                                           { QStringLiteral("scope"), QStringLiteral("ovirt-app-api") },
                                           { QStringLiteral("username"), userName },
                                           { QStringLiteral("password"), secret } });
    QNetworkReply *reply = network->post(request, form);
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        noteAnswer(reply, status);
        if (status == 0) {
            done(transportError(reply), {}, 0);
            return;
        }
        const QByteArray body = reply->readAll();
        // The engine's SSO answers JSON, errors included; anything else is not an oVirt SSO.
        if (!QJsonDocument::fromJson(body).isObject()) {
            done(makeError(ApiError::Kind::Decode, status,
                           Client::tr("The sign-on service at %1 did not answer like an oVirt engine (HTTP status %2).")
                                   .arg(reply->url().toDisplayString())
                                   .arg(status)),
                 {}, 0);
            return;
        }
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
            // An unreachable manager is not a refused password: keep it to log in again later.
            if (error->kind != ApiError::Kind::Network)
                endSession();
        } else {
            token = newToken;
            tokenExpiryMs = expiry;
            emit q->sessionChanged();
            // Only a token the manager refused means it forgot the session (an engine restart).
            if (tokenRefused)
                emit q->sessionRenewed();
        }
        tokenRefused = false;
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

    QNetworkRequest request = apiRequest(url, !body.isEmpty());
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = network->sendCustomRequest(request, verb, body);
    } else {
        // An operation goes out once: Qt may not send it again by itself (OneShotBody).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body);
        reply = network->sendCustomRequest(request, verb, device);
        device->setParent(reply);
    }
    // The body is taken as it arrives: reading a 10 MB list page in one piece when it ends was
    // the UI thread's longest step while a large list loaded (issue 10).
    auto received = std::make_shared<QByteArray>();
    QObject::connect(reply, &QIODevice::readyRead, q, [reply, received] { appendAvailable(reply, received.get()); });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, reply, verb, url, body, canRenew, received, done = std::move(done)] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        // A loss that will be tried again is not announced as a lost connection (yet).
        const bool retriable = isRetriableLoss(reply->error());
        if (status != 0 || !retriable)
            noteAnswer(reply, status);
        if (status == 0) {
            done(RawReply{ {}, 0, transportError(reply), retriable });
            return;
        }
        if (isTransportFailure(reply->error())) {
            // The status line came, then the connection broke: the body is incomplete.
            done(RawReply{ {}, status,
                           makeError(ApiError::Kind::Network, status,
                                     Client::tr("The manager's answer was cut off (%1).").arg(reply->errorString())),
                           true });
            return;
        }
        if (status == 401) {
            // The body is an HTML page; it is never parsed.
            if (canRenew) {
                tokenRefused = true;
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
        appendAvailable(reply, received.get());
        QByteArray data = std::exchange(*received, {});
        if (status < 200 || status > 299) {
            done(RawReply{ {}, status, httpError(reply, status, data), status >= 500 });
            return;
        }
        // A queued operation (async=true, Expect: 202-accepted) is answered without a body.
        if (data.isEmpty() && (status == 202 || status == 204)) {
            done(RawReply{ {}, status, std::nullopt });
            return;
        }
        // Every other success has an XML body; nothing at all, not even its type, means the
        // connection closed inside the header block (Qt then sees an answer without a length).
        if (data.isEmpty() && contentType(reply).isEmpty()) {
            done(RawReply{ {}, status,
                           makeError(ApiError::Kind::Network, status, Client::tr("The manager's answer was cut off (no body).")),
                           true });
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
                            Client::Callback<T> done, int attempt)
{
    send("GET", url, {}, false, [this, url, attempt, target, decode, done = std::move(done)](RawReply raw) {
        if (!target.alive())
            return;
        if (raw.error && raw.retriable) {
            // A read changes nothing: it is simply sent again, a little later each time.
            if (attempt < retryPolicy.attempts) {
                QTimer::singleShot(retryDelayMs(attempt), q, [this, url, attempt, target, decode, done] {
                    if (target.alive())
                        fetch(url, target, decode, done, attempt + 1);
                });
                return;
            }
            noteLoss(*raw.error);
            if (attempt > 1)
                raw.error = withNote(*raw.error, Client::tr("(Tried %1 times.)").arg(attempt));
        }
        if (raw.error) {
            target.deliver(done, Result<T>{ T{}, raw.error });
            return;
        }
        if (raw.body.size() <= kInlineDecodeLimit) {
            Result<T> result = decodeReply(decode, raw.body, raw.status);
            // A body that stops in mid-document although the transfer looked complete was cut
            // short on the way (a proxy, a dropped connection Qt did not notice): read again.
            if (!result.ok() && result.error->message.contains(QLatin1String("Premature end of document"))
                && attempt < retryPolicy.attempts) {
                QTimer::singleShot(retryDelayMs(attempt), q, [this, url, attempt, target, decode, done] {
                    if (target.alive())
                        fetch(url, target, decode, done, attempt + 1);
                });
                return;
            }
            target.deliver(done, std::move(result));
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

namespace {

// The engine keeps [0-9a-zA-Z_-] and at most 36 characters; a UUID is exactly that.
QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A 2xx reply can still carry a failed action (`<action><status>failed</status><fault>`).
void checkOutcome(Result<ActionResult> &result, int status)
{
    if (!result.ok())
        return;
    const ActionResult &action = result.value;
    if (action.status != ActionStatus::Failed && !action.fault)
        return;
    ApiError e = makeError(ApiError::Kind::Fault, status, action.fault ? action.fault->reason : QString());
    if (action.fault)
        e.fault = *action.fault;
    if (e.fault.reason.isEmpty() && e.fault.detail.isEmpty())
        e.message = Client::tr("The manager reported the operation as failed.");
    result.error = e;
}

template <class T>
void checkOutcome(Result<T> &, int)
{
}

} // namespace

// Operations are small replies: decoded inline. Their correlation id tags the request so that
// its job and audit events can be found even when this reply is lost.
template <class T>
QString Client::Private::operate(const QByteArray &verb, const QString &path, const QByteArray &body,
                                 const Target &target, Decoder<T> decode, Client::Callback<T> done,
                                 const Query &extraQuery)
{
    const QString correlationId = newCorrelationId();
    const QUrl url = endpoint(path, Query{ { QStringLiteral("correlation_id"), correlationId } } + extraQuery);
    attemptOperation(verb, url, body, correlationId, target, 1, [target, decode, done = std::move(done)](RawReply raw) {
        if (!target.alive())
            return;
        if (raw.error) {
            target.deliver(done, Result<T>{ T{}, raw.error });
            return;
        }
        Result<T> result;
        if (!raw.body.isEmpty())
            result = decodeReply(decode, raw.body, raw.status);
        checkOutcome(result, raw.status);
        target.deliver(done, std::move(result));
    });
    return correlationId;
}

void Client::Private::attemptOperation(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                       const QString &correlationId, const Target &target, int attempt,
                                       std::function<void(RawReply)> done)
{
    send(verb, url, body, false, [=, this](RawReply raw) {
        // A body that stops in mid-document was cut short although Qt saw the transfer end.
        if (!raw.error && !raw.body.isEmpty()) {
            QXmlStreamReader reader(raw.body);
            while (!reader.atEnd())
                reader.readNext();
            if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                raw.error = makeError(ApiError::Kind::Network, raw.status,
                                      Client::tr("The manager's answer was cut off (incomplete XML)."));
                raw.retriable = true;
            }
        }
        if (!raw.error || !raw.retriable || !target.alive()) {
            done(std::move(raw));
            return;
        }
        // No reliable answer: the operation may or may not have happened. Sending it again
        // blindly could do it twice, so first ask the manager what it knows of this try.
        const QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + url.path();
        const ApiError lost = *raw.error;
        findTrace(correlationId, [=, this](std::optional<bool> traced, const QString &whyUnknown) {
            ApiError error = lost;
            if (!traced) {
                done(RawReply{ {}, raw.status,
                               withNote(error, Client::tr("Whether the manager carried out %1 could not be checked (%2); "
                                                          "look for correlation id %3 in its events before trying again.")
                                                       .arg(what, whyUnknown, correlationId)) });
                return;
            }
            if (*traced) {
                // Received: reported as a lost answer, which an OperationTracker follows to its end.
                error = makeError(ApiError::Kind::Network, raw.status,
                                  Client::tr("The answer to %1 was lost (%2), but the manager received it (correlation "
                                             "id %3); it is not sent again.")
                                          .arg(what, lost.text(), correlationId));
                done(RawReply{ {}, raw.status, error });
                return;
            }
            if (attempt < retryPolicy.operationAttempts && target.alive()) {
                QTimer::singleShot(retryDelayMs(attempt), q, [=, this] {
                    attemptOperation(verb, url, body, correlationId, target, attempt + 1, done);
                });
                return;
            }
            // Not carried out: a refusal (Kind::Fault), not a lost answer that a tracker would
            // go on following. The manager answered the questions: the connection is not lost.
            const QString text = withNote(error, Client::tr("The manager shows no trace of %1 (correlation id %2): it was not "
                                                            "carried out. Tried %3 times.")
                                                         .arg(what, correlationId)
                                                         .arg(attempt))
                                         .text();
            error = makeError(ApiError::Kind::Fault, raw.status, text);
            error.fault.detail = text;
            done(RawReply{ {}, raw.status, error });
        });
    });
}

void Client::Private::findTrace(const QString &correlationId, std::function<void(std::optional<bool>, QString)> done)
{
    // Jobs (the job XML has no correlation id: the search is trusted) and audit events (checked,
    // in case a manager's search is looser than asked).
    struct Found
    {
        std::optional<Result<QList<Job>>> jobs;
        std::optional<Result<QList<Event>>> events;
    };
    auto found = std::make_shared<Found>();
    auto decide = [found, correlationId, done] {
        if (!found->jobs || !found->events)
            return;
        bool traced = found->jobs->ok() && !found->jobs->value.isEmpty();
        if (found->events->ok()) {
            for (const Event &event : std::as_const(found->events->value))
                traced |= event.correlationId.compare(correlationId, Qt::CaseInsensitive) == 0;
        }
        if (!traced && (!found->jobs->ok() || !found->events->ok())) {
            done(std::nullopt, (!found->jobs->ok() ? found->jobs->error : found->events->error)->text());
            return;
        }
        done(traced, QString());
    };
    const Query search{ { QStringLiteral("search"), QStringLiteral("correlation_id=") + correlationId } };
    fetch<QList<Job>>(endpoint(QStringLiteral("/jobs"), search), Target(nullptr), &XmlDecoder::decodeJobs,
                      [found, decide](Result<QList<Job>> jobs) {
        found->jobs = std::move(jobs);
        decide();
    });
    fetch<QList<Event>>(endpoint(QStringLiteral("/events"), search), Target(nullptr), &XmlDecoder::decodeEvents,
                        [found, decide](Result<QList<Event>> events) {
        found->events = std::move(events);
        decide();
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

namespace {

ApiError notAnOvirtApi(const QUrl &apiUrl, const QString &what)
{
    return makeError(ApiError::Kind::Decode, 0,
                     Client::tr("%1 is not an oVirt API: %2. Check the address; a manager's API is "
                                "usually https://HOST/ovirt-engine/api.")
                             .arg(apiUrl.toDisplayString(), what));
}

ApiError onlyApiVersion3(const ApiRoot &root)
{
    return makeError(ApiError::Kind::Decode, 0,
                     Client::tr("This manager only speaks API version 3 (%1 %2). DiskDesk needs API version "
                                "4, which oVirt 4.0 and later provide.")
                             .arg(root.productName.isEmpty() ? Client::tr("oVirt Engine") : root.productName,
                                  root.fullVersion.isEmpty() ? root.version.toString() : root.fullVersion));
}

// The engine's words stay; a hint names what to change.
ApiError explainLoginError(ApiError error, const QString &user)
{
    if (error.fault.detail.trimmed() == QLatin1String("No valid profile found in credentials.")) {
        const QString profile = user.mid(user.lastIndexOf(u'@') + 1);
        error.fault.detail += QLatin1Char(' ')
                + Client::tr("The manager knows no user profile \u201c%1\u201d; the user name is NAME@PROFILE, "
                             "for example admin@internal.")
                          .arg(profile);
    }
    return error;
}

bool hasRootElement(const QByteArray &xml, QStringView name)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() && reader.name() == name;
}

} // namespace

void Client::Private::probeApi(const QString &userName, const QString &secret, std::function<void(ApiError)> done)
{
    QNetworkRequest request(apiUrl);
    request.setRawHeader("Version", "4");
    request.setRawHeader("Accept", "application/xml");
    request.setRawHeader("User-Agent", kUserAgent);
    // Only over the connection the trust policy allows, to the address the person gave.
    request.setRawHeader("Authorization", "Basic " + (userName + u':' + secret).toUtf8().toBase64());
    secure(request);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        if (status == 0) {
            done(transportError(reply));
            return;
        }
        const QByteArray body = reply->readAll();
        const QString type = contentType(reply);
        if (isXmlContentType(type) && hasRootElement(body, u"api")) {
            QString error;
            const ApiRoot root = XmlDecoder::decodeApiRoot(body, &error);
            if (error.isEmpty() && root.version.major > 0 && root.version.major < 4) {
                done(onlyApiVersion3(root));
                return;
            }
            done(makeError(ApiError::Kind::Auth, status,
                           Client::tr("The API at %1 answers, but its sign-on service at %2 does not.")
                                   .arg(apiUrl.toDisplayString(), q->tokenUrl().toDisplayString())));
            return;
        }
        done(notAnOvirtApi(apiUrl, Client::tr("it answered with HTTP status %1 and %2")
                                           .arg(status)
                                           .arg(type.isEmpty() ? Client::tr("no content type")
                                                               : QStringLiteral("\u201c%1\u201d").arg(type))));
    });
}

void Client::login(const QString &user, const QString &password, QObject *context,
                   Callback<ApiRoot> done)
{
    const Target target(context);
    d->requestToken(user, password,
                    [this, user, password, target, done](std::optional<ApiError> error,
                                                          QByteArray token, qint64 expiry) {
        if (error && error->kind == ApiError::Kind::Decode) {
            // No oVirt SSO there: a manager that predates it (v3 only), or not a manager at all.
            d->endSession();
            d->probeApi(user, password, [target, done](ApiError probed) {
                target.deliver(done, Result<ApiRoot>{ {}, probed });
            });
            return;
        }
        if (error) {
            d->endSession();
            target.deliver(done, Result<ApiRoot>{ {}, explainLoginError(*error, user) });
            return;
        }
        d->user = user;
        d->password = password;
        d->token = token;
        d->tokenExpiryMs = expiry;
        // The session is only "logged in" once the API itself answers with the token.
        d->fetch<ApiRoot>(d->endpoint(QString()), Target(nullptr), &XmlDecoder::decodeApiRoot,
                          [this, target, done](Result<ApiRoot> result) {
            if (result.ok() && result.value.version.major > 0 && result.value.version.major < 4)
                result.error = onlyApiVersion3(result.value);
            else if (!result.ok() && result.error->kind == ApiError::Kind::Decode)
                result.error = notAnOvirtApi(d->apiUrl, result.error->text());
            if (result.ok()) {
                d->loggedIn = true;
                d->connectionLost = false;
                emit sessionChanged();
            } else {
                d->endSession();
            }
            target.deliver(done, std::move(result));
        });
    });
}

void Client::logout(QObject *context, std::function<void()> done)
{
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const auto finish = [guard, guarded, done] {
        if (done && (!guarded || guard))
            done();
    };
    const QByteArray token = d->token;
    d->endSession();
    if (token.isEmpty()) {
        finish();
        return;
    }
    // .../sso/oauth/token -> .../services/sso-logout, as the SDKs revoke a token.
    QUrl url = tokenUrl();
    QString path = url.path();
    path.chop(int(QStringLiteral("/sso/oauth/token").size()));
    url.setPath(path + QStringLiteral("/services/sso-logout"));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", kUserAgent);
    request.setTransferTimeout(5000); // on quit: never hang on a manager that is gone
    d->secure(request);
    QNetworkReply *reply = d->network->post(
            request, encodeFields({ { QStringLiteral("scope"), QStringLiteral("ovirt-app-api") },
                                    { QStringLiteral("token"), QString::fromLatin1(token) } }));
    QObject::connect(reply, &QNetworkReply::finished, this, [reply, finish] {
        reply->deleteLater();
        finish();
    });
}

void Client::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
    d->retryPolicy.attempts = std::max(1, policy.attempts);
    d->retryPolicy.operationAttempts = std::max(1, policy.operationAttempts);
}

Client::RetryPolicy Client::retryPolicy() const
{
    return d->retryPolicy;
}

void Client::setTrust(const TrustPolicy &trust)
{
    d->trust = trust;
    // Connections made under the previous policy must not be reused under this one.
    d->network->clearConnectionCache();
}

TrustPolicy Client::trust() const
{
    return d->trust;
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

void Client::vmsPage(const QString &search, int page, int max, QObject *context, Callback<QList<Vm>> done)
{
    const QString paged = (search.isEmpty() ? QString() : search + QLatin1Char(' ')) + QStringLiteral("page %1").arg(page);
    const Query query{ { QStringLiteral("search"), paged }, { QStringLiteral("max"), QString::number(max) } };
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

void Client::snapshotsWithDisks(const QString &vmId, QObject *context, Callback<QList<Snapshot>> done)
{
    d->fetch<QList<Snapshot>>(d->endpoint(QStringLiteral("/vms/%1/snapshots").arg(vmId),
                                          { { QStringLiteral("follow"), QStringLiteral("disks") } }),
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

void Client::diskSnapshots(const QString &diskId, bool includeActive, QObject *context, Callback<QList<DiskSnapshot>> done)
{
    Query query;
    if (includeActive)
        query.append({QStringLiteral("include_active"), QStringLiteral("true")});
    d->fetch<QList<DiskSnapshot>>(d->endpoint(QStringLiteral("/disks/%1/disksnapshots").arg(diskId), query), Target(context),
                                  &XmlDecoder::decodeDiskSnapshots, std::move(done));
}

void Client::templates(QObject *context, Callback<QList<Template>> done)
{
    d->fetch<QList<Template>>(d->endpoint(QStringLiteral("/templates")), Target(context), &XmlDecoder::decodeTemplates, std::move(done));
}

void Client::templateDiskAttachments(const QString &templateId, QObject *context, Callback<QList<DiskAttachment>> done)
{
    d->fetch<QList<DiskAttachment>>(d->endpoint(QStringLiteral("/templates/%1/diskattachments").arg(templateId)), Target(context),
                                    &XmlDecoder::decodeDiskAttachments, std::move(done));
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

void Client::jobs(const QString &search, QObject *context, Callback<QList<Job>> done)
{
    Query query;
    if (!search.isEmpty())
        query.append({ QStringLiteral("search"), search });
    d->fetch<QList<Job>>(d->endpoint(QStringLiteral("/jobs"), query), Target(context),
                         &XmlDecoder::decodeJobs, std::move(done));
}

void Client::events(qint64 fromId, const QString &search, QObject *context, Callback<QList<Event>> done)
{
    Query query;
    if (fromId > 0)
        query.append({ QStringLiteral("from"), QString::number(fromId) });
    if (!search.isEmpty())
        query.append({ QStringLiteral("search"), search });
    d->fetch<QList<Event>>(d->endpoint(QStringLiteral("/events"), query), Target(context),
                           &XmlDecoder::decodeEvents, std::move(done));
}

QString Client::createSnapshot(const CreateSnapshotRequest &request, QObject *context,
                               Callback<Snapshot> done)
{
    // 201 with the new snapshot (locked), or 202 when the engine reports pending tasks.
    return d->operate<Snapshot>("POST", QStringLiteral("/vms/%1/snapshots").arg(request.vmId),
                                RequestEncoder::createSnapshot(request), Target(context),
                                &XmlDecoder::decodeSnapshot, std::move(done));
}

QString Client::previewSnapshot(const PreviewSnapshotRequest &request, QObject *context,
                                Callback<ActionResult> done)
{
    return d->operate<ActionResult>("POST", QStringLiteral("/vms/%1/previewsnapshot").arg(request.vmId),
                                    RequestEncoder::previewSnapshot(request), Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}

QString Client::commitSnapshot(const QString &vmId, QObject *context, Callback<ActionResult> done)
{
    return d->operate<ActionResult>("POST", QStringLiteral("/vms/%1/commitsnapshot").arg(vmId),
                                    RequestEncoder::emptyAction(), Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}

QString Client::undoSnapshot(const QString &vmId, QObject *context, Callback<ActionResult> done)
{
    return d->operate<ActionResult>("POST", QStringLiteral("/vms/%1/undosnapshot").arg(vmId),
                                    RequestEncoder::emptyAction(), Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}

QString Client::restoreSnapshot(const PreviewSnapshotRequest &request, QObject *context,
                                Callback<ActionResult> done)
{
    return d->operate<ActionResult>(
            "POST", QStringLiteral("/vms/%1/snapshots/%2/restore").arg(request.vmId, request.snapshotId),
            RequestEncoder::restoreSnapshot(request), Target(context), &XmlDecoder::decodeActionResult,
            std::move(done));
}

QString Client::removeSnapshot(const QString &vmId, const QString &snapshotId, QObject *context,
                               Callback<ActionResult> done)
{
    // 200 with `<action><status>complete</status>`: validation passed, the merge runs on.
    return d->operate<ActionResult>("DELETE", QStringLiteral("/vms/%1/snapshots/%2").arg(vmId, snapshotId),
                                    {}, Target(context), &XmlDecoder::decodeActionResult,
                                    std::move(done));
}

QString Client::amendAttachedDisk(const QString &vmId, const QString &diskId, QcowVersion version, QObject *context,
                                  Callback<DiskAttachment> done)
{
    return d->operate<DiskAttachment>("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(vmId, diskId),
                                      RequestEncoder::amendDisk(version, true), Target(context),
                                      &XmlDecoder::decodeDiskAttachment, std::move(done));
}

QString Client::amendDisk(const QString &diskId, QcowVersion version, QObject *context, Callback<Disk> done)
{
    return d->operate<Disk>("PUT", QStringLiteral("/disks/") + diskId, RequestEncoder::amendDisk(version, false),
                            Target(context), &XmlDecoder::decodeDisk, std::move(done));
}

QString Client::updateClusterVersion(const QString &clusterId, const Version &version, QObject *context,
                                     Callback<Cluster> done)
{
    return d->operate<Cluster>("PUT", QStringLiteral("/clusters/") + clusterId,
                               RequestEncoder::versionUpdate(QStringLiteral("cluster"), version), Target(context),
                               &XmlDecoder::decodeCluster, std::move(done));
}

QString Client::updateDataCenterVersion(const QString &dataCenterId, const Version &version, QObject *context,
                                        Callback<DataCenter> done)
{
    return d->operate<DataCenter>("PUT", QStringLiteral("/datacenters/") + dataCenterId,
                                  RequestEncoder::versionUpdate(QStringLiteral("data_center"), version),
                                  Target(context), &XmlDecoder::decodeDataCenter, std::move(done));
}

QString Client::attachDisk(const AttachDiskRequest &request, QObject *context, Callback<DiskAttachment> done)
{
    return d->operate<DiskAttachment>("POST", QStringLiteral("/vms/%1/diskattachments").arg(request.vmId),
                                      AttachEncoder::attachDisk(request), Target(context),
                                      &XmlDecoder::decodeDiskAttachment, std::move(done));
}

QString Client::addDiskAttachment(const NewDiskRequest &request, QObject *context, Callback<DiskAttachment> done)
{
    return d->operate<DiskAttachment>("POST", QStringLiteral("/vms/%1/diskattachments").arg(request.vmId),
                                      AttachEncoder::addDiskAttachment(request), Target(context),
                                      &XmlDecoder::decodeDiskAttachment, std::move(done));
}

QString Client::updateDiskAttachment(const UpdateAttachmentRequest &request, QObject *context,
                                     Callback<DiskAttachment> done)
{
    return d->operate<DiskAttachment>(
            "PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(request.vmId, request.diskId),
            AttachEncoder::updateDiskAttachment(request), Target(context), &XmlDecoder::decodeDiskAttachment,
            std::move(done));
}

QString Client::detachDisk(const QString &vmId, const QString &diskId, bool detachOnly, QObject *context,
                           Callback<ActionResult> done)
{
    // detach_only defaults to true at the manager; false is only sent when meant.
    const QString path = QStringLiteral("/vms/%1/diskattachments/%2").arg(vmId, diskId);
    return d->operate<ActionResult>("DELETE", path, {}, Target(context), &XmlDecoder::decodeActionResult,
                                    std::move(done), detachOnly ? Query{} : Query{ { QStringLiteral("detach_only"), QStringLiteral("false") } });
}

QString Client::addDisk(const NewDiskRequest &request, QObject *context, Callback<Disk> done)
{
    return d->operate<Disk>("POST", QStringLiteral("/disks"), AttachEncoder::addDisk(request), Target(context),
                            &XmlDecoder::decodeDisk, std::move(done));
}

QString Client::removeDisk(const QString &diskId, QObject *context, Callback<ActionResult> done)
{
    return d->operate<ActionResult>("DELETE", QStringLiteral("/disks/") + diskId, {}, Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}

void Client::diskWithVms(const QString &diskId, QObject *context, Callback<Disk> done)
{
    d->fetch<Disk>(d->endpoint(QStringLiteral("/disks/") + diskId, { { QStringLiteral("all_content"), QStringLiteral("true") } }),
                   Target(context), &XmlDecoder::decodeDisk, std::move(done));
}

void Client::diskAttachment(const QString &vmId, const QString &diskId, QObject *context,
                            Callback<DiskAttachment> done)
{
    d->fetch<DiskAttachment>(d->endpoint(QStringLiteral("/vms/%1/diskattachments/%2").arg(vmId, diskId)),
                             Target(context), &XmlDecoder::decodeDiskAttachment, std::move(done));
}

void Client::vmsWithAttachments(QObject *context, Callback<QList<Vm>> done)
{
    d->fetch<QList<Vm>>(d->endpoint(QStringLiteral("/vms"), { { QStringLiteral("follow"), QStringLiteral("disk_attachments") } }),
                        Target(context), &XmlDecoder::decodeVms, std::move(done));
}

namespace {

// A 2xx discovery reply can still carry a failed action, like any action.
Client::Callback<IscsiDiscovery> checkedDiscovery(Client::Callback<IscsiDiscovery> done)
{
    return [done = std::move(done)](Result<IscsiDiscovery> result) {
        if (result.ok()) {
            Result<ActionResult> action{ result.value.action, std::nullopt };
            checkOutcome(action, 200);
            result.error = action.error;
        }
        done(std::move(result));
    };
}

} // namespace

QString Client::discoverIscsi(const IscsiRequest &request, QObject *context, Callback<IscsiDiscovery> done)
{
    return d->operate<IscsiDiscovery>("POST", QStringLiteral("/hosts/%1/discoveriscsi").arg(request.hostId),
                                      AttachEncoder::iscsiAction(request), Target(context),
                                      &XmlDecoder::decodeIscsiDiscovery, checkedDiscovery(std::move(done)));
}

QString Client::iscsiDiscover(const IscsiRequest &request, QObject *context, Callback<IscsiDiscovery> done)
{
    return d->operate<IscsiDiscovery>("POST", QStringLiteral("/hosts/%1/iscsidiscover").arg(request.hostId),
                                      AttachEncoder::iscsiAction(request), Target(context),
                                      &XmlDecoder::decodeIscsiDiscovery, checkedDiscovery(std::move(done)));
}

QString Client::iscsiLogin(const IscsiRequest &request, QObject *context, Callback<ActionResult> done)
{
    return d->operate<ActionResult>("POST", QStringLiteral("/hosts/%1/iscsilogin").arg(request.hostId),
                                    AttachEncoder::iscsiAction(request), Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}

void Client::hostStorage(const QString &hostId, bool reportStatus, QObject *context,
                         Callback<QList<LunStorage>> done)
{
    Query query;
    if (!reportStatus)
        query.append({ QStringLiteral("report_status"), QStringLiteral("false") });
    d->fetch<QList<LunStorage>>(d->endpoint(QStringLiteral("/hosts/%1/storage").arg(hostId), query),
                                Target(context), &XmlDecoder::decodeHostStorages, std::move(done));
}

QNetworkAccessManager *Client::network() const
{
    return d->network;
}

// --- Image transfers (NOTES §13.1) ---

QString Client::startImageTransfer(const ImageTransferRequest &request, QObject *context,
                                   Callback<ImageTransfer> done)
{
    QByteArray xml = "<image_transfer><disk id=\"" + request.diskId.toHtmlEscaped().toUtf8() + "\"/><direction>"
            + (request.upload ? "upload" : "download") + "</direction>";
    if (request.format)
        xml += "<format>" + toWire(*request.format).toUtf8() + "</format>";
    xml += "<inactivity_timeout>" + QByteArray::number(request.inactivityTimeout) + "</inactivity_timeout>";
    xml += "</image_transfer>";
    return d->operate<ImageTransfer>("POST", QStringLiteral("/imagetransfers"), xml, Target(context),
                                     &XmlDecoder::decodeImageTransfer, std::move(done));
}

void Client::imageTransfer(const QString &transferId, QObject *context, Callback<ImageTransfer> done)
{
    d->fetch<ImageTransfer>(d->endpoint(QStringLiteral("/imagetransfers/") + transferId), Target(context),
                            &XmlDecoder::decodeImageTransfer, std::move(done));
}

QString Client::finalizeImageTransfer(const QString &transferId, QObject *context, Callback<ActionResult> done)
{
    return d->operate<ActionResult>("POST", QStringLiteral("/imagetransfers/%1/finalize").arg(transferId),
                                    RequestEncoder::emptyAction(), Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}

QString Client::cancelImageTransfer(const QString &transferId, QObject *context, Callback<ActionResult> done)
{
    return d->operate<ActionResult>("POST", QStringLiteral("/imagetransfers/%1/cancel").arg(transferId),
                                    RequestEncoder::emptyAction(), Target(context),
                                    &XmlDecoder::decodeActionResult, std::move(done));
}
