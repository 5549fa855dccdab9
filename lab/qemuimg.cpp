#include "qemuimg.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

std::optional<QemuImg::FileState> QemuImg::fileState(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileState{qint64(st.st_ino), qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                     qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec};
}

VolumeInfo QemuImg::info(const QString &path)
{
    const std::optional<FileState> state = fileState(path);
    if (!state) {
        VolumeInfo missing;
        missing.error = QStringLiteral("volume file does not exist: ") + path;
        m_cache.remove(path);
        return missing;
    }
    const auto cached = m_cache.constFind(path);
    if (cached != m_cache.constEnd() && cached->state == *state)
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
        m_cache.insert(path, CacheEntry{*state, info});
    else
        info.error = QStringLiteral("unreadable qemu-img output for ") + path;
    return info;
}

QemuImg::Sizes QemuImg::sizes(const QString &path) const
{
    Sizes sizes;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return sizes;
    struct stat st {};
    // qcow2 header: magic "QFI\xfb", version, backing file offset/size, cluster bits, then the
    // virtual size as a big-endian 64-bit number at byte 24 (qemu docs/interop/qcow2.txt).
    unsigned char header[32] = {};
    const bool statted = ::fstat(fd, &st) == 0;
    const ssize_t got = statted ? ::pread(fd, header, sizeof header, 0) : -1;
    ::close(fd);
    if (!statted || got < 0)
        return sizes;
    sizes.valid = true;
    sizes.actualSize = qint64(st.st_blocks) * 512;
    const bool qcow2 = got == sizeof header && header[0] == 'Q' && header[1] == 'F' && header[2] == 'I' && header[3] == 0xfb;
    sizes.virtualSize = qcow2 ? qint64(qFromBigEndian<quint64>(header + 24)) : qint64(st.st_size);
    return sizes;
}

std::optional<qint64> QemuImg::allocatedSize(const QString &path) const
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return qint64(st.st_blocks) * 512;
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
