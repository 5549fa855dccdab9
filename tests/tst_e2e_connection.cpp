// Connections against a live diskdesk-lab over HTTPS: trust accepted, refused and changed; no
// password in the settings; token renewal after an engine restart; the automatic reconnect
// without losing the view; logout; and the message for each way a login can fail.

#include "cafetcher.h"
#include "client.h"
#include "connectionflow.h"
#include "connectionmonitor.h"
#include "connectionstatuswidget.h"
#include "labprocess.h"
#include "passwordstore.h"
#include "profilestore.h"
#include "tinyhttpserver.h"
#include "trustpolicy.h"
#include "vmlistmodel.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QSslCertificate labCa(const LabProcess &lab)
{
    QFile file(lab.caPath());
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

template <class T>
Result<T> waitFor(std::function<void(Client::Callback<T>)> call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000)) {
        Result<T> timeout;
        timeout.error = ApiError{ApiError::Kind::Network, 0, {}, QStringLiteral("test timed out")};
        return timeout;
    }
    return *result;
}

Result<ApiRoot> login(Client &client, const QString &user, const QString &password)
{
    return waitFor<ApiRoot>([&](Client::Callback<ApiRoot> done) { client.login(user, password, &client, done); });
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

/// Runs a ConnectionFlow to its end: the failure message, or empty on success.
struct FlowOutcome
{
    bool done = false;
    bool succeeded = false;
    QString message;
    QString keychainMessage;
    ConnectionProfile profile;
};

} // namespace

class TestE2eConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void caFetchShowsTheLabCa();
    void trustAccepted();
    void trustRefused();
    void certificateChanged();
    void noPasswordInSettings();
    void tokenRenewedAfterRestart();
    void reconnectKeepsTheView();
    void logoutEndsTheSession();
    void wrongPassword();
    void unknownUserProfile();
    void unreachableHost();
    void notAnOvirtApi();
    void onlyApiVersion3();

private:
    FlowOutcome runFlow(const ConnectionProfile &profile, const QString &password, bool trust,
                        CaFetcher::Outcome *shown = nullptr);

    QTemporaryDir m_config;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    LabProcess m_lab;
};

void TestE2eConnection::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    // No Secret Service in this test: the keychain-unavailable path is the one exercised here.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diskdesk-no-session-bus");
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DiskDesk"));
    m_settings = std::make_unique<QSettings>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());

    LabProcess::Options options;
    options.https = true;
    options.password = QStringLiteral("Pw-%1-unique").arg(QCoreApplication::applicationPid());
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.apiUrl().scheme(), QStringLiteral("https"));
}

void TestE2eConnection::cleanupTestCase()
{
    m_lab.stop();
}

FlowOutcome TestE2eConnection::runFlow(const ConnectionProfile &profile, const QString &password, bool trust,
                                       CaFetcher::Outcome *shown)
{
    Client client;
    PasswordStore passwords(QStringLiteral("DiskDesk e2e test"));
    ConnectionFlow flow(&client, m_profiles.get(), &passwords, nullptr);
    flow.setTrustPrompt([trust, shown](const QString &, const CaFetcher::Outcome &outcome) {
        if (shown)
            *shown = outcome;
        return trust;
    });
    FlowOutcome out;
    connect(&flow, &ConnectionFlow::succeeded, this, [&out](const ConnectionProfile &p) {
        out.done = out.succeeded = true;
        out.profile = p;
    });
    connect(&flow, &ConnectionFlow::failed, this, [&out](const QString &m) {
        out.done = true;
        out.message = m;
    });
    connect(&flow, &ConnectionFlow::keychainProblem, this, [&out](const QString &m) { out.keychainMessage = m; });
    flow.connectTo(profile, password);
    if (!QTest::qWaitFor([&out] { return out.done; }, 30000))
        out.message = QStringLiteral("the connection flow did not finish in time");
    // The keychain write (or its failure) follows the success.
    if (out.succeeded && profile.rememberPassword)
        (void)QTest::qWaitFor([&out] { return !out.keychainMessage.isEmpty(); }, 10000); // checked by the caller
    if (client.isLoggedIn()) {
        bool loggedOut = false;
        client.logout(nullptr, [&loggedOut] { loggedOut = true; });
        (void)QTest::qWaitFor([&loggedOut] { return loggedOut; }, 10000); // best effort between tests
    }
    return out;
}

void TestE2eConnection::caFetchShowsTheLabCa()
{
    CaFetcher fetcher;
    QCOMPARE(CaFetcher::pkiResourceUrl(m_lab.apiUrl()).path(), QStringLiteral("/ovirt-engine/services/pki-resource"));
    std::optional<CaFetcher::Outcome> outcome;
    fetcher.fetch(m_lab.apiUrl(), this, [&outcome](CaFetcher::Outcome o) { outcome = o; });
    QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
    QVERIFY2(outcome->ok(), qPrintable(outcome->error ? outcome->error->text() : QString()));
    // Exactly the lab's CA, checked by a connection that trusts only it.
    QCOMPARE(TrustPolicy::fingerprint(outcome->ca), TrustPolicy::fingerprint(labCa(m_lab)));
    QVERIFY2(outcome->verifyError.isEmpty(), qPrintable(outcome->verifyError));
    QVERIFY(!outcome->untrustedErrors.isEmpty()); // the system store does not know the lab's CA
    QVERIFY(TrustPolicy::subjectText(outcome->ca).contains(QStringLiteral("diskdesk-lab CA")));
    QVERIFY(!outcome->peerChain.isEmpty());
    QVERIFY(outcome->peerChain.constFirst().subjectAlternativeNames().values().contains(QStringLiteral("localhost")));
}

void TestE2eConnection::trustAccepted()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("lab accepted");
    profile.address = m_lab.apiUrl().toString();
    m_profiles->save(profile);
    CaFetcher::Outcome shown;
    const FlowOutcome out = runFlow(profile, m_lab.password(), true, &shown);
    QVERIFY2(out.succeeded, qPrintable(out.message));
    QCOMPARE(TrustPolicy::fingerprint(shown.ca), TrustPolicy::fingerprint(labCa(m_lab)));
    // Pinned in the saved profile; the next connection asks nothing.
    const auto saved = m_profiles->profile(profile.name);
    QVERIFY(saved);
    QCOMPARE(QSslCertificate(saved->caCertificatePem, QSsl::Pem), labCa(m_lab));
    bool asked = false;
    Client client;
    PasswordStore passwords(QStringLiteral("DiskDesk e2e test"));
    ConnectionFlow again(&client, m_profiles.get(), &passwords, nullptr);
    again.setTrustPrompt([&asked](const QString &, const CaFetcher::Outcome &) { return asked = true; });
    QSignalSpy succeeded(&again, &ConnectionFlow::succeeded);
    again.connectTo(*saved, m_lab.password());
    QVERIFY(succeeded.wait(30000));
    QVERIFY(!asked);
    QVERIFY(client.isLoggedIn());
    QVERIFY(client.trust().isPinned());
}

void TestE2eConnection::trustRefused()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("lab refused");
    profile.address = m_lab.apiUrl().toString();
    m_profiles->save(profile);
    const FlowOutcome out = runFlow(profile, m_lab.password(), false);
    QVERIFY(!out.succeeded);
    QVERIFY2(out.message.contains(QStringLiteral("was not trusted")), qPrintable(out.message));
    QVERIFY(m_profiles->profile(profile.name)->caCertificatePem.isEmpty());

    // And without a trusted CA the client itself refuses the lab's certificate.
    Client client;
    client.setApiUrl(m_lab.apiUrl());
    const Result<ApiRoot> result = login(client, QStringLiteral("admin@internal"), m_lab.password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Tls);
    QVERIFY2(result.error->text().contains(QStringLiteral("not signed by a CA this computer trusts")),
             qPrintable(result.error->text()));
}

void TestE2eConnection::certificateChanged()
{
    // Another lab in a new data folder: a new CA, as if the manager's CA had been replaced.
    LabProcess other;
    LabProcess::Options options;
    options.https = true;
    options.password = m_lab.password();
    options.demo = false;
    QVERIFY2(other.start(options), qPrintable(other.errorString()));
    QVERIFY(TrustPolicy::fingerprint(labCa(other)) != TrustPolicy::fingerprint(labCa(m_lab)));

    ConnectionProfile profile;
    profile.name = QStringLiteral("lab changed");
    profile.address = other.apiUrl().toString();
    profile.caCertificatePem = labCa(m_lab).toPem(); // pinned earlier
    bool asked = false;
    Client client;
    PasswordStore passwords(QStringLiteral("DiskDesk e2e test"));
    ConnectionFlow flow(&client, m_profiles.get(), &passwords, nullptr);
    flow.setTrustPrompt([&asked](const QString &, const CaFetcher::Outcome &) { return asked = true; });
    QSignalSpy failed(&flow, &ConnectionFlow::failed);
    flow.connectTo(profile, m_lab.password());
    QVERIFY(failed.wait(30000));
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(QStringLiteral("The manager's certificate changed")), qPrintable(message));
    QVERIFY2(message.contains(TrustPolicy::fingerprint(labCa(m_lab))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("diskdesk-lab CA")), qPrintable(message));
    QVERIFY(!asked); // refused, never silently re-trusted
    QVERIFY(!client.isLoggedIn());
    other.stop();
}

void TestE2eConnection::noPasswordInSettings()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("lab remembered");
    profile.address = m_lab.apiUrl().toString();
    profile.rememberPassword = true;
    m_profiles->save(profile);
    const FlowOutcome out = runFlow(profile, m_lab.password(), true);
    QVERIFY2(out.succeeded, qPrintable(out.message));
    // No keychain runs here: the person is told why the password will be asked again.
    QVERIFY2(out.keychainMessage.contains(QStringLiteral("No keychain service is available")),
             qPrintable(out.keychainMessage));
    m_settings->sync();
    const QString file = m_settings->fileName();
    QVERIFY2(file.startsWith(m_config.path()), qPrintable(file));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    QVERIFY(content.contains("lab remembered"));
    QVERIFY(content.contains("BEGIN CERTIFICATE"));
    QVERIFY2(!content.contains(m_lab.password().toUtf8()), content.constData());
    QVERIFY(filesContaining(m_config.path(), m_lab.password().toUtf8()).isEmpty());
}

void TestE2eConnection::tokenRenewedAfterRestart()
{
    LabProcess lab;
    LabProcess::Options options;
    options.https = true;
    options.password = m_lab.password();
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    Client client;
    client.setApiUrl(lab.apiUrl());
    client.setTrust(TrustPolicy::pinned(labCa(lab)));
    QVERIFY(login(client, QStringLiteral("admin@internal"), lab.password()).ok());
    const QSslCertificate ca = labCa(lab);

    // The same manager restarts (same data, same port, same CA): it has forgotten every token.
    options.dataDir = lab.dataDir();
    options.port = quint16(lab.apiUrl().port());
    QCOMPARE(lab.stop(), 0);
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    QCOMPARE(labCa(lab), ca);

    QSignalSpy renewed(&client, &Client::sessionRenewed);
    const Result<QList<Vm>> vms = waitFor<QList<Vm>>([&](Client::Callback<QList<Vm>> done) { client.vms(QString(), &client, done); });
    QVERIFY2(vms.ok(), vms.ok() ? "" : qPrintable(vms.error->text()));
    QVERIFY(!vms.value.isEmpty());
    QCOMPARE(renewed.count(), 1);
    QVERIFY(client.isLoggedIn());
}

void TestE2eConnection::reconnectKeepsTheView()
{
    LabProcess lab;
    LabProcess::Options options;
    options.https = true;
    options.password = m_lab.password();
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    Client client;
    client.setApiUrl(lab.apiUrl());
    client.setTrust(TrustPolicy::pinned(labCa(lab)));
    QVERIFY(login(client, QStringLiteral("admin@internal"), lab.password()).ok());

    VmListModel model;
    ConnectionStatusWidget status(&client);
    status.monitor()->setRetryIntervals(200, 1000);
    QSignalSpy reconnected(&status, &ConnectionStatusWidget::reconnected);
    const auto reload = [&] {
        return waitFor<QList<Vm>>([&](Client::Callback<QList<Vm>> done) { client.vms(QString(), &model, done); });
    };
    Result<QList<Vm>> first = reload();
    QVERIFY(first.ok());
    model.setVms(first.value);
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(status.isHidden());

    options.dataDir = lab.dataDir();
    options.port = quint16(lab.apiUrl().port());
    QCOMPARE(lab.stop(), 0);
    // A refresh while the manager is gone: an error, the rows stay, the status bar says so.
    const Result<QList<Vm>> during = reload();
    QVERIFY(!during.ok());
    QCOMPARE(during.error->kind, ApiError::Kind::Network);
    QVERIFY2(during.error->text().contains(QStringLiteral("connection was refused")), qPrintable(during.error->text()));
    QCOMPARE(status.monitor()->state(), ConnectionMonitor::State::Lost);
    QVERIFY(!status.isHidden());
    QVERIFY2(status.text().startsWith(QStringLiteral("Connection lost")), qPrintable(status.text()));
    QCOMPARE(model.rowCount(), rows);
    // A few retries fail while it is down.
    QVERIFY(QTest::qWaitFor([&] { return status.monitor()->attempts() >= 2; }, 10000));
    QCOMPARE(reconnected.count(), 0);

    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    QVERIFY(reconnected.wait(15000) || reconnected.count() == 1);
    QCOMPARE(status.monitor()->state(), ConnectionMonitor::State::Connected);
    QVERIFY(client.isLoggedIn());
    const Result<QList<Vm>> after = reload();
    QVERIFY(after.ok());
    model.setVms(after.value);
    QCOMPARE(model.rowCount(), rows);
    // The restart cost the session; it was renewed on the way and the status bar says so.
    QVERIFY2(status.text().contains(QStringLiteral("session renewed")), qPrintable(status.text()));
}

void TestE2eConnection::logoutEndsTheSession()
{
    Client client;
    client.setApiUrl(m_lab.apiUrl());
    client.setTrust(TrustPolicy::pinned(labCa(m_lab)));
    QByteArray bearer;
    connect(client.network(), &QNetworkAccessManager::finished, this, [&bearer](QNetworkReply *reply) {
        const QByteArray header = reply->request().rawHeader("Authorization");
        if (header.startsWith("Bearer "))
            bearer = header;
    });
    QVERIFY(login(client, QStringLiteral("admin@internal"), m_lab.password()).ok());
    QVERIFY(!bearer.isEmpty());
    bool done = false;
    client.logout(this, [&done] { done = true; });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
    QVERIFY(!client.isLoggedIn());

    // The old token is dead at the manager, not just forgotten here.
    QNetworkAccessManager network;
    QNetworkRequest request(m_lab.apiUrl());
    request.setRawHeader("Authorization", bearer);
    request.setRawHeader("Version", "4");
    request.setSslConfiguration(TrustPolicy::pinned(labCa(m_lab)).sslConfiguration());
    QNetworkReply *reply = network.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    delete reply;
}

void TestE2eConnection::wrongPassword()
{
    Client client;
    client.setApiUrl(m_lab.apiUrl());
    client.setTrust(TrustPolicy::pinned(labCa(m_lab)));
    const Result<ApiRoot> result = login(client, QStringLiteral("admin@internal"), QStringLiteral("wrong"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Auth);
    QCOMPARE(result.error->text(), QStringLiteral("Cannot authenticate user 'admin@internal': Unable to log in. Verify "
                                                  "your login information or contact the system administrator.."));
}

void TestE2eConnection::unknownUserProfile()
{
    Client client;
    client.setApiUrl(m_lab.apiUrl());
    client.setTrust(TrustPolicy::pinned(labCa(m_lab)));
    const Result<ApiRoot> result = login(client, QStringLiteral("admin@nosuch"), m_lab.password());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Auth);
    const QString text = result.error->text();
    QVERIFY2(text.startsWith(QStringLiteral("No valid profile found in credentials.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no user profile \u201cnosuch\u201d")), qPrintable(text));
}

void TestE2eConnection::unreachableHost()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Client client;
    client.setApiUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/ovirt-engine/api").arg(port)));
    const Result<ApiRoot> result = login(client, QStringLiteral("admin@internal"), QStringLiteral("x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Network);
    QVERIFY2(result.error->text().startsWith(QStringLiteral("Cannot reach the manager at 127.0.0.1:%1: the connection "
                                                            "was refused.").arg(port)),
             qPrintable(result.error->text()));
}

void TestE2eConnection::notAnOvirtApi()
{
    TinyHttpServer web([](const QByteArray &, const QByteArray &) {
        return TinyHttpServer::Response{200, "text/html; charset=utf-8", "<html><body>It works!</body></html>"};
    });
    QVERIFY(web.start());
    Client client;
    client.setApiUrl(QUrl(QString::fromLatin1(web.apiUrl())));
    const Result<ApiRoot> result = login(client, QStringLiteral("admin@internal"), QStringLiteral("x"));
    QVERIFY(!result.ok());
    const QString text = result.error->text();
    QVERIFY2(text.startsWith(QString::fromLatin1(web.apiUrl()) + QStringLiteral(" is not an oVirt API: it answered "
                                                                                "with HTTP status 200 and \u201ctext/html")),
             qPrintable(text));
}

void TestE2eConnection::onlyApiVersion3()
{
    QFile sample(QStringLiteral(DISKDESK_TEST_DATA "/examples/api-root-v3-DO-NOT-EMULATE.xml"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray v3Root = sample.readAll();
    // An engine 3.6: no OAuth SSO yet (404), the API root in the v3 shape.
    TinyHttpServer engine([&v3Root](const QByteArray &, const QByteArray &path) {
        if (path == "/ovirt-engine/api")
            return TinyHttpServer::Response{200, "application/xml", v3Root};
        return TinyHttpServer::Response{404, "text/html", "<html><body>Not Found</body></html>"};
    });
    QVERIFY(engine.start());
    Client client;
    client.setApiUrl(QUrl(QString::fromLatin1(engine.apiUrl())));
    const Result<ApiRoot> result = login(client, QStringLiteral("admin@internal"), QStringLiteral("x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->text(), QStringLiteral("This manager only speaks API version 3 (oVirt Engine 3.6.7_master). "
                                                  "DiskDesk needs API version 4, which oVirt 4.0 and later provide."));
}

QTEST_MAIN(TestE2eConnection)
#include "tst_e2e_connection.moc"
