// Access rules of diskdesk-lab (issue 11, item 4), over real sockets: every path but the CA and the
// token endpoints needs a valid token, tokens expire, bad passwords are slowed down without
// blocking the server, the lab listens on loopback unless told otherwise and says so, and what it
// writes is readable only by its user.

#include "labprocess.h"
#include "rawhttp.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <future>

#include <sys/stat.h>

namespace {

const QByteArray Api = "/ovirt-engine/api";

QSslCertificate caOf(const LabProcess &lab)
{
    QFile file(lab.caPath());
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

quint16 portOf(const LabProcess &lab)
{
    return quint16(lab.apiUrl().port());
}

QByteArray accessToken(const RawHttp::Response &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
}

QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token;
}

/// The ids in a collection's XML (elements named \a element directly carrying id attributes).
QStringList idsIn(const QByteArray &xml, const QString &element)
{
    QStringList ids;
    static const QRegularExpression any(QStringLiteral("<(\\w+) [^>]*\\bid=\"([^\"]+)\""));
    for (auto it = any.globalMatch(QString::fromUtf8(xml)); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == element)
            ids << match.captured(2);
    }
    return ids;
}

/// The engine's auth filter answer: 401, HTML, WWW-Authenticate, nothing of the API.
bool isUnauthorized(const RawHttp::Response &reply, QString *why)
{
    if (reply.status != 401)
        *why = QStringLiteral("status %1").arg(reply.status);
    else if (!reply.header("Content-Type").startsWith("text/html"))
        *why = QStringLiteral("Content-Type ") + QString::fromLatin1(reply.header("Content-Type"));
    else if (reply.header("WWW-Authenticate") != "Basic realm=\"RESTAPI\"")
        *why = QStringLiteral("WWW-Authenticate ") + QString::fromLatin1(reply.header("WWW-Authenticate"));
    else if (reply.body.contains("<?xml") || reply.body.contains("href="))
        *why = QStringLiteral("API data in the body");
    else
        return true;
    return false;
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestLabAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyApiPathNeedsAValidToken();
    void publicEndpoints();
    void tokensExpire();
    void tokensExpireWithAFixedClock();
    void badPasswordsAreSlowedDown();
    void slowDownIsPerUserAndPerAddress();
    void basicCredentialsAreSlowedDownToo();
    void listensOnLoopbackUnlessTold();
    void filesAreReadableOnlyByTheUser();

private:
    QTemporaryDir m_parent;
    LabProcess m_lab; ///< HTTPS, demo inventory, data folder made by the lab itself
    std::unique_ptr<RawHttp> m_http;
    QByteArray m_token;
};

void TestLabAccess::initTestCase()
{
    QVERIFY(m_parent.isValid());
    LabProcess::Options options;
    options.https = true;
    options.dataDir = m_parent.filePath(QStringLiteral("lab")); // created by the lab, under its umask
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    m_http = std::make_unique<RawHttp>(portOf(m_lab), caOf(m_lab));
    const RawHttp::Response reply = m_http->token("admin@internal", m_lab.password().toUtf8());
    QCOMPARE(reply.status, 200);
    m_token = accessToken(reply);
    QVERIFY(!m_token.isEmpty());
}

void TestLabAccess::cleanupTestCase()
{
    m_lab.stop();
}

void TestLabAccess::everyApiPathNeedsAValidToken()
{
    const RawHttp &http = *m_http;
    auto get = [&](const QByteArray &path) { return http.send("GET", Api + path, {bearer(m_token), "Version: 4"}).body; };
    const QString vm = idsIn(get("/vms?search=name%3Dweb-01"), QStringLiteral("vm")).value(0);
    QVERIFY(!vm.isEmpty());
    const QByteArray vmPath = "/vms/" + vm.toLatin1();
    const QStringList snapshots = idsIn(get(vmPath + "/snapshots"), QStringLiteral("snapshot"));
    const QString disk = idsIn(get(vmPath + "/diskattachments"), QStringLiteral("disk_attachment")).value(0);
    auto first = [&](const QByteArray &collection, const QString &element) {
        return collection + '/' + idsIn(get(collection), element).value(0).toLatin1();
    };
    QList<QByteArray> paths{"",
                            "/",
                            "/vms",
                            vmPath,
                            vmPath + "/diskattachments",
                            vmPath + "/diskattachments/" + disk.toLatin1(),
                            vmPath + "/snapshots",
                            "/disks",
                            first("/disks", QStringLiteral("disk")),
                            "/storagedomains",
                            first("/storagedomains", QStringLiteral("storage_domain")),
                            "/hosts",
                            first("/hosts", QStringLiteral("host")),
                            first("/hosts", QStringLiteral("host")) + "/storage",
                            "/datacenters",
                            first("/datacenters", QStringLiteral("data_center")),
                            "/clusters",
                            first("/clusters", QStringLiteral("cluster")),
                            "/templates",
                            "/events",
                            "/events;from=1",
                            first("/events", QStringLiteral("event")),
                            "/jobs",
                            "/v4/vms"};
    for (const QString &snapshot : snapshots)
        paths << vmPath + "/snapshots/" + snapshot.toLatin1() << vmPath + "/snapshots/" + snapshot.toLatin1() + "/disks";
    // Every path is real: with the token each one answers (a snapshot's disks only for
    // non-active snapshots, and /hosts/{id}/storage needs iSCSI sessions: 200 or a fault).
    for (const QByteArray &path : std::as_const(paths)) {
        const RawHttp::Response reply = http.send("GET", Api + path, {bearer(m_token)});
        QVERIFY2(reply.status == 200 || path.endsWith("/disks") || path.endsWith("/storage"),
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(path)).arg(reply.status)));
    }
    QVERIFY(http.send("HEAD", Api, {bearer(m_token)}).status == 200);

    // A token without the API scope, and one that was logged out.
    const QByteArray form = "grant_type=password&scope=ovirt-ext%3Dtoken-info%3Avalidate&username=admin%40internal&password="
        + QUrl::toPercentEncoding(m_lab.password());
    const QByteArray otherScope = accessToken(http.send("POST", "/ovirt-engine/sso/oauth/token", {"Accept: application/json"}, form));
    QVERIFY(!otherScope.isEmpty());
    const QByteArray loggedOut = accessToken(http.token("admin@internal", m_lab.password().toUtf8()));
    QVERIFY(http.send("GET", Api, {bearer(loggedOut)}).status == 200);
    QCOMPARE(http.send("POST", "/ovirt-engine/services/sso-logout", {"Accept: application/json"},
                       "scope=ovirt-app-api&token=" + loggedOut).status, 200);

    const QList<QList<QByteArray>> badCredentials{{},
                                                  {"Authorization: Bearer not-a-token"},
                                                  {"Authorization: Bearer"},
                                                  {"Authorization: bearer " + m_token}, // the filter wants "Bearer"
                                                  {bearer(m_token + "x")},
                                                  {bearer(otherScope)},
                                                  {bearer(loggedOut)},
                                                  {"Authorization: Basic !!!"},
                                                  {"Authorization: Negotiate abc"}};
    // Every path with every method and no credentials; every path with every bad credential on
    // GET; every method with every bad credential on a few paths.
    int checked = 0;
    const QList<QByteArray> methods{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    for (const QByteArray &path : std::as_const(paths)) {
        for (const QByteArray &method : methods) {
            for (const QList<QByteArray> &credentials : badCredentials) {
                const bool sampled = credentials.isEmpty() || method == "GET" || path == vmPath + "/snapshots" || path == "/disks"
                    || path == "/events";
                if (!sampled)
                    continue;
                const QByteArray body = method == "POST" || method == "PUT" ? QByteArray("<snapshot/>") : QByteArray();
                const RawHttp::Response reply = http.send(method, Api + path, credentials + QList<QByteArray>{"Version: 4"}, body);
                QString why;
                QVERIFY2(isUnauthorized(reply, &why) || (method == "HEAD" && reply.status == 401),
                         qPrintable(QStringLiteral("%1 %2 with [%3]: %4")
                                        .arg(QString::fromLatin1(method), QString::fromLatin1(path),
                                             QString::fromLatin1(credentials.value(0)), why)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 400);
    // Nothing was changed by all those refused writes.
    QCOMPARE(idsIn(get(vmPath + "/snapshots"), QStringLiteral("snapshot")), snapshots);
}

void TestLabAccess::publicEndpoints()
{
    // The CA, the token and logout endpoints answer without credentials, like the engine's.
    const RawHttp::Response ca = m_http->send("GET", "/ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA");
    QCOMPARE(ca.status, 200);
    QVERIFY(ca.body.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!ca.body.contains("PRIVATE KEY"));
    QCOMPARE(m_http->token("admin@internal", m_lab.password().toUtf8()).status, 200);
    QCOMPARE(m_http->send("POST", "/ovirt-engine/services/sso-logout", {"Accept: application/json"}, "token=unknown").status, 200);
    // Anything else outside the API is simply not there (and nothing is served from the disk).
    for (const QByteArray path : {"/", "/ovirt-engine", "/ovirt-engine/", "/ovirt-engine/apix", "/ovirt-engine/services/other",
                                  "/ovirt-engine/services/pki-resource/../../api/vms", "/lab.sqlite", "/admin-password",
                                  "/pki/ca.key", "/ovirt-engine/sso/oauth/token"}) {
        const RawHttp::Response reply = m_http->send("GET", path);
        QVERIFY2(reply.status == 404 || reply.status == 401 || reply.status == 405,
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(path)).arg(reply.status)));
        QVERIFY(!reply.body.contains("PRIVATE KEY"));
        QVERIFY(!reply.body.contains(m_lab.password().toUtf8()));
    }
}

void TestLabAccess::tokensExpire()
{
    LabProcess lab;
    LabProcess::Options options;
    options.demo = false;
    options.extraArgs = {QStringLiteral("--token-ttl"), QStringLiteral("3")};
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    const RawHttp http(portOf(lab));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const RawHttp::Response reply = http.token("admin@internal", lab.password().toUtf8());
    QCOMPARE(reply.status, 200);
    const QByteArray token = accessToken(reply);
    // exp: a string of epoch milliseconds (NOTES §1.2), three seconds ahead.
    const qint64 exp = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("exp")).toString().toLongLong();
    QVERIFY2(exp >= before + 3000 && exp <= QDateTime::currentMSecsSinceEpoch() + 3000, reply.body.constData());
    QCOMPARE(http.send("GET", Api, {bearer(token)}).status, 200);
    QTest::qWait(int(qMax<qint64>(0, exp - QDateTime::currentMSecsSinceEpoch())) + 500);
    QString why;
    QVERIFY2(isUnauthorized(http.send("GET", Api + "/vms", {bearer(token)}), &why), qPrintable(why));
    QVERIFY2(isUnauthorized(http.send("GET", Api + "/events", {bearer(token)}), &why), qPrintable(why)); // and stays so
    // A new login gives a new token that works.
    const QByteArray fresh = accessToken(http.token("admin@internal", lab.password().toUtf8()));
    QVERIFY(fresh != token);
    QCOMPARE(http.send("GET", Api, {bearer(fresh)}).status, 200);

    // The option is checked.
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("soon"), QStringLiteral("999999999999")}) {
        QTemporaryDir scratch;
        QProcess process;
        process.start(QStringLiteral(DISKDESK_LAB_EXE), {QStringLiteral("--data-dir"), scratch.filePath(QStringLiteral("lab")),
                                                         QStringLiteral("--http"), QStringLiteral("--token-ttl"), bad});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("invalid --token-ttl"));
    }
}

void TestLabAccess::tokensExpireWithAFixedClock()
{
    // --fixed-time freezes the engine's dates, not the expiry: exp is in the lab's clock, the
    // lifetime in real time.
    LabProcess lab;
    LabProcess::Options options;
    options.demo = false;
    options.fixedTime = QStringLiteral("2024-05-01T10:00:00Z");
    options.extraArgs = {QStringLiteral("--token-ttl"), QStringLiteral("2")};
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    const RawHttp http(portOf(lab));
    const RawHttp::Response reply = http.token("admin@internal", lab.password().toUtf8());
    const qint64 exp = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("exp")).toString().toLongLong();
    QCOMPARE(exp, QDateTime::fromString(options.fixedTime, Qt::ISODate).toMSecsSinceEpoch() + 2000);
    const QByteArray token = accessToken(reply);
    QCOMPARE(http.send("GET", Api, {bearer(token)}).status, 200);
    QTest::qWait(2500);
    QCOMPARE(http.send("GET", Api, {bearer(token)}).status, 401);
}

void TestLabAccess::badPasswordsAreSlowedDown()
{
    LabProcess lab;
    LabProcess::Options options;
    options.demo = false;
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    const RawHttp http(portOf(lab));
    const QByteArray good = lab.password().toUtf8();
    const QByteArray token = accessToken(http.token("admin@internal", good));
    QVERIFY(!token.isEmpty());

    // Two typos are answered at once (LoginThrottle::FreeFailures), and so is the third; it makes
    // the next answer wait a second after it (the thresholds below leave room for the time
    // between two requests).
    for (int i = 0; i < 3; ++i) {
        const RawHttp::Response reply = http.token("admin@internal", "wrong");
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("access_denied"));
        QVERIFY2(reply.elapsedMs < 900, qPrintable(QString::number(reply.elapsedMs)));
    }
    auto fourth = std::async(std::launch::async, [&http] { return http.token("admin@internal", "wrong"); });
    // The server thread does not wait: other clients are served meanwhile.
    QTest::qWait(100);
    const RawHttp::Response meanwhile = http.send("GET", Api, {bearer(token)});
    QCOMPARE(meanwhile.status, 200);
    QVERIFY2(meanwhile.elapsedMs < 700, qPrintable(QString::number(meanwhile.elapsedMs)));
    QCOMPARE(fourth.wait_for(std::chrono::milliseconds(0)), std::future_status::timeout);
    const RawHttp::Response slowed = fourth.get();
    QCOMPARE(slowed.status, 400);
    QVERIFY(slowed.body.contains("access_denied")); // the same answer, later
    QVERIFY2(slowed.elapsedMs >= 700, qPrintable(QString::number(slowed.elapsedMs)));

    // Guesses sent at once are answered one after the other, the pause doubling: 2 s, then 4 s more.
    auto fifth = std::async(std::launch::async, [&http] { return http.token("admin@internal", "wrong"); });
    auto sixth = std::async(std::launch::async, [&http] { return http.token("admin@internal", "wrong"); });
    const RawHttp::Response r5 = fifth.get();
    const RawHttp::Response r6 = sixth.get();
    const qint64 earlier = qMin(r5.elapsedMs, r6.elapsedMs);
    const qint64 later = qMax(r5.elapsedMs, r6.elapsedMs);
    QVERIFY2(earlier >= 1500 && later >= 5000 && later - earlier >= 3000,
             qPrintable(QStringLiteral("%1 ms, %2 ms").arg(earlier).arg(later)));

    // The right password waits its turn too (8 s), then works and clears the count.
    const RawHttp::Response right = http.token("admin@internal", good, 90000);
    QCOMPARE(right.status, 200);
    QVERIFY2(right.elapsedMs >= 7000, qPrintable(QString::number(right.elapsedMs)));
    const RawHttp::Response typo = http.token("admin@internal", "wrong");
    QCOMPARE(typo.status, 400);
    QVERIFY2(typo.elapsedMs < 900, qPrintable(QString::number(typo.elapsedMs)));
}

void TestLabAccess::slowDownIsPerUserAndPerAddress()
{
    LabProcess lab;
    LabProcess::Options options;
    options.demo = false;
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    const quint16 port = portOf(lab);

    // Per address: three made-up users from 127.0.0.1, then a fourth name waits.
    const RawHttp local(port);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(local.token(QByteArray("nobody") + QByteArray::number(i) + "@internal", "x").status, 400);
    const RawHttp::Response byAddress = local.token("someone@internal", "x");
    QCOMPARE(byAddress.status, 400);
    QVERIFY2(byAddress.elapsedMs >= 700, qPrintable(QString::number(byAddress.elapsedMs)));

    // Per user: admin@internal from three other loopback addresses, then from a fourth.
    for (int i = 2; i <= 4; ++i) {
        RawHttp other(port);
        other.setSourceAddress(QHostAddress(QStringLiteral("127.0.0.%1").arg(i)));
        const RawHttp::Response reply = other.token("admin@internal", "x");
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.elapsedMs < 900, qPrintable(QString::number(reply.elapsedMs)));
    }
    RawHttp fifth(port);
    fifth.setSourceAddress(QHostAddress(QStringLiteral("127.0.0.5")));
    const RawHttp::Response byUser = fifth.token("admin@internal", "x");
    QCOMPARE(byUser.status, 400);
    QVERIFY2(byUser.elapsedMs >= 700, qPrintable(QString::number(byUser.elapsedMs)));
    // Another user from a clean address is not held up.
    RawHttp sixth(port);
    sixth.setSourceAddress(QHostAddress(QStringLiteral("127.0.0.6")));
    const RawHttp::Response unrelated = sixth.token("else@internal", "x");
    QCOMPARE(unrelated.status, 400);
    QVERIFY2(unrelated.elapsedMs < 900, qPrintable(QString::number(unrelated.elapsedMs)));
}

void TestLabAccess::basicCredentialsAreSlowedDownToo()
{
    // Basic credentials on an API request are a password check as well (NOTES §1.4).
    LabProcess lab;
    LabProcess::Options options;
    options.demo = false;
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    const RawHttp http(portOf(lab));
    const QByteArray wrong = "Authorization: Basic " + QByteArray("admin@internal:wrong").toBase64();
    const QByteArray right = "Authorization: Basic " + (QByteArray("admin@internal:") + lab.password().toUtf8()).toBase64();
    QCOMPARE(http.send("GET", Api, {right}).status, 200);
    QString why;
    for (int i = 0; i < 3; ++i) {
        const RawHttp::Response reply = http.send("GET", Api + "/vms", {wrong});
        QVERIFY2(isUnauthorized(reply, &why), qPrintable(why));
        QVERIFY2(reply.elapsedMs < 900, qPrintable(QString::number(reply.elapsedMs)));
    }
    const RawHttp::Response slowed = http.send("GET", Api + "/vms", {wrong});
    QVERIFY2(isUnauthorized(slowed, &why), qPrintable(why));
    QVERIFY2(slowed.elapsedMs >= 700, qPrintable(QString::number(slowed.elapsedMs)));
    // The right credentials wait their turn (2 s), then get the real answer.
    const RawHttp::Response late = http.send("GET", Api + "/vms", {right});
    QCOMPARE(late.status, 200);
    QVERIFY(late.body.contains("<vms"));
    QVERIFY2(late.elapsedMs >= 1500, qPrintable(QString::number(late.elapsedMs)));
    QCOMPARE(late.header("Content-Type"), QByteArray("application/xml"));
}

void TestLabAccess::listensOnLoopbackUnlessTold()
{
    // An address of this machine that is not loopback, if it has one.
    QHostAddress outside;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            outside = address;
            break;
        }
    }
    auto reachable = [](const QHostAddress &address, quint16 port) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        return socket.waitForConnected(5000);
    };

    {
        LabProcess lab;
        LabProcess::Options options;
        options.demo = false;
        QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
        QCOMPARE(lab.apiUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!lab.output().contains(QStringLiteral("WARNING")));
        QVERIFY(reachable(QHostAddress::LocalHost, portOf(lab)));
        if (!outside.isNull())
            QVERIFY2(!reachable(outside, portOf(lab)), qPrintable(outside.toString()));
    }
    {
        LabProcess lab;
        LabProcess::Options options;
        options.demo = false;
        options.extraArgs = {QStringLiteral("--listen"), QStringLiteral("0.0.0.0")};
        QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
        // Said before the "listening on" line that LabProcess waits for.
        QVERIFY2(lab.output().contains(QStringLiteral("WARNING: listening on 0.0.0.0, not on loopback")), qPrintable(lab.output()));
        QVERIFY(reachable(QHostAddress::LocalHost, portOf(lab)));
        if (!outside.isNull())
            QVERIFY2(reachable(outside, portOf(lab)), qPrintable(outside.toString()));
    }
    {
        LabProcess lab;
        LabProcess::Options options;
        options.demo = false;
        options.extraArgs = {QStringLiteral("--listen"), QStringLiteral("::1")};
        if (lab.start(options)) { // a machine without IPv6 loopback cannot do this part
            QCOMPARE(lab.apiUrl().host(), QStringLiteral("::1"));
            QVERIFY(!lab.output().contains(QStringLiteral("WARNING")));
            QVERIFY(reachable(QHostAddress::LocalHostIPv6, portOf(lab)));
        }
    }
    QTemporaryDir scratch;
    QProcess bad;
    bad.start(QStringLiteral(DISKDESK_LAB_EXE), {QStringLiteral("--data-dir"), scratch.filePath(QStringLiteral("lab")),
                                                 QStringLiteral("--http"), QStringLiteral("--listen"), QStringLiteral("lab.example.com")});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
}

void TestLabAccess::filesAreReadableOnlyByTheUser()
{
    // Operations first, so that overlays, read-only volumes and the database journal exist.
    const RawHttp &http = *m_http;
    const QList<QByteArray> auth{bearer(m_token), "Version: 4", "Content-Type: application/xml"};
    const QString vm = idsIn(http.send("GET", Api + "/vms?search=name%3Dweb-01", auth).body, QStringLiteral("vm")).value(0);
    QVERIFY(!vm.isEmpty());
    const RawHttp::Response created = http.send("POST", Api + "/vms/" + vm.toLatin1() + "/snapshots?correlation_id=access-modes", auth,
                                                "<snapshot><description>modes</description><persist_memorystate>false</persist_memorystate></snapshot>");
    QVERIFY2(created.status == 201 || created.status == 202, created.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!http.send("GET", Api + "/jobs?search=correlation_id%3Daccess-modes", auth).body.contains("<status>started</status>"),
                             60000);

    int volumes = 0;
    int readOnlyVolumes = 0;
    const QString root = m_lab.dataDir();
    QCOMPARE(modeOf(root), 0700);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    int entries = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const int mode = modeOf(path);
        ++entries;
        QVERIFY2((mode & 077) == 0, qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode, 4, 8, QLatin1Char('0'))));
        if (QFileInfo(path).isDir()) {
            QCOMPARE(mode, 0700);
        } else if (path.contains(QStringLiteral("/images/"))) {
            ++volumes;
            readOnlyVolumes += mode == 0400 ? 1 : 0;
            QVERIFY2(mode == 0600 || mode == 0400, qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode, 4, 8, QLatin1Char('0'))));
        }
    }
    QVERIFY(entries > 20);
    QVERIFY(volumes > 10);
    QVERIFY(readOnlyVolumes > 0);
    QVERIFY(QFile::exists(root + QStringLiteral("/pki/ca.key")));
    // Nothing beside the data folder.
    QCOMPARE(QDir(m_parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).first(), QStringLiteral("lab"));
}

QTEST_GUILESS_MAIN(TestLabAccess)
#include "tst_lab_access.moc"
