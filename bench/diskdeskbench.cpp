// diskdesk-bench: measures DiskDesk at data-center scale against a populated diskdesk-lab on
// 127.0.0.1 and prints each figure beside its goal (issue 10; results in docs/PERFORMANCE.md).
//
//   diskdesk-bench [--vms N] [--data-dir DIR] [--runs R] [--fresh]
//
// The populated lab folder is kept and reused by later runs (populating is measured when it is
// made; --fresh makes it again).

#include "client.h"
#include "tabletools.h"
#include "vmfilterproxymodel.h"
#include "vmlistloader.h"
#include "vmlistmodel.h"
#include "xmldecoder.h"

#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

namespace {

const QString Password = QStringLiteral("bench-password");

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// The 1-minute load average: the machine is shared, so every figure carries it.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

// One result line: figure, value, goal, verdict, load average when it was printed.
void figure(const QString &name, const QString &value, const QString &goal = {}, std::optional<bool> met = std::nullopt)
{
    const QString verdict = !met ? QString() : *met ? QStringLiteral("met") : QStringLiteral("MISSED");
    std::printf("  %-48s %16s   %-16s %-6s [load %s]\n", qPrintable(name), qPrintable(value),
                qPrintable(goal.isEmpty() ? QString() : QStringLiteral("goal ") + goal), qPrintable(verdict), qPrintable(loadAverage()));
    std::fflush(stdout);
}

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', v < 10 ? 1 : 0);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// VmRSS / VmHWM of a process, in MiB.
double statusMiB(qint64 pid, const char *field)
{
    QFile file(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1 cores (%2), %3 GiB RAM")
            .arg(QThread::idealThreadCount())
            .arg(cpu)
            .arg(statusMiB(0, "VmRSS") >= 0 ? [] {
                QFile mem(QStringLiteral("/proc/meminfo"));
                mem.open(QIODevice::ReadOnly);
                const QByteArray first = mem.readLine();
                return QString::number(first.simplified().split(' ').value(1).toDouble() / 1024 / 1024, 'f', 1);
            }() : QStringLiteral("?"));
}

struct Lab
{
    QProcess process;
    quint16 port = 0;
    QString populatedLine;

    bool start(const QStringList &extra, QString *error)
    {
        process.setProgram(QStringLiteral(DISKDESK_LAB_EXE));
        process.setArguments(QStringList{QStringLiteral("--http"), QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--password"), Password} + extra);
        process.start();
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        while (timer.elapsed() < 15 * 60 * 1000) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
            const QString err = QString::fromLocal8Bit(process.readAllStandardError());
            for (const QString &line : err.split(QLatin1Char('\n'))) {
                if (line.contains(QLatin1String("populated")))
                    populatedLine = line.trimmed();
            }
            const QRegularExpressionMatch m = listening.match(QString::fromLocal8Bit(out));
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
            if (process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("diskdesk-lab exited: ") + err;
                return false;
            }
        }
        *error = QStringLiteral("diskdesk-lab did not start in time");
        return false;
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished();
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
};

// Runs the event loop until \a done() is true or \a timeoutMs passes, sleeping while nothing
// happens, as an application's event loop does. (processEvents() with a maximum time never waits:
// Qt drops WaitForMoreEvents there, so a loop over it kept one of the two cores busy polling, taken
// from the lab, the decoding worker and the qemu-img runs being measured.)
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // done() may turn true without an event of its own; the timeout needs one too
    wake.start(5);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

QByteArray token(QNetworkAccessManager &network, const Lab &lab)
{
    QNetworkRequest request(lab.url(QStringLiteral("/ovirt-engine/sso/oauth/token")));
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.post(request, "grant_type=password&scope=ovirt-app-api&username=admin%40internal&password=" + Password.toUtf8());
    waitFor([reply] { return reply->isFinished(); }, 30000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token").toString().toUtf8();
}

/// Blocking authenticated calls (Basic auth, as scripts use it) for the operation figures.
struct Api
{
    QNetworkAccessManager network;
    QUrl base;

    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/ovirt-engine/api") + path));
        request.setRawHeader("Authorization", "Basic " + ("admin@internal:" + Password.toUtf8()).toBase64());
        request.setRawHeader("Version", "4");
        request.setRawHeader("Accept", "application/xml");
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/xml");
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        waitFor([reply] { return reply->isFinished(); }, 600000);
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    /// When the jobs of one operation started and ended, as the lab recorded them (milliseconds
    /// since the epoch, the same wall clock as QDateTime::currentMSecsSinceEpoch() here).
    struct JobTimes
    {
        qint64 firstStart = 0;
        qint64 lastEnd = 0;
    };

    /// Polls the jobs of \a correlationId every PollMs until all have ended; true if all
    /// finished (not failed). \a times gets when the lab recorded their start and end.
    /// Polling is what a client does to learn the outcome, but each poll costs the lab and this
    /// process CPU time: at 2 ms (as before) the polls took a large share of the two cores from
    /// the qemu-img runs being measured, which the direct runs never had to share.
    static constexpr int PollMs = 10;
    bool waitForJobs(const QString &correlationId, JobTimes *times = nullptr, int timeoutMs = 600000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const QList<Job> jobs = XmlDecoder::decodeJobs(call("GET", QStringLiteral("/jobs?search=correlation_id%3D") + correlationId).body);
            const bool running = jobs.isEmpty() || std::any_of(jobs.cbegin(), jobs.cend(), [](const Job &job) { return job.status == JobStatus::Started; });
            if (!running) {
                if (times) {
                    times->firstStart = std::numeric_limits<qint64>::max();
                    times->lastEnd = 0;
                    for (const Job &job : jobs) {
                        times->firstStart = qMin(times->firstStart, job.startTime ? job.startTime->toMSecsSinceEpoch() : times->firstStart);
                        times->lastEnd = qMax(times->lastEnd, job.endTime ? job.endTime->toMSecsSinceEpoch() : times->lastEnd);
                    }
                }
                return std::all_of(jobs.cbegin(), jobs.cend(), [](const Job &job) { return job.status == JobStatus::Finished; });
            }
            QThread::msleep(PollMs);
        }
        return false;
    }

    bool waitForDisk(const QString &diskId, int timeoutMs = 600000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const Disk disk = XmlDecoder::decodeDisk(call("GET", QStringLiteral("/disks/") + diskId).body);
            if (disk.status == DiskStatus::Ok)
                return true;
            QThread::msleep(5);
        }
        return false;
    }
};

/// Runs \a program as the lab runs its tools (QProcess, wait for the end); false on failure.
bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(QStringLiteral("  %1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError())));
        return false;
    }
    return true;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString overhead(double lab, double raw)
{
    return QStringLiteral("%1%").arg((lab - raw) / raw * 100.0, 0, 'f', 0);
}

/// Operation overhead (issue 10, item 4): a snapshot of 4 disks and an amend of a 3-volume chain
/// through a lab holding the populated inventory, against the same qemu-img commands run
/// directly on the same kind of files in the same run. The lab works on a copy of the populated
/// database whose domains folder is the populated one (a symbolic link); it only touches disks
/// it creates for this, and their folders are removed at the end.
int measureOperations(const QString &populatedDir, int runs)
{
    QTemporaryDir opsDir;
    const QString domainsLink = opsDir.filePath(QStringLiteral("domains"));
    for (const QString &name : {QStringLiteral("lab.sqlite"), QStringLiteral("lab.sqlite-wal")}) {
        const QString from = QDir(populatedDir).filePath(name);
        if (QFile::exists(from) && !QFile::copy(from, opsDir.filePath(name))) {
            say(QStringLiteral("  cannot copy ") + from);
            return 1;
        }
    }
    if (!QFile::link(QDir(populatedDir).filePath(QStringLiteral("domains")), domainsLink)) {
        say(QStringLiteral("  cannot link the domains folder"));
        return 1;
    }
    Lab lab;
    QString error;
    if (!lab.start({QStringLiteral("--data-dir"), opsDir.path()}, &error)) {
        say(error);
        QFile::remove(domainsLink);
        return 1;
    }
    Api api;
    api.base = lab.url();
    QStringList createdFolders;
    auto cleanUp = [&] {
        lab.stop();
        for (const QString &folder : std::as_const(createdFolders))
            QDir(folder).removeRecursively();
        QFile::remove(domainsLink); // the link only: the populated domains stay
    };

    const QList<Vm> down = XmlDecoder::decodeVms(api.call("GET", QStringLiteral("/vms?search=status%3Ddown&max=2")).body);
    const QList<StorageDomain> domains = XmlDecoder::decodeStorageDomains(api.call("GET", QStringLiteral("/storagedomains?search=name%3Dscale-v4")).body);
    if (down.size() < 2 || domains.isEmpty()) {
        say(QStringLiteral("  the populated lab has no two VMs down or no scale-v4 domain"));
        cleanUp();
        return 1;
    }
    const QString domainId = domains.first().id;
    const QString domainFolder = QDir(populatedDir).filePath(QStringLiteral("domains/%1/images").arg(domainId));
    auto createDisk = [&](const QString &vmId, const QString &alias) -> QString {
        const Api::Reply reply = api.call(
            "POST", QStringLiteral("/vms/%1/diskattachments").arg(vmId),
            QStringLiteral("<disk_attachment><interface>virtio_scsi</interface><bootable>false</bootable><active>true</active>"
                           "<disk><alias>%1</alias><provisioned_size>%2</provisioned_size><format>cow</format>"
                           "<storage_domains><storage_domain id=\"%3\"/></storage_domains></disk></disk_attachment>")
                .arg(alias)
                .arg(qint64(1) << 30)
                .arg(domainId)
                .toUtf8());
        const QString id = XmlDecoder::decodeDiskAttachment(reply.body).id;
        if (reply.status != 201 || id.isEmpty() || !api.waitForDisk(id)) {
            say(QStringLiteral("  creating a disk failed: %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body)));
            return {};
        }
        createdFolders << QDir(domainFolder).filePath(id);
        return id;
    };
    auto snapshot = [&](const QString &vmId, const QStringList &diskIds, const QString &correlationId, Api::JobTimes *times = nullptr) {
        QString attachments;
        for (const QString &id : diskIds)
            attachments += QStringLiteral("<disk_attachment><disk id=\"%1\"/></disk_attachment>").arg(id);
        const Api::Reply reply = api.call("POST", QStringLiteral("/vms/%1/snapshots?correlation_id=%2").arg(vmId, correlationId),
                                          QStringLiteral("<snapshot><description>%1</description><persist_memorystate>false</persist_memorystate>"
                                                         "<disk_attachments>%2</disk_attachments></snapshot>")
                                              .arg(correlationId, attachments)
                                              .toUtf8());
        return reply.status == 202 || reply.status == 201 ? api.waitForJobs(correlationId, times) : false;
    };

    // The scene: 4 new disks on one VM that is down, and a disk with a 3-volume chain on another.
    const QString tag = newId().left(8);
    QStringList snapDisks;
    for (int i = 0; i < 4; ++i)
        snapDisks << createDisk(down[0].id, QStringLiteral("bench-%1-snap%2").arg(tag).arg(i));
    const QString amendDisk = createDisk(down[1].id, QStringLiteral("bench-%1-amend").arg(tag));
    if (snapDisks.contains(QString()) || amendDisk.isEmpty()
        || !snapshot(down[1].id, {amendDisk}, QStringLiteral("bench-%1-chain1").arg(tag))
        || !snapshot(down[1].id, {amendDisk}, QStringLiteral("bench-%1-chain2").arg(tag))) {
        say(QStringLiteral("  could not set up the operations"));
        cleanUp();
        return 1;
    }

    // The lab's time runs from sending the request to the end of its job as the lab recorded it
    // (same wall clock); the time until the bench's polling saw it is shown beside it.
    QList<double> snapLab, snapRaw, amendLab, amendRaw, snapJob, amendJob, snapSeen, amendSeen;
    bool ok = true;
    for (int run = 0; run < runs && ok; ++run) {
        // Snapshot: the client has just read the VM's disks, as the snapshot dialog does.
        api.call("GET", QStringLiteral("/vms/%1/diskattachments?follow=disk").arg(down[0].id));
        QElapsedTimer timer;
        timer.start();
        Api::JobTimes times;
        qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
        ok = snapshot(down[0].id, snapDisks, QStringLiteral("bench-%1-snap-%2").arg(tag).arg(run), &times);
        snapSeen << double(timer.nsecsElapsed()) / 1e6;
        snapLab << double(times.lastEnd - sentAt);
        snapJob << double(times.lastEnd - times.firstStart);
        // The same commands the lab ran for each disk (qemu-img create of an overlay on the
        // active volume, then its mode), on a scratch file beside the disk's volumes.
        QStringList scratch;
        QList<QStringList> commands;
        for (const QString &diskId : std::as_const(snapDisks)) {
            const Disk disk = XmlDecoder::decodeDisk(api.call("GET", QStringLiteral("/disks/") + diskId).body);
            const QString path = QDir(domainFolder).filePath(diskId + QStringLiteral("/bench-raw-") + newId());
            scratch << path;
            commands << QStringList{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                    QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"), disk.imageId,
                                    QStringLiteral("-o"), QStringLiteral("compat=1.1"), path};
        }
        timer.restart();
        for (qsizetype i = 0; i < commands.size() && ok; ++i)
            ok = runTool(QStringLiteral("qemu-img"), commands[i])
                && QFile::setPermissions(scratch[i], QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        snapRaw << double(timer.nsecsElapsed()) / 1e6;
        for (const QString &path : std::as_const(scratch))
            QFile::remove(path);

        // Amend: the client has just read the disk's volumes, as the amend dialog does.
        const QString target = run % 2 == 0 ? QStringLiteral("qcow2_v2") : QStringLiteral("qcow2_v3");
        const QString compat = run % 2 == 0 ? QStringLiteral("0.10") : QStringLiteral("1.1");
        // The chain: the volumes the snapshots froze (disksnapshots) and the active one.
        QStringList volumes;
        for (const DiskSnapshot &volume : XmlDecoder::decodeDiskSnapshots(api.call("GET", QStringLiteral("/disks/%1/disksnapshots").arg(amendDisk)).body))
            volumes << volume.id;
        const QString activeVolume = XmlDecoder::decodeDisk(api.call("GET", QStringLiteral("/disks/") + amendDisk).body).imageId;
        if (!volumes.contains(activeVolume))
            volumes << activeVolume;
        if (volumes.size() != 3) {
            say(QStringLiteral("  the amend chain has %1 volumes, not 3").arg(volumes.size()));
            ok = false;
            break;
        }
        const QString correlationId = QStringLiteral("bench-%1-amend-%2").arg(tag).arg(run);
        timer.restart();
        sentAt = QDateTime::currentMSecsSinceEpoch();
        const Api::Reply reply = api.call("PUT", QStringLiteral("/vms/%1/diskattachments/%2?correlation_id=%3").arg(down[1].id, amendDisk, correlationId),
                                          QStringLiteral("<disk_attachment><disk><qcow_version>%1</qcow_version></disk></disk_attachment>").arg(target).toUtf8());
        ok = reply.status == 200 && api.waitForJobs(correlationId, &times);
        amendSeen << double(timer.nsecsElapsed()) / 1e6;
        amendLab << double(times.lastEnd - sentAt);
        amendJob << double(times.lastEnd - times.firstStart);
        // The same amend commands on copies of the same three volume files.
        QTemporaryDir copies;
        QStringList paths;
        for (const QString &volume : std::as_const(volumes)) {
            const QString copy = copies.filePath(volume);
            ok = ok && QFile::copy(QDir(domainFolder).filePath(amendDisk + QLatin1Char('/') + volume), copy)
                && QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            runTool(QStringLiteral("qemu-img"), {QStringLiteral("amend"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                                 QStringLiteral("compat=") + (compat == QLatin1String("1.1") ? QStringLiteral("0.10") : QStringLiteral("1.1")), copy});
            paths << copy;
        }
        timer.restart();
        for (const QString &path : std::as_const(paths))
            ok = ok && runTool(QStringLiteral("qemu-img"), {QStringLiteral("amend"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                                            QStringLiteral("compat=") + compat, path});
        amendRaw << double(timer.nsecsElapsed()) / 1e6;
    }
    cleanUp();
    if (!ok) {
        say(QStringLiteral("  an operation failed"));
        return 1;
    }
    const double sl = median(snapLab), sr = median(snapRaw), al = median(amendLab), ar = median(amendRaw);
    figure(QStringLiteral("snapshot of 4 disks through the lab (median)"), ms(sl));
    figure(QStringLiteral("  the same 4 qemu-img create, directly"), ms(sr));
    figure(QStringLiteral("  the lab's job, start to end as it records them"), ms(median(snapJob)));
    figure(QStringLiteral("  seen finished by the bench (polling every %1 ms)").arg(Api::PollMs), ms(median(snapSeen)));
    figure(QStringLiteral("  overhead of the lab"), overhead(sl, sr), QStringLiteral("<= 20%"), (sl - sr) / sr <= 0.2);
    figure(QStringLiteral("amend of a 3-volume chain through the lab"), ms(al));
    figure(QStringLiteral("  the same 3 qemu-img amend, directly"), ms(ar));
    figure(QStringLiteral("  the lab's job, start to end as it records them"), ms(median(amendJob)));
    figure(QStringLiteral("  seen finished by the bench (polling every %1 ms)").arg(Api::PollMs), ms(median(amendSeen)));
    figure(QStringLiteral("  overhead of the lab"), overhead(al, ar), QStringLiteral("<= 20%"), (al - ar) / ar <= 0.2);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("diskdesk-bench"));
    QApplication::setApplicationVersion(QStringLiteral(DISKDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DiskDesk at data-center scale (issue 10)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vmsOption(QStringLiteral("vms"), QStringLiteral("VMs in the lab (default 10000)."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"), QStringLiteral("The lab folder, reused across runs (default /tmp/diskdesk-bench-N)."), QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per decoding figure, the median is shown (default 5)."), QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"), QStringLiteral("Populate the lab folder again even if it exists."));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Measure only these parts, comma-separated: client, list, domains, ops (default: all)."),
                                        QStringLiteral("PARTS"));
    parser.addOptions({vmsOption, dirOption, runsOption, freshOption, onlyOption});
    parser.process(app);
    const int vmCount = parser.value(vmsOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto part = [&only](const QString &name) { return only.isEmpty() || only.contains(name); };
    const QString dataDir = parser.isSet(dirOption) ? parser.value(dirOption) : QStringLiteral("/tmp/diskdesk-bench-%1").arg(vmCount);

    say(QStringLiteral("diskdesk-bench: %1 VMs, lab folder %2").arg(vmCount).arg(dataDir));
    say(QStringLiteral("machine: ") + machine());

    // --- 1. Populate ------------------------------------------------------------------------
    say(QStringLiteral("\nPopulate (diskdesk-lab --populate %1)").arg(vmCount));
    const QString populatedFile = QDir(dataDir).filePath(QStringLiteral("bench-populated.txt"));
    if (parser.isSet(freshOption) || !QFile::exists(populatedFile)) {
        QDir(dataDir).removeRecursively();
        Lab populating;
        QString error;
        if (!populating.start({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--populate"), QString::number(vmCount)}, &error)) {
            say(error);
            return 1;
        }
        populating.stop();
        QFile file(populatedFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(populating.populatedLine.toUtf8());
    }
    QString populated;
    {
        QFile file(populatedFile);
        if (file.open(QIODevice::ReadOnly))
            populated = QString::fromUtf8(file.readAll());
    }
    static const QRegularExpression populateMs(QStringLiteral("in (\\d+) ms"));
    const double populateSeconds = populateMs.match(populated).captured(1).toDouble() / 1000.0;
    say(QStringLiteral("  ") + populated);
    figure(QStringLiteral("populate time"), QStringLiteral("%1 s").arg(populateSeconds, 0, 'f', 1), QStringLiteral("< 60 s"), populateSeconds < 60);

    Lab lab;
    QString error;
    if (!lab.start({QStringLiteral("--data-dir"), dataDir}, &error)) {
        say(error);
        return 1;
    }
    const qint64 labPid = lab.process.processId();

    // --- 2. The client against the lab (first: this process is still clean for RSS) ----------
    if (part(QStringLiteral("client"))) {
        say(QStringLiteral("\nClient: VmListLoader + VmListModel + VmFilterProxyModel + QTableView (offscreen)"));
        Client client;
        client.setApiUrl(lab.url(QStringLiteral("/ovirt-engine/api")));
        VmListModel model;
        VmFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // The main window's own table (row heights, column sizing), not a bare QTableView.
        std::unique_ptr<QTableView> table(TableTools::createListTable(
            QStringLiteral("vmTable"), QStringLiteral("VMs"), &proxy,
            VmListModel::DescriptionColumn, nullptr));
        QTableView &view = *table;
        view.setSortingEnabled(true);
        view.sortByColumn(VmListModel::NameColumn, Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
        VmListLoader loader(&client, &model);

        QElapsedTimer clock;
        qint64 longestGap = 0;
        qint64 longestGapEnd = 0;
        qint64 lastTick = 0;
        QTimer watchdog;
        watchdog.setInterval(10);
        QObject::connect(&watchdog, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            if (now - lastTick > longestGap) {
                longestGap = now - lastTick;
                longestGapEnd = now;
            }
            lastTick = now;
        });
        double firstVisible = -1;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] {
            if (firstVisible >= 0)
                return;
            view.viewport()->repaint(); // painted, not only in the model
            firstVisible = double(clock.nsecsElapsed()) / 1e6;
        });
        bool finished = false;
        bool failed = false;
        QObject::connect(&loader, &VmListLoader::finished, [&] { finished = true; });
        QObject::connect(&loader, &VmListLoader::failed, [&](const ApiError &e) {
            failed = true;
            say(QStringLiteral("  loading failed: ") + e.message);
        });

        clock.start();
        watchdog.start();
        bool loggedIn = false;
        client.login(QStringLiteral("admin@internal"), Password, &client, [&](Result<ApiRoot> r) {
            loggedIn = r.ok();
            if (loggedIn)
                loader.load();
            else
                failed = true;
        });
        waitFor([&] { return finished || failed; }, 120000);
        const double allListed = double(clock.nsecsElapsed()) / 1e6;
        watchdog.stop();
        if (failed || !finished) {
            say(QStringLiteral("  the VM list did not load"));
            return 1;
        }
        QCoreApplication::processEvents();
        figure(QStringLiteral("VM rows in the model"), QString::number(model.rowCount()), QString::number(vmCount), model.rowCount() == vmCount);
        figure(QStringLiteral("first VM rows visible after connecting"), ms(firstVisible), QStringLiteral("<= 500 ms"), firstVisible <= 500);
        figure(QStringLiteral("all VMs listed after connecting"), ms(allListed), QStringLiteral("<= 3000 ms"), allListed <= 3000);
        figure(QStringLiteral("longest UI-thread gap while loading"), ms(double(longestGap)), QStringLiteral("<= 50 ms"), longestGap <= 50);
        figure(QStringLiteral("  it ended at (after connecting)"), ms(double(longestGapEnd)));

        auto timed = [&](const std::function<void()> &action) {
            QElapsedTimer t;
            t.start();
            action();
            view.viewport()->repaint();
            return double(t.nsecsElapsed()) / 1e6;
        };
        const double sortName = timed([&] { view.sortByColumn(VmListModel::NameColumn, Qt::DescendingOrder); });
        const double sortMemory = timed([&] { view.sortByColumn(VmListModel::MemoryColumn, Qt::AscendingOrder); });
        const double sortDescription = timed([&] { view.sortByColumn(VmListModel::DescriptionColumn, Qt::AscendingOrder); });
        const double sortStatus = timed([&] { view.sortByColumn(VmListModel::StatusColumn, Qt::AscendingOrder); });
        const double filter = timed([&] { proxy.setNameFilter(QStringLiteral("web-00")); });
        const int filtered = proxy.rowCount();
        const double unfilter = timed([&] { proxy.setNameFilter(QString()); });
        for (const auto &[name, value] : {std::pair{"sort 10,000 rows by name", sortName}, std::pair{"sort by memory", sortMemory},
                                          std::pair{"sort by description", sortDescription}, std::pair{"sort by status", sortStatus},
                                          std::pair{"filter by name (\"web-00\")", filter}, std::pair{"clear the filter", unfilter}})
            figure(QLatin1String(name), ms(value), QStringLiteral("<= 100 ms"), value <= 100);
        figure(QStringLiteral("  rows left by the filter"), QString::number(filtered));
        const double rss = statusMiB(0, "VmRSS");
        figure(QStringLiteral("client resident memory, everything loaded"), QStringLiteral("%1 MiB").arg(rss, 0, 'f', 0), QStringLiteral("<= 200 MB"), rss * 1.048576 <= 200);
        figure(QStringLiteral("client peak resident memory (VmHWM)"), QStringLiteral("%1 MiB").arg(statusMiB(0, "VmHWM"), 0, 'f', 0));
    }

    // --- 3. GET /vms whole, and decoding it -----------------------------------------------------
    if (part(QStringLiteral("list"))) {
        say(QStringLiteral("\nGET /vms (all %1 VMs in one reply) and decoding").arg(vmCount));
        QNetworkAccessManager network;
        const QByteArray bearer = token(network, lab);
        const double labRssBefore = statusMiB(labPid, "VmRSS");
        QNetworkRequest request(lab.url(QStringLiteral("/ovirt-engine/api/vms")));
        request.setRawHeader("Version", "4");
        request.setRawHeader("Accept", "application/xml");
        request.setRawHeader("Authorization", "Bearer " + bearer);
        QElapsedTimer getTimer;
        getTimer.start();
        QNetworkReply *reply = network.get(request);
        waitFor([reply] { return reply->isFinished(); }, 300000);
        const double getMs = double(getTimer.nsecsElapsed()) / 1e6;
        const QByteArray xml = reply->readAll();
        reply->deleteLater();
        const double mb = double(xml.size()) / 1e6;
        figure(QStringLiteral("GET /vms body"), QStringLiteral("%1 MB").arg(mb, 0, 'f', 1), QStringLiteral("(about 75 MB)"));
        figure(QStringLiteral("GET /vms served and received"), ms(getMs));
        figure(QStringLiteral("lab resident memory before / peak (VmHWM)"),
               QStringLiteral("%1 / %2 MiB").arg(labRssBefore, 0, 'f', 0).arg(statusMiB(labPid, "VmHWM"), 0, 'f', 0));

        QList<double> ours, qt, xmllint;
        int decoded = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            QString decodeError;
            const QList<Vm> vms = XmlDecoder::decodeVms(xml, &decodeError);
            ours << mb / (double(t.nsecsElapsed()) / 1e9);
            decoded = decodeError.isEmpty() ? int(vms.size()) : -1;
        }
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            QXmlStreamReader reader(xml);
            while (!reader.atEnd())
                reader.readNext();
            qt << mb / (double(t.nsecsElapsed()) / 1e9);
        }
        QTemporaryDir tmp;
        const QString xmlPath = tmp.filePath(QStringLiteral("vms.xml"));
        {
            QFile file(xmlPath);
            if (file.open(QIODevice::WriteOnly))
                file.write(xml);
        }
        for (int i = 0; i < runs; ++i) {
            QProcess lint;
            QElapsedTimer t;
            t.start();
            lint.start(QStringLiteral("xmllint"), {QStringLiteral("--stream"), QStringLiteral("--noout"), xmlPath});
            const bool ok = lint.waitForFinished(300000) && lint.exitCode() == 0;
            if (ok)
                xmllint << mb / (double(t.nsecsElapsed()) / 1e9);
        }
        figure(QStringLiteral("VMs decoded"), QString::number(decoded), QString::number(vmCount), decoded == vmCount);
        figure(QStringLiteral("XmlDecoder::decodeVms, one core (median)"), QStringLiteral("%1 MB/s").arg(median(ours), 0, 'f', 0),
               QStringLiteral(">= 150 MB/s"), median(ours) >= 150);
        figure(QStringLiteral("xmllint --stream --noout, same bytes (median)"),
               xmllint.isEmpty() ? QStringLiteral("not run") : QStringLiteral("%1 MB/s").arg(median(xmllint), 0, 'f', 0), QStringLiteral("(baseline)"));
        figure(QStringLiteral("QXmlStreamReader tokenizing only (median)"), QStringLiteral("%1 MB/s").arg(median(qt), 0, 'f', 0), QStringLiteral("(reference)"));
        figure(QStringLiteral("parallel decoding"), QStringLiteral("not built"),
               QStringLiteral("(one core is %1x the goal)").arg(median(ours) / 150, 0, 'f', 1));
    }

    // --- 4. Storage domains: used and committed space summed over every volume file -----------
    if (part(QStringLiteral("domains"))) {
        say(QStringLiteral("\nGET /storagedomains (sizes from every volume file of each domain)"));
        Api api;
        api.base = lab.url();
        QList<double> times;
        int domainCount = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const Api::Reply reply = api.call("GET", QStringLiteral("/storagedomains"));
            times << double(t.nsecsElapsed()) / 1e6;
            domainCount = reply.status == 200 ? int(XmlDecoder::decodeStorageDomains(reply.body).size()) : -1;
        }
        figure(QStringLiteral("storage domains listed"), QString::number(domainCount));
        figure(QStringLiteral("GET /storagedomains, %1 volumes (median)").arg(vmCount * 15), ms(median(times)));
    }
    lab.stop();

    // --- 5. Operations ------------------------------------------------------------------------
    if (part(QStringLiteral("ops"))) {
        say(QStringLiteral("\nOperation overhead over the raw qemu-img work (medians of %1 runs)").arg(runs));
        if (measureOperations(dataDir, runs) != 0)
            return 1;
    }
    return 0;
}
