#pragma once

#include "enginemessage.h"

#include <QString>
#include <QStringList>

#include <optional>

class LabDatabase;

/// The engine's shared VM/snapshot validators (SnapshotsValidator, VmValidator), with its message
/// texts. Every operation that the engine refuses while a VM previews a snapshot or while a
/// snapshot operation runs (NOTES §6.6: add/attach/hot plug/remove disks, move/copy, export,
/// clone, suspend...) calls blockedBySnapshots() before doing anything.
class VmRules final
{
public:
    /// ACTION_TYPE_FAILED_VM_IN_PREVIEW when a snapshot of \a vmId is in preview.
    static std::optional<EngineMessage> vmNotInPreview(LabDatabase &db, const QString &vmId);
    /// ACTION_TYPE_FAILED_VM_IS_DURING_SNAPSHOT when a snapshot of \a vmId is locked.
    static std::optional<EngineMessage> vmNotDuringSnapshot(LabDatabase &db, const QString &vmId);
    /// Both checks above, in the engine's order (during-snapshot first).
    static std::optional<EngineMessage> blockedBySnapshots(LabDatabase &db, const QString &vmId);
    /// ACTION_TYPE_FAILED_VM_IS_LOCKED when the VM is image_locked.
    static std::optional<EngineMessage> vmNotLocked(LabDatabase &db, const QString &vmId);
    /// ACTION_TYPE_FAILED_DISKS_LOCKED naming the locked ones among \a diskIds.
    static std::optional<EngineMessage> disksNotLocked(LabDatabase &db, const QStringList &diskIds);
    /// ACTION_TYPE_FAILED_VM_STATUS_ILLEGAL: "Cannot ${action} ${type} because the VM is in X status."
    static EngineMessage vmStatusIllegal(const QString &wireStatus);
    /// The engine's display name of a VM status (VMStatus enum), e.g. image_locked -> "Image Locked".
    static QString statusDisplayName(const QString &wireStatus);
};
