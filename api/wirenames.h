#pragma once

#include <QString>
#include <QStringView>

// The manager's enums. Each has one table in wirenames.cpp mapping it to and from the
// lowercase snake-case names the manager writes (`virtio_scsi`, `qcow2_v3`, `in_preview`).
// Unrecognised wire names decode to Unknown, never fail: real managers add values.

enum class VmStatus { Unknown, Unassigned, Down, Up, PoweringUp, Paused, Migrating, NotResponding,
                      WaitForLaunch, RebootInProgress, SavingState, RestoringState, Suspended,
                      ImageLocked, PoweringDown };
enum class DiskFormat { Unknown, Cow, Raw };
enum class QcowVersion { Unknown, Qcow2V2, Qcow2V3 };
enum class DiskStatus { Unknown, Ok, Locked, Illegal };
enum class DiskStorageType { Unknown, Image, Lun, Cinder, ManagedBlockStorage };
enum class DiskContentType { Unknown, Data, OvfStore, MemoryDumpVolume, MemoryMetadataVolume, Iso,
                             HostedEngine, HostedEngineSanlock, HostedEngineMetadata,
                             HostedEngineConfiguration, BackupScratch };
enum class DiskInterface { Unknown, Ide, VirtioScsi, Virtio, SpaprVscsi, Sata };
enum class SnapshotStatus { Unknown, Ok, Locked, InPreview };
enum class SnapshotType { Unknown, Regular, Active, Stateless, Preview };
enum class StorageDomainType { Unknown, Data, Iso, Export, Image, Volume, ManagedBlockStorage };
enum class StorageDomainStatus { Unknown, Active, Inactive, Locked, Maintenance, Mixed, Unattached,
                                 Activating, Detaching, PreparingForMaintenance };
enum class HostStorageType { Unknown, Nfs, Iscsi, Fcp, Localfs, Posixfs, Glusterfs, Glance, Cinder,
                             ManagedBlockStorage };
enum class StorageFormat { Unknown, V1, V2, V3, V4, V5 };
enum class HostStatus { Unknown, Up, Down, Maintenance, NonOperational, NonResponsive, Installing,
                        InstallFailed, Connecting, Initializing, PreparingForMaintenance, Error,
                        Reboot, Unassigned, PendingApproval, InstallingOs, Kdumping };
enum class DataCenterStatus { Unknown, Up, Uninitialized, Maintenance, NotOperational, Problematic,
                              Contend };
enum class LunStatus { Unknown, Free, Used, Unusable };
enum class JobStatus { Unknown, Started, Finished, Failed, Aborted };
enum class EventSeverity { Unknown, Normal, Warning, Error, Alert };
enum class ActionStatus { Unknown, Pending, InProgress, Complete, Failed };

QString toWire(VmStatus v);
QString toWire(DiskFormat v);
QString toWire(QcowVersion v);
QString toWire(DiskStatus v);
QString toWire(DiskStorageType v);
QString toWire(DiskContentType v);
QString toWire(DiskInterface v);
QString toWire(SnapshotStatus v);
QString toWire(SnapshotType v);
QString toWire(StorageDomainType v);
QString toWire(StorageDomainStatus v);
QString toWire(HostStorageType v);
QString toWire(StorageFormat v);
QString toWire(HostStatus v);
QString toWire(DataCenterStatus v);
QString toWire(LunStatus v);
QString toWire(JobStatus v);
QString toWire(EventSeverity v);
QString toWire(ActionStatus v);

/// Decodes a wire name; unknown names give E::Unknown.
template <class E> E fromWire(QStringView name);

// The explicit specialisations live in wirenames.cpp; declared here so every user sees them.
template <> VmStatus fromWire<VmStatus>(QStringView name);
template <> DiskFormat fromWire<DiskFormat>(QStringView name);
template <> QcowVersion fromWire<QcowVersion>(QStringView name);
template <> DiskStatus fromWire<DiskStatus>(QStringView name);
template <> DiskStorageType fromWire<DiskStorageType>(QStringView name);
template <> DiskContentType fromWire<DiskContentType>(QStringView name);
template <> DiskInterface fromWire<DiskInterface>(QStringView name);
template <> SnapshotStatus fromWire<SnapshotStatus>(QStringView name);
template <> SnapshotType fromWire<SnapshotType>(QStringView name);
template <> StorageDomainType fromWire<StorageDomainType>(QStringView name);
template <> StorageDomainStatus fromWire<StorageDomainStatus>(QStringView name);
template <> HostStorageType fromWire<HostStorageType>(QStringView name);
template <> StorageFormat fromWire<StorageFormat>(QStringView name);
template <> HostStatus fromWire<HostStatus>(QStringView name);
template <> DataCenterStatus fromWire<DataCenterStatus>(QStringView name);
template <> LunStatus fromWire<LunStatus>(QStringView name);
template <> JobStatus fromWire<JobStatus>(QStringView name);
template <> EventSeverity fromWire<EventSeverity>(QStringView name);
template <> ActionStatus fromWire<ActionStatus>(QStringView name);
