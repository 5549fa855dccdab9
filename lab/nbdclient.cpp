#include "nbdclient.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// The NBD protocol's constants (doc/proto.md of the NBD project).
constexpr quint64 InitMagic = 0x4e42444d41474943ULL;   // "NBDMAGIC"
constexpr quint64 OptionMagic = 0x49484156454F5054ULL; // "IHAVEOPT"
constexpr quint64 OptionReplyMagic = 0x3e889045565a9ULL;
constexpr quint32 RequestMagic = 0x25609513;
constexpr quint32 SimpleReplyMagic = 0x67446698;
constexpr quint32 StructuredReplyMagic = 0x668e33ef;
constexpr quint16 FlagFixedNewstyle = 1;
constexpr quint16 FlagNoZeroes = 2;
constexpr quint32 OptGo = 7;
constexpr quint32 OptStructuredReply = 8;
constexpr quint32 OptSetMetaContext = 10;
constexpr quint32 RepAck = 1;
constexpr quint32 RepInfo = 3;
constexpr quint32 RepMetaContext = 4;
constexpr quint32 RepErrorBit = 0x80000000u;
constexpr quint16 InfoExport = 0;
constexpr quint16 CmdRead = 0;
constexpr quint16 CmdWrite = 1;
constexpr quint16 CmdDisconnect = 2;
constexpr quint16 CmdFlush = 3;
constexpr quint16 CmdWriteZeroes = 6;
constexpr quint16 CmdBlockStatus = 7;
constexpr quint16 CmdFlagNoHole = 1 << 1;
constexpr quint16 TransmissionReadOnly = 1 << 1;
constexpr quint16 ReplyFlagDone = 1;
constexpr quint16 ChunkNone = 0;
constexpr quint16 ChunkOffsetData = 1;
constexpr quint16 ChunkOffsetHole = 2;
constexpr quint16 ChunkBlockStatus = 5;
constexpr quint16 ChunkErrorBit = 1 << 15;
constexpr quint32 StateZero = 2;
const QByteArray AllocationContext = QByteArrayLiteral("base:allocation");

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
T take(const QByteArray &in, qsizetype at)
{
    return qFromBigEndian<T>(in.constData() + at);
}

} // namespace

NbdClient::~NbdClient()
{
    if (m_fd >= 0) {
        sendRequest(0, CmdDisconnect, 0, 0);
        ::close(m_fd);
    }
}

bool NbdClient::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("NBD: ") + what;
    return false;
}

bool NbdClient::sendAll(const void *data, qint64 length)
{
    const char *bytes = static_cast<const char *>(data);
    while (length > 0) {
        const ssize_t sent = ::send(m_fd, bytes, size_t(length), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return fail(QStringLiteral("send: ") + QString::fromLocal8Bit(std::strerror(errno)));
        bytes += sent;
        length -= sent;
    }
    return true;
}

bool NbdClient::receiveAll(void *data, qint64 length)
{
    char *bytes = static_cast<char *>(data);
    while (length > 0) {
        const ssize_t got = ::recv(m_fd, bytes, size_t(length), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return fail(got == 0 ? QStringLiteral("the server closed the connection")
                                 : QStringLiteral("recv: ") + QString::fromLocal8Bit(std::strerror(errno)));
        bytes += got;
        length -= got;
    }
    return true;
}

bool NbdClient::sendOption(quint32 option, const QByteArray &data)
{
    QByteArray out;
    append<quint64>(out, OptionMagic);
    append<quint32>(out, option);
    append<quint32>(out, quint32(data.size()));
    out += data;
    return sendAll(out.constData(), out.size());
}

bool NbdClient::receiveOptionReply(quint32 option, quint32 *type, QByteArray *payload)
{
    QByteArray header(20, Qt::Uninitialized);
    if (!receiveAll(header.data(), header.size()))
        return false;
    if (take<quint64>(header, 0) != OptionReplyMagic || take<quint32>(header, 8) != option)
        return fail(QStringLiteral("unexpected option reply"));
    *type = take<quint32>(header, 12);
    const quint32 length = take<quint32>(header, 16);
    if (length > (1u << 20))
        return fail(QStringLiteral("option reply too large"));
    payload->resize(length);
    return receiveAll(payload->data(), length);
}

bool NbdClient::connect(const QString &socketPath)
{
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(QStringLiteral("socket: ") + QString::fromLocal8Bit(std::strerror(errno)));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = socketPath.toLocal8Bit();
    if (path.size() >= qsizetype(sizeof(address.sun_path)))
        return fail(QStringLiteral("socket path too long"));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
        return fail(QStringLiteral("connect %1: %2").arg(socketPath, QString::fromLocal8Bit(std::strerror(errno))));

    // Newstyle fixed handshake.
    QByteArray greeting(18, Qt::Uninitialized);
    if (!receiveAll(greeting.data(), greeting.size()))
        return false;
    if (take<quint64>(greeting, 0) != InitMagic || take<quint64>(greeting, 8) != OptionMagic)
        return fail(QStringLiteral("not a newstyle NBD server"));
    const quint16 serverFlags = take<quint16>(greeting, 16);
    if (!(serverFlags & FlagFixedNewstyle))
        return fail(QStringLiteral("the server does not speak fixed newstyle"));
    QByteArray clientFlags;
    append<quint32>(clientFlags, quint32(FlagFixedNewstyle | (serverFlags & FlagNoZeroes)));
    if (!sendAll(clientFlags.constData(), clientFlags.size()))
        return false;

    quint32 type = 0;
    QByteArray payload;
    // Structured replies: reads may come back as data and hole chunks; block status needs them.
    if (!sendOption(OptStructuredReply, {}) || !receiveOptionReply(OptStructuredReply, &type, &payload))
        return false;
    m_structured = type == RepAck;
    if (m_structured) {
        QByteArray query;
        append<quint32>(query, 0); // the default export, ""
        append<quint32>(query, 1);
        append<quint32>(query, quint32(AllocationContext.size()));
        query += AllocationContext;
        if (!sendOption(OptSetMetaContext, query))
            return false;
        for (;;) {
            if (!receiveOptionReply(OptSetMetaContext, &type, &payload))
                return false;
            if (type == RepMetaContext && payload.size() >= 4 && payload.mid(4) == AllocationContext) {
                m_allocationContext = take<quint32>(payload, 0);
                m_hasAllocation = true;
            }
            if (type == RepAck || (type & RepErrorBit))
                break;
        }
    }
    QByteArray go;
    append<quint32>(go, 0); // export name ""
    append<quint16>(go, 0); // no information requests: the export's size and flags always come
    if (!sendOption(OptGo, go))
        return false;
    for (;;) {
        if (!receiveOptionReply(OptGo, &type, &payload))
            return false;
        if (type & RepErrorBit)
            return fail(QStringLiteral("the server refused the export: ") + QString::fromUtf8(payload));
        if (type == RepInfo && payload.size() >= 12 && take<quint16>(payload, 0) == InfoExport) {
            m_size = qint64(take<quint64>(payload, 2));
            m_transmissionFlags = take<quint16>(payload, 10);
        }
        if (type == RepAck)
            break;
    }
    return true;
}

bool NbdClient::sendRequest(quint16 flags, quint16 type, quint64 offset, quint32 length, const char *data)
{
    QByteArray out;
    append<quint32>(out, RequestMagic);
    append<quint16>(out, flags);
    append<quint16>(out, type);
    append<quint64>(out, ++m_handle);
    append<quint64>(out, offset);
    append<quint32>(out, length);
    if (!sendAll(out.constData(), out.size()))
        return false;
    return !data || sendAll(data, length);
}

bool NbdClient::receiveReply(char *readBuffer, qint64 readOffset, qint64 readLength, const std::function<void(quint32, quint32)> &status)
{
    for (;;) {
        quint32 magic = 0;
        if (!receiveAll(&magic, 4))
            return false;
        magic = qFromBigEndian(magic);
        if (magic == SimpleReplyMagic) {
            QByteArray rest(12, Qt::Uninitialized);
            if (!receiveAll(rest.data(), rest.size()))
                return false;
            const quint32 error = take<quint32>(rest, 0);
            if (take<quint64>(rest, 4) != m_handle)
                return fail(QStringLiteral("reply to an unknown request"));
            if (error != 0)
                return fail(QStringLiteral("error %1 (%2)").arg(error).arg(QString::fromLocal8Bit(std::strerror(int(error)))));
            return !readBuffer || receiveAll(readBuffer, readLength);
        }
        if (magic != StructuredReplyMagic)
            return fail(QStringLiteral("bad reply magic"));
        QByteArray header(16, Qt::Uninitialized);
        if (!receiveAll(header.data(), header.size()))
            return false;
        const quint16 flags = take<quint16>(header, 0);
        const quint16 type = take<quint16>(header, 2);
        const quint32 length = take<quint32>(header, 12);
        if (take<quint64>(header, 4) != m_handle)
            return fail(QStringLiteral("reply to an unknown request"));
        if (type == ChunkOffsetData && readBuffer) {
            quint64 offset = 0;
            if (length < 8 || !receiveAll(&offset, 8))
                return fail(QStringLiteral("bad data chunk"));
            offset = qFromBigEndian(offset);
            const qint64 at = qint64(offset) - readOffset;
            if (at < 0 || at + qint64(length - 8) > readLength)
                return fail(QStringLiteral("data chunk outside the request"));
            if (!receiveAll(readBuffer + at, length - 8))
                return false;
        } else {
            if (length > (1u << 24))
                return fail(QStringLiteral("reply chunk too large"));
            QByteArray payload(length, Qt::Uninitialized);
            if (!receiveAll(payload.data(), length))
                return false;
            if (type & ChunkErrorBit) {
                const quint32 error = payload.size() >= 4 ? take<quint32>(payload, 0) : 0;
                const quint16 messageLength = payload.size() >= 6 ? take<quint16>(payload, 4) : 0;
                return fail(QStringLiteral("error %1: %2").arg(error).arg(QString::fromUtf8(payload.mid(6, messageLength))));
            }
            if (type == ChunkOffsetHole && readBuffer && payload.size() >= 12) {
                const qint64 at = qint64(take<quint64>(payload, 0)) - readOffset;
                const quint32 holeLength = take<quint32>(payload, 8);
                if (at < 0 || at + holeLength > readLength)
                    return fail(QStringLiteral("hole chunk outside the request"));
                std::memset(readBuffer + at, 0, holeLength);
            } else if (type == ChunkBlockStatus && status && payload.size() >= 4 && take<quint32>(payload, 0) == m_allocationContext) {
                for (qsizetype at = 4; at + 8 <= payload.size(); at += 8)
                    status(take<quint32>(payload, at), take<quint32>(payload, at + 4));
            } else if (type != ChunkNone && type != ChunkOffsetHole && type != ChunkBlockStatus) {
                return fail(QStringLiteral("unexpected reply chunk %1").arg(type));
            }
        }
        if (flags & ReplyFlagDone)
            return true;
    }
}

bool NbdClient::read(qint64 offset, char *data, qint64 length)
{
    while (length > 0) {
        const qint64 n = std::min(length, MaxRequest);
        // Sparse replies may leave parts untouched only if they are holes, which are zeroed.
        if (!sendRequest(0, CmdRead, quint64(offset), quint32(n)) || !receiveReply(data, offset, n))
            return false;
        data += n;
        offset += n;
        length -= n;
    }
    return true;
}

bool NbdClient::write(qint64 offset, const char *data, qint64 length)
{
    if (m_transmissionFlags & TransmissionReadOnly)
        return fail(QStringLiteral("the export is read-only"));
    while (length > 0) {
        const qint64 n = std::min(length, MaxRequest);
        if (!sendRequest(0, CmdWrite, quint64(offset), quint32(n), data) || !receiveReply())
            return false;
        data += n;
        offset += n;
        length -= n;
    }
    return true;
}

bool NbdClient::zero(qint64 offset, qint64 length, bool sparse)
{
    while (length > 0) {
        const qint64 n = std::min(length, qint64(1) << 30);
        if (!sendRequest(sparse ? 0 : CmdFlagNoHole, CmdWriteZeroes, quint64(offset), quint32(n)) || !receiveReply())
            return false;
        offset += n;
        length -= n;
    }
    return true;
}

bool NbdClient::flush()
{
    return sendRequest(0, CmdFlush, 0, 0) && receiveReply();
}

bool NbdClient::extents(qint64 end, const std::function<void(qint64, qint64, bool)> &extent)
{
    if (!m_hasAllocation) {
        extent(0, end, false);
        return true;
    }
    qint64 position = 0;
    while (position < end) {
        const qint64 n = std::min(end - position, qint64(1) << 30);
        qint64 covered = 0;
        const bool ok = sendRequest(0, CmdBlockStatus, quint64(position), quint32(n))
            && receiveReply(nullptr, 0, 0, [&](quint32 length, quint32 flags) {
                   const qint64 clipped = std::min<qint64>(length, n - covered);
                   if (clipped <= 0)
                       return;
                   extent(position + covered, clipped, (flags & StateZero) != 0);
                   covered += clipped;
               });
        if (!ok)
            return false;
        if (covered == 0)
            return fail(QStringLiteral("empty block status"));
        position += covered;
    }
    return true;
}
