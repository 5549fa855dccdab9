#include "diskrules.h"

#include "vmrules.h"

namespace {

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

} // namespace

// Texts from the engine's AppErrors.properties; statuses from the error types in EngineMessage.java.
const EngineMessage DiskRules::DiskNotExist{QStringLiteral("ACTION_TYPE_FAILED_DISK_NOT_EXIST"),
                                            QStringLiteral("Cannot ${action} ${type}. The specified disk does not exist."), 400};
const EngineMessage DiskRules::DiskAlreadyAttached{QStringLiteral("ACTION_TYPE_FAILED_DISK_ALREADY_ATTACHED"),
                                                   QStringLiteral("Cannot ${action} ${type}. The disk is already attached to VM."), 409};
const EngineMessage DiskRules::NotShareableDiskAlreadyAttached{
    QStringLiteral("ACTION_TYPE_FAILED_NOT_SHAREABLE_DISK_ALREADY_ATTACHED"),
    QStringLiteral("Cannot ${action} ${type}. The disk is not shareable and is already attached to a VM."), 409};
const EngineMessage DiskRules::VmIsNotDown{QStringLiteral("ACTION_TYPE_FAILED_VM_IS_NOT_DOWN"),
                                           QStringLiteral("Cannot ${action} ${type}. At least one of the VMs is not down."), 409};
const EngineMessage DiskRules::DetachDiskWithSnapshot{
    QStringLiteral("ERROR_CANNOT_DETACH_DISK_WITH_SNAPSHOT"),
    QStringLiteral("Cannot ${action} ${type}. The disk is already configured in a snapshot. In order to detach it, remove the disk's snapshots."), 409};
const EngineMessage DiskRules::SizeZero{QStringLiteral("ACTION_TYPE_FAILED_DISK_SIZE_ZERO"),
                                        QStringLiteral("Cannot ${action} ${type}. Disk's provisioned size has to be greater than 0."), 400};
const EngineMessage DiskRules::StorageDomainNotSpecified{QStringLiteral("ACTION_TYPE_FAILED_STORAGE_DOMAIN_NOT_SPECIFIED"),
                                                         QStringLiteral("Cannot ${action} ${type}. Storage Domain hasn't been specified."), 400};
const EngineMessage DiskRules::StorageDomainNotExist{QStringLiteral("ACTION_TYPE_FAILED_STORAGE_DOMAIN_NOT_EXIST"),
                                                     QStringLiteral("Cannot ${action} ${type}. Storage Domain doesn't exist."), 400};
const EngineMessage DiskRules::LunInvalid{
    QStringLiteral("ACTION_TYPE_FAILED_DISK_LUN_INVALID"),
    QStringLiteral("Cannot ${action} ${type}. The provided LUN is not visible by the specified host, please check storage server connectivity."), 400};
const EngineMessage DiskRules::LunInUse{QStringLiteral("ACTION_TYPE_FAILED_DISK_LUN_IS_ALREADY_IN_USE"),
                                        QStringLiteral("Cannot ${action} ${type}. The provided lun is used by another disk."), 409};
const EngineMessage DiskRules::LunHasNoValidType{QStringLiteral("ACTION_TYPE_FAILED_DISK_LUN_HAS_NO_VALID_TYPE"),
                                                 QStringLiteral("Cannot ${action} ${type}. The provided lun has no valid lun type."), 409};
const EngineMessage DiskRules::SgioFiltered{QStringLiteral("ACTION_TYPE_FAILED_SGIO_IS_FILTERED"),
                                            QStringLiteral("Cannot ${action} ${type}. SCSI reservation can be set only when SGIO is unfiltered."), 409};
const EngineMessage DiskRules::DiskSharedBetweenVms{
    QStringLiteral("DISK_IS_ALREADY_SHARED_BETWEEN_VMS"),
    QStringLiteral("Cannot ${action} ${type}. Disk is shared between VMs and cannot be made unshareable. Detach the disk from the rest of the "
                   "VMs it is attached to and then update the disk to be unshareable."),
    409};
const EngineMessage DiskRules::ShareableWithSnapshots{
    QStringLiteral("SHAREABLE_DISK_IS_NOT_SUPPORTED_FOR_DISK"),
    QStringLiteral("Cannot ${action} ${type}. Disk cannot be shareable if it depends on a snapshot. In order to share it, remove the disk's snapshots."),
    409};

bool DiskRules::isInterface(const QString &wire)
{
    static const QStringList interfaces{QStringLiteral("ide"), QStringLiteral("virtio_scsi"), QStringLiteral("virtio"),
                                        QStringLiteral("spapr_vscsi"), QStringLiteral("sata")};
    return interfaces.contains(wire);
}

std::optional<EngineMessage> DiskRules::readOnlyCompatible(const QString &interface, bool readOnly, const QString &sgio)
{
    if (!readOnly)
        return std::nullopt;
    // ${interface} prints the engine's enum constant (DiskInterface.IDE, .SATA).
    if (interface == QLatin1String("ide") || interface == QLatin1String("sata"))
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_INTERFACE_DOES_NOT_SUPPORT_READ_ONLY_ATTR"),
                             QStringLiteral("Cannot ${action} ${type}. %1 disks can't be read-only.").arg(interface.toUpper()), 400};
    if (sgio == QLatin1String("filtered") || sgio == QLatin1String("unfiltered"))
        return EngineMessage{QStringLiteral("SCSI_PASSTHROUGH_IS_NOT_SUPPORTED_FOR_READ_ONLY_DISK"),
                             QStringLiteral("Cannot ${action} ${type}. SCSI device pass-through is not supported for a read-only disk."), 400};
    return std::nullopt;
}

bool DiskRules::isRunning(const LabRow &vm)
{
    const QString status = str(vm, "status");
    return status == QLatin1String("up") || status == QLatin1String("paused");
}

std::optional<EngineMessage> DiskRules::hotPluggable(const LabRow &vm, const QString &interface, const QString &diskAlias)
{
    if (interface == QLatin1String("ide"))
        return EngineMessage{QStringLiteral("HOT_PLUG_IDE_DISK_IS_NOT_SUPPORTED"),
                             QStringLiteral("Cannot ${action} %1 to %2. Hot plugging a disk to an IDE interface is not supported.").arg(diskAlias, str(vm, "name")),
                             400};
    if (interface == QLatin1String("spapr_vscsi"))
        return EngineMessage{QStringLiteral("HOT_PLUG_SPAPR_VSCSI_DISK_IS_NOT_SUPPORTED"),
                             QStringLiteral("Cannot ${action} %1 to %2. Hot plugging a disk to a sPAPR VSCSI interface is not supported.")
                                 .arg(diskAlias, str(vm, "name")),
                             400};
    // osinfo: x86 guests hot plug VirtIO and VirtIO-SCSI only.
    if (interface != QLatin1String("virtio") && interface != QLatin1String("virtio_scsi"))
        return EngineMessage{QStringLiteral("ACTION_TYPE_DISK_INTERFACE_UNSUPPORTED"),
                             QStringLiteral("Cannot ${action} ${type}: The disk interface is not supported by the VM OS: %1.").arg(osName(str(vm, "os_type"))),
                             400};
    return std::nullopt;
}

std::optional<EngineMessage> DiskRules::bootDiskFree(LabDatabase &db, const LabRow &vm, const QString &exceptDiskId)
{
    const auto boot = db.selectOne(QStringLiteral("SELECT d.alias FROM disk_attachments a JOIN disks d ON d.id = a.disk_id "
                                                  "WHERE a.vm_id = ? AND a.bootable = 1 AND a.active = 1 AND a.disk_id <> ?"),
                                   {str(vm, "id"), exceptDiskId});
    if (!boot)
        return std::nullopt;
    return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_DISK_BOOT_IN_USE"),
                         QStringLiteral("Cannot ${action} ${type}. Disk %1 in VM %2 is already marked as boot.").arg(str(*boot, "alias"), str(vm, "name")),
                         409};
}

std::optional<EngineMessage> DiskRules::shareableFormat(const QString &wireFormat)
{
    if (wireFormat == QLatin1String("raw"))
        return std::nullopt;
    return EngineMessage{QStringLiteral("SHAREABLE_DISK_IS_NOT_SUPPORTED_BY_VOLUME_FORMAT"),
                         QStringLiteral("Cannot ${action} ${type}. Disk's volume format is not supported for shareable disk."), 409};
}

std::optional<EngineMessage> DiskRules::lunWritable(LabDatabase &db, const QString &diskId, bool readOnly)
{
    if (readOnly)
        return std::nullopt;
    const auto lun = db.selectOne(QStringLiteral("SELECT id, write_protected FROM luns WHERE disk_id = ?"), {diskId});
    if (!lun || lun->value(QStringLiteral("write_protected")).toInt() == 0)
        return std::nullopt;
    // Not an engine message (oVirt learns of write protection only when the VM fails to open
    // the device); the lab refuses up front so that a client can offer read-only instead.
    return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_LUN_IS_WRITE_PROTECTED"),
                         QStringLiteral("Cannot ${action} ${type}. The LUN %1 is write-protected by its storage server; it can only be attached read-only.")
                             .arg(str(*lun, "id")),
                         409};
}

std::optional<EngineMessage> DiskRules::vmStatusForDisks(const LabRow &vm)
{
    const QString status = str(vm, "status");
    if (status == QLatin1String("up") || status == QLatin1String("paused") || status == QLatin1String("down"))
        return std::nullopt;
    return VmRules::vmStatusIllegal(status);
}

std::optional<EngineMessage> DiskRules::diskUsable(const LabRow &disk)
{
    if (str(disk, "storage_type") != QLatin1String("image"))
        return std::nullopt;
    if (str(disk, "status") == QLatin1String("illegal"))
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_ILLEGAL_DISK_OPERATION"),
                             QStringLiteral("Cannot ${action} ${type}. Disk is in an illegal state. Disks in an illegal state can only be deleted."), 400};
    if (str(disk, "status") == QLatin1String("locked"))
        return EngineMessage{QStringLiteral("ACTION_TYPE_FAILED_DISKS_LOCKED"),
                             QStringLiteral("Cannot ${action} ${type}: The following disks are locked: %1. Please try again in a few minutes.")
                                 .arg(str(disk, "alias")),
                             409};
    return std::nullopt;
}

QString DiskRules::osName(const QString &osType)
{
    // osinfo-defaults.properties, os.<id>.name.value
    static const QHash<QString, QString> names{
        {QStringLiteral("other"), QStringLiteral("Other OS")},
        {QStringLiteral("rhel_7x64"), QStringLiteral("Red Hat Enterprise Linux 7.x x64")},
        {QStringLiteral("rhel_8x64"), QStringLiteral("Red Hat Enterprise Linux 8.x x64")},
        {QStringLiteral("rhel_9x64"), QStringLiteral("Red Hat Enterprise Linux 9.x x64")},
    };
    return names.value(osType, osType);
}
