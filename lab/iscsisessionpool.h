#pragma once

#include "iscsisession.h"
#include "iscsitypes.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

/// The iSCSI sessions the simulated hosts hold, as real ones would keep them open after
/// iscsilogin. Sessions are opened again on first use after a lab restart or a dropped
/// connection (the database remembers which targets a host logged in to). Every call runs real
/// libiscsi I/O and blocks: call from worker threads only. One mutex serialises them, since an
/// IscsiSession must not be used by two threads at once.
class IscsiSessionPool final
{
public:
    struct Target
    {
        QString hostId;
        QString initiatorName;
        QString address;
        quint16 port = 3260;
        QString iqn;
        IscsiChap chap;
    };

    /// Logs \a target's host in (replacing a session it had); false and \a error otherwise.
    bool login(const Target &target, QString *error, IscsiErrorKind *kind);
    /// The target's LUNs through the host's session, logging in again when needed.
    IscsiLunListResult listLuns(const Target &target);
    /// Drops every session of \a hostId (logout).
    void forgetHost(const QString &hostId);

private:
    static QString keyOf(const Target &target);

    QMutex m_mutex;
    QHash<QString, std::shared_ptr<IscsiSession>> m_sessions;
};
