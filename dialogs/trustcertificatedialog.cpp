#include "trustcertificatedialog.h"

#include "trustpolicy.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// 32 pairs in two lines of 16: easier to compare pair by pair with the engine's output.
QString fingerprintLines(const QSslCertificate &certificate)
{
    const QString text = TrustPolicy::fingerprint(certificate);
    const QStringList pairs = text.split(QLatin1Char(':'));
    if (pairs.size() != 32)
        return text;
    return pairs.mid(0, 16).join(QLatin1Char(':')) + QStringLiteral(":\n") + pairs.mid(16).join(QLatin1Char(':'));
}

QString dateText(const QDateTime &date)
{
    return QLocale().toString(date.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

TrustCertificateDialog::TrustCertificateDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    setWindowTitle(tr("Trust the Manager's Certificate?"));

    m_introLabel = valueLabel(QStringLiteral("introLabel"), tr("Explanation"), this);
    m_introLabel->setTextInteractionFlags(Qt::NoTextInteraction);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprintLabel = valueLabel(QStringLiteral("fingerprintLabel"), tr("SHA-256 fingerprint"), this);
    m_fingerprintLabel->setFont(mono);
    m_fingerprintLabel->setWordWrap(false);
    m_subjectLabel = valueLabel(QStringLiteral("subjectLabel"), tr("Subject"), this);
    m_issuerLabel = valueLabel(QStringLiteral("issuerLabel"), tr("Issuer"), this);
    m_validityLabel = valueLabel(QStringLiteral("validityLabel"), tr("Validity"), this);
    m_noteLabel = valueLabel(QStringLiteral("noteLabel"), tr("Why this question"), this);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_warningLabel = valueLabel(QStringLiteral("warningLabel"), tr("Warning"), this);
    QPalette warning = m_warningLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_warningLabel->setPalette(warning);

    auto *form = new QFormLayout;
    form->addRow(tr("SHA-256:"), m_fingerprintLabel);
    form->addRow(tr("Subject:"), m_subjectLabel);
    form->addRow(tr("Issuer:"), m_issuerLabel);
    form->addRow(tr("Valid:"), m_validityLabel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_trustButton = buttons->addButton(tr("&Trust This CA"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAccessibleName(tr("Trust this CA"));
    QPushButton *cancel = buttons->addButton(tr("Do &Not Trust"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("rejectButton"));
    cancel->setAccessibleName(tr("Do not trust"));
    // Trusting must be a deliberate click, never the Enter key.
    m_trustButton->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_warningLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    updateWidgets();
}

void TrustCertificateDialog::setCertificate(const QString &host, const QSslCertificate &ca)
{
    m_host = host;
    m_ca = ca;
    updateWidgets();
}

void TrustCertificateDialog::setUntrustedErrors(const QList<QSslError> &errors)
{
    if (errors.isEmpty()) {
        m_noteLabel->setText(tr("This computer already trusts the manager's certificate. Trusting this CA "
                                "pins it: DiskDesk will refuse any other certificate for this connection."));
        updateWidgets();
        return;
    }
    m_noteLabel->setText(tr("This computer does not trust the manager's certificate by itself (%1). Compare the "
                            "fingerprint with the one on the engine (openssl x509 -in "
                            "/etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256) before trusting it.")
                                 .arg(errors.constFirst().errorString()));
    updateWidgets();
}

void TrustCertificateDialog::setVerifyError(const QString &error)
{
    m_verifyError = error;
    updateWidgets();
}

void TrustCertificateDialog::updateWidgets()
{
    m_introLabel->setText(tr("The manager at <b>%1</b> sent this CA certificate. DiskDesk trusts it for this "
                             "connection only if you accept it.")
                                  .arg(m_host.toHtmlEscaped()));
    m_fingerprintLabel->setText(m_ca.isNull() ? QString() : fingerprintLines(m_ca));
    m_subjectLabel->setText(TrustPolicy::subjectText(m_ca));
    m_issuerLabel->setText(m_ca.isNull() ? QString()
                           : m_ca.isSelfSigned() ? tr("%1 (self-signed)").arg(TrustPolicy::issuerText(m_ca))
                                                 : TrustPolicy::issuerText(m_ca));
    m_validityLabel->setText(m_ca.isNull() ? QString()
                                           : tr("from %1 until %2").arg(dateText(m_ca.effectiveDate()),
                                                                        dateText(m_ca.expiryDate())));
    m_warningLabel->setText(m_verifyError);
    m_warningLabel->setVisible(!m_verifyError.isEmpty());
    m_noteLabel->setVisible(!m_noteLabel->text().isEmpty());
    m_trustButton->setEnabled(!m_ca.isNull() && m_verifyError.isEmpty());
}
