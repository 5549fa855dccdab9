#include "operationplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int ProcessTimeoutMs = 10 * 60 * 1000;

const QString KindCreate = QStringLiteral("create");
const QString KindChmod = QStringLiteral("chmod");
const QString KindRebase = QStringLiteral("rebase");
const QString KindRebaseUnsafe = QStringLiteral("rebase_unsafe");
const QString KindCommit = QStringLiteral("commit");
const QString KindAmend = QStringLiteral("amend");

/// vdsm's check before amend_volume: qcow2 compat 1.1 needs a v4 (or later) domain.
bool domainSupportsCompat(const QString &domainFormat, const QString &compat)
{
    if (compat != QLatin1String("1.1") || domainFormat.isEmpty())
        return true;
    return domainFormat.mid(1).toInt() >= 4;
}

QStringList amendArguments(const QString &compat, const QString &path)
{
    return {QStringLiteral("amend"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"), QStringLiteral("compat=") + compat, path};
}
const QString KindCreateBase = QStringLiteral("create_base");

bool runTool(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    // The tool dies with the lab: after a SIGKILL of the lab, a qemu-img left running would
    // go on rewriting a volume while the next start's recovery undoes the same step (found by
    // tst_lab_crash: a rebase finishing after its undo left a chain the database did not know).
    // This thread waits for the tool, so it outlives it (PDEATHSIG follows the forking thread).
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127); // the lab died before prctl took effect
    });
    process.start(program, arguments);
    if (!process.waitForStarted(60000)) {
        *error = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = program + QStringLiteral(" timed out");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

bool setMode(const QString &path, int mode, QString *error)
{
    if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0) {
        *error = QStringLiteral("chmod %1 %2 failed").arg(mode, 0, 8).arg(path);
        return false;
    }
    return true;
}

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

/// The step the test hook DISKDESK_LAB_FAIL_STEP names for \a operation, or -1.
int failingStep(const QString &operation, const QJsonArray &steps)
{
    const QString hook = qEnvironmentVariable("DISKDESK_LAB_FAIL_STEP");
    if (hook.section(QLatin1Char(':'), 0, 0) != operation)
        return -1;
    const QString which = hook.section(QLatin1Char(':'), 1);
    bool isNumber = false;
    const int index = which.toInt(&isNumber);
    if (isNumber)
        return index;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).toObject().value(QLatin1String("kind")).toString() == which)
            return int(i);
    }
    return -1;
}

} // namespace

OperationPlan::OperationPlan(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

int OperationPlan::currentMode(const QString &path)
{
    const auto planned = m_plannedModes.constFind(path);
    if (planned != m_plannedModes.constEnd())
        return *planned;
    const int mode = modeOf(QDir(m_dataDir).filePath(path));
    return mode < 0 ? WritableMode : mode;
}

void OperationPlan::addCreate(const QString &path, const QString &backing, const QString &backingFormat, const QString &compat)
{
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindCreate}, {QStringLiteral("path"), path},
                               {QStringLiteral("backing"), backing}, {QStringLiteral("backing_format"), backingFormat},
                               {QStringLiteral("compat"), compat}});
    m_plannedModes.insert(path, WritableMode);
}

void OperationPlan::addCreateBase(const QString &path, const QString &format, qint64 virtualSize, const QString &compat, bool preallocated)
{
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindCreateBase}, {QStringLiteral("path"), path},
                               {QStringLiteral("format"), format}, {QStringLiteral("size"), QString::number(virtualSize)},
                               {QStringLiteral("compat"), compat}, {QStringLiteral("preallocated"), preallocated}});
    m_plannedModes.insert(path, WritableMode);
}

void OperationPlan::addChmod(const QString &path, int mode)
{
    const int previous = currentMode(path);
    if (previous == mode)
        return;
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindChmod}, {QStringLiteral("path"), path},
                               {QStringLiteral("mode"), mode}, {QStringLiteral("previous"), previous}});
    m_plannedModes.insert(path, mode);
}

void OperationPlan::addRebase(const QString &path, const QString &backing, const QString &backingFormat, const QString &oldBacking,
                              const QString &oldBackingFormat)
{
    const int mode = currentMode(path);
    addChmod(path, mode | 0200);
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindRebase}, {QStringLiteral("path"), path},
                               {QStringLiteral("backing"), backing}, {QStringLiteral("backing_format"), backingFormat},
                               {QStringLiteral("old_backing"), oldBacking}, {QStringLiteral("old_backing_format"), oldBackingFormat}});
    addChmod(path, mode);
}

void OperationPlan::addRebaseUnsafe(const QString &path, const QString &backing, const QString &backingFormat, const QString &oldBacking,
                                    const QString &oldBackingFormat)
{
    const int mode = currentMode(path);
    addChmod(path, mode | 0200);
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindRebaseUnsafe}, {QStringLiteral("path"), path},
                               {QStringLiteral("backing"), backing}, {QStringLiteral("backing_format"), backingFormat},
                               {QStringLiteral("old_backing"), oldBacking}, {QStringLiteral("old_backing_format"), oldBackingFormat}});
    addChmod(path, mode);
}

void OperationPlan::addCommit(const QString &topPath)
{
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindCommit}, {QStringLiteral("path"), topPath}, {QStringLiteral("irreversible"), true}});
}

void OperationPlan::addAmend(const QString &path, const QString &compat, const QString &previousCompat, const QString &domainFormat)
{
    const int mode = currentMode(path);
    addChmod(path, mode | 0200);
    m_steps.append(QJsonObject{{QStringLiteral("kind"), KindAmend}, {QStringLiteral("path"), path}, {QStringLiteral("compat"), compat},
                               {QStringLiteral("previous_compat"), previousCompat}, {QStringLiteral("domain_format"), domainFormat}});
    addChmod(path, mode);
}

void OperationPlan::addCleanupDelete(const QString &path)
{
    m_cleanup.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("delete")}, {QStringLiteral("path"), path}});
}

void OperationPlan::addCleanupRemoveFolder(const QString &path)
{
    m_cleanup.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("rmdir")}, {QStringLiteral("path"), path}});
}

OperationPlan::Result OperationPlan::run(const QString &dataDir, const QString &operation, const std::function<void()> &pointOfNoReturn) const
{
    return execute(dataDir, operation, pointOfNoReturn, true);
}

OperationPlan::Result OperationPlan::resume(const QString &dataDir) const
{
    return execute(dataDir, QString(), {}, false);
}

OperationPlan::Result OperationPlan::execute(const QString &dataDir, const QString &operation, const std::function<void()> &pointOfNoReturn,
                                             bool hooks) const
{
    const QDir dir(dataDir);
    const int failAt = hooks ? failingStep(operation, m_steps) : -1;
    const int slowMs = hooks ? qEnvironmentVariableIntValue("DISKDESK_LAB_SLOW_STEP") : 0;
    Result result;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const QJsonObject step = m_steps.at(i).toObject();
        const QString kind = step.value(QLatin1String("kind")).toString();
        const QString path = dir.filePath(step.value(QLatin1String("path")).toString());
        if (slowMs > 0)
            QThread::msleep(ulong(slowMs));
        if (step.value(QLatin1String("irreversible")).toBool() && !result.pastPointOfNoReturn) {
            if (pointOfNoReturn)
                pointOfNoReturn();
            result.pastPointOfNoReturn = true;
        }
        QString error;
        bool ok = true;
        if (i == failAt) {
            ok = false;
            error = QStringLiteral("step %1 (%2) failed: injected by DISKDESK_LAB_FAIL_STEP").arg(i).arg(kind);
        } else if (kind == KindCreate) {
            QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2")};
            const QString backing = step.value(QLatin1String("backing")).toString();
            if (!backing.isEmpty())
                args << QStringLiteral("-F") << step.value(QLatin1String("backing_format")).toString() << QStringLiteral("-b") << backing;
            args << QStringLiteral("-o") << QStringLiteral("compat=") + step.value(QLatin1String("compat")).toString() << path;
            // Never overwrite: a new volume id is fresh, an existing file is not ours to undo.
            if (QFile::exists(path)) {
                result.ok = false;
                result.error = QStringLiteral("volume already exists: ") + path;
                result.failedStep = int(i);
                undo(dataDir, int(i) - 1);
                return result;
            }
            ok = runTool(QStringLiteral("qemu-img"), args, &error) && setMode(path, WritableMode, &error);
        } else if (kind == KindCreateBase) {
            if (QFile::exists(path)) {
                result.ok = false;
                result.error = QStringLiteral("volume already exists: ") + path;
                result.failedStep = int(i);
                undo(dataDir, int(i) - 1);
                return result;
            }
            const QString format = step.value(QLatin1String("format")).toString();
            QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format};
            QStringList options;
            if (format == QLatin1String("qcow2"))
                options << QStringLiteral("compat=") + step.value(QLatin1String("compat")).toString();
            // Preallocated disks get their blocks at once (vdsm: fallocate), thin ones stay sparse.
            if (step.value(QLatin1String("preallocated")).toBool())
                options << QStringLiteral("preallocation=falloc");
            if (!options.isEmpty())
                args << QStringLiteral("-o") << options.join(QLatin1Char(','));
            args << path << step.value(QLatin1String("size")).toString();
            ok = QDir().mkpath(QFileInfo(path).absolutePath()) && runTool(QStringLiteral("qemu-img"), args, &error)
                && setMode(path, WritableMode, &error);
        } else if (kind == KindChmod) {
            ok = setMode(path, step.value(QLatin1String("mode")).toInt(), &error);
        } else if (kind == KindCommit) {
            ok = runTool(QStringLiteral("qemu-img"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("-f"),
                                                      QStringLiteral("qcow2"), path},
                         &error);
        } else if (kind == KindAmend) {
            const QString compat = step.value(QLatin1String("compat")).toString();
            const QString domainFormat = step.value(QLatin1String("domain_format")).toString();
            if (!domainSupportsCompat(domainFormat, compat)) {
                ok = false;
                error = QStringLiteral("qcow2 compat %1 is not supported by storage format %2").arg(compat, domainFormat);
            } else {
                ok = runTool(QStringLiteral("qemu-img"), amendArguments(compat, path), &error);
            }
        } else if (kind == KindRebaseUnsafe) {
            const QString backing = step.value(QLatin1String("backing")).toString();
            QStringList args{QStringLiteral("rebase"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("-f"), QStringLiteral("qcow2")};
            if (!backing.isEmpty())
                args << QStringLiteral("-F") << step.value(QLatin1String("backing_format")).toString();
            args << QStringLiteral("-b") << backing << path;
            ok = runTool(QStringLiteral("qemu-img"), args, &error);
        } else if (kind == KindRebase) {
            const QString backing = step.value(QLatin1String("backing")).toString();
            QStringList args{QStringLiteral("rebase"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2")};
            if (!backing.isEmpty())
                args << QStringLiteral("-F") << step.value(QLatin1String("backing_format")).toString();
            args << QStringLiteral("-b") << backing << path;
            ok = runTool(QStringLiteral("qemu-img"), args, &error);
        } else {
            ok = false;
            error = QStringLiteral("unknown step kind ") + kind;
        }
        if (!ok) {
            result.ok = false;
            result.error = error;
            result.failedStep = int(i);
            if (!result.pastPointOfNoReturn)
                undo(dataDir, int(i));
            return result;
        }
    }
    return result;
}

void OperationPlan::undo(const QString &dataDir, int lastStep) const
{
    const QDir dir(dataDir);
    const qsizetype last = lastStep < 0 ? m_steps.size() - 1 : qMin<qsizetype>(lastStep, m_steps.size() - 1);
    for (qsizetype i = last; i >= 0; --i) {
        const QJsonObject step = m_steps.at(i).toObject();
        const QString kind = step.value(QLatin1String("kind")).toString();
        const QString path = dir.filePath(step.value(QLatin1String("path")).toString());
        QString error;
        if (kind == KindCreate) {
            QFile::remove(path);
        } else if (kind == KindCreateBase) {
            QFile::remove(path);
            QDir().rmdir(QFileInfo(path).absolutePath()); // only when empty
        } else if (kind == KindChmod) {
            if (QFile::exists(path))
                setMode(path, step.value(QLatin1String("previous")).toInt(), &error);
        } else if (kind == KindAmend) {
            const QString previous = step.value(QLatin1String("previous_compat")).toString();
            if (!QFile::exists(path) || previous.isEmpty())
                continue;
            // Amending back is lossless (qemu-img rewrites v3-only metadata as v2 understands it).
            const int mode = modeOf(path);
            setMode(path, mode | 0200, &error);
            runTool(QStringLiteral("qemu-img"), amendArguments(previous, path), &error);
            setMode(path, mode, &error);
        } else if (kind == KindRebase || kind == KindRebaseUnsafe) {
            if (!QFile::exists(path))
                continue;
            // Only the header goes back: the data copied in equals what the old chain held.
            const QString oldBacking = step.value(QLatin1String("old_backing")).toString();
            QStringList args{QStringLiteral("rebase"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("-f"), QStringLiteral("qcow2")};
            if (!oldBacking.isEmpty())
                args << QStringLiteral("-F") << step.value(QLatin1String("old_backing_format")).toString();
            args << QStringLiteral("-b") << oldBacking << path;
            const int mode = modeOf(path);
            setMode(path, mode | 0200, &error);
            runTool(QStringLiteral("qemu-img"), args, &error);
            setMode(path, mode, &error);
        }
        if (!error.isEmpty())
            qWarning("diskdesk-lab: undo of step %d failed: %s", int(i), qPrintable(error));
    }
}

void OperationPlan::cleanup(const QString &dataDir) const
{
    const QDir dir(dataDir);
    for (const QJsonValue &value : m_cleanup) {
        const QJsonObject step = value.toObject();
        const QString path = dir.filePath(step.value(QLatin1String("path")).toString());
        if (step.value(QLatin1String("kind")).toString() == QLatin1String("delete"))
            QFile::remove(path);
        else
            QDir().rmdir(path); // only when empty
    }
}

QJsonObject OperationPlan::toJson() const
{
    return QJsonObject{{QStringLiteral("steps"), m_steps}, {QStringLiteral("cleanup"), m_cleanup}};
}

OperationPlan OperationPlan::fromJson(const QJsonObject &json)
{
    OperationPlan plan;
    plan.m_steps = json.value(QLatin1String("steps")).toArray();
    plan.m_cleanup = json.value(QLatin1String("cleanup")).toArray();
    return plan;
}
