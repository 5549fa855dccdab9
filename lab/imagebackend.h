#pragma once

#include <QString>

#include <functional>

/// Where the imageio endpoint reads and writes a ticket's image (imageio's backends): the
/// volume file itself (FileBackend: format cow, or a raw volume) or the guest data of a qcow2
/// chain through qemu-nbd (NbdClient: format raw). Blocking calls, one user thread at a time.
class ImageBackend
{
public:
    virtual ~ImageBackend() = default;

    virtual qint64 size() = 0;
    virtual bool read(qint64 offset, char *data, qint64 length) = 0;
    virtual bool write(qint64 offset, const char *data, qint64 length) = 0;
    /// Zeroes a range, deallocating it when \a sparse (a thin disk), else allocating zeros.
    virtual bool zero(qint64 offset, qint64 length, bool sparse) = 0;
    virtual bool flush() = 0;
    /// Calls \a extent for consecutive extents covering [0, \a end): zero ones read as zeros.
    virtual bool extents(qint64 end, const std::function<void(qint64 start, qint64 length, bool zero)> &extent) = 0;

    QString errorString() const { return m_error; }

protected:
    QString m_error;
};
