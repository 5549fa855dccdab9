// Screenshots of the connection dialogs: saved profiles (one with a pinned CA, one default) and
// the question whether to trust a manager's CA.

#include "profiledialog.h"
#include "profilestore.h"
#include "screenshottest.h"
#include "trustcertificatedialog.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSslError>
#include <QTemporaryDir>

namespace {

QSslCertificate engineCa()
{
    QFile file(QStringLiteral(DISKDESK_TEST_DATA "/connection/engine-ca.pem"));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

} // namespace

class TestConnectionScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void profileDialog();
    void trustCertificateDialog();
    void trustCertificateDialogVerifyFailed();
};

void TestConnectionScreenshot::profileDialog()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    ConnectionProfile production;
    production.name = QStringLiteral("Production");
    production.address = QStringLiteral("engine.example.com");
    production.caCertificatePem = engineCa().toPem();
    production.rememberPassword = true;
    ConnectionProfile lab;
    lab.name = QStringLiteral("Lab");
    lab.address = QStringLiteral("https://127.0.0.1:8443/ovirt-engine/api");
    ConnectionProfile dr;
    dr.name = QStringLiteral("DR site");
    dr.address = QStringLiteral("olvm-dr.example.com");
    dr.user = QStringLiteral("storage-admin@example.com@corp");
    store.save(production);
    store.save(lab);
    store.save(dr);
    store.setDefaultProfileName(QStringLiteral("Production"));

    ProfileDialog dialog(&store);
    dialog.resize(760, 380);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("Production"));
    QVERIFY(dialog.validationError().isEmpty());
    DISKDESK_VERIFY_SCREENSHOT(&dialog, QStringLiteral("connection"), QStringLiteral("profiles"));

    // Duplicate, then an incomplete new profile disables OK with the reason.
    dialog.findChild<QPushButton *>(QStringLiteral("duplicateButton"))->click();
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("Production (copy)"));
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("New profile"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QVERIFY(dialog.validationError().contains(QStringLiteral("New profile")));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, QStringLiteral("connection"), QStringLiteral("profiles-new"));
    dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QVERIFY(dialog.validationError().isEmpty());
    dialog.accept();
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Production"), QStringLiteral("Production (copy)"),
                                         QStringLiteral("Lab"), QStringLiteral("DR site")}));
    QCOMPARE(store.profile(QStringLiteral("Production (copy)"))->caCertificatePem, production.caCertificatePem);
}

void TestConnectionScreenshot::trustCertificateDialog()
{
    const QSslCertificate ca = engineCa();
    QVERIFY(!ca.isNull());
    TrustCertificateDialog dialog;
    dialog.setCertificate(QStringLiteral("engine.example.com"), ca);
    dialog.setUntrustedErrors({QSslError(QSslError::SelfSignedCertificateInChain, ca)});
    dialog.resize(640, 260);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->isEnabled());
    // Enter must not trust: the default button is "Do Not Trust".
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("rejectButton"))->isDefault());
    DISKDESK_VERIFY_SCREENSHOT(&dialog, QStringLiteral("connection"), QStringLiteral("trust-certificate"));
}

void TestConnectionScreenshot::trustCertificateDialogVerifyFailed()
{
    TrustCertificateDialog dialog;
    dialog.setCertificate(QStringLiteral("engine.example.com"), engineCa());
    dialog.setUntrustedErrors({QSslError(QSslError::SelfSignedCertificateInChain, engineCa())});
    dialog.setVerifyError(QStringLiteral("The manager's certificate is not signed by the CA it offers, so trusting "
                                         "that CA would not secure the connection."));
    dialog.resize(640, 300);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->isEnabled());
    DISKDESK_VERIFY_SCREENSHOT(&dialog, QStringLiteral("connection"), QStringLiteral("trust-certificate-mismatch"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestConnectionScreenshot)
#include "tst_connection_screenshot.moc"
