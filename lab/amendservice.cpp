#include "amendservice.h"

#include "auditlog.h"
#include "labclock.h"
#include "laboperation.h"
#include "operationrunner.h"
#include "qemuimg.h"
#include "vmrules.h"
#include "xmlelement.h"
#include "xmlrenderer.h"

#include <QHash>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdio>

namespace {

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The disk's volumes from the base up (parent before child), as the engine amends them.
QList<LabRow> chainFromBase(const QList<LabRow> &volumes)
{
    QHash<QString, LabRow> byParent;
    LabRow base;
    for (const LabRow &volume : volumes) {
        const QString parent = str(volume, "parent_volume_id");
        if (parent.isEmpty())
            base = volume;
        else
            byParent.insert(parent, volume);
    }
    QList<LabRow> chain;
    for (LabRow current = base; !current.isEmpty() && chain.size() < volumes.size(); current = byParent.value(str(current, "id")))
        chain << current;
    // Volumes outside the one chain (should not happen) are still amended, after it.
    for (const LabRow &volume : volumes) {
        if (!std::any_of(chain.cbegin(), chain.cend(), [&](const LabRow &row) { return str(row, "id") == str(volume, "id"); }))
            chain << volume;
    }
    return chain;
}

QString statusName(const QString &wireStatus)
{
    // StorageDomainStatus.name(): Active, Maintenance, Inactive...
    QString name = wireStatus;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

AmendService::AmendService(LabDatabase &db, QemuImg &qemu, OperationRunner &runner, XmlRenderer &renderer, const QString &dataDir)
    : m_db(db)
    , m_qemu(qemu)
    , m_runner(runner)
    , m_renderer(renderer)
    , m_dataDir(dataDir)
{
}

std::optional<QString> AmendService::requestedVersion(const XmlElement &disk)
{
    if (!disk.hasChild(QStringLiteral("qcow_version")))
        return std::nullopt;
    return disk.childText(QStringLiteral("qcow_version")).trimmed();
}

LabResponse AmendService::fault(int status, const QString &reason, const QString &detail)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.fault(w, reason, detail); }), status);
}

LabResponse AmendService::refuse(const EngineMessage &message)
{
    // UpdateDiskCommand: VAR__ACTION__UPDATE ("edit"), VAR__TYPE__DISK.
    return fault(message.status, QStringLiteral("Operation Failed"), message.detail(QStringLiteral("edit"), QStringLiteral("Virtual Disk")));
}

void AmendService::recordChildRefusal(const LabRow &disk, const QString &vmId, const QString &jobDescription, const QString &correlationId,
                                      const EngineMessage &message)
{
    const QString alias = str(disk, "alias");
    const QString detail = message.detail(QStringLiteral("amend"), QStringLiteral("Virtual Disk"));
    std::fprintf(stderr, "diskdesk-lab: amend of %s refused: %s\n", qPrintable(alias), qPrintable(detail));
    const qint64 now = LabClock::nowMs();
    if (!m_db.transaction())
        return;
    const bool ok = m_db.insert(QStringLiteral("jobs"), {{QStringLiteral("id"), newId()},
                                                         {QStringLiteral("description"), jobDescription},
                                                         {QStringLiteral("status"), QStringLiteral("failed")},
                                                         {QStringLiteral("correlation_id"), correlationId},
                                                         {QStringLiteral("start_time"), now},
                                                         {QStringLiteral("end_time"), now},
                                                         {QStringLiteral("last_updated"), now},
                                                         {QStringLiteral("owner_id"), m_db.meta(QStringLiteral("admin_user_id"))}})
        && AuditLog::add(m_db, 1330, QStringLiteral("error"), QStringLiteral("Failed to amend %1.").arg(alias), correlationId, vmId);
    if (!ok || !m_db.commit())
        m_db.rollback();
}

std::optional<LabResponse> AmendService::amend(const QString &diskId, const QString &vmId, const QString &qcowVersion, const QString &correlationId)
{
    const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    if (!disk)
        return LabResponse::empty(404);
    QString targetCompat;
    if (qcowVersion == QLatin1String("qcow2_v3"))
        targetCompat = QStringLiteral("1.1");
    else if (qcowVersion == QLatin1String("qcow2_v2"))
        targetCompat = QStringLiteral("0.10");
    else
        return fault(400, QStringLiteral("Invalid value"),
                     QStringLiteral("'%1' is not a valid value for 'qcow_version'. Possible values: qcow2_v2, qcow2_v3").arg(qcowVersion));
    // The amend only concerns image disks (UpdateDiskCommand: DiskStorageType.IMAGE).
    if (str(*disk, "storage_type") != QLatin1String("image"))
        return std::nullopt;

    const QString alias = str(*disk, "alias");
    // UpdateDiskCommand.validate, in its order.
    if (auto message = VmRules::disksNotLocked(m_db, {diskId}))
        return refuse(*message);

    // qcow_version is read from the files themselves: QemuImg answers from its cache only for a
    // file whose inode, size and modification and change times (in nanoseconds) are those
    // qemu-img read, and an amend forgets its volumes when it ends. Not running qemu-img info on
    // every volume again here is most of the lab's overhead over the amend itself (issue 10).
    const QList<LabRow> chain = chainFromBase(m_db.select(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ?"), {diskId}));
    struct Volume
    {
        LabRow row;
        VolumeInfo info;
    };
    QList<Volume> qcowVolumes;
    QList<Volume> toAmend;
    bool unreadable = false;
    for (const LabRow &volume : chain) {
        const QString path = m_renderer.absolutePath(str(volume, "path"));
        const VolumeInfo info = m_qemu.info(path);
        if (!info.valid) {
            unreadable = true;
            continue;
        }
        if (info.format != QLatin1String("qcow2"))
            continue;
        qcowVolumes << Volume{volume, info};
        if (info.compat != targetCompat)
            toAmend << Volume{volume, info};
    }
    const auto domain = m_db.selectOne(QStringLiteral("SELECT * FROM storage_domains WHERE id = ?"), {str(*disk, "storage_domain_id")});
    const auto dataCenter = domain ? m_db.selectOne(QStringLiteral("SELECT * FROM data_centers WHERE id = ?"), {str(*domain, "data_center_id")})
                                   : std::nullopt;
    const bool illegal = str(*disk, "status") == QLatin1String("illegal") || unreadable;
    // A volume qemu-img cannot read may well need the amend: the disk is then illegal.
    if (!toAmend.isEmpty() || unreadable) {
        // validateCanAmendDisk: the data center exists and is up, the disk is not illegal.
        if (!dataCenter || str(*dataCenter, "status") != QLatin1String("up"))
            return refuse({QStringLiteral("ACTION_TYPE_FAILED_STORAGE_POOL_STATUS_ILLEGAL"),
                           QStringLiteral("Cannot ${action} ${type}. Unknown Data Center status."), 409});
        if (illegal)
            return refuse({QStringLiteral("ACTION_TYPE_FAILED_DISKS_ILLEGAL"),
                           QStringLiteral("Cannot ${action} ${type}. The following attached disks are in ILLEGAL status: %1 - please remove "
                                          "them and try again.")
                               .arg(alias),
                           500});
    }
    if (qcowVolumes.isEmpty())
        return refuse({QStringLiteral("ACTION_TYPE_FAILED_CANT_AMEND_RAW_DISK"),
                       QStringLiteral("Cannot ${action} ${type}. The amend operation does not support disk without any QCOW2 volumes."), 400});
    // Every volume already has the requested level: UpdateDisk has no amend phase.
    if (toAmend.isEmpty())
        return std::nullopt;

    QStringList vmNames;
    for (const LabRow &row : m_db.select(QStringLiteral("SELECT v.name FROM disk_attachments a JOIN vms v ON v.id = a.vm_id WHERE a.disk_id = ? ORDER BY v.name"),
                                         {diskId}))
        vmNames << str(row, "name");
    // job.UpdateDisk of ExecutionMessages.properties.
    const QString jobDescription = QStringLiteral("Updating Disk %1 properties for VMs: %2").arg(alias, vmNames.join(QStringLiteral(", ")));

    // AmendImageGroupVolumesCommand.validate: checked once the amend phase starts; the PUT
    // has been accepted by then (see the class comment).
    QStringList running;
    for (const LabRow &row : m_db.select(QStringLiteral("SELECT v.name, v.status FROM disk_attachments a JOIN vms v ON v.id = a.vm_id "
                                                        "WHERE a.disk_id = ? AND a.active = 1 ORDER BY v.name"),
                                         {diskId})) {
        if (str(row, "status") != QLatin1String("down"))
            running << str(row, "name");
    }
    std::optional<EngineMessage> childRefusal;
    if (!running.isEmpty())
        childRefusal = EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_DISK_PLUGGED_TO_NON_DOWN_VMS"),
                                     QStringLiteral("Cannot ${action} ${type}. The disk %1 is plugged to non-Down VMs: %2").arg(alias, running.join(QLatin1Char(','))),
                                     409};
    else if (!str(*disk, "template_id").isEmpty())
        childRefusal = EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_CANT_AMEND_TEMPLATE_DISK"),
                                     QStringLiteral("Cannot ${action} ${type}. The amend operation does not support Template disks."), 400};
    else if (!domain || str(*domain, "status") != QLatin1String("active"))
        childRefusal = EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_STORAGE_DOMAIN_STATUS_ILLEGAL2"),
                                     QStringLiteral("Cannot ${action} ${type}. The relevant Storage Domain's status is %1.")
                                         .arg(statusName(domain ? str(*domain, "status") : QStringLiteral("unknown"))),
                                     409};
    if (childRefusal) {
        recordChildRefusal(*disk, vmId, jobDescription, correlationId, *childRefusal);
        return std::nullopt;
    }

    LabOperation op;
    op.name = QStringLiteral("amend_disk");
    op.jobId = newId();
    op.vmId = vmId;
    op.correlationId = correlationId;
    op.jobDescription = jobDescription;
    op.started = {1328, QStringLiteral("normal"), QStringLiteral("Started to amend %1").arg(alias)};
    op.succeeded = {1329, QStringLiteral("normal"), QStringLiteral("%1 has been amended successfully.").arg(alias)};
    op.failed = {1330, QStringLiteral("error"), QStringLiteral("Failed to amend %1.").arg(alias)};
    op.plan = OperationPlan(m_dataDir);
    const QString domainFormat = str(*domain, "storage_format");
    for (const Volume &volume : std::as_const(toAmend))
        op.plan.addAmend(str(volume.row, "path"), targetCompat, volume.info.compat, domainFormat);
    LabOperation::add(op.lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
    LabOperation::add(op.commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    LabOperation::add(op.rollbackSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});

    QStringList paths;
    for (const LabRow &volume : chain)
        paths << m_renderer.absolutePath(str(volume, "path"));
    QString error;
    // What qemu-img reports changes in place: the next GET must read the files again.
    if (!m_runner.start(op, &error, [this, paths](bool) {
            for (const QString &path : paths)
                m_qemu.forget(path);
        }))
        return fault(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
    return std::nullopt;
}
