// Issue 11 item 2: the client under faults. Labs started with `diskdesk-lab --faults SPEC` answer
// late, with HTTP 500 in the manager's fault form, close connections before or in the middle of
// their answers and cut bodies short, before handling a request (nothing happened) or after
// (it happened, its answer is lost). The api library must read through all of it, never do an
// operation twice (each one's correlation id tells whether a try reached the manager), and end
// every failure with a sentence for a person. The lab's own database is read afterwards to count
// what really happened; the lab's log counts the faults.

#include "client.h"
#include "clienttestsupport.h"
#include "diskamend.h"
#include "labprocess.h"
#include "operationtracker.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString message;
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
    delete tracker;
    return outcome;
}

/// Faults the lab logged ("fault #N: KIND … before|after METHOD PATH").
struct FaultLog
{
    int total = 0;
    QHash<QString, int> byKind;
    int writesBefore = 0;
    int writesAfter = 0;
    int postsBefore = 0;
    QString summary;
};

FaultLog faultLog(const QString &output)
{
    FaultLog log;
    static const QRegularExpression line(QStringLiteral("fault #\\d+: (\\w+)[^\\n]* (before|after) (GET|POST|PUT|DELETE|HEAD) "));
    for (auto it = line.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        ++log.total;
        ++log.byKind[match.captured(1)];
        const bool write = match.captured(3) != QLatin1String("GET") && match.captured(3) != QLatin1String("HEAD");
        const bool after = match.captured(2) == QLatin1String("after");
        if (write)
            ++(after ? log.writesAfter : log.writesBefore);
        if (match.captured(3) == QLatin1String("POST") && !after)
            ++log.postsBefore;
    }
    static const QRegularExpression summary(QStringLiteral("faults injected: [^\\n]*"));
    log.summary = summary.match(output).captured(0);
    return log;
}

/// The lab's database, read after the lab stopped: what really happened.
class LabState
{
public:
    explicit LabState(const QString &dataDir)
        : m_name(QStringLiteral("labstate-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dataDir + QStringLiteral("/lab.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~LabState() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }

    int count(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestE2eFaults : public QObject
{
    Q_OBJECT

private slots:
    void specIsChecked();
    void readsUnderFaults();
    void operationsUnderFaults();
    void lostAnswerIsNotSentAgain();
    void unsentOperationIsSentAgainThenGivenUp();

private:
    bool startLab(LabProcess &lab, Client &client, const QString &spec);
    QString vmId(Client &client, const QString &name);
    QString mainDomain(Client &client);
};

bool TestE2eFaults::startLab(LabProcess &lab, Client &client, const QString &spec)
{
    LabProcess::Options options;
    options.extraArgs = QStringList{QStringLiteral("--faults"), spec};
    if (!lab.start(options)) {
        qWarning("%s", qPrintable(lab.errorString()));
        return false;
    }
    client.setApiUrl(lab.apiUrl());
    // Generous tries and short pauses: the rates below are far above any real network's.
    Client::RetryPolicy policy;
    policy.attempts = 10;
    policy.operationAttempts = 4;
    policy.firstDelayMs = 20;
    policy.maxDelayMs = 200;
    client.setRetryPolicy(policy);
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) { client.login(QStringLiteral("admin@internal"), lab.password(), ctx, done); });
    if (!root.ok())
        qWarning("login: %s", why(root).constData());
    return root.ok();
}

QString TestE2eFaults::vmId(Client &client, const QString &name)
{
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { client.vms(QStringLiteral("name=") + name, ctx, done); });
    return vms.ok() && vms.value.size() == 1 ? vms.value.first().id : QString();
}

QString TestE2eFaults::mainDomain(Client &client)
{
    const auto domains = await<QList<StorageDomain>>([&](QObject *ctx, auto done) { client.storageDomains(ctx, done); });
    for (const StorageDomain &domain : domains.value) {
        if (domain.name == QLatin1String("data-main"))
            return domain.id;
    }
    return {};
}

void TestE2eFaults::specIsChecked()
{
    // A wrong SPEC stops the lab with exit code 2 and says what is wrong.
    for (const QString &spec : {QStringLiteral("drop=2"), QStringLiteral("drop=0.6,truncate=0.6"), QStringLiteral("explode=0.1"),
                                QStringLiteral("delay=0.1:forever"), QStringLiteral("methods=FETCH,drop=1")}) {
        LabProcess lab;
        LabProcess::Options options;
        options.demo = false;
        options.extraArgs = QStringList{QStringLiteral("--faults"), spec};
        QVERIFY2(!lab.start(options, 20000), qPrintable(spec));
        QCOMPARE(lab.process().exitCode(), 2);
        QVERIFY2(lab.output().contains(QStringLiteral("invalid --faults")), qPrintable(lab.output()));
    }
}

void TestE2eFaults::readsUnderFaults()
{
    LabProcess lab;
    Client client;
    QVERIFY(startLab(lab, client, QStringLiteral("delay=0.1:150ms,error500=0.08,drop=0.08,truncate=0.08,after=0.5,seed=11")));
    const QString db01 = vmId(client, QStringLiteral("db-01"));
    const QString build01 = vmId(client, QStringLiteral("build-01"));
    QVERIFY(!db01.isEmpty() && !build01.isEmpty());

    // Every read succeeds in the end, with the same content each time.
    constexpr int Reads = 150;
    int succeeded = 0;
    QHash<int, qsizetype> sizes;
    QStringList failures;
    for (int i = 0; i < Reads; ++i) {
        const int kind = i % 6;
        qsizetype size = -1;
        std::optional<ApiError> error;
        switch (kind) {
        case 0: {
            const auto r = await<QList<Vm>>([&](QObject *ctx, auto done) { client.vms(QString(), ctx, done); });
            size = r.value.size();
            error = r.error;
            break;
        }
        case 1: {
            const auto r = await<QList<Disk>>([&](QObject *ctx, auto done) { client.disks(QString(), ctx, done); });
            size = r.value.size();
            error = r.error;
            break;
        }
        case 2: {
            const auto r = await<QList<StorageDomain>>([&](QObject *ctx, auto done) { client.storageDomains(ctx, done); });
            size = r.value.size();
            error = r.error;
            break;
        }
        case 3: {
            const auto r = await<QList<Snapshot>>([&](QObject *ctx, auto done) { client.snapshotsWithDisks(db01, ctx, done); });
            size = r.value.size();
            error = r.error;
            break;
        }
        case 4: {
            const auto r = await<QList<DiskAttachment>>([&](QObject *ctx, auto done) { client.diskAttachments(build01, true, ctx, done); });
            size = r.value.size();
            error = r.error;
            break;
        }
        default: {
            const auto r = await<Vm>([&](QObject *ctx, auto done) { client.vm(db01, ctx, done); });
            size = r.value.id == db01 ? 1 : 0;
            error = r.error;
            break;
        }
        }
        if (error) {
            failures << QStringLiteral("read %1: %2").arg(i).arg(error->text());
            continue;
        }
        ++succeeded;
        if (!sizes.contains(kind))
            sizes.insert(kind, size);
        else if (sizes.value(kind) != size)
            failures << QStringLiteral("read %1 (kind %2): %3 items, first read had %4").arg(i).arg(kind).arg(size).arg(sizes.value(kind));
    }
    QCOMPARE(lab.stop(), 0);
    const FaultLog log = faultLog(lab.output());
    qInfo("reads: %d of %d succeeded; %s", succeeded, Reads, qPrintable(log.summary));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(succeeded, Reads);
    QCOMPARE(sizes.value(0), 6); // the demo's VMs
    // The faults really happened, of every kind, and the lab's summary counts what it logged.
    for (const char *kind : {"delay", "error500", "drop", "truncate"})
        QVERIFY2(log.byKind.value(QLatin1String(kind)) > 0, kind);
    QVERIFY2(log.summary.startsWith(QStringLiteral("faults injected: %1 in ").arg(log.total)), qPrintable(log.summary));
}

void TestE2eFaults::operationsUnderFaults()
{
    // Faults on every write (reads stay reliable here, so that the faults fall on the
    // operations themselves); half of them after the lab carried the operation out.
    LabProcess lab;
    Client client;
    QVERIFY(startLab(lab, client, QStringLiteral("delay=0.1:150ms,error500=0.15,drop=0.2,truncate=0.2,after=0.5,methods=POST+PUT+DELETE,seed=5")));
    const QString db01 = vmId(client, QStringLiteral("db-01"));
    const QString build01 = vmId(client, QStringLiteral("build-01"));
    const QString domain = mainDomain(client);
    QVERIFY(!db01.isEmpty() && !build01.isEmpty() && !domain.isEmpty());

    struct Done
    {
        QString what;
        QString key; ///< snapshot description or disk alias
        Outcome outcome;
    };
    QList<Done> snapshots, disks, attaches, amends;
    for (int i = 1; i <= 8; ++i) {
        CreateSnapshotRequest request{db01, QStringLiteral("faults-snapshot-%1").arg(i), false, std::nullopt};
        snapshots << Done{QStringLiteral("create snapshot %1").arg(i), request.description,
                          follow(OperationTracker::createSnapshot(&client, request, nullptr, testTiming()))};
    }
    QHash<QString, QString> diskIds;
    for (int i = 1; i <= 6; ++i) {
        NewDiskRequest request;
        request.alias = QStringLiteral("faults-disk-%1").arg(i);
        NewImageDisk image;
        image.provisionedSize = qint64(64) << 20;
        image.storageDomainId = domain;
        request.image = image;
        disks << Done{QStringLiteral("add disk %1").arg(i), request.alias,
                      follow(OperationTracker::addDisk(&client, request, ReadOnlyMode::ReadWrite, std::nullopt, nullptr, testTiming()))};
    }
    const auto listed = await<QList<Disk>>([&](QObject *ctx, auto done) { client.disks(QString(), ctx, done); });
    QVERIFY2(listed.ok(), why(listed).constData());
    for (const Disk &disk : listed.value) {
        if (disk.alias.startsWith(QLatin1String("faults-disk-")))
            diskIds.insert(disk.alias, disk.id);
    }
    for (const Done &disk : std::as_const(disks)) {
        if (!diskIds.contains(disk.key))
            continue;
        AttachDiskRequest request;
        request.vmId = build01;
        request.diskId = diskIds.value(disk.key);
        request.options.active = false;
        attaches << Done{QStringLiteral("attach %1").arg(disk.key), disk.key,
                         follow(OperationTracker::attachDisk(&client, request, ReadOnlyMode::ReadWrite, std::nullopt, nullptr, testTiming()))};
        // Attached or not: amend it down to 0.10 (through the VM when attached).
        const bool attached = attaches.last().outcome.ok;
        amends << Done{QStringLiteral("amend %1").arg(disk.key), disk.key,
                       follow(DiskAmend::start(&client, attached ? build01 : QString(), request.diskId, disk.key, QcowVersion::Qcow2V2,
                                               nullptr, testTiming()))};
    }

    QCOMPARE(lab.stop(), 0);
    const FaultLog log = faultLog(lab.output());
    LabState state(lab.dataDir());
    QVERIFY(state.isOpen());

    QStringList problems;
    int succeeded = 0;
    int total = 0;
    auto check = [&](const Done &done, int happened) {
        ++total;
        succeeded += done.outcome.ok ? 1 : 0;
        if (!done.outcome.ok)
            qInfo("%s failed: %s", qPrintable(done.what), qPrintable(done.outcome.message));
        if (!done.outcome.finished)
            problems << done.what + QStringLiteral(": never ended");
        else if (done.outcome.message.trimmed().isEmpty())
            problems << done.what + QStringLiteral(": ended without a message");
        // Exactly once when it succeeded, not at all when it was reported as failed.
        if (happened != (done.outcome.ok ? 1 : 0))
            problems << QStringLiteral("%1: happened %2 times, reported %3 (\u201c%4\u201d)")
                            .arg(done.what)
                            .arg(happened)
                            .arg(done.outcome.ok ? QStringLiteral("ok") : QStringLiteral("failed"), done.outcome.message);
    };
    for (const Done &done : std::as_const(snapshots))
        check(done, state.count(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE vm_id = ? AND description = ?"), {db01, done.key}));
    for (const Done &done : std::as_const(disks))
        check(done, state.count(QStringLiteral("SELECT COUNT(*) FROM disks WHERE alias = ?"), {done.key}));
    for (const Done &done : std::as_const(attaches))
        check(done, state.count(QStringLiteral("SELECT COUNT(*) FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"),
                                {build01, diskIds.value(done.key)}));
    for (const Done &done : std::as_const(amends))
        check(done, state.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE code = 1329 AND description = ?"),
                                {done.key + QStringLiteral(" has been amended successfully.")}));
    qInfo("operations: %d of %d succeeded; faults on writes: %d before, %d after handling; %s", succeeded, total, log.writesBefore,
          log.writesAfter, qPrintable(log.summary));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(total, 8 + 6 + 2 * attaches.size());
    QCOMPARE(attaches.size(), diskIds.size());
    // Both kinds of fault fell on operations, so both paths were taken.
    QVERIFY2(log.writesBefore > 0 && log.writesAfter > 0, qPrintable(log.summary));
    QVERIFY2(succeeded >= total - 2, "almost every operation must get through these rates");
}

void TestE2eFaults::lostAnswerIsNotSentAgain()
{
    // Every POST is carried out, and its answer never arrives.
    LabProcess lab;
    Client client;
    QVERIFY(startLab(lab, client, QStringLiteral("drop=1,after=1,methods=POST,seed=3")));
    const QString db01 = vmId(client, QStringLiteral("db-01"));
    QVERIFY(!db01.isEmpty());

    const auto reply = await<Snapshot>([&](QObject *ctx, auto done) {
        client.createSnapshot(CreateSnapshotRequest{db01, QStringLiteral("lost-answer"), false, std::nullopt}, ctx, done);
    });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error->kind, ApiError::Kind::Network); // lost, not refused: a tracker follows it
    QVERIFY2(reply.error->text().contains(QStringLiteral("but the manager received it")), qPrintable(reply.error->text()));

    // The first snapshot is still being made (the VM is locked, and a create now would be
    // refused, leave no trace and rightly be sent again): wait until it is done.
    QVERIFY(QTest::qWaitFor([&] {
        const auto list = await<QList<Snapshot>>([&](QObject *ctx, auto done) { client.snapshots(db01, ctx, done); });
        return list.ok() && std::all_of(list.value.cbegin(), list.value.cend(), [](const Snapshot &s) { return s.status == SnapshotStatus::Ok; });
    }, 60000));

    // The tracker follows it by its correlation id to the manager's own final words.
    const Outcome outcome = follow(OperationTracker::createSnapshot(&client, CreateSnapshotRequest{db01, QStringLiteral("lost-answer-2"), false, std::nullopt},
                                                                    nullptr, testTiming()));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("lost-answer-2")), qPrintable(outcome.message));

    QCOMPARE(lab.stop(), 0);
    const FaultLog log = faultLog(lab.output());
    // One try each: the lost answers were not followed by a second POST (by us or by Qt).
    QVERIFY2(log.total == 2, qPrintable(lab.output()));
    QCOMPARE(log.writesAfter, 2);
    LabState state(lab.dataDir());
    QVERIFY(state.isOpen());
    QCOMPARE(state.count(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE description = ?"), {QStringLiteral("lost-answer")}), 1);
    QCOMPARE(state.count(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE description = ?"), {QStringLiteral("lost-answer-2")}), 1);
}

void TestE2eFaults::unsentOperationIsSentAgainThenGivenUp()
{
    // Every POST is refused before it is handled: the connection closes, or a 500 comes.
    for (const QString &fault : {QStringLiteral("drop"), QStringLiteral("error500")}) {
        LabProcess lab;
        Client client;
        QVERIFY(startLab(lab, client, fault + QStringLiteral("=1,after=0,methods=POST,seed=3")));
        const QString db01 = vmId(client, QStringLiteral("db-01"));
        QVERIFY(!db01.isEmpty());

        const Outcome outcome = follow(OperationTracker::createSnapshot(&client, CreateSnapshotRequest{db01, QStringLiteral("never-sent"), false, std::nullopt},
                                                                        nullptr, testTiming()));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("it was not carried out. Tried 4 times.")), qPrintable(outcome.message));
        if (fault == QLatin1String("error500"))
            QVERIFY2(outcome.message.startsWith(QStringLiteral("Internal Engine Error")), qPrintable(outcome.message));

        QCOMPARE(lab.stop(), 0);
        const FaultLog log = faultLog(lab.output());
        // Exactly the client's four tries reached the lab: none was repeated behind its back.
        QCOMPARE(log.postsBefore, 4);
        QCOMPARE(log.total, 4);
        LabState state(lab.dataDir());
        QVERIFY(state.isOpen());
        QCOMPARE(state.count(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE description = ?"), {QStringLiteral("never-sent")}), 0);
    }
}

QTEST_GUILESS_MAIN(TestE2eFaults)
#include "tst_e2e_faults.moc"
