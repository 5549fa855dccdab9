// diskdesk-cli against a live diskdesk-lab over HTTPS: table, JSON and CSV content compared with
// what the api library reads from the same lab, profiles, and the exit codes 0/1/2/3.

#include "client.h"
#include "labprocess.h"
#include "profilestore.h"
#include "trustpolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpAndVersion();
    void vmsJsonMatchesTheApi();
    void disksCsvHasEveryField();
    void storageDomainsTable();
    void attachmentsAndSnapshots();
    void snapshotCreate();
    void savedProfile();
    void exitCodes_data();
    void exitCodes();
    void refusedAndUnreachable();
    void amend();

private:
    Run cli(const QStringList &arguments, bool withConnection = true);
    template <class T>
    T read(std::function<void(Client::Callback<T>)> call);

    LabProcess m_lab;
    QTemporaryDir m_dir;
    QString m_passwordFile;
    Client m_client;
};

void TestCli::initTestCase()
{
    LabProcess::Options options;
    options.https = true;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_lab.password().toUtf8() + '\n');
    file.close();

    QString error;
    m_client.setApiUrl(m_lab.apiUrl());
    m_client.setTrust(TrustPolicy::fromCaFile(m_lab.caPath(), &error));
    bool done = false;
    m_client.login(QStringLiteral("admin@internal"), m_lab.password(), this, [&done](Result<ApiRoot> r) {
        QVERIFY(r.ok());
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
}

void TestCli::cleanupTestCase()
{
    m_lab.stop();
}

template <class T>
T TestCli::read(std::function<void(Client::Callback<T>)> call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000) || !result->ok())
        return T{};
    return result->value;
}

Run TestCli::cli(const QStringList &arguments, bool withConnection)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/diskdesk-no-bus"));
    process.setProcessEnvironment(env);
    QStringList args;
    if (withConnection)
        args << QStringLiteral("--url") << m_lab.apiUrl().toString() << QStringLiteral("--password-file") << m_passwordFile
             << QStringLiteral("--ca-file") << m_lab.caPath();
    process.start(QStringLiteral(DISKDESK_CLI_EXE), args + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCli::helpAndVersion()
{
    Run help = cli({QStringLiteral("--help")}, false);
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("snapshots VM"));
    QVERIFY(help.out.contains("--ca-file"));
    Run version = cli({QStringLiteral("--version")}, false);
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("diskdesk-cli "));
}

void TestCli::vmsJsonMatchesTheApi()
{
    const QList<Vm> vms = read<QList<Vm>>([this](Client::Callback<QList<Vm>> done) { m_client.vms(QString(), this, done); });
    QVERIFY(!vms.isEmpty());
    const Run run = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("vms")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), vms.size());
    for (const Vm &vm : vms) {
        const auto it = std::find_if(array.begin(), array.end(),
                                     [&vm](const QJsonValue &v) { return v.toObject().value(u"id").toString() == vm.id; });
        QVERIFY2(it != array.end(), qPrintable(vm.name));
        const QJsonObject object = it->toObject();
        QCOMPARE(object.value(u"name").toString(), vm.name);
        QCOMPARE(object.value(u"status").toString(), toWire(vm.status));
        QCOMPARE(object.value(u"memory").toInteger(), vm.memory.value_or(-1));
        QCOMPARE(object.value(u"cluster_id").toString(), vm.clusterId);
        for (const char *key : {"description", "comment", "os_type", "creation_time", "host_id", "template_id"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
    }
}

void TestCli::disksCsvHasEveryField()
{
    const QList<Disk> disks = read<QList<Disk>>([this](Client::Callback<QList<Disk>> done) { m_client.disks(QString(), this, done); });
    QVERIFY(!disks.isEmpty());
    const Run run = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("disks")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QList<QByteArray> lines = run.out.split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), disks.size() + 1);
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    for (const char *key : {"id", "alias", "provisioned_size", "actual_size", "total_size", "format", "qcow_version",
                            "status", "shareable", "sparse", "storage_domains", "image_id"})
        QVERIFY2(header.contains(key), key);
    const int idColumn = int(header.indexOf("id"));
    const int qcowColumn = int(header.indexOf("qcow_version"));
    const int sizeColumn = int(header.indexOf("provisioned_size"));
    int checked = 0;
    for (const Disk &disk : disks) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // The lab's aliases and descriptions hold no commas, so a plain split is exact here.
            const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
            if (cells.value(idColumn) != disk.id.toLatin1())
                continue;
            QCOMPARE(QString::fromUtf8(cells.value(qcowColumn)), disk.qcowVersion ? toWire(*disk.qcowVersion) : QString());
            QCOMPARE(cells.value(sizeColumn).toLongLong(), disk.provisionedSize.value_or(-1));
            ++checked;
        }
    }
    QCOMPARE(checked, disks.size());
}

void TestCli::storageDomainsTable()
{
    const QList<StorageDomain> domains = read<QList<StorageDomain>>(
            [this](Client::Callback<QList<StorageDomain>> done) { m_client.storageDomains(this, done); });
    const Run run = cli({QStringLiteral("storagedomains")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), domains.size() + 1);
    // Aligned columns: every value of FORMAT starts where its heading does.
    const qsizetype formatAt = lines.first().indexOf(QStringLiteral("FORMAT"));
    QVERIFY(formatAt > 0);
    for (const StorageDomain &domain : domains) {
        const auto line = std::find_if(lines.begin(), lines.end(),
                                       [&domain](const QString &l) { return l.startsWith(domain.name + QLatin1Char(' ')); });
        QVERIFY2(line != lines.end(), qPrintable(domain.name));
        QVERIFY2(line->mid(formatAt).startsWith(toWire(*domain.storageFormat)), qPrintable(*line));
    }
}

void TestCli::attachmentsAndSnapshots()
{
    const QList<Vm> vms = read<QList<Vm>>([this](Client::Callback<QList<Vm>> done) { m_client.vms(QString(), this, done); });
    QVERIFY(!vms.isEmpty());
    for (const Vm &vm : vms) {
        const QList<DiskAttachment> attachments = read<QList<DiskAttachment>>(
                [&](Client::Callback<QList<DiskAttachment>> done) { m_client.diskAttachments(vm.id, true, this, done); });
        const Run run = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("attachments"), vm.name});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), attachments.size());
        for (const DiskAttachment &a : attachments) {
            const auto it = std::find_if(array.begin(), array.end(),
                                         [&a](const QJsonValue &v) { return v.toObject().value(u"id").toString() == a.id; });
            QVERIFY(it != array.end());
            QCOMPARE(it->toObject().value(u"read_only").toBool(), a.readOnly);
            QCOMPARE(it->toObject().value(u"interface").toString(), toWire(a.interface_));
            QCOMPARE(it->toObject().value(u"disk.shareable").toBool(), a.disk->shareable);
            QCOMPARE(it->toObject().value(u"disk.alias").toString(), a.disk->alias);
        }

        const QList<Snapshot> snapshots = read<QList<Snapshot>>(
                [&](Client::Callback<QList<Snapshot>> done) { m_client.snapshots(vm.id, this, done); });
        const Run snaps = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("snapshots"), vm.id});
        QVERIFY2(snaps.code == 0, qPrintable(snaps.err));
        const QJsonArray snapArray = QJsonDocument::fromJson(snaps.out).array();
        QCOMPARE(snapArray.size(), snapshots.size());
        for (const Snapshot &s : snapshots) {
            const auto it = std::find_if(snapArray.begin(), snapArray.end(),
                                         [&s](const QJsonValue &v) { return v.toObject().value(u"id").toString() == s.id; });
            QVERIFY(it != snapArray.end());
            QCOMPARE(it->toObject().value(u"type").toString(), toWire(s.type));
            if (s.type == SnapshotType::Active)
                continue;
            const QList<Disk> disks = read<QList<Disk>>(
                    [&](Client::Callback<QList<Disk>> done) { m_client.snapshotDisks(vm.id, s.id, this, done); });
            QCOMPARE(it->toObject().value(u"disk_ids").toArray().size(), disks.size());
        }
    }
}

void TestCli::snapshotCreate()
{
    const Run run = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("snapshot"),
                         QStringLiteral("create"), QStringLiteral("web-02"), QStringLiteral("--description"),
                         QStringLiteral("from diskdesk-cli")});
    QVERIFY2(run.code == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonArray created = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(created.size(), 1);
    const QString id = created.first().toObject().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    const Run list = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("snapshots"), QStringLiteral("web-02")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(id.toLatin1()));
    QVERIFY(list.out.contains("from diskdesk-cli"));
}

void TestCli::savedProfile()
{
    // A profile as DiskDesk saves it, in the settings file diskdesk-cli reads.
    {
        QSettings settings(m_dir.filePath(QStringLiteral("config/DiskDesk/DiskDesk.conf")), QSettings::NativeFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("lab");
        profile.address = m_lab.apiUrl().toString();
        QFile ca(m_lab.caPath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        profile.caCertificatePem = ca.readAll();
        profile.rememberPassword = true;
        store.save(profile);
        store.sync();
    }
    const Run run = cli({QStringLiteral("--profile"), QStringLiteral("lab"), QStringLiteral("--password-file"), m_passwordFile,
                         QStringLiteral("vms")},
                        false);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("ID "));
    // No keychain here: told why, and how to give the password instead.
    const Run noPassword = cli({QStringLiteral("--profile"), QStringLiteral("lab"), QStringLiteral("vms")}, false);
    QCOMPARE(noPassword.code, 2);
    QVERIFY2(noPassword.err.contains(QStringLiteral("No keychain service is available")), qPrintable(noPassword.err));
    QVERIFY(noPassword.err.contains(QStringLiteral("--password-file")));
    const Run unknown = cli({QStringLiteral("--profile"), QStringLiteral("nosuch"), QStringLiteral("vms")}, false);
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("saved profiles: lab")), qPrintable(unknown.err));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withConnection");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("success") << QStringList{QStringLiteral("vms")} << true << 0 << QString();
    QTest::newRow("no such VM") << QStringList{QStringLiteral("snapshots"), QStringLiteral("nosuch")} << true << 1
                                << QStringLiteral("no virtual machine named");
    QTest::newRow("no command") << QStringList{} << true << 2 << QStringLiteral("Give a command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << true << 2 << QStringLiteral("Unknown command");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("vms")} << true
                                << 2 << QStringLiteral("--format must be");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("vms")} << true << 2
                                    << QStringLiteral("Unknown option");
    QTest::newRow("amend without disk") << QStringList{QStringLiteral("amend")} << true << 2 << QStringLiteral("amend needs exactly one disk");
    QTest::newRow("amend two disks") << QStringList{QStringLiteral("amend"), QStringLiteral("a"), QStringLiteral("b")} << true << 2
                                     << QStringLiteral("amend needs exactly one disk");
    QTest::newRow("--vm elsewhere") << QStringList{QStringLiteral("--vm"), QStringLiteral("db-01"), QStringLiteral("vms")} << true << 2
                                    << QStringLiteral("--vm is only used by amend");
    QTest::newRow("amend no such disk") << QStringList{QStringLiteral("amend"), QStringLiteral("nosuch")} << true << 1
                                        << QStringLiteral("no disk named");
    QTest::newRow("no connection") << QStringList{QStringLiteral("vms")} << false << 2 << QStringLiteral("--profile NAME");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withConnection);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run run = cli(arguments, withConnection);
    QVERIFY2(run.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)));
    if (!message.isEmpty())
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::refusedAndUnreachable()
{
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not-the-password\n");
    file.close();
    const QString url = m_lab.apiUrl().toString();
    // 1: the manager refused, with its own words.
    Run run = cli({QStringLiteral("--url"), url, QStringLiteral("--password-file"), wrong, QStringLiteral("--ca-file"),
                   m_lab.caPath(), QStringLiteral("vms")},
                  false);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot authenticate user 'admin@internal'")), qPrintable(run.err));
    // 3: the lab's CA is not trusted without --ca-file.
    run = cli({QStringLiteral("--url"), url, QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("vms")}, false);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("not signed by a CA this computer trusts")), qPrintable(run.err));
    // 3: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    run = cli({QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(port), QStringLiteral("--password-file"),
               m_passwordFile, QStringLiteral("vms")},
              false);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("connection was refused")), qPrintable(run.err));
}

void TestCli::amend()
{
    const QList<Disk> disks = read<QList<Disk>>([this](Client::Callback<QList<Disk>> done) { m_client.disks(QString(), this, done); });
    QString legacyDisk, dbDisk;
    for (const Disk &disk : disks) {
        if (disk.alias == QLatin1String("legacy-app_Disk1"))
            legacyDisk = disk.id;
        if (disk.alias == QLatin1String("db-01_Disk1"))
            dbDisk = disk.id;
    }
    QVERIFY(!legacyDisk.isEmpty() && !dbDisk.isEmpty());

    // 1: data-legacy is still V3: the manager starts the amend and reports its failure.
    Run run = cli({QStringLiteral("amend"), QStringLiteral("legacy-app_Disk1"), QStringLiteral("--vm"), QStringLiteral("legacy-app")});
    QVERIFY2(run.code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)));
    QVERIFY2(run.err.contains(QStringLiteral("Failed to amend legacy-app_Disk1.")), qPrintable(run.err));
    // 1: a raw disk is refused by the PUT itself, in the manager's words.
    run = cli({QStringLiteral("amend"), QStringLiteral("shared-data")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("The amend operation does not support disk without any QCOW2 volumes.")), qPrintable(run.err));
    // 1: no such VM for --vm.
    run = cli({QStringLiteral("amend"), QStringLiteral("db-01_Disk1"), QStringLiteral("--vm"), QStringLiteral("nosuch")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no virtual machine named")), qPrintable(run.err));

    // The cluster, then the data center to 4.8: data-legacy becomes V5 and can hold compat 1.1.
    const QList<Cluster> clusters = read<QList<Cluster>>([this](Client::Callback<QList<Cluster>> done) { m_client.clusters(this, done); });
    const QList<DataCenter> dcs = read<QList<DataCenter>>([this](Client::Callback<QList<DataCenter>> done) { m_client.dataCenters(this, done); });
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(dcs.size(), 1);
    QVERIFY(!read<Cluster>([&](Client::Callback<Cluster> done) { m_client.updateClusterVersion(clusters.first().id, {4, 8}, this, done); }).id.isEmpty());
    QVERIFY(!read<DataCenter>([&](Client::Callback<DataCenter> done) { m_client.updateDataCenterVersion(dcs.first().id, {4, 8}, this, done); }).id.isEmpty());

    // 0: through db-01's attachment (VM down), followed to the manager's audit message.
    run = cli({QStringLiteral("amend"), QStringLiteral("db-01_Disk1"), QStringLiteral("--vm"), QStringLiteral("db-01")});
    QVERIFY2(run.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)));
    QCOMPARE(run.out, QByteArray("db-01_Disk1 has been amended successfully.\n"));
    // 0: by id, without a VM (PUT /disks/{id}).
    run = cli({QStringLiteral("amend"), legacyDisk});
    QVERIFY2(run.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)));
    QCOMPARE(run.out, QByteArray("legacy-app_Disk1 has been amended successfully.\n"));

    // Every volume of both chains reads 1.1 from the files themselves.
    for (const QString &diskId : {dbDisk, legacyDisk}) {
        const QList<DiskSnapshot> volumes = read<QList<DiskSnapshot>>(
            [&](Client::Callback<QList<DiskSnapshot>> done) { m_client.diskSnapshots(diskId, true, this, done); });
        QVERIFY(volumes.size() >= 1);
        for (const DiskSnapshot &volume : volumes) {
            QProcess info;
            info.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"),
                                                    QStringLiteral("%1/domains/%2/images/%3/%4").arg(m_lab.dataDir(), volume.storageDomainIds.value(0), diskId, volume.id)});
            QVERIFY(info.waitForFinished(60000));
            const QJsonObject json = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
            QCOMPARE(json.value(u"format-specific").toObject().value(u"data").toObject().value(u"compat").toString(), QStringLiteral("1.1"));
        }
    }

    // 1: mail-01 runs; the amend is refused and the disk left as it was.
    run = cli({QStringLiteral("amend"), QStringLiteral("mail-01_Disk1"), QStringLiteral("--vm"), QStringLiteral("mail-01")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Failed to amend mail-01_Disk1.")), qPrintable(run.err));
    // 3: nobody answers at that address.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    run = cli({QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(port), QStringLiteral("--password-file"), m_passwordFile,
               QStringLiteral("amend"), QStringLiteral("db-01_Disk1")},
              false);
    QCOMPARE(run.code, 3);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
