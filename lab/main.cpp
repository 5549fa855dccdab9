// diskdesk-lab: a local engine speaking the oVirt REST API v4 over real qcow2/raw volumes.

#include "demoinventory.h"
#include "labclock.h"
#include "labdatabase.h"
#include "labserver.h"
#include "pkiservice.h"
#include "populator.h"
#include "qemuimg.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <cstdio>
#include <sys/stat.h>

namespace {

int failWith(const QString &message, int code = 1)
{
    std::fprintf(stderr, "diskdesk-lab: %s\n", qPrintable(message));
    return code;
}

/// The admin password: --password, else the one kept in DIR/admin-password, else a new random
/// one written there (0600) and printed once.
bool resolvePassword(const QString &dataDir, const QString &given, QString *password, QString *error)
{
    if (!given.isEmpty()) {
        *password = given;
        return true;
    }
    QFile file(QDir(dataDir).filePath(QStringLiteral("admin-password")));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + QStringLiteral(": ") + file.errorString();
            return false;
        }
        *password = QString::fromUtf8(file.readAll()).trimmed();
        std::fprintf(stderr, "diskdesk-lab: password of admin@internal is in %s\n", qPrintable(file.fileName()));
        return !password->isEmpty();
    }
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 20; ++i)
        *password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(password->toUtf8() + '\n') < 0) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::fprintf(stderr, "diskdesk-lab: generated password of admin@internal: %s (kept in %s)\n",
                 qPrintable(*password), qPrintable(file.fileName()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the engine writes (database, volumes, password file) is private to the user.
    ::umask(077);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("diskdesk-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DISKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local engine speaking the oVirt REST API v4 over real qcow2/raw volumes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("State and volumes folder (created if missing)."), QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Populate the demo inventory when the database is new."));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password of admin@internal (default: generated, kept in DIR/admin-password)."), QStringLiteral("P"));
    const QCommandLineOption httpOption(QStringLiteral("http"), QStringLiteral("Serve plain HTTP instead of HTTPS (HTTPS uses the lab's own CA in DIR/pki)."));
    const QCommandLineOption fixedTimeOption(QStringLiteral("fixed-time"), QStringLiteral("Use this ISO-8601 instant as \"now\" everywhere (tests)."), QStringLiteral("ISO8601"));
    parser.addOptions({dataDirOption, portOption, demoOption, passwordOption, httpOption, fixedTimeOption});
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1, loopback only; anything else is reachable from other machines)."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption tokenTtlOption(QStringLiteral("token-ttl"), QStringLiteral("Lifetime of an OAuth token in seconds (default 36000)."), QStringLiteral("SECONDS"));
    parser.addOptions({listenOption, tokenTtlOption});
    const QCommandLineOption populateOption(QStringLiteral("populate"), QStringLiteral("Add a data-center-sized inventory of N VMs when the database is new (scale tests)."), QStringLiteral("N"));
    parser.addOption(populateOption);
    parser.process(app);

    if (!parser.isSet(dataDirOption))
        return failWith(QStringLiteral("--data-dir is required"), 2);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return failWith(QStringLiteral("invalid --port: ") + parser.value(portOption), 2);
    QHostAddress listenAddress;
    if (!listenAddress.setAddress(parser.value(listenOption)))
        return failWith(QStringLiteral("invalid --listen (an IP address is expected): ") + parser.value(listenOption), 2);
    qint64 tokenTtl = SsoService::DefaultTokenLifetimeSeconds;
    if (parser.isSet(tokenTtlOption)) {
        bool ttlOk = false;
        tokenTtl = parser.value(tokenTtlOption).toLongLong(&ttlOk);
        // Up to ten years: beyond that the expiry computations would overflow.
        if (!ttlOk || tokenTtl < 1 || tokenTtl > qint64(10) * 366 * 24 * 3600)
            return failWith(QStringLiteral("invalid --token-ttl: ") + parser.value(tokenTtlOption), 2);
    }
    if (parser.isSet(fixedTimeOption)) {
        const QDateTime fixed = LabClock::parse(parser.value(fixedTimeOption));
        if (!fixed.isValid())
            return failWith(QStringLiteral("invalid --fixed-time: ") + parser.value(fixedTimeOption), 2);
        LabClock::setFixedTime(fixed);
    }

    const QString dataDir = QFileInfo(parser.value(dataDirOption)).absoluteFilePath();
    if (!QDir().mkpath(dataDir))
        return failWith(QStringLiteral("cannot create ") + dataDir);

    LabDatabase db;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("lab.sqlite"))))
        return failWith(QStringLiteral("cannot open the database: ") + db.lastError());

    QemuImg qemu;
    if (parser.isSet(demoOption) && db.isNew()) {
        DemoInventory demo(db, qemu, dataDir);
        if (!demo.populate()) {
            // Leave no half-made state behind, so that the next --demo start tries again.
            db.close();
            for (const char *name : {"lab.sqlite", "lab.sqlite-wal", "lab.sqlite-shm"})
                QFile::remove(QDir(dataDir).filePath(QLatin1String(name)));
            QDir(QDir(dataDir).filePath(QStringLiteral("domains"))).removeRecursively();
            return failWith(QStringLiteral("cannot create the demo inventory: ") + demo.lastError());
        }
    }

    // --populate N: the scale inventory (issue 10), made after --demo when both are given.
    if (parser.isSet(populateOption) && db.isNew()) {
        bool countOk = false;
        const int count = parser.value(populateOption).toInt(&countOk);
        if (!countOk || count < 1)
            return failWith(QStringLiteral("invalid --populate: ") + parser.value(populateOption), 2);
        QElapsedTimer timer;
        timer.start();
        Populator populator(dataDir, count);
        if (!populator.run()) {
            db.close();
            for (const char *name : {"lab.sqlite", "lab.sqlite-wal", "lab.sqlite-shm"})
                QFile::remove(QDir(dataDir).filePath(QLatin1String(name)));
            QDir(QDir(dataDir).filePath(QStringLiteral("domains"))).removeRecursively();
            return failWith(QStringLiteral("cannot populate: ") + populator.lastError());
        }
        std::fprintf(stderr, "diskdesk-lab: populated %d VMs, %d disks, %d snapshots, %d volumes in %lld ms\n", populator.vmCount(),
                     populator.diskCount(), populator.snapshotCount(), populator.volumeCount(), qint64(timer.elapsed()));
    }

    QString password;
    QString error;
    if (!resolvePassword(dataDir, parser.value(passwordOption), &password, &error))
        return failWith(QStringLiteral("cannot get the admin password: ") + error);

    LabServer server(db, qemu, dataDir, password);
    server.setTokenLifetimeSeconds(tokenTtl);
    const bool https = !parser.isSet(httpOption);
    PkiService pki;
    QTcpServer *tcpServer = nullptr;
    if (https) {
        QString pkiError;
        if (!pki.ensure(dataDir, &pkiError))
            return failWith(QStringLiteral("cannot set up the lab's CA: ") + pkiError);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(pki.serverCertificate());
        tls.setPrivateKey(pki.serverKey());
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
        // A QSslServer hands over connections once the handshake is done (QAbstractHttpServer's
        // own sslSetup() only applies to servers it creates with listen()).
        auto *sslServer = new QSslServer(&server);
        sslServer->setSslConfiguration(tls);
        tcpServer = sslServer;
        server.setPki(&pki);
    } else {
        tcpServer = new QTcpServer(&server);
    }
    if (!tcpServer->listen(listenAddress, quint16(port)))
        return failWith(QStringLiteral("cannot listen on %1:%2: %3").arg(listenAddress.toString()).arg(port).arg(tcpServer->errorString()));
    server.bind(tcpServer);
    if (!listenAddress.isLoopback()) {
        std::fprintf(stderr, "diskdesk-lab: WARNING: listening on %s, not on loopback: other machines can reach this lab "
                             "(its admin password is all that protects it)\n",
                     qPrintable(listenAddress.toString()));
    }

    SignalWatcher signalWatcher;
    if (!signalWatcher.install())
        return failWith(QStringLiteral("cannot install signal handlers"));
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    if (https)
        std::fprintf(stderr, "diskdesk-lab: CA certificate in %s\n", qPrintable(pki.caPath()));
    // The URL names the address clients use: an IPv6 one in brackets, the wildcard as loopback.
    QString host = listenAddress.toString();
    if (listenAddress == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (listenAddress == QHostAddress::AnyIPv6 || listenAddress == QHostAddress::Any)
        host = QStringLiteral("[::1]");
    else if (listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    std::printf("diskdesk-lab listening on %s://%s:%u/ovirt-engine/api\n", https ? "https" : "http", qPrintable(host),
                unsigned(tcpServer->serverPort()));
    std::fflush(stdout);

    const int code = app.exec();
    db.close();
    return code;
}
