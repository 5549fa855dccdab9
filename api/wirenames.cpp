#include "wirenames.h"

#include <cstddef>

// One table per enum, in the order of the enum. toWire and fromWire both walk the table: the
// enums are small (at most 17 names), so a linear scan beats building hash maps, and the
// comparisons are against QStringView without allocating.
//
// Unknown maps to "unknown" only where the manager itself has that value (VmStatus,
// StorageDomainStatus); elsewhere toWire(Unknown) is an empty string.

namespace {

template <class E>
struct WireName
{
    E value;
    QLatin1String name;
};

template <class E, std::size_t N>
QString toWireIn(const WireName<E> (&table)[N], E value)
{
    for (const WireName<E> &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return QString();
}

template <class E, std::size_t N>
E fromWireIn(const WireName<E> (&table)[N], QStringView name)
{
    for (const WireName<E> &entry : table) {
        if (name == entry.name)
            return entry.value;
    }
    return E::Unknown;
}

constexpr WireName<VmStatus> kVmStatus[] = {
    { VmStatus::Unknown, QLatin1String("unknown") },
    { VmStatus::Unassigned, QLatin1String("unassigned") },
    { VmStatus::Down, QLatin1String("down") },
    { VmStatus::Up, QLatin1String("up") },
    { VmStatus::PoweringUp, QLatin1String("powering_up") },
    { VmStatus::Paused, QLatin1String("paused") },
    { VmStatus::Migrating, QLatin1String("migrating") },
    { VmStatus::NotResponding, QLatin1String("not_responding") },
    { VmStatus::WaitForLaunch, QLatin1String("wait_for_launch") },
    { VmStatus::RebootInProgress, QLatin1String("reboot_in_progress") },
    { VmStatus::SavingState, QLatin1String("saving_state") },
    { VmStatus::RestoringState, QLatin1String("restoring_state") },
    { VmStatus::Suspended, QLatin1String("suspended") },
    { VmStatus::ImageLocked, QLatin1String("image_locked") },
    { VmStatus::PoweringDown, QLatin1String("powering_down") },
};

constexpr WireName<DiskFormat> kDiskFormat[] = {
    { DiskFormat::Cow, QLatin1String("cow") },
    { DiskFormat::Raw, QLatin1String("raw") },
};

constexpr WireName<QcowVersion> kQcowVersion[] = {
    { QcowVersion::Qcow2V2, QLatin1String("qcow2_v2") },
    { QcowVersion::Qcow2V3, QLatin1String("qcow2_v3") },
};

constexpr WireName<DiskStatus> kDiskStatus[] = {
    { DiskStatus::Ok, QLatin1String("ok") },
    { DiskStatus::Locked, QLatin1String("locked") },
    { DiskStatus::Illegal, QLatin1String("illegal") },
};

constexpr WireName<DiskStorageType> kDiskStorageType[] = {
    { DiskStorageType::Image, QLatin1String("image") },
    { DiskStorageType::Lun, QLatin1String("lun") },
    { DiskStorageType::Cinder, QLatin1String("cinder") },
    { DiskStorageType::ManagedBlockStorage, QLatin1String("managed_block_storage") },
};

constexpr WireName<DiskContentType> kDiskContentType[] = {
    { DiskContentType::Data, QLatin1String("data") },
    { DiskContentType::OvfStore, QLatin1String("ovf_store") },
    { DiskContentType::MemoryDumpVolume, QLatin1String("memory_dump_volume") },
    { DiskContentType::MemoryMetadataVolume, QLatin1String("memory_metadata_volume") },
    { DiskContentType::Iso, QLatin1String("iso") },
    { DiskContentType::HostedEngine, QLatin1String("hosted_engine") },
    { DiskContentType::HostedEngineSanlock, QLatin1String("hosted_engine_sanlock") },
    { DiskContentType::HostedEngineMetadata, QLatin1String("hosted_engine_metadata") },
    { DiskContentType::HostedEngineConfiguration, QLatin1String("hosted_engine_configuration") },
    { DiskContentType::BackupScratch, QLatin1String("backup_scratch") },
};

constexpr WireName<DiskInterface> kDiskInterface[] = {
    { DiskInterface::Ide, QLatin1String("ide") },
    { DiskInterface::VirtioScsi, QLatin1String("virtio_scsi") },
    { DiskInterface::Virtio, QLatin1String("virtio") },
    { DiskInterface::SpaprVscsi, QLatin1String("spapr_vscsi") },
    { DiskInterface::Sata, QLatin1String("sata") },
};

constexpr WireName<SnapshotStatus> kSnapshotStatus[] = {
    { SnapshotStatus::Ok, QLatin1String("ok") },
    { SnapshotStatus::Locked, QLatin1String("locked") },
    { SnapshotStatus::InPreview, QLatin1String("in_preview") },
};

constexpr WireName<SnapshotType> kSnapshotType[] = {
    { SnapshotType::Regular, QLatin1String("regular") },
    { SnapshotType::Active, QLatin1String("active") },
    { SnapshotType::Stateless, QLatin1String("stateless") },
    { SnapshotType::Preview, QLatin1String("preview") },
};

constexpr WireName<StorageDomainType> kStorageDomainType[] = {
    { StorageDomainType::Data, QLatin1String("data") },
    { StorageDomainType::Iso, QLatin1String("iso") },
    { StorageDomainType::Export, QLatin1String("export") },
    { StorageDomainType::Image, QLatin1String("image") },
    { StorageDomainType::Volume, QLatin1String("volume") },
    { StorageDomainType::ManagedBlockStorage, QLatin1String("managed_block_storage") },
};

constexpr WireName<StorageDomainStatus> kStorageDomainStatus[] = {
    { StorageDomainStatus::Unknown, QLatin1String("unknown") },
    { StorageDomainStatus::Active, QLatin1String("active") },
    { StorageDomainStatus::Inactive, QLatin1String("inactive") },
    { StorageDomainStatus::Locked, QLatin1String("locked") },
    { StorageDomainStatus::Maintenance, QLatin1String("maintenance") },
    { StorageDomainStatus::Mixed, QLatin1String("mixed") },
    { StorageDomainStatus::Unattached, QLatin1String("unattached") },
    { StorageDomainStatus::Activating, QLatin1String("activating") },
    { StorageDomainStatus::Detaching, QLatin1String("detaching") },
    { StorageDomainStatus::PreparingForMaintenance, QLatin1String("preparing_for_maintenance") },
};

constexpr WireName<HostStorageType> kHostStorageType[] = {
    { HostStorageType::Nfs, QLatin1String("nfs") },
    { HostStorageType::Iscsi, QLatin1String("iscsi") },
    { HostStorageType::Fcp, QLatin1String("fcp") },
    { HostStorageType::Localfs, QLatin1String("localfs") },
    { HostStorageType::Posixfs, QLatin1String("posixfs") },
    { HostStorageType::Glusterfs, QLatin1String("glusterfs") },
    { HostStorageType::Glance, QLatin1String("glance") },
    { HostStorageType::Cinder, QLatin1String("cinder") },
    { HostStorageType::ManagedBlockStorage, QLatin1String("managed_block_storage") },
};

constexpr WireName<StorageFormat> kStorageFormat[] = {
    { StorageFormat::V1, QLatin1String("v1") },
    { StorageFormat::V2, QLatin1String("v2") },
    { StorageFormat::V3, QLatin1String("v3") },
    { StorageFormat::V4, QLatin1String("v4") },
    { StorageFormat::V5, QLatin1String("v5") },
};

constexpr WireName<HostStatus> kHostStatus[] = {
    { HostStatus::Up, QLatin1String("up") },
    { HostStatus::Down, QLatin1String("down") },
    { HostStatus::Maintenance, QLatin1String("maintenance") },
    { HostStatus::NonOperational, QLatin1String("non_operational") },
    { HostStatus::NonResponsive, QLatin1String("non_responsive") },
    { HostStatus::Installing, QLatin1String("installing") },
    { HostStatus::InstallFailed, QLatin1String("install_failed") },
    { HostStatus::Connecting, QLatin1String("connecting") },
    { HostStatus::Initializing, QLatin1String("initializing") },
    { HostStatus::PreparingForMaintenance, QLatin1String("preparing_for_maintenance") },
    { HostStatus::Error, QLatin1String("error") },
    { HostStatus::Reboot, QLatin1String("reboot") },
    { HostStatus::Unassigned, QLatin1String("unassigned") },
    { HostStatus::PendingApproval, QLatin1String("pending_approval") },
    { HostStatus::InstallingOs, QLatin1String("installing_os") },
    { HostStatus::Kdumping, QLatin1String("kdumping") },
};

constexpr WireName<DataCenterStatus> kDataCenterStatus[] = {
    { DataCenterStatus::Up, QLatin1String("up") },
    { DataCenterStatus::Uninitialized, QLatin1String("uninitialized") },
    { DataCenterStatus::Maintenance, QLatin1String("maintenance") },
    { DataCenterStatus::NotOperational, QLatin1String("not_operational") },
    { DataCenterStatus::Problematic, QLatin1String("problematic") },
    { DataCenterStatus::Contend, QLatin1String("contend") },
};

constexpr WireName<LunStatus> kLunStatus[] = {
    { LunStatus::Free, QLatin1String("free") },
    { LunStatus::Used, QLatin1String("used") },
    { LunStatus::Unusable, QLatin1String("unusable") },
};

// The manager's job and step statuses include "unknown" of their own.
constexpr WireName<JobStatus> kJobStatus[] = {
    { JobStatus::Unknown, QLatin1String("unknown") },
    { JobStatus::Started, QLatin1String("started") },
    { JobStatus::Finished, QLatin1String("finished") },
    { JobStatus::Failed, QLatin1String("failed") },
    { JobStatus::Aborted, QLatin1String("aborted") },
};

constexpr WireName<EventSeverity> kEventSeverity[] = {
    { EventSeverity::Normal, QLatin1String("normal") },
    { EventSeverity::Warning, QLatin1String("warning") },
    { EventSeverity::Error, QLatin1String("error") },
    { EventSeverity::Alert, QLatin1String("alert") },
};

// CreationStatus, used for `<action><status>` and `<creation_status>`.
constexpr WireName<ActionStatus> kActionStatus[] = {
    { ActionStatus::Pending, QLatin1String("pending") },
    { ActionStatus::InProgress, QLatin1String("in_progress") },
    { ActionStatus::Complete, QLatin1String("complete") },
    { ActionStatus::Failed, QLatin1String("failed") },
};

} // namespace

QString toWire(VmStatus v) { return toWireIn(kVmStatus, v); }
QString toWire(DiskFormat v) { return toWireIn(kDiskFormat, v); }
QString toWire(QcowVersion v) { return toWireIn(kQcowVersion, v); }
QString toWire(DiskStatus v) { return toWireIn(kDiskStatus, v); }
QString toWire(DiskStorageType v) { return toWireIn(kDiskStorageType, v); }
QString toWire(DiskContentType v) { return toWireIn(kDiskContentType, v); }
QString toWire(DiskInterface v) { return toWireIn(kDiskInterface, v); }
QString toWire(SnapshotStatus v) { return toWireIn(kSnapshotStatus, v); }
QString toWire(SnapshotType v) { return toWireIn(kSnapshotType, v); }
QString toWire(StorageDomainType v) { return toWireIn(kStorageDomainType, v); }
QString toWire(StorageDomainStatus v) { return toWireIn(kStorageDomainStatus, v); }
QString toWire(HostStorageType v) { return toWireIn(kHostStorageType, v); }
QString toWire(StorageFormat v) { return toWireIn(kStorageFormat, v); }
QString toWire(HostStatus v) { return toWireIn(kHostStatus, v); }
QString toWire(DataCenterStatus v) { return toWireIn(kDataCenterStatus, v); }
QString toWire(LunStatus v) { return toWireIn(kLunStatus, v); }
QString toWire(JobStatus v) { return toWireIn(kJobStatus, v); }
QString toWire(EventSeverity v) { return toWireIn(kEventSeverity, v); }
QString toWire(ActionStatus v) { return toWireIn(kActionStatus, v); }

template <>
VmStatus fromWire<VmStatus>(QStringView name)
{
    return fromWireIn(kVmStatus, name);
}

template <>
DiskFormat fromWire<DiskFormat>(QStringView name)
{
    return fromWireIn(kDiskFormat, name);
}

template <>
QcowVersion fromWire<QcowVersion>(QStringView name)
{
    return fromWireIn(kQcowVersion, name);
}

template <>
DiskStatus fromWire<DiskStatus>(QStringView name)
{
    return fromWireIn(kDiskStatus, name);
}

template <>
DiskStorageType fromWire<DiskStorageType>(QStringView name)
{
    return fromWireIn(kDiskStorageType, name);
}

template <>
DiskContentType fromWire<DiskContentType>(QStringView name)
{
    return fromWireIn(kDiskContentType, name);
}

template <>
DiskInterface fromWire<DiskInterface>(QStringView name)
{
    return fromWireIn(kDiskInterface, name);
}

template <>
SnapshotStatus fromWire<SnapshotStatus>(QStringView name)
{
    return fromWireIn(kSnapshotStatus, name);
}

template <>
SnapshotType fromWire<SnapshotType>(QStringView name)
{
    return fromWireIn(kSnapshotType, name);
}

template <>
StorageDomainType fromWire<StorageDomainType>(QStringView name)
{
    return fromWireIn(kStorageDomainType, name);
}

template <>
StorageDomainStatus fromWire<StorageDomainStatus>(QStringView name)
{
    return fromWireIn(kStorageDomainStatus, name);
}

template <>
HostStorageType fromWire<HostStorageType>(QStringView name)
{
    return fromWireIn(kHostStorageType, name);
}

template <>
StorageFormat fromWire<StorageFormat>(QStringView name)
{
    return fromWireIn(kStorageFormat, name);
}

template <>
HostStatus fromWire<HostStatus>(QStringView name)
{
    return fromWireIn(kHostStatus, name);
}

template <>
DataCenterStatus fromWire<DataCenterStatus>(QStringView name)
{
    return fromWireIn(kDataCenterStatus, name);
}

template <>
LunStatus fromWire<LunStatus>(QStringView name)
{
    return fromWireIn(kLunStatus, name);
}

template <>
JobStatus fromWire<JobStatus>(QStringView name)
{
    return fromWireIn(kJobStatus, name);
}

template <>
EventSeverity fromWire<EventSeverity>(QStringView name)
{
    return fromWireIn(kEventSeverity, name);
}

template <>
ActionStatus fromWire<ActionStatus>(QStringView name)
{
    return fromWireIn(kActionStatus, name);
}
