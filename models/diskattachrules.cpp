#include "diskattachrules.h"

#include "snapshotactions.h"

namespace {

// "Cannot ${action} Virtual Disk. <text>" as the engine fills its templates (AppErrors).
QString cannot(DiskAttachRules::Action action, const QString &text)
{
    return DiskAttachRules::tr("Cannot %1 Virtual Disk. %2").arg(DiskAttachRules::actionWord(action), text);
}

bool passThrough(const QString &sgio)
{
    return sgio == QLatin1String("filtered") || sgio == QLatin1String("unfiltered");
}

} // namespace

QString DiskAttachRules::actionWord(Action action)
{
    switch (action) {
    // The verb goes into the manager's "Cannot %1 Virtual Disk" sentences, so it is translated
    // with them.
    case Action::Add: return tr("add", "Cannot %1 Virtual Disk");
    case Action::Attach: return tr("attach", "Cannot %1 Virtual Disk");
    case Action::Edit: return tr("edit", "Cannot %1 Virtual Disk");
    case Action::HotPlug: return tr("hot plug", "Cannot %1 Virtual Disk");
    case Action::HotUnplug: return tr("hot unplug", "Cannot %1 Virtual Disk");
    }
    return {};
}

QString DiskAttachRules::engineInterfaceName(DiskInterface diskInterface)
{
    return toWire(diskInterface).toUpper();
}

bool DiskAttachRules::vmRuns(VmStatus status)
{
    return status == VmStatus::Up || status == VmStatus::Paused;
}

QList<DiskInterface> DiskAttachRules::interfaces()
{
    return {DiskInterface::VirtioScsi, DiskInterface::Virtio, DiskInterface::Sata, DiskInterface::Ide};
}

bool DiskAttachRules::allowsReadOnly(DiskInterface diskInterface)
{
    return diskInterface != DiskInterface::Ide && diskInterface != DiskInterface::Sata;
}

bool DiskAttachRules::hotPluggable(DiskInterface diskInterface)
{
    return diskInterface == DiskInterface::Virtio || diskInterface == DiskInterface::VirtioScsi;
}

bool DiskAttachRules::effectiveReadOnly(ReadOnlyMode mode, std::optional<bool> writeProtected)
{
    switch (mode) {
    case ReadOnlyMode::ReadWrite: return false;
    case ReadOnlyMode::ReadOnly: return true;
    case ReadOnlyMode::Automatic: return writeProtected.value_or(false);
    }
    return false;
}

std::optional<bool> DiskAttachRules::writeProtected(const Disk &disk)
{
    if (!disk.lunStorage || disk.lunStorage->logicalUnits.isEmpty())
        return std::nullopt;
    return disk.lunStorage->logicalUnits.constFirst().writeProtected;
}

QString DiskAttachRules::readOnlyRefusal(Action action, DiskInterface diskInterface, bool readOnly, const QString &sgio)
{
    if (!readOnly)
        return {};
    if (!allowsReadOnly(diskInterface))
        return cannot(action, tr("%1 disks can't be read-only.").arg(engineInterfaceName(diskInterface)));
    if (passThrough(sgio))
        return cannot(action, tr("SCSI device pass-through is not supported for a read-only disk."));
    return {};
}

QString DiskAttachRules::writeProtectedRefusal(Action action, const QString &lunId, bool readOnly,
                                               std::optional<bool> writeProtected)
{
    if (readOnly || !writeProtected.value_or(false))
        return {};
    return cannot(action, tr("The LUN %1 is write-protected by its storage server; it can only be attached read-only.").arg(lunId));
}

QString DiskAttachRules::shareableRefusal(Action action, DiskFormat format, bool shareable)
{
    if (!shareable || format != DiskFormat::Cow)
        return {};
    return cannot(action, tr("Disk's volume format is not supported for shareable disk."));
}

QString DiskAttachRules::bootableRefusal(Action action, const Vm &vm, const QList<DiskAttachment> &vmAttachments,
                                         bool bootable, const QString &exceptDiskId)
{
    if (!bootable)
        return {};
    for (const DiskAttachment &attachment : vmAttachments) {
        const QString diskId = attachment.diskId.isEmpty() ? attachment.id : attachment.diskId;
        if (attachment.bootable && attachment.active && diskId != exceptDiskId) {
            const QString alias = attachment.disk ? attachment.disk->alias : diskId;
            return cannot(action, tr("Disk %1 in VM %2 is already marked as boot.").arg(alias, vm.name));
        }
    }
    return {};
}

QString DiskAttachRules::attachRefusal(const Disk &disk, const QString &vmId, const QList<DiskUse> &uses)
{
    for (const DiskUse &use : uses) {
        if (use.vmId == vmId)
            return cannot(Action::Attach, tr("The disk is already attached to VM."));
    }
    if (!disk.shareable && !uses.isEmpty())
        return cannot(Action::Attach, tr("The disk is not shareable and is already attached to a VM."));
    return {};
}

QString DiskAttachRules::diskStateRefusal(Action action, const Disk &disk)
{
    if (disk.status == DiskStatus::Locked)
        return tr("Cannot %1 Virtual Disk: The following disks are locked: %2. Please try again in a few minutes.")
            .arg(actionWord(action), disk.alias);
    if (disk.status == DiskStatus::Illegal)
        return cannot(action, tr("Disk is in an illegal state. Disks in an illegal state can only be deleted."));
    return {};
}

QString DiskAttachRules::hotPlugRefusal(Action action, const Vm &vm, DiskInterface diskInterface, const QString &diskAlias,
                                        bool active)
{
    if (!active || !vmRuns(vm.status))
        return {};
    if (diskInterface == DiskInterface::Ide)
        return tr("Cannot %1 %2 to %3. Hot plugging a disk to an IDE interface is not supported.")
            .arg(actionWord(action), diskAlias, vm.name);
    if (diskInterface == DiskInterface::SpaprVscsi)
        return tr("Cannot %1 %2 to %3. Hot plugging a disk to a sPAPR VSCSI interface is not supported.")
            .arg(actionWord(action), diskAlias, vm.name);
    if (!hotPluggable(diskInterface))
        return tr("Cannot %1 Virtual Disk: The disk interface is not supported by the VM OS: %2.")
            .arg(actionWord(action), osName(vm.osType));
    return {};
}

QString DiskAttachRules::previewRefusal(Action action, const QList<Snapshot> &snapshots)
{
    if (!SnapshotActions::previewed(snapshots))
        return {};
    return cannot(action, tr("VM is previewing a Snapshot."));
}

QString DiskAttachRules::floatingActivateRefusal(bool floating, bool active)
{
    if (!floating || !active)
        return {};
    return cannot(Action::Add, tr("A disk configured with the \"Activate\" setting cannot be created as a floating disk."));
}

QString DiskAttachRules::newImageRefusal(const NewImageDisk &image)
{
    if (image.provisionedSize <= 0)
        return cannot(Action::Add, tr("Disk's provisioned size has to be greater than 0."));
    // The engine refuses preallocated qcow2 without incremental backup (ImagesHandler).
    if (image.format == DiskFormat::Cow && !image.sparse)
        return cannot(Action::Add, tr("Disk configuration (COW Preallocated backup-None) is incompatible with the storage domain type."));
    if (image.storageDomainId.isEmpty())
        return cannot(Action::Add, tr("Storage Domain hasn't been specified."));
    return {};
}

QString DiskAttachRules::lunInUseRefusal(const LogicalUnit &unit)
{
    if (unit.diskId.isEmpty() && unit.status != LunStatus::Used)
        return {};
    return cannot(Action::Add, tr("The provided lun is used by another disk."));
}

QString DiskAttachRules::editWhileRunningRefusal(const Vm &vm, const DiskAttachment &current,
                                                 const UpdateAttachmentRequest &change)
{
    // Plugged and running after the change (a PUT unplugs before it updates).
    const bool pluggedAfter = change.active.value_or(current.active);
    if (!vmRuns(vm.status) || !pluggedAfter)
        return {};
    const bool changes = (change.readOnly && *change.readOnly != current.readOnly)
        || (change.bootable && *change.bootable != current.bootable)
        || (change.interface_ && *change.interface_ != current.interface_);
    if (!changes)
        return {};
    return cannot(Action::Edit, tr("At least one of the VMs is not down."));
}

QString DiskAttachRules::plugStateRefusal(const DiskAttachment &current, bool active)
{
    if (active && current.active)
        return tr("Disk is already activated.");
    if (!active && !current.active)
        return tr("Disk is already deactivated.");
    return {};
}

QString DiskAttachRules::activateNote(const Vm &vm, DiskInterface diskInterface)
{
    if (!vmRuns(vm.status) || hotPluggable(diskInterface))
        return {};
    if (diskInterface == DiskInterface::Ide)
        return tr("When the VM is running, cannot activate a disk attached with IDE interface.");
    return tr("When the VM is running, cannot activate a disk attached with %1 interface.")
        .arg(engineInterfaceName(diskInterface));
}

QString DiskAttachRules::osName(const QString &osType)
{
    // osinfo-defaults.properties, os.<id>.name.value, for the types the lab and demo use.
    if (osType == QLatin1String("other"))
        return QStringLiteral("Other OS");
    if (osType == QLatin1String("rhel_7x64"))
        return QStringLiteral("Red Hat Enterprise Linux 7.x x64");
    if (osType == QLatin1String("rhel_8x64"))
        return QStringLiteral("Red Hat Enterprise Linux 8.x x64");
    if (osType == QLatin1String("rhel_9x64"))
        return QStringLiteral("Red Hat Enterprise Linux 9.x x64");
    return osType;
}
