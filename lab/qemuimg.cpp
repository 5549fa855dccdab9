#include "qemuimg.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
constexpr int ProcessTimeoutMs = 60000;
}

bool QemuImg::create(const QString &path, const QString &format, qint64 virtualSize, const QString &compat,
                     const QString &backingVolume, const QString &backingFormat)
{
    QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format};
    if (!backingVolume.isEmpty())
        args << QStringLiteral("-F") << backingFormat << QStringLiteral("-b") << backingVolume;
    if (format == QLatin1String("qcow2") && !compat.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("compat=") + compat;
    args << path;
    // An overlay inherits the virtual size of its backing volume, as vdsm's snapshot volumes do.
    if (backingVolume.isEmpty())
        args << QString::number(virtualSize);
    return run(QStringLiteral("qemu-img"), args);
}

bool QemuImg::writePattern(const QString &path, const QString &format, qint64 offset, qint64 length, int pattern)
{
    const QString command = QStringLiteral("write -P 0x%1 %2 %3")
                                .arg(pattern, 2, 16, QLatin1Char('0'))
                                .arg(offset)
                                .arg(length);
    return run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), format, QStringLiteral("-c"), command, path});
}

VolumeInfo QemuImg::info(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        VolumeInfo missing;
        missing.error = QStringLiteral("volume file does not exist: ") + path;
        m_cache.remove(path);
        return missing;
    }
    const QDateTime modified = file.lastModified();
    const qint64 size = file.size();
    const auto cached = m_cache.constFind(path);
    if (cached != m_cache.constEnd() && cached->modified == modified && cached->size == size)
        return cached->info;

    VolumeInfo info;
    QByteArray output;
    // -U: the file may be held open by a (future) running VM; reading metadata is still safe.
    if (!run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("--output=json"), QStringLiteral("-U"), path}, &output)) {
        info.error = m_lastError;
        return info;
    }
    const QJsonObject object = QJsonDocument::fromJson(output).object();
    info.valid = !object.isEmpty();
    info.format = object.value(QLatin1String("format")).toString();
    info.virtualSize = object.value(QLatin1String("virtual-size")).toInteger();
    info.actualSize = object.value(QLatin1String("actual-size")).toInteger();
    info.backingFile = object.value(QLatin1String("backing-filename")).toString();
    info.compat = object.value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("compat")).toString();
    if (info.valid)
        m_cache.insert(path, CacheEntry{modified, size, info});
    else
        info.error = QStringLiteral("unreadable qemu-img output for ") + path;
    return info;
}

bool QemuImg::run(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(ProcessTimeoutMs)) {
        m_lastError = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_lastError = program + QStringLiteral(" timed out");
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    if (output)
        *output = out;
    return true;
}
