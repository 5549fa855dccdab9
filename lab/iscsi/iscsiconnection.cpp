#include "iscsiconnection.h"

#include <QRegularExpression>

#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>

#include <poll.h>

#include <cerrno>
#include <thread>

using namespace std::chrono_literals;

namespace {

// Login status classes from RFC 7143 §11.13.5 (status class << 8 | detail).
constexpr int LoginAuthenticationFailure = 0x0201;
constexpr int LoginAuthorizationFailure = 0x0202;
constexpr int LoginTargetNotFound = 0x0203;
constexpr int LoginTargetRemoved = 0x0204;

// libiscsi reports a rejected login only as text: "Failed to log in to target. Status: <text>(<n>)".
int loginStatusFrom(const QString &libiscsiError)
{
    static const QRegularExpression pattern(QStringLiteral(R"(Status: .*\((\d+)\))"));
    const QRegularExpressionMatch match = pattern.match(libiscsiError);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "host:port" as libiscsi wants it; IPv6 literals need brackets.
QString portalString(const QString &address, quint16 port)
{
    const QString host = address.contains(u':') ? u'[' + address + u']' : address;
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

// Parses a SendTargets portal, "10.35.1.72:3260,1" or "[fe80::1]:3260,1".
IscsiPortal parsePortal(const QString &text)
{
    IscsiPortal portal;
    QString hostPort = text;
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma >= 0) {
        portal.tpgt = text.mid(comma + 1).toInt();
        hostPort = text.left(comma);
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon > 0 && !hostPort.mid(colon).contains(u']')) {
        portal.port = quint16(hostPort.mid(colon + 1).toUInt());
        hostPort = hostPort.left(colon);
    }
    if (hostPort.startsWith(u'[') && hostPort.endsWith(u']'))
        hostPort = hostPort.mid(1, hostPort.size() - 2);
    portal.address = hostPort;
    return portal;
}

// libiscsi keeps only its latest error text, and after a failed connect that is a useless
// "Can not reconnect right now"; the root cause (e.g. "Connection refused") was logged before.
// Its log hook has no user pointer, so collect per thread: a context is only ever serviced on
// the thread that drives it.
thread_local QStringList t_libiscsiLog;

void captureLibiscsiLog(int, const char *message)
{
    t_libiscsiLog.append(QString::fromUtf8(message).trimmed());
}

int seconds(std::chrono::milliseconds timeout)
{
    return int(std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(timeout).count()));
}

} // namespace

IscsiConnection::IscsiConnection(const QString &initiatorName, std::chrono::milliseconds timeout)
    : m_initiatorName(initiatorName.toUtf8()), m_timeout(timeout)
{
}

IscsiConnection::~IscsiConnection()
{
    close();
}

bool IscsiConnection::open(const QString &address, quint16 port, SessionType type,
                           const QString &targetIqn, const IscsiChap &chap)
{
    close();
    m_error.clear();
    m_errorKind = IscsiErrorKind::None;
    m_portal = portalString(address, port);

    m_context = iscsi_create_context(m_initiatorName.constData());
    if (!m_context) {
        setError(IscsiErrorKind::InvalidArgument,
                 QStringLiteral("Cannot create an iSCSI context for initiator '%1'")
                     .arg(QString::fromUtf8(m_initiatorName)));
        return false;
    }
    iscsi_set_log_level(m_context, 1); // level 1 = errors only
    iscsi_set_log_fn(m_context, &captureLibiscsiLog);
    // Fail instead of silently reconnecting (libiscsi would block in a retry loop forever).
    iscsi_set_noautoreconnect(m_context, 1);
    // libiscsi's own per-PDU timeout is only a backstop: it counts whole seconds from
    // time(NULL), so it may fire up to a second early; one extra second keeps our precise
    // deadline in charge. TCP options keep a half-dead connection from lingering.
    iscsi_set_timeout(m_context, seconds(m_timeout) + 1);
    iscsi_set_tcp_user_timeout(m_context, int(m_timeout.count()));
    iscsi_set_tcp_syncnt(m_context, 2);
    // Header digests are optional; none keeps interoperability with every target.
    iscsi_set_header_digest(m_context, ISCSI_HEADER_DIGEST_NONE);

    const bool discovery = type == SessionType::Discovery;
    iscsi_set_session_type(m_context, discovery ? ISCSI_SESSION_DISCOVERY : ISCSI_SESSION_NORMAL);
    if (!discovery)
        iscsi_set_targetname(m_context, targetIqn.toUtf8().constData());
    if (!chap.isEmpty()) {
        iscsi_set_initiator_username_pwd(m_context, chap.username.toUtf8().constData(),
                                         chap.password.toUtf8().constData());
    }

    // Phase 1: TCP connect.
    startOperation();
    if (iscsi_connect_async(m_context, m_portal.toUtf8().constData(), &IscsiConnection::onDone,
                            this)
        != 0) {
        setError(IscsiErrorKind::Unreachable, QStringLiteral("Cannot connect to iSCSI portal %1: %2")
                                                  .arg(m_portal, libiscsiError()));
        destroyContext();
        return false;
    }
    switch (waitForPending(m_timeout)) {
    case WaitResult::TimedOut:
        setError(IscsiErrorKind::Timeout,
                 QStringLiteral("iSCSI portal %1 did not answer within %2 ms")
                     .arg(m_portal)
                     .arg(m_timeout.count()));
        destroyContext();
        return false;
    case WaitResult::Failed:
    case WaitResult::Done:
        if (m_pending.status != SCSI_STATUS_GOOD || !m_pending.done) {
            setError(IscsiErrorKind::Unreachable,
                     QStringLiteral("Cannot connect to iSCSI portal %1: %2")
                         .arg(m_portal, libiscsiError()));
            destroyContext();
            return false;
        }
        break;
    }

    // Phase 2: login (security + operational negotiation).
    startOperation();
    if (iscsi_login_async(m_context, &IscsiConnection::onDone, this) != 0) {
        setError(IscsiErrorKind::LoginFailed, QStringLiteral("Cannot log in to %1: %2")
                                                  .arg(m_portal, libiscsiError()));
        destroyContext();
        return false;
    }
    const QString what = discovery
                             ? QStringLiteral("discovery session on %1").arg(m_portal)
                             : QStringLiteral("target %1 on %2").arg(targetIqn, m_portal);
    const WaitResult login = waitForPending(m_timeout);
    if (login == WaitResult::TimedOut || m_pending.status == SCSI_STATUS_TIMEOUT) {
        setError(IscsiErrorKind::Timeout, QStringLiteral("Login to %1 timed out after %2 ms")
                                              .arg(what)
                                              .arg(m_timeout.count()));
        destroyContext();
        return false;
    }
    if (login == WaitResult::Failed || m_pending.status != SCSI_STATUS_GOOD) {
        const QString detail = libiscsiError();
        switch (loginStatusFrom(detail)) {
        case LoginAuthenticationFailure:
            setError(IscsiErrorKind::AuthenticationFailed,
                     chap.isEmpty()
                         ? QStringLiteral("Login to %1 refused: the target requires CHAP "
                                          "authentication")
                               .arg(what)
                         : QStringLiteral("Login to %1 refused: CHAP authentication failed for "
                                          "user '%2' (wrong username or password)")
                               .arg(what, chap.username));
            break;
        case LoginAuthorizationFailure:
            setError(IscsiErrorKind::NotAuthorized,
                     QStringLiteral("Login to %1 refused: initiator %2 is not allowed to access it")
                         .arg(what, QString::fromUtf8(m_initiatorName)));
            break;
        case LoginTargetNotFound:
        case LoginTargetRemoved:
            setError(IscsiErrorKind::NoSuchTarget,
                     // Targets such as tgt also answer "not found" to initiators their ACL
                     // hides the target from, so say so.
                     QStringLiteral("No such iSCSI target %1 on portal %2 (or it is not visible "
                                    "to initiator %3)")
                         .arg(targetIqn, m_portal, QString::fromUtf8(m_initiatorName)));
            break;
        default:
            setError(IscsiErrorKind::LoginFailed,
                     QStringLiteral("Login to %1 failed: %2").arg(what, detail));
            break;
        }
        destroyContext();
        return false;
    }
    m_loggedIn = true;
    return true;
}

std::optional<QList<IscsiTarget>> IscsiConnection::sendTargets()
{
    if (!isOpen()) {
        setError(IscsiErrorKind::Protocol, QStringLiteral("Not logged in to %1").arg(m_portal));
        return std::nullopt;
    }
    startOperation();
    if (iscsi_discovery_async(m_context, &IscsiConnection::onDiscovery, this) != 0) {
        setError(IscsiErrorKind::Protocol, QStringLiteral("SendTargets on %1 failed: %2")
                                               .arg(m_portal, libiscsiError()));
        return std::nullopt;
    }
    const WaitResult result = waitForPending(m_timeout);
    if (result == WaitResult::TimedOut || m_pending.status == SCSI_STATUS_TIMEOUT) {
        setError(IscsiErrorKind::Timeout,
                 QStringLiteral("SendTargets on %1 timed out").arg(m_portal));
        destroyContext();
        return std::nullopt;
    }
    if (result == WaitResult::Failed || m_pending.status != SCSI_STATUS_GOOD) {
        setError(IscsiErrorKind::Protocol, QStringLiteral("SendTargets on %1 failed: %2")
                                               .arg(m_portal, libiscsiError()));
        return std::nullopt;
    }
    return m_pending.targets;
}

std::optional<QByteArray> IscsiConnection::execute(const QString &what, const TaskStarter &start)
{
    if (!isOpen()) {
        setError(IscsiErrorKind::Protocol,
                 QStringLiteral("%1: not logged in to %2").arg(what, m_portal));
        return std::nullopt;
    }
    startOperation();
    m_lastSenseKey = -1;
    scsi_task *task = start(m_context, &IscsiConnection::onDone, this);
    if (!task) {
        setError(IscsiErrorKind::Protocol, QStringLiteral("%1 could not be sent: %2")
                                               .arg(what, libiscsiError()));
        return std::nullopt;
    }

    std::optional<QByteArray> data;
    const WaitResult result = waitForPending(m_timeout);
    // Either our deadline or libiscsi's own PDU timeout (which reports SCSI_STATUS_TIMEOUT).
    if (result == WaitResult::TimedOut || m_pending.status == SCSI_STATUS_TIMEOUT) {
        setError(IscsiErrorKind::Timeout, QStringLiteral("%1 on %2 timed out after %3 ms")
                                              .arg(what, m_portal)
                                              .arg(m_timeout.count()));
        // Tearing the context down drops the PDU that still points at the task.
        destroyContext();
    } else if (result == WaitResult::Failed || m_pending.status != SCSI_STATUS_GOOD) {
        if (m_pending.status == SCSI_STATUS_CHECK_CONDITION)
            m_lastSenseKey = task->sense.key;
        setError(IscsiErrorKind::Protocol,
                 QStringLiteral("%1 failed: %2").arg(what, libiscsiError()));
    } else {
        data = QByteArray(reinterpret_cast<const char *>(task->datain.data), task->datain.size);
    }
    // We own the task in every case: libiscsi callbacks never free it (on cancel/timeout they
    // are even invoked without it), so freeing here is the single place.
    scsi_free_scsi_task(task);
    return data;
}

void IscsiConnection::close()
{
    if (!m_context)
        return;
    if (m_loggedIn) {
        // A polite logout lets the target drop the session at once; bounded, since a target
        // that does not answer gets the TCP close anyway.
        startOperation();
        if (iscsi_logout_async(m_context, &IscsiConnection::onDone, this) == 0)
            waitForPending(std::min<std::chrono::milliseconds>(m_timeout, 2s));
    }
    destroyContext();
}

void IscsiConnection::onDone(iscsi_context *, int status, void *, void *self)
{
    auto *connection = static_cast<IscsiConnection *>(self);
    connection->m_pending.status = status;
    connection->m_pending.done = true;
}

void IscsiConnection::onDiscovery(iscsi_context *, int status, void *commandData, void *self)
{
    auto *connection = static_cast<IscsiConnection *>(self);
    // The list is freed by libiscsi when this callback returns: copy it now.
    if (status == SCSI_STATUS_GOOD) {
        for (auto *address = static_cast<iscsi_discovery_address *>(commandData); address;
             address = address->next) {
            IscsiTarget target;
            target.iqn = QString::fromUtf8(address->target_name);
            for (auto *portal = address->portals; portal; portal = portal->next)
                target.portals.append(parsePortal(QString::fromUtf8(portal->portal)));
            connection->m_pending.targets.append(target);
        }
    }
    connection->m_pending.status = status;
    connection->m_pending.done = true;
}

void IscsiConnection::startOperation()
{
    m_pending = Pending();
    t_libiscsiLog.clear();
}

IscsiConnection::WaitResult IscsiConnection::waitForPending(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_pending.done) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left <= 0ms)
            return WaitResult::TimedOut;
        // Short slices: libiscsi only checks its PDU timeouts when serviced.
        const int slice = int(std::min<qint64>(left.count(), 100));

        pollfd descriptor{};
        descriptor.fd = iscsi_get_fd(m_context);
        descriptor.events = short(iscsi_which_events(m_context));
        int revents = 0;
        if (descriptor.fd < 0 || descriptor.events == 0) {
            // Documented: nothing to wait for right now, try again a little later.
            std::this_thread::sleep_for(std::chrono::milliseconds(slice));
        } else {
            const int ready = ::poll(&descriptor, 1, slice);
            if (ready < 0) {
                if (errno == EINTR)
                    continue;
                return WaitResult::Failed;
            }
            revents = ready > 0 ? descriptor.revents : 0;
        }
        if (iscsi_service(m_context, revents) < 0)
            return m_pending.done ? WaitResult::Done : WaitResult::Failed;
    }
    return WaitResult::Done;
}

void IscsiConnection::setError(IscsiErrorKind kind, const QString &message)
{
    m_errorKind = kind;
    m_error = message;
}

QString IscsiConnection::libiscsiError() const
{
    // The first error of the operation is the cause; later ones are consequences.
    for (const QString &logged : std::as_const(t_libiscsiLog)) {
        if (!logged.isEmpty())
            return logged;
    }
    const QString text = m_context ? QString::fromUtf8(iscsi_get_error(m_context)).trimmed() : QString();
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

void IscsiConnection::destroyContext()
{
    if (!m_context)
        return;
    // Callbacks fired by the teardown only touch m_pending, which outlives this call.
    iscsi_destroy_context(m_context);
    m_context = nullptr;
    m_loggedIn = false;
}
