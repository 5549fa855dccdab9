// diskdesk-lab disk attachments and disks over HTTP (issue 4): the three POST shapes, PUT
// (hot plug, read-only, bootable), DELETE (detach, or remove with detach_only=false), floating
// disks, and every rule with the engine's exact text and status. New image disks are real
// files checked with qemu-img (format, compat level by domain format, sparseness).

#include "labapi.h"
#include "labprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

namespace {

constexpr qint64 GiB = qint64(1) << 30;

QJsonObject qemuInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), path});
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QByteArray newDisk(const QString &alias, const QString &format, const QString &domainId, qint64 size = GiB, const QString &extra = {})
{
    return QStringLiteral("<disk><alias>%1</alias><provisioned_size>%2</provisioned_size><format>%3</format>%4"
                          "<storage_domains><storage_domain id=\"%5\"/></storage_domains></disk>")
        .arg(alias)
        .arg(size)
        .arg(format, extra, domainId)
        .toUtf8();
}

QByteArray attachment(const QString &interface, const QByteArray &disk, const QString &extra = {})
{
    return "<disk_attachment><interface>" + interface.toUtf8() + "</interface>" + extra.toUtf8() + disk + "</disk_attachment>";
}

QByteArray existing(const QString &diskId)
{
    return "<disk id=\"" + diskId.toUtf8() + "\"/>";
}

QString tag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestLabAttach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newImageDisksAreRealFiles();
    void floatingDiskAndIncompleteRequests();
    void addRules();
    void attachRules();
    void shareableReadOnlyOnOneReadWriteOnAnother();
    void hotPlugOnRunningVm();
    void updateRules();
    void detachAndRemove();
    void blockedDuringPreview();
    void lockedWhileCreatedAndRolledBack();

private:
    /// Creates a disk on \a vm through POST diskattachments and waits until it is ok.
    QString createDisk(const QString &vm, const QString &alias, const QString &format, const QString &extra = {}, const QString &attachmentExtra = {});
    QString volumePath(const QString &diskId);
    QList<int> eventCodes(const QString &correlationId);

    LabProcess m_lab;
    std::unique_ptr<LabApi> m_api;
    QString m_main, m_legacy;                   // storage domains v4, v3
    QString m_build, m_db, m_web02, m_legacyApp; // VMs: build-01/db-01/legacy-app down, web-02 up
};

void TestLabAttach::initTestCase()
{
    LabProcess::Options options;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    m_api = std::make_unique<LabApi>(m_lab);
    m_main = m_api->idByName(QStringLiteral("storagedomains"), QStringLiteral("data-main"));
    m_legacy = m_api->idByName(QStringLiteral("storagedomains"), QStringLiteral("data-legacy"));
    m_build = m_api->idByName(QStringLiteral("vms"), QStringLiteral("build-01"));
    m_db = m_api->idByName(QStringLiteral("vms"), QStringLiteral("db-01"));
    m_web02 = m_api->idByName(QStringLiteral("vms"), QStringLiteral("web-02"));
    m_legacyApp = m_api->idByName(QStringLiteral("vms"), QStringLiteral("legacy-app"));
    QVERIFY(!m_main.isEmpty() && !m_legacy.isEmpty() && !m_build.isEmpty() && !m_db.isEmpty() && !m_web02.isEmpty() && !m_legacyApp.isEmpty());
}

QString TestLabAttach::createDisk(const QString &vm, const QString &alias, const QString &format, const QString &extra, const QString &attachmentExtra)
{
    const LabApi::Reply reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(vm),
                                            attachment(QStringLiteral("virtio"), newDisk(alias, format, m_main, GiB, extra), attachmentExtra));
    if (reply.status != 201) {
        qWarning("create %s: %d %s", qPrintable(alias), reply.status, reply.body.constData());
        return {};
    }
    const QString id = reply.xml().id();
    return m_api->waitForDisk(id, QStringLiteral("ok")) ? id : QString();
}

QString TestLabAttach::volumePath(const QString &diskId)
{
    const LabXml disk = m_api->call("GET", QStringLiteral("/disks/") + diskId).xml();
    const QString domain = disk.child(QStringLiteral("storage_domains"))->children.first().id();
    return QStringLiteral("%1/domains/%2/images/%3/%4").arg(m_lab.dataDir(), domain, diskId, disk.childText(QStringLiteral("image_id")));
}

QList<int> TestLabAttach::eventCodes(const QString &correlationId)
{
    QList<int> codes;
    for (const LabXml &event : m_api->call("GET", QStringLiteral("/events?search=correlation_id%3D") + correlationId).xml().children)
        codes.prepend(event.childText(QStringLiteral("code")).toInt()); // oldest first
    return codes;
}

void TestLabAttach::newImageDisksAreRealFiles()
{
    struct Case
    {
        QString domain;
        QString format;
        bool sparse;
        QString qemuFormat;
        QString compat;
    };
    // The compat level follows the domain's format (v3: 0.10, v4: 1.1); raw has none.
    const QList<Case> cases{{m_legacy, QStringLiteral("cow"), true, QStringLiteral("qcow2"), QStringLiteral("0.10")},
                            {m_main, QStringLiteral("cow"), true, QStringLiteral("qcow2"), QStringLiteral("1.1")},
                            {m_main, QStringLiteral("raw"), true, QStringLiteral("raw"), QString()},
                            {m_main, QStringLiteral("raw"), false, QStringLiteral("raw"), QString()}};
    int n = 0;
    for (const Case &c : cases) {
        const QString alias = QStringLiteral("real-%1").arg(++n);
        const QString correlation = tag();
        const LabApi::Reply reply = m_api->call(
            "POST", QStringLiteral("/vms/%1/diskattachments?correlation_id=%2").arg(m_build, correlation),
            attachment(QStringLiteral("virtio_scsi"),
                       newDisk(alias, c.format, c.domain, 3 * GiB, QStringLiteral("<sparse>%1</sparse>").arg(c.sparse ? "true" : "false")),
                       QStringLiteral("<bootable>false</bootable><active>true</active>")));
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.location.endsWith("/diskattachments/" + reply.xml().id().toUtf8()));
        QCOMPARE(reply.xml().childText(QStringLiteral("interface")), QStringLiteral("virtio_scsi"));
        QCOMPARE(reply.xml().childText(QStringLiteral("active")), QStringLiteral("true"));
        const QString diskId = reply.xml().id();
        QVERIFY(m_api->waitForJobs(correlation));
        const LabXml disk = m_api->call("GET", QStringLiteral("/disks/") + diskId).xml();
        QCOMPARE(disk.childText(QStringLiteral("status")), QStringLiteral("ok"));
        QCOMPARE(disk.childText(QStringLiteral("format")), c.format);
        QCOMPARE(disk.childText(QStringLiteral("provisioned_size")).toLongLong(), 3 * GiB);
        QCOMPARE(disk.childText(QStringLiteral("sparse")), QString::fromLatin1(c.sparse ? "true" : "false"));
        const QJsonObject info = qemuInfo(volumePath(diskId));
        QCOMPARE(info.value(QLatin1String("format")).toString(), c.qemuFormat);
        QCOMPARE(info.value(QLatin1String("virtual-size")).toInteger(), 3 * GiB);
        QCOMPARE(info.value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("compat")).toString(),
                 c.compat);
        // Thin volumes take almost nothing; a preallocated one has its blocks.
        const qint64 allocated = info.value(QLatin1String("actual-size")).toInteger();
        QVERIFY2(c.sparse ? allocated < 16 * 1024 * 1024 : allocated >= 3 * GiB, qPrintable(QString::number(allocated)));
        QCOMPARE(eventCodes(correlation), (QList<int>{78, 97}));
        const LabXml jobs = m_api->call("GET", QStringLiteral("/jobs?search=correlation_id%3D") + correlation).xml();
        QCOMPARE(jobs.children.size(), 1);
        QCOMPARE(jobs.children.first().childText(QStringLiteral("description")), QStringLiteral("Adding Disk"));
        QCOMPARE(jobs.children.first().childText(QStringLiteral("status")), QStringLiteral("finished"));
    }
    // The new disks are the VM's now, in snapshots too: one covering build-01 lists them.
    const QString correlation = tag();
    QCOMPARE(m_api->call("POST", QStringLiteral("/vms/%1/snapshots?correlation_id=%2").arg(m_build, correlation),
                         "<snapshot><description>with new disks</description><persist_memorystate>false</persist_memorystate></snapshot>")
                 .status,
             201);
    QVERIFY(m_api->waitForJobs(correlation));
    QString snapshotId;
    for (const LabXml &snapshot : m_api->call("GET", QStringLiteral("/vms/%1/snapshots").arg(m_build)).xml().children) {
        if (snapshot.childText(QStringLiteral("description")) == QLatin1String("with new disks"))
            snapshotId = snapshot.id();
    }
    QStringList covered;
    for (const LabXml &disk : m_api->call("GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(m_build, snapshotId)).xml().children)
        covered << disk.childText(QStringLiteral("alias"));
    for (int i = 1; i <= cases.size(); ++i)
        QVERIFY2(covered.contains(QStringLiteral("real-%1").arg(i)), qPrintable(covered.join(u' ')));
}

void TestLabAttach::floatingDiskAndIncompleteRequests()
{
    const QString correlation = tag();
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/disks?correlation_id=") + correlation, newDisk(QStringLiteral("floating-1"), QStringLiteral("cow"), m_legacy));
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.location.endsWith("/disks/" + reply.xml().id().toUtf8()));
    const QString diskId = reply.xml().id();
    QVERIFY(m_api->waitForJobs(correlation));
    QCOMPARE(eventCodes(correlation), (QList<int>{2020, 2021}));
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).xml().childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v2"));

    reply = m_api->call("POST", QStringLiteral("/disks"), "<disk><alias>x</alias></disk>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.xml().childText(QStringLiteral("reason")), QStringLiteral("Incomplete parameters"));
    QCOMPARE(reply.detail(), QStringLiteral("Disk [provisionedSize, format] required for add"));
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build), "<disk_attachment><disk><alias>x</alias></disk></disk_attachment>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("DiskAttachment [interface] required for add"));
    reply = m_api->call("POST", QStringLiteral("/disks"), "<disk><provisioned_size>1024</provisioned_size><format>cow</format></disk>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. Storage Domain hasn't been specified.]"));
    reply = m_api->call("POST", QStringLiteral("/disks"), newDisk(QStringLiteral("zero"), QStringLiteral("cow"), m_main, 0));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. Disk's provisioned size has to be greater than 0.]"));
    reply = m_api->call("POST", QStringLiteral("/disks"), newDisk(QStringLiteral("prealloc-cow"), QStringLiteral("cow"), m_main, GiB, QStringLiteral("<sparse>false</sparse>")));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. Disk configuration (COW Preallocated backup-None) is incompatible with the storage domain type.]"));
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build), attachment(QStringLiteral("virtio"), existing(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk. The specified disk does not exist.]"));
}

void TestLabAttach::addRules()
{
    // qcow2 (cow) disks cannot be shareable.
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build),
                                      attachment(QStringLiteral("virtio"), newDisk(QStringLiteral("cow-shared"), QStringLiteral("cow"), m_main, GiB,
                                                                                   QStringLiteral("<shareable>true</shareable>"))));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. Disk's volume format is not supported for shareable disk.]"));
    reply = m_api->call("POST", QStringLiteral("/disks"), newDisk(QStringLiteral("cow-shared"), QStringLiteral("cow"), m_main, GiB, QStringLiteral("<shareable>true</shareable>")));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. Disk's volume format is not supported for shareable disk.]"));
    // IDE and SATA cannot be read-only.
    for (const QString &interface : {QStringLiteral("ide"), QStringLiteral("sata")}) {
        reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build),
                            attachment(interface, newDisk(QStringLiteral("ro"), QStringLiteral("raw"), m_main), QStringLiteral("<read_only>true</read_only>")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. %1 disks can't be read-only.]").arg(interface.toUpper()));
    }
    // One plugged bootable disk per VM: db-01 boots from db-01_Disk1.
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_db),
                        attachment(QStringLiteral("virtio"), newDisk(QStringLiteral("boot2"), QStringLiteral("cow"), m_legacy),
                                   QStringLiteral("<bootable>true</bootable>")));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. Disk db-01_Disk1 in VM db-01 is already marked as boot.]"));
    QCOMPARE(m_api->diskIdByAlias(QStringLiteral("boot2")), QString()); // nothing was created
}

void TestLabAttach::attachRules()
{
    const QString disk2 = m_api->diskIdByAlias(QStringLiteral("web-01_Disk2"));
    const QString shared = m_api->diskIdByAlias(QStringLiteral("shared-data"));
    const QString web01 = m_api->idByName(QStringLiteral("vms"), QStringLiteral("web-01"));
    // A non-shareable disk attaches to one VM only.
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build), attachment(QStringLiteral("virtio"), existing(disk2)));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk. The disk is not shareable and is already attached to a VM.]"));
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(web01), attachment(QStringLiteral("virtio"), existing(shared)));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk. The disk is already attached to VM.]"));
    // Read-only on SATA, also through the deprecated <disk><read_only>.
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_build),
                        attachment(QStringLiteral("sata"), "<disk id=\"" + shared.toUtf8() + "\"><read_only>true</read_only></disk>"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk. SATA disks can't be read-only.]"));
    // Bootable conflict on attach, too.
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_db),
                        attachment(QStringLiteral("virtio"), existing(shared), QStringLiteral("<bootable>true</bootable><active>true</active>")));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk. Disk db-01_Disk1 in VM db-01 is already marked as boot.]"));
}

void TestLabAttach::shareableReadOnlyOnOneReadWriteOnAnother()
{
    const QString correlation = tag();
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/disks?correlation_id=") + correlation,
                                      newDisk(QStringLiteral("shared-raw"), QStringLiteral("raw"), m_main, GiB, QStringLiteral("<shareable>true</shareable><sparse>true</sparse>")));
    QCOMPARE(reply.status, 201);
    const QString diskId = reply.xml().id();
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments?correlation_id=%2").arg(m_build, correlation),
                        attachment(QStringLiteral("virtio_scsi"), existing(diskId), QStringLiteral("<read_only>true</read_only><active>true</active>")));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("read_only")), QStringLiteral("true"));
    reply = m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_db),
                        attachment(QStringLiteral("virtio"), existing(diskId), QStringLiteral("<read_only>false</read_only><active>true</active>")));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("read_only")), QStringLiteral("false"));
    // Each VM reports its own attachment; the disk itself has no read_only any more.
    QCOMPARE(m_api->call("GET", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_build, diskId)).xml().childText(QStringLiteral("read_only")),
             QStringLiteral("true"));
    QCOMPARE(m_api->call("GET", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_db, diskId)).xml().childText(QStringLiteral("read_only")),
             QStringLiteral("false"));
    const LabXml disk = m_api->call("GET", QStringLiteral("/disks/%1?all_content=true").arg(diskId)).xml();
    QVERIFY(!disk.child(QStringLiteral("read_only")));
    QCOMPARE(disk.child(QStringLiteral("vms"))->children.size(), 2);
    QVERIFY(eventCodes(correlation).contains(2016));
    // Un-sharing a disk two VMs use is refused.
    reply = m_api->call("PUT", QStringLiteral("/disks/") + diskId, "<disk><shareable>false</shareable></disk>");
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.detail().startsWith(QLatin1String("[Cannot edit Virtual Disk. Disk is shared between VMs and cannot be made unshareable.")),
             qPrintable(reply.detail()));
}

void TestLabAttach::hotPlugOnRunningVm()
{
    // web-02 is up: plugging is a hot plug, allowed for virtio/virtio-scsi only.
    const QString correlation = tag();
    LabApi::Reply reply = m_api->call("POST", QStringLiteral("/disks?correlation_id=") + correlation, newDisk(QStringLiteral("hot-1"), QStringLiteral("cow"), m_main));
    const QString diskId = reply.xml().id();
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("ok")));
    const QString path = QStringLiteral("/vms/%1/diskattachments").arg(m_web02);
    reply = m_api->call("POST", path, attachment(QStringLiteral("ide"), existing(diskId), QStringLiteral("<active>true</active>")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach hot-1 to web-02. Hot plugging a disk to an IDE interface is not supported.]"));
    reply = m_api->call("POST", path, attachment(QStringLiteral("sata"), existing(diskId), QStringLiteral("<active>true</active>")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk: The disk interface is not supported by the VM OS: Red Hat Enterprise Linux 9.x x64.]"));
    // Not plugged (no <active>): IDE is fine on a running VM, nothing is hot plugged.
    reply = m_api->call("POST", path, attachment(QStringLiteral("ide"), existing(diskId)));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.xml().childText(QStringLiteral("active")), QStringLiteral("false"));
    reply = m_api->call("PUT", path + QLatin1Char('/') + diskId, "<disk_attachment><active>true</active></disk_attachment>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot hot plug hot-1 to web-02. Hot plugging a disk to an IDE interface is not supported.]"));
    // Unplugged, the interface may change on a running VM; then the hot plug goes through.
    reply = m_api->call("PUT", path + QLatin1Char('/') + diskId, "<disk_attachment><interface>virtio</interface></disk_attachment>");
    QCOMPARE(reply.status, 200);
    reply = m_api->call("PUT", path + QLatin1Char('/') + diskId + QStringLiteral("?correlation_id=") + correlation,
                        "<disk_attachment><active>true</active></disk_attachment>");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().childText(QStringLiteral("active")), QStringLiteral("true"));
    QCOMPARE(reply.xml().childText(QStringLiteral("interface")), QStringLiteral("virtio"));
    QVERIFY(eventCodes(correlation).contains(2000));
    // Plugged into a running VM, the interface no longer changes.
    reply = m_api->call("PUT", path + QLatin1Char('/') + diskId, "<disk_attachment><interface>virtio_scsi</interface></disk_attachment>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. At least one of the VMs is not down.]"));
}

void TestLabAttach::updateRules()
{
    // A virtio disk hot plugged into running web-02.
    const QString correlation = tag();
    const QString diskId = createDisk(m_web02, QStringLiteral("upd-1"), QStringLiteral("cow"), {}, QStringLiteral("<active>true</active>"));
    QVERIFY(!diskId.isEmpty());
    const QString path = QStringLiteral("/vms/%1/diskattachments/%2").arg(m_web02, diskId);
    QCOMPARE(m_api->call("GET", path).xml().childText(QStringLiteral("active")), QStringLiteral("true"));
    // Read-only cannot change while the disk is plugged into a running VM.
    LabApi::Reply reply = m_api->call("PUT", path, "<disk_attachment><read_only>true</read_only></disk_attachment>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. At least one of the VMs is not down.]"));
    // Asking for the state it has already is no plug at all (the REST layer compares first).
    reply = m_api->call("PUT", path + QStringLiteral("?correlation_id=") + correlation, "<disk_attachment><active>true</active></disk_attachment>");
    QCOMPARE(reply.status, 200);
    QCOMPARE(eventCodes(correlation), QList<int>());
    // Unplugged (hot unplug), it can.
    reply = m_api->call("PUT", path + QStringLiteral("?correlation_id=") + correlation, "<disk_attachment><active>false</active></disk_attachment>");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().childText(QStringLiteral("active")), QStringLiteral("false"));
    reply = m_api->call("PUT", path + QStringLiteral("?correlation_id=") + correlation,
                        "<disk_attachment><read_only>true</read_only><disk><alias>upd-1-ro</alias></disk></disk_attachment>");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().childText(QStringLiteral("read_only")), QStringLiteral("true"));
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).xml().childText(QStringLiteral("alias")), QStringLiteral("upd-1-ro"));
    QCOMPARE(eventCodes(correlation), (QList<int>{2002, 88}));
    // Read-only on IDE is refused on update as well.
    reply = m_api->call("PUT", path, "<disk_attachment><interface>ide</interface></disk_attachment>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. IDE disks can't be read-only.]"));
    // Making a qcow2 disk shareable is refused (cow), as is a bootable second disk on db-01.
    reply = m_api->call("PUT", QStringLiteral("/disks/") + diskId, "<disk><shareable>true</shareable></disk>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. Disk's volume format is not supported for shareable disk.]"));
    const QString dbDisk = createDisk(m_db, QStringLiteral("upd-2"), QStringLiteral("raw"), {}, QStringLiteral("<active>true</active>"));
    QVERIFY(!dbDisk.isEmpty());
    reply = m_api->call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_db, dbDisk), "<disk_attachment><bootable>true</bootable></disk_attachment>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. Disk db-01_Disk1 in VM db-01 is already marked as boot.]"));
}

void TestLabAttach::detachAndRemove()
{
    const QString diskId = createDisk(m_legacyApp, QStringLiteral("det-1"), QStringLiteral("cow"));
    QVERIFY(!diskId.isEmpty());
    const QString file = volumePath(diskId);
    QVERIFY(QFileInfo::exists(file));
    const QString path = QStringLiteral("/vms/%1/diskattachments/%2").arg(m_legacyApp, diskId);
    // Detach (the default): the disk stays, floating, with its file.
    const QString correlation = tag();
    LabApi::Reply reply = m_api->call("DELETE", path + QStringLiteral("?correlation_id=") + correlation);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().childText(QStringLiteral("status")), QStringLiteral("complete"));
    QCOMPARE(m_api->call("GET", path).status, 404);
    QCOMPARE(m_api->call("GET", QStringLiteral("/disks/") + diskId).status, 200);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(eventCodes(correlation), (QList<int>{2018}));
    QCOMPARE(m_api->call("DELETE", path).status, 404);
    // Attached again, then removed with detach_only=false: disk, file and folder are gone.
    QCOMPARE(m_api->call("POST", QStringLiteral("/vms/%1/diskattachments").arg(m_legacyApp), attachment(QStringLiteral("virtio"), existing(diskId))).status, 201);
    const QString removal = tag();
    reply = m_api->call("DELETE", path + QStringLiteral("?detach_only=false&correlation_id=") + removal);
    QCOMPARE(reply.status, 200);
    QVERIFY(m_api->waitForDisk(diskId, QStringLiteral("gone")));
    QVERIFY(m_api->waitForJobs(removal));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
    QCOMPARE(eventCodes(removal), (QList<int>{2038, 2014}));
    // A disk with snapshots cannot be detached.
    const QString systemDisk = m_api->diskIdByAlias(QStringLiteral("db-01_Disk1"));
    reply = m_api->call("DELETE", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_db, systemDisk));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(),
             QStringLiteral("[Cannot detach Virtual Disk. The disk is already configured in a snapshot. In order to detach it, remove the disk's snapshots.]"));
    // Removing a disk plugged into a running VM needs it down.
    const QString hot = createDisk(m_web02, QStringLiteral("det-2"), QStringLiteral("cow"), {}, QStringLiteral("<active>true</active>"));
    reply = m_api->call("DELETE", QStringLiteral("/disks/") + hot);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot remove Virtual Disk. At least one of the VMs is not down.]"));
}

void TestLabAttach::blockedDuringPreview()
{
    // db-01 (down) previews "before schema change": attaching, adding and plugging are refused.
    QString snapshotId;
    for (const LabXml &snapshot : m_api->call("GET", QStringLiteral("/vms/%1/snapshots").arg(m_db)).xml().children) {
        if (snapshot.childText(QStringLiteral("description")) == QLatin1String("before schema change"))
            snapshotId = snapshot.id();
    }
    QVERIFY(!snapshotId.isEmpty());
    const LabApi::Reply floating = m_api->call("POST", QStringLiteral("/disks"), newDisk(QStringLiteral("pv-1"), QStringLiteral("raw"), m_main));
    const QString floatingId = floating.xml().id();
    QVERIFY(m_api->waitForDisk(floatingId, QStringLiteral("ok")));
    const QString plugged = m_api->diskIdByAlias(QStringLiteral("upd-2"));
    QCOMPARE(m_api->call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_db, plugged), "<disk_attachment><active>false</active></disk_attachment>").status, 200);

    const QString correlation = tag();
    QCOMPARE(m_api->call("POST", QStringLiteral("/vms/%1/previewsnapshot?correlation_id=%2").arg(m_db, correlation),
                         "<action><snapshot id=\"" + snapshotId.toUtf8() + "\"/><restore_memory>false</restore_memory></action>")
                 .status,
             200);
    QVERIFY(m_api->waitForJobs(correlation));
    const QString path = QStringLiteral("/vms/%1/diskattachments").arg(m_db);
    LabApi::Reply reply = m_api->call("POST", path, attachment(QStringLiteral("virtio"), existing(floatingId)));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot attach Virtual Disk. VM is previewing a Snapshot.]"));
    reply = m_api->call("POST", path, attachment(QStringLiteral("virtio"), newDisk(QStringLiteral("pv-2"), QStringLiteral("cow"), m_legacy)));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot add Virtual Disk. VM is previewing a Snapshot.]"));
    reply = m_api->call("PUT", path + QLatin1Char('/') + plugged, "<disk_attachment><active>true</active></disk_attachment>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot hot plug Virtual Disk. VM is previewing a Snapshot.]"));

    const QString undo = tag();
    QCOMPARE(m_api->call("POST", QStringLiteral("/vms/%1/undosnapshot?correlation_id=%2").arg(m_db, undo), "<action/>").status, 200);
    QVERIFY(m_api->waitForJobs(undo));
    reply = m_api->call("POST", path, attachment(QStringLiteral("virtio"), existing(floatingId)));
    QCOMPARE(reply.status, 201);
}

void TestLabAttach::lockedWhileCreatedAndRolledBack()
{
    // A second engine whose add_disk fails at its volume step, slowed down so the locked state
    // can be seen: the disk is locked (and its VM's disks cannot be touched), then gone.
    LabProcess lab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_FAIL_STEP"), QStringLiteral("add_disk:0"));
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("1500"));
    lab.process().setProcessEnvironment(environment);
    QVERIFY2(lab.start({}), qPrintable(lab.errorString()));
    LabApi api(lab);
    const QString vm = api.idByName(QStringLiteral("vms"), QStringLiteral("build-01"));
    const QString domain = api.idByName(QStringLiteral("storagedomains"), QStringLiteral("data-main"));
    const QStringList before = QDir(lab.dataDir() + QStringLiteral("/domains/") + domain + QStringLiteral("/images")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    LabApi::Reply reply = api.call("POST", QStringLiteral("/vms/%1/diskattachments?correlation_id=doomed1").arg(vm),
                                   attachment(QStringLiteral("virtio"), newDisk(QStringLiteral("doomed"), QStringLiteral("cow"), domain)));
    QCOMPARE(reply.status, 201);
    const QString diskId = reply.xml().id();
    const LabXml disk = api.call("GET", QStringLiteral("/disks/") + diskId).xml();
    QCOMPARE(disk.childText(QStringLiteral("status")), QStringLiteral("locked"));
    reply = api.call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(vm, diskId), "<disk_attachment><bootable>true</bootable></disk_attachment>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk: The following disks are locked: doomed. Please try again in a few minutes.]"));
    QVERIFY(api.waitForJobs(QStringLiteral("doomed1")));
    QCOMPARE(api.call("GET", QStringLiteral("/disks/") + diskId).status, 404);
    QCOMPARE(api.call("GET", QStringLiteral("/vms/%1/diskattachments/%2").arg(vm, diskId)).status, 404);
    QCOMPARE(api.call("GET", QStringLiteral("/jobs?search=correlation_id%3Ddoomed1")).xml().children.first().childText(QStringLiteral("status")),
             QStringLiteral("failed"));
    QList<int> codes;
    for (const LabXml &event : api.call("GET", QStringLiteral("/events?search=correlation_id%3Ddoomed1")).xml().children)
        codes.prepend(event.childText(QStringLiteral("code")).toInt());
    QCOMPARE(codes, (QList<int>{78, 98}));
    QCOMPARE(QDir(lab.dataDir() + QStringLiteral("/domains/") + domain + QStringLiteral("/images")).entryList(QDir::Dirs | QDir::NoDotAndDotDot), before);
    QCOMPARE(lab.stop(), 0);
}

QTEST_GUILESS_MAIN(TestLabAttach)
#include "tst_lab_attach.moc"
