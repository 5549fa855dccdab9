#pragma once

#include "wirenames.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A compatibility version as the manager writes it (`<version><major/><minor/></version>`).
struct Version
{
    int major = 0;
    int minor = 0;
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    friend bool operator==(const Version &, const Version &) = default;
};

/// One logical unit (LUN) as seen inside a LUN disk, an iSCSI domain or a host's storage.
struct LogicalUnit
{
    QString id; ///< WWID
    QString address;
    int port = 0;
    QString target;
    QString serial;
    QString vendorId;
    QString productId;
    int lunMapping = 0;
    std::optional<qint64> size;
    LunStatus status = LunStatus::Unknown;
    QString storageDomainId;
    QString diskId;
    QString portal;   ///< `address:port,tpgt` of the first iSCSI connection
    QString username; ///< CHAP user of that connection (the password is never shown)
    int paths = 0;
    /// The LUN refuses writes (SCSI write-protect bit). Only diskdesk-lab reports it; a real
    /// manager leaves it unset.
    std::optional<bool> writeProtected;
};

/// One iSCSI target found by discovery (`<discovered_targets><iscsi_details>`), or an IQN alone
/// (`<iscsi_targets><iscsi_target>` of older engines: address and port then unknown).
struct IscsiTarget
{
    QString address;
    int port = 0;
    QString portal; ///< `address:port,tpgt`
    QString target; ///< IQN
};

/// `<lun_storage>` of a direct LUN disk.
struct LunStorage
{
    QString id;
    HostStorageType type = HostStorageType::Unknown;
    QList<LogicalUnit> logicalUnits;
};

/// A disk (`<disk>`): image disks carry sizes, format and status; LUN disks carry `lunStorage`.
struct Disk
{
    QString id;
    QString alias; ///< `alias` (same as the deprecated `name`)
    QString description;
    std::optional<qint64> provisionedSize;
    std::optional<qint64> actualSize;
    std::optional<qint64> totalSize;
    std::optional<DiskFormat> format;
    std::optional<QcowVersion> qcowVersion; ///< only for cow disks: the active volume's compat level
    std::optional<DiskStatus> status;       ///< absent on LUN disks
    DiskStorageType storageType = DiskStorageType::Image;
    DiskContentType contentType = DiskContentType::Data;
    bool shareable = false;
    bool sparse = false;
    bool wipeAfterDelete = false;
    bool propagateErrors = false;
    QString imageId;          ///< active volume (or, under a snapshot, that snapshot's volume)
    QStringList storageDomainIds;
    QString snapshotId;       ///< set on disks listed under /vms/{id}/snapshots/{sid}/disks
    std::optional<LunStorage> lunStorage;
    QString sgio;             ///< LUN disks: `filtered`/`unfiltered` (SCSI pass-through), empty = off
    std::optional<QStringList> vmIds; ///< the VMs it is attached to (`vms`, only with all_content)
};

/// A disk attachment (`<disk_attachment>`); its id is the disk id.
struct DiskAttachment
{
    QString id;
    bool active = false;
    bool bootable = false;
    bool readOnly = false;
    bool passDiscard = false;
    bool usesScsiReservation = false;
    DiskInterface interface_ = DiskInterface::Unknown;
    QString logicalName;
    QString vmId;
    QString diskId;
    std::optional<Disk> disk; ///< inlined with follow=disk
};

/// A virtual machine (`<vm>`).
struct Vm
{
    QString id;
    QString name;
    QString description;
    QString comment;
    VmStatus status = VmStatus::Unknown;
    std::optional<qint64> memory;
    /// `<cpu><topology>`: virtual sockets, cores per socket, threads per core.
    std::optional<int> cpuSockets;
    std::optional<int> cpuCores;
    std::optional<int> cpuThreads;
    QString osType;
    std::optional<QDateTime> creationTime;
    QString clusterId;
    QString hostId;
    QString templateId;
    QList<DiskAttachment> diskAttachments; ///< filled with follow=disk_attachments[.disk]
};

/// A snapshot (`<snapshot>`), including the "Active VM" entry.
struct Snapshot
{
    QString id;
    QString description;
    std::optional<QDateTime> date;
    bool persistMemorystate = false;
    SnapshotStatus status = SnapshotStatus::Unknown;
    SnapshotType type = SnapshotType::Unknown;
    QString vmId;      ///< from the embedded `<vm id>` (absent on "Active VM")
    QList<Disk> disks; ///< filled with follow=disks or from /snapshots/{sid}/disks
};

/// One volume of a disk's chain (`<disk_snapshot>`, GET /disks/{id}/disksnapshots, 4.4.3+). Its
/// id is the volume's; format, sizes and compat level are this volume's own. Listed without a VM,
/// so it is how the chain of a floating disk is seen.
struct DiskSnapshot
{
    QString id;         ///< the volume (image) id
    QString diskId;     ///< `<disk id>`
    QString parentId;   ///< `<parent id>`: the volume below this one; empty for the base
    QString snapshotId; ///< `<snapshot id>`: the VM snapshot that froze it, when there is one
    QString alias;
    std::optional<DiskFormat> format;
    std::optional<QcowVersion> qcowVersion;
    std::optional<DiskStatus> status;
    std::optional<qint64> provisionedSize;
    std::optional<qint64> actualSize;
    QStringList storageDomainIds;
};

/// A template (`<template>`): what DiskDesk needs to find its disks.
struct Template
{
    QString id;
    QString name;
};

/// A storage domain (`<storage_domain>`).
struct StorageDomain
{
    QString id;
    QString name;
    QString description;
    StorageDomainType type = StorageDomainType::Unknown;
    HostStorageType storageType = HostStorageType::Unknown; ///< `<storage><type>`
    QString storageAddress;
    QString storagePath;
    std::optional<StorageFormat> storageFormat;
    std::optional<qint64> available;
    std::optional<qint64> used;
    std::optional<qint64> committed;
    bool master = false;
    std::optional<StorageDomainStatus> status; ///< absent in /storagedomains for attached domains
    QStringList dataCenterIds;
    QList<LogicalUnit> logicalUnits; ///< block domains
};

/// A host (`<host>`).
struct Host
{
    QString id;
    QString name;
    QString description;
    QString address;
    HostStatus status = HostStatus::Unknown;
    QString clusterId;
};

/// A data center (`<data_center>`).
struct DataCenter
{
    QString id;
    QString name;
    QString description;
    bool local = false;
    DataCenterStatus status = DataCenterStatus::Unknown;
    std::optional<StorageFormat> storageFormat;
    Version version;
    QList<Version> supportedVersions;
};

/// A cluster (`<cluster>`).
struct Cluster
{
    QString id;
    QString name;
    QString description;
    Version version;
    QString dataCenterId;
};

/// The API root (`<api>`).
struct ApiRoot
{
    QString productName;
    QString vendor;
    QString fullVersion;
    Version version;
    int vmsTotal = 0;
    int vmsActive = 0;
    int hostsTotal = 0;
    int hostsActive = 0;
    int storageDomainsTotal = 0;
    int storageDomainsActive = 0;
    std::optional<QDateTime> time;
    QString authenticatedUserId;
};

/// A manager fault (`<fault>` or `<action><fault>`).
struct Fault
{
    QString reason;
    QString detail;
};

/// A job (`<job>`): the manager's record of one operation.
struct Job
{
    QString id;
    QString description;
    JobStatus status = JobStatus::Unknown;
    std::optional<QDateTime> startTime;
    std::optional<QDateTime> endTime;
};

/// An audit-log event (`<event>`).
struct Event
{
    qint64 id = 0;
    int code = 0;
    QString description;
    EventSeverity severity = EventSeverity::Unknown;
    std::optional<QDateTime> time;
    QString correlationId;
    QString vmId;
    QString storageDomainId;
    QString hostId;
};

/// The reply to an action (`<action>`): status, the job it started, or a fault.
struct ActionResult
{
    ActionStatus status = ActionStatus::Unknown;
    QString jobId;
    std::optional<Fault> fault;
};

/// Where an image transfer is (`<phase>`, MODEL `types/ImageTransferPhase.java`).
enum class ImageTransferPhase {
    Unknown, Initializing, Transferring, Resuming, PausedSystem, PausedUser, Cancelled,
    FinalizingSuccess, FinalizingFailure, FinishedSuccess, FinishedFailure, CancelledSystem,
    CancelledUser, FinalizingCleanup, FinishedCleanup
};

/// An image transfer (`<image_transfer>`, NOTES §13.1). The URLs appear once the ticket exists.
struct ImageTransfer
{
    QString id;
    ImageTransferPhase phase = ImageTransferPhase::Unknown;
    QString direction; ///< `upload` or `download`
    std::optional<DiskFormat> format;
    QString transferUrl; ///< the host's imageio daemon, `https://HOST:54322/images/TICKET`
    QString proxyUrl;    ///< the engine's imageio proxy, `https://ENGINE:54323/images/TICKET`
    std::optional<qint64> transferred;
    std::optional<int> inactivityTimeout;
    bool active = false;
    QString diskId; ///< `<image id>` (the manager writes the disk id there) or `<disk id>`
    QString hostId;
};

/// The reply to iscsidiscover / discoveriscsi: the action's outcome and the targets found.
struct IscsiDiscovery
{
    ActionResult action;
    QList<IscsiTarget> targets;
};
