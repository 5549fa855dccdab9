#pragma once

#include "imagebackend.h"

#include <QByteArray>

/// A small NBD client (the newstyle fixed handshake, structured replies, the base:allocation
/// meta context) over a unix socket, for the guest data of a qcow2 chain that qemu-nbd serves:
/// imageio's NBD backend, used by raw transfers of qcow2 disks. Blocking; one request at a time.
class NbdClient final : public ImageBackend
{
public:
    /// qemu-nbd refuses payloads over 32 MiB; requests are split below that.
    static constexpr qint64 MaxRequest = qint64(32) << 20;

    ~NbdClient() override;
    bool connect(const QString &socketPath);

    qint64 size() override { return m_size; }
    bool read(qint64 offset, char *data, qint64 length) override;
    bool write(qint64 offset, const char *data, qint64 length) override;
    bool zero(qint64 offset, qint64 length, bool sparse) override;
    bool flush() override;
    bool extents(qint64 end, const std::function<void(qint64 start, qint64 length, bool zero)> &extent) override;

private:
    bool fail(const QString &what);
    bool sendAll(const void *data, qint64 length);
    bool receiveAll(void *data, qint64 length);
    bool sendOption(quint32 option, const QByteArray &data);
    /// One option reply: its type and payload.
    bool receiveOptionReply(quint32 option, quint32 *type, QByteArray *payload);
    bool sendRequest(quint16 flags, quint16 type, quint64 offset, quint32 length, const char *data = nullptr);
    /// Reads the reply chunks of the last request: READ data lands in \a readBuffer (which
    /// starts at \a readOffset), block status descriptors go to \a status.
    bool receiveReply(char *readBuffer = nullptr, qint64 readOffset = 0, qint64 readLength = 0,
                      const std::function<void(quint32 length, quint32 flags)> &status = {});

    int m_fd = -1;
    qint64 m_size = 0;
    quint16 m_transmissionFlags = 0;
    bool m_structured = false;
    quint32 m_allocationContext = 0;
    bool m_hasAllocation = false;
    quint64 m_handle = 0;
};
