#pragma once

#include "iscsitypes.h"

#include <QString>

#include <memory>

class IscsiConnection;

/// A logged-in iSCSI session with one target, as returned by IscsiInitiator::login().
/// The lab keeps it for as long as "host X is logged into target T" holds; destroying it logs
/// out. Not thread safe: use it from one thread at a time.
class IscsiSession final
{
public:
    ~IscsiSession();
    IscsiSession(const IscsiSession &) = delete;
    IscsiSession &operator=(const IscsiSession &) = delete;

    QString initiatorName() const { return m_initiatorName; }
    QString targetIqn() const { return m_targetIqn; }
    /// The portal we logged in through ("address:port,tpgt" via toString()).
    IscsiPortal portal() const { return m_portal; }
    /// False after logout() or once the connection failed (timeout, target gone).
    bool isLoggedIn() const;

    /// REPORT LUNS, then per disk LUN: INQUIRY (standard, VPD 0x80, VPD 0x83), READ CAPACITY
    /// (16, falling back to 10) and MODE SENSE(6). Non-disk LUNs (e.g. tgt's LUN 0 controller)
    /// are skipped.
    IscsiLunListResult listLuns();

    void logout();
    QString errorString() const { return m_error; }

private:
    friend class IscsiInitiator;
    IscsiSession(std::unique_ptr<IscsiConnection> connection, const QString &initiatorName,
                 const QString &targetIqn, const IscsiPortal &portal);

    std::unique_ptr<IscsiConnection> m_connection;
    QString m_initiatorName;
    QString m_targetIqn;
    IscsiPortal m_portal;
    QString m_error;
};

/// Outcome of IscsiInitiator::login(): a session, or why there is none.
struct IscsiLoginResult
{
    std::unique_ptr<IscsiSession> session;
    QString error;
    IscsiErrorKind errorKind = IscsiErrorKind::None;

    bool ok() const { return session != nullptr; }
};
