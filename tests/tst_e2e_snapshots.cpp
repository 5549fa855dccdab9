// End to end: snapshots through the api library (Client + OperationTracker) against a live
// diskdesk-lab, checking the BYTES of the real volumes with qemu-io: each disk must hold exactly
// the data that was chosen, after create (all disks and a subset), custom preview (configuration
// from one snapshot, disks from another, from the active state, one left out) + undo and + commit,
// restore, and delete (forward and backward merges). Also the manager's rules as faults, a failing
// operation, and the tracker's timeout.
#include "client.h"
#include "clienttestsupport.h"
#include "labprocess.h"
#include "operationtracker.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <optional>
#include <tuple>
#include <utility>

namespace {

constexpr qint64 MiB = qint64(1) << 20;

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString message;
    QString correlationId;
    QStringList phases;
    OperationTracker::State state = OperationTracker::State::Running;
    bool timesSet = false;
};

// Follows a tracker to its end, then deletes it.
Outcome follow(OperationTracker *tracker)
{
    Outcome outcome;
    outcome.correlationId = tracker->correlationId();
    QObject::connect(tracker, &OperationTracker::progress, tracker,
                     [&outcome](const QString &phase) { outcome.phases << phase; });
    QObject::connect(tracker, &OperationTracker::finished, tracker, [&outcome](bool ok, const QString &message) {
        outcome.finished = true;
        outcome.ok = ok;
        outcome.message = message;
    });
    // A tracker that never ends shows up as finished == false in the checks.
    (void)QTest::qWaitFor([&] { return outcome.finished; }, 180000);
    outcome.state = tracker->state();
    outcome.timesSet = tracker->startedAt().isValid() && tracker->finishedAt().isValid()
            && tracker->startedAt() <= tracker->finishedAt() && tracker->message() == outcome.message;
    delete tracker;
    return outcome;
}

QByteArray describe(const Outcome &o)
{
    return QStringLiteral("finished=%1 ok=%2 message=\u201c%3\u201d phases=[%4]")
            .arg(o.finished)
            .arg(o.ok)
            .arg(o.message, o.phases.join(QStringLiteral(" | ")))
            .toUtf8();
}

QString qemuFormat(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), { QStringLiteral("info"), QStringLiteral("--output=json"),
                                          QStringLiteral("-U"), path });
    p.waitForFinished();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("format")).toString();
}

QString ioCommand(const char *verb, int pattern, qint64 offset, qint64 length)
{
    return QStringLiteral("%1 -P 0x%2 %3 %4")
            .arg(QLatin1String(verb))
            .arg(pattern, 2, 16, QLatin1Char('0'))
            .arg(offset)
            .arg(length);
}

// Empty on success, else what qemu-io said.
QString runQemuIo(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("qemu-io"), args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("qemu-io did not finish");
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || out.contains(QStringLiteral("failed"))
        || out.contains(QStringLiteral("error"), Qt::CaseInsensitive))
        return QStringLiteral("qemu-io %1 -> exit %2: %3").arg(args.join(u' ')).arg(p.exitCode()).arg(out.trimmed());
    return {};
}

QString writePattern(const QString &path, int pattern, qint64 offset = 0, qint64 length = MiB)
{
    const QString format = qemuFormat(path);
    if (format.isEmpty())
        return QStringLiteral("qemu-img info cannot read ") + path;
    return runQemuIo({ QStringLiteral("-f"), format, QStringLiteral("-c"), ioCommand("write", pattern, offset, length), path });
}

QString checkPattern(const QString &path, int pattern, qint64 offset = 0, qint64 length = MiB)
{
    const QString format = qemuFormat(path);
    if (format.isEmpty())
        return QStringLiteral("qemu-img info cannot read ") + path;
    return runQemuIo({ QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-f"), format, QStringLiteral("-c"),
                       ioCommand("read", pattern, offset, length), path });
}

} // namespace

class TestE2eSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void customPreviewAndCommit();
    void restoreWithDisks();
    void deleteOfBaseSnapshotKeepsDataExact();
    void previewAndUndoRestoresExactData();
    void deleteKeepsDataExact();
    void previewOfRunningVmIsRefused();
    void shareableDiskCannotBeListed();
    void failedCreateIsReported();
    void lostReplyIsFollowedByCorrelationId();
    void trackerTimesOut();

private:
    QString vmId(const QString &name);
    QHash<QString, Disk> disksByAlias(const QString &vmId);
    QList<Snapshot> snapshots(const QString &vmId);
    QList<Disk> snapshotDisks(const QString &vmId, const QString &snapshotId);
    QString volumePath(const Disk &disk) const;
    QString volumePath(const LabProcess &lab, const Disk &disk) const;
    QList<Event> eventsOf(const QString &correlationId);
    static const Snapshot *find(const QList<Snapshot> &list, const QString &id);
    static const Snapshot *findType(const QList<Snapshot> &list, SnapshotType type);

    LabProcess m_lab;
    Client m_client;
};

void TestE2eSnapshots::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qemu-io")).isEmpty(), "qemu-io is not installed");
    QVERIFY2(m_lab.start(LabProcess::Options{}), qPrintable(m_lab.errorString()));
    m_client.setApiUrl(m_lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) {
        m_client.login(QStringLiteral("admin@internal"), m_lab.password(), ctx, done);
    });
    QVERIFY2(root.ok(), why(root).constData());
}

void TestE2eSnapshots::cleanupTestCase()
{
    m_lab.stop();
}

QString TestE2eSnapshots::vmId(const QString &name)
{
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vms(QStringLiteral("name=") + name, ctx, done); });
    if (!vms.ok() || vms.value.size() != 1)
        return {};
    return vms.value.first().id;
}

QHash<QString, Disk> TestE2eSnapshots::disksByAlias(const QString &vmId)
{
    QHash<QString, Disk> disks;
    const auto attachments = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) {
        m_client.diskAttachments(vmId, true, ctx, done);
    });
    for (const DiskAttachment &a : attachments.value) {
        if (a.disk)
            disks.insert(a.disk->alias, *a.disk);
    }
    return disks;
}

QList<Snapshot> TestE2eSnapshots::snapshots(const QString &vmId)
{
    return await<QList<Snapshot>>([&](QObject *ctx, auto done) { m_client.snapshots(vmId, ctx, done); }).value;
}

QList<Disk> TestE2eSnapshots::snapshotDisks(const QString &vmId, const QString &snapshotId)
{
    return await<QList<Disk>>([&](QObject *ctx, auto done) { m_client.snapshotDisks(vmId, snapshotId, ctx, done); }).value;
}

QString TestE2eSnapshots::volumePath(const LabProcess &lab, const Disk &disk) const
{
    return lab.dataDir() + QStringLiteral("/domains/%1/images/%2/%3")
            .arg(disk.storageDomainIds.value(0), disk.id, disk.imageId);
}

QString TestE2eSnapshots::volumePath(const Disk &disk) const
{
    return volumePath(m_lab, disk);
}

QList<Event> TestE2eSnapshots::eventsOf(const QString &correlationId)
{
    return await<QList<Event>>([&](QObject *ctx, auto done) {
        m_client.events(0, QStringLiteral("correlation_id=") + correlationId, ctx, done);
    }).value;
}

const Snapshot *TestE2eSnapshots::find(const QList<Snapshot> &list, const QString &id)
{
    for (const Snapshot &s : list) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Snapshot *TestE2eSnapshots::findType(const QList<Snapshot> &list, SnapshotType type)
{
    for (const Snapshot &s : list) {
        if (s.type == type)
            return &s;
    }
    return nullptr;
}

// The verdict of a tracker carries the manager's own closing audit text for its correlation id.
#define VERIFY_CLOSING_EVENT(outcome)                                                                       \
    do {                                                                                                    \
        const QList<Event> events_ = eventsOf((outcome).correlationId);                                    \
        QVERIFY2(!events_.isEmpty(), "no audit event carries the operation's correlation id");             \
        const Event *newest_ = &events_.first();                                                            \
        for (const Event &e_ : events_)                                                                     \
            if (e_.id > newest_->id)                                                                        \
                newest_ = &e_;                                                                              \
        QCOMPARE((outcome).message, newest_->description);                                                  \
        QCOMPARE(newest_->correlationId, (outcome).correlationId);                                          \
    } while (false)

void TestE2eSnapshots::customPreviewAndCommit()
{
    // Issue 3 item 10 on build-01 (down), three image disks: A = Disk1 (qcow2 1.1, v4 domain),
    // B = Scratch (raw), C = Cache (qcow2 0.10, v3 domain). Each generation of data is a
    // distinct pattern per disk: 0x1n on A, 0x2n on B, 0x3n on C.
    const QString vm = vmId(QStringLiteral("build-01"));
    QVERIFY(!vm.isEmpty());
    const QString aliasA = QStringLiteral("build-01_Disk1");
    const QString aliasB = QStringLiteral("build-01_Scratch");
    const QString aliasC = QStringLiteral("build-01_Cache");
    QHash<QString, Disk> disks = disksByAlias(vm);
    QCOMPARE(disks.size(), 3);
    QVERIFY(disks.contains(aliasA) && disks.contains(aliasB) && disks.contains(aliasC));
    const QString diskA = disks[aliasA].id;
    const QString diskB = disks[aliasB].id;
    const QString diskC = disks[aliasC].id;
    QVERIFY(disks[aliasB].format == DiskFormat::Raw);
    QVERIFY(disks[aliasC].qcowVersion == QcowVersion::Qcow2V2); // the v3 domain's 0.10

    QString error;
    const auto writeAll = [&](const QHash<QString, Disk> &state, int generation) {
        for (const auto &[alias, base] : { std::pair{ aliasA, 0x10 }, std::pair{ aliasB, 0x20 }, std::pair{ aliasC, 0x30 } }) {
            if (const QString e = writePattern(volumePath(state[alias]), base + generation); !e.isEmpty())
                return e;
        }
        return QString();
    };
    QVERIFY2((error = writeAll(disks, 1)).isEmpty(), qPrintable(error));

    // Snapshot 1: every disk.
    CreateSnapshotRequest create1{ vm, QStringLiteral("e2e one"), false, std::nullopt };
    const Outcome created1 = follow(OperationTracker::createSnapshot(&m_client, create1, nullptr, testTiming()));
    QVERIFY2(created1.ok, describe(created1).constData());
    QCOMPARE(created1.state, OperationTracker::State::Succeeded);
    QVERIFY(created1.timesSet);
    QCOMPARE(created1.message, QStringLiteral("Snapshot 'e2e one' creation for VM 'build-01' has been completed."));
    VERIFY_CLOSING_EVENT(created1);

    QList<Snapshot> list = snapshots(vm);
    QString s1;
    for (const Snapshot &s : list) {
        if (s.description == create1.description)
            s1 = s.id;
    }
    QVERIFY(!s1.isEmpty());
    QCOMPARE(find(list, s1)->status, SnapshotStatus::Ok);
    QCOMPARE(snapshotDisks(vm, s1).size(), 3);

    // New active volumes after the snapshot, in each domain's compat level; second generation.
    const QHash<QString, Disk> afterS1 = disksByAlias(vm);
    for (const QString &alias : { aliasA, aliasB, aliasC }) {
        QVERIFY2(afterS1[alias].imageId != disks[alias].imageId, qPrintable(alias));
        QCOMPARE(afterS1[alias].status, DiskStatus::Ok);
    }
    QVERIFY(afterS1[aliasC].qcowVersion == QcowVersion::Qcow2V2);
    QVERIFY(afterS1[aliasA].qcowVersion == QcowVersion::Qcow2V3);
    QVERIFY2((error = writeAll(afterS1, 2)).isEmpty(), qPrintable(error));

    // Snapshot 2, a subset: A and C, not B.
    CreateSnapshotRequest create2{ vm, QStringLiteral("e2e two (A and C)"), false, QStringList{ diskA, diskC } };
    const Outcome created2 = follow(OperationTracker::createSnapshot(&m_client, create2, nullptr, testTiming()));
    QVERIFY2(created2.ok, describe(created2).constData());
    list = snapshots(vm);
    QString s2;
    for (const Snapshot &s : list) {
        if (s.description == create2.description)
            s2 = s.id;
    }
    QVERIFY(!s2.isEmpty());
    QString aInS2;
    QStringList s2DiskIds;
    for (const Disk &d : snapshotDisks(vm, s2)) {
        s2DiskIds << d.id;
        if (d.id == diskA)
            aInS2 = d.imageId;
    }
    s2DiskIds.sort();
    QStringList expectedS2{ diskA, diskC };
    expectedS2.sort();
    QCOMPARE(s2DiskIds, expectedS2);
    QVERIFY(!aInS2.isEmpty());

    const QHash<QString, Disk> afterS2 = disksByAlias(vm);
    QVERIFY(afterS2[aliasA].imageId != afterS1[aliasA].imageId);
    QVERIFY(afterS2[aliasC].imageId != afterS1[aliasC].imageId);
    QCOMPARE(afterS2[aliasB].imageId, afterS1[aliasB].imageId); // B was not in snapshot 2
    QVERIFY2((error = writeAll(afterS2, 3)).isEmpty(), qPrintable(error));
    const Snapshot *activeSnapshot = findType(list, SnapshotType::Active);
    QVERIFY(activeSnapshot);
    const QString activeId = activeSnapshot->id;

    // The custom preview: configuration from snapshot 1, A as it was in snapshot 2, B from the
    // active state (its current image), C left out.
    const PreviewSnapshotRequest preview{ vm, s1, false,
                                          QList<DiskImageChoice>{ { diskA, aInS2, s2 },
                                                                  { diskB, afterS2[aliasB].imageId, activeId } } };

    // First previewed and undone: what is written during the preview is thrown away, nothing
    // else changes, and the excluded disk C is still there with its data.
    {
        const Outcome previewed = follow(OperationTracker::previewSnapshot(&m_client, preview, nullptr, testTiming()));
        QVERIFY2(previewed.ok, describe(previewed).constData());
        const QHash<QString, Disk> inPreview = disksByAlias(vm);
        QVERIFY2((error = checkPattern(volumePath(inPreview[aliasA]), 0x12)).isEmpty(), qPrintable(error));
        QVERIFY2((error = writePattern(volumePath(inPreview[aliasA]), 0x1e)).isEmpty(), qPrintable(error));
        const Outcome undone = follow(OperationTracker::undoSnapshot(&m_client, vm, nullptr, testTiming()));
        QVERIFY2(undone.ok, describe(undone).constData());
        VERIFY_CLOSING_EVENT(undone);
        const QHash<QString, Disk> afterUndo = disksByAlias(vm);
        QCOMPARE(afterUndo.size(), 3);
        for (const auto &[alias, pattern] : { std::pair{ aliasA, 0x13 }, std::pair{ aliasB, 0x23 }, std::pair{ aliasC, 0x33 } }) {
            QCOMPARE(afterUndo[alias].imageId, afterS2[alias].imageId);
            QCOMPARE(afterUndo[alias].status, DiskStatus::Ok);
            QVERIFY2((error = checkPattern(volumePath(afterUndo[alias]), pattern)).isEmpty(), qPrintable(error));
        }
        list = snapshots(vm);
        QCOMPARE(find(list, s1)->status, SnapshotStatus::Ok);
        QCOMPARE(find(list, s2)->status, SnapshotStatus::Ok);
        QVERIFY(!findType(list, SnapshotType::Preview));
    }

    const Outcome previewed = follow(OperationTracker::previewSnapshot(&m_client, preview, nullptr, testTiming()));
    QVERIFY2(previewed.ok, describe(previewed).constData());
    QCOMPARE(previewed.message, QStringLiteral("Snapshot-Preview e2e one for VM build-01 has been completed."));
    VERIFY_CLOSING_EVENT(previewed);

    list = snapshots(vm);
    QCOMPARE(find(list, s1)->status, SnapshotStatus::InPreview);
    const Snapshot *before = findType(list, SnapshotType::Preview);
    QVERIFY(before);
    QCOMPARE(before->description, QStringLiteral("Active VM before the preview"));
    const auto vmInPreview = await<Vm>([&](QObject *ctx, auto done) { m_client.vm(vm, ctx, done); });
    QCOMPARE(vmInPreview.value.status, VmStatus::Down);
    const QHash<QString, Disk> inPreview = disksByAlias(vm);
    QVERIFY(inPreview.contains(aliasA) && inPreview.contains(aliasB));
    QVERIFY2((error = checkPattern(volumePath(inPreview[aliasA]), 0x12)).isEmpty(), qPrintable(error));
    QCOMPARE(inPreview[aliasB].imageId, afterS2[aliasB].imageId);
    QVERIFY2((error = checkPattern(volumePath(inPreview[aliasB]), 0x23)).isEmpty(), qPrintable(error));

    const Outcome committed = follow(OperationTracker::commitSnapshot(&m_client, vm, nullptr, testTiming()));
    QVERIFY2(committed.ok, describe(committed).constData());
    QVERIFY(!committed.message.isEmpty());
    VERIFY_CLOSING_EVENT(committed);

    // A holds exactly snapshot 2's data, B exactly the active state's, C is gone.
    const QHash<QString, Disk> afterCommit = disksByAlias(vm);
    QCOMPARE(afterCommit.size(), 2);
    QVERIFY(afterCommit.contains(aliasA) && afterCommit.contains(aliasB));
    QCOMPARE(afterCommit[aliasA].status, DiskStatus::Ok);
    QCOMPARE(afterCommit[aliasB].status, DiskStatus::Ok);
    QVERIFY2((error = checkPattern(volumePath(afterCommit[aliasA]), 0x12)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(afterCommit[aliasB]), 0x23)).isEmpty(), qPrintable(error));
    // Beyond the written megabyte, the demo's own data is still there.
    QVERIFY2((error = checkPattern(volumePath(afterCommit[aliasA]), 0x5a, MiB, 2 * MiB)).isEmpty(), qPrintable(error));
    list = snapshots(vm);
    QVERIFY(find(list, s1));
    QCOMPARE(find(list, s1)->status, SnapshotStatus::Ok);
    QVERIFY2(!find(list, s2), "snapshot 2 is newer than the committed one and must be erased");
    QVERIFY(!findType(list, SnapshotType::Preview));
    // Snapshot 1 still holds the first generation of A and B, and no longer names C.
    const QList<Disk> s1Disks = snapshotDisks(vm, s1);
    QCOMPARE(s1Disks.size(), 2);
    for (const Disk &d : s1Disks) {
        QVERIFY(d.id == diskA || d.id == diskB);
        QVERIFY2((error = checkPattern(volumePath(d), d.id == diskA ? 0x11 : 0x21)).isEmpty(), qPrintable(error));
    }

    // The excluded disk is deleted on commit: gone from the VM, from /disks and from storage.
    const auto gone = await<Disk>([&](QObject *ctx, auto done) { m_client.disk(diskC, ctx, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error->httpStatus, 404);
    const QString folderC = m_lab.dataDir() + QStringLiteral("/domains/%1/images/%2").arg(disks[aliasC].storageDomainIds.value(0), diskC);
    QTRY_VERIFY2_WITH_TIMEOUT(QDir(folderC).isEmpty(), qPrintable(folderC + QStringLiteral(" still holds volumes")), 10000);
}

void TestE2eSnapshots::restoreWithDisks()
{
    // build-01 after the commit above: disks A and B, snapshot "e2e one" holding both.
    const QString vm = vmId(QStringLiteral("build-01"));
    const QString aliasA = QStringLiteral("build-01_Disk1");
    const QString aliasB = QStringLiteral("build-01_Scratch");
    QHash<QString, Disk> disks = disksByAlias(vm);
    QVERIFY(disks.contains(aliasA) && disks.contains(aliasB));
    QString error;
    QVERIFY2((error = writePattern(volumePath(disks[aliasA]), 0x14)).isEmpty(), qPrintable(error));
    QVERIFY2((error = writePattern(volumePath(disks[aliasB]), 0x24)).isEmpty(), qPrintable(error));

    QString s1;
    for (const Snapshot &s : snapshots(vm)) {
        if (s.description == QLatin1String("e2e one"))
            s1 = s.id;
    }
    QVERIFY2(!s1.isEmpty(), "customPreviewAndCommit must run first");
    QList<DiskImageChoice> choices;
    for (const Disk &d : snapshotDisks(vm, s1))
        choices.append({ d.id, d.imageId, s1 });
    QCOMPARE(choices.size(), 2);

    PreviewSnapshotRequest restore{ vm, s1, false, choices };
    const Outcome restored = follow(OperationTracker::restoreSnapshot(&m_client, restore, nullptr, testTiming()));
    QVERIFY2(restored.ok, describe(restored).constData());
    QCOMPARE(restored.message, QStringLiteral("VM build-01 restoring from Snapshot has been completed."));
    VERIFY_CLOSING_EVENT(restored);

    const QList<Snapshot> list = snapshots(vm);
    QVERIFY(find(list, s1));
    QCOMPARE(find(list, s1)->status, SnapshotStatus::Ok);
    QVERIFY(!findType(list, SnapshotType::Preview));
    const auto after = await<Vm>([&](QObject *ctx, auto done) { m_client.vm(vm, ctx, done); });
    QCOMPARE(after.value.status, VmStatus::Down);
    disks = disksByAlias(vm);
    QVERIFY2((error = checkPattern(volumePath(disks[aliasA]), 0x11)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(disks[aliasB]), 0x21)).isEmpty(), qPrintable(error));
}

void TestE2eSnapshots::deleteOfBaseSnapshotKeepsDataExact()
{
    // build-01 after the restore above: "e2e one" holds the base volumes of A (qcow2) and B
    // (raw); deleting it merges backwards (qemu-img commit). The data must not change.
    const QString vm = vmId(QStringLiteral("build-01"));
    const QString aliasA = QStringLiteral("build-01_Disk1");
    const QString aliasB = QStringLiteral("build-01_Scratch");
    QString s1;
    for (const Snapshot &s : snapshots(vm)) {
        if (s.description == QLatin1String("e2e one"))
            s1 = s.id;
    }
    QVERIFY2(!s1.isEmpty(), "restoreWithDisks must run first");
    QHash<QString, Disk> disks = disksByAlias(vm);
    QString error;
    QVERIFY2((error = writePattern(volumePath(disks[aliasA]), 0x15, 4 * MiB)).isEmpty(), qPrintable(error));
    QVERIFY2((error = writePattern(volumePath(disks[aliasB]), 0x25, 4 * MiB)).isEmpty(), qPrintable(error));

    const Outcome removed = follow(OperationTracker::removeSnapshot(&m_client, vm, s1, nullptr, testTiming()));
    QVERIFY2(removed.ok, describe(removed).constData());
    QCOMPARE(removed.message, QStringLiteral("Snapshot 'e2e one' deletion for VM 'build-01' has been completed."));
    VERIFY_CLOSING_EVENT(removed);
    const QList<Snapshot> list = snapshots(vm);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().type, SnapshotType::Active);

    disks = disksByAlias(vm);
    QVERIFY(disks[aliasB].format == DiskFormat::Raw); // merged into its raw base
    for (const auto &[alias, first, later] : { std::tuple{ aliasA, 0x11, 0x15 }, std::tuple{ aliasB, 0x21, 0x25 } }) {
        QCOMPARE(disks[alias].status, DiskStatus::Ok);
        QVERIFY2((error = checkPattern(volumePath(disks[alias]), first)).isEmpty(), qPrintable(error));
        QVERIFY2((error = checkPattern(volumePath(disks[alias]), later, 4 * MiB)).isEmpty(), qPrintable(error));
    }
    // A's demo data beyond the written megabyte lived in the merged base all along.
    QVERIFY2((error = checkPattern(volumePath(disks[aliasA]), 0x5a, MiB, 2 * MiB)).isEmpty(), qPrintable(error));
}

void TestE2eSnapshots::previewAndUndoRestoresExactData()
{
    // db-01 (down): A = qcow2 system disk, B = raw data disk with a qcow2 overlay.
    const QString vm = vmId(QStringLiteral("db-01"));
    QVERIFY(!vm.isEmpty());
    const QString aliasA = QStringLiteral("db-01_Disk1");
    const QString aliasB = QStringLiteral("db-01_Data");
    QHash<QString, Disk> disks = disksByAlias(vm);
    QVERIFY(disks.contains(aliasA) && disks.contains(aliasB));
    QString error;
    QVERIFY2((error = writePattern(volumePath(disks[aliasA]), 0x31)).isEmpty(), qPrintable(error));
    QVERIFY2((error = writePattern(volumePath(disks[aliasA]), 0x35, 8 * MiB)).isEmpty(), qPrintable(error));
    QVERIFY2((error = writePattern(volumePath(disks[aliasB]), 0x41)).isEmpty(), qPrintable(error));

    CreateSnapshotRequest create{ vm, QStringLiteral("e2e undo"), false, std::nullopt };
    const Outcome created = follow(OperationTracker::createSnapshot(&m_client, create, nullptr, testTiming()));
    QVERIFY2(created.ok, describe(created).constData());
    QList<Snapshot> list = snapshots(vm);
    QString s;
    for (const Snapshot &snapshot : list) {
        if (snapshot.description == create.description)
            s = snapshot.id;
    }
    QVERIFY(!s.isEmpty());
    const Snapshot *active = findType(list, SnapshotType::Active);
    QVERIFY(active);
    const QString activeId = active->id;

    disks = disksByAlias(vm);
    QVERIFY2((error = writePattern(volumePath(disks[aliasA]), 0x32)).isEmpty(), qPrintable(error));
    QVERIFY2((error = writePattern(volumePath(disks[aliasB]), 0x42)).isEmpty(), qPrintable(error));
    const QHash<QString, Disk> beforePreview = disks;
    const QList<Snapshot> snapshotsBeforePreview = snapshots(vm);

    // Custom preview: A from the snapshot, B from the active state.
    QString aInS;
    for (const Disk &d : snapshotDisks(vm, s)) {
        if (d.id == disks[aliasA].id)
            aInS = d.imageId;
    }
    QVERIFY(!aInS.isEmpty());
    PreviewSnapshotRequest preview{ vm, s, false,
                                    QList<DiskImageChoice>{ { disks[aliasA].id, aInS, s },
                                                            { disks[aliasB].id, disks[aliasB].imageId, activeId } } };
    const Outcome previewed = follow(OperationTracker::previewSnapshot(&m_client, preview, nullptr, testTiming()));
    QVERIFY2(previewed.ok, describe(previewed).constData());
    VERIFY_CLOSING_EVENT(previewed);

    const QHash<QString, Disk> inPreview = disksByAlias(vm);
    QVERIFY(inPreview.contains(aliasA) && inPreview.contains(aliasB));
    QVERIFY(inPreview[aliasA].imageId != beforePreview[aliasA].imageId); // an overlay on the snapshot's volume
    QVERIFY2((error = checkPattern(volumePath(inPreview[aliasA]), 0x31)).isEmpty(), qPrintable(error));
    // A disk chosen at its current image keeps its present state: the same active volume
    // (NOTES §6.3), so what is written to it during the preview stays after undo.
    QCOMPARE(inPreview[aliasB].imageId, beforePreview[aliasB].imageId);
    QVERIFY2((error = checkPattern(volumePath(inPreview[aliasB]), 0x42)).isEmpty(), qPrintable(error));
    // What is written to the previewed disk is thrown away by undo.
    QVERIFY2((error = writePattern(volumePath(inPreview[aliasA]), 0x3f)).isEmpty(), qPrintable(error));
    QVERIFY2((error = writePattern(volumePath(inPreview[aliasB]), 0x4f, 4 * MiB)).isEmpty(), qPrintable(error));

    const Outcome undone = follow(OperationTracker::undoSnapshot(&m_client, vm, nullptr, testTiming()));
    QVERIFY2(undone.ok, describe(undone).constData());
    VERIFY_CLOSING_EVENT(undone);

    const QHash<QString, Disk> afterUndo = disksByAlias(vm);
    QCOMPARE(afterUndo[aliasA].imageId, beforePreview[aliasA].imageId);
    QCOMPARE(afterUndo[aliasB].imageId, beforePreview[aliasB].imageId);
    QVERIFY2((error = checkPattern(volumePath(afterUndo[aliasA]), 0x32)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(afterUndo[aliasA]), 0x35, 8 * MiB)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(afterUndo[aliasB]), 0x42)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(afterUndo[aliasB]), 0x4f, 4 * MiB)).isEmpty(), qPrintable(error));
    list = snapshots(vm);
    QCOMPARE(list.size(), snapshotsBeforePreview.size());
    for (const Snapshot &before : snapshotsBeforePreview) {
        const Snapshot *now = find(list, before.id);
        QVERIFY2(now, qPrintable(before.description));
        QCOMPARE(now->status, SnapshotStatus::Ok);
        QCOMPARE(now->type, before.type);
    }
}

void TestE2eSnapshots::deleteKeepsDataExact()
{
    // db-01 after the undo above: chain "before schema change" <- "e2e undo" <- active.
    const QString vm = vmId(QStringLiteral("db-01"));
    const QString aliasA = QStringLiteral("db-01_Disk1");
    const QString aliasB = QStringLiteral("db-01_Data");
    QString s;
    for (const Snapshot &snapshot : snapshots(vm)) {
        if (snapshot.description == QLatin1String("e2e undo"))
            s = snapshot.id;
    }
    QVERIFY2(!s.isEmpty(), "previewAndUndoRestoresExactData must run first");

    const Outcome removed = follow(OperationTracker::removeSnapshot(&m_client, vm, s, nullptr, testTiming()));
    QVERIFY2(removed.ok, describe(removed).constData());
    QCOMPARE(removed.message, QStringLiteral("Snapshot 'e2e undo' deletion for VM 'db-01' has been completed."));
    VERIFY_CLOSING_EVENT(removed);
    QVERIFY(!find(snapshots(vm), s));

    // The merged layer's data (0x35 at 8 MiB lived only in the deleted snapshot's volume) and
    // the active data are both still read through the shorter chain.
    const QHash<QString, Disk> disks = disksByAlias(vm);
    QString error;
    QCOMPARE(disks[aliasA].status, DiskStatus::Ok);
    QVERIFY2((error = checkPattern(volumePath(disks[aliasA]), 0x32)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(disks[aliasA]), 0x35, 8 * MiB)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(disks[aliasB]), 0x42)).isEmpty(), qPrintable(error));
    QVERIFY2((error = checkPattern(volumePath(disks[aliasB]), 0x4f, 4 * MiB)).isEmpty(), qPrintable(error));
    // The demo's older layers are still beneath.
    QVERIFY2((error = checkPattern(volumePath(disks[aliasA]), 0x5a, 2 * MiB, MiB)).isEmpty(), qPrintable(error));
}

void TestE2eSnapshots::previewOfRunningVmIsRefused()
{
    const QString vm = vmId(QStringLiteral("web-01"));
    QString regular;
    for (const Snapshot &s : snapshots(vm)) {
        if (s.type == SnapshotType::Regular)
            regular = s.id;
    }
    QVERIFY(!regular.isEmpty());
    PreviewSnapshotRequest preview{ vm, regular, false, std::nullopt };

    const auto direct = await<ActionResult>([&](QObject *ctx, auto done) { m_client.previewSnapshot(preview, ctx, done); });
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error->kind, ApiError::Kind::Fault);
    QCOMPARE(direct.error->httpStatus, 409);
    QCOMPARE(direct.error->fault.reason, QStringLiteral("Operation Failed"));
    QCOMPARE(direct.error->fault.detail, QStringLiteral("[Cannot preview Snapshot. At least one of the VMs is not down.]"));

    // Through a tracker: it ends at once with the manager's sentence.
    const Outcome refused = follow(OperationTracker::previewSnapshot(&m_client, preview, nullptr, testTiming()));
    QVERIFY(refused.finished);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.state, OperationTracker::State::Failed);
    QCOMPARE(refused.message, QStringLiteral("Cannot preview Snapshot. At least one of the VMs is not down."));
    const auto vmAfter = await<Vm>([&](QObject *ctx, auto done) { m_client.vm(vm, ctx, done); });
    QCOMPARE(vmAfter.value.status, VmStatus::Up);
}

void TestE2eSnapshots::shareableDiskCannotBeListed()
{
    const QString vm = vmId(QStringLiteral("web-01"));
    const QHash<QString, Disk> disks = disksByAlias(vm);
    QVERIFY(disks.contains(QStringLiteral("shared-data")));
    QVERIFY(disks[QStringLiteral("shared-data")].shareable);
    const int before = snapshots(vm).size();

    CreateSnapshotRequest create{ vm, QStringLiteral("with the shared disk"), false,
                                  QStringList{ disks[QStringLiteral("web-01_Disk1")].id, disks[QStringLiteral("shared-data")].id } };
    const auto result = await<Snapshot>([&](QObject *ctx, auto done) { m_client.createSnapshot(create, ctx, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Fault);
    QCOMPARE(result.error->httpStatus, 400);
    QCOMPARE(result.error->fault.detail,
             QStringLiteral("[Cannot create Snapshot. Snapshot is not allowed for the following disk(s): shared-data.]"));
    QCOMPARE(snapshots(vm).size(), before);
}

void TestE2eSnapshots::failedCreateIsReported()
{
    // A lab whose storage step fails (its test hook), slowed so that the lock is seen.
    LabProcess lab;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISKDESK_LAB_FAIL_STEP"), QStringLiteral("create_snapshot:1"));
    env.insert(QStringLiteral("DISKDESK_LAB_SLOW_STEP"), QStringLiteral("400"));
    lab.process().setProcessEnvironment(env);
    QVERIFY2(lab.start(LabProcess::Options{}), qPrintable(lab.errorString()));
    Client client;
    client.setApiUrl(lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) {
        client.login(QStringLiteral("admin@internal"), lab.password(), ctx, done);
    });
    QVERIFY2(root.ok(), why(root).constData());

    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { client.vms(QStringLiteral("name=build-01"), ctx, done); });
    QCOMPARE(vms.value.size(), 1);
    const QString vm = vms.value.first().id;
    const auto attachments = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) { client.diskAttachments(vm, true, ctx, done); });
    QVERIFY(attachments.ok() && !attachments.value.isEmpty());
    QString error;
    QHash<QString, QString> imageBefore;
    for (const DiskAttachment &a : attachments.value) {
        imageBefore.insert(a.disk->id, a.disk->imageId);
        QVERIFY2((error = writePattern(volumePath(lab, *a.disk), 0x77)).isEmpty(), qPrintable(error));
    }
    const auto snapshotsBefore = await<QList<Snapshot>>([&](QObject *ctx, auto done) { client.snapshots(vm, ctx, done); });

    CreateSnapshotRequest create{ vm, QStringLiteral("doomed"), false, std::nullopt };
    const Outcome failed = follow(OperationTracker::createSnapshot(&client, create, nullptr, testTiming()));
    QVERIFY(failed.finished);
    QVERIFY2(!failed.ok, describe(failed).constData());
    QCOMPARE(failed.state, OperationTracker::State::Failed);
    QCOMPARE(failed.message, QStringLiteral("Failed to complete snapshot 'doomed' creation for VM 'build-01'."));
    QVERIFY2(!failed.phases.filter(QStringLiteral("locked")).isEmpty(), describe(failed).constData());

    // Rolled back: same snapshots, same active volumes, same data.
    const auto snapshotsAfter = await<QList<Snapshot>>([&](QObject *ctx, auto done) { client.snapshots(vm, ctx, done); });
    QCOMPARE(snapshotsAfter.value.size(), snapshotsBefore.value.size());
    const auto after = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) { client.diskAttachments(vm, true, ctx, done); });
    for (const DiskAttachment &a : after.value) {
        QCOMPARE(a.disk->imageId, imageBefore.value(a.disk->id));
        QCOMPARE(a.disk->status, DiskStatus::Ok);
        QVERIFY2((error = checkPattern(volumePath(lab, *a.disk), 0x77)).isEmpty(), qPrintable(error));
    }
    QCOMPARE(lab.stop(), 0);
}

void TestE2eSnapshots::lostReplyIsFollowedByCorrelationId()
{
    // The create is sent for real, but its answer never reaches the tracker (its context is gone
    // before it arrives) and the tracker is told the connection dropped. Without the new
    // snapshot's id, it must settle on the job and the audit events of the correlation id.
    const QString vm = vmId(QStringLiteral("legacy-app"));
    QVERIFY(!vm.isEmpty());
    const int before = snapshots(vm).size();
    auto *dropped = new QObject;
    CreateSnapshotRequest create{ vm, QStringLiteral("e2e lost reply"), false, std::nullopt };
    const QString correlationId = m_client.createSnapshot(create, dropped, [](Result<Snapshot>) {
        QFAIL("the reply must not be delivered to a destroyed context");
    });
    delete dropped;
    // What the engine keeps of a correlation id: [0-9a-zA-Z_-], at most 36 characters.
    static const QRegularExpression kept(QStringLiteral("^[0-9a-zA-Z_-]{1,36}$"));
    QVERIFY2(kept.match(correlationId).hasMatch(), qPrintable(correlationId));

    auto *tracker = new OperationTracker(&m_client, QStringLiteral("Create snapshot"), correlationId,
                                         OperationTracker::snapshotReady(vm));
    tracker->setTiming(testTiming());
    tracker->start();
    tracker->replyReceived(ApiError{ ApiError::Kind::Network, 0, {}, QStringLiteral("Connection reset by peer") });
    QVERIFY(!tracker->isFinished());
    QVERIFY(tracker->phase().contains(QStringLiteral("Connection reset by peer")));
    const Outcome outcome = follow(tracker);
    QVERIFY2(outcome.ok, describe(outcome).constData());
    QCOMPARE(outcome.message, QStringLiteral("Snapshot 'e2e lost reply' creation for VM 'legacy-app' has been completed."));
    VERIFY_CLOSING_EVENT(outcome);
    const QList<Snapshot> after = snapshots(vm);
    QCOMPARE(after.size(), before + 1);
    bool found = false;
    for (const Snapshot &s : after)
        found |= s.description == create.description && s.status == SnapshotStatus::Ok;
    QVERIFY(found);
}

void TestE2eSnapshots::trackerTimesOut()
{
    // An operation whose reply never comes and that leaves no trace: the tracker keeps polling,
    // then gives up with a message naming the correlation id.
    OperationTracker tracker(&m_client, QStringLiteral("Nothing"), QStringLiteral("e2e-never-sent"),
                             OperationTracker::vmUnlocked(vmId(QStringLiteral("legacy-app"))));
    OperationTiming timing = testTiming();
    timing.timeoutMs = 1500;
    tracker.setTiming(timing);
    QSignalSpy finished(&tracker, &OperationTracker::finished);
    QElapsedTimer clock;
    clock.start();
    tracker.start();
    QVERIFY(!tracker.isFinished()); // start() never blocks
    QVERIFY(finished.wait(10000));
    QVERIFY(clock.elapsed() >= 1400);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("e2e-never-sent")));
    QCOMPARE(tracker.state(), OperationTracker::State::Failed);
}

QTEST_GUILESS_MAIN(TestE2eSnapshots)
#include "tst_e2e_snapshots.moc"
