#pragma once

#include "volumeinfo.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// Runs qemu-img / qemu-io on volume files. `info()` results are cached per path and invalidated
/// when the file's inode, size, modification or change time (nanoseconds) changes, so repeated
/// GETs and the checks before an operation do not spawn a process per volume.
class QemuImg final
{
public:
    /// Creates a volume. \a format is "qcow2" or "raw"; \a compat ("0.10"/"1.1") only for qcow2.
    /// With \a backingVolume (a file name in the same directory, as vdsm writes it) the size is
    /// inherited from the backing volume.
    bool create(const QString &path, const QString &format, qint64 virtualSize, const QString &compat,
                const QString &backingVolume = {}, const QString &backingFormat = {});
    /// Writes \a length bytes of \a pattern at \a offset through qemu-io, as a guest would.
    bool writePattern(const QString &path, const QString &format, qint64 offset, qint64 length, int pattern);

    VolumeInfo info(const QString &path);

    /// Sizes of a volume file without running a process, for sums over thousands of volumes (a
    /// storage domain's used and committed space, issue 10). Both read what `qemu-img info` reads:
    /// the allocated size is the file's allocated blocks (st_blocks * 512, qemu's actual-size of a
    /// file), the virtual size is the qcow2 header's size field (the file size for raw).
    struct Sizes
    {
        bool valid = false;     ///< false: the file is missing or unreadable
        qint64 virtualSize = 0;
        qint64 actualSize = 0;
    };
    Sizes sizes(const QString &path) const;
    /// Only the allocated size (one stat, no open): for volumes whose virtual size is not needed.
    std::optional<qint64> allocatedSize(const QString &path) const;
    /// Drops the cached info of \a path: after an in-place change (qemu-img amend) the file's
    /// mtime may still read the same within the file system's timestamp granularity.
    void forget(const QString &path) { m_cache.remove(path); }

    QString lastError() const { return m_lastError; }

private:
    bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr);

    /// What identifies one state of a file: a rewrite in place (qemu-img amend, rebase) changes
    /// its change time and usually its modification time or size; a new file has a new inode.
    struct FileState
    {
        qint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        bool operator==(const FileState &) const = default;
    };
    static std::optional<FileState> fileState(const QString &path);
    struct CacheEntry
    {
        FileState state;
        VolumeInfo info;
    };
    QHash<QString, CacheEntry> m_cache;
    QString m_lastError;
};
