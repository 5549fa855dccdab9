// The client never writes a password or a token to disk or to its logs (issue 11, item 4). The
// CLI and a GUI login run with every Qt logging category at debug level, against a lab behind a
// recording proxy that shows the bearer tokens they really used; then their output, their logs
// and every file under their home, config, cache and data folders are searched for the password
// and for each token.

#include "connectiondialog.h"
#include "connectionflow.h"
#include "connectionprofile.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "profilestore.h"
#include "recordingproxy.h"
#include "client.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace {

/// Files under \a root whose bytes contain \a secret (as is, or percent/base64 encoded).
QStringList filesContaining(const QString &root, const QByteArray &secret)
{
    QStringList found;
    const QList<QByteArray> forms{secret, QUrl::toPercentEncoding(QString::fromUtf8(secret)), secret.toBase64()};
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms) {
            if (content.contains(form))
                found << file.fileName();
        }
    }
    return found;
}

bool containsAny(const QByteArray &text, const QByteArray &secret)
{
    return text.contains(secret) || text.contains(QUrl::toPercentEncoding(QString::fromUtf8(secret)));
}

} // namespace

class TestClientSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cliKeepsNoSecrets();
    void guiKeepsNoSecrets();

private:
    QTemporaryDir m_home; ///< HOME and the XDG folders of the clients under test
    QTemporaryDir m_secrets; ///< the password file, outside what is searched
    QString m_passwordFile;
    LabProcess m_lab;
    std::unique_ptr<RecordingProxy> m_proxy;
};

void TestClientSecrets::initTestCase()
{
    QVERIFY(m_home.isValid() && m_secrets.isValid());
    // Set before anything reads them: QSettings and QStandardPaths of this process (the GUI part).
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_STATE_HOME", m_home.filePath(QStringLiteral("state")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diskdesk-no-session-bus");
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DiskDesk"));

    LabProcess::Options options;
    options.password = QStringLiteral("Secret-%1-Pw").arg(QCoreApplication::applicationPid());
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    m_passwordFile = m_secrets.filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_lab.password().toUtf8() + '\n');
    file.close();
    m_proxy = std::make_unique<RecordingProxy>(quint16(m_lab.apiUrl().port()));
    QVERIFY(m_proxy->start());
}

void TestClientSecrets::cleanupTestCase()
{
    m_lab.stop();
}

void TestClientSecrets::cliKeepsNoSecrets()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/ovirt-engine/api").arg(m_proxy->serverPort());
    const QByteArray password = m_lab.password().toUtf8();
    QByteArray output;
    const QList<QStringList> commands{{QStringLiteral("vms")},
                                      {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("disks")},
                                      {QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("web-01"), QStringLiteral("--description"),
                                       QStringLiteral("secrets test")}};
    for (const QStringList &command : commands) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DISKDESK_CLI_EXE),
                  QStringList{QStringLiteral("--url"), url, QStringLiteral("--user"), QStringLiteral("admin@internal"), QStringLiteral("--password-file"),
                              m_passwordFile} + command);
        // The proxy lives in this event loop: wait without blocking it.
        QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 120000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, (out + err).constData());
        output += out + err;
    }
    const QList<QByteArray> tokens = m_proxy->bearerTokens();
    QVERIFY2(!tokens.isEmpty(), "no bearer token went over the wire");
    QVERIFY(m_proxy->sent().contains("/snapshots"));
    QVERIFY2(!containsAny(output, password), output.constData());
    for (const QByteArray &token : tokens)
        QVERIFY2(!containsAny(output, token), output.constData());
    QVERIFY2(filesContaining(m_home.path(), password).isEmpty(), qPrintable(filesContaining(m_home.path(), password).join(QLatin1Char(' '))));
    for (const QByteArray &token : tokens)
        QVERIFY(filesContaining(m_home.path(), token).isEmpty());
}

void TestClientSecrets::guiKeepsNoSecrets()
{
    // Everything this process writes to stdout and stderr (Qt's log included) goes to a file.
    QTemporaryFile log;
    QVERIFY(log.open());
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    ::dup2(log.handle(), 1);
    ::dup2(log.handle(), 2);
    const QByteArray password = m_lab.password().toUtf8();
    const qsizetype sentBefore = m_proxy->sent().size();
    bool failed = false;
    bool loaded = false;
    bool loggedOutInTime = false;
    {
        ProfileStore profiles;
        PasswordStore passwords;
        Client client;
        ConnectionDialog dialog;
        ConnectionFlow flow(&client, &profiles, &passwords, &dialog);
        std::unique_ptr<MainWindow> window;
        // A saved profile with "remember password": the path that would store it, if anything did.
        ConnectionProfile saved;
        saved.name = QStringLiteral("secrets lab");
        saved.address = QStringLiteral("http://127.0.0.1:%1/ovirt-engine/api").arg(m_proxy->serverPort());
        saved.rememberPassword = true;
        profiles.save(saved);
        dialog.setProfiles(profiles.profiles(), saved.name);
        dialog.setPassword(m_lab.password());
        dialog.setRememberPassword(true);
        connect(&dialog, &ConnectionDialog::loginRequested, &dialog,
                [&](const QUrl &, const QString &, const QString &secret) { flow.connectTo(dialog.profile(), secret); });
        connect(&flow, &ConnectionFlow::failed, this, [&failed] { failed = true; });
        connect(&flow, &ConnectionFlow::succeeded, this, [&] {
            dialog.loginSucceeded();
            window = std::make_unique<MainWindow>(&client);
            window->show();
        });
        dialog.show();
        dialog.accept();
        loaded = QTest::qWaitFor([&] { return failed || (window && m_proxy->sent().indexOf("/vms", sentBefore) > 0); }, 60000);
        QTest::qWait(3000); // the views fill in
        if (window)
            window->close();
        window.reset();
        bool loggedOut = !client.isLoggedIn();
        client.logout(nullptr, [&loggedOut] { loggedOut = true; });
        loggedOutInTime = QTest::qWaitFor([&loggedOut] { return loggedOut; }, 10000);
        QSettings().sync();
    }
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(savedOut);
    ::close(savedErr);
    log.seek(0);
    const QByteArray logged = log.readAll();

    QVERIFY2(!failed && loaded && loggedOutInTime, logged.constData());
    const QList<QByteArray> tokens = m_proxy->bearerTokens();
    QVERIFY(m_proxy->sent().indexOf("Authorization: Bearer", sentBefore) > 0);
    QVERIFY(m_proxy->sent().indexOf("sso-logout", sentBefore) > 0); // the session was ended
    QVERIFY2(logged.size() > 0, "debug logging produced nothing: the check would be empty");
    QVERIFY2(!containsAny(logged, password), logged.constData());
    for (const QByteArray &token : tokens)
        QVERIFY2(!containsAny(logged, token), logged.constData());
    // The settings the GUI read and kept (its profile) are among the files searched.
    QVERIFY2(!filesContaining(m_home.path(), "secrets lab").isEmpty(), "no settings file: nothing was checked");
    QVERIFY2(filesContaining(m_home.path(), password).isEmpty(), qPrintable(filesContaining(m_home.path(), password).join(QLatin1Char(' '))));
    for (const QByteArray &token : tokens)
        QVERIFY(filesContaining(m_home.path(), token).isEmpty());
}

QTEST_MAIN(TestClientSecrets)
#include "tst_client_secrets.moc"
