#pragma once

#include <QDialog>
#include <QSslCertificate>
#include <QSslError>

class QLabel;
class QPushButton;

/// Shows a manager's CA certificate, as downloaded from its pki-resource URL, for a person to
/// check before DiskDesk trusts it: SHA-256 fingerprint (to compare with
/// `openssl x509 -in /etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256` on the engine),
/// subject, issuer and validity. Accepting pins it for the connection; nothing is trusted
/// otherwise.
class TrustCertificateDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TrustCertificateDialog(QWidget *parent = nullptr);

    /// \a host is the manager's host name as the person gave it.
    void setCertificate(const QString &host, const QSslCertificate &ca);
    /// Why the connection was not trusted without this CA (TLS errors of the download).
    void setUntrustedErrors(const QList<QSslError> &errors);
    /// A connection trusting only this CA failed: trusting it is pointless, so it is refused.
    void setVerifyError(const QString &error);

    QSslCertificate certificate() const { return m_ca; }

private:
    void updateWidgets();

    QString m_host;
    QSslCertificate m_ca;
    QString m_verifyError;
    QLabel *m_introLabel = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLabel *m_issuerLabel = nullptr;
    QLabel *m_validityLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QPushButton *m_trustButton = nullptr;
};
