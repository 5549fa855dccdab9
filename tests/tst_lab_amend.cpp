// diskdesk-lab, issue 5: cluster and data center versions (ordering rules, texts, storage format
// of the domains following the data center), the compat level of new volumes by domain format,
// a mixed 0.10/1.1 chain, and the amend (PUT qcow_version) checked on the real files with
// qemu-img info (every volume) and qemu-io pattern reads (data written before is intact), with
// each refusal rule, the events 1328/1329/1330, the lock while it runs and the undo of a failure.

#include "floatingchain.h"
#include "labprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>

#include <sys/stat.h>

namespace {

struct XmlNode
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<XmlNode> children;

    QString id() const { return attributes.value(QStringLiteral("id")).toString(); }
    const XmlNode *child(const QString &childName) const
    {
        for (const XmlNode &node : children) {
            if (node.name == childName)
                return &node;
        }
        return nullptr;
    }
    QString childText(const QString &childName) const
    {
        const XmlNode *node = child(childName);
        return node ? node->text : QString();
    }
    static XmlNode parse(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd() && !reader.isStartElement())
            reader.readNext();
        return read(reader);
    }

private:
    static XmlNode read(QXmlStreamReader &reader)
    {
        XmlNode node;
        node.name = reader.name().toString();
        node.attributes = reader.attributes();
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement())
                node.children << read(reader);
            else if (reader.isCharacters())
                node.text += reader.text();
            else if (reader.isEndElement())
                break;
        }
        node.text = node.text.trimmed();
        return node;
    }
};

struct Reply
{
    int status = 0;
    QByteArray body;
    XmlNode xml() const { return XmlNode::parse(body); }
    QString detail() const { return xml().childText(QStringLiteral("detail")); }
};

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

QJsonObject qemuInfo(const QString &path)
{
    return QJsonDocument::fromJson(run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), path}))
        .object();
}

/// The compat level qemu-img reads from the file itself ("0.10", "1.1"; empty for raw).
QString compatOf(const QString &path)
{
    return qemuInfo(path).value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("compat")).toString();
}

constexpr int Chunk = 65536;

void writePattern(const QString &path, int pattern, int chunk)
{
    int code = -1;
    run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), qemuInfo(path).value(QLatin1String("format")).toString(), QStringLiteral("-c"),
                                    QStringLiteral("write -P %1 %2 %3").arg(pattern).arg(chunk * Chunk).arg(Chunk), path},
        &code);
    QCOMPARE(code, 0);
}

/// True when the image, through its backing chain, reads \a pattern in chunk \a chunk.
bool reads(const QString &path, int pattern, int chunk)
{
    QProcess process;
    process.start(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-f"), qemuInfo(path).value(QLatin1String("format")).toString(),
                                              QStringLiteral("-c"), QStringLiteral("read -P %1 %2 %3").arg(pattern).arg(chunk * Chunk).arg(Chunk), path});
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput();
    return process.exitCode() == 0 && !out.contains("Pattern verification failed") && out.contains("read ");
}

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

const QByteArray AmendToV3 = "<disk_attachment><disk><qcow_version>qcow2_v3</qcow_version></disk></disk_attachment>";

} // namespace

class TestLabAmend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newVolumesFollowDomainFormat();
    void amendRefusedOnV3Domain();
    void versionRulesAndUpgrade();
    void amendMixedChain();
    void amendThroughDisksKeepsRawBase();
    void refusalsInThePut();
    void refusalsOfTheAmendItself();
    void lockedWhileRunningAndFailureUndone();
    void diskSnapshotsOfAFloatingDisk();
    void templateDiskAttachments();

private:
    Reply call(LabProcess &lab, const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &correlationId = {});
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &correlationId = {})
    {
        return call(m_lab, method, path, body, correlationId);
    }
    QString idByName(LabProcess &lab, const QString &collection, const QString &field, const QString &name);
    QString vmId(LabProcess &lab, const QString &name) { return idByName(lab, QStringLiteral("vms"), QStringLiteral("name"), name); }
    QString diskId(LabProcess &lab, const QString &alias) { return idByName(lab, QStringLiteral("disks"), QStringLiteral("alias"), alias); }
    /// The disk's volume files from the active one down to the base (qemu-img's backing chain).
    QStringList chain(LabProcess &lab, const QString &disk);
    QStringList compats(const QStringList &paths);
    bool waitForJobs(LabProcess &lab, const QString &correlationId);
    QList<int> eventCodes(LabProcess &lab, const QString &correlationId);
    QString createSnapshot(LabProcess &lab, const QString &vm, const QString &description);

    LabProcess m_lab;
    QNetworkAccessManager m_network;
    QString m_dc, m_cluster, m_legacyVm, m_legacyDisk;
};

Reply TestLabAmend::call(LabProcess &lab, const QByteArray &method, const QString &path, const QByteArray &body, const QString &correlationId)
{
    QUrl url(lab.apiUrl().toString() + path);
    if (!correlationId.isEmpty())
        url.setQuery(QStringLiteral("correlation_id=") + correlationId);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + ("admin@internal:" + lab.password().toUtf8()).toBase64());
    request.setRawHeader("Version", "4");
    request.setRawHeader("Accept", "application/xml");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/xml");
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

QString TestLabAmend::idByName(LabProcess &lab, const QString &collection, const QString &field, const QString &name)
{
    const XmlNode list = call(lab, "GET", QLatin1Char('/') + collection + QStringLiteral("?search=") + field + QStringLiteral("%3D") + name).xml();
    return list.children.isEmpty() ? QString() : list.children.first().id();
}

QStringList TestLabAmend::chain(LabProcess &lab, const QString &disk)
{
    const XmlNode node = call(lab, "GET", QStringLiteral("/disks/") + disk).xml();
    const QString domain = node.child(QStringLiteral("storage_domains"))->children.first().id();
    const QString folder = QStringLiteral("%1/domains/%2/images/%3/").arg(lab.dataDir(), domain, disk);
    QStringList paths;
    QString current = node.childText(QStringLiteral("image_id"));
    while (!current.isEmpty() && paths.size() < 10) {
        paths << folder + current;
        current = qemuInfo(paths.last()).value(QLatin1String("backing-filename")).toString();
    }
    return paths;
}

QStringList TestLabAmend::compats(const QStringList &paths)
{
    QStringList levels;
    for (const QString &path : paths)
        levels << compatOf(path);
    return levels;
}

bool TestLabAmend::waitForJobs(LabProcess &lab, const QString &correlationId)
{
    for (int i = 0; i < 300; ++i) {
        const XmlNode jobs = call(lab, "GET", QStringLiteral("/jobs?search=correlation_id%3D") + correlationId).xml();
        const bool running = std::any_of(jobs.children.cbegin(), jobs.children.cend(),
                                         [](const XmlNode &job) { return job.childText(QStringLiteral("status")) == QLatin1String("started"); });
        if (!jobs.children.isEmpty() && !running)
            return true;
        QTest::qWait(100);
    }
    return false;
}

QList<int> TestLabAmend::eventCodes(LabProcess &lab, const QString &correlationId)
{
    QList<int> codes;
    const XmlNode events = call(lab, "GET", QStringLiteral("/events?search=correlation_id%3D") + correlationId).xml();
    for (const XmlNode &event : events.children)
        codes.prepend(event.childText(QStringLiteral("code")).toInt()); // the list is newest first
    return codes;
}

QString TestLabAmend::createSnapshot(LabProcess &lab, const QString &vm, const QString &description)
{
    const QString correlation = QStringLiteral("snap-") + description.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const Reply reply = call(lab, "POST", QStringLiteral("/vms/%1/snapshots").arg(vm),
                             QStringLiteral("<snapshot><description>%1</description><persist_memorystate>false</persist_memorystate></snapshot>")
                                 .arg(description)
                                 .toUtf8(),
                             correlation);
    if (reply.status != 201 || !waitForJobs(lab, correlation))
        return {};
    return reply.xml().id();
}

void TestLabAmend::initTestCase()
{
    QVERIFY2(m_lab.start({}), qPrintable(m_lab.errorString()));
    m_dc = idByName(m_lab, QStringLiteral("datacenters"), QStringLiteral("name"), QStringLiteral("Default"));
    m_cluster = idByName(m_lab, QStringLiteral("clusters"), QStringLiteral("name"), QStringLiteral("Default"));
    m_legacyVm = vmId(m_lab, QStringLiteral("legacy-app"));
    m_legacyDisk = diskId(m_lab, QStringLiteral("legacy-app_Disk1"));
    QVERIFY(!m_dc.isEmpty() && !m_cluster.isEmpty() && !m_legacyVm.isEmpty() && !m_legacyDisk.isEmpty());
}

void TestLabAmend::newVolumesFollowDomainFormat()
{
    // legacy-app_Disk1 lives on data-legacy (v3): its volume is 0.10, and so is a new snapshot's.
    const QStringList before = chain(m_lab, m_legacyDisk);
    QCOMPARE(compats(before), QStringList{QStringLiteral("0.10")});
    writePattern(before.first(), 0x11, 0); // the guest's data before any snapshot
    QVERIFY(!createSnapshot(m_lab, m_legacyVm, QStringLiteral("on v3")).isEmpty());
    const QStringList after = chain(m_lab, m_legacyDisk);
    QCOMPARE(compats(after), (QStringList{QStringLiteral("0.10"), QStringLiteral("0.10")}));
    writePattern(after.first(), 0x22, 1);
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_legacyDisk).xml().childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v2"));

    // build-01_Disk1 on data-main (v4): a new snapshot volume is 1.1.
    const QString build = vmId(m_lab, QStringLiteral("build-01"));
    QVERIFY(!createSnapshot(m_lab, build, QStringLiteral("on v4")).isEmpty());
    QCOMPARE(compats(chain(m_lab, diskId(m_lab, QStringLiteral("build-01_Disk1")))), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.1")}));
}

void TestLabAmend::amendRefusedOnV3Domain()
{
    // Accepted by the PUT, started (1328), refused by the storage (vdsm: no compat 1.1 on v3): 1330.
    const Reply reply = call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_legacyVm, m_legacyDisk), AmendToV3, QStringLiteral("amend-v3"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().name, QStringLiteral("disk_attachment"));
    QVERIFY(waitForJobs(m_lab, QStringLiteral("amend-v3")));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("amend-v3")), (QList<int>{1328, 1330}));
    const XmlNode events = call("GET", QStringLiteral("/events?search=correlation_id%3Damend-v3")).xml();
    QCOMPARE(events.children.first().childText(QStringLiteral("description")), QStringLiteral("Failed to amend legacy-app_Disk1."));
    QCOMPARE(events.children.first().childText(QStringLiteral("severity")), QStringLiteral("error"));
    QCOMPARE(events.children.last().childText(QStringLiteral("description")), QStringLiteral("Started to amend legacy-app_Disk1"));
    QCOMPARE(compats(chain(m_lab, m_legacyDisk)), (QStringList{QStringLiteral("0.10"), QStringLiteral("0.10")}));
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_legacyDisk).xml().childText(QStringLiteral("status")), QStringLiteral("ok"));
}

void TestLabAmend::versionRulesAndUpgrade()
{
    const QString dcPath = QStringLiteral("/datacenters/") + m_dc;
    const QString clusterPath = QStringLiteral("/clusters/") + m_cluster;
    auto version = [](const QString &element, int minor) {
        return QStringLiteral("<%1><version><major>4</major><minor>%2</minor></version></%1>").arg(element).arg(minor).toUtf8();
    };
    XmlNode dc = call("GET", dcPath).xml();
    QCOMPARE(dc.child(QStringLiteral("version"))->childText(QStringLiteral("minor")), QStringLiteral("7"));
    QCOMPARE(dc.child(QStringLiteral("supported_versions"))->children.size(), 1); // no cluster above 4.7 yet

    // The seed's order: clusters first.
    Reply reply = call("PUT", dcPath, version(QStringLiteral("data_center"), 8));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot update Data Center compatibility version to a value that is greater than its cluster's "
                                            "version. The following clusters should be upgraded: Default.]"));
    reply = call("PUT", clusterPath, version(QStringLiteral("cluster"), 9));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Cluster. Selected Compatibility Version is not supported.]"));
    reply = call("PUT", clusterPath, version(QStringLiteral("cluster"), 6));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cluster compatibility version can't be decreased if there are hosts in the Cluster.]"));

    reply = call("PUT", clusterPath, version(QStringLiteral("cluster"), 8), QStringLiteral("cluster-48"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().child(QStringLiteral("version"))->childText(QStringLiteral("minor")), QStringLiteral("8"));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("cluster-48")), QList<int>{811});
    dc = call("GET", dcPath).xml();
    QCOMPARE(dc.child(QStringLiteral("supported_versions"))->children.size(), 2); // 4.7, 4.8
    QCOMPARE(dc.child(QStringLiteral("supported_versions"))->children.last().childText(QStringLiteral("minor")), QStringLiteral("8"));

    reply = call("PUT", dcPath, version(QStringLiteral("data_center"), 8), QStringLiteral("dc-48"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().child(QStringLiteral("version"))->childText(QStringLiteral("minor")), QStringLiteral("8"));
    QCOMPARE(reply.xml().childText(QStringLiteral("storage_format")), QStringLiteral("v5"));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("dc-48")), QList<int>{952});
    QCOMPARE(call("GET", QStringLiteral("/events?search=correlation_id%3Ddc-48")).xml().children.first().childText(QStringLiteral("description")),
             QStringLiteral("Data Center Default was updated by admin@internal-authz"));
    // Every data domain of the data center took the new format, the old v3 one included.
    for (const XmlNode &domain : call("GET", QStringLiteral("/storagedomains")).xml().children)
        QCOMPARE(domain.childText(QStringLiteral("storage_format")), QStringLiteral("v5"));

    // Going back to 4.2 would need the v5 domains to become v4 again.
    reply = call("PUT", dcPath, version(QStringLiteral("data_center"), 2));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Data Center. This action will cause storage format downgrading which is not supported. "
                                            "The following storage domains cannot be downgraded: data-legacy,data-main.]"));
}

void TestLabAmend::amendMixedChain()
{
    // After the upgrade a snapshot of the old disk gets a 1.1 volume over its 0.10 ones.
    const QString snapshot = createSnapshot(m_lab, m_legacyVm, QStringLiteral("on v5"));
    QVERIFY(!snapshot.isEmpty());
    const QStringList paths = chain(m_lab, m_legacyDisk);
    QCOMPARE(compats(paths), (QStringList{QStringLiteral("1.1"), QStringLiteral("0.10"), QStringLiteral("0.10")}));
    writePattern(paths.first(), 0x33, 2);
    // The API reports each volume's level (and reads them now, so stale cache would show).
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_legacyDisk).xml().childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v3"));
    QStringList snapshotLevels;
    for (const XmlNode &snap : call("GET", QStringLiteral("/vms/%1/snapshots").arg(m_legacyVm)).xml().children) {
        for (const XmlNode &disk : call("GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(m_legacyVm, snap.id())).xml().children)
            snapshotLevels << disk.childText(QStringLiteral("qcow_version"));
    }
    QCOMPARE(snapshotLevels, (QStringList{QStringLiteral("qcow2_v2"), QStringLiteral("qcow2_v2")}));
    const int baseMode = modeOf(paths.last());

    const Reply reply = call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_legacyVm, m_legacyDisk), AmendToV3, QStringLiteral("amend-mixed"));
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("amend-mixed")));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("amend-mixed")), (QList<int>{1328, 1329}));
    QCOMPARE(call("GET", QStringLiteral("/events?search=correlation_id%3Damend-mixed")).xml().children.first().childText(QStringLiteral("description")),
             QStringLiteral("legacy-app_Disk1 has been amended successfully."));

    // Every volume, snapshots included, is 1.1 in the file; the chain is the same and clean,
    // older layers stay read-only, and what was written before reads back unchanged.
    QCOMPARE(chain(m_lab, m_legacyDisk), paths);
    QCOMPARE(compats(paths), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.1"), QStringLiteral("1.1")}));
    QCOMPARE(modeOf(paths.last()), baseMode);
    int code = -1;
    run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"), paths.first()}, &code);
    QCOMPARE(code, 0);
    QVERIFY(reads(paths.first(), 0x11, 0));
    QVERIFY(reads(paths.first(), 0x22, 1));
    QVERIFY(reads(paths.first(), 0x33, 2));
    QVERIFY(reads(paths.last(), 0x11, 0)); // the base alone too
    // And the API reads the amended files again.
    const XmlNode disk = call("GET", QStringLiteral("/disks/") + m_legacyDisk).xml();
    QCOMPARE(disk.childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v3"));
    QCOMPARE(disk.childText(QStringLiteral("status")), QStringLiteral("ok"));
    snapshotLevels.clear();
    for (const XmlNode &snap : call("GET", QStringLiteral("/vms/%1/snapshots").arg(m_legacyVm)).xml().children) {
        for (const XmlNode &snapDisk : call("GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(m_legacyVm, snap.id())).xml().children)
            snapshotLevels << snapDisk.childText(QStringLiteral("qcow_version"));
    }
    QCOMPARE(snapshotLevels, (QStringList{QStringLiteral("qcow2_v3"), QStringLiteral("qcow2_v3")}));

    // Asking again changes nothing: no amend phase, no events.
    QCOMPARE(call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(m_legacyVm, m_legacyDisk), AmendToV3, QStringLiteral("amend-again")).status, 200);
    QVERIFY(eventCodes(m_lab, QStringLiteral("amend-again")).isEmpty());
}

void TestLabAmend::amendThroughDisksKeepsRawBase()
{
    // db-01_Data: a raw base under a 0.10 overlay. PUT /disks/{id}; only the qcow2 volume changes.
    const QString disk = diskId(m_lab, QStringLiteral("db-01_Data"));
    const QStringList paths = chain(m_lab, disk);
    QCOMPARE(paths.size(), 2);
    QCOMPARE(qemuInfo(paths.last()).value(QLatin1String("format")).toString(), QStringLiteral("raw"));
    QCOMPARE(compatOf(paths.first()), QStringLiteral("0.10"));
    writePattern(paths.first(), 0x44, 3);
    const Reply reply = call("PUT", QStringLiteral("/disks/") + disk, "<disk><qcow_version>qcow2_v3</qcow_version></disk>", QStringLiteral("amend-data"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().name, QStringLiteral("disk"));
    QVERIFY(waitForJobs(m_lab, QStringLiteral("amend-data")));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("amend-data")), (QList<int>{1328, 1329}));
    QCOMPARE(compatOf(paths.first()), QStringLiteral("1.1"));
    QCOMPARE(qemuInfo(paths.last()).value(QLatin1String("format")).toString(), QStringLiteral("raw"));
    QVERIFY(reads(paths.first(), 0x44, 3));
}

void TestLabAmend::refusalsInThePut()
{
    // Raw disk (no qcow2 volume at all; shareable, so never snapshotted): 400, "Cannot edit
    // Virtual Disk.", checked in the PUT even though web-02 is up.
    const QString build = vmId(m_lab, QStringLiteral("build-01"));
    const QString web02 = vmId(m_lab, QStringLiteral("web-02"));
    const QString scratch = diskId(m_lab, QStringLiteral("shared-data"));
    Reply reply = call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(web02, scratch), AmendToV3);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. The amend operation does not support disk without any QCOW2 volumes.]"));

    // Unknown level.
    reply = call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(web02, scratch),
                 "<disk_attachment><disk><qcow_version>qcow2_v9</qcow_version></disk></disk_attachment>");
    QCOMPARE(reply.status, 400);

    // Illegal: a volume file the engine cannot read. 500, as the engine's INTERNAL_ERROR.
    const QString db = vmId(m_lab, QStringLiteral("db-01"));
    const QString dbDisk = diskId(m_lab, QStringLiteral("db-01_Disk1"));
    const QStringList paths = chain(m_lab, dbDisk);
    QVERIFY(QFile::rename(paths.last(), paths.last() + QStringLiteral(".away")));
    reply = call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(db, dbDisk), AmendToV3);
    QVERIFY(QFile::rename(paths.last() + QStringLiteral(".away"), paths.last()));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk. The following attached disks are in ILLEGAL status: db-01_Disk1 - please remove "
                                            "them and try again.]"));

    // Not attached to that VM: no such attachment.
    QCOMPARE(call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(build, dbDisk), AmendToV3).status, 404);
    QCOMPARE(compats(chain(m_lab, dbDisk)), (QStringList{QStringLiteral("0.10"), QStringLiteral("0.10")}));
}

void TestLabAmend::refusalsOfTheAmendItself()
{
    // mail-01 is up: the PUT is accepted (qcow_version may be sent while the VM runs), the amend
    // command refuses; the lab reports it as 1330 without a start, and nothing is locked.
    const QString mail = vmId(m_lab, QStringLiteral("mail-01"));
    const QString mailDisk = diskId(m_lab, QStringLiteral("mail-01_Disk1"));
    const QStringList before = compats(chain(m_lab, mailDisk));
    QCOMPARE(before, (QStringList{QStringLiteral("0.10"), QStringLiteral("0.10")}));
    Reply reply = call("PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(mail, mailDisk), AmendToV3, QStringLiteral("amend-up"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(call("GET", QStringLiteral("/disks/") + mailDisk).xml().childText(QStringLiteral("status")), QStringLiteral("ok"));
    QVERIFY(waitForJobs(m_lab, QStringLiteral("amend-up")));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("amend-up")), QList<int>{1330});
    QCOMPARE(call("GET", QStringLiteral("/events?search=correlation_id%3Damend-up")).xml().children.first().childText(QStringLiteral("description")),
             QStringLiteral("Failed to amend mail-01_Disk1."));
    QCOMPARE(call("GET", QStringLiteral("/jobs?search=correlation_id%3Damend-up")).xml().children.first().childText(QStringLiteral("status")),
             QStringLiteral("failed"));
    QCOMPARE(compats(chain(m_lab, mailDisk)), before);

    // A template's disk (floating as far as VMs go): refused by the amend command, too.
    const QString templateDisk = diskId(m_lab, QStringLiteral("rhel9-base_Disk1"));
    QCOMPARE(compatOf(chain(m_lab, templateDisk).first()), QStringLiteral("1.1"));
    reply = call("PUT", QStringLiteral("/disks/") + templateDisk, "<disk><qcow_version>qcow2_v2</qcow_version></disk>", QStringLiteral("amend-template"));
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("amend-template")));
    QCOMPARE(eventCodes(m_lab, QStringLiteral("amend-template")), QList<int>{1330});
    QCOMPARE(compatOf(chain(m_lab, templateDisk).first()), QStringLiteral("1.1"));
}

void TestLabAmend::lockedWhileRunningAndFailureUndone()
{
    // A second engine with slow storage steps whose amend fails at its fourth step (the second
    // volume's amend), after the first volume was amended: that one must be amended back.
    LabProcess lab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("400"));
    environment.insert(QStringLiteral("DISKDESK_LAB_FAIL_STEP"), QStringLiteral("amend_disk:3"));
    lab.process().setProcessEnvironment(environment);
    QVERIFY2(lab.start({}), qPrintable(lab.errorString()));
    const QString vm = vmId(lab, QStringLiteral("build-01"));
    const QString disk = diskId(lab, QStringLiteral("build-01_Disk1"));
    QVERIFY(!createSnapshot(lab, vm, QStringLiteral("two volumes")).isEmpty());
    const QStringList paths = chain(lab, disk);
    QCOMPARE(compats(paths), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.1")}));
    const int baseMode = modeOf(paths.last());
    writePattern(paths.first(), 0x55, 0);

    // Steps: chmod base +w, amend base, chmod base back, amend top (fails).
    const QByteArray toV2 = "<disk_attachment><disk><qcow_version>qcow2_v2</qcow_version></disk></disk_attachment>";
    Reply reply = call(lab, "PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(vm, disk), toV2, QStringLiteral("amend-locked"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(call(lab, "GET", QStringLiteral("/disks/") + disk).xml().childText(QStringLiteral("status")), QStringLiteral("locked"));
    reply = call(lab, "PUT", QStringLiteral("/vms/%1/diskattachments/%2").arg(vm, disk), toV2);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot edit Virtual Disk: The following disks are locked: build-01_Disk1. Please try again in a few minutes.]"));
    QVERIFY(waitForJobs(lab, QStringLiteral("amend-locked")));
    QCOMPARE(eventCodes(lab, QStringLiteral("amend-locked")), (QList<int>{1328, 1330}));
    QCOMPARE(call(lab, "GET", QStringLiteral("/disks/") + disk).xml().childText(QStringLiteral("status")), QStringLiteral("ok"));
    QCOMPARE(compats(paths), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.1")}));
    QCOMPARE(modeOf(paths.last()), baseMode);
    QVERIFY(reads(paths.first(), 0x55, 0));
    QCOMPARE(lab.stop(), 0);
}

void TestLabAmend::diskSnapshotsOfAFloatingDisk()
{
    // A lab of its own: web-01_Disk2 (base + active volume) becomes a floating disk that keeps
    // its chain, as a VM removal that kept its disks leaves it.
    LabProcess lab;
    QTemporaryDir dir;
    LabProcess::Options options;
    options.dataDir = dir.path();
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    const QString disk = diskId(lab, QStringLiteral("web-01_Disk2"));
    QCOMPARE(lab.stop(), 0);
    const QString made = makeFloatingChain(dir.path(), QStringLiteral("web-01_Disk2"));
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
    QVERIFY(call(lab, "GET", QStringLiteral("/disks/%1?all_content=true").arg(disk)).xml().child(QStringLiteral("vms"))->children.isEmpty());

    // The volume files, active first; the base made 0.10 behind the lab's back: the listing
    // must say what the file says, not what the database remembers.
    const QStringList files = chain(lab, disk);
    QCOMPARE(files.size(), 2);
    int code = -1;
    run(QStringLiteral("qemu-img"), {QStringLiteral("amend"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                     QStringLiteral("compat=0.10"), files.last()},
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(compats(files), (QStringList{QStringLiteral("1.1"), QStringLiteral("0.10")}));

    // Without include_active: the base only, with the disk and no parent.
    XmlNode list = call(lab, "GET", QStringLiteral("/disks/%1/disksnapshots").arg(disk)).xml();
    QCOMPARE(list.name, QStringLiteral("disk_snapshots"));
    QCOMPARE(list.children.size(), 1);
    const XmlNode base = list.children.first();
    const QString baseId = QFileInfo(files.last()).fileName();
    QCOMPARE(base.id(), baseId);
    QCOMPARE(base.attributes.value(QStringLiteral("href")).toString(), QStringLiteral("/ovirt-engine/api/disks/%1/disksnapshots/%2").arg(disk, baseId));
    QCOMPARE(base.childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v2"));
    QCOMPARE(base.childText(QStringLiteral("format")), QStringLiteral("cow"));
    QCOMPARE(base.childText(QStringLiteral("alias")), QStringLiteral("web-01_Disk2"));
    QCOMPARE(base.childText(QStringLiteral("actual_size")).toLongLong(), qemuInfo(files.last()).value(QLatin1String("actual-size")).toInteger());
    QVERIFY(!base.child(QStringLiteral("image_id"))); // the mapper clears it: the id is the volume's
    QCOMPARE(base.child(QStringLiteral("disk"))->id(), disk);
    QVERIFY(!base.child(QStringLiteral("parent")));

    // include_active=true: base first, then the active volume, its parent the base.
    list = call(lab, "GET", QStringLiteral("/disks/%1/disksnapshots?include_active=true").arg(disk)).xml();
    QCOMPARE(list.children.size(), 2);
    const XmlNode active = list.children.last();
    QCOMPARE(active.id(), QFileInfo(files.first()).fileName());
    QCOMPARE(active.id(), call(lab, "GET", QStringLiteral("/disks/") + disk).xml().childText(QStringLiteral("image_id")));
    QCOMPARE(active.childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v3"));
    QCOMPARE(active.child(QStringLiteral("parent"))->id(), baseId);

    // The storage domain's list holds the same volume, linked under the domain.
    const QString domain = call(lab, "GET", QStringLiteral("/disks/") + disk).xml().child(QStringLiteral("storage_domains"))->children.first().id();
    list = call(lab, "GET", QStringLiteral("/storagedomains/%1/disksnapshots").arg(domain)).xml();
    const auto inDomain = std::find_if(list.children.cbegin(), list.children.cend(), [&](const XmlNode &n) { return n.id() == baseId; });
    QVERIFY(inDomain != list.children.cend());
    QCOMPARE(inDomain->child(QStringLiteral("storage_domain"))->id(), domain);
    QCOMPARE(inDomain->childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v2"));
    QVERIFY(std::none_of(list.children.cbegin(), list.children.cend(), [&](const XmlNode &n) { return n.id() == active.id(); }));

    // An unknown disk is not found.
    QCOMPARE(call(lab, "GET", QStringLiteral("/disks/%1/disksnapshots").arg(QStringLiteral("00000000-0000-4000-8000-000000000000"))).status, 404);

    // The amend through /disks/{id} of the floating disk takes the whole chain to 1.1.
    const Reply reply = call(lab, "PUT", QStringLiteral("/disks/") + disk, "<disk><qcow_version>qcow2_v3</qcow_version></disk>", QStringLiteral("amend-floating"));
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(lab, QStringLiteral("amend-floating")));
    QCOMPARE(eventCodes(lab, QStringLiteral("amend-floating")), (QList<int>{1328, 1329}));
    QCOMPARE(compats(files), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.1")}));
    list = call(lab, "GET", QStringLiteral("/disks/%1/disksnapshots").arg(disk)).xml();
    QCOMPARE(list.children.first().childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v3"));
    QCOMPARE(lab.stop(), 0);
}

void TestLabAmend::templateDiskAttachments()
{
    // The template's disk is listed under the template, with <template> where a VM's has <vm>.
    const XmlNode templates = call("GET", QStringLiteral("/templates?search=name%3Drhel9-base")).xml();
    QCOMPARE(templates.children.size(), 1);
    const QString templateId = templates.children.first().id();
    const XmlNode list = call("GET", QStringLiteral("/templates/%1/diskattachments").arg(templateId)).xml();
    QCOMPARE(list.name, QStringLiteral("disk_attachments"));
    QCOMPARE(list.children.size(), 1);
    const XmlNode attachment = list.children.first();
    QCOMPARE(attachment.id(), diskId(m_lab, QStringLiteral("rhel9-base_Disk1")));
    QCOMPARE(attachment.child(QStringLiteral("disk"))->id(), attachment.id());
    QCOMPARE(attachment.child(QStringLiteral("template"))->id(), templateId);
    QVERIFY(!attachment.child(QStringLiteral("vm")));
    // Its disk snapshots only with include_template (the engine's default leaves them out).
    QCOMPARE(call("GET", QStringLiteral("/disks/%1/disksnapshots").arg(attachment.id())).xml().children.size(), 0);
    QCOMPARE(call("GET", QStringLiteral("/disks/%1/disksnapshots?include_template=true&include_active=true").arg(attachment.id())).xml().children.size(), 1);
    // The Blank template has no disks; an unknown template is not found.
    QCOMPARE(call("GET", QStringLiteral("/templates/00000000-0000-0000-0000-000000000000/diskattachments")).xml().children.size(), 0);
    QCOMPARE(call("GET", QStringLiteral("/templates/00000000-0000-4000-8000-000000000000/diskattachments")).status, 404);
}

QTEST_GUILESS_MAIN(TestLabAmend)
#include "tst_lab_amend.moc"
