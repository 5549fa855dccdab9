// End to end: the api library reads the demo inventory of a live diskdesk-lab, and what it reads
// agrees with the real volume files (qemu-img) behind it.
#include "client.h"
#include "clienttestsupport.h"
#include "labprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

namespace {

QJsonObject qemuImgInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("--output=json"),
                                         QStringLiteral("-U"), path});
    p.waitForFinished();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestE2eInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordIsRefused();
    void apiRoot();
    void vmsAndFilteredSearch();
    void disksMatchTheirFiles();
    void shareableDiskReadOnlyAndReadWrite();
    void partialSnapshot();
    void storageDomainsAndDataCenter();
    void missingVmIsNotFound();
    void stopsCleanly();

private:
    LabProcess m_lab;
    Client m_client;
    QList<Vm> m_vms;
    QString m_fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
};

void TestE2eInventory::initTestCase()
{
    LabProcess::Options options;
    options.fixedTime = m_fixedTime;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.apiUrl().host(), QStringLiteral("127.0.0.1"));
    m_client.setApiUrl(m_lab.apiUrl());

    QSignalSpy sessionChanged(&m_client, &Client::sessionChanged);
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) {
        m_client.login(QStringLiteral("admin@internal"), m_lab.password(), ctx, done);
    });
    QVERIFY2(root.ok(), why(root).constData());
    QVERIFY(m_client.isLoggedIn());
    QVERIFY(sessionChanged.count() >= 1);

    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vms({}, ctx, done); });
    QVERIFY2(vms.ok(), why(vms).constData());
    m_vms = vms.value;
}

void TestE2eInventory::cleanupTestCase()
{
    m_lab.stop();
}

void TestE2eInventory::wrongPasswordIsRefused()
{
    Client other;
    other.setApiUrl(m_lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) {
        other.login(QStringLiteral("admin@internal"), QStringLiteral("not-the-password"), ctx, done);
    });
    QVERIFY(!root.ok());
    QCOMPARE(root.error->kind, ApiError::Kind::Auth);
    QVERIFY2(root.error->text().contains(QStringLiteral("Cannot authenticate user 'admin@internal'")),
             why(root).constData());
    QVERIFY(!other.isLoggedIn());
}

void TestE2eInventory::apiRoot()
{
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) { m_client.apiRoot(ctx, done); });
    QVERIFY2(root.ok(), why(root).constData());
    QCOMPARE(root.value.productName, QStringLiteral("oVirt Engine"));
    QCOMPARE(root.value.version.major, 4);
    QCOMPARE(root.value.vmsTotal, m_vms.size());
    QVERIFY(root.value.time.has_value());
    QCOMPARE(root.value.time->toUTC(), QDateTime::fromString(m_fixedTime, Qt::ISODate));
}

void TestE2eInventory::vmsAndFilteredSearch()
{
    QVERIFY(m_vms.size() >= 6);
    int up = 0, down = 0;
    for (const Vm &vm : std::as_const(m_vms)) {
        QVERIFY(!vm.id.isEmpty());
        QVERIFY(!vm.name.isEmpty());
        QVERIFY(!vm.clusterId.isEmpty());
        up += vm.status == VmStatus::Up;
        down += vm.status == VmStatus::Down;
    }
    QVERIFY(up > 0);
    QVERIFY(down > 0);

    // The search language goes to the server: status=up returns only running VMs.
    const auto running = await<QList<Vm>>([&](QObject *ctx, auto done) {
        m_client.vms(QStringLiteral("status=up"), ctx, done);
    });
    QVERIFY2(running.ok(), why(running).constData());
    QCOMPARE(running.value.size(), up);
    for (const Vm &vm : running.value)
        QCOMPARE(vm.status, VmStatus::Up);

    const QString first = m_vms.first().name;
    const auto byName = await<QList<Vm>>([&](QObject *ctx, auto done) {
        m_client.vms(QStringLiteral("name=") + first.left(3) + QLatin1Char('*'), ctx, done);
    });
    QVERIFY2(byName.ok(), why(byName).constData());
    QVERIFY(!byName.value.isEmpty());
    for (const Vm &vm : byName.value)
        QVERIFY(vm.name.startsWith(first.left(3), Qt::CaseInsensitive));
}

void TestE2eInventory::disksMatchTheirFiles()
{
    const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.disks({}, ctx, done); });
    QVERIFY2(disks.ok(), why(disks).constData());
    QVERIFY(disks.value.size() >= 6);

    bool sawV2 = false, sawV3 = false, sawRaw = false;
    for (const Disk &disk : disks.value) {
        if (disk.storageType != DiskStorageType::Image)
            continue;
        QVERIFY(disk.status.has_value());
        QVERIFY(disk.format.has_value());
        QCOMPARE(disk.storageDomainIds.size(), 1);
        // The active volume is a real file in its domain's folder.
        const QString path = m_lab.dataDir() + QStringLiteral("/domains/%1/images/%2/%3")
                                 .arg(disk.storageDomainIds.first(), disk.id, disk.imageId);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QJsonObject info = qemuImgInfo(path);
        QCOMPARE(disk.provisionedSize.value_or(-1), info.value(QStringLiteral("virtual-size")).toInteger());
        QCOMPARE(disk.actualSize.value_or(-1), info.value(QStringLiteral("actual-size")).toInteger());
        if (*disk.format == DiskFormat::Cow) {
            QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("qcow2"));
            const QString compat = info.value(QStringLiteral("format-specific")).toObject()
                                       .value(QStringLiteral("data")).toObject()
                                       .value(QStringLiteral("compat")).toString();
            QVERIFY(disk.qcowVersion.has_value());
            QCOMPARE(*disk.qcowVersion, compat == QStringLiteral("1.1") ? QcowVersion::Qcow2V3 : QcowVersion::Qcow2V2);
            sawV2 |= *disk.qcowVersion == QcowVersion::Qcow2V2;
            sawV3 |= *disk.qcowVersion == QcowVersion::Qcow2V3;
        } else {
            QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("raw"));
            QVERIFY(!disk.qcowVersion.has_value());
            sawRaw = true;
        }
    }
    QVERIFY(sawV2);
    QVERIFY(sawV3);
    QVERIFY(sawRaw);
}

void TestE2eInventory::shareableDiskReadOnlyAndReadWrite()
{
    // One shareable disk, read-only on one VM and read-write on another.
    QHash<QString, QList<bool>> readOnlyByDisk;
    for (const Vm &vm : std::as_const(m_vms)) {
        const auto attachments = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) {
            m_client.diskAttachments(vm.id, true, ctx, done);
        });
        QVERIFY2(attachments.ok(), why(attachments).constData());
        int bootable = 0;
        for (const DiskAttachment &a : attachments.value) {
            QCOMPARE(a.id, a.diskId); // the attachment id is the disk id
            QCOMPARE(a.vmId, vm.id);
            QVERIFY(a.disk.has_value()); // follow=disk inlined it
            QCOMPARE(a.disk->id, a.diskId);
            bootable += a.bootable;
            if (a.disk->shareable)
                readOnlyByDisk[a.diskId].append(a.readOnly);
        }
        QVERIFY(bootable <= 1);
    }
    bool found = false;
    for (auto it = readOnlyByDisk.cbegin(); it != readOnlyByDisk.cend(); ++it)
        found |= it->contains(true) && it->contains(false);
    QVERIFY2(found, "no shareable disk is read-only on one VM and read-write on another");
}

void TestE2eInventory::partialSnapshot()
{
    // Somewhere a snapshot covers only some of its VM's disks, and the volumes it names are
    // real files whose compat level the lab reports.
    bool partial = false;
    for (const Vm &vm : std::as_const(m_vms)) {
        const auto snapshots = await<QList<Snapshot>>([&](QObject *ctx, auto done) {
            m_client.snapshots(vm.id, ctx, done);
        });
        QVERIFY2(snapshots.ok(), why(snapshots).constData());
        QVERIFY(!snapshots.value.isEmpty());
        int active = 0;
        for (const Snapshot &s : snapshots.value) {
            if (s.type == SnapshotType::Active) {
                ++active;
                QCOMPARE(s.description, QStringLiteral("Active VM"));
                QVERIFY(s.vmId.isEmpty());
            }
        }
        QCOMPARE(active, 1);

        const auto attachments = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) {
            m_client.diskAttachments(vm.id, true, ctx, done);
        });
        QVERIFY(attachments.ok());
        int snapshottable = 0;
        for (const DiskAttachment &a : attachments.value)
            snapshottable += a.disk && !a.disk->shareable && a.disk->storageType == DiskStorageType::Image;

        for (const Snapshot &s : snapshots.value) {
            if (s.type != SnapshotType::Regular)
                continue;
            QCOMPARE(s.vmId, vm.id);
            QCOMPARE(s.status, SnapshotStatus::Ok);
            QCOMPARE(s.date->toUTC() < QDateTime::fromString(m_fixedTime, Qt::ISODate), true);
            const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) {
                m_client.snapshotDisks(vm.id, s.id, ctx, done);
            });
            QVERIFY2(disks.ok(), why(disks).constData());
            for (const Disk &d : disks.value) {
                QCOMPARE(d.snapshotId, s.id);
                const QString path = m_lab.dataDir() + QStringLiteral("/domains/%1/images/%2/%3")
                                         .arg(d.storageDomainIds.value(0), d.id, d.imageId);
                QVERIFY2(QFile::exists(path), qPrintable(path));
                // Snapshot volumes are no longer the active layer: read-only on disk.
                QVERIFY(!QFileInfo(path).permissions().testFlag(QFile::WriteOwner));
                QCOMPARE(d.provisionedSize.value_or(-1),
                         qemuImgInfo(path).value(QStringLiteral("virtual-size")).toInteger());
            }
            if (!disks.value.isEmpty() && disks.value.size() < snapshottable)
                partial = true;
        }
    }
    QVERIFY2(partial, "no snapshot covers only some of its VM's disks");
}

void TestE2eInventory::storageDomainsAndDataCenter()
{
    const auto domains = await<QList<StorageDomain>>([&](QObject *ctx, auto done) {
        m_client.storageDomains(ctx, done);
    });
    QVERIFY2(domains.ok(), why(domains).constData());
    bool v3 = false, v4 = false;
    for (const StorageDomain &sd : domains.value) {
        if (sd.type != StorageDomainType::Data)
            continue;
        QVERIFY(sd.available.has_value());
        QVERIFY(sd.used.has_value());
        QVERIFY(sd.committed.has_value());
        v3 |= sd.storageFormat == StorageFormat::V3;
        v4 |= sd.storageFormat == StorageFormat::V4;
    }
    QVERIFY(v3);
    QVERIFY(v4);

    const auto dcs = await<QList<DataCenter>>([&](QObject *ctx, auto done) { m_client.dataCenters(ctx, done); });
    QVERIFY2(dcs.ok(), why(dcs).constData());
    QVERIFY(!dcs.value.isEmpty());
    QVERIFY(dcs.value.first().version.major == 4);

    const auto clusters = await<QList<Cluster>>([&](QObject *ctx, auto done) { m_client.clusters(ctx, done); });
    QVERIFY2(clusters.ok(), why(clusters).constData());
    QVERIFY(!clusters.value.isEmpty());

    const auto hosts = await<QList<Host>>([&](QObject *ctx, auto done) { m_client.hosts(ctx, done); });
    QVERIFY2(hosts.ok(), why(hosts).constData());
    QVERIFY(hosts.value.size() >= 2);
}

void TestE2eInventory::missingVmIsNotFound()
{
    const auto vm = await<Vm>([&](QObject *ctx, auto done) {
        m_client.vm(QStringLiteral("00000000-0000-0000-0000-0000000000ff"), ctx, done);
    });
    QVERIFY(!vm.ok());
    QCOMPARE(vm.error->httpStatus, 404);
}

void TestE2eInventory::stopsCleanly()
{
    QCOMPARE(m_lab.stop(), 0);
}

QTEST_GUILESS_MAIN(TestE2eInventory)
#include "tst_e2e_inventory.moc"
