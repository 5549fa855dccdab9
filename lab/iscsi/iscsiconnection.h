#pragma once

#include "iscsitypes.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

struct iscsi_context;
struct scsi_task;

// Internal to diskdesk_iscsi: one libiscsi context driven synchronously.
//
// libiscsi's own *_sync calls poll without an overall deadline and, on a dropped session,
// reconnect forever; a lab worker must never hang on a dead portal. So every step here uses the
// async API plus our own poll loop bounded by a deadline, auto-reconnect is off, and on a timeout
// the context is torn down (which is the only safe way to forget in-flight PDUs).
// Not thread safe; use one instance per thread.
class IscsiConnection
{
public:
    enum class SessionType { Discovery, Normal };
    // Same signature as libiscsi's iscsi_command_cb, without pulling iscsi.h into this header.
    using CommandCallback = void (*)(iscsi_context *, int, void *, void *);
    // Starts one SCSI command (e.g. wraps iscsi_inquiry_task) and returns its task or nullptr.
    using TaskStarter = std::function<scsi_task *(iscsi_context *, CommandCallback, void *)>;

    IscsiConnection(const QString &initiatorName, std::chrono::milliseconds timeout);
    ~IscsiConnection();
    IscsiConnection(const IscsiConnection &) = delete;
    IscsiConnection &operator=(const IscsiConnection &) = delete;

    // TCP connect + iSCSI login. targetIqn is ignored for discovery sessions.
    bool open(const QString &address, quint16 port, SessionType type, const QString &targetIqn,
              const IscsiChap &chap);
    bool isOpen() const { return m_context != nullptr && m_loggedIn; }

    // SendTargets=All on a discovery session.
    std::optional<QList<IscsiTarget>> sendTargets();

    // Runs one SCSI command to completion; returns the data-in buffer on GOOD status. On failure
    // errorString() describes it; the connection stays usable unless it timed out or dropped.
    std::optional<QByteArray> execute(const QString &what, const TaskStarter &start);

    // Logs out (briefly bounded) and closes the socket. Safe to call repeatedly.
    void close();

    // SCSI sense key of the last command that ended in CHECK CONDITION, else -1.
    int lastSenseKey() const { return m_lastSenseKey; }

    QString portal() const { return m_portal; }
    QString errorString() const { return m_error; }
    IscsiErrorKind errorKind() const { return m_errorKind; }

private:
    enum class WaitResult { Done, TimedOut, Failed };

    // State of the single operation in flight, filled by the libiscsi callbacks.
    struct Pending
    {
        bool done = false;
        int status = 0;
        QList<IscsiTarget> targets;
    };

    static void onDone(iscsi_context *context, int status, void *commandData, void *self);
    static void onDiscovery(iscsi_context *context, int status, void *commandData, void *self);

    void startOperation();
    WaitResult waitForPending(std::chrono::milliseconds timeout);
    void setError(IscsiErrorKind kind, const QString &message);
    QString libiscsiError() const;
    void destroyContext();

    const QByteArray m_initiatorName;
    const std::chrono::milliseconds m_timeout;
    iscsi_context *m_context = nullptr;
    bool m_loggedIn = false;
    QString m_portal;
    Pending m_pending;
    QString m_error;
    IscsiErrorKind m_errorKind = IscsiErrorKind::None;
    int m_lastSenseKey = -1;
};
