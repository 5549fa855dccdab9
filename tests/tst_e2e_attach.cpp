// Attaching disks end to end (issue 4): the api library (Client + OperationTracker) and the
// dialogs' network parts against a live diskdesk-lab and a private tgtd on 127.0.0.1 with two
// targets (file-backed LUNs, CHAP on one, one write-protected LUN). Discovery, login (good and
// bad CHAP), the LUNs a host sees, a shareable LUN disk read-only on one VM and read-write on
// another (and the "Used by" view saying so), the automatic read-only mode on the write-protected
// LUN, a new image disk hot plugged into a running VM, detach and remove, and refusals in the
// manager's words. tgtd and the lab are stopped at the end.
#include "client.h"
#include "diskusagedialog.h"
#include "clienttestsupport.h"
#include "labprocess.h"
#include "newdiskdialog.h"
#include "operationtracker.h"
#include "tgtdtarget.h"

#include <QSignalSpy>
#include <QtTest>

#include <optional>

namespace {

constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;

const QString PlainIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:e2e-plain");
const QString ChapIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:e2e-chap");
const QString ChapUser = QStringLiteral("e2echap");
const QString ChapSecret = QStringLiteral("e2e-secret-1234");

struct Lun
{
    int tid;
    int lun;
    qint64 size;
    QString scsiId;
    QString serial;
    bool readOnly;
    QString wwid() const { return QStringLiteral("36") + QString(7, u'0') + scsiId; }
};

const QList<Lun> Luns{
    {1, 1, 48 * MiB + 4096, QStringLiteral("1405e2eac0de000000000011"), QStringLiteral("E2ESN011"), false},
    {1, 2, 32 * MiB, QStringLiteral("1405e2eac0de000000000012"), QStringLiteral("E2ESN012"), true},
    {2, 1, 20 * MiB + 512, QStringLiteral("1405e2eac0de000000000013"), QStringLiteral("E2ESN013"), false},
};

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString message;
    QString subject;
};

Outcome follow(OperationTracker *tracker)
{
    Outcome outcome;
    QObject::connect(tracker, &OperationTracker::finished, tracker, [&outcome](bool ok, const QString &message) {
        outcome.finished = true;
        outcome.ok = ok;
        outcome.message = message;
    });
    (void)QTest::qWaitFor([&] { return outcome.finished; }, 180000);
    outcome.subject = tracker->subjectId();
    delete tracker;
    return outcome;
}

QByteArray describe(const Outcome &o)
{
    return QStringLiteral("finished=%1 ok=%2 message=\u201c%3\u201d").arg(o.finished).arg(o.ok).arg(o.message).toUtf8();
}

} // namespace

class TestE2eAttach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void discoverBothActions();
    void loginWithBadChapIsRefused();
    void loginAndListLuns();
    void lunDiskReadOnlyHereReadWriteThere();
    void usedByView();
    void automaticModeOnWriteProtectedLun();
    void readWriteOnWriteProtectedLunIsRefused();
    void newImageDiskHotPlugged();
    void refusalsInTheManagersWords();
    void detachAndRemove();
    void newDiskDialogDiscoversLogsInAndListsLuns();

private:
    QString idOf(const QList<Vm> &vms, const QString &name) const;
    IscsiRequest iscsi(const QString &target = {}, const QString &user = {}, const QString &password = {}) const;
    NewDiskRequest lunDiskRequest(const QString &vmId, const QString &alias, const Lun &lun, bool shareable) const;
    std::optional<DiskAttachment> attachmentOf(const QString &vmId, const QString &diskId);

    TgtdTarget m_tgtd;
    LabProcess m_lab;
    Client m_client;
    QString m_hostA;
    QString m_mainDomain;
    QList<Vm> m_vms;
    QString m_build, m_db, m_web02, m_legacy;
    QString m_sharedLunDisk;
};

void TestE2eAttach::initTestCase()
{
    QString reason;
    if (!TgtdTarget::toolsAvailable(&reason))
        QSKIP(qPrintable(reason));
    QVERIFY2(m_tgtd.start(), qPrintable(m_tgtd.errorString()));
    QVERIFY(m_tgtd.addTarget(1, PlainIqn));
    QVERIFY(m_tgtd.addTarget(2, ChapIqn));
    for (const Lun &lun : Luns) {
        TgtdTarget::LunOptions options;
        options.scsiId = lun.scsiId;
        options.scsiSn = lun.serial;
        options.vendorId = QStringLiteral("DDE2E");
        options.productId = QStringLiteral("E2E LUN");
        options.readOnly = lun.readOnly;
        QVERIFY2(m_tgtd.addLun(lun.tid, lun.lun, lun.size, options), qPrintable(m_tgtd.errorString()));
    }
    QVERIFY(m_tgtd.requireChap(2, ChapUser, ChapSecret));

    QVERIFY2(m_lab.start(LabProcess::Options{}), qPrintable(m_lab.errorString()));
    m_client.setApiUrl(m_lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) { m_client.login(QStringLiteral("admin@internal"), m_lab.password(), ctx, done); });
    QVERIFY2(root.ok(), why(root).constData());
    const auto hosts = await<QList<Host>>([&](QObject *ctx, auto done) { m_client.hosts(ctx, done); });
    QVERIFY2(hosts.ok(), why(hosts).constData());
    for (const Host &host : hosts.value) {
        if (host.name == QLatin1String("host-a"))
            m_hostA = host.id;
    }
    const auto domains = await<QList<StorageDomain>>([&](QObject *ctx, auto done) { m_client.storageDomains(ctx, done); });
    for (const StorageDomain &domain : domains.value) {
        if (domain.name == QLatin1String("data-main"))
            m_mainDomain = domain.id;
    }
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vms(QString(), ctx, done); });
    QVERIFY2(vms.ok(), why(vms).constData());
    m_vms = vms.value;
    m_build = idOf(m_vms, QStringLiteral("build-01"));
    m_db = idOf(m_vms, QStringLiteral("db-01"));
    m_web02 = idOf(m_vms, QStringLiteral("web-02"));
    m_legacy = idOf(m_vms, QStringLiteral("legacy-app"));
    QVERIFY(!m_hostA.isEmpty() && !m_mainDomain.isEmpty() && !m_build.isEmpty() && !m_db.isEmpty() && !m_web02.isEmpty()
            && !m_legacy.isEmpty());
}

void TestE2eAttach::cleanupTestCase()
{
    // The lab holds the iSCSI sessions: it goes first, then the target.
    m_lab.stop();
    m_tgtd.stop();
}

QString TestE2eAttach::idOf(const QList<Vm> &vms, const QString &name) const
{
    for (const Vm &vm : vms) {
        if (vm.name == name)
            return vm.id;
    }
    return {};
}

IscsiRequest TestE2eAttach::iscsi(const QString &target, const QString &user, const QString &password) const
{
    IscsiRequest request;
    request.hostId = m_hostA;
    request.address = m_tgtd.address();
    request.port = m_tgtd.port();
    request.target = target;
    request.username = user;
    request.password = password;
    return request;
}

NewDiskRequest TestE2eAttach::lunDiskRequest(const QString &vmId, const QString &alias, const Lun &lun, bool shareable) const
{
    NewDiskRequest request;
    request.vmId = vmId;
    request.alias = alias;
    request.shareable = shareable;
    request.options.interface_ = DiskInterface::VirtioScsi;
    request.options.active = true;
    NewLunDisk disk;
    disk.hostId = m_hostA;
    disk.lunId = lun.wwid();
    disk.address = m_tgtd.address();
    disk.port = m_tgtd.port();
    disk.target = lun.tid == 1 ? PlainIqn : ChapIqn;
    if (lun.tid == 2) {
        disk.username = ChapUser;
        disk.password = ChapSecret;
    }
    request.lun = disk;
    return request;
}

std::optional<DiskAttachment> TestE2eAttach::attachmentOf(const QString &vmId, const QString &diskId)
{
    const auto result = await<DiskAttachment>([&](QObject *ctx, auto done) { m_client.diskAttachment(vmId, diskId, ctx, done); });
    if (!result.ok())
        return std::nullopt;
    return result.value;
}

void TestE2eAttach::discoverBothActions()
{
    for (const bool legacy : {false, true}) {
        const auto result = await<IscsiDiscovery>([&](QObject *ctx, auto done) {
            legacy ? m_client.iscsiDiscover(iscsi(), ctx, done) : m_client.discoverIscsi(iscsi(), ctx, done);
        });
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result.value.action.status, ActionStatus::Complete);
        QStringList iqns;
        for (const IscsiTarget &target : result.value.targets) {
            QCOMPARE(target.address, m_tgtd.address());
            QCOMPARE(target.port, int(m_tgtd.port()));
            QCOMPARE(target.portal, QStringLiteral("127.0.0.1:%1,1").arg(m_tgtd.port()));
            iqns << target.target;
        }
        iqns.sort();
        QCOMPARE(iqns, (QStringList{ChapIqn, PlainIqn}));
    }
    // The address is mandatory: the manager's own fault comes back.
    IscsiRequest missing = iscsi();
    missing.address.clear();
    const auto refused = await<IscsiDiscovery>([&](QObject *ctx, auto done) { m_client.discoverIscsi(missing, ctx, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->text(), QStringLiteral("Action [iscsi.address] required for discoverIscsi"));
}

void TestE2eAttach::loginWithBadChapIsRefused()
{
    const auto result = await<ActionResult>([&](QObject *ctx, auto done) {
        m_client.iscsiLogin(iscsi(ChapIqn, ChapUser, QStringLiteral("not-the-secret")), ctx, done);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error->httpStatus, 400);
    QCOMPARE(result.error->text(), QStringLiteral("Failed to login to iSCSI node due to authorization failure"));
    const auto storage = await<QList<LunStorage>>([&](QObject *ctx, auto done) { m_client.hostStorage(m_hostA, true, ctx, done); });
    QVERIFY2(storage.ok(), why(storage).constData());
    QCOMPARE(storage.value.size(), 0);
}

void TestE2eAttach::loginAndListLuns()
{
    auto result = await<ActionResult>([&](QObject *ctx, auto done) { m_client.iscsiLogin(iscsi(PlainIqn), ctx, done); });
    QVERIFY2(result.ok(), why(result).constData());
    result = await<ActionResult>([&](QObject *ctx, auto done) { m_client.iscsiLogin(iscsi(ChapIqn, ChapUser, ChapSecret), ctx, done); });
    QVERIFY2(result.ok(), why(result).constData());

    const auto storage = await<QList<LunStorage>>([&](QObject *ctx, auto done) { m_client.hostStorage(m_hostA, true, ctx, done); });
    QVERIFY2(storage.ok(), why(storage).constData());
    QCOMPARE(storage.value.size(), Luns.size());
    for (const Lun &lun : Luns) {
        const auto it = std::find_if(storage.value.cbegin(), storage.value.cend(), [&](const LunStorage &s) { return s.id == lun.wwid(); });
        QVERIFY2(it != storage.value.cend(), qPrintable(lun.wwid()));
        QCOMPARE(it->type, HostStorageType::Iscsi);
        QCOMPARE(it->logicalUnits.size(), 1);
        const LogicalUnit &unit = it->logicalUnits.first();
        QCOMPARE(unit.vendorId, QStringLiteral("DDE2E"));
        QCOMPARE(unit.productId, QStringLiteral("E2E LUN"));
        QCOMPARE(unit.serial, QStringLiteral("SDDE2E_E2E_LUN_") + lun.serial);
        QCOMPARE(unit.size, std::optional<qint64>(lun.size));
        QCOMPARE(unit.status, LunStatus::Free);
        QCOMPARE(unit.target, lun.tid == 1 ? PlainIqn : ChapIqn);
        QCOMPARE(unit.writeProtected, std::optional<bool>(lun.readOnly));
        QCOMPARE(unit.lunMapping, lun.lun);
    }
}

void TestE2eAttach::lunDiskReadOnlyHereReadWriteThere()
{
    // Created and attached read-only to build-01 (down) in one request...
    Outcome created = follow(OperationTracker::addDisk(&m_client, lunDiskRequest(m_build, QStringLiteral("e2e-lun-shared"), Luns[0], true),
                                                       ReadOnlyMode::ReadOnly, false, nullptr, testTiming()));
    QVERIFY2(created.ok, describe(created).constData());
    m_sharedLunDisk = created.subject;
    QVERIFY(!m_sharedLunDisk.isEmpty());
    // ...then attached read-write to db-01.
    AttachDiskRequest attach;
    attach.vmId = m_db;
    attach.diskId = m_sharedLunDisk;
    attach.options.interface_ = DiskInterface::Virtio;
    attach.options.active = true;
    const Outcome attached = follow(OperationTracker::attachDisk(&m_client, attach, ReadOnlyMode::ReadWrite, false, nullptr, testTiming()));
    QVERIFY2(attached.ok, describe(attached).constData());

    const std::optional<DiskAttachment> onBuild = attachmentOf(m_build, m_sharedLunDisk);
    const std::optional<DiskAttachment> onDb = attachmentOf(m_db, m_sharedLunDisk);
    QVERIFY(onBuild && onDb);
    QVERIFY(onBuild->readOnly);
    QVERIFY(!onDb->readOnly);
    QCOMPARE(onBuild->interface_, DiskInterface::VirtioScsi);
    QCOMPARE(onDb->interface_, DiskInterface::Virtio);
    // The disk is the LUN's: size, serial and write protection come from the host's reading.
    const auto disk = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(m_sharedLunDisk, ctx, done); });
    QVERIFY2(disk.ok(), why(disk).constData());
    QCOMPARE(disk.value.storageType, DiskStorageType::Lun);
    QVERIFY(disk.value.lunStorage);
    QCOMPARE(disk.value.lunStorage->logicalUnits.first().size, std::optional<qint64>(Luns[0].size));
    QCOMPARE(disk.value.lunStorage->logicalUnits.first().writeProtected, std::optional<bool>(false));
    // The host now reports the LUN used, by that disk.
    const auto storage = await<QList<LunStorage>>([&](QObject *ctx, auto done) { m_client.hostStorage(m_hostA, true, ctx, done); });
    for (const LunStorage &s : storage.value) {
        if (s.id == Luns[0].wwid()) {
            QCOMPARE(s.logicalUnits.first().status, LunStatus::Used);
            QCOMPARE(s.logicalUnits.first().diskId, m_sharedLunDisk);
        }
    }
}

void TestE2eAttach::usedByView()
{
    QVERIFY(!m_sharedLunDisk.isEmpty());
    Disk disk;
    disk.id = m_sharedLunDisk;
    disk.alias = QStringLiteral("e2e-lun-shared");
    DiskUsageDialog dialog(disk);
    QSignalSpy loaded(&dialog, &DiskUsageDialog::loaded);
    dialog.load(&m_client);
    QVERIFY(loaded.wait(30000));
    QList<DiskUse> uses = dialog.uses();
    QCOMPARE(uses.size(), 2);
    std::sort(uses.begin(), uses.end(), [](const DiskUse &a, const DiskUse &b) { return a.vmName < b.vmName; });
    QCOMPARE(uses[0].vmName, QStringLiteral("build-01"));
    QVERIFY(uses[0].readOnly);
    QCOMPARE(uses[1].vmName, QStringLiteral("db-01"));
    QVERIFY(!uses[1].readOnly);
    QCOMPARE(dialog.summary(), QStringLiteral("e2e-lun-shared is attached to 2 virtual machine(s): read-only on 1, read-write on 1."));
}

void TestE2eAttach::automaticModeOnWriteProtectedLun()
{
    // Automatic without knowing: read-write is asked, the manager refuses because the LUN is
    // write-protected, read-only is attached instead, and the result says so.
    const Outcome outcome = follow(OperationTracker::addDisk(&m_client, lunDiskRequest(m_legacy, QStringLiteral("e2e-lun-wp"), Luns[1], false),
                                                             ReadOnlyMode::Automatic, std::nullopt, nullptr, testTiming()));
    QVERIFY2(outcome.ok, describe(outcome).constData());
    const std::optional<DiskAttachment> first = attachmentOf(m_legacy, outcome.subject);
    QVERIFY2(first && first->readOnly, first ? "attached read-write" : "not attached");
    QVERIFY2(outcome.message.contains(QLatin1String("attached read-only instead (automatic mode)")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("The LUN %1 is write-protected by its storage server").arg(Luns[1].wwid())),
             qPrintable(outcome.message));
    const std::optional<DiskAttachment> attachment = attachmentOf(m_legacy, outcome.subject);
    QVERIFY(attachment);
    QVERIFY(attachment->readOnly);
    QVERIFY(attachment->active);
}

void TestE2eAttach::readWriteOnWriteProtectedLunIsRefused()
{
    // Detached from legacy-app, the write-protected LUN disk cannot go read-write anywhere.
    const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.disks(QStringLiteral("alias=e2e-lun-wp"), ctx, done); });
    QVERIFY2(disks.ok() && disks.value.size() == 1, why(disks).constData());
    const QString diskId = disks.value.first().id;
    QCOMPARE(disks.value.first().lunStorage->logicalUnits.first().writeProtected, std::optional<bool>(true));
    Outcome detached = follow(OperationTracker::detachDisk(&m_client, m_legacy, diskId, true, nullptr, testTiming()));
    QVERIFY2(detached.ok, describe(detached).constData());
    AttachDiskRequest attach;
    attach.vmId = m_db;
    attach.diskId = diskId;
    attach.options.interface_ = DiskInterface::Virtio;
    attach.options.active = false;
    const Outcome refused = follow(OperationTracker::attachDisk(&m_client, attach, ReadOnlyMode::ReadWrite, true, nullptr, testTiming()));
    QVERIFY(refused.finished && !refused.ok);
    QCOMPARE(refused.message,
             QStringLiteral("Cannot attach Virtual Disk. The LUN %1 is write-protected by its storage server; it can only be attached read-only.")
                 .arg(Luns[1].wwid()));
    // Automatic with the protection known from the disk: read-only at once, and said so.
    const Outcome automatic = follow(OperationTracker::attachDisk(&m_client, attach, ReadOnlyMode::Automatic, true, nullptr, testTiming()));
    QVERIFY2(automatic.ok, describe(automatic).constData());
    QVERIFY2(automatic.message.endsWith(QLatin1String("so the disk was attached read-only (automatic mode).")), qPrintable(automatic.message));
    QVERIFY(attachmentOf(m_db, diskId)->readOnly);
}

void TestE2eAttach::newImageDiskHotPlugged()
{
    // web-02 runs: a new virtio disk with Activate is hot plugged once its volume exists.
    NewDiskRequest request;
    request.vmId = m_web02;
    request.alias = QStringLiteral("e2e-hot");
    request.options.interface_ = DiskInterface::Virtio;
    request.options.active = true;
    NewImageDisk image;
    image.provisionedSize = GiB;
    image.format = DiskFormat::Cow;
    image.sparse = true;
    image.storageDomainId = m_mainDomain;
    request.image = image;
    const Outcome outcome = follow(OperationTracker::addDisk(&m_client, request, ReadOnlyMode::ReadWrite, std::nullopt, nullptr, testTiming()));
    QVERIFY2(outcome.ok, describe(outcome).constData());
    QCOMPARE(outcome.message, QStringLiteral("The disk e2e-hot was successfully added to VM web-02."));
    const std::optional<DiskAttachment> attachment = attachmentOf(m_web02, outcome.subject);
    QVERIFY(attachment);
    QVERIFY(attachment->active);
    QVERIFY(!attachment->readOnly);
    const auto disk = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(outcome.subject, ctx, done); });
    QCOMPARE(disk.value.status, std::optional<DiskStatus>(DiskStatus::Ok));
    QCOMPARE(disk.value.qcowVersion, std::optional<QcowVersion>(QcowVersion::Qcow2V3));
    QCOMPARE(disk.value.provisionedSize, std::optional<qint64>(GiB));
}

void TestE2eAttach::refusalsInTheManagersWords()
{
    // Read-only on IDE.
    NewDiskRequest ide;
    ide.vmId = m_build;
    ide.alias = QStringLiteral("e2e-ide-ro");
    ide.options.interface_ = DiskInterface::Ide;
    ide.options.active = false;
    NewImageDisk image;
    image.provisionedSize = GiB;
    image.format = DiskFormat::Raw;
    image.storageDomainId = m_mainDomain;
    ide.image = image;
    Outcome outcome = follow(OperationTracker::addDisk(&m_client, ide, ReadOnlyMode::ReadOnly, std::nullopt, nullptr, testTiming()));
    QVERIFY(outcome.finished && !outcome.ok);
    QCOMPARE(outcome.message, QStringLiteral("Cannot add Virtual Disk. IDE disks can't be read-only."));
    // qcow2 cannot be shareable.
    NewDiskRequest cow = ide;
    cow.alias = QStringLiteral("e2e-cow-shared");
    cow.options.interface_ = DiskInterface::Virtio;
    cow.shareable = true;
    cow.image->format = DiskFormat::Cow;
    outcome = follow(OperationTracker::addDisk(&m_client, cow, ReadOnlyMode::ReadWrite, std::nullopt, nullptr, testTiming()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message, QStringLiteral("Cannot add Virtual Disk. Disk's volume format is not supported for shareable disk."));
    // Hot plugging IDE into running web-02.
    const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.disks(QStringLiteral("alias=e2e-hot"), ctx, done); });
    QVERIFY(disks.ok() && disks.value.size() == 1);
    UpdateAttachmentRequest unplug;
    unplug.vmId = m_web02;
    unplug.diskId = disks.value.first().id;
    unplug.active = false;
    outcome = follow(OperationTracker::updateDiskAttachment(&m_client, unplug, nullptr, testTiming()));
    QVERIFY2(outcome.ok, describe(outcome).constData());
    QVERIFY(!attachmentOf(m_web02, unplug.diskId)->active);
    UpdateAttachmentRequest toIde;
    toIde.vmId = m_web02;
    toIde.diskId = unplug.diskId;
    toIde.interface_ = DiskInterface::Ide;
    outcome = follow(OperationTracker::updateDiskAttachment(&m_client, toIde, nullptr, testTiming()));
    QVERIFY2(outcome.ok, describe(outcome).constData());
    UpdateAttachmentRequest plug;
    plug.vmId = m_web02;
    plug.diskId = unplug.diskId;
    plug.active = true;
    outcome = follow(OperationTracker::updateDiskAttachment(&m_client, plug, nullptr, testTiming()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message, QStringLiteral("Cannot hot plug e2e-hot to web-02. Hot plugging a disk to an IDE interface is not supported."));
    // A non-shareable disk used by another VM.
    AttachDiskRequest taken;
    taken.vmId = m_build;
    taken.diskId = unplug.diskId;
    taken.options.interface_ = DiskInterface::Virtio;
    outcome = follow(OperationTracker::attachDisk(&m_client, taken, ReadOnlyMode::ReadWrite, std::nullopt, nullptr, testTiming()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.message, QStringLiteral("Cannot attach Virtual Disk. The disk is not shareable and is already attached to a VM."));
}

void TestE2eAttach::detachAndRemove()
{
    const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.disks(QStringLiteral("alias=e2e-hot"), ctx, done); });
    QVERIFY(disks.ok() && disks.value.size() == 1);
    const QString diskId = disks.value.first().id;
    Outcome outcome = follow(OperationTracker::detachDisk(&m_client, m_web02, diskId, true, nullptr, testTiming()));
    QVERIFY2(outcome.ok, describe(outcome).constData());
    QVERIFY(!attachmentOf(m_web02, diskId));
    QVERIFY(await<Disk>([&](QObject *ctx, auto done) { m_client.disk(diskId, ctx, done); }).ok()); // floating now
    outcome = follow(OperationTracker::removeDisk(&m_client, diskId, nullptr, testTiming()));
    QVERIFY2(outcome.ok, describe(outcome).constData());
    const auto gone = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(diskId, ctx, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error->httpStatus, 404);
}

void TestE2eAttach::newDiskDialogDiscoversLogsInAndListsLuns()
{
    // The dialog's own network steps against the lab: host-b has never logged in.
    const auto hosts = await<QList<Host>>([&](QObject *ctx, auto done) { m_client.hosts(ctx, done); });
    QString hostB;
    for (const Host &host : hosts.value) {
        if (host.name == QLatin1String("host-b"))
            hostB = host.id;
    }
    const auto disks = await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.disks(QString(), ctx, done); });
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vmsWithAttachments(ctx, done); });
    QVERIFY(vms.ok());
    const QHash<QString, QList<DiskUse>> usage = DiskUsage::fromVms(vms.value);
    Vm legacy;
    for (const Vm &vm : vms.value) {
        if (vm.id == m_legacy)
            legacy = vm;
    }
    NewDiskDialog dialog(&m_client, legacy, legacy.diskAttachments, {}, {}, hosts.value, disks.value, usage);
    QSignalSpy steps(&dialog, &NewDiskDialog::lunStepFinished);
    dialog.setHost(hostB); // before the mode: entering Direct LUN reads the chosen host's LUNs
    dialog.setMode(NewDiskDialog::Mode::DirectLun);
    QVERIFY(QTest::qWaitFor([&] { return !steps.isEmpty(); }, 30000));
    QCOMPARE(dialog.listedLunIds(), QStringList());
    steps.clear();
    dialog.setDiscovery(m_tgtd.address(), m_tgtd.port(), ChapUser, QStringLiteral("wrong"));
    dialog.discover();
    QVERIFY(QTest::qWaitFor([&] { return !steps.isEmpty(); }, 30000));
    QCOMPARE(dialog.lunStatus(), QStringLiteral("2 target(s) found. Log in to see their LUNs."));
    // A wrong CHAP password: the manager's refusal is shown as it said it.
    steps.clear();
    dialog.login(ChapIqn);
    QVERIFY(QTest::qWaitFor([&] { return !steps.isEmpty(); }, 30000));
    QCOMPARE(dialog.lunStatus(), QStringLiteral("Login to %1 failed: Failed to login to iSCSI node due to authorization failure").arg(ChapIqn));
    steps.clear();
    dialog.setDiscovery(m_tgtd.address(), m_tgtd.port(), ChapUser, ChapSecret);
    dialog.loginAll();
    QVERIFY(QTest::qWaitFor([&] { return steps.size() >= 1 && dialog.lunStatus().startsWith(QLatin1String("The host sees")); }, 60000));
    QCOMPARE(dialog.lunStatus(), QStringLiteral("The host sees 3 LUN(s)."));
    // Unattached LUNs by default: LUN 3 only (the others back disks now).
    QCOMPARE(dialog.listedLunIds(), QStringList{Luns[2].wwid()});
    dialog.setShowUsedLuns(true);
    QCOMPARE(dialog.listedLunIds().size(), 3);
    // Taking the shared LUN from a VM attaches that disk; the manager's rules are explained.
    QVERIFY(dialog.selectLun(Luns[0].wwid()));
    QVERIFY(dialog.attachesExisting());
    QCOMPARE(dialog.attachRequest().diskId, m_sharedLunDisk);
    dialog.setInterface(DiskInterface::Ide);
    dialog.setReadOnlyMode(ReadOnlyMode::ReadOnly);
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot attach Virtual Disk. IDE disks can't be read-only."));
    dialog.setInterface(DiskInterface::VirtioScsi);
    dialog.setBootable(false);
    QCOMPARE(dialog.validationError(), QString());
}

QTEST_MAIN(TestE2eAttach)
#include "tst_e2e_attach.moc"
