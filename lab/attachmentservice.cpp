#include "attachmentservice.h"

#include "auditlog.h"
#include "diskrules.h"
#include "diskservice.h"
#include "faultreply.h"
#include "vmrules.h"
#include "xmlelement.h"
#include "xmlrenderer.h"

#include <QXmlStreamWriter>

namespace {

const QString Api = QStringLiteral("/ovirt-engine/api");
const QString VirtualDisk = QStringLiteral("Virtual Disk");

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

bool flag(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toInt() != 0;
}

LabResponse failed(LabDatabase &db)
{
    const QString error = db.lastError();
    db.rollback();
    return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
}

} // namespace

AttachmentService::AttachmentService(LabDatabase &db, XmlRenderer &renderer, DiskService &disks)
    : m_db(db)
    , m_renderer(renderer)
    , m_disks(disks)
{
}

LabResponse AttachmentService::attachmentReply(const QString &vmId, const QString &diskId, int status, const LabRequest &request)
{
    const auto row = m_db.selectOne(QStringLiteral("SELECT * FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"), {vmId, diskId});
    LabResponse response = LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                                if (row)
                                                    m_renderer.diskAttachment(w, *row);
                                            }),
                                            status);
    if (status == 201)
        response.setHeader("Location", request.baseUrl + (Api + QStringLiteral("/vms/%1/diskattachments/%2").arg(vmId, diskId)).toUtf8());
    return response;
}

// --- POST -----------------------------------------------------------------------------------------

LabResponse AttachmentService::add(const LabRow &vm, const LabRequest &request)
{
    const auto body = XmlElement::parse(request.body);
    if (!body || body->name() != QLatin1String("disk_attachment"))
        return FaultReply::syntax(request.baseUrl, QStringLiteral("services/disk_attachments/methods/add"));
    const XmlElement *disk = body->child(QStringLiteral("disk"));
    QStringList missing;
    if (!disk)
        missing << QStringLiteral("disk");
    if (body->childText(QStringLiteral("interface")).isEmpty())
        missing << QStringLiteral("interface");
    if (!missing.isEmpty())
        return FaultReply::incomplete(QStringLiteral("DiskAttachment"), missing, QStringLiteral("add"));
    const QString interface = body->childText(QStringLiteral("interface")).toLower();
    if (!DiskRules::isInterface(interface))
        return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                 QStringLiteral("'%1' is not a valid value for 'interface'. Valid values are 'ide', 'sata', 'spapr_vscsi', "
                                                "'virtio' and 'virtio_scsi'.")
                                     .arg(interface));

    // The attachment's own members; the deprecated <disk><read_only> is still honoured.
    LabRow attachment;
    attachment.insert(QStringLiteral("interface"), interface);
    attachment.insert(QStringLiteral("bootable"), body->childBool(QStringLiteral("bootable"), false) ? 1 : 0);
    attachment.insert(QStringLiteral("read_only"),
                      body->childBool(QStringLiteral("read_only"), disk->childBool(QStringLiteral("read_only"), false)) ? 1 : 0);
    // Without <active> the disk is not plugged (NOTES §4.2).
    attachment.insert(QStringLiteral("active"), body->childBool(QStringLiteral("active"), false) ? 1 : 0);
    attachment.insert(QStringLiteral("pass_discard"), body->childBool(QStringLiteral("pass_discard"), false) ? 1 : 0);
    attachment.insert(QStringLiteral("uses_scsi_reservation"), body->childBool(QStringLiteral("uses_scsi_reservation"), false) ? 1 : 0);

    const QString diskId = disk->attribute(QStringLiteral("id"));
    if (!diskId.isEmpty()) {
        const auto existing = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
        if (!existing)
            return FaultReply::engine(DiskRules::DiskNotExist, QStringLiteral("attach"), VirtualDisk);
        return attachExisting(vm, *existing, attachment, request);
    }
    DiskService::Attachment spec;
    spec.vm = vm;
    spec.interface = interface;
    spec.bootable = flag(attachment, "bootable");
    spec.readOnly = flag(attachment, "read_only");
    spec.active = flag(attachment, "active");
    spec.passDiscard = flag(attachment, "pass_discard");
    spec.usesScsiReservation = flag(attachment, "uses_scsi_reservation");
    return m_disks.create(*disk, spec, request);
}

LabResponse AttachmentService::attachExisting(const LabRow &vm, const LabRow &disk, const LabRow &attachment, const LabRequest &request)
{
    // AttachDiskToVmCommand.validate, in its order; every text says "attach", even for the hot
    // plug that active=true on a running VM makes of it.
    const QString action = QStringLiteral("attach");
    auto refuse = [&](const EngineMessage &message) { return FaultReply::engine(message, action, VirtualDisk); };
    const QString vmId = str(vm, "id");
    const QString diskId = str(disk, "id");
    const QString interface = str(attachment, "interface");
    const bool readOnly = flag(attachment, "read_only");

    if (auto message = DiskRules::diskUsable(disk))
        return refuse(*message);
    if (auto message = DiskRules::vmStatusForDisks(vm))
        return refuse(*message);
    if (flag(attachment, "bootable")) {
        if (auto message = DiskRules::bootDiskFree(m_db, vm))
            return refuse(*message);
    }
    if (m_db.selectOne(QStringLiteral("SELECT 1 AS x FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"), {vmId, diskId}))
        return refuse(DiskRules::DiskAlreadyAttached);
    if (!flag(disk, "shareable") && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments WHERE disk_id = ?"), {diskId}).toInt() > 0)
        return refuse(DiskRules::NotShareableDiskAlreadyAttached);
    if (auto message = DiskRules::readOnlyCompatible(interface, readOnly, str(disk, "sgio")))
        return refuse(*message);
    if (auto message = DiskRules::lunWritable(m_db, diskId, readOnly))
        return refuse(*message);
    if (auto message = VmRules::blockedBySnapshots(m_db, vmId))
        return refuse(*message);
    const bool hotPlug = flag(attachment, "active") && DiskRules::isRunning(vm);
    if (hotPlug) {
        if (auto message = DiskRules::hotPluggable(vm, interface, str(disk, "alias")))
            return refuse(*message);
    }

    const bool ok = m_db.transaction()
        && m_db.exec(QStringLiteral("INSERT INTO disk_attachments (vm_id, disk_id, interface, bootable, read_only, active, pass_discard, uses_scsi_reservation) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {vmId, diskId, interface, attachment.value(QStringLiteral("bootable")), attachment.value(QStringLiteral("read_only")),
                      attachment.value(QStringLiteral("active")), attachment.value(QStringLiteral("pass_discard")),
                      attachment.value(QStringLiteral("uses_scsi_reservation"))})
        // A floating image disk joins the VM's "Active VM" snapshot (shareable ones never do).
        && (flag(disk, "shareable") || str(disk, "storage_type") != QLatin1String("image")
            || m_db.exec(QStringLiteral("UPDATE volumes SET snapshot_id = (SELECT id FROM snapshots WHERE vm_id = ? AND type = 'active') "
                                        "WHERE disk_id = ? AND active = 1 AND snapshot_id IS NULL"),
                         {vmId, diskId}))
        && AuditLog::add(m_db, 2016, QStringLiteral("normal"),
                         QStringLiteral("Disk %1 was successfully attached to VM %2 by %3.").arg(str(disk, "alias"), str(vm, "name"), AuditLog::userName()),
                         request.correlationId, vmId)
        && m_db.commit();
    if (!ok)
        return failed(m_db);
    return attachmentReply(vmId, diskId, 201, request);
}

// --- PUT ------------------------------------------------------------------------------------------

LabResponse AttachmentService::update(const LabRow &vm, const QString &diskId, const LabRequest &request)
{
    const QString vmId = str(vm, "id");
    const auto current = m_db.selectOne(QStringLiteral("SELECT * FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"), {vmId, diskId});
    const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    if (!current || !disk)
        return LabResponse::empty(404);
    const auto body = XmlElement::parse(request.body);
    if (!body || body->name() != QLatin1String("disk_attachment"))
        return FaultReply::syntax(request.baseUrl, QStringLiteral("services/disk_attachment/methods/update"));
    const QString alias = str(*disk, "alias");
    const QString user = AuditLog::userName();

    const QString oldInterface = str(*current, "interface");
    const QString newInterface = body->hasChild(QStringLiteral("interface")) ? body->childText(QStringLiteral("interface")).toLower() : oldInterface;
    if (!DiskRules::isInterface(newInterface))
        return FaultReply::plain(400, QStringLiteral("Invalid value"), QStringLiteral("'%1' is not a valid value for 'interface'.").arg(newInterface));
    const bool oldActive = flag(*current, "active");
    const bool newActive = body->childBool(QStringLiteral("active"), oldActive);

    // 1. A changed <active> is a hot plug or unplug first (its own command and texts).
    if (newActive != oldActive) {
        const QString action = newActive ? QStringLiteral("hot plug") : QStringLiteral("hot unplug");
        auto refuse = [&](const EngineMessage &message) { return FaultReply::engine(message, action, VirtualDisk); };
        if (auto message = DiskRules::vmStatusForDisks(vm))
            return refuse(*message);
        // The REST layer passes only the ids to the plug command: it checks the stored interface.
        if (DiskRules::isRunning(vm)) {
            if (auto message = DiskRules::hotPluggable(vm, oldInterface, alias))
                return refuse(*message);
        }
        if (auto message = VmRules::blockedBySnapshots(m_db, vmId))
            return refuse(*message);
        if (auto message = DiskRules::diskUsable(*disk))
            return refuse(*message);
        if (newActive) {
            if (auto message = DiskRules::lunWritable(m_db, diskId, flag(*current, "read_only")))
                return refuse(*message);
        }
        const bool ok = m_db.transaction()
            && m_db.exec(QStringLiteral("UPDATE disk_attachments SET active = ? WHERE vm_id = ? AND disk_id = ?"), {newActive ? 1 : 0, vmId, diskId})
            && AuditLog::add(m_db, newActive ? 2000 : 2002, QStringLiteral("normal"),
                             QStringLiteral("VM %1 disk %2 was %3 by %4.").arg(str(vm, "name"), alias, newActive ? QStringLiteral("plugged") : QStringLiteral("unplugged"), user),
                             request.correlationId, vmId)
            && m_db.commit();
        if (!ok)
            return failed(m_db);
    }
    // An unchanged <active> runs no plug command at all (BackendDiskAttachmentResource.update), so
    // "Disk is already activated." never reaches a REST caller.

    // 2. UpdateDisk with the attachment's and the disk's members ("edit").
    const QString action = QStringLiteral("edit");
    auto refuse = [&](const EngineMessage &message) { return FaultReply::engine(message, action, VirtualDisk); };
    const bool oldBootable = flag(*current, "bootable");
    const bool newBootable = body->childBool(QStringLiteral("bootable"), oldBootable);
    const bool oldReadOnly = flag(*current, "read_only");
    const XmlElement *diskElement = body->child(QStringLiteral("disk"));
    bool newReadOnly = body->childBool(QStringLiteral("read_only"), oldReadOnly);
    if (!body->hasChild(QStringLiteral("read_only")) && diskElement)
        newReadOnly = diskElement->childBool(QStringLiteral("read_only"), oldReadOnly);
    const bool running = str(vm, "status") != QLatin1String("down");
    const bool pluggedSomewhereRunning = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments a JOIN vms v ON v.id = a.vm_id "
                                                                    "WHERE a.disk_id = ? AND a.active = 1 AND v.status <> 'down'"),
                                                     {diskId})
                                             .toInt()
        > 0;
    const bool pluggedSomewhere =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments WHERE disk_id = ? AND active = 1"), {diskId}).toInt() > 0;

    if (pluggedSomewhere) {
        if (pluggedSomewhereRunning && (newBootable != oldBootable || newInterface != oldInterface))
            return refuse(DiskRules::VmIsNotDown);
        if (newBootable && !oldBootable) {
            if (auto message = DiskRules::bootDiskFree(m_db, vm, diskId))
                return refuse(*message);
        }
    }
    if (newReadOnly != oldReadOnly && running && flag(*current, "active") == true)
        return refuse(DiskRules::VmIsNotDown);
    // The lab also checks an interface change of a read-only attachment (the engine only checks
    // when read_only itself changes, which would let an IDE disk become read-only that way).
    if (newReadOnly != oldReadOnly || newInterface != oldInterface) {
        if (auto message = DiskRules::readOnlyCompatible(newInterface, newReadOnly, str(*disk, "sgio")))
            return refuse(*message);
    }
    if (newReadOnly != oldReadOnly) {
        if (auto message = DiskRules::lunWritable(m_db, diskId, newReadOnly))
            return refuse(*message);
    }
    const DiskService::Change change = m_disks.diskChange(*disk, diskElement);
    if (change.refusal)
        return refuse(*change.refusal);
    // <disk><qcow_version> starts an amend (issue 5's AmendService), before the other changes.
    if (auto refusal = m_disks.amendIfAsked(diskId, vmId, diskElement, request.correlationId))
        return *refusal;

    QStringList assignments;
    QVariantList bindings;
    auto set = [&](const QString &column, const QVariant &value) {
        assignments << column + QStringLiteral(" = ?");
        bindings << value;
    };
    if (newInterface != oldInterface)
        set(QStringLiteral("interface"), newInterface);
    if (newBootable != oldBootable)
        set(QStringLiteral("bootable"), newBootable ? 1 : 0);
    if (newReadOnly != oldReadOnly)
        set(QStringLiteral("read_only"), newReadOnly ? 1 : 0);
    if (body->hasChild(QStringLiteral("pass_discard")))
        set(QStringLiteral("pass_discard"), body->childBool(QStringLiteral("pass_discard"), false) ? 1 : 0);
    if (body->hasChild(QStringLiteral("uses_scsi_reservation")))
        set(QStringLiteral("uses_scsi_reservation"), body->childBool(QStringLiteral("uses_scsi_reservation"), false) ? 1 : 0);
    if (!assignments.isEmpty() || !change.assignments.isEmpty()) {
        QVariantList attachmentBindings = bindings;
        attachmentBindings << vmId << diskId;
        QVariantList diskBindings = change.bindings;
        diskBindings << diskId;
        QString newAlias = alias;
        for (qsizetype i = 0; i < change.assignments.size(); ++i) {
            if (change.assignments.at(i).startsWith(QLatin1String("alias ")))
                newAlias = change.bindings.at(i).toString();
        }
        const bool ok = m_db.transaction()
            && (assignments.isEmpty()
                || m_db.exec(QStringLiteral("UPDATE disk_attachments SET %1 WHERE vm_id = ? AND disk_id = ?").arg(assignments.join(QStringLiteral(", "))),
                             attachmentBindings))
            && (change.assignments.isEmpty()
                || m_db.exec(QStringLiteral("UPDATE disks SET %1 WHERE id = ?").arg(change.assignments.join(QStringLiteral(", "))), diskBindings))
            && AuditLog::add(m_db, 88, QStringLiteral("normal"), QStringLiteral("VM %1 %2 disk was updated by %3.").arg(str(vm, "name"), newAlias, user),
                             request.correlationId, vmId)
            && m_db.commit();
        if (!ok)
            return failed(m_db);
    }
    return attachmentReply(vmId, diskId, 200, request);
}

// --- DELETE ---------------------------------------------------------------------------------------

LabResponse AttachmentService::remove(const LabRow &vm, const QString &diskId, const LabRequest &request)
{
    const QString vmId = str(vm, "id");
    const auto current = m_db.selectOne(QStringLiteral("SELECT * FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"), {vmId, diskId});
    const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    if (!current || !disk)
        return LabResponse::empty(404);

    // detach_only defaults to true; false is RemoveDisk (NOTES §4.4).
    const QString detachOnly = request.query.queryItemValue(QStringLiteral("detach_only")).trimmed().toLower();
    if (request.query.hasQueryItem(QStringLiteral("detach_only"))
        && (detachOnly == QLatin1String("false") || detachOnly == QLatin1String("f") || detachOnly == QLatin1String("no")
            || detachOnly == QLatin1String("n") || detachOnly == QLatin1String("0")))
        return m_disks.removeDisk(*disk, request);

    // DetachDiskFromVmCommand.validate, in its order.
    const QString action = QStringLiteral("detach");
    auto refuse = [&](const EngineMessage &message) { return FaultReply::engine(message, action, VirtualDisk); };
    const QString status = str(vm, "status");
    if (status != QLatin1String("up") && status != QLatin1String("down"))
        return refuse(VmRules::vmStatusIllegal(status));
    if (flag(*current, "active") && status != QLatin1String("down")) {
        if (auto message = DiskRules::hotPluggable(vm, str(*current, "interface"), str(*disk, "alias")))
            return refuse(*message);
    }
    if (str(*disk, "storage_type") == QLatin1String("image")
        && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM volumes WHERE disk_id = ?"), {diskId}).toInt() > 1)
        return refuse(DiskRules::DetachDiskWithSnapshot);

    const bool ok = m_db.transaction()
        && m_db.exec(QStringLiteral("DELETE FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"), {vmId, diskId})
        // A floating disk's volume belongs to no VM snapshot.
        && m_db.exec(QStringLiteral("UPDATE volumes SET snapshot_id = NULL WHERE disk_id = ? AND active = 1 "
                                    "AND snapshot_id IN (SELECT id FROM snapshots WHERE vm_id = ?)"),
                     {diskId, vmId})
        && AuditLog::add(m_db, 2018, QStringLiteral("normal"),
                         QStringLiteral("Disk %1 was successfully detached from VM %2 by %3.").arg(str(*disk, "alias"), str(vm, "name"), AuditLog::userName()),
                         request.correlationId, vmId)
        && m_db.commit();
    if (!ok)
        return failed(m_db);
    return LabResponse::xml(LabResponse::document([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("action"));
        w.writeTextElement(QStringLiteral("status"), QStringLiteral("complete"));
        w.writeEndElement();
    }));
}
