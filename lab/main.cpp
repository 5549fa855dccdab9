// diskdesk-lab: a local engine speaking the oVirt REST API v4 over real qcow2/raw volumes.

#include "apiservice.h"
#include "consistencycheck.h"
#include "demoinventory.h"
#include "labclock.h"
#include "labdatabase.h"
#include "imageioserver.h"
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
#include <QThread>

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
    const QCommandLineOption imageioPortOption(QStringLiteral("imageio-port"), QStringLiteral("TCP port of the imageio endpoint of image transfers; 0 picks a free one."), QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(imageioPortOption);
    // Issue 11: compare the database with the real volume chains (lab/consistencycheck.h).
    const QCommandLineOption checkOption(QStringLiteral("check"), QStringLiteral("Recover as a start does, then compare the database with every volume's real backing chain; print the report and exit (0: consistent, 1: disagreements). Run it while no lab uses DIR."));
    parser.addOption(checkOption);
    // Issue 11: the client under faults (lab/faultinjector.h has the grammar).
    const QCommandLineOption faultsOption(QStringLiteral("faults"), FaultInjector::syntax(), QStringLiteral("SPEC"));
    parser.addOption(faultsOption);
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
    // Checked before anything is created in the data folder.
    if (parser.isSet(faultsOption)) {
        FaultInjector probe;
        QString faultsError;
        if (!probe.parse(parser.value(faultsOption), &faultsError))
            return failWith(QStringLiteral("invalid --faults: ") + faultsError, 2);
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
    if (parser.isSet(checkOption)) {
        // Recovery first, exactly as a start runs it (ApiService's constructor: undo or finish
        // interrupted operations, commit interrupted restores), waiting for what it started:
        // the check answers "is this lab consistent once started?", and an interrupted
        // operation is what recovery is for, not a finding.
        const int recovered = db.scalar(QStringLiteral("SELECT COUNT(*) FROM intents")).toInt();
        QemuImg checkQemu;
        {
            ApiService recovery(db, checkQemu, dataDir);
            QElapsedTimer waited;
            waited.start();
            // Each outcome deletes its intent last, after its cleanup, in one turn of the loop.
            while (db.scalar(QStringLiteral("SELECT COUNT(*) FROM intents")).toInt() > 0 && waited.elapsed() < 10 * 60 * 1000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                QThread::msleep(20);
            }
        }
        ConsistencyCheck check(db, dataDir);
        const bool consistent = check.run();
        std::printf("diskdesk-lab --check %s\nrecovery: %d interrupted operation(s) undone or finished\n"
                    "checked: %d image disks, %d volumes, %d files\n",
                    qPrintable(dataDir), recovered, check.diskCount(), check.volumeCount(), check.fileCount());
        for (const QString &note : check.notes())
            std::printf("note: %s\n", qPrintable(note));
        for (const QString &disagreement : check.disagreements())
            std::printf("DISAGREEMENT: %s\n", qPrintable(disagreement));
        std::printf("%s\n", consistent ? "consistent" : qPrintable(QStringLiteral("%1 disagreement(s)").arg(check.disagreements().size())));
        return consistent ? 0 : 1;
    }

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
    if (parser.isSet(faultsOption)) {
        QString faultsError;
        if (!server.setFaults(parser.value(faultsOption), &faultsError))
            return failWith(QStringLiteral("invalid --faults: ") + faultsError, 2);
    }
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
    // The imageio endpoint of image transfers (issue 7): its own port, same address and TLS.
    ImageioServer imageio;
    const uint imageioPort = parser.value(imageioPortOption).toUInt(&portOk);
    if (!portOk || imageioPort > 65535)
        return failWith(QStringLiteral("invalid --imageio-port: ") + parser.value(imageioPortOption), 2);
    std::optional<QSslConfiguration> imageioTls;
    if (https) {
        imageioTls = QSslConfiguration::defaultConfiguration();
        imageioTls->setLocalCertificate(pki.serverCertificate());
        imageioTls->setPrivateKey(pki.serverKey());
        imageioTls->setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    if (!imageio.start(listenAddress, quint16(imageioPort), imageioTls))
        return failWith(QStringLiteral("cannot listen on %1:%2 (imageio): %3").arg(listenAddress.toString()).arg(imageioPort).arg(imageio.errorString()));
    server.setImageio(&imageio);
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
    if (server.faults().enabled())
        std::fprintf(stderr, "diskdesk-lab: %s\n", qPrintable(server.faults().summary()));
    db.close();
    return code;
}
