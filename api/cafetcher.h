#pragma once

#include "apierror.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

/// Downloads a manager's CA certificate from its pki-resource URL so that a person can check
/// it before it is trusted.
///
/// The download runs over a TLS connection that is not trusted yet, so it sends nothing but
/// the GET: no credentials, no token, no cookies, on a network manager of its own whose
/// connections are never reused by a Client. The CA is then checked the only way that
/// counts: a second connection that trusts exactly that CA (host name checks on) must succeed.
class CaFetcher final : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QSslCertificate ca;                ///< null when none was obtained (see error)
        QList<QSslCertificate> peerChain;  ///< what the manager presented on the untrusted connection
        QList<QSslError> untrustedErrors;  ///< why that connection was not trusted (empty: the system trusts it)
        /// Set when a connection trusting only `ca` fails: the CA does not vouch for this
        /// manager under this host name, so trusting it would not work.
        QString verifyError;
        std::optional<ApiError> error;     ///< the CA could not be obtained at all
        bool ok() const { return !error && !ca.isNull(); }
    };

    explicit CaFetcher(QObject *parent = nullptr);
    ~CaFetcher() override;

    /// `https://host/ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA`
    /// next to the API URL.
    static QUrl pkiResourceUrl(const QUrl &apiUrl);

    /// Fetches and checks the CA; \a done runs on \a context's thread unless it was destroyed.
    void fetch(const QUrl &apiUrl, QObject *context, std::function<void(Outcome)> done);

private:
    void verify(const QUrl &url, Outcome outcome, QObject *context, std::function<void(Outcome)> done);

    QNetworkAccessManager *m_network;
};
