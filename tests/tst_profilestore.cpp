// Connection profiles in QSettings and passwords in the keychain: the profile round trip, the
// default-location file, and both keychain paths (none running: told why; a private
// gnome-keyring: stored, read back, removed).

#include "passwordstore.h"
#include "profilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// PEM text shaped like a pinned engine CA; the store keeps it as text and never parses it.
const QByteArray kCaPem = R"(-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ0mWs3eHRdfCU/6AvbDR0gbMqkUwCgYIKoZIzj0EAwIw
LzELMAkGA1UEBhMCVVMxIDAeBgNVBAMMF2VuZ2luZS5leGFtcGxlLmNvbS4xMjM0
NTAeFw0yNDAxMDEwMDAwMDBaFw0zNDAxMDEwMDAwMDBaMC8xCzAJBgNVBAYTAlVT
MSAwHgYDVQQDDBdlbmdpbmUuZXhhbXBsZS5jb20uMTIzNDUwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAAQq3b1m0yq3c8s8y9wqJ3C2Y4b3mY0k2c0cEo7dMNv0wqVv
q1o2b4b8h6oZcGJ8zY0l0r6tQb5k5yXbqQ0xo1MwUTAdBgNVHQ4EFgQU3P1kHfJq
-----END CERTIFICATE-----
)";

ConnectionProfile sampleProfile(const QString &name, const QString &address)
{
    ConnectionProfile p;
    p.name = name;
    p.address = address;
    p.user = QStringLiteral("admin@internal");
    p.caCertificatePem = kCaPem;
    p.rememberPassword = true;
    return p;
}

/// Every file under \a dir whose bytes contain \a needle.
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

PasswordStore::Outcome wait(PasswordStore &store, std::function<void(PasswordStore::Callback)> call)
{
    std::optional<PasswordStore::Outcome> outcome;
    call([&outcome](PasswordStore::Outcome o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
        return {PasswordStore::Status::Failed, QString(), QStringLiteral("timed out")};
    Q_UNUSED(store);
    return *outcome;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void renameKeepsDefault();
    void copyNames();
    void defaultLocation();
    void completeApiUrl();
    void keychain();

private:
    QTemporaryDir m_config;
    bool m_expectKeychain = false;
};

void TestProfileStore::initTestCase()
{
    QVERIFY(m_config.isValid());
    // QSettings() and QStandardPaths read this when first used: all settings land in the test's folder.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DiskDesk"));
    m_expectKeychain = qEnvironmentVariableIsSet("DISKDESK_EXPECT_KEYCHAIN");
    if (!m_expectKeychain) {
        // Whatever session this runs in, there must be no Secret Service to find.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diskdesk-no-session-bus");
    }
}

void TestProfileStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    const ConnectionProfile a = sampleProfile(QStringLiteral("Production / DC=1, \"east\""), QStringLiteral("engine.example.com"));
    ConnectionProfile b = sampleProfile(QStringLiteral("lab"), QStringLiteral("http://127.0.0.1:8080/ovirt-engine/api"));
    b.caCertificatePem.clear();
    b.rememberPassword = false;
    b.user = QStringLiteral("ops@example.org@corp");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        store.save(a);
        store.save(b);
        store.setDefaultProfileName(b.name);
        store.sync();
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.names(), (QStringList{a.name, b.name}));
    QCOMPARE(*store.profile(a.name), a);
    QCOMPARE(*store.profile(b.name), b);
    QCOMPARE(store.defaultProfileName(), b.name);
    QCOMPARE(store.profile(a.name)->apiUrl(), QUrl(QStringLiteral("https://engine.example.com/ovirt-engine/api")));

    // Edit in place, then delete: the default mark goes with the deleted profile.
    ConnectionProfile edited = b;
    edited.address = QStringLiteral("lab.example.com");
    store.save(edited);
    QCOMPARE(store.profile(b.name)->address, QStringLiteral("lab.example.com"));
    QCOMPARE(store.names().size(), 2);
    store.remove(b.name);
    QCOMPARE(store.names(), QStringList{a.name});
    QCOMPARE(store.defaultProfileName(), QString());
    QVERIFY(!store.profile(b.name));
}

void TestProfileStore::renameKeepsDefault()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfile(QStringLiteral("one"), QStringLiteral("a")));
    store.save(sampleProfile(QStringLiteral("two"), QStringLiteral("b")));
    store.setDefaultProfileName(QStringLiteral("one"));
    ConnectionProfile renamed = *store.profile(QStringLiteral("one"));
    renamed.name = QStringLiteral("uno");
    store.replace(QStringLiteral("one"), renamed);
    QCOMPARE(store.names(), (QStringList{QStringLiteral("uno"), QStringLiteral("two")}));
    QCOMPARE(store.defaultProfileName(), QStringLiteral("uno"));
    // A rename onto an existing name replaces it: names stay unique.
    renamed.name = QStringLiteral("two");
    store.replace(QStringLiteral("uno"), renamed);
    QCOMPARE(store.names(), QStringList{QStringLiteral("two")});
    QCOMPARE(store.profile(QStringLiteral("two"))->address, QStringLiteral("a"));
}

void TestProfileStore::copyNames()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfile(QStringLiteral("prod"), QStringLiteral("a")));
    QCOMPARE(store.copyName(QStringLiteral("prod")), QStringLiteral("prod (copy)"));
    store.save(sampleProfile(QStringLiteral("prod (copy)"), QStringLiteral("a")));
    QCOMPARE(store.copyName(QStringLiteral("prod")), QStringLiteral("prod (copy 2)"));
}

void TestProfileStore::defaultLocation()
{
    {
        ProfileStore store;
        store.save(sampleProfile(QStringLiteral("engine"), QStringLiteral("engine.example.com")));
        store.setDefaultProfileName(QStringLiteral("engine"));
        store.sync();
    }
    const QString file = m_config.filePath(QStringLiteral("DiskDesk/DiskDesk.conf"));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    ProfileStore again;
    QCOMPARE(again.defaultProfileName(), QStringLiteral("engine"));
    QCOMPARE(again.profile(QStringLiteral("engine"))->caCertificatePem, kCaPem);
}

void TestProfileStore::completeApiUrl()
{
    QCOMPARE(ConnectionProfile::completeApiUrl(QStringLiteral("engine")), QUrl(QStringLiteral("https://engine/ovirt-engine/api")));
    QCOMPARE(ConnectionProfile::completeApiUrl(QStringLiteral("https://engine:8443/ovirt-engine/")),
             QUrl(QStringLiteral("https://engine:8443/ovirt-engine/api")));
    QVERIFY(!ConnectionProfile::completeApiUrl(QStringLiteral("ftp://engine")).isValid());
}

void TestProfileStore::keychain()
{
    // A service name of the test's own, so a developer's real DiskDesk entries are never touched.
    PasswordStore store(QStringLiteral("DiskDesk test %1").arg(QCoreApplication::applicationPid()));
    const QString key = QStringLiteral("admin@internal https://engine.test/ovirt-engine/api");
    const QString secret = QStringLiteral("keychain-secret-%1").arg(QCoreApplication::applicationPid());

    PasswordStore::Outcome written = wait(store, [&](PasswordStore::Callback done) { store.write(key, secret, this, done); });
    if (!m_expectKeychain) {
        QCOMPARE(written.status, PasswordStore::Status::Unavailable);
        QVERIFY(!store.isAvailable());
        QVERIFY2(written.message.contains(QStringLiteral("asks for them each time")), qPrintable(written.message));
        // Later calls answer at once with the same reason; the secret went nowhere.
        const PasswordStore::Outcome read = wait(store, [&](PasswordStore::Callback done) { store.read(key, this, done); });
        QCOMPARE(read.status, PasswordStore::Status::Unavailable);
        QCOMPARE(read.message, written.message);
        QVERIFY(filesContaining(m_config.path(), secret.toUtf8()).isEmpty());
        return;
    }
    QVERIFY2(written.status == PasswordStore::Status::Ok, qPrintable(written.message));
    PasswordStore::Outcome read = wait(store, [&](PasswordStore::Callback done) { store.read(key, this, done); });
    QVERIFY2(read.status == PasswordStore::Status::Ok, qPrintable(read.message));
    QCOMPARE(read.password, secret);
    // No plain-text fallback: the secret is in the keyring, not in any settings file.
    QVERIFY(filesContaining(m_config.path(), secret.toUtf8()).isEmpty());
    const PasswordStore::Outcome removed = wait(store, [&](PasswordStore::Callback done) { store.remove(key, this, done); });
    QCOMPARE(removed.status, PasswordStore::Status::Ok);
    read = wait(store, [&](PasswordStore::Callback done) { store.read(key, this, done); });
    QCOMPARE(read.status, PasswordStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
