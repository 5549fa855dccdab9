#pragma once

#include "wirenames.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain request values: what a dialog gathered, ready for Client to send.

/// POST /vms/{vm}/snapshots.
struct CreateSnapshotRequest
{
    QString vmId;
    QString description;
    bool persistMemorystate = false;
    /// The disks to include: nullopt = every eligible disk (the manager's default);
    /// an empty list = a configuration-only snapshot.
    std::optional<QStringList> diskIds;
};

/// One disk of a custom preview or restore: which volume (image) of which snapshot.
struct DiskImageChoice
{
    QString diskId;
    QString imageId;
    QString snapshotId;
};

/// POST /vms/{vm}/previewsnapshot (and, with the same fields, /snapshots/{sid}/restore).
struct PreviewSnapshotRequest
{
    QString vmId;
    QString snapshotId; ///< the VM configuration (and memory) source
    bool restoreMemory = false;
    /// nullopt = all disks of the snapshot; otherwise exactly these disks, the others excluded.
    std::optional<QList<DiskImageChoice>> disks;
};

/// How a disk is to be attached: read-write, read-only, or "automatic" — ask for read-write
/// and, when the storage is write-protected, attach read-only instead and say so (what QEMU's
/// auto-read-only does for a block device).
enum class ReadOnlyMode { ReadWrite, ReadOnly, Automatic };

/// The attachment's own fields (`<disk_attachment>`); `active` is always sent (the API model
/// warns that leaving it out gives an undefined result).
struct AttachmentOptions
{
    DiskInterface interface_ = DiskInterface::VirtioScsi;
    bool bootable = false;
    bool active = true;
    bool readOnly = false;
    bool passDiscard = false;
};

/// POST /vms/{vm}/diskattachments with `<disk id>`: attach an existing disk.
struct AttachDiskRequest
{
    QString vmId;
    QString diskId;
    AttachmentOptions options;
};

/// A new image disk (`<disk>` without id).
struct NewImageDisk
{
    qint64 provisionedSize = 0; ///< bytes
    DiskFormat format = DiskFormat::Cow;
    bool sparse = true;
    QString storageDomainId;
    bool wipeAfterDelete = false;
};

/// A new direct LUN disk (`<disk><lun_storage>`): the LUN and the connection to reach it.
struct NewLunDisk
{
    QString hostId; ///< the host that sees the LUN (the manager then reads its size, serial...)
    HostStorageType type = HostStorageType::Iscsi;
    QString lunId;  ///< WWID
    QString address;
    int port = 3260;
    QString target; ///< IQN
    QString username;
    QString password;
    QString sgio;   ///< `filtered`/`unfiltered` for SCSI pass-through; empty = off
};

/// POST /vms/{vm}/diskattachments without a disk id (create and attach), or POST /disks for a
/// floating disk (vmId empty; then `options` are not sent).
struct NewDiskRequest
{
    QString vmId;
    QString alias;
    QString description;
    bool shareable = false;
    AttachmentOptions options;
    std::optional<NewImageDisk> image; ///< exactly one of image and lun is set
    std::optional<NewLunDisk> lun;
};

/// PUT /vms/{vm}/diskattachments/{disk}: only the fields that are set are sent.
struct UpdateAttachmentRequest
{
    QString vmId;
    QString diskId;
    std::optional<bool> active;
    std::optional<bool> readOnly;
    std::optional<bool> bootable;
    std::optional<DiskInterface> interface_;
    std::optional<QString> alias; ///< nested `<disk><alias>`
};

/// The `<iscsi>` of iscsidiscover / discoveriscsi / iscsilogin on a host.
struct IscsiRequest
{
    QString hostId;
    QString address;
    int port = 3260;
    QString target; ///< login only
    QString portal; ///< login: the discovered portal, optional
    QString username;
    QString password;
};

/// POST /imagetransfers (NOTES §13.1): move one disk's image in or out through imageio.
struct ImageTransferRequest
{
    QString diskId;
    bool upload = true; ///< `<direction>` upload, or download
    /// `<format>`: raw moves guest data, cow the qcow2 file's bytes; unset = the disk's format.
    std::optional<DiskFormat> format;
    int inactivityTimeout = 60; ///< seconds without a request before the manager ends it; 0 = never
};
