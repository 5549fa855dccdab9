#include "auditlog.h"

#include "labclock.h"
#include "labdatabase.h"

bool AuditLog::add(LabDatabase &db, int code, const QString &severity, const QString &description, const QString &correlationId,
                   const QString &vmId)
{
    QVariant clusterId;
    QVariant dataCenterId;
    if (!vmId.isEmpty()) {
        if (const auto row = db.selectOne(QStringLiteral("SELECT c.id AS cluster_id, c.data_center_id FROM vms v JOIN clusters c ON c.id = v.cluster_id "
                                                         "WHERE v.id = ?"),
                                          {vmId})) {
            clusterId = row->value(QStringLiteral("cluster_id"));
            dataCenterId = row->value(QStringLiteral("data_center_id"));
        }
    }
    return db.exec(QStringLiteral("INSERT INTO events (code, severity, description, time, correlation_id, vm_id, cluster_id, data_center_id, user_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {code, severity, description, LabClock::nowMs(), correlationId, vmId.isEmpty() ? QVariant() : QVariant(vmId),
                    clusterId, dataCenterId, db.meta(QStringLiteral("admin_user_id"))});
}
