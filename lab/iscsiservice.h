#pragma once

#include "iscsisessionpool.h"
#include "labdatabase.h"
#include "labrequest.h"
#include "labresponse.h"
#include "lunxml.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

/// Real iSCSI for the simulated hosts (NOTES §7): discovery (iscsidiscover / discoveriscsi),
/// login (iscsilogin, remembered per host in iscsi_sessions) and the LUNs a host sees
/// (GET /hosts/{id}/storage), all through libiscsi against whatever target the caller names.
/// The network work runs on worker threads; replies are deferred (LabResponse::deferred) and
/// every database access stays on the HTTP thread.
class IscsiService final
{
public:
    explicit IscsiService(LabDatabase &db);

    /// POST /hosts/{id}/{iscsidiscover|discoveriscsi|iscsilogin}
    LabResponse hostAction(const LabRow &host, const QString &action, const LabRequest &request);
    /// GET /hosts/{id}/storage[/{lunId}]
    LabResponse hostStorage(const LabRow &host, const QString &lunId, const LabRequest &request);

    /// What a host read from one LUN when asked for it.
    struct Found
    {
        bool visible = false;
        QString hostId;
        IscsiSessionPool::Target target;
        LunXml::Unit unit;
    };
    /// Looks for LUN \a lunId behind the sessions \a targets (in order) and calls \a done on the
    /// HTTP thread with the first host that sees it.
    void findLun(const QList<IscsiSessionPool::Target> &targets, const QString &lunId, std::function<void(const Found &)> done);
    /// The recorded sessions of \a hostId, optionally only those to one target.
    QList<IscsiSessionPool::Target> sessions(const QString &hostId, const QString &address = {}, int port = 0, const QString &iqn = {});

private:
    struct HostLuns
    {
        QList<LunXml::Unit> units;
    };
    static HostLuns readLuns(const std::shared_ptr<IscsiSessionPool> &pool, const QList<IscsiSessionPool::Target> &targets);
    QString initiatorName(const LabRow &host) const;

    LabDatabase &m_db;
    std::shared_ptr<IscsiSessionPool> m_pool;
    std::unique_ptr<QObject> m_context; ///< continuations run on the HTTP thread, in its event loop
};
