#include "diskservice.h"

#include "amendservice.h"
#include "auditlog.h"
#include "diskrules.h"
#include "faultreply.h"
#include "iscsiservice.h"
#include "labclock.h"
#include "laboperation.h"
#include "operationrunner.h"
#include "vmrules.h"
#include "xmlelement.h"
#include "xmlrenderer.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace {

const QString Api = QStringLiteral("/ovirt-engine/api");
const QString VirtualDisk = QStringLiteral("Virtual Disk");

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The engine's boolean input (true/false, 1/0); \a fallback when absent.
bool flagOf(const XmlElement &element, const QString &name, bool fallback)
{
    return element.childBool(name, fallback);
}

LabResponse actionComplete()
{
    return LabResponse::xml(LabResponse::document([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("action"));
        w.writeTextElement(QStringLiteral("status"), QStringLiteral("complete"));
        w.writeEndElement();
    }));
}

/// The id or name of the first <storage_domains><storage_domain> (or a bare <storage_domain>).
std::optional<LabRow> storageDomainOf(LabDatabase &db, const XmlElement &disk, bool *specified)
{
    const XmlElement *domain = nullptr;
    if (const XmlElement *list = disk.child(QStringLiteral("storage_domains")))
        domain = list->child(QStringLiteral("storage_domain"));
    if (!domain)
        domain = disk.child(QStringLiteral("storage_domain"));
    const QString id = domain ? domain->attribute(QStringLiteral("id")) : QString();
    const QString name = domain ? domain->childText(QStringLiteral("name")) : QString();
    *specified = !id.isEmpty() || !name.isEmpty();
    if (!id.isEmpty())
        return db.selectOne(QStringLiteral("SELECT * FROM storage_domains WHERE id = ?"), {id});
    if (!name.isEmpty())
        return db.selectOne(QStringLiteral("SELECT * FROM storage_domains WHERE name = ?"), {name});
    return std::nullopt;
}

} // namespace

DiskService::DiskService(LabDatabase &db, OperationRunner &runner, XmlRenderer &renderer, IscsiService &iscsi, AmendService &amend,
                         const QString &dataDir)
    : m_db(db)
    , m_runner(runner)
    , m_renderer(renderer)
    , m_iscsi(iscsi)
    , m_amend(amend)
    , m_dataDir(dataDir)
{
}

QString DiskService::activeVolumeFormat(const QString &diskId)
{
    return m_db.scalar(QStringLiteral("SELECT format FROM volumes WHERE disk_id = ? AND active = 1"), {diskId}).toString();
}

// --- create ---------------------------------------------------------------------------------------

LabResponse DiskService::add(const LabRequest &request)
{
    const auto disk = XmlElement::parse(request.body);
    if (!disk || disk->name() != QLatin1String("disk"))
        return FaultReply::syntax(request.baseUrl, QStringLiteral("services/disks/methods/add"));
    return create(*disk, std::nullopt, request);
}

LabResponse DiskService::create(const XmlElement &disk, const std::optional<Attachment> &attachment, const LabRequest &request)
{
    if (disk.hasChild(QStringLiteral("lun_storage")))
        return createLun(disk, attachment, request);
    return createImage(disk, attachment, request);
}

std::optional<EngineMessage> DiskService::attachmentRules(const Attachment &attachment, const QString &alias, const QString &sgio)
{
    // AddDiskCommand's checks of the VM side, in its order.
    if (auto message = DiskRules::vmStatusForDisks(attachment.vm))
        return message;
    if (auto message = VmRules::blockedBySnapshots(m_db, str(attachment.vm, "id")))
        return message;
    if (attachment.bootable) {
        if (auto message = DiskRules::bootDiskFree(m_db, attachment.vm))
            return message;
    }
    if (auto message = DiskRules::readOnlyCompatible(attachment.interface, attachment.readOnly, sgio))
        return message;
    if (attachment.active && DiskRules::isRunning(attachment.vm)) {
        if (auto message = DiskRules::hotPluggable(attachment.vm, attachment.interface, alias))
            return message;
    }
    return std::nullopt;
}

LabResponse DiskService::createImage(const XmlElement &disk, const std::optional<Attachment> &attachment, const LabRequest &request)
{
    const QString action = QStringLiteral("add");
    QString sizeText = disk.childText(QStringLiteral("provisioned_size"));
    if (sizeText.isEmpty())
        sizeText = disk.childText(QStringLiteral("size")); // the deprecated name is still read
    const QString format = disk.childText(QStringLiteral("format")).toLower();
    QStringList missing;
    if (sizeText.isEmpty())
        missing << (attachment ? QStringLiteral("provisionedSize|size") : QStringLiteral("provisionedSize"));
    if (format.isEmpty())
        missing << QStringLiteral("format");
    if (!missing.isEmpty())
        return FaultReply::incomplete(QStringLiteral("Disk"), missing, QStringLiteral("add"));
    if (format != QLatin1String("cow") && format != QLatin1String("raw"))
        return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                 QStringLiteral("'%1' is not a valid value for 'format'. Valid values are 'cow' and 'raw'.").arg(format));
    bool sizeOk = false;
    const qint64 size = sizeText.toLongLong(&sizeOk);
    if (!sizeOk)
        return FaultReply::plain(400, QStringLiteral("Invalid value"), QStringLiteral("'%1' is not a valid size.").arg(sizeText));

    bool domainSpecified = false;
    const auto domain = storageDomainOf(m_db, disk, &domainSpecified);
    if (!domainSpecified)
        return FaultReply::engine(DiskRules::StorageDomainNotSpecified, action, VirtualDisk);
    if (!domain)
        return FaultReply::engine(DiskRules::StorageDomainNotExist, action, VirtualDisk);
    if (size <= 0)
        return FaultReply::engine(DiskRules::SizeZero, action, VirtualDisk);

    const bool cow = format == QLatin1String("cow");
    // Thin unless told otherwise for qcow2; raw defaults to preallocated, as the portal does.
    const bool sparse = flagOf(disk, QStringLiteral("sparse"), cow);
    const bool shareable = flagOf(disk, QStringLiteral("shareable"), false);
    const QString backup = disk.childText(QStringLiteral("backup")).isEmpty() ? QStringLiteral("none") : disk.childText(QStringLiteral("backup"));
    // ImagesHandler.checkImageConfiguration: preallocated qcow2 only for incremental backup,
    // raw never with it.
    if ((cow && !sparse && backup == QLatin1String("none")) || (!cow && backup == QLatin1String("incremental")))
        return FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_DISK_CONFIGURATION_NOT_SUPPORTED"),
                                   QStringLiteral("Cannot ${action} ${type}. Disk configuration (%1 %2 backup-%3) is incompatible with the storage domain type.")
                                       .arg(cow ? QStringLiteral("COW") : QStringLiteral("RAW"), sparse ? QStringLiteral("Sparse") : QStringLiteral("Preallocated"),
                                            backup == QLatin1String("incremental") ? QStringLiteral("Incremental") : QStringLiteral("None")),
                                   409},
                                  action, VirtualDisk);
    if (shareable) {
        if (auto message = DiskRules::shareableFormat(format))
            return FaultReply::engine(*message, action, VirtualDisk);
    }
    QString alias = disk.childText(QStringLiteral("alias"));
    if (alias.isEmpty())
        alias = disk.childText(QStringLiteral("name"));
    if (alias.isEmpty()) {
        // The engine's default names: VM_DiskN on a VM, a generic one for floating disks.
        alias = attachment ? QStringLiteral("%1_Disk%2").arg(str(attachment->vm, "name"))
                                 .arg(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments WHERE vm_id = ?"), {str(attachment->vm, "id")}).toInt() + 1)
                           : QStringLiteral("disk");
    }
    if (attachment) {
        if (auto message = attachmentRules(*attachment, alias, QString()))
            return FaultReply::engine(*message, action, VirtualDisk);
    }

    const QString diskId = newId();
    const QString volumeId = newId();
    const QString domainId = str(*domain, "id");
    const QString domainName = str(*domain, "name");
    const QString storageFormat = str(*domain, "storage_format");
    const QString compat = storageFormat == QLatin1String("v1") || storageFormat == QLatin1String("v2") || storageFormat == QLatin1String("v3")
        ? QStringLiteral("0.10")
        : QStringLiteral("1.1");
    const QString relative = QStringLiteral("domains/%1/images/%2/%3").arg(domainId, diskId, volumeId);
    const qint64 now = LabClock::nowMs();

    LabOperation op;
    op.name = QStringLiteral("add_disk");
    op.jobId = newId();
    op.correlationId = request.correlationId;
    op.jobDescription = QStringLiteral("Adding Disk");
    const QString user = AuditLog::userName();
    if (attachment) {
        const QString vmName = str(attachment->vm, "name");
        op.vmId = str(attachment->vm, "id");
        op.started = {78, QStringLiteral("normal"), QStringLiteral("Add-Disk operation of %1 was initiated on VM %2 by %3.").arg(alias, vmName, user)};
        op.succeeded = {97, QStringLiteral("normal"), QStringLiteral("The disk %1 was successfully added to VM %2.").arg(alias, vmName)};
        op.failed = {98, QStringLiteral("error"), QStringLiteral("Add-Disk operation failed to complete on VM %1.").arg(vmName)};
    } else {
        op.started = {2020, QStringLiteral("normal"), QStringLiteral("Add-Disk operation of '%1' was initiated by %2.").arg(alias, user)};
        op.succeeded = {2021, QStringLiteral("normal"), QStringLiteral("The disk '%1' was successfully added.").arg(alias)};
        op.failed = {2022, QStringLiteral("error"), QStringLiteral("Add-Disk operation failed to complete.")};
    }
    LabOperation::add(op.lockSql,
                      QStringLiteral("INSERT INTO disks (id, alias, description, storage_type, sparse, shareable, status, storage_domain_id, "
                                     "wipe_after_delete, propagate_errors, backup, creation_time) VALUES (?, ?, ?, 'image', ?, ?, 'locked', ?, ?, ?, ?, ?)"),
                      {diskId, alias, disk.childText(QStringLiteral("description")), sparse ? 1 : 0, shareable ? 1 : 0, domainId,
                       flagOf(disk, QStringLiteral("wipe_after_delete"), false) ? 1 : 0, flagOf(disk, QStringLiteral("propagate_errors"), false) ? 1 : 0,
                       backup, now});
    QVariant snapshotId;
    if (attachment) {
        LabOperation::add(op.lockSql,
                          QStringLiteral("INSERT INTO disk_attachments (vm_id, disk_id, interface, bootable, read_only, active, pass_discard, uses_scsi_reservation) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {op.vmId, diskId, attachment->interface, attachment->bootable ? 1 : 0, attachment->readOnly ? 1 : 0,
                           attachment->active ? 1 : 0, attachment->passDiscard ? 1 : 0, attachment->usesScsiReservation ? 1 : 0});
        // The active volume of a VM's disk belongs to its "Active VM" snapshot; shareable disks
        // are never part of snapshots.
        if (!shareable)
            snapshotId = m_db.scalar(QStringLiteral("SELECT id FROM snapshots WHERE vm_id = ? AND type = 'active'"), {op.vmId});
    }
    op.plan = OperationPlan(m_dataDir);
    op.plan.addCreateBase(relative, cow ? QStringLiteral("qcow2") : QStringLiteral("raw"), size, compat, !sparse);
    LabOperation::add(op.commitSql,
                      QStringLiteral("INSERT INTO volumes (id, disk_id, parent_volume_id, snapshot_id, path, format, active, creation_time) "
                                     "VALUES (?, ?, NULL, ?, ?, ?, 1, ?)"),
                      {volumeId, diskId, snapshotId, relative, format, now});
    LabOperation::add(op.commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    // A disk whose volume could not be made is not kept (its folder is removed by the undo).
    LabOperation::add(op.rollbackSql, QStringLiteral("DELETE FROM disk_attachments WHERE disk_id = ?"), {diskId});
    LabOperation::add(op.rollbackSql, QStringLiteral("DELETE FROM disks WHERE id = ?"), {diskId});
    Q_UNUSED(domainName);

    QString error;
    if (!m_runner.start(op, &error))
        return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
    return created(diskId, attachment, request);
}

LabResponse DiskService::createLun(const XmlElement &disk, const std::optional<Attachment> &attachment, const LabRequest &request)
{
    const QString action = QStringLiteral("add");
    const XmlElement *storage = disk.child(QStringLiteral("lun_storage"));
    const QString type = storage->childText(QStringLiteral("type")).toLower();
    if (type.isEmpty())
        return FaultReply::incomplete(QStringLiteral("HostStorage"), {QStringLiteral("type")}, QStringLiteral("add"));
    const XmlElement *units = storage->child(QStringLiteral("logical_units"));
    const QList<XmlElement> unitList = units ? units->children(QStringLiteral("logical_unit")) : QList<XmlElement>();
    if (unitList.isEmpty())
        return FaultReply::incomplete(QStringLiteral("LogicalUnit"), {}, QStringLiteral("add"));
    // Only the first logical unit counts (BackendDisksResource.validateDiskForCreation).
    const XmlElement &unit = unitList.first();
    const QString lunId = unit.attribute(QStringLiteral("id"));
    if (type != QLatin1String("iscsi")) {
        // The lab's hosts have no Fibre Channel: no such LUN is ever visible.
        if (type == QLatin1String("fcp"))
            return FaultReply::engine(DiskRules::LunInvalid, action, VirtualDisk);
        return FaultReply::engine(DiskRules::LunHasNoValidType, action, VirtualDisk);
    }
    QStringList missing;
    for (const QString &field : {QStringLiteral("address"), QStringLiteral("target"), QStringLiteral("port")}) {
        if (unit.childText(field).isEmpty())
            missing << field;
    }
    if (lunId.isEmpty())
        missing << QStringLiteral("id");
    if (!missing.isEmpty())
        return FaultReply::incomplete(QStringLiteral("LogicalUnit"), missing, QStringLiteral("add"));
    const QString address = unit.childText(QStringLiteral("address"));
    const int port = unit.childText(QStringLiteral("port")).toInt();
    const QString iqn = unit.childText(QStringLiteral("target"));

    if (m_db.selectOne(QStringLiteral("SELECT id FROM luns WHERE id = ?"), {lunId}))
        return FaultReply::engine(DiskRules::LunInUse, action, VirtualDisk);
    QString sgio = disk.childText(QStringLiteral("sgio")).toLower();
    if (sgio == QLatin1String("disabled"))
        sgio.clear();
    if (!sgio.isEmpty() && sgio != QLatin1String("filtered") && sgio != QLatin1String("unfiltered"))
        return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                 QStringLiteral("'%1' is not a valid value for 'sgio'. Valid values are 'filtered', 'unfiltered' and 'disabled'.").arg(sgio));
    if (attachment && attachment->usesScsiReservation && sgio != QLatin1String("unfiltered"))
        return FaultReply::engine(DiskRules::SgioFiltered, action, VirtualDisk);
    QString alias = disk.childText(QStringLiteral("alias"));
    if (alias.isEmpty())
        alias = disk.childText(QStringLiteral("name"));
    if (alias.isEmpty())
        alias = attachment ? QStringLiteral("%1_Disk%2").arg(str(attachment->vm, "name"))
                                 .arg(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments WHERE vm_id = ?"), {str(attachment->vm, "id")}).toInt() + 1)
                           : QStringLiteral("disk");
    if (attachment) {
        if (auto message = attachmentRules(*attachment, alias, sgio))
            return FaultReply::engine(*message, action, VirtualDisk);
    }

    // Which hosts may see the LUN: the one named (GetDeviceList on it), else any host logged in
    // to its target. Without any, the disk is recorded from the request alone, as the engine
    // does without <host> (refreshlun would fill in the rest).
    QList<IscsiSessionPool::Target> targets;
    bool hostNamed = false;
    if (const XmlElement *host = storage->child(QStringLiteral("host"))) {
        hostNamed = true;
        QString hostId = host->attribute(QStringLiteral("id"));
        if (hostId.isEmpty())
            hostId = m_db.scalar(QStringLiteral("SELECT id FROM hosts WHERE name = ?"), {host->childText(QStringLiteral("name"))}).toString();
        targets = m_iscsi.sessions(hostId, address, port, iqn);
        if (targets.isEmpty())
            return FaultReply::engine(DiskRules::LunInvalid, action, VirtualDisk);
    } else {
        for (const LabRow &host : m_db.select(QStringLiteral("SELECT id FROM hosts ORDER BY name")))
            targets << m_iscsi.sessions(str(host, "id"), address, port, iqn);
    }

    const QString description = disk.childText(QStringLiteral("description"));
    const bool shareable = flagOf(disk, QStringLiteral("shareable"), false);
    const bool propagateErrors = flagOf(disk, QStringLiteral("propagate_errors"), false);
    LunXml::Unit requested;
    requested.id = lunId;
    requested.address = address;
    requested.port = port;
    requested.target = iqn;
    requested.portal = unit.childText(QStringLiteral("portal"));
    requested.username = unit.childText(QStringLiteral("username"));
    const QString password = unit.childText(QStringLiteral("password"));
    const LabRequest saved = request;
    LabResponse response;
    response.deferred = [=, this](const LabResponse::Reply &reply) {
        m_iscsi.findLun(targets, lunId, [=, this](const IscsiService::Found &found) {
            if (hostNamed && !found.visible) {
                reply(FaultReply::engine(DiskRules::LunInvalid, action, VirtualDisk));
                return;
            }
            LunXml::Unit lun = found.visible ? found.unit : requested;
            QString chapUser = requested.username;
            QString chapPassword = password;
            if (found.visible) {
                chapUser = found.target.chap.username;
                chapPassword = found.target.chap.password;
            }
            if (attachment && !attachment->readOnly && lun.writeProtected) {
                reply(FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_LUN_IS_WRITE_PROTECTED"),
                                          QStringLiteral("Cannot ${action} ${type}. The LUN %1 is write-protected by its storage server; it can only be "
                                                         "attached read-only.")
                                              .arg(lunId),
                                          409},
                                         action, VirtualDisk));
                return;
            }
            // Checked again: another request may have taken the LUN while the host looked.
            if (m_db.selectOne(QStringLiteral("SELECT id FROM luns WHERE id = ?"), {lunId})) {
                reply(FaultReply::engine(DiskRules::LunInUse, action, VirtualDisk));
                return;
            }
            const QString diskId = newId();
            const QString vmId = attachment ? str(attachment->vm, "id") : QString();
            const bool ok = m_db.transaction()
                && m_db.exec(QStringLiteral("INSERT INTO disks (id, alias, description, storage_type, sparse, shareable, status, storage_domain_id, "
                                            "propagate_errors, creation_time, sgio) VALUES (?, ?, ?, 'lun', 0, ?, 'ok', NULL, ?, ?, ?)"),
                             {diskId, alias, description, shareable ? 1 : 0, propagateErrors ? 1 : 0, LabClock::nowMs(),
                              sgio.isEmpty() ? QVariant() : QVariant(sgio)})
                && m_db.exec(QStringLiteral("INSERT INTO luns (id, disk_id, storage_type, address, port, target, portal, username, password, lun_mapping, "
                                            "vendor_id, product_id, serial, size, write_protected) VALUES (?, ?, 'iscsi', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {lunId, diskId, lun.address, lun.port, lun.target, lun.portal, chapUser, chapPassword, lun.lunMapping, lun.vendorId,
                              lun.productId, lun.serial, lun.size, lun.writeProtected ? 1 : 0})
                && (!attachment
                    || m_db.exec(QStringLiteral("INSERT INTO disk_attachments (vm_id, disk_id, interface, bootable, read_only, active, pass_discard, "
                                                "uses_scsi_reservation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {vmId, diskId, attachment->interface, attachment->bootable ? 1 : 0, attachment->readOnly ? 1 : 0,
                                  attachment->active ? 1 : 0, attachment->passDiscard ? 1 : 0, attachment->usesScsiReservation ? 1 : 0}))
                // A LUN disk is added at once, without a storage task.
                && (attachment ? AuditLog::add(m_db, 97, QStringLiteral("normal"),
                                               QStringLiteral("The disk %1 was successfully added to VM %2.").arg(alias, str(attachment->vm, "name")),
                                               saved.correlationId, vmId)
                               : AuditLog::add(m_db, 2021, QStringLiteral("normal"), QStringLiteral("The disk '%1' was successfully added.").arg(alias),
                                               saved.correlationId));
            if (!ok || !m_db.commit()) {
                const QString error = m_db.lastError();
                m_db.rollback();
                reply(FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']')));
                return;
            }
            reply(created(diskId, attachment, saved));
        });
    };
    return response;
}

LabResponse DiskService::created(const QString &diskId, const std::optional<Attachment> &attachment, const LabRequest &request)
{
    LabResponse response;
    if (attachment) {
        const QString vmId = str(attachment->vm, "id");
        const auto row = m_db.selectOne(QStringLiteral("SELECT * FROM disk_attachments WHERE vm_id = ? AND disk_id = ?"), {vmId, diskId});
        response = LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                        if (row)
                                            m_renderer.diskAttachment(w, *row);
                                    }),
                                    201);
        response.setHeader("Location", request.baseUrl + (Api + QStringLiteral("/vms/%1/diskattachments/%2").arg(vmId, diskId)).toUtf8());
        return response;
    }
    const auto row = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    response = LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                    if (row)
                                        m_renderer.disk(w, *row);
                                }),
                                201);
    response.setHeader("Location", request.baseUrl + (Api + QStringLiteral("/disks/") + diskId).toUtf8());
    return response;
}

// --- update ---------------------------------------------------------------------------------------

DiskService::Change DiskService::diskChange(const LabRow &disk, const XmlElement *element)
{
    Change change;
    const QString diskId = str(disk, "id");
    const bool isImage = str(disk, "storage_type") == QLatin1String("image");
    // UpdateDisk only refuses locked images here (whatever the PUT changes); illegal ones are
    // the amend's business.
    if (isImage && str(disk, "status") == QLatin1String("locked")) {
        change.refusal = DiskRules::diskUsable(disk);
        return change;
    }
    if (!element)
        return change;
    const bool oldShareable = disk.value(QStringLiteral("shareable")).toInt() != 0;
    const bool newShareable = element->childBool(QStringLiteral("shareable"), oldShareable);
    const bool oldPropagate = disk.value(QStringLiteral("propagate_errors")).toInt() != 0;
    const bool newPropagate = element->childBool(QStringLiteral("propagate_errors"), oldPropagate);
    QString newSgio = str(disk, "sgio");
    if (element->hasChild(QStringLiteral("sgio"))) {
        newSgio = element->childText(QStringLiteral("sgio")).toLower();
        if (newSgio == QLatin1String("disabled"))
            newSgio.clear();
    }
    // Image disks have no pass-through; only LUN disks keep sgio.
    if (isImage)
        newSgio = str(disk, "sgio");

    // Changes that need every VM the disk is plugged into down.
    const bool plugToRunning = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments a JOIN vms v ON v.id = a.vm_id "
                                                          "WHERE a.disk_id = ? AND a.active = 1 AND v.status <> 'down'"),
                                           {diskId})
                                   .toInt()
        > 0;
    if (plugToRunning && (newShareable != oldShareable || newPropagate != oldPropagate || newSgio != str(disk, "sgio"))) {
        change.refusal = DiskRules::VmIsNotDown;
        return change;
    }
    if (isImage) {
        for (const LabRow &row : m_db.select(QStringLiteral("SELECT vm_id FROM disk_attachments WHERE disk_id = ?"), {diskId})) {
            if (auto message = VmRules::blockedBySnapshots(m_db, str(row, "vm_id"))) {
                change.refusal = message;
                return change;
            }
        }
        if (newShareable && !oldShareable) {
            const int volumes = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM volumes WHERE disk_id = ?"), {diskId}).toInt();
            if (volumes > 1 || !str(disk, "template_id").isEmpty()) {
                change.refusal = DiskRules::ShareableWithSnapshots;
                return change;
            }
            if (auto message = DiskRules::shareableFormat(activeVolumeFormat(diskId))) {
                change.refusal = message;
                return change;
            }
        }
    }
    if (!newShareable && oldShareable
        && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disk_attachments WHERE disk_id = ?"), {diskId}).toInt() > 1) {
        change.refusal = DiskRules::DiskSharedBetweenVms;
        return change;
    }

    auto set = [&](const QString &column, const QVariant &value) {
        change.assignments << column + QStringLiteral(" = ?");
        change.bindings << value;
    };
    QString alias = element->childText(QStringLiteral("alias"));
    if (alias.isEmpty())
        alias = element->childText(QStringLiteral("name"));
    if (!alias.isEmpty())
        set(QStringLiteral("alias"), alias);
    if (element->hasChild(QStringLiteral("description")))
        set(QStringLiteral("description"), element->childText(QStringLiteral("description")));
    if (element->hasChild(QStringLiteral("shareable")))
        set(QStringLiteral("shareable"), newShareable ? 1 : 0);
    if (element->hasChild(QStringLiteral("propagate_errors")))
        set(QStringLiteral("propagate_errors"), newPropagate ? 1 : 0);
    if (element->hasChild(QStringLiteral("wipe_after_delete")))
        set(QStringLiteral("wipe_after_delete"), element->childBool(QStringLiteral("wipe_after_delete"), false) ? 1 : 0);
    if (!isImage && element->hasChild(QStringLiteral("sgio")))
        set(QStringLiteral("sgio"), newSgio.isEmpty() ? QVariant() : QVariant(newSgio));
    return change;
}

std::optional<LabResponse> DiskService::amendIfAsked(const QString &diskId, const QString &vmId, const XmlElement *element, const QString &correlationId)
{
    if (!element)
        return std::nullopt;
    const std::optional<QString> version = AmendService::requestedVersion(*element);
    if (!version)
        return std::nullopt;
    return m_amend.amend(diskId, vmId, *version, correlationId);
}

LabResponse DiskService::update(const QString &diskId, const LabRequest &request)
{
    const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    if (!disk)
        return LabResponse::empty(404);
    const auto body = XmlElement::parse(request.body);
    if (!body || body->name() != QLatin1String("disk"))
        return FaultReply::syntax(request.baseUrl, QStringLiteral("services/disk/methods/update"));
    const Change change = diskChange(*disk, &*body);
    if (change.refusal)
        return FaultReply::engine(*change.refusal, QStringLiteral("edit"), VirtualDisk);
    if (auto refusal = amendIfAsked(diskId, QString(), &*body, request.correlationId))
        return *refusal;
    if (!change.assignments.isEmpty()) {
        QVariantList bindings = change.bindings;
        bindings << diskId;
        const QString alias = body->childText(QStringLiteral("alias")).isEmpty() ? str(*disk, "alias") : body->childText(QStringLiteral("alias"));
        if (!m_db.transaction()
            || !m_db.exec(QStringLiteral("UPDATE disks SET %1 WHERE id = ?").arg(change.assignments.join(QStringLiteral(", "))), bindings)
            || !AuditLog::add(m_db, 86, QStringLiteral("normal"), QStringLiteral("Disk %1 was updated by %2.").arg(alias, AuditLog::userName()),
                              request.correlationId)
            || !m_db.commit()) {
            const QString error = m_db.lastError();
            m_db.rollback();
            return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
        }
    }
    const auto updated = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.disk(w, *updated); }));
}

// --- remove ---------------------------------------------------------------------------------------

LabResponse DiskService::remove(const QString &diskId, const LabRequest &request)
{
    const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    if (!disk)
        return LabResponse::empty(404);
    return removeDisk(*disk, request);
}

LabResponse DiskService::removeDisk(const LabRow &disk, const LabRequest &request)
{
    const QString action = QStringLiteral("remove");
    const QString diskId = str(disk, "id");
    const QString alias = str(disk, "alias");
    if (str(disk, "status") == QLatin1String("locked"))
        return FaultReply::engine(*DiskRules::diskUsable(disk), action, VirtualDisk);
    for (const LabRow &row : m_db.select(QStringLiteral("SELECT a.active, v.* FROM disk_attachments a JOIN vms v ON v.id = a.vm_id WHERE a.disk_id = ?"),
                                         {diskId})) {
        if (auto message = VmRules::blockedBySnapshots(m_db, str(row, "id")))
            return FaultReply::engine(*message, action, VirtualDisk);
        if (row.value(QStringLiteral("active")).toInt() != 0 && str(row, "status") != QLatin1String("down"))
            return FaultReply::engine(DiskRules::VmIsNotDown, action, VirtualDisk);
    }
    const QString user = AuditLog::userName();

    if (str(disk, "storage_type") != QLatin1String("image")) {
        // A LUN disk is only a database entry: the LUN itself is left as it is.
        if (!m_db.transaction() || !m_db.exec(QStringLiteral("DELETE FROM disks WHERE id = ?"), {diskId})
            || !AuditLog::add(m_db, 2012, QStringLiteral("normal"), QStringLiteral("Disk %1 was successfully removed (User %2).").arg(alias, user),
                              request.correlationId)
            || !m_db.commit()) {
            const QString error = m_db.lastError();
            m_db.rollback();
            return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
        }
        return actionComplete();
    }

    const QString domainName = m_db.scalar(QStringLiteral("SELECT name FROM storage_domains WHERE id = ?"), {str(disk, "storage_domain_id")}).toString();
    LabOperation op;
    op.name = QStringLiteral("remove_disk");
    op.jobId = newId();
    op.correlationId = request.correlationId;
    op.jobDescription = QStringLiteral("Removing Disk");
    op.started = {2038, QStringLiteral("normal"), QStringLiteral("Removal of Disk %1 from domain %2 was initiated by %3.").arg(alias, domainName, user)};
    op.succeeded = {2014, QStringLiteral("normal"), QStringLiteral("Disk %1 was successfully removed from domain %2 (User %3).").arg(alias, domainName, user)};
    op.failed = {2015, QStringLiteral("warning"), QStringLiteral("Failed to remove disk %1 from storage domain %2 (User: %3).").arg(alias, domainName, user)};
    op.plan = OperationPlan(m_dataDir);
    QString folder;
    for (const LabRow &volume : m_db.select(QStringLiteral("SELECT path FROM volumes WHERE disk_id = ?"), {diskId})) {
        op.plan.addCleanupDelete(str(volume, "path"));
        folder = str(volume, "path").section(QLatin1Char('/'), 0, -2);
    }
    if (!folder.isEmpty())
        op.plan.addCleanupRemoveFolder(folder);
    LabOperation::add(op.lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
    LabOperation::add(op.commitSql, QStringLiteral("DELETE FROM disks WHERE id = ?"), {diskId});
    LabOperation::add(op.rollbackSql, QStringLiteral("UPDATE disks SET status = ? WHERE id = ?"), {str(disk, "status"), diskId});
    QString error;
    if (!m_runner.start(op, &error))
        return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
    return actionComplete();
}
