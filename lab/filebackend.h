#pragma once

#include "imagebackend.h"

/// imageio's file backend: the bytes of the volume file (qcow2 bytes for a cow transfer).
/// Extents come from the file's allocation (SEEK_DATA/SEEK_HOLE).
class FileBackend final : public ImageBackend
{
public:
    ~FileBackend() override;
    bool open(const QString &path, bool writable);

    qint64 size() override;
    bool read(qint64 offset, char *data, qint64 length) override;
    bool write(qint64 offset, const char *data, qint64 length) override;
    bool zero(qint64 offset, qint64 length, bool sparse) override;
    bool flush() override;
    bool extents(qint64 end, const std::function<void(qint64 start, qint64 length, bool zero)> &extent) override;

private:
    bool fail(const QString &what);
    bool writeZeros(qint64 offset, qint64 length);

    int m_fd = -1;
};
