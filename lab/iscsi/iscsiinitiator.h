#pragma once

#include "iscsisession.h"
#include "iscsitypes.h"

#include <QString>

#include <chrono>
#include <memory>

/// A software iSCSI initiator (libiscsi) for diskdesk-lab: what a simulated oVirt host does for
/// discoveriscsi, iscsilogin and GET /hosts/{id}/storage, done against a real target.
///
/// All calls are synchronous and bounded by timeout() per network step (connect, login, each
/// SCSI command), so run them from a worker thread, never the GUI/event-loop thread. An
/// IscsiInitiator holds no connection itself and is cheap to copy; every simulated host should
/// use its own initiator name.
class IscsiInitiator final
{
public:
    /// An IQN for a simulated host: "iqn.2026-01.org.diskdesk:lab-<label>", where label defaults
    /// to this machine's host name. The label is lower-cased and reduced to [a-z0-9.-].
    static QString defaultInitiatorName(const QString &hostLabel = QString());

    explicit IscsiInitiator(const QString &initiatorName = defaultInitiatorName());

    QString initiatorName() const { return m_initiatorName; }
    void setInitiatorName(const QString &initiatorName) { m_initiatorName = initiatorName; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// SendTargets discovery on address:port (an iSCSI discovery session).
    IscsiDiscoveryResult discover(const QString &address, quint16 port = 3260,
                                  const IscsiChap &chap = IscsiChap()) const;

    /// Logs in to one target; keep the session for as long as the host stays logged in.
    IscsiLoginResult login(const QString &address, quint16 port, const QString &targetIqn,
                           const IscsiChap &chap = IscsiChap()) const;

    /// Convenience: login, IscsiSession::listLuns(), logout.
    IscsiLunListResult listLuns(const QString &address, quint16 port, const QString &targetIqn,
                                const IscsiChap &chap = IscsiChap()) const;

    static constexpr std::chrono::milliseconds DefaultTimeout{5000};

private:
    QString validate(const QString &address, quint16 port) const;

    QString m_initiatorName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
