#include "vmrules.h"

#include "labdatabase.h"

std::optional<EngineMessage> VmRules::vmNotInPreview(LabDatabase &db, const QString &vmId)
{
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE vm_id = ? AND (status = 'in_preview' OR type = 'preview')"), {vmId}).toInt() > 0)
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_VM_IN_PREVIEW"), QStringLiteral("Cannot ${action} ${type}. VM is previewing a Snapshot."), 409};
    return std::nullopt;
}

std::optional<EngineMessage> VmRules::vmNotDuringSnapshot(LabDatabase &db, const QString &vmId)
{
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE vm_id = ? AND status = 'locked'"), {vmId}).toInt() > 0)
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_VM_IS_DURING_SNAPSHOT"),
                             QStringLiteral("Cannot ${action} ${type}. The VM is performing an operation on a Snapshot. Please wait for the "
                                            "operation to finish, and try again."),
                             409};
    return std::nullopt;
}

std::optional<EngineMessage> VmRules::blockedBySnapshots(LabDatabase &db, const QString &vmId)
{
    if (auto message = vmNotDuringSnapshot(db, vmId))
        return message;
    return vmNotInPreview(db, vmId);
}

std::optional<EngineMessage> VmRules::vmNotLocked(LabDatabase &db, const QString &vmId)
{
    if (db.scalar(QStringLiteral("SELECT status FROM vms WHERE id = ?"), {vmId}).toString() == QLatin1String("image_locked"))
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_VM_IS_LOCKED"),
                             QStringLiteral("Cannot ${action} ${type}: VM is locked. Please try again in a few minutes."), 409};
    return std::nullopt;
}

std::optional<EngineMessage> VmRules::disksNotLocked(LabDatabase &db, const QStringList &diskIds)
{
    QStringList aliases;
    for (const QString &id : diskIds) {
        const auto disk = db.selectOne(QStringLiteral("SELECT alias, status FROM disks WHERE id = ?"), {id});
        if (disk && disk->value(QStringLiteral("status")).toString() == QLatin1String("locked"))
            aliases << disk->value(QStringLiteral("alias")).toString();
    }
    if (aliases.isEmpty())
        return std::nullopt;
    return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_DISKS_LOCKED"),
                         QStringLiteral("Cannot ${action} ${type}: The following disks are locked: %1. Please try again in a few minutes.")
                             .arg(aliases.join(QStringLiteral(", "))),
                         409};
}

EngineMessage VmRules::vmStatusIllegal(const QString &wireStatus)
{
    return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_VM_STATUS_ILLEGAL"),
                         QStringLiteral("Cannot ${action} ${type} because the VM is in %1 status.").arg(statusDisplayName(wireStatus)), 409};
}

QString VmRules::statusDisplayName(const QString &wireStatus)
{
    // VMStatus names as the engine prints them in messages: words capitalised, underscores to spaces.
    if (wireStatus == QLatin1String("wait_for_launch"))
        return QStringLiteral("Wait For Launch");
    QStringList words = wireStatus.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char(' '));
}
