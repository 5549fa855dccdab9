// Screenshots of the connection dialogs: saved profiles (one with a pinned CA, one default), the
// question whether to trust a manager's CA, and the dialog after a manager could not be reached.

#include "client.h"
#include "connectiondialog.h"
#include "connectionstartup.h"
#include "passwordstore.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "screenshottest.h"
#include "trustcertificatedialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSslError>
#include <QTcpServer>
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
    void unreachableManager();
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

void TestConnectionScreenshot::unreachableManager()
{
    // diskdesk --url URL --password-file F with no manager at URL: no main window, the
    // connection dialog instead, saying what failed and what to check, ready to try again.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diskdesk-no-session-bus");
    QTcpServer probe; // a port that was just free: nothing listens there
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString address = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    PasswordStore passwords;
    Client client;
    ConnectionStartup::Options options;
    options.url = QStringLiteral("http://%1/ovirt-engine/api").arg(address);
    options.password = QStringLiteral("secret");
    ConnectionStartup startup(options, &client, &profiles, &passwords);
    QVERIFY(startup.error().isEmpty());
    startup.start();
    ConnectionDialog *dialog = startup.dialog();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QVERIFY(QTest::qWaitFor([&] { return dialog->isVisible() && error->isVisible(); }, 30000));
    QVERIFY(!client.isLoggedIn());
    // The keychain's answer (there is none here) comes on its own time: waited for, so the
    // picture never depends on which came first.
    auto *keychain = dialog->findChild<QLabel *>(QStringLiteral("keychainLabel"));
    QVERIFY(QTest::qWaitFor([keychain] { return !keychain->text().isEmpty(); }, 15000));
    QVERIFY2(error->text().startsWith(QStringLiteral("Cannot reach the manager at %1: the connection was refused. "
                                                     "Is the engine running, and is the address and port right?").arg(address)),
             qPrintable(error->text()));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());

    // The port changes from run to run.
    const QString shown = QStringLiteral("127.0.0.1:8443");
    error->setText(error->text().replace(address, shown));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("hintLabel"));
    QVERIFY(hint->text().contains(address));
    hint->setText(hint->text().replace(address, shown));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(url->text().contains(address));
    const QSignalBlocker blocker(url); // editing would clear the error
    url->setText(url->text().replace(address, shown));
    dialog->resize(560, dialog->sizeHint().height());
    DISKDESK_VERIFY_SCREENSHOT(dialog, QStringLiteral("connection"), QStringLiteral("unreachable-manager"));
    dialog->reject();
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestConnectionScreenshot)
#include "tst_connection_screenshot.moc"
