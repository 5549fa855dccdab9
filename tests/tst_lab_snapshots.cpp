// diskdesk-lab snapshot writes over HTTP: create / preview / commit / undo / restore / delete with
// the engine's rules and texts, real qcow2 chains checked with qemu-img and qemu-io (each disk
// must read exactly the data of the state chosen), jobs and events, locks while the storage work
// runs, rollback of an injected failure, and recovery after SIGKILL (undone before the point of
// no return, finished after it).

#include "labprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/stat.h>

namespace {

struct XmlNode
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<XmlNode> children;

    QString attribute(const QString &key) const { return attributes.value(key).toString(); }
    QString id() const { return attribute(QStringLiteral("id")); }
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
    QStringList childNames() const
    {
        QStringList names;
        for (const XmlNode &node : children)
            names << node.name;
        return names;
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
    QString detail() const
    {
        const XmlNode root = xml();
        const XmlNode *fault = root.name == QLatin1String("fault") ? &root : root.child(QStringLiteral("fault"));
        return fault ? fault->childText(QStringLiteral("detail")) : QString();
    }
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

QString formatOf(const QString &path)
{
    return QJsonDocument::fromJson(run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), path}))
        .object()
        .value(QLatin1String("format"))
        .toString();
}

constexpr int Chunk = 65536;

/// Writes \a pattern at offset 0 (the disk's current "state") as a guest would, with qemu-io.
void writePattern(const QString &path, int pattern)
{
    int code = -1;
    run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), formatOf(path), QStringLiteral("-c"), QStringLiteral("write -P %1 0 %2").arg(pattern).arg(Chunk), path}, &code);
    QCOMPARE(code, 0);
}

/// True when the image (through its backing chain) reads \a pattern at offset 0.
bool reads(const QString &path, int pattern)
{
    QProcess process;
    process.start(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-f"), formatOf(path), QStringLiteral("-c"),
                                              QStringLiteral("read -P %1 0 %2").arg(pattern).arg(Chunk), path});
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput();
    return process.exitCode() == 0 && !out.contains("Pattern verification failed") && out.contains("read ");
}

/// True when the image reads \a pattern over [offset, offset + length).
bool readsAt(const QString &path, int pattern, qint64 offset, qint64 length)
{
    QProcess process;
    process.start(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-f"), formatOf(path), QStringLiteral("-c"),
                                              QStringLiteral("read -P %1 %2 %3").arg(pattern).arg(offset).arg(length), path});
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput();
    return process.exitCode() == 0 && !out.contains("Pattern verification failed") && out.contains("read ");
}

/// The processes \a pid has started that are still running (qemu-img of a lab), from /proc.
QStringList childrenOf(qint64 pid)
{
    QStringList children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (file.open(QIODevice::ReadOnly))
            children << QString::fromLatin1(file.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return children;
}

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDir root(dir);
    for (const QFileInfo &info : root.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.isDir())
            files << filesUnder(info.absoluteFilePath());
        else
            files << info.absoluteFilePath();
    }
    files.sort();
    return files;
}

} // namespace

class TestLabSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createRulesAndTexts();
    void createAllSubsetAndConfigOnly();
    void previewRulesAndUndo();
    void customPreviewThenCommit();
    void restoreWithDisks();
    void deleteMergesKeepingData();
    void eventsAndJobs();
    void lockedStatesAndRollback();
    void sigkillMidOperationRecovers();
    void sigkillPastPointOfNoReturnFinishes();

private:
    Reply call(LabProcess &lab, const QByteArray &method, const QString &path, const QByteArray &body = {});
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {}) { return call(m_lab, method, path, body); }
    QString vmId(LabProcess &lab, const QString &name);
    QString diskIdByAlias(LabProcess &lab, const QString &alias);
    /// The active volume file of a disk, from the API (image_id) and the lab's folder layout.
    QString activePath(LabProcess &lab, const QString &diskId);
    QString volumePath(LabProcess &lab, const QString &diskId, const QString &volumeId);
    QMap<QString, QString> snapshotIds(LabProcess &lab, const QString &vm); ///< description -> id
    QString snapshotImage(LabProcess &lab, const QString &vm, const QString &snapshotId, const QString &diskId);
    /// Waits until every job tagged \a correlationId has ended (at least \a count of them).
    bool waitForJobs(LabProcess &lab, const QString &correlationId, int count = 1);
    void checkChainsMatchDatabase(LabProcess &lab, const QString &vm);
    void attachSharedDisk(const QString &dataDir);

    QTemporaryDir m_dir;
    LabProcess m_lab;
    QNetworkAccessManager m_network;
    QString m_vm;                  ///< build-01: three snapshot-capable disks + a shareable one
    QString m_diskA, m_diskB, m_diskC, m_shared;
    QMap<QString, QString> m_snapshots; ///< description -> id
};

Reply TestLabSnapshots::call(LabProcess &lab, const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(lab.apiUrl().toString() + path));
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

QString TestLabSnapshots::vmId(LabProcess &lab, const QString &name)
{
    const XmlNode vms = call(lab, "GET", QStringLiteral("/vms?search=name%3D") + name).xml();
    return vms.children.isEmpty() ? QString() : vms.children.first().id();
}

QString TestLabSnapshots::diskIdByAlias(LabProcess &lab, const QString &alias)
{
    const XmlNode disks = call(lab, "GET", QStringLiteral("/disks?search=alias%3D") + alias).xml();
    return disks.children.isEmpty() ? QString() : disks.children.first().id();
}

QString TestLabSnapshots::volumePath(LabProcess &lab, const QString &diskId, const QString &volumeId)
{
    const XmlNode disk = call(lab, "GET", QStringLiteral("/disks/") + diskId).xml();
    const QString domain = disk.child(QStringLiteral("storage_domains"))->children.first().id();
    return QStringLiteral("%1/domains/%2/images/%3/%4").arg(lab.dataDir(), domain, diskId, volumeId);
}

QString TestLabSnapshots::activePath(LabProcess &lab, const QString &diskId)
{
    const XmlNode disk = call(lab, "GET", QStringLiteral("/disks/") + diskId).xml();
    return volumePath(lab, diskId, disk.childText(QStringLiteral("image_id")));
}

QMap<QString, QString> TestLabSnapshots::snapshotIds(LabProcess &lab, const QString &vm)
{
    QMap<QString, QString> ids;
    for (const XmlNode &snapshot : call(lab, "GET", QStringLiteral("/vms/%1/snapshots").arg(vm)).xml().children)
        ids.insert(snapshot.childText(QStringLiteral("description")), snapshot.id());
    return ids;
}

QString TestLabSnapshots::snapshotImage(LabProcess &lab, const QString &vm, const QString &snapshotId, const QString &diskId)
{
    for (const XmlNode &disk : call(lab, "GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(vm, snapshotId)).xml().children) {
        if (disk.id() == diskId)
            return disk.childText(QStringLiteral("image_id"));
    }
    return {};
}

bool TestLabSnapshots::waitForJobs(LabProcess &lab, const QString &correlationId, int count)
{
    for (int i = 0; i < 300; ++i) {
        const XmlNode jobs = call(lab, "GET", QStringLiteral("/jobs?search=correlation_id%3D") + correlationId).xml();
        int ended = 0;
        bool running = false;
        for (const XmlNode &job : jobs.children) {
            if (job.childText(QStringLiteral("status")) == QLatin1String("started"))
                running = true;
            else
                ++ended;
        }
        if (!running && ended >= count)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestLabSnapshots::checkChainsMatchDatabase(LabProcess &lab, const QString &vm)
{
    // Every disk of the VM: qemu-img check is clean, the backing chain on disk is the one the
    // engine reports (active volume, then each snapshot's volume), older layers are read-only.
    for (const XmlNode &attachment : call(lab, "GET", QStringLiteral("/vms/%1/diskattachments").arg(vm)).xml().children) {
        const QString diskId = attachment.child(QStringLiteral("disk"))->id();
        const XmlNode disk = call(lab, "GET", QStringLiteral("/disks/") + diskId).xml();
        if (disk.childText(QStringLiteral("shareable")) == QLatin1String("true"))
            continue;
        QCOMPARE(disk.childText(QStringLiteral("status")), QStringLiteral("ok"));
        const QString active = activePath(lab, diskId);
        // qemu-img check only knows qcow2 (raw answers "does not support checks").
        if (formatOf(active) == QLatin1String("qcow2")) {
            int code = -1;
            run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"), active}, &code);
            QVERIFY2(code == 0, qPrintable(active));
        }
        const QJsonArray chain = QJsonDocument::fromJson(run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"),
                                                                                          QStringLiteral("--backing-chain"), QStringLiteral("--output=json"), active}))
                                     .array();
        QStringList onDisk;
        for (const QJsonValue &layer : chain)
            onDisk << QFileInfo(layer.toObject().value(QLatin1String("filename")).toString()).fileName();
        QSet<QString> known{QFileInfo(active).fileName()};
        for (const QString &sid : snapshotIds(lab, vm)) {
            const QString image = snapshotImage(lab, vm, sid, diskId);
            if (!image.isEmpty())
                known << image;
        }
        QCOMPARE(QSet<QString>(onDisk.cbegin(), onDisk.cend()), known);
        const QString folder = QFileInfo(active).absolutePath();
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), onDisk.size()); // no stray volume files
        for (const QString &volume : onDisk) {
            const QString path = folder + QLatin1Char('/') + volume;
            if (volume == QFileInfo(active).fileName())
                QVERIFY2(modeOf(path) & 0200, qPrintable(path));
            else
                QVERIFY2(modeOf(path) == 0400, qPrintable(path));
        }
    }
}

void TestLabSnapshots::attachSharedDisk(const QString &dataDir)
{
    // build-01 (down) has three image disks in the demo; it also gets the shareable disk, so that
    // one VM has everything the scenarios need (a disk that is skipped when implicit and refused
    // when listed). Done on the stopped lab's database, as an administrator's earlier attach
    // would have left it.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
    db.setDatabaseName(dataDir + QStringLiteral("/lab.sqlite"));
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO disk_attachments (vm_id, disk_id, interface) SELECT v.id, d.id, 'virtio_scsi' "
                                          "FROM vms v, disks d WHERE v.name = 'build-01' AND d.alias = 'shared-data'")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

void TestLabSnapshots::initTestCase()
{
    LabProcess::Options options;
    options.dataDir = m_dir.path();
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.stop(), 0);
    attachSharedDisk(m_dir.path());
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    m_vm = vmId(m_lab, QStringLiteral("build-01"));
    m_diskA = diskIdByAlias(m_lab, QStringLiteral("build-01_Disk1"));
    m_diskB = diskIdByAlias(m_lab, QStringLiteral("build-01_Scratch")); // raw base volume
    m_diskC = diskIdByAlias(m_lab, QStringLiteral("build-01_Cache")); // qcow2 0.10 on the v3 domain
    m_shared = diskIdByAlias(m_lab, QStringLiteral("shared-data"));
    QVERIFY(!m_vm.isEmpty() && !m_diskA.isEmpty() && !m_diskB.isEmpty() && !m_diskC.isEmpty() && !m_shared.isEmpty());
}

void TestLabSnapshots::createRulesAndTexts()
{
    const QString path = QStringLiteral("/vms/%1/snapshots").arg(m_vm);
    Reply reply = call("POST", path, "<snapshot><persist_memorystate>false</persist_memorystate></snapshot>");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.xml().childText(QStringLiteral("reason")), QStringLiteral("Incomplete parameters"));
    QCOMPARE(reply.detail(), QStringLiteral("Snapshot [description] required for add"));

    reply = call("POST", path, "<snapshot><description>x</descr");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.xml().childText(QStringLiteral("reason")), QStringLiteral("Request syntactically incorrect."));

    reply = call("POST", path, QStringLiteral("<snapshot><description>x</description><disk_attachments><disk_attachment><disk id=\"%1\"/></disk_attachment>"
                                              "</disk_attachments></snapshot>").arg(m_shared).toUtf8());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot create Snapshot. Snapshot is not allowed for the following disk(s): shared-data.]"));

    const QString foreign = diskIdByAlias(m_lab, QStringLiteral("web-02_Disk1"));
    reply = call("POST", path, QStringLiteral("<snapshot><description>x</description><disk_attachments><disk_attachment><disk id=\"%1\"/></disk_attachment>"
                                              "</disk_attachments></snapshot>").arg(foreign).toUtf8());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot create Snapshot. The following disk(s) are not attached to the VM build-01: web-02_Disk1.]"));
    QCOMPARE(snapshotIds(m_lab, m_vm).size(), 1); // nothing was made
}

void TestLabSnapshots::createAllSubsetAndConfigOnly()
{
    for (const QString &disk : {m_diskA, m_diskB, m_diskC})
        writePattern(activePath(m_lab, disk), 0x11);
    const QString activeA = activePath(m_lab, m_diskA);

    // All snapshot-capable disks: the shareable one is skipped silently.
    Reply reply = call("POST", QStringLiteral("/vms/%1/snapshots?correlation_id=snap-s1").arg(m_vm),
                       "<snapshot><description>s1</description><persist_memorystate>true</persist_memorystate></snapshot>");
    QCOMPARE(reply.status, 201);
    XmlNode snapshot = reply.xml();
    QCOMPARE(snapshot.childText(QStringLiteral("snapshot_status")), QStringLiteral("locked"));
    QCOMPARE(snapshot.childText(QStringLiteral("persist_memorystate")), QStringLiteral("false")); // down VM: no memory
    QVERIFY(waitForJobs(m_lab, QStringLiteral("snap-s1")));
    m_snapshots = snapshotIds(m_lab, m_vm);
    const QString s1 = m_snapshots.value(QStringLiteral("s1"));
    QCOMPARE(call("GET", QStringLiteral("/vms/%1/snapshots/%2").arg(m_vm, s1)).xml().childText(QStringLiteral("snapshot_status")), QStringLiteral("ok"));
    QCOMPARE(call("GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(m_vm, s1)).xml().children.size(), 3);
    QVERIFY(snapshotImage(m_lab, m_vm, s1, m_shared).isEmpty());
    // The old active volume is now s1's, read-only; the new one is a qcow2 1.1 overlay on it.
    QCOMPARE(volumePath(m_lab, m_diskA, snapshotImage(m_lab, m_vm, s1, m_diskA)), activeA);
    QCOMPARE(modeOf(activeA), 0400);
    QVERIFY(activePath(m_lab, m_diskA) != activeA);
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_diskA).xml().childText(QStringLiteral("qcow_version")), QStringLiteral("qcow2_v3"));
    for (const QString &disk : {m_diskA, m_diskB, m_diskC}) {
        QVERIFY(reads(activePath(m_lab, disk), 0x11));
        writePattern(activePath(m_lab, disk), 0x22);
    }

    // Subset: only disk A.
    reply = call("POST", QStringLiteral("/vms/%1/snapshots?correlation_id=snap-s2").arg(m_vm),
                 QStringLiteral("<snapshot><description>s2</description><disk_attachments><disk_attachment><disk id=\"%1\"/></disk_attachment>"
                                "</disk_attachments></snapshot>").arg(m_diskA).toUtf8());
    QCOMPARE(reply.status, 201);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("snap-s2")));
    // Configuration only.
    reply = call("POST", QStringLiteral("/vms/%1/snapshots?correlation_id=snap-s3").arg(m_vm),
                 "<snapshot><description>s3</description><disk_attachments/></snapshot>");
    QCOMPARE(reply.status, 201);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("snap-s3")));
    m_snapshots = snapshotIds(m_lab, m_vm);
    const XmlNode s2Disks = call("GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(m_vm, m_snapshots.value(QStringLiteral("s2")))).xml();
    QCOMPARE(s2Disks.children.size(), 1);
    QCOMPARE(s2Disks.children.first().id(), m_diskA);
    QCOMPARE(call("GET", QStringLiteral("/vms/%1/snapshots/%2/disks").arg(m_vm, m_snapshots.value(QStringLiteral("s3")))).xml().children.size(), 0);
    QCOMPARE(call("GET", QStringLiteral("/vms/%1/snapshots/%2").arg(m_vm, m_snapshots.value(QStringLiteral("s3")))).xml()
                 .child(QStringLiteral("vm"))->childText(QStringLiteral("name")),
             QStringLiteral("build-01"));
    for (const QString &disk : {m_diskA, m_diskB, m_diskC})
        writePattern(activePath(m_lab, disk), 0x33);
    checkChainsMatchDatabase(m_lab, m_vm);
}

void TestLabSnapshots::previewRulesAndUndo()
{
    const QString active = m_snapshots.value(QStringLiteral("Active VM"));
    const QString s1 = m_snapshots.value(QStringLiteral("s1"));
    Reply reply = call("POST", QStringLiteral("/vms/%1/previewsnapshot").arg(m_vm), QStringLiteral("<action><snapshot id=\"%1\"/></action>").arg(active).toUtf8());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.xml().name, QStringLiteral("action"));
    QCOMPARE(reply.xml().childText(QStringLiteral("status")), QStringLiteral("failed"));
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot preview Active VM snapshot.]"));

    const QString web01 = vmId(m_lab, QStringLiteral("web-01"));
    const QString web01Snapshot = snapshotIds(m_lab, web01).value(QStringLiteral("nightly"));
    reply = call("POST", QStringLiteral("/vms/%1/previewsnapshot").arg(web01), QStringLiteral("<action><snapshot id=\"%1\"/></action>").arg(web01Snapshot).toUtf8());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot preview Snapshot. At least one of the VMs is not down.]"));

    reply = call("POST", QStringLiteral("/vms/%1/commitsnapshot").arg(m_vm), "<action/>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot revert to Snapshot to a Snapshot that is not being previewed. Please select the correct Snapshot "
                                            "to restore to: Either the one being previewed, or the one before the preview.]"));

    const QString bogus = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reply = call("POST", QStringLiteral("/vms/%1/previewsnapshot").arg(m_vm),
                 QStringLiteral("<action><snapshot id=\"%1\"/><disks><disk id=\"%2\"><image_id>%3</image_id></disk></disks></action>").arg(s1, m_diskA, bogus).toUtf8());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.detail(), QStringLiteral("Entity not found: GetDiskImageByDiskAndImageIds: disk id=%1, image_id=%2").arg(m_diskA, bogus));

    QStringList activeBefore;
    for (const QString &disk : {m_diskA, m_diskB, m_diskC})
        activeBefore << activePath(m_lab, disk);

    reply = call("POST", QStringLiteral("/vms/%1/previewsnapshot?correlation_id=pv1").arg(m_vm),
                 QStringLiteral("<action><snapshot id=\"%1\"/><restore_memory>false</restore_memory></action>").arg(s1).toUtf8());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().childText(QStringLiteral("status")), QStringLiteral("complete"));
    QVERIFY(reply.xml().child(QStringLiteral("job")));
    QVERIFY(waitForJobs(m_lab, QStringLiteral("pv1")));
    QMap<QString, QString> types;
    QMap<QString, QString> statuses;
    for (const XmlNode &snapshot : call("GET", QStringLiteral("/vms/%1/snapshots").arg(m_vm)).xml().children) {
        types.insert(snapshot.childText(QStringLiteral("description")), snapshot.childText(QStringLiteral("snapshot_type")));
        statuses.insert(snapshot.childText(QStringLiteral("description")), snapshot.childText(QStringLiteral("snapshot_status")));
    }
    QCOMPARE(statuses.value(QStringLiteral("s1")), QStringLiteral("in_preview"));
    QCOMPARE(types.value(QStringLiteral("Active VM before the preview")), QStringLiteral("preview"));
    QCOMPARE(types.value(QStringLiteral("Active VM")), QStringLiteral("active"));
    QVERIFY(snapshotIds(m_lab, m_vm).value(QStringLiteral("Active VM")) != active);
    QCOMPARE(call("GET", QStringLiteral("/vms/") + m_vm).xml().childText(QStringLiteral("status")), QStringLiteral("down"));
    for (const QString &disk : {m_diskA, m_diskB, m_diskC})
        QVERIFY(reads(activePath(m_lab, disk), 0x11));

    // What the engine blocks while previewing.
    reply = call("POST", QStringLiteral("/vms/%1/snapshots").arg(m_vm), "<snapshot><description>no</description></snapshot>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot create Snapshot. VM is previewing a Snapshot.]"));
    reply = call("DELETE", QStringLiteral("/vms/%1/snapshots/%2").arg(m_vm, m_snapshots.value(QStringLiteral("s2"))));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot remove Snapshot. VM is previewing a Snapshot.]"));
    reply = call("POST", QStringLiteral("/vms/%1/previewsnapshot").arg(m_vm), QStringLiteral("<action><snapshot id=\"%1\"/></action>").arg(s1).toUtf8());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot preview Snapshot. VM is previewing a Snapshot.]"));

    reply = call("POST", QStringLiteral("/vms/%1/undosnapshot?correlation_id=undo1").arg(m_vm), "<action/>");
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("undo1")));
    const QMap<QString, QString> after = snapshotIds(m_lab, m_vm);
    QCOMPARE(after.value(QStringLiteral("Active VM")), active);
    QVERIFY(!after.contains(QStringLiteral("Active VM before the preview")));
    QStringList activeAfter;
    for (const QString &disk : {m_diskA, m_diskB, m_diskC}) {
        activeAfter << activePath(m_lab, disk);
        QVERIFY(reads(activePath(m_lab, disk), 0x33));
    }
    QCOMPARE(activeAfter, activeBefore);
    checkChainsMatchDatabase(m_lab, m_vm);
}

void TestLabSnapshots::customPreviewThenCommit()
{
    // Configuration from s1, disk A from s2 (0x22), disk B at its current image (0x33), disk C excluded.
    const QString s1 = m_snapshots.value(QStringLiteral("s1"));
    const QString s2 = m_snapshots.value(QStringLiteral("s2"));
    const QString aAtS2 = snapshotImage(m_lab, m_vm, s2, m_diskA);
    const QString bCurrent = call("GET", QStringLiteral("/disks/") + m_diskB).xml().childText(QStringLiteral("image_id"));
    const QString cFolder = QFileInfo(activePath(m_lab, m_diskC)).absolutePath();
    Reply reply = call("POST", QStringLiteral("/vms/%1/previewsnapshot?correlation_id=pv2").arg(m_vm),
                       QStringLiteral("<action><snapshot id=\"%1\"/><disks><disk id=\"%2\"><image_id>%3</image_id><snapshot id=\"%4\"/></disk>"
                                      "<disk id=\"%5\"><image_id>%6</image_id></disk></disks></action>")
                           .arg(s1, m_diskA, aAtS2, s2, m_diskB, bCurrent)
                           .toUtf8());
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("pv2")));
    QVERIFY(reads(activePath(m_lab, m_diskA), 0x22));
    QVERIFY(reads(activePath(m_lab, m_diskB), 0x33));
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_diskB).xml().childText(QStringLiteral("image_id")), bCurrent);

    reply = call("POST", QStringLiteral("/vms/%1/commitsnapshot?correlation_id=cm1").arg(m_vm), "<action/>");
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("cm1")));
    // C was not part of the committed state: gone, files and all.
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_diskC).status, 404);
    QVERIFY(!QFileInfo::exists(cFolder));
    // Snapshots newer than s1 are gone; their data the new state needs was merged.
    const QMap<QString, QString> ids = snapshotIds(m_lab, m_vm);
    QCOMPARE(ids.keys(), (QStringList{QStringLiteral("Active VM"), QStringLiteral("s1")}));
    QCOMPARE(call("GET", QStringLiteral("/vms/%1/snapshots/%2").arg(m_vm, s1)).xml().childText(QStringLiteral("snapshot_status")), QStringLiteral("ok"));
    QVERIFY(reads(activePath(m_lab, m_diskA), 0x22));
    QVERIFY(reads(activePath(m_lab, m_diskB), 0x33));
    QVERIFY(reads(volumePath(m_lab, m_diskA, snapshotImage(m_lab, m_vm, s1, m_diskA)), 0x11));
    checkChainsMatchDatabase(m_lab, m_vm);
    m_snapshots = ids;
}

void TestLabSnapshots::restoreWithDisks()
{
    writePattern(activePath(m_lab, m_diskA), 0x44);
    writePattern(activePath(m_lab, m_diskB), 0x44);
    Reply reply = call("POST", QStringLiteral("/vms/%1/snapshots?correlation_id=snap-s4").arg(m_vm), "<snapshot><description>s4</description></snapshot>");
    QCOMPARE(reply.status, 201);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("snap-s4")));
    writePattern(activePath(m_lab, m_diskA), 0x55);
    writePattern(activePath(m_lab, m_diskB), 0x55);
    m_snapshots = snapshotIds(m_lab, m_vm);
    const QString s1 = m_snapshots.value(QStringLiteral("s1"));
    const QString s4 = m_snapshots.value(QStringLiteral("s4"));
    // Restore s4 with disk A from s4 and disk B from s1: preview + commit in one call.
    reply = call("POST", QStringLiteral("/vms/%1/snapshots/%2/restore?correlation_id=rs1").arg(m_vm, s4),
                 QStringLiteral("<action><disks><disk id=\"%1\"><image_id>%2</image_id></disk><disk id=\"%3\"><image_id>%4</image_id></disk></disks></action>")
                     .arg(m_diskA, snapshotImage(m_lab, m_vm, s4, m_diskA), m_diskB, snapshotImage(m_lab, m_vm, s1, m_diskB))
                     .toUtf8());
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("rs1"), 2));
    QVERIFY(reads(activePath(m_lab, m_diskA), 0x44));
    QVERIFY(reads(activePath(m_lab, m_diskB), 0x11));
    const QMap<QString, QString> ids = snapshotIds(m_lab, m_vm);
    QCOMPARE(ids.keys(), (QStringList{QStringLiteral("Active VM"), QStringLiteral("s1"), QStringLiteral("s4")}));
    for (const XmlNode &snapshot : call("GET", QStringLiteral("/vms/%1/snapshots").arg(m_vm)).xml().children)
        QCOMPARE(snapshot.childText(QStringLiteral("snapshot_status")), QStringLiteral("ok"));
    checkChainsMatchDatabase(m_lab, m_vm);
    m_snapshots = ids;
}

void TestLabSnapshots::deleteMergesKeepingData()
{
    const QString s1 = m_snapshots.value(QStringLiteral("s1"));
    const QString s4 = m_snapshots.value(QStringLiteral("s4"));
    writePattern(activePath(m_lab, m_diskA), 0x66);
    const QString activeA = call("GET", QStringLiteral("/disks/") + m_diskA).xml().childText(QStringLiteral("image_id"));
    // s4 sits between s1 and the active layer on disk A: a forward merge (the active id stays).
    Reply reply = call("DELETE", QStringLiteral("/vms/%1/snapshots/%2?correlation_id=del4").arg(m_vm, s4));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.xml().name, QStringLiteral("action"));
    QCOMPARE(reply.xml().childText(QStringLiteral("status")), QStringLiteral("complete"));
    QVERIFY(waitForJobs(m_lab, QStringLiteral("del4")));
    QCOMPARE(call("GET", QStringLiteral("/vms/%1/snapshots/%2").arg(m_vm, s4)).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_diskA).xml().childText(QStringLiteral("image_id")), activeA);
    QVERIFY(reads(activePath(m_lab, m_diskA), 0x66));
    QVERIFY(reads(activePath(m_lab, m_diskB), 0x11));
    QVERIFY(reads(volumePath(m_lab, m_diskA, snapshotImage(m_lab, m_vm, s1, m_diskA)), 0x11));
    checkChainsMatchDatabase(m_lab, m_vm);

    // s1 holds the base volumes (disk B's is raw): a backward merge, data kept, raw again.
    reply = call("DELETE", QStringLiteral("/vms/%1/snapshots/%2?correlation_id=del1").arg(m_vm, s1));
    QCOMPARE(reply.status, 200);
    QVERIFY(waitForJobs(m_lab, QStringLiteral("del1")));
    QCOMPARE(snapshotIds(m_lab, m_vm).keys(), QStringList{QStringLiteral("Active VM")});
    QVERIFY(reads(activePath(m_lab, m_diskA), 0x66));
    QVERIFY(reads(activePath(m_lab, m_diskB), 0x11));
    QCOMPARE(call("GET", QStringLiteral("/disks/") + m_diskB).xml().childText(QStringLiteral("format")), QStringLiteral("raw"));
    checkChainsMatchDatabase(m_lab, m_vm);

    reply = call("DELETE", QStringLiteral("/vms/%1/snapshots/%2").arg(m_vm, snapshotIds(m_lab, m_vm).value(QStringLiteral("Active VM"))));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot remove Snapshot. The operation is only allowed for regular snapshots.]"));
}

void TestLabSnapshots::eventsAndJobs()
{
    const XmlNode events = call("GET", QStringLiteral("/events?search=correlation_id%3Dsnap-s1")).xml();
    QCOMPARE(events.children.size(), 2);
    QCOMPARE(events.children.at(0).childText(QStringLiteral("code")), QStringLiteral("68")); // newest first
    QCOMPARE(events.children.at(0).childText(QStringLiteral("description")), QStringLiteral("Snapshot 's1' creation for VM 'build-01' has been completed."));
    QCOMPARE(events.children.at(1).childText(QStringLiteral("code")), QStringLiteral("45"));
    QCOMPARE(events.children.at(1).childText(QStringLiteral("description")),
             QStringLiteral("Snapshot 's1' creation for VM 'build-01' was initiated by admin@internal-authz."));
    QCOMPARE(events.children.at(0).childNames().mid(0, 8),
             (QStringList{QStringLiteral("description"), QStringLiteral("code"), QStringLiteral("correlation_id"), QStringLiteral("custom_id"),
                          QStringLiteral("flood_rate"), QStringLiteral("origin"), QStringLiteral("severity"), QStringLiteral("time")}));
    QCOMPARE(events.children.at(0).child(QStringLiteral("vm"))->id(), m_vm);

    QStringList codes;
    for (const XmlNode &event : call("GET", QStringLiteral("/events?search=correlation_id%3Drs1")).xml().children)
        codes << event.childText(QStringLiteral("code"));
    QCOMPARE(codes, (QStringList{QStringLiteral("100"), QStringLiteral("1190"), QStringLiteral("71"), QStringLiteral("46")}));
    for (const char *tag : {"pv1", "del1"})
        QCOMPARE(call("GET", QStringLiteral("/events?search=correlation_id%3D") + QLatin1String(tag)).xml().children.size(), 2);

    const XmlNode newest = call("GET", QStringLiteral("/events?max=1")).xml();
    QCOMPARE(newest.children.size(), 1);
    const qint64 newestId = newest.children.first().id().toLongLong();
    QCOMPARE(call("GET", QStringLiteral("/events?from=%1").arg(newestId)).xml().children.size(), 0);
    QCOMPARE(call("GET", QStringLiteral("/events;from=%1").arg(newestId - 1)).xml().children.size(), 1);

    const XmlNode jobs = call("GET", QStringLiteral("/jobs?search=correlation_id%3Dsnap-s1")).xml();
    QCOMPARE(jobs.children.size(), 1);
    const XmlNode &job = jobs.children.first();
    QCOMPARE(job.childText(QStringLiteral("description")), QStringLiteral("Creating VM Snapshot s1 for VM build-01"));
    QCOMPARE(job.childText(QStringLiteral("status")), QStringLiteral("finished"));
    QVERIFY(!job.child(QStringLiteral("correlation_id")));
    QCOMPARE(call("GET", QStringLiteral("/jobs/") + job.id()).xml().childText(QStringLiteral("status")), QStringLiteral("finished"));
    QCOMPARE(call("GET", QStringLiteral("/jobs?search=correlation_id%3Drs1")).xml().children.size(), 2); // preview + commit
}

void TestLabSnapshots::lockedStatesAndRollback()
{
    // A second engine whose create_snapshot fails at its second step, each step slowed down.
    LabProcess lab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_FAIL_STEP"), QStringLiteral("create_snapshot:1"));
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("600"));
    lab.process().setProcessEnvironment(environment);
    QVERIFY2(lab.start({}), qPrintable(lab.errorString()));
    const QString vm = vmId(lab, QStringLiteral("legacy-app"));
    const QString disk = diskIdByAlias(lab, QStringLiteral("legacy-app_Disk1"));
    const QString active = activePath(lab, disk);
    const int activeMode = modeOf(active);
    const QStringList filesBefore = filesUnder(lab.dataDir() + QStringLiteral("/domains"));

    Reply reply = call(lab, "POST", QStringLiteral("/vms/%1/snapshots?correlation_id=fail1").arg(vm), "<snapshot><description>doomed</description></snapshot>");
    QCOMPARE(reply.status, 201);
    const QString sid = reply.xml().id();
    // While the storage work runs: snapshot and disk locked, a second snapshot refused.
    QCOMPARE(call(lab, "GET", QStringLiteral("/vms/%1/snapshots/%2").arg(vm, sid)).xml().childText(QStringLiteral("snapshot_status")), QStringLiteral("locked"));
    QCOMPARE(call(lab, "GET", QStringLiteral("/disks/") + disk).xml().childText(QStringLiteral("status")), QStringLiteral("locked"));
    QCOMPARE(call(lab, "GET", QStringLiteral("/jobs?search=correlation_id%3Dfail1")).xml().children.first().childText(QStringLiteral("status")),
             QStringLiteral("started"));
    reply = call(lab, "POST", QStringLiteral("/vms/%1/snapshots").arg(vm), "<snapshot><description>second</description></snapshot>");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("[Cannot create Snapshot. The VM is performing an operation on a Snapshot. Please wait for the operation to "
                                            "finish, and try again.]"));

    QVERIFY(waitForJobs(lab, QStringLiteral("fail1")));
    QCOMPARE(call(lab, "GET", QStringLiteral("/jobs?search=correlation_id%3Dfail1")).xml().children.first().childText(QStringLiteral("status")),
             QStringLiteral("failed"));
    QCOMPARE(call(lab, "GET", QStringLiteral("/vms/%1/snapshots/%2").arg(vm, sid)).status, 404);
    QCOMPARE(call(lab, "GET", QStringLiteral("/disks/") + disk).xml().childText(QStringLiteral("status")), QStringLiteral("ok"));
    QCOMPARE(activePath(lab, disk), active);
    QCOMPARE(modeOf(active), activeMode);
    QCOMPARE(filesUnder(lab.dataDir() + QStringLiteral("/domains")), filesBefore);
    const XmlNode events = call(lab, "GET", QStringLiteral("/events?search=correlation_id%3Dfail1")).xml();
    QCOMPARE(events.children.first().childText(QStringLiteral("code")), QStringLiteral("69"));
    QCOMPARE(events.children.first().childText(QStringLiteral("severity")), QStringLiteral("error"));
    checkChainsMatchDatabase(lab, vm);
    QCOMPARE(lab.stop(), 0);
}

void TestLabSnapshots::sigkillMidOperationRecovers()
{
    QTemporaryDir dir;
    LabProcess::Options options;
    options.dataDir = dir.path();
    LabProcess slow;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("700"));
    slow.process().setProcessEnvironment(environment);
    QVERIFY2(slow.start(options), qPrintable(slow.errorString()));
    const QString vm = vmId(slow, QStringLiteral("db-01"));
    const QMap<QString, QString> before = snapshotIds(slow, vm);
    const QStringList filesBefore = filesUnder(dir.path() + QStringLiteral("/domains"));

    // Preview of db-01 (two disks: create, chmod, create, chmod); killed after its first step.
    const Reply reply = call(slow, "POST", QStringLiteral("/vms/%1/previewsnapshot?correlation_id=killed").arg(vm),
                             QStringLiteral("<action><snapshot id=\"%1\"/></action>").arg(before.value(QStringLiteral("before schema change"))).toUtf8());
    QCOMPARE(reply.status, 200);
    QCOMPARE(call(slow, "GET", QStringLiteral("/vms/") + vm).xml().childText(QStringLiteral("status")), QStringLiteral("image_locked"));
    QTest::qWait(1100);
    ::kill(pid_t(slow.process().processId()), SIGKILL);
    QVERIFY(slow.process().waitForFinished(10000));

    LabProcess again;
    QVERIFY2(again.start(options), qPrintable(again.errorString()));
    QVERIFY2(again.output().contains(QLatin1String("undid the interrupted preview_snapshot")), qPrintable(again.output()));
    QCOMPARE(call(again, "GET", QStringLiteral("/vms/") + vm).xml().childText(QStringLiteral("status")), QStringLiteral("down"));
    QCOMPARE(snapshotIds(again, vm), before);
    for (const XmlNode &snapshot : call(again, "GET", QStringLiteral("/vms/%1/snapshots").arg(vm)).xml().children)
        QCOMPARE(snapshot.childText(QStringLiteral("snapshot_status")), QStringLiteral("ok"));
    QCOMPARE(filesUnder(dir.path() + QStringLiteral("/domains")), filesBefore);
    checkChainsMatchDatabase(again, vm);
    QCOMPARE(call(again, "GET", QStringLiteral("/jobs?search=correlation_id%3Dkilled")).xml().children.first().childText(QStringLiteral("status")),
             QStringLiteral("failed"));
    QCOMPARE(call(again, "GET", QStringLiteral("/events?search=correlation_id%3Dkilled")).xml().children.first().childText(QStringLiteral("code")),
             QStringLiteral("99"));
    QCOMPARE(again.stop(), 0);
}

void TestLabSnapshots::sigkillPastPointOfNoReturnFinishes()
{
    // The other branch of recovery: an operation killed AFTER its point of no return (a
    // qemu-img commit has merged data) cannot be undone; the next start must finish it.
    // Deleting db-01's oldest snapshot merges backwards on both disks (each: chmod, commit):
    // the lab is killed once the first commit is done and recorded, before the second disk's.
    QTemporaryDir dir;
    LabProcess::Options options;
    options.dataDir = dir.path();
    LabProcess slow;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("700"));
    slow.process().setProcessEnvironment(environment);
    QVERIFY2(slow.start(options), qPrintable(slow.errorString()));
    const QString vm = vmId(slow, QStringLiteral("db-01"));
    const QString system = diskIdByAlias(slow, QStringLiteral("db-01_Disk1"));
    const QString data = diskIdByAlias(slow, QStringLiteral("db-01_Data"));
    QMap<QString, QString> expected = snapshotIds(slow, vm);
    const QString doomed = expected.take(QStringLiteral("before schema change"));
    QVERIFY(!doomed.isEmpty());
    for (const QString &disk : {system, data})
        writePattern(activePath(slow, disk), 0x71);

    const Reply reply = call(slow, "DELETE", QStringLiteral("/vms/%1/snapshots/%2?correlation_id=finish-me").arg(vm, doomed));
    QCOMPARE(reply.status, 200);

    // Watch the intent the runner keeps in the lab's own database (WAL: reading never blocks
    // the lab): 'forward' is written just before the first commit. Kill once that commit's
    // qemu-img has exited, i.e. while the runner sleeps before the next step.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
    db.setDatabaseName(dir.path() + QStringLiteral("/lab.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    const auto phase = [&db] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT phase FROM intents")) && query.next() ? query.value(0).toString() : QString();
    };
    const qint64 pid = slow.process().processId();
    QTRY_COMPARE_WITH_TIMEOUT(phase(), QStringLiteral("forward"), 30000);
    QTest::qWait(300); // the commit's qemu-img starts right after the phase is written
    QTRY_VERIFY_WITH_TIMEOUT(childrenOf(pid).isEmpty(), 30000);
    QCOMPARE(phase(), QStringLiteral("forward")); // still in flight: not recorded, not cleaned up
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(slow.process().waitForFinished(10000));
    {
        // What the unclean stop left: the snapshot still there and locked, the job started.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT status FROM snapshots WHERE id = '%1'").arg(doomed)) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("locked"));
        QVERIFY(query.exec(QStringLiteral("SELECT status FROM jobs WHERE correlation_id = 'finish-me'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("started"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));

    LabProcess again;
    QVERIFY2(again.start(options), qPrintable(again.errorString()));
    QVERIFY2(again.output().contains(QLatin1String("finished the interrupted remove_snapshot")), qPrintable(again.output()));
    QCOMPARE(call(again, "GET", QStringLiteral("/vms/%1/snapshots/%2").arg(vm, doomed)).status, 404);
    QCOMPARE(snapshotIds(again, vm), expected);
    for (const XmlNode &snapshot : call(again, "GET", QStringLiteral("/vms/%1/snapshots").arg(vm)).xml().children)
        QCOMPARE(snapshot.childText(QStringLiteral("snapshot_status")), QStringLiteral("ok"));
    // Every layer's data is still read, on both disks: the guest's latest write, the demo's
    // data of the merged snapshot (0x5a from offset 0) and of the old active layer (0x5b at 256 MiB).
    constexpr qint64 MiB = qint64(1) << 20;
    for (const QString &disk : {system, data}) {
        const QString active = activePath(again, disk);
        QCOMPARE(call(again, "GET", QStringLiteral("/disks/") + disk).xml().childText(QStringLiteral("status")), QStringLiteral("ok"));
        QVERIFY2(reads(active, 0x71), qPrintable(active));
        QVERIFY2(readsAt(active, 0x5a, Chunk, MiB - Chunk), qPrintable(active));
        QVERIFY2(readsAt(active, 0x5b, 256 * MiB, MiB), qPrintable(active));
    }
    // The raw data disk is raw again (backward merge into its raw base).
    QCOMPARE(call(again, "GET", QStringLiteral("/disks/") + data).xml().childText(QStringLiteral("format")), QStringLiteral("raw"));
    checkChainsMatchDatabase(again, vm);
    QCOMPARE(call(again, "GET", QStringLiteral("/jobs?search=correlation_id%3Dfinish-me")).xml().children.first().childText(QStringLiteral("status")),
             QStringLiteral("finished"));
    const XmlNode events = call(again, "GET", QStringLiteral("/events?search=correlation_id%3Dfinish-me")).xml();
    QCOMPARE(events.children.first().childText(QStringLiteral("code")), QStringLiteral("356"));
    QCOMPARE(events.children.first().childText(QStringLiteral("description")),
             QStringLiteral("Snapshot 'before schema change' deletion for VM 'db-01' has been completed."));
    QCOMPARE(again.stop(), 0);
}

QTEST_GUILESS_MAIN(TestLabSnapshots)
#include "tst_lab_snapshots.moc"
