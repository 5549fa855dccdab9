#pragma once

#include "diskusage.h"
#include "entities.h"
#include "requests.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// The manager's rules for adding, attaching and editing disks (NOTES §4, §5, §7.4, §8; the
/// engine's AddDiskCommand, AttachDiskToVmCommand, UpdateDiskCommand, HotPlugDiskToVmCommand,
/// DiskVmElementValidator), each returning the refusal in the manager's own words ("Cannot attach
/// Virtual Disk. IDE disks can't be read-only.") or an empty string when the rule is met. Plain
/// functions, so that dialogs explain a refusal before sending and tests check every rule
/// without widgets.
class DiskAttachRules final
{
    Q_DECLARE_TR_FUNCTIONS(DiskAttachRules)
public:
    /// The manager's action word in "Cannot ${action} Virtual Disk."
    enum class Action { Add, Attach, Edit, HotPlug, HotUnplug };

    DiskAttachRules() = delete;

    static QString actionWord(Action action);
    /// The manager's enum name as its texts print it (`IDE`, `SATA`, `VIRTIO_SCSI`).
    static QString engineInterfaceName(DiskInterface diskInterface);
    /// Whether the VM runs in the sense of hot plug (up or paused).
    static bool vmRuns(VmStatus status);
    /// The interfaces offered for x86 VMs, the default (VirtIO-SCSI) first.
    static QList<DiskInterface> interfaces();
    /// Whether a disk on this interface may be read-only (not IDE, not SATA).
    static bool allowsReadOnly(DiskInterface diskInterface);
    /// Whether this interface can be plugged into a running x86 VM (VirtIO, VirtIO-SCSI).
    static bool hotPluggable(DiskInterface diskInterface);
    /// The read-only flag the first request carries for a mode: automatic asks read-write unless
    /// the storage is known to be write-protected.
    static bool effectiveReadOnly(ReadOnlyMode mode, std::optional<bool> writeProtected);
    /// Whether a disk's storage is known to refuse writes (a LUN disk whose logical unit says so).
    static std::optional<bool> writeProtected(const Disk &disk);

    // Each: the refusal, or empty.
    /// IDE/SATA read-only; read-only with SCSI pass-through (`sgio` filtered/unfiltered).
    static QString readOnlyRefusal(Action action, DiskInterface diskInterface, bool readOnly,
                                   const QString &sgio = {});
    /// Explicit read-write on a write-protected LUN.
    static QString writeProtectedRefusal(Action action, const QString &lunId, bool readOnly,
                                         std::optional<bool> writeProtected);
    /// Only raw disks can be shareable.
    static QString shareableRefusal(Action action, DiskFormat format, bool shareable);
    /// One plugged bootable disk per VM: \a vmAttachments are the VM's (with follow=disk for the
    /// alias); \a exceptDiskId is the disk being edited.
    static QString bootableRefusal(Action action, const Vm &vm, const QList<DiskAttachment> &vmAttachments,
                                   bool bootable, const QString &exceptDiskId = {});
    /// Attaching \a disk to \a vmId: already attached there, or not shareable and used elsewhere.
    static QString attachRefusal(const Disk &disk, const QString &vmId, const QList<DiskUse> &uses);
    /// A locked or illegal image disk.
    static QString diskStateRefusal(Action action, const Disk &disk);
    /// Plugging (active) into a running VM: IDE, sPAPR VSCSI and SATA are not hot-pluggable.
    static QString hotPlugRefusal(Action action, const Vm &vm, DiskInterface diskInterface,
                                  const QString &diskAlias, bool active);
    /// Disk operations are refused while the VM previews a snapshot.
    static QString previewRefusal(Action action, const QList<Snapshot> &snapshots);
    /// A floating disk cannot be created with "Activate".
    static QString floatingActivateRefusal(bool floating, bool active);
    /// A new image disk: size above 0; qcow2 (cow) must be thin (no incremental backup is sent).
    static QString newImageRefusal(const NewImageDisk &image);
    /// A LUN that already backs a disk.
    static QString lunInUseRefusal(const LogicalUnit &unit);
    /// Read-only, interface and bootable change only while the disk is unplugged or the VM down.
    static QString editWhileRunningRefusal(const Vm &vm, const DiskAttachment &current,
                                           const UpdateAttachmentRequest &change);
    /// Activate/Deactivate of a disk already in that state.
    static QString plugStateRefusal(const DiskAttachment &current, bool active);

    /// The portal's note for Activate on a running VM with IDE ("When the VM is running, cannot
    /// activate a disk attached with IDE interface.").
    static QString activateNote(const Vm &vm, DiskInterface diskInterface);
    /// The VM OS's display name as the manager's texts print it (osinfo), or the id itself.
    static QString osName(const QString &osType);
};
