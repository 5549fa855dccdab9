#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

/// What a Client trusts for one manager.
///
/// Either the system's CA store (a manager with a certificate from a public or company CA), or
/// exactly one pinned CA: the manager's own engine CA, downloaded once from its pki-resource URL
/// and accepted by the person, or read from a CA file. With a pinned CA nothing else is trusted,
/// not even the system store. Host name verification is never turned off.
class TrustPolicy final
{
public:
    /// The system's CA store.
    TrustPolicy() = default;
    static TrustPolicy pinned(const QSslCertificate &ca);
    /// The first certificate of a PEM (or DER) file; null policy with \a error set otherwise.
    static TrustPolicy fromCaFile(const QString &fileName, QString *error);
    /// The first certificate of PEM text (as stored in a profile).
    static TrustPolicy fromPem(const QByteArray &pem);

    bool isPinned() const { return !m_ca.isNull(); }
    QSslCertificate ca() const { return m_ca; }

    /// The TLS settings for a request: the pinned CA as the only root, peer verification on.
    QSslConfiguration sslConfiguration() const;

    /// SHA-256 of the DER encoding as colon-separated upper-case hex pairs (`AB:CD:…`), the way
    /// `openssl x509 -fingerprint -sha256` and browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);
    /// "CN=…, O=…, C=…" for a person.
    static QString subjectText(const QSslCertificate &certificate);
    static QString issuerText(const QSslCertificate &certificate);

    /// A sentence for the TLS errors of one handshake under this policy. With a pinned CA a
    /// chain that does not lead to it reads as "The manager's certificate changed …".
    QString describeErrors(const QList<QSslError> &errors, const QString &host) const;
    /// True for errors that mean "the chain does not lead to a trusted CA".
    static bool isChainError(QSslError::SslError error);

private:
    QSslCertificate m_ca;
};
