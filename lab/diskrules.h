#pragma once

#include "enginemessage.h"
#include "labdatabase.h"

#include <QString>

#include <optional>

/// The engine's disk and disk-attachment validators (DiskValidator, DiskVmElementValidator,
/// VmCommand.isDiskSupportedForPlugUnPlug...) with their AppErrors texts and error types
/// (NOTES §4, §5.3, §7.4, §8). Checks take plain values so that attach, add and update share them.
class DiskRules final
{
public:
    /// The engine's disk interface names (DiskInterface), wire form.
    static bool isInterface(const QString &wire);
    /// IDE and SATA cannot be read-only; a SCSI pass-through LUN (sgio set) neither.
    static std::optional<EngineMessage> readOnlyCompatible(const QString &interface, bool readOnly, const QString &sgio);
    /// Plugging into a running (up/paused) VM: only hot-pluggable interfaces. \a diskAlias and
    /// \a vm fill the IDE text, the VM's OS the SATA one.
    static std::optional<EngineMessage> hotPluggable(const LabRow &vm, const QString &interface, const QString &diskAlias);
    /// One plugged bootable disk per VM (the engine's getVmBootActiveDisk), \a exceptDiskId aside.
    static std::optional<EngineMessage> bootDiskFree(LabDatabase &db, const LabRow &vm, const QString &exceptDiskId = {});
    /// Only raw volumes can be shared (qcow2 "cow" disks cannot be shareable).
    static std::optional<EngineMessage> shareableFormat(const QString &wireFormat);
    /// The lab's own rule: a LUN its storage reports write-protected can only be used read-only.
    static std::optional<EngineMessage> lunWritable(LabDatabase &db, const QString &diskId, bool readOnly);
    /// The VM must be up, paused or down to attach, plug or update its disks.
    static std::optional<EngineMessage> vmStatusForDisks(const LabRow &vm);
    /// An image disk that is locked or illegal cannot be attached or changed.
    static std::optional<EngineMessage> diskUsable(const LabRow &disk);

    /// The engine's OS display name (osinfo "name.value") of a VM os_type.
    static QString osName(const QString &osType);
    static bool isRunning(const LabRow &vm);

    static const EngineMessage DiskNotExist;
    static const EngineMessage DiskAlreadyAttached;
    static const EngineMessage NotShareableDiskAlreadyAttached;
    static const EngineMessage VmIsNotDown;
    static const EngineMessage DetachDiskWithSnapshot;
    static const EngineMessage SizeZero;
    static const EngineMessage StorageDomainNotSpecified;
    static const EngineMessage StorageDomainNotExist;
    static const EngineMessage LunInvalid;
    static const EngineMessage LunInUse;
    static const EngineMessage LunHasNoValidType;
    static const EngineMessage SgioFiltered;
    static const EngineMessage DiskSharedBetweenVms;
    static const EngineMessage ShareableWithSnapshots;
};
