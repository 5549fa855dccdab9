#include "trustpolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslSocket>

namespace {

QString nameText(const QSslCertificate &certificate, bool issuer)
{
    // Most specific first, as people read a certificate name.
    QStringList parts;
    for (const auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization,
                                 QSslCertificate::OrganizationalUnitName, QSslCertificate::LocalityName,
                                 QSslCertificate::StateOrProvinceName, QSslCertificate::CountryName}) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        static const char *const keys[] = {"O", "CN", "L", "OU", "C", "ST"}; // enum order of SubjectInfo
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(keys[int(attribute)]), value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool TrustPolicy::isChainError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::InvalidCaCertificate:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return true;
    default:
        return false;
    }
}

TrustPolicy TrustPolicy::pinned(const QSslCertificate &ca)
{
    TrustPolicy policy;
    policy.m_ca = ca;
    return policy;
}

TrustPolicy TrustPolicy::fromCaFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TrustPolicy", "Cannot read the CA file %1: %2").arg(fileName, file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() || certificates.constFirst().isNull()) {
        *error = QCoreApplication::translate("TrustPolicy", "The file %1 holds no certificate (PEM or DER).").arg(fileName);
        return {};
    }
    return pinned(certificates.constFirst());
}

TrustPolicy TrustPolicy::fromPem(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    return certificates.isEmpty() ? TrustPolicy() : pinned(certificates.constFirst());
}

QSslConfiguration TrustPolicy::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (isPinned()) {
        // Setting the list also stops Qt from loading the system store on demand.
        configuration.setCaCertificates({m_ca});
    }
    return configuration;
}

QString TrustPolicy::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString TrustPolicy::subjectText(const QSslCertificate &certificate)
{
    return nameText(certificate, false);
}

QString TrustPolicy::issuerText(const QSslCertificate &certificate)
{
    return nameText(certificate, true);
}

QString TrustPolicy::describeErrors(const QList<QSslError> &errors, const QString &host) const
{
    QSslCertificate peer;
    bool chain = false;
    for (const QSslError &error : errors) {
        if (peer.isNull() && !error.certificate().isNull())
            peer = error.certificate();
        chain = chain || isChainError(error.error());
    }
    if (chain && isPinned()) {
        QString text = QCoreApplication::translate("TrustPolicy", "The manager's certificate changed: %1 no longer presents a certificate signed by "
                          "the CA trusted for this connection (SHA-256 %2).")
                               .arg(host, fingerprint(m_ca));
        if (!peer.isNull())
            text += QLatin1Char(' ') + QCoreApplication::translate("TrustPolicy", "It now presents a certificate issued by \u201c%1\u201d.").arg(issuerText(peer));
        text += QLatin1Char(' ')
                + QCoreApplication::translate("TrustPolicy", "If the manager's CA was replaced on purpose, check the new CA and trust it again; "
                     "otherwise someone may be intercepting the connection.");
        return text;
    }
    if (chain) {
        return QCoreApplication::translate("TrustPolicy", "The certificate of %1 is not signed by a CA this computer trusts. Trust the manager's own CA "
                  "(DiskDesk can fetch it from the manager and show its fingerprint) or choose its CA file.")
                .arg(host);
    }
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch: {
            QStringList names = error.certificate().subjectAlternativeNames().values();
            if (names.isEmpty())
                names = error.certificate().subjectInfo(QSslCertificate::CommonName);
            return QCoreApplication::translate("TrustPolicy", "The manager's certificate is issued for %1, not for %2. Connect with a name the "
                      "certificate names.")
                    .arg(names.join(QStringLiteral(", ")), host);
        }
        case QSslError::CertificateExpired:
            return QCoreApplication::translate("TrustPolicy", "The certificate of %1 expired on %2.")
                    .arg(host, error.certificate().expiryDate().toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return QCoreApplication::translate("TrustPolicy", "The certificate of %1 is not valid before %2; check this computer's clock.")
                    .arg(host, error.certificate().effectiveDate().toString(Qt::ISODate));
        default:
            break;
        }
    }
    QStringList texts;
    for (const QSslError &error : errors)
        texts << error.errorString();
    return QCoreApplication::translate("TrustPolicy", "The secure connection to %1 failed: %2").arg(host, texts.join(QStringLiteral("; ")));
}
