#pragma once

#include "volumeinfo.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

/// Runs qemu-img / qemu-io on volume files. `info()` results are cached per path and invalidated
/// when the file's mtime or size changes, so repeated GETs do not spawn a process per volume.
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
    /// Drops the cached info of \a path: after an in-place change (qemu-img amend) the file's
    /// mtime may still read the same within the file system's timestamp granularity.
    void forget(const QString &path) { m_cache.remove(path); }

    QString lastError() const { return m_lastError; }

private:
    bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr);

    struct CacheEntry
    {
        QDateTime modified;
        qint64 size = 0;
        VolumeInfo info;
    };
    QHash<QString, CacheEntry> m_cache;
    QString m_lastError;
};
