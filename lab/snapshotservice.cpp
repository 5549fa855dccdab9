#include "snapshotservice.h"

#include "auditlog.h"
#include "labclock.h"
#include "laboperation.h"
#include "operationrunner.h"
#include "vmrules.h"
#include "xmlelement.h"
#include "xmlrenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

const QString Api = QStringLiteral("/ovirt-engine/api");
const QString ActiveVmDescription = QStringLiteral("Active VM");
const QString BeforePreviewDescription = QStringLiteral("Active VM before the preview");
// The VM columns a snapshot keeps as its configuration (the engine keeps a whole OVF).
const QStringList ConfigurationColumns{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("comment"),
                                       QStringLiteral("memory"), QStringLiteral("cpu_sockets"), QStringLiteral("cpu_cores"),
                                       QStringLiteral("cpu_threads"), QStringLiteral("os_type"), QStringLiteral("vm_type"),
                                       QStringLiteral("bios_type")};

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

/// qemu's format name of a volume row (the table keeps the engine's cow/raw).
QString qemuFormat(const LabRow &volume)
{
    return str(volume, "format") == QLatin1String("raw") ? QStringLiteral("raw") : QStringLiteral("qcow2");
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList toVariants(const QStringList &values)
{
    QVariantList list;
    for (const QString &value : values)
        list << value;
    return list;
}

QString folderOf(const QString &relativePath)
{
    return relativePath.section(QLatin1Char('/'), 0, -2);
}

/// The volume ids from \a volumeId down to the base, following parent_volume_id.
QStringList ancestry(const QString &volumeId, const QHash<QString, LabRow> &byId)
{
    QStringList chain;
    QString current = volumeId;
    while (!current.isEmpty() && byId.contains(current) && !chain.contains(current)) {
        chain << current;
        current = str(byId.value(current), "parent_volume_id");
    }
    return chain;
}

} // namespace

SnapshotService::SnapshotService(LabDatabase &db, OperationRunner &runner, XmlRenderer &renderer, const QString &dataDir)
    : m_db(db)
    , m_runner(runner)
    , m_renderer(renderer)
    , m_dataDir(dataDir)
{
}

// --- helpers --------------------------------------------------------------------------------------

QList<LabRow> SnapshotService::vmDisks(const QString &vmId)
{
    return m_db.select(QStringLiteral("SELECT d.* FROM disks d JOIN disk_attachments a ON a.disk_id = d.id WHERE a.vm_id = ? ORDER BY d.alias"),
                       {vmId});
}

bool SnapshotService::snapshotCapable(const LabRow &disk)
{
    // DiskImageBase.isAllowSnapshot() = !shareable; LunDisk.isAllowSnapshot() = false.
    return str(disk, "storage_type") == QLatin1String("image") && disk.value(QStringLiteral("shareable")).toInt() == 0;
}

QString SnapshotService::compatFor(const LabRow &disk)
{
    // New volumes follow the storage domain's format: v3 makes qcow2 0.10, v4 and later 1.1.
    const QString format = m_db.scalar(QStringLiteral("SELECT storage_format FROM storage_domains WHERE id = ?"), {disk.value(QStringLiteral("storage_domain_id"))})
                               .toString();
    return format == QLatin1String("v1") || format == QLatin1String("v2") || format == QLatin1String("v3") ? QStringLiteral("0.10")
                                                                                                             : QStringLiteral("1.1");
}

QString SnapshotService::vmConfiguration(const LabRow &vm)
{
    QJsonObject json;
    for (const QString &column : ConfigurationColumns)
        json.insert(column, QJsonValue::fromVariant(vm.value(column)));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void SnapshotService::applyConfiguration(QJsonArray &statements, const QString &vmId, const QString &configuration)
{
    // Demo snapshots made before configurations were kept have none: the VM keeps its own.
    if (configuration.isEmpty())
        return;
    const QJsonObject json = QJsonDocument::fromJson(configuration.toUtf8()).object();
    QStringList assignments;
    QVariantList bindings;
    for (const QString &column : ConfigurationColumns) {
        if (!json.contains(column))
            continue;
        assignments << column + QStringLiteral(" = ?");
        bindings << json.value(column).toVariant();
    }
    if (assignments.isEmpty())
        return;
    bindings << vmId;
    LabOperation::add(statements, QStringLiteral("UPDATE vms SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))), bindings);
}

LabResponse SnapshotService::plainFault(int status, const QString &reason, const QString &detail)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.fault(w, reason, detail); }), status);
}

LabResponse SnapshotService::syntaxFault(const Request &request, const QString &usage)
{
    return plainFault(400, QStringLiteral("Request syntactically incorrect."),
                      QStringLiteral("For correct usage, see: %1/ovirt-engine/apidoc#%2").arg(QString::fromLatin1(request.baseUrl), usage));
}

LabResponse SnapshotService::startFailed(const QString &error)
{
    return plainFault(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
}

namespace {

/// The echoed action: its parameters plus fault/job/status, members sorted by name as the
/// generated schema writes them (NOTES §11.1, §12.1).
void writeAction(QXmlStreamWriter &w, const XmlElement &action, const std::function<void(QXmlStreamWriter &, const QString &)> &extra,
                 const QStringList &extraNames)
{
    QList<QPair<QString, std::function<void()>>> members;
    for (const XmlElement &child : action.children()) {
        if (child.name() == QLatin1String("fault") || child.name() == QLatin1String("job") || child.name() == QLatin1String("status"))
            continue;
        members.append({child.name(), [&w, child] { child.write(w); }});
    }
    for (const QString &name : extraNames)
        members.append({name, [&w, &extra, name] { extra(w, name); }});
    std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    w.writeStartElement(QStringLiteral("action"));
    for (const auto &member : members)
        member.second();
    w.writeEndElement();
}

} // namespace

LabResponse SnapshotService::actionReply(const XmlElement &action, const QString &jobId)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
        writeAction(
            w, action,
            [&](QXmlStreamWriter &writer, const QString &name) {
                if (name == QLatin1String("job")) {
                    writer.writeEmptyElement(QStringLiteral("job"));
                    writer.writeAttribute(QStringLiteral("href"), Api + QStringLiteral("/jobs/") + jobId);
                    writer.writeAttribute(QStringLiteral("id"), jobId);
                } else {
                    writer.writeTextElement(QStringLiteral("status"), QStringLiteral("complete"));
                }
            },
            {QStringLiteral("job"), QStringLiteral("status")});
    }));
}

LabResponse SnapshotService::actionFault(const XmlElement &action, int status, const QString &detail)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                writeAction(
                                    w, action,
                                    [&](QXmlStreamWriter &writer, const QString &name) {
                                        if (name == QLatin1String("fault"))
                                            m_renderer.fault(writer, QStringLiteral("Operation Failed"), detail);
                                        else
                                            writer.writeTextElement(QStringLiteral("status"), QStringLiteral("failed"));
                                    },
                                    {QStringLiteral("fault"), QStringLiteral("status")});
                            }),
                            status);
}

// --- create ---------------------------------------------------------------------------------------

LabResponse SnapshotService::add(const LabRow &vm, const Request &request)
{
    const auto body = XmlElement::parse(request.body);
    if (!body || body->name() != QLatin1String("snapshot"))
        return syntaxFault(request, QStringLiteral("services/snapshots/methods/add"));
    const QString description = body->childText(QStringLiteral("description"));
    if (!body->hasChild(QStringLiteral("description")) || description.isEmpty())
        return plainFault(400, QStringLiteral("Incomplete parameters"), QStringLiteral("Snapshot [description] required for add"));

    const QString vmId = str(vm, "id");
    const QString vmName = str(vm, "name");
    const QString vmStatus = str(vm, "status");
    const QString action = QStringLiteral("create");
    const QString type = QStringLiteral("Snapshot");
    auto refuse = [&](const EngineMessage &message) {
        return plainFault(message.status, QStringLiteral("Operation Failed"), message.detail(action, type));
    };

    // CreateSnapshotForVmCommand.validate, in its order.
    static const QStringList refusedStatuses{QStringLiteral("migrating"), QStringLiteral("suspended"), QStringLiteral("image_illegal"),
                                             QStringLiteral("not_responding"), QStringLiteral("unassigned"), QStringLiteral("unknown")};
    if (refusedStatuses.contains(vmStatus))
        return refuse(VmRules::vmStatusIllegal(vmStatus));
    if (auto message = VmRules::vmNotLocked(m_db, vmId))
        return refuse(*message);
    if (auto message = VmRules::blockedBySnapshots(m_db, vmId))
        return refuse(*message);

    // Which disks: all snapshot-capable ones, or the listed subset (an empty list: configuration only).
    const QList<LabRow> attached = vmDisks(vmId);
    QList<LabRow> chosen;
    QHash<QString, QString> requestedImageIds;
    if (const XmlElement *list = body->child(QStringLiteral("disk_attachments"))) {
        QStringList notAttached;
        QStringList notSupported;
        for (const XmlElement &entry : list->children(QStringLiteral("disk_attachment"))) {
            const XmlElement *disk = entry.child(QStringLiteral("disk"));
            const QString diskId = disk ? disk->attribute(QStringLiteral("id")) : entry.attribute(QStringLiteral("id"));
            const auto match = std::find_if(attached.cbegin(), attached.cend(), [&](const LabRow &row) { return str(row, "id") == diskId; });
            if (match == attached.cend()) {
                const QString alias = m_db.scalar(QStringLiteral("SELECT alias FROM disks WHERE id = ?"), {diskId}).toString();
                notAttached << (alias.isEmpty() ? diskId : alias);
                continue;
            }
            if (!snapshotCapable(*match)) {
                notSupported << str(*match, "alias");
                continue;
            }
            if (disk && !disk->childText(QStringLiteral("image_id")).isEmpty())
                requestedImageIds.insert(diskId, disk->childText(QStringLiteral("image_id")));
            chosen << *match;
        }
        if (!notAttached.isEmpty())
            return refuse({QStringLiteral("ACTION_TYPE_FAILED_DISKS_NOT_ATTACHED_TO_VM"),
                           QStringLiteral("Cannot ${action} ${type}. The following disk(s) are not attached to the VM %1: %2.")
                               .arg(vmName, notAttached.join(QStringLiteral(", "))),
                           400});
        if (!notSupported.isEmpty())
            return refuse({QStringLiteral("ACTION_TYPE_FAILED_DISK_SNAPSHOT_NOT_SUPPORTED"),
                           QStringLiteral("Cannot ${action} ${type}. Snapshot is not allowed for the following disk(s): %1.")
                               .arg(notSupported.join(QStringLiteral(", "))),
                           400});
    } else {
        for (const LabRow &disk : attached) {
            if (snapshotCapable(disk))
                chosen << disk;
        }
    }
    QStringList chosenIds;
    for (const LabRow &disk : chosen)
        chosenIds << str(disk, "id");
    if (auto message = VmRules::disksNotLocked(m_db, chosenIds))
        return refuse(*message);
    QStringList usedImageIds;
    for (const QString &imageId : std::as_const(requestedImageIds)) {
        if (!isUuid(imageId) || m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM volumes WHERE id = ?"), {imageId}).toInt() > 0)
            usedImageIds << imageId;
    }
    if (!usedImageIds.isEmpty())
        return refuse({QStringLiteral("ACTION_TYPE_FAILED_VM_SNAPSHOT_IMAGE_ALREADY_EXISTS"),
                       QStringLiteral("Cannot ${action} ${type}. Image IDs %1 are already used by a snapshot.").arg(usedImageIds.join(QStringLiteral(", "))),
                       409});

    const QString activeId = m_db.scalar(QStringLiteral("SELECT id FROM snapshots WHERE vm_id = ? AND type = 'active'"), {vmId}).toString();
    // Memory is only saved for a live snapshot; the lab simulates power state and keeps no RAM
    // image, so for a running VM the flag is recorded as asked but no memory volumes are made.
    const bool running = vmStatus == QLatin1String("up") || vmStatus == QLatin1String("paused");
    const bool persistMemory = running && body->childBool(QStringLiteral("persist_memorystate"), true);
    const QString snapshotId = newId();
    const qint64 now = LabClock::nowMs();

    LabOperation op;
    op.name = QStringLiteral("create_snapshot");
    op.jobId = newId();
    op.vmId = vmId;
    op.correlationId = request.correlationId;
    op.jobDescription = QStringLiteral("Creating VM Snapshot %1 for VM %2").arg(description, vmName);
    op.started = {45, QStringLiteral("normal"),
                  QStringLiteral("Snapshot '%1' creation for VM '%2' was initiated by %3.").arg(description, vmName, AuditLog::userName())};
    op.succeeded = {68, QStringLiteral("normal"), QStringLiteral("Snapshot '%1' creation for VM '%2' has been completed.").arg(description, vmName)};
    // 69 USER_CREATE_SNAPSHOT_FINISHED_FAILURE; lab wording after NOTES §6.2.
    op.failed = {69, QStringLiteral("error"), QStringLiteral("Failed to complete snapshot '%1' creation for VM '%2'.").arg(description, vmName)};
    op.plan = OperationPlan(m_dataDir);

    LabOperation::add(op.lockSql,
                      QStringLiteral("INSERT INTO snapshots (id, vm_id, description, date, type, status, persist_memorystate, vm_configuration) "
                                     "VALUES (?, ?, ?, ?, 'regular', 'locked', ?, ?)"),
                      {snapshotId, vmId, description, now, persistMemory ? 1 : 0, vmConfiguration(vm)});
    for (const LabRow &disk : chosen) {
        const QString diskId = str(disk, "id");
        const auto active = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ? AND active = 1"), {diskId});
        if (!active)
            continue;
        const QString newVolume = requestedImageIds.value(diskId, newId());
        const QString path = folderOf(str(*active, "path")) + QLatin1Char('/') + newVolume;
        LabOperation::add(op.lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
        op.plan.addCreate(path, str(*active, "id"), qemuFormat(*active), compatFor(disk));
        op.plan.addChmod(str(*active, "path"), OperationPlan::ReadOnlyMode);
        LabOperation::add(op.commitSql, QStringLiteral("UPDATE volumes SET snapshot_id = ?, active = 0 WHERE id = ?"), {snapshotId, str(*active, "id")});
        LabOperation::add(op.commitSql,
                          QStringLiteral("INSERT INTO volumes (id, disk_id, parent_volume_id, snapshot_id, path, format, active, creation_time) "
                                         "VALUES (?, ?, ?, ?, ?, 'cow', 1, ?)"),
                          {newVolume, diskId, str(*active, "id"), activeId, path, now});
        LabOperation::add(op.commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
        LabOperation::add(op.rollbackSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    }
    LabOperation::add(op.commitSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {snapshotId});
    LabOperation::add(op.commitSql, QStringLiteral("UPDATE snapshots SET date = MAX(date, ?) WHERE id = ?"), {now, activeId});
    LabOperation::add(op.rollbackSql, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {snapshotId});

    QString error;
    if (!m_runner.start(op, &error))
        return startFailed(error);
    const auto snapshot = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE id = ?"), {snapshotId});
    LabResponse response = LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.snapshot(w, *snapshot, vm); }), 201);
    response.setHeader("Location", (QString::fromLatin1(request.baseUrl) + Api + QStringLiteral("/vms/%1/snapshots/%2").arg(vmId, snapshotId)).toUtf8());
    return response;
}

// --- remove ---------------------------------------------------------------------------------------

LabResponse SnapshotService::remove(const LabRow &vm, const QString &snapshotId, const Request &request)
{
    const QString vmId = str(vm, "id");
    const QString vmName = str(vm, "name");
    const auto snapshot = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE id = ? AND vm_id = ?"), {snapshotId, vmId});
    if (!snapshot)
        return LabResponse::empty(404);
    auto refuse = [&](const EngineMessage &message) {
        return plainFault(message.status, QStringLiteral("Operation Failed"), message.detail(QStringLiteral("remove"), QStringLiteral("Snapshot")));
    };
    // RemoveSnapshotCommand.validate.
    if (str(*snapshot, "type") != QLatin1String("regular"))
        return refuse({QStringLiteral("ACTION_TYPE_FAILED_VM_SNAPSHOT_TYPE_NOT_REGULAR"),
                       QStringLiteral("Cannot ${action} ${type}. The operation is only allowed for regular snapshots."), 409});
    static const QStringList allowed{QStringLiteral("down"), QStringLiteral("up"), QStringLiteral("powering_up"), QStringLiteral("paused"),
                                     QStringLiteral("reboot_in_progress")};
    if (!allowed.contains(str(vm, "status")))
        return refuse({QStringLiteral("ACTION_TYPE_FAILED_VM_IS_NOT_DOWN_OR_UP"),
                       QStringLiteral("Cannot ${action} ${type}. VM %1 must be in status Down, Up or Paused.").arg(vmName), 409});
    if (auto message = VmRules::blockedBySnapshots(m_db, vmId))
        return refuse(*message);
    const QList<LabRow> volumes = m_db.select(QStringLiteral("SELECT * FROM volumes WHERE snapshot_id = ?"), {snapshotId});
    QStringList diskIds;
    for (const LabRow &volume : volumes)
        diskIds << str(volume, "disk_id");
    if (auto message = VmRules::disksNotLocked(m_db, diskIds))
        return refuse(*message);

    const QString description = str(*snapshot, "description");
    LabOperation op;
    op.name = QStringLiteral("remove_snapshot");
    op.jobId = newId();
    op.vmId = vmId;
    op.correlationId = request.correlationId;
    op.jobDescription = QStringLiteral("Removing Snapshot %1 of VM %2").arg(description, vmName);
    op.started = {342, QStringLiteral("normal"),
                  QStringLiteral("Snapshot '%1' deletion for VM '%2' was initiated by %3.").arg(description, vmName, AuditLog::userName())};
    op.succeeded = {356, QStringLiteral("normal"), QStringLiteral("Snapshot '%1' deletion for VM '%2' has been completed.").arg(description, vmName)};
    // 357 USER_REMOVE_SNAPSHOT_FINISHED_FAILURE; lab wording after NOTES §6.4.
    op.failed = {357, QStringLiteral("error"), QStringLiteral("Failed to delete snapshot '%1' for VM '%2'.").arg(description, vmName)};
    op.plan = OperationPlan(m_dataDir);

    LabOperation::add(op.lockSql, QStringLiteral("UPDATE snapshots SET status = 'locked' WHERE id = ?"), {snapshotId});
    LabOperation::add(op.rollbackSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {snapshotId});
    // Two merges, both the engine's (RemoveSnapshotSingleDiskCommandBase.syncDbRecords):
    // - forward ("pull", handleForwardMerge) when the removed volume has a parent: its child is
    //   rebased onto that parent. Safe rebase copies into the child what it read through the
    //   removed volume, so no data is lost, the child keeps its id and every step can be undone.
    // - backward ("commit", handleBackwardMerge) when the removed volume is the base: the child
    //   is committed into it and the base takes the child's place (its snapshot, its active
    //   flag; the active volume id changes, as on the engine). Rebasing onto nothing would read
    //   the whole virtual disk. The commit is the point of no return (see OperationPlan).
    QStringList removedIds;
    for (const LabRow &volume : volumes) {
        const QString diskId = str(volume, "disk_id");
        LabOperation::add(op.lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
        LabOperation::add(op.rollbackSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
        const QString parentId = str(volume, "parent_volume_id");
        const auto parent = parentId.isEmpty() ? std::nullopt : m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE id = ?"), {parentId});
        const auto child = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE parent_volume_id = ?"), {str(volume, "id")});
        if (!child) {
            // A volume nothing builds on (not expected in a linear chain): nothing to merge.
            removedIds << str(volume, "id");
            op.plan.addCleanupDelete(str(volume, "path"));
        } else if (parent) {
            op.plan.addRebase(str(*child, "path"), str(*parent, "id"), qemuFormat(*parent), str(volume, "id"), qemuFormat(volume));
            LabOperation::add(op.commitSql, QStringLiteral("UPDATE volumes SET parent_volume_id = ? WHERE id = ?"), {str(*parent, "id"), str(*child, "id")});
            removedIds << str(volume, "id");
            op.plan.addCleanupDelete(str(volume, "path"));
        } else {
            const bool childActive = child->value(QStringLiteral("active")).toInt() != 0;
            op.plan.addChmod(str(volume, "path"), OperationPlan::WritableMode);
            op.plan.addCommit(str(*child, "path"));
            const auto grandchild = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE parent_volume_id = ?"), {str(*child, "id")});
            if (grandchild) {
                op.plan.addRebaseUnsafe(str(*grandchild, "path"), str(volume, "id"), qemuFormat(volume), str(*child, "id"), qemuFormat(*child));
                LabOperation::add(op.commitSql, QStringLiteral("UPDATE volumes SET parent_volume_id = NULL WHERE id = ?"), {str(*grandchild, "id")});
            }
            if (!childActive)
                op.plan.addChmod(str(volume, "path"), OperationPlan::ReadOnlyMode);
            // The child's row goes first (it references the base), then the base takes its place.
            LabOperation::add(op.commitSql, QStringLiteral("DELETE FROM volumes WHERE id = ?"), {str(*child, "id")});
            LabOperation::add(op.commitSql, QStringLiteral("UPDATE volumes SET snapshot_id = ?, active = ? WHERE id = ?"),
                              {str(*child, "snapshot_id"), childActive ? 1 : 0, str(volume, "id")});
            if (grandchild)
                LabOperation::add(op.commitSql, QStringLiteral("UPDATE volumes SET parent_volume_id = ? WHERE id = ?"),
                                  {str(volume, "id"), str(*grandchild, "id")});
            op.plan.addCleanupDelete(str(*child, "path"));
        }
        LabOperation::add(op.commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    }
    if (!removedIds.isEmpty())
        LabOperation::add(op.commitSql, QStringLiteral("DELETE FROM volumes WHERE id IN (%1)").arg(placeholders(removedIds.size())), toVariants(removedIds));
    LabOperation::add(op.commitSql, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {snapshotId});

    QString error;
    if (!m_runner.start(op, &error))
        return startFailed(error);
    // DELETE answers 200 with <action><job/><status>complete</status></action> (NOTES §6.4, §12.2).
    return actionReply(XmlElement(), op.jobId);
}

// --- preview --------------------------------------------------------------------------------------

std::optional<SnapshotService::Refusal> SnapshotService::buildPreview(const LabRow &vm, const QString &snapshotId, const XmlElement &action,
                                                                      const QString &correlationId, LabOperation *op)
{
    const QString vmId = str(vm, "id");
    const QString vmName = str(vm, "name");
    auto refusal = [](const EngineMessage &message) {
        return Refusal{message.status, QStringLiteral("Operation Failed"), message.detail(QStringLiteral("preview"), QStringLiteral("Snapshot"))};
    };

    // The REST layer resolves custom-preview disks first: an unknown (disk, image) pair is a 404.
    struct Choice
    {
        bool listed = false;
        std::optional<LabRow> volume;
    };
    QHash<QString, Choice> choices;
    const XmlElement *disksElement = action.child(QStringLiteral("disks"));
    if (disksElement) {
        for (const XmlElement &disk : disksElement->children(QStringLiteral("disk"))) {
            const QString diskId = disk.attribute(QStringLiteral("id"));
            const QString imageId = disk.childText(QStringLiteral("image_id"));
            const XmlElement *fromSnapshot = disk.child(QStringLiteral("snapshot"));
            std::optional<LabRow> volume;
            if (!imageId.isEmpty())
                volume = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE id = ? AND disk_id = ?"), {imageId, diskId});
            else if (fromSnapshot)
                volume = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE snapshot_id = ? AND disk_id = ?"),
                                        {fromSnapshot->attribute(QStringLiteral("id")), diskId});
            if (!volume)
                return Refusal{404, QStringLiteral("Operation Failed"),
                               QStringLiteral("Entity not found: GetDiskImageByDiskAndImageIds: disk id=%1, image_id=%2").arg(diskId, imageId)};
            choices.insert(diskId, Choice{true, volume});
        }
    }

    // TryBackToAllSnapshotsOfVmCommand.validate.
    const auto snapshot = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE id = ? AND vm_id = ?"), {snapshotId, vmId});
    if (!snapshot)
        return refusal({QStringLiteral("ACTION_TYPE_FAILED_VM_SNAPSHOT_DOES_NOT_EXIST"), QStringLiteral("Cannot ${action} ${type}. VM's Snapshot does not exist."), 400});
    if (str(*snapshot, "type") == QLatin1String("active"))
        return refusal({QStringLiteral("CANNOT_PREVIEW_ACTIVE_SNAPSHOT"), QStringLiteral("Cannot preview Active VM snapshot."), 400});
    if (str(vm, "status") != QLatin1String("down"))
        return refusal({QStringLiteral("ACTION_TYPE_FAILED_VM_IS_NOT_DOWN"), QStringLiteral("Cannot ${action} ${type}. At least one of the VMs is not down."), 409});
    if (auto message = VmRules::blockedBySnapshots(m_db, vmId))
        return refusal(*message);

    const auto active = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? AND type = 'active'"), {vmId});
    const QString activeId = str(*active, "id");
    const QString newActiveId = newId();
    const QString description = str(*snapshot, "description");
    const qint64 now = LabClock::nowMs();

    op->name = QStringLiteral("preview_snapshot");
    op->jobId = newId();
    op->vmId = vmId;
    op->correlationId = correlationId;
    op->jobDescription = QStringLiteral("Preview VM Snapshot %1 of VM %2").arg(description, vmName);
    op->started = {46, QStringLiteral("normal"),
                   QStringLiteral("Snapshot-Preview %1 for VM %2 was initiated by %3.").arg(description, vmName, AuditLog::userName())};
    op->succeeded = {71, QStringLiteral("normal"), QStringLiteral("Snapshot-Preview %1 for VM %2 has been completed.").arg(description, vmName)};
    // 99 USER_TRY_BACK_TO_SNAPSHOT_FINISH_FAILURE; lab wording after NOTES §6.3.
    op->failed = {99, QStringLiteral("error"), QStringLiteral("Failed to complete Snapshot-Preview %1 for VM %2.").arg(description, vmName)};
    op->plan = OperationPlan(m_dataDir);

    // The old Active VM becomes "Active VM before the preview" (type preview) and keeps the
    // configuration the VM has now, so undo can bring it back; a new Active VM is made.
    const QString previousStatus = str(vm, "status");
    LabOperation::add(op->lockSql, QStringLiteral("UPDATE vms SET status = 'image_locked' WHERE id = ?"), {vmId});
    LabOperation::add(op->lockSql,
                      QStringLiteral("UPDATE snapshots SET type = 'preview', description = ?, status = 'locked', vm_configuration = ? WHERE id = ?"),
                      {BeforePreviewDescription, vmConfiguration(vm), activeId});
    LabOperation::add(op->lockSql,
                      QStringLiteral("INSERT INTO snapshots (id, vm_id, description, date, type, status, persist_memorystate) "
                                     "VALUES (?, ?, ?, ?, 'active', 'ok', 0)"),
                      {newActiveId, vmId, ActiveVmDescription, now});
    LabOperation::add(op->lockSql, QStringLiteral("UPDATE snapshots SET status = 'in_preview' WHERE id = ?"), {snapshotId});
    LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {snapshotId});
    LabOperation::add(op->rollbackSql, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {newActiveId});
    LabOperation::add(op->rollbackSql,
                      QStringLiteral("UPDATE snapshots SET type = 'active', description = ?, status = 'ok', vm_configuration = NULL WHERE id = ?"),
                      {ActiveVmDescription, activeId});
    LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE vms SET status = ? WHERE id = ?"), {previousStatus, vmId});

    // Per disk: previewed (a new overlay on the chosen volume), kept (its active volume simply
    // moves to the new Active VM: "a disk chosen at its current image keeps its present state",
    // and disks the snapshot does not cover), or excluded (custom preview without it: its volumes
    // stay with "Active VM before the preview"; commit deletes the disk, undo keeps it).
    for (const LabRow &disk : vmDisks(vmId)) {
        if (!snapshotCapable(disk))
            continue;
        const QString diskId = str(disk, "id");
        const auto current = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ? AND active = 1"), {diskId});
        if (!current)
            continue;
        std::optional<LabRow> chosen;
        bool excluded = false;
        if (disksElement) {
            if (choices.contains(diskId))
                chosen = choices.value(diskId).volume;
            else
                excluded = true;
        } else {
            chosen = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE snapshot_id = ? AND disk_id = ?"), {snapshotId, diskId});
        }
        if (excluded)
            continue;
        if (!chosen || str(*chosen, "id") == str(*current, "id")) {
            LabOperation::add(op->commitSql, QStringLiteral("UPDATE volumes SET snapshot_id = ? WHERE id = ?"), {newActiveId, str(*current, "id")});
            continue;
        }
        const QString overlay = newId();
        const QString path = folderOf(str(*current, "path")) + QLatin1Char('/') + overlay;
        op->plan.addCreate(path, str(*chosen, "id"), qemuFormat(*chosen), compatFor(disk));
        op->plan.addChmod(str(*current, "path"), OperationPlan::ReadOnlyMode);
        LabOperation::add(op->lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
        LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
        LabOperation::add(op->commitSql, QStringLiteral("UPDATE volumes SET active = 0 WHERE id = ?"), {str(*current, "id")});
        LabOperation::add(op->commitSql,
                          QStringLiteral("INSERT INTO volumes (id, disk_id, parent_volume_id, snapshot_id, path, format, active, creation_time) "
                                         "VALUES (?, ?, ?, ?, ?, 'cow', 1, ?)"),
                          {overlay, diskId, str(*chosen, "id"), newActiveId, path, now});
        LabOperation::add(op->commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    }
    applyConfiguration(op->commitSql, vmId, str(*snapshot, "vm_configuration"));
    LabOperation::add(op->commitSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {activeId});
    LabOperation::add(op->commitSql, QStringLiteral("UPDATE vms SET status = ? WHERE id = ?"), {previousStatus, vmId});
    return std::nullopt;
}

LabResponse SnapshotService::preview(const LabRow &vm, const Request &request)
{
    const auto action = XmlElement::parse(request.body);
    if (!action || action->name() != QLatin1String("action"))
        return syntaxFault(request, QStringLiteral("services/vm/methods/preview_snapshot"));
    const XmlElement *snapshot = action->child(QStringLiteral("snapshot"));
    if (!snapshot || snapshot->attribute(QStringLiteral("id")).isEmpty())
        return plainFault(400, QStringLiteral("Incomplete parameters"), QStringLiteral("Action [snapshot.id] required for previewSnapshot"));
    LabOperation op;
    if (auto refusal = buildPreview(vm, snapshot->attribute(QStringLiteral("id")), *action, request.correlationId, &op)) {
        if (refusal->status == 404)
            return plainFault(404, refusal->reason, refusal->detail);
        return actionFault(*action, refusal->status, refusal->detail);
    }
    QString error;
    if (!m_runner.start(op, &error))
        return startFailed(error);
    return actionReply(*action, op.jobId);
}

// --- commit / undo --------------------------------------------------------------------------------

std::optional<EngineMessage> SnapshotService::validateRevert(const LabRow &vm)
{
    // The backend matrix alone would allow "up"; the portal and the model ask for down or
    // suspended (NOTES §6.3), which the lab enforces.
    const QString status = str(vm, "status");
    if (status != QLatin1String("down") && status != QLatin1String("suspended"))
        return VmRules::vmStatusIllegal(status);
    const QString vmId = str(vm, "id");
    if (auto message = VmRules::vmNotDuringSnapshot(m_db, vmId))
        return message;
    if (!m_db.selectOne(QStringLiteral("SELECT id FROM snapshots WHERE vm_id = ? AND type = 'preview'"), {vmId}))
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_VM_SNAPSHOT_NOT_IN_PREVIEW"),
                             QStringLiteral("Cannot ${action} ${type} to a Snapshot that is not being previewed. Please select the correct "
                                            "Snapshot to restore to: Either the one being previewed, or the one before the preview."),
                             409};
    return std::nullopt;
}

bool SnapshotService::buildCommit(const LabRow &vm, const QString &correlationId, LabOperation *op)
{
    const QString vmId = str(vm, "id");
    const QString vmName = str(vm, "name");
    const auto previewed = m_db.selectOne(QStringLiteral("SELECT rowid AS row_number, * FROM snapshots WHERE vm_id = ? AND status = 'in_preview'"), {vmId});
    const auto before = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? AND type = 'preview'"), {vmId});
    const auto active = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? AND type = 'active'"), {vmId});
    if (!previewed || !before || !active)
        return false;
    const QString previewedId = str(*previewed, "id");
    const QString beforeId = str(*before, "id");
    const QString activeId = str(*active, "id");

    op->name = QStringLiteral("commit_snapshot");
    op->jobId = newId();
    op->vmId = vmId;
    op->correlationId = correlationId;
    op->jobDescription = QStringLiteral("Restoring VM Snapshot %1 of VM %2").arg(str(*previewed, "description"), vmName);
    op->started = {1190, QStringLiteral("normal"), QStringLiteral("Restoring VM %1 from snapshot started by user %2.").arg(vmName, AuditLog::userName())};
    op->succeeded = {100, QStringLiteral("normal"), QStringLiteral("VM %1 restoring from Snapshot has been completed.").arg(vmName)};
    // 101 USER_RESTORE_FROM_SNAPSHOT_FINISH_FAILURE; lab wording after NOTES §6.3.
    op->failed = {101, QStringLiteral("error"), QStringLiteral("Failed to complete restoring from Snapshot of VM %1.").arg(vmName)};
    op->plan = OperationPlan(m_dataDir);

    // Snapshots newer than the previewed one go, and so does the pre-preview branch.
    QStringList removedSnapshots{beforeId};
    for (const LabRow &row : m_db.select(QStringLiteral("SELECT id FROM snapshots WHERE vm_id = ? AND type = 'regular' AND id <> ? "
                                                        "AND (date > ? OR (date = ? AND rowid > ?))"),
                                         {vmId, previewedId, previewed->value(QStringLiteral("date")), previewed->value(QStringLiteral("date")),
                                          previewed->value(QStringLiteral("row_number"))}))
        removedSnapshots << str(row, "id");
    const QSet<QString> removedSet(removedSnapshots.cbegin(), removedSnapshots.cend());

    const QString previousStatus = str(vm, "status");
    LabOperation::add(op->lockSql, QStringLiteral("UPDATE vms SET status = 'image_locked' WHERE id = ?"), {vmId});
    LabOperation::add(op->lockSql, QStringLiteral("UPDATE snapshots SET status = 'locked' WHERE id = ?"), {beforeId});
    LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {beforeId});
    LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE vms SET status = ? WHERE id = ?"), {previousStatus, vmId});

    QStringList involved = removedSnapshots;
    involved << activeId;
    QStringList deletedVolumes;
    QStringList deletedDisks;
    QJsonArray parentUpdates;
    const QList<LabRow> diskRows = m_db.select(QStringLiteral("SELECT DISTINCT disk_id FROM volumes WHERE snapshot_id IN (%1)").arg(placeholders(involved.size())),
                                               toVariants(involved));
    for (const LabRow &diskRow : diskRows) {
        const QString diskId = str(diskRow, "disk_id");
        QHash<QString, LabRow> byId;
        std::optional<LabRow> top;
        bool hasBefore = false;
        for (const LabRow &volume : m_db.select(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ?"), {diskId})) {
            byId.insert(str(volume, "id"), volume);
            if (str(volume, "snapshot_id") == activeId)
                top = volume;
            if (str(volume, "snapshot_id") == beforeId)
                hasBefore = true;
        }
        LabOperation::add(op->lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
        LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
        if (!top) {
            // Excluded from a custom preview: not part of the committed configuration, so the
            // disk is removed, as the engine does (single-disk-snapshot: "excluding a disk ...
            // similar to deleting a disk").
            if (hasBefore) {
                deletedDisks << diskId;
                for (const LabRow &volume : std::as_const(byId)) {
                    op->plan.addCleanupDelete(str(volume, "path"));
                }
                if (!byId.isEmpty())
                    op->plan.addCleanupRemoveFolder(folderOf(str(byId.cbegin().value(), "path")));
            }
            continue;
        }
        LabOperation::add(op->commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
        // The committed chain is the new active volume and its ancestors; everything else (the
        // pre-preview branch) goes. Inside the chain, volumes of removed snapshots are merged
        // out: the nearest kept volume above them is rebased (safe mode keeps its data).
        const QStringList chain = ancestry(str(*top, "id"), byId);
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            if (!chain.contains(it.key())) {
                deletedVolumes << it.key();
                op->plan.addCleanupDelete(str(it.value(), "path"));
            }
        }
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const LabRow &volume = byId[chain.at(i)];
            const bool removed = i > 0 && removedSet.contains(str(volume, "snapshot_id"));
            if (removed) {
                deletedVolumes << chain.at(i);
                op->plan.addCleanupDelete(str(volume, "path"));
                continue;
            }
            if (i + 1 >= chain.size() || !removedSet.contains(str(byId[chain.at(i + 1)], "snapshot_id")))
                continue;
            qsizetype keptParent = i + 1;
            while (keptParent < chain.size() && removedSet.contains(str(byId[chain.at(keptParent)], "snapshot_id")))
                ++keptParent;
            const LabRow &oldParent = byId[chain.at(i + 1)];
            const bool hasParent = keptParent < chain.size();
            const QString newParentId = hasParent ? chain.at(keptParent) : QString();
            op->plan.addRebase(str(volume, "path"), newParentId, hasParent ? qemuFormat(byId[newParentId]) : QString(), chain.at(i + 1),
                               qemuFormat(oldParent));
            LabOperation::add(parentUpdates, QStringLiteral("UPDATE volumes SET parent_volume_id = ? WHERE id = ?"),
                              {hasParent ? QVariant(newParentId) : QVariant(), chain.at(i)});
        }
    }
    for (const QJsonValue &statement : std::as_const(parentUpdates))
        op->commitSql.append(statement);
    if (!deletedVolumes.isEmpty())
        LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM volumes WHERE id IN (%1)").arg(placeholders(deletedVolumes.size())),
                          toVariants(deletedVolumes));
    for (const QString &diskId : std::as_const(deletedDisks)) {
        LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM volumes WHERE disk_id = ?"), {diskId});
        LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM disk_attachments WHERE disk_id = ?"), {diskId});
        LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM disks WHERE id = ?"), {diskId});
    }
    LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM snapshots WHERE id IN (%1)").arg(placeholders(removedSnapshots.size())),
                      toVariants(removedSnapshots));
    LabOperation::add(op->commitSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {previewedId});
    LabOperation::add(op->commitSql, QStringLiteral("UPDATE vms SET status = ? WHERE id = ?"), {previousStatus, vmId});
    return true;
}

bool SnapshotService::buildUndo(const LabRow &vm, const QString &correlationId, LabOperation *op)
{
    const QString vmId = str(vm, "id");
    const QString vmName = str(vm, "name");
    const auto previewed = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? AND status = 'in_preview'"), {vmId});
    const auto before = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? AND type = 'preview'"), {vmId});
    const auto active = m_db.selectOne(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? AND type = 'active'"), {vmId});
    if (!before || !active)
        return false;
    const QString beforeId = str(*before, "id");
    const QString activeId = str(*active, "id");

    op->name = QStringLiteral("undo_snapshot");
    op->jobId = newId();
    op->vmId = vmId;
    op->correlationId = correlationId;
    op->jobDescription = QStringLiteral("Restoring VM Snapshot %1 of VM %2").arg(BeforePreviewDescription, vmName);
    op->started = {1190, QStringLiteral("normal"), QStringLiteral("Restoring VM %1 from snapshot started by user %2.").arg(vmName, AuditLog::userName())};
    op->succeeded = {100, QStringLiteral("normal"), QStringLiteral("VM %1 restoring from Snapshot has been completed.").arg(vmName)};
    op->failed = {101, QStringLiteral("error"), QStringLiteral("Failed to complete restoring from Snapshot of VM %1.").arg(vmName)};
    op->plan = OperationPlan(m_dataDir);

    const QString previousStatus = str(vm, "status");
    LabOperation::add(op->lockSql, QStringLiteral("UPDATE vms SET status = 'image_locked' WHERE id = ?"), {vmId});
    LabOperation::add(op->lockSql, QStringLiteral("UPDATE snapshots SET status = 'locked' WHERE id = ?"), {beforeId});
    LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {beforeId});
    LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE vms SET status = ? WHERE id = ?"), {previousStatus, vmId});

    // Overlays made by the preview are dropped and the pre-preview volumes are active again;
    // volumes that only moved to the new Active VM move back.
    QStringList droppedVolumes;
    for (const LabRow &volume : m_db.select(QStringLiteral("SELECT * FROM volumes WHERE snapshot_id = ?"), {activeId})) {
        const QString diskId = str(volume, "disk_id");
        const auto old = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ? AND snapshot_id = ?"), {diskId, beforeId});
        if (!old) {
            LabOperation::add(op->commitSql, QStringLiteral("UPDATE volumes SET snapshot_id = ? WHERE id = ?"), {beforeId, str(volume, "id")});
            continue;
        }
        LabOperation::add(op->lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
        LabOperation::add(op->rollbackSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
        op->plan.addChmod(str(*old, "path"), OperationPlan::WritableMode);
        op->plan.addCleanupDelete(str(volume, "path"));
        droppedVolumes << str(volume, "id");
        LabOperation::add(op->commitSql, QStringLiteral("UPDATE volumes SET active = 1 WHERE id = ?"), {str(*old, "id")});
        LabOperation::add(op->commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    }
    if (!droppedVolumes.isEmpty())
        LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM volumes WHERE id IN (%1)").arg(placeholders(droppedVolumes.size())),
                          toVariants(droppedVolumes));
    LabOperation::add(op->commitSql, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {activeId});
    LabOperation::add(op->commitSql,
                      QStringLiteral("UPDATE snapshots SET type = 'active', description = ?, status = 'ok', vm_configuration = NULL WHERE id = ?"),
                      {ActiveVmDescription, beforeId});
    if (previewed)
        LabOperation::add(op->commitSql, QStringLiteral("UPDATE snapshots SET status = 'ok' WHERE id = ?"), {str(*previewed, "id")});
    applyConfiguration(op->commitSql, vmId, str(*before, "vm_configuration"));
    LabOperation::add(op->commitSql, QStringLiteral("UPDATE vms SET status = ? WHERE id = ?"), {previousStatus, vmId});
    return true;
}

LabResponse SnapshotService::commit(const LabRow &vm, const Request &request)
{
    return revert(vm, request, QStringLiteral("services/vm/methods/commit_snapshot"), &SnapshotService::buildCommit);
}

LabResponse SnapshotService::undo(const LabRow &vm, const Request &request)
{
    return revert(vm, request, QStringLiteral("services/vm/methods/undo_snapshot"), &SnapshotService::buildUndo);
}

LabResponse SnapshotService::revert(const LabRow &vm, const Request &request, const QString &usage,
                                    bool (SnapshotService::*build)(const LabRow &, const QString &, LabOperation *))
{
    const auto action = XmlElement::parse(request.body.trimmed().isEmpty() ? QByteArray("<action/>") : request.body);
    if (!action || action->name() != QLatin1String("action"))
        return syntaxFault(request, usage);
    if (auto message = validateRevert(vm))
        return actionFault(*action, message->status, message->detail(QStringLiteral("revert to"), QStringLiteral("Snapshot")));
    LabOperation op;
    if (!(this->*build)(vm, request.correlationId, &op))
        return startFailed(QStringLiteral("the preview state of the VM is incomplete"));
    QString error;
    if (!m_runner.start(op, &error))
        return startFailed(error);
    return actionReply(*action, op.jobId);
}

// --- restore --------------------------------------------------------------------------------------

LabResponse SnapshotService::restore(const LabRow &vm, const QString &snapshotId, const Request &request)
{
    const auto action = XmlElement::parse(request.body.trimmed().isEmpty() ? QByteArray("<action/>") : request.body);
    if (!action || action->name() != QLatin1String("action"))
        return syntaxFault(request, QStringLiteral("services/snapshot/methods/restore"));
    LabOperation op;
    if (auto refusal = buildPreview(vm, snapshotId, *action, request.correlationId, &op)) {
        if (refusal->status == 404)
            return plainFault(404, refusal->reason, refusal->detail);
        return actionFault(*action, refusal->status, refusal->detail);
    }
    // Once the preview is done, commit it under the same correlation id (the engine runs the
    // two commands in one request; the lab answers at once and chains them). The commit still
    // to come is itself an intent, recorded in the transaction that records the preview's
    // success and deleted in the one that records the commit's: a stop in between (or during
    // the commit, which recovery undoes) must not leave the VM in preview with every job of
    // the restore finished, so the next start commits it (resumeRestores()).
    const QString vmId = str(vm, "id");
    const QString correlationId = request.correlationId;
    const QString followUpId = newId();
    LabOperation::add(op.commitSql, QStringLiteral("INSERT INTO intents (id, phase, operation, created) VALUES (?, 'restore_commit', ?, ?)"),
                      {followUpId,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("restore_commit")},
                                                                   {QStringLiteral("vm_id"), vmId},
                                                                   {QStringLiteral("correlation_id"), correlationId}})
                                             .toJson(QJsonDocument::Compact)),
                       LabClock::nowMs()});
    QString error;
    const bool started = m_runner.start(op, &error, [this, vmId, correlationId, followUpId](bool ok) {
        if (ok)
            startRestoreCommit(vmId, correlationId, followUpId);
    });
    if (!started)
        return startFailed(error);
    return actionReply(*action, op.jobId);
}

void SnapshotService::startRestoreCommit(const QString &vmId, const QString &correlationId, const QString &followUpId)
{
    const auto current = m_db.selectOne(QStringLiteral("SELECT * FROM vms WHERE id = ?"), {vmId});
    LabOperation commitOp;
    QString error;
    if (current && buildCommit(*current, correlationId, &commitOp)) {
        LabOperation::add(commitOp.commitSql, QStringLiteral("DELETE FROM intents WHERE id = ?"), {followUpId});
        // A commit that really fails is not tried again (its rollback leaves the preview, as
        // a failed commit does); one undone by recovery is: its rollback keeps the follow-up.
        if (m_runner.start(commitOp, &error, [this, followUpId](bool ok) {
                if (!ok)
                    m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {followUpId});
            }))
            return;
    }
    qWarning("diskdesk-lab: restore could not commit the preview: %s", qPrintable(error.isEmpty() ? QStringLiteral("the VM is not in preview") : error));
    m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {followUpId});
}

void SnapshotService::resumeRestores()
{
    for (const LabRow &intent : m_db.select(QStringLiteral("SELECT id, operation FROM intents WHERE phase = 'restore_commit' ORDER BY created"))) {
        const QJsonObject json = QJsonDocument::fromJson(str(intent, "operation").toUtf8()).object();
        const QString vmId = json.value(QLatin1String("vm_id")).toString();
        std::fprintf(stderr, "diskdesk-lab: committing the interrupted restore of VM %s\n", qPrintable(vmId));
        startRestoreCommit(vmId, json.value(QLatin1String("correlation_id")).toString(), str(intent, "id"));
    }
}
