// diskdesk-lab direct LUNs end to end (issue 4): a private tgtd on 127.0.0.1 with two targets
// (file-backed LUNs, CHAP on one, one write-protected LUN); through the lab's API: discovery by
// both actions, login with good and bad CHAP, the LUNs a host sees (WWID, vendor, product,
// serial, size, write protection, free/used), LUN disks made by POST /disks and by
// diskattachments, a shareable LUN disk read-only on one VM and read-write on another, the
// write-protected LUN refused read-write and accepted read-only, and sessions surviving a restart.

#include "labapi.h"
#include "labprocess.h"
#include "tgtdtarget.h"

#include <QTest>

namespace {

constexpr qint64 MiB = 1024 * 1024;

const QString DisksIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:lab-disks");
const QString ChapIqn = QStringLiteral("iqn.2026-01.org.diskdesk.test:lab-chap");
const QString ChapUser = QStringLiteral("labchap");
const QString ChapSecret = QStringLiteral("lab-secret-5678");

struct Lun
{
    int tid;
    int lun;
    qint64 size;
    QString scsiId;
    QString serial;
    bool readOnly;

    // tgt turns the scsi_id's hex digits into an NAA 6 designator, which is the WWID.
    QString wwid() const { return QStringLiteral("36") + QString(7, u'0') + scsiId; }
};

// Sizes differ and are not powers of two, so a mix-up cannot go unnoticed.
const QList<Lun> Luns{
    {1, 1, 72 * MiB + 4096, QStringLiteral("1405a77ac0de000000000001"), QStringLiteral("LABSN001"), false},
    {1, 2, 40 * MiB, QStringLiteral("1405a77ac0de000000000002"), QStringLiteral("LABSN002"), true},
    {2, 1, 24 * MiB + 512, QStringLiteral("1405a77ac0de000000000003"), QStringLiteral("LABSN003"), false},
};

QByteArray iscsiAction(const QString &address, quint16 port, const QString &target = {}, const QString &user = {}, const QString &password = {})
{
    QString xml = QStringLiteral("<action><iscsi><address>%1</address><port>%2</port>").arg(address).arg(port);
    if (!target.isEmpty())
        xml += QStringLiteral("<target>%1</target>").arg(target);
    if (!user.isEmpty())
        xml += QStringLiteral("<username>%1</username><password>%2</password>").arg(user, password);
    return (xml + QStringLiteral("</iscsi></action>")).toUtf8();
}

} // namespace

class TestLabIscsi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void discoverByBothActions();
    void hostSeesNothingBeforeLogin();
    void loginRefusesBadChap();
    void loginThenListLuns();
    void lunDiskFromDisks();
    void shareableLunReadOnlyAndReadWrite();
    void lunDiskThroughAttachment();
    void writeProtectedLun();
    void sessionsSurviveRestart();

private:
    QByteArray lunDisk(const QString &alias, const Lun &lun, const QString &extra = {}, bool withHost = true) const;
    LabXml storageOf(const QString &hostId);
    const LabXml *storageEntry(const LabXml &storages, const QString &lunId);

    TgtdTarget m_tgtd;
    QTemporaryDir m_dataDir;
    LabProcess::Options m_options;
    LabProcess m_lab;
    std::unique_ptr<LabApi> m_api;
    QString m_hostA, m_hostB;
    QString m_build, m_db, m_legacyApp, m_web02;
    QString m_sharedLunDisk;
};

QByteArray TestLabIscsi::lunDisk(const QString &alias, const Lun &lun, const QString &extra, bool withHost) const
{
    return QStringLiteral("<disk><alias>%1</alias>%2<lun_storage>%3<type>iscsi</type><logical_units><logical_unit id=\"%4\">"
                          "<address>%5</address><port>%6</port><target>%7</target></logical_unit></logical_units></lun_storage></disk>")
        .arg(alias, extra, withHost ? QStringLiteral("<host id=\"%1\"/>").arg(m_hostA) : QString(), lun.wwid(), m_tgtd.address())
        .arg(m_tgtd.port())
        .arg(lun.tid == 1 ? DisksIqn : ChapIqn)
        .toUtf8();
}

LabXml TestLabIscsi::storageOf(const QString &hostId)
{
    const LabApi::Reply reply = m_api->call("GET", QStringLiteral("/hosts/%1/storage").arg(hostId));
    if (reply.status != 200)
        qWarning("storage of %s: %d", qPrintable(hostId), reply.status);
    return reply.xml();
}

const LabXml *TestLabIscsi::storageEntry(const LabXml &storages, const QString &lunId)
{
    for (const LabXml &entry : storages.children) {
        if (entry.id() == lunId)
            return &entry;
    }
    return nullptr;
}

void TestLabIscsi::initTestCase()
{
    QString why;
    if (!TgtdTarget::toolsAvailable(&why))
        QSKIP(qPrintable(why));
    QVERIFY2(m_tgtd.start(), qPrintable(m_tgtd.errorString()));
    QVERIFY(m_tgtd.addTarget(1, DisksIqn));
    QVERIFY(m_tgtd.addTarget(2, ChapIqn));
    for (const Lun &lun : Luns) {
        TgtdTarget::LunOptions options;
        options.scsiId = lun.scsiId;
        options.scsiSn = lun.serial;
        options.vendorId = QStringLiteral("DDLAB");
        options.productId = QStringLiteral("Lab LUN");
        options.readOnly = lun.readOnly;
        QVERIFY2(m_tgtd.addLun(lun.tid, lun.lun, lun.size, options), qPrintable(m_tgtd.errorString()));
    }
    QVERIFY(m_tgtd.requireChap(2, ChapUser, ChapSecret));

    QVERIFY(m_dataDir.isValid());
    m_options.dataDir = m_dataDir.path();
    QVERIFY2(m_lab.start(m_options), qPrintable(m_lab.errorString()));
    m_api = std::make_unique<LabApi>(m_lab);
    m_hostA = m_api->idByName(QStringLiteral("hosts"), QStringLiteral("host-a"));
    m_hostB = m_api->idByName(QStringLiteral("hosts"), QStringLiteral("host-b"));
    m_build = m_api->idByName(QStringLiteral("vms"), QStringLiteral("build-01"));
    m_db = m_api->idByName(QStringLiteral("vms"), QStringLiteral("db-01"));
    m_legacyApp = m_api->idByName(QStringLiteral("vms"), QStringLiteral("legacy-app"));
    m_web02 = m_api->idByName(QStringLiteral("vms"), QStringLiteral("web-02"));
    QVERIFY(!m_hostA.isEmpty() && !m_hostB.isEmpty() && !m_build.isEmpty() && !m_db.isEmpty() && !m_legacyApp.isEmpty());
}

void TestLabIscsi::cleanupTestCase()
{
    // The lab first (it holds sessions), then the target.
    m_lab.stop();
    m_tgtd.stop();
}

void TestLabIscsi::discoverByBothActions()
{
    for (const QString &action : {QStringLiteral("iscsidiscover"), QStringLiteral("discoveriscsi")}) {
        const LabApi::Reply reply = m_api->call("POST", QStringLiteral("/hosts/%1/%2").arg(m_hostA, action),
                                                iscsiAction(m_tgtd.address(), m_tgtd.port(), {}, ChapUser, ChapSecret));
        QCOMPARE(reply.status, 200);
        const LabXml result = reply.xml();
        QCOMPARE(result.childText(QStringLiteral("status")), QStringLiteral("complete"));
        // The input comes back, without its password.
        QCOMPARE(result.textAt(QStringLiteral("iscsi/address")), m_tgtd.address());
        QCOMPARE(result.textAt(QStringLiteral("iscsi/username")), ChapUser);
        QVERIFY(!reply.body.contains(ChapSecret.toUtf8()));
        QStringList iqns;
        for (const LabXml &target : result.child(QStringLiteral("iscsi_targets"))->children)
            iqns << target.text;
        iqns.sort();
        QCOMPARE(iqns, (QStringList{ChapIqn, DisksIqn}));
        QStringList details;
        for (const LabXml &entry : result.child(QStringLiteral("discovered_targets"))->children) {
            QCOMPARE(entry.childText(QStringLiteral("address")), m_tgtd.address());
            QCOMPARE(entry.childText(QStringLiteral("port")).toInt(), int(m_tgtd.port()));
            QCOMPARE(entry.childText(QStringLiteral("portal")), QStringLiteral("127.0.0.1:%1,1").arg(m_tgtd.port()));
            details << entry.childText(QStringLiteral("target"));
        }
        details.sort();
        QCOMPARE(details, iqns);
    }
    // The portal address is mandatory.
    const LabApi::Reply missing = m_api->call("POST", QStringLiteral("/hosts/%1/discoveriscsi").arg(m_hostA), "<action><iscsi><port>3260</port></iscsi></action>");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.detail(), QStringLiteral("Action [iscsi.address] required for discoverIscsi"));
}

void TestLabIscsi::hostSeesNothingBeforeLogin()
{
    const LabXml storages = storageOf(m_hostA);
    QCOMPARE(storages.name, QStringLiteral("host_storages"));
    QCOMPARE(storages.children.size(), 0);
}

void TestLabIscsi::loginRefusesBadChap()
{
    for (const QString &password : {QStringLiteral("wrong-secret"), QString()}) {
        const LabApi::Reply reply = m_api->call("POST", QStringLiteral("/hosts/%1/iscsilogin").arg(m_hostA),
                                                iscsiAction(m_tgtd.address(), m_tgtd.port(), ChapIqn, password.isEmpty() ? QString() : ChapUser, password));
        QCOMPARE(reply.status, 400);
        const LabXml result = reply.xml();
        QCOMPARE(result.name, QStringLiteral("action"));
        QCOMPARE(result.childText(QStringLiteral("status")), QStringLiteral("failed"));
        QCOMPARE(reply.detail(), QStringLiteral("[Failed to login to iSCSI node due to authorization failure]"));
        QCOMPARE(result.textAt(QStringLiteral("fault/reason")), QStringLiteral("Operation Failed"));
    }
    const LabApi::Reply incomplete = m_api->call("POST", QStringLiteral("/hosts/%1/iscsilogin").arg(m_hostA), iscsiAction(m_tgtd.address(), m_tgtd.port()));
    QCOMPARE(incomplete.status, 400);
    QCOMPARE(incomplete.detail(), QStringLiteral("Action [iscsi.target] required for iscsiLogin"));
    // A failed login records nothing.
    QCOMPARE(storageOf(m_hostA).children.size(), 0);
}

void TestLabIscsi::loginThenListLuns()
{
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/hosts/%1/iscsilogin").arg(m_hostA), iscsiAction(m_tgtd.address(), m_tgtd.port(), DisksIqn));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().childText(QStringLiteral("status")), QStringLiteral("complete"));
    reply = m_api->call("POST", QStringLiteral("/hosts/%1/iscsilogin").arg(m_hostA), iscsiAction(m_tgtd.address(), m_tgtd.port(), ChapIqn, ChapUser, ChapSecret));
    QCOMPARE(reply.status, 200);

    const LabXml storages = storageOf(m_hostA);
    QCOMPARE(storages.children.size(), Luns.size());
    for (const Lun &lun : Luns) {
        const LabXml *entry = storageEntry(storages, lun.wwid());
        QVERIFY2(entry, qPrintable(lun.wwid()));
        QCOMPARE(entry->childText(QStringLiteral("type")), QStringLiteral("iscsi"));
        QCOMPARE(entry->child(QStringLiteral("host"))->id(), m_hostA);
        const LabXml &unit = entry->child(QStringLiteral("logical_units"))->children.first();
        QCOMPARE(unit.id(), lun.wwid());
        QCOMPARE(unit.childText(QStringLiteral("vendor_id")), QStringLiteral("DDLAB"));
        QCOMPARE(unit.childText(QStringLiteral("product_id")), QStringLiteral("Lab LUN"));
        QCOMPARE(unit.childText(QStringLiteral("serial")), QStringLiteral("SDDLAB_Lab_LUN_") + lun.serial);
        QCOMPARE(unit.childText(QStringLiteral("size")).toLongLong(), lun.size);
        QCOMPARE(unit.childText(QStringLiteral("lun_mapping")).toInt(), lun.lun);
        QCOMPARE(unit.childText(QStringLiteral("status")), QStringLiteral("free"));
        QCOMPARE(unit.childText(QStringLiteral("target")), lun.tid == 1 ? DisksIqn : ChapIqn);
        QCOMPARE(unit.childText(QStringLiteral("address")), m_tgtd.address());
        QCOMPARE(unit.childText(QStringLiteral("port")).toInt(), int(m_tgtd.port()));
        QCOMPARE(unit.childText(QStringLiteral("write_protected")), QString::fromLatin1(lun.readOnly ? "true" : "false"));
        QVERIFY(!unit.child(QStringLiteral("password")));
    }
    // One entry by id; report_status=false leaves the status out.
    reply = m_api->call("GET", QStringLiteral("/hosts/%1/storage/%2").arg(m_hostA, Luns[0].wwid()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().name, QStringLiteral("host_storage"));
    QCOMPARE(m_api->call("GET", QStringLiteral("/hosts/%1/storage/36000000000000000000000000000dead").arg(m_hostA)).status, 404);
    const LabXml quiet = m_api->call("GET", QStringLiteral("/hosts/%1/storage?report_status=false").arg(m_hostA)).xml();
    QCOMPARE(quiet.children.size(), Luns.size());
    QVERIFY(!quiet.children.first().child(QStringLiteral("logical_units"))->children.first().child(QStringLiteral("status")));
    // The other host never logged in: it sees nothing.
    QCOMPARE(storageOf(m_hostB).children.size(), 0);
}

void TestLabIscsi::lunDiskFromDisks()
{
    const Lun &lun = Luns[0];
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/disks"), lunDisk(QStringLiteral("lun-shared"), lun, QStringLiteral("<shareable>true</shareable>")));
    QCOMPARE(reply.status, 201);
    const LabXml disk = reply.xml();
    m_sharedLunDisk = disk.id();
    QVERIFY(reply.location.endsWith("/disks/" + m_sharedLunDisk.toUtf8()));
    QCOMPARE(disk.childText(QStringLiteral("storage_type")), QStringLiteral("lun"));
    QCOMPARE(disk.childText(QStringLiteral("shareable")), QStringLiteral("true"));
    // LUN disks have no status, format or sizes of their own; the size is the LUN's.
    QVERIFY(!disk.child(QStringLiteral("status")) && !disk.child(QStringLiteral("format")) && !disk.child(QStringLiteral("provisioned_size")));
    QCOMPARE(disk.child(QStringLiteral("lun_storage"))->id(), lun.wwid());
    QCOMPARE(disk.textAt(QStringLiteral("lun_storage/type")), QStringLiteral("iscsi"));
    const LabXml *unit = &disk.child(QStringLiteral("lun_storage"))->child(QStringLiteral("logical_units"))->children.first();
    QCOMPARE(unit->childText(QStringLiteral("size")).toLongLong(), lun.size);
    QCOMPARE(unit->childText(QStringLiteral("serial")), QStringLiteral("SDDLAB_Lab_LUN_") + lun.serial);
    QCOMPARE(unit->childText(QStringLiteral("disk_id")), m_sharedLunDisk);
    QCOMPARE(unit->childText(QStringLiteral("status")), QStringLiteral("used"));
    // The host now reports it used, by this disk.
    const LabXml storages = storageOf(m_hostA);
    const LabXml *entry = storageEntry(storages, lun.wwid());
    QVERIFY(entry);
    QCOMPARE(entry->child(QStringLiteral("logical_units"))->children.first().childText(QStringLiteral("status")), QStringLiteral("used"));
    QCOMPARE(entry->child(QStringLiteral("logical_units"))->children.first().childText(QStringLiteral("disk_id")), m_sharedLunDisk);

    // Rules: a LUN serves one disk; the host must see it; type and connection are mandatory.
    reply = m_api->call("POST", QStringLiteral("/disks"), lunDisk(QStringLiteral("again"), lun));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. The provided lun is used by another disk.]"));
    Lun unknown = lun;
    unknown.scsiId = QStringLiteral("1405a77ac0de0000000000ff");
    reply = m_api->call("POST", QStringLiteral("/disks"), lunDisk(QStringLiteral("unknown"), unknown));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(),
             QStringLiteral("[Cannot add Virtual Disk. The provided LUN is not visible by the specified host, please check storage server connectivity.]"));
    reply = m_api->call("POST", QStringLiteral("/disks"),
                        QStringLiteral("<disk><lun_storage><host id=\"%1\"/><type>iscsi</type><logical_units><logical_unit id=\"%2\"/></logical_units></lun_storage></disk>")
                            .arg(m_hostB, Luns[2].wwid())
                            .toUtf8());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("LogicalUnit [address, target, port] required for add"));
    reply = m_api->call("POST", QStringLiteral("/disks"), "<disk><lun_storage><logical_units><logical_unit id=\"x\"/></logical_units></lun_storage></disk>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("HostStorage [type] required for add"));
}

void TestLabIscsi::shareableLunReadOnlyAndReadWrite()
{
    QVERIFY(!m_sharedLunDisk.isEmpty());
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build),
                                      QStringLiteral("<disk_attachment><interface>virtio_scsi</interface><read_only>true</read_only><active>true</active>"
                                                     "<disk id=\"%1\"/></disk_attachment>")
                                          .arg(m_sharedLunDisk)
                                          .toUtf8());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("read_only")), QStringLiteral("true"));
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_db),
                        QStringLiteral("<disk_attachment><interface>virtio</interface><read_only>false</read_only><active>true</active>"
                                       "<disk id=\"%1\"/></disk_attachment>")
                            .arg(m_sharedLunDisk)
                            .toUtf8());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("read_only")), QStringLiteral("false"));
    // Followed from each VM, the same LUN disk with each VM's own mode.
    for (const auto &[vm, readOnly] : {std::pair{m_build, QStringLiteral("true")}, std::pair{m_db, QStringLiteral("false")}}) {
        const LabXml attachment = m_api->call("GET", QStringLiteral("/vms/%1/diskattachments/%2?follow=disk").arg(vm, m_sharedLunDisk)).xml();
        QCOMPARE(attachment.childText(QStringLiteral("read_only")), readOnly);
        QCOMPARE(attachment.textAt(QStringLiteral("disk/storage_type")), QStringLiteral("lun"));
    }
    // SCSI pass-through excludes read-only: a pass-through LUN disk cannot be attached read-only.
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_legacyApp),
                        QStringLiteral("<disk_attachment><interface>virtio_scsi</interface><read_only>true</read_only>%1</disk_attachment>")
                            .arg(QString::fromUtf8(lunDisk(QStringLiteral("passthrough"), Luns[2], QStringLiteral("<sgio>unfiltered</sgio>"))))
                            .toUtf8());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. SCSI device pass-through is not supported for a read-only disk.]"));
}

void TestLabIscsi::lunDiskThroughAttachment()
{
    // The CHAP target's LUN, created and attached in one request, size read from the LUN.
    const Lun &lun = Luns[2];
    const LabApi::Reply reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_legacyApp),
                                            QStringLiteral("<disk_attachment><interface>virtio_scsi</interface><bootable>false</bootable>"
                                                           "<active>true</active>%1</disk_attachment>")
                                                .arg(QString::fromUtf8(lunDisk(QStringLiteral("lun-chap"), lun)))
                                                .toUtf8());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("active")), QStringLiteral("true"));
    const QString diskId = reply.xml().id();
    const LabXml disk = m_api->call("GET", QStringLiteral("/disks/") + diskId).xml();
    QCOMPARE(disk.childText(QStringLiteral("alias")), QStringLiteral("lun-chap"));
    QCOMPARE(disk.textAt(QStringLiteral("lun_storage/logical_units/logical_unit/size")).toLongLong(), lun.size);
    QCOMPARE(disk.textAt(QStringLiteral("lun_storage/logical_units/logical_unit/username")), ChapUser);
    QVERIFY(!m_api->call("GET", QStringLiteral("/disks/") + diskId).body.contains(ChapSecret.toUtf8()));
}

void TestLabIscsi::writeProtectedLun()
{
    // What a client's "automatic" mode does: ask read-write; the write-protected LUN is refused
    // with a clear fault; read-only is accepted.
    const Lun &lun = Luns[1];
    const QString path = QStringLiteral("/vms/%1/diskattachments").arg(m_build);
    LabApi::Reply reply = m_api->call("POST", path,
                                      QStringLiteral("<disk_attachment><interface>virtio</interface><read_only>false</read_only>%1</disk_attachment>")
                                          .arg(QString::fromUtf8(lunDisk(QStringLiteral("lun-wp"), lun)))
                                          .toUtf8());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. The LUN %1 is write-protected by its storage server; it can only be attached "
                                            "read-only.]")
                                 .arg(lun.wwid()));
    QCOMPARE(m_api->diskIdByAlias(QStringLiteral("lun-wp")), QString());
    reply = m_api->call("POST", path,
                        QStringLiteral("<disk_attachment><interface>virtio</interface><read_only>true</read_only>%1</disk_attachment>")
                            .arg(QString::fromUtf8(lunDisk(QStringLiteral("lun-wp"), lun)))
                            .toUtf8());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("read_only")), QStringLiteral("true"));
    const QString diskId = reply.xml().id();
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).xml().textAt(QStringLiteral("lun_storage/logical_units/logical_unit/write_protected")),
             QStringLiteral("true"));
    // Switching it to read-write later is refused the same way (build-01 is down).
    reply = m_api->call("PUT", path + QLatin1Char('/') + diskId, "<disk_attachment><read_only>false</read_only></disk_attachment>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. The LUN %1 is write-protected by its storage server; it can only be attached "
                                            "read-only.]")
                                 .arg(lun.wwid()));
    // Detached, it can be attached read-only elsewhere, never read-write.
    QCOMPARE(m_api->call("DELETE", path + QLatin1Char('/') + diskId).status, 200);
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_db),
                        QStringLiteral("<disk_attachment><interface>virtio</interface><disk id=\"%1\"/></disk_attachment>").arg(diskId).toUtf8());
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.detail().startsWith(QLatin1String("[Cannot attach Virtual Disk. The LUN ")), qPrintable(reply.detail()));
    // Removing a LUN disk frees the LUN (the LUN itself is untouched).
    QCOMPARE(m_api->call("DELETE", QStringLiteral("/disks/") + diskId).status, 200);
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).status, 404);
    const LabXml storages = storageOf(m_hostA);
    const LabXml *entry = storageEntry(storages, lun.wwid());
    QVERIFY(entry);
    QCOMPARE(entry->child(QStringLiteral("logical_units"))->children.first().childText(QStringLiteral("status")), QStringLiteral("free"));
}

void TestLabIscsi::sessionsSurviveRestart()
{
    QCOMPARE(m_lab.stop(), 0);
    QVERIFY2(m_lab.start(m_options), qPrintable(m_lab.errorString()));
    // The lab logs in again on first use, with the CHAP account it was given.
    const LabXml storages = storageOf(m_hostA);
    QCOMPARE(storages.children.size(), Luns.size());
    QVERIFY(storageEntry(storages, Luns[2].wwid()));
    const LabXml *used = storageEntry(storages, Luns[0].wwid());
    QVERIFY(used);
    QCOMPARE(used->child(QStringLiteral("logical_units"))->children.first().childText(QStringLiteral("status")), QStringLiteral("used"));
}

QTEST_GUILESS_MAIN(TestLabIscsi)
#include "tst_lab_iscsi.moc"
