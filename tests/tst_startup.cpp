// Issue 6: `diskdesk --profile NAME` (ConnectionStartup, what app/main.cpp runs before the main
// window) against a live diskdesk-lab over HTTPS, with the profiles in a temporary settings file
// and no keychain service: the direct login with a password file never shows the dialog; without
// a password the dialog asks and says why; an unknown profile is refused; no password reaches
// the settings file on any of these paths.

#include "client.h"
#include "connectiondialog.h"
#include "connectionstartup.h"
#include "labprocess.h"
#include "passwordstore.h"
#include "profilestore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Counts the times a widget is shown.
class ShowCounter final : public QObject
{
public:
    int shown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shown;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void profileWithPasswordFileConnectsDirectly();
    void profileWithoutKeychainAsks();
    void unknownProfileIsRefused();
    void defaultProfileIsOffered();

private:
    /// The settings file's whole text, for the "no password" checks.
    QByteArray settingsText() const;
    void verifyNoPasswordInSettings() const;

    LabProcess m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

void TestStartup::initTestCase()
{
    // Nothing of the person running the tests is read or written: no keychain service (a bus
    // that is not there), the standard locations in test mode, the profiles in a temporary file.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diskdesk-no-session-bus");
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    LabProcess::Options options;
    options.https = true;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("DiskDesk.conf")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    ConnectionProfile profile;
    profile.name = QStringLiteral("lab");
    profile.address = m_lab.apiUrl().toString();
    QFile ca(m_lab.caPath());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    profile.caCertificatePem = ca.readAll();
    profile.rememberPassword = true; // asked for, but there is no keychain to keep it
    m_profiles->save(profile);
    ConnectionProfile other;
    other.name = QStringLiteral("elsewhere");
    other.address = QStringLiteral("engine.example.com");
    m_profiles->save(other);
    m_profiles->setDefaultProfileName(QStringLiteral("lab"));
    m_profiles->sync();
}

void TestStartup::cleanupTestCase()
{
    m_lab.stop();
}

QByteArray TestStartup::settingsText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestStartup::verifyNoPasswordInSettings() const
{
    const QByteArray text = settingsText();
    QVERIFY(text.contains("lab")); // the file is the one the profiles are in
    const QByteArray password = m_lab.password().toUtf8();
    QVERIFY2(!text.contains(password), text.constData());
    QVERIFY(!text.contains(password.toBase64()));
    QVERIFY(!text.contains(password.toHex()));
    // No key that could hold one either ("rememberPassword" is the choice, a boolean).
    const QRegularExpression passwordKey(QStringLiteral("(^|[/\\\\])(password|secret|token)\\s*="),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QVERIFY2(!passwordKey.match(QString::fromUtf8(text)).hasMatch(), text.constData());
}

void TestStartup::profileWithPasswordFileConnectsDirectly()
{
    // diskdesk --profile lab --password-file FILE
    Client client;
    PasswordStore passwords;
    ConnectionStartup::Options options;
    options.profile = QStringLiteral("lab");
    options.password = m_lab.password();
    ConnectionStartup startup(options, &client, m_profiles.get(), &passwords);
    QVERIFY(startup.error().isEmpty());
    ShowCounter shows;
    startup.dialog()->installEventFilter(&shows);
    QSignalSpy connected(&startup, &ConnectionStartup::connected);
    QSignalSpy keychain(&startup, &ConnectionStartup::keychainProblem);
    startup.start();
    QVERIFY(connected.wait(30000));
    QVERIFY(client.isLoggedIn());
    QCOMPARE(client.apiUrl(), m_lab.apiUrl());
    QCOMPARE(connected.first().first().value<ConnectionProfile>().name, QStringLiteral("lab"));
    QCOMPARE(shows.shown, 0);
    QVERIFY(!startup.dialog()->isVisible());
    // "Remember password" was asked for: without a keychain that fails, and says so.
    QVERIFY(keychain.count() > 0 || keychain.wait(10000));
    QVERIFY2(!keychain.first().first().toString().isEmpty(), "no reason given");
    verifyNoPasswordInSettings();
}

void TestStartup::profileWithoutKeychainAsks()
{
    // diskdesk --profile lab: the password would come from the keychain, which is not there.
    Client client;
    PasswordStore passwords;
    ConnectionStartup::Options options;
    options.profile = QStringLiteral("lab");
    ConnectionStartup startup(options, &client, m_profiles.get(), &passwords);
    QSignalSpy connected(&startup, &ConnectionStartup::connected);
    startup.start();
    ConnectionDialog *dialog = startup.dialog();
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 15000));
    QVERIFY(!client.isLoggedIn());
    QCOMPARE(dialog->profileName(), QStringLiteral("lab"));
    auto *keychainLabel = dialog->findChild<QLabel *>(QStringLiteral("keychainLabel"));
    QVERIFY(keychainLabel);
    QVERIFY(QTest::qWaitFor([keychainLabel] { return !keychainLabel->text().isEmpty(); }, 15000));
    QVERIFY(dialog->password().isEmpty());
    QVERIFY(!dialog->validationError().isEmpty()); // OK waits for the password

    // The person types it; the dialog logs in and closes.
    dialog->setPassword(m_lab.password());
    dialog->accept();
    QVERIFY(connected.wait(30000));
    QVERIFY(client.isLoggedIn());
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000));
    verifyNoPasswordInSettings();
}

void TestStartup::unknownProfileIsRefused()
{
    Client client;
    PasswordStore passwords;
    ConnectionStartup::Options options;
    options.profile = QStringLiteral("nosuch");
    ConnectionStartup startup(options, &client, m_profiles.get(), &passwords);
    QCOMPARE(startup.error(), QStringLiteral("There is no saved profile \u201cnosuch\u201d."));
}

void TestStartup::defaultProfileIsOffered()
{
    // diskdesk with no options: the dialog, on the default profile, nothing sent yet.
    Client client;
    PasswordStore passwords;
    ConnectionStartup startup({}, &client, m_profiles.get(), &passwords);
    QSignalSpy cancelled(&startup, &ConnectionStartup::cancelled);
    startup.start();
    ConnectionDialog *dialog = startup.dialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->profileName(), QStringLiteral("lab"));
    QCOMPARE(dialog->apiUrl(), m_lab.apiUrl());
    QVERIFY(!client.isLoggedIn());
    dialog->reject();
    QCOMPARE(cancelled.count(), 1);
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
