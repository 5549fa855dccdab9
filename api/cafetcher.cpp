#include "cafetcher.h"

#include "networkerrortext.h"
#include "trustpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace {

constexpr int kTimeoutMs = 20000;

ApiError fetchError(ApiError::Kind kind, int status, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    return e;
}

QNetworkRequest bareRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", QByteArrayLiteral("DiskDesk/0.1"));
    request.setTransferTimeout(kTimeoutMs);
    // Nothing that identifies the person may travel on a connection that is not trusted yet.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace

CaFetcher::CaFetcher(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) { }

CaFetcher::~CaFetcher() = default;

QUrl CaFetcher::pkiResourceUrl(const QUrl &apiUrl)
{
    // https://host/ovirt-engine/api -> https://host/ovirt-engine/services/pki-resource
    QUrl url = apiUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype api = path.lastIndexOf(QLatin1String("/api"));
    const QString prefix = api >= 0 && api + 4 == path.size() ? path.left(api) : QStringLiteral("/ovirt-engine");
    url.setPath(prefix + QLatin1String("/services/pki-resource"));
    url.setQuery(QStringLiteral("resource=ca-certificate&format=X509-PEM-CA"));
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

void CaFetcher::fetch(const QUrl &apiUrl, QObject *context, std::function<void(Outcome)> done)
{
    const QUrl url = pkiResourceUrl(apiUrl);
    QNetworkReply *reply = m_network->get(bareRequest(url));
    auto errors = std::make_shared<QList<QSslError>>();
    // Accepted only for this download, whose content a person checks before anything is trusted.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, errors](const QList<QSslError> &list) {
        *errors = list;
        reply->ignoreSslErrors(list);
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, errors, guard, context, done] {
        reply->deleteLater();
        if (context && !guard)
            return;
        Outcome outcome;
        outcome.untrustedErrors = *errors;
        outcome.peerChain = reply->sslConfiguration().peerCertificateChain();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            outcome.error = fetchError(ApiError::Kind::Network, 0,
                                       networkErrorText(reply->error(), url, reply->errorString()));
            done(outcome);
            return;
        }
        const QByteArray body = reply->readAll();
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(body, QSsl::Pem);
        if (status != 200 || certificates.isEmpty() || certificates.constFirst().isNull()) {
            outcome.error = fetchError(ApiError::Kind::Decode, status,
                                       tr("%1 did not send a CA certificate (HTTP status %2). Is this an oVirt "
                                          "engine? You can choose the manager's CA file instead.")
                                               .arg(url.host())
                                               .arg(status));
            done(outcome);
            return;
        }
        outcome.ca = certificates.constFirst();
        verify(url, outcome, context, done);
    });
}

void CaFetcher::verify(const QUrl &url, Outcome outcome, QObject *context, std::function<void(Outcome)> done)
{
    // A network manager of its own: the first one holds a connection whose errors were ignored.
    auto *network = new QNetworkAccessManager(this);
    QNetworkRequest request = bareRequest(url);
    request.setSslConfiguration(TrustPolicy::pinned(outcome.ca).sslConfiguration());
    QNetworkReply *reply = network->get(request);
    auto errors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply, [errors](const QList<QSslError> &list) { *errors = list; });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, network, url, errors, guard, context, outcome, done]() mutable {
        network->deleteLater();
        if (context && !guard)
            return;
        const bool chain = std::any_of(errors->cbegin(), errors->cend(),
                                       [](const QSslError &e) { return TrustPolicy::isChainError(e.error()); });
        if (chain)
            outcome.verifyError = tr("The manager's certificate is not signed by the CA it offers, so trusting "
                                     "that CA would not secure the connection.");
        else if (!errors->isEmpty())
            outcome.verifyError = TrustPolicy().describeErrors(*errors, url.host());
        else if (reply->error() != QNetworkReply::NoError && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
            outcome.verifyError = networkErrorText(reply->error(), url, reply->errorString());
        done(outcome);
    });
}
