#include "filebackend.h"

#include <QByteArray>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/falloc.h>
#include <unistd.h>

FileBackend::~FileBackend()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FileBackend::fail(const QString &what)
{
    m_error = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

bool FileBackend::open(const QString &path, bool writable)
{
    m_fd = ::open(path.toLocal8Bit().constData(), (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    return m_fd >= 0 || fail(QStringLiteral("Cannot open image"));
}

qint64 FileBackend::size()
{
    const off_t end = ::lseek(m_fd, 0, SEEK_END);
    return end < 0 ? -1 : qint64(end);
}

bool FileBackend::read(qint64 offset, char *data, qint64 length)
{
    while (length > 0) {
        const ssize_t got = ::pread(m_fd, data, size_t(length), off_t(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail(QStringLiteral("Read failed"));
        if (got == 0) {
            // Beyond the end of the file reads as zeros (the file backend's size may be larger).
            std::memset(data, 0, size_t(length));
            return true;
        }
        data += got;
        offset += got;
        length -= got;
    }
    return true;
}

bool FileBackend::write(qint64 offset, const char *data, qint64 length)
{
    while (length > 0) {
        const ssize_t written = ::pwrite(m_fd, data, size_t(length), off_t(offset));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return fail(QStringLiteral("Write failed"));
        data += written;
        offset += written;
        length -= written;
    }
    return true;
}

bool FileBackend::writeZeros(qint64 offset, qint64 length)
{
    static const QByteArray zeros(1 << 20, '\0');
    while (length > 0) {
        const qint64 n = std::min<qint64>(length, zeros.size());
        if (!write(offset, zeros.constData(), n))
            return false;
        offset += n;
        length -= n;
    }
    return true;
}

bool FileBackend::zero(qint64 offset, qint64 length, bool sparse)
{
    // As imageio's file backend: deallocate in a thin volume, allocate zeros in a preallocated
    // one; plain zero writes where the file system can do neither, and beyond the end of the
    // file (which then grows).
    const qint64 end = size();
    if (end < 0)
        return fail(QStringLiteral("Zero failed"));
    const qint64 inside = std::max<qint64>(0, std::min(offset + length, end) - offset);
    if (inside > 0) {
        const int mode = sparse ? (FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE) : FALLOC_FL_ZERO_RANGE;
        if (::fallocate(m_fd, mode, off_t(offset), off_t(inside)) != 0 && !writeZeros(offset, inside))
            return false;
    }
    return length <= inside || writeZeros(offset + inside, length - inside);
}

bool FileBackend::flush()
{
    return ::fdatasync(m_fd) == 0 || fail(QStringLiteral("Flush failed"));
}

bool FileBackend::extents(qint64 end, const std::function<void(qint64, qint64, bool)> &extent)
{
    qint64 position = 0;
    while (position < end) {
        off_t data = ::lseek(m_fd, off_t(position), SEEK_DATA);
        if (data < 0) {
            if (errno != ENXIO) {
                // No SEEK_DATA here: everything counts as data.
                extent(position, end - position, false);
                return true;
            }
            data = off_t(end);
        }
        const qint64 dataStart = std::min<qint64>(data, end);
        if (dataStart > position)
            extent(position, dataStart - position, true);
        if (dataStart >= end)
            break;
        const off_t hole = ::lseek(m_fd, data, SEEK_HOLE);
        const qint64 holeStart = hole < 0 ? end : std::min<qint64>(hole, end);
        extent(dataStart, holeStart - dataStart, false);
        position = holeStart;
    }
    return true;
}
