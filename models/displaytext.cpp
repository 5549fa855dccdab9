#include "displaytext.h"

#include <QLocale>

QString DisplayText::vmStatus(VmStatus status)
{
    switch (status) {
    case VmStatus::Unassigned: return tr("Unassigned");
    case VmStatus::Down: return tr("Down");
    case VmStatus::Up: return tr("Up");
    case VmStatus::PoweringUp: return tr("Powering Up");
    case VmStatus::Paused: return tr("Paused");
    case VmStatus::Migrating: return tr("Migrating");
    case VmStatus::NotResponding: return tr("Not Responding");
    case VmStatus::WaitForLaunch: return tr("Wait for Launch");
    case VmStatus::RebootInProgress: return tr("Reboot In Progress");
    case VmStatus::SavingState: return tr("Saving State");
    case VmStatus::RestoringState: return tr("Restoring State");
    case VmStatus::Suspended: return tr("Suspended");
    case VmStatus::ImageLocked: return tr("Image Locked");
    case VmStatus::PoweringDown: return tr("Powering Down");
    case VmStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::diskStatus(DiskStatus status)
{
    switch (status) {
    case DiskStatus::Ok: return tr("OK");
    case DiskStatus::Locked: return tr("Locked");
    case DiskStatus::Illegal: return tr("Illegal");
    case DiskStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::diskFormat(DiskFormat format)
{
    switch (format) {
    case DiskFormat::Cow: return tr("QCOW2");
    case DiskFormat::Raw: return tr("RAW");
    case DiskFormat::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::qcowCompat(QcowVersion version)
{
    // The compat levels qemu-img prints, which is what people search for.
    switch (version) {
    case QcowVersion::Qcow2V2: return QStringLiteral("0.10");
    case QcowVersion::Qcow2V3: return QStringLiteral("1.1");
    case QcowVersion::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::diskInterface(DiskInterface diskInterface)
{
    switch (diskInterface) {
    case DiskInterface::Ide: return tr("IDE");
    case DiskInterface::VirtioScsi: return tr("VirtIO-SCSI");
    case DiskInterface::Virtio: return tr("VirtIO");
    case DiskInterface::SpaprVscsi: return tr("sPAPR VSCSI");
    case DiskInterface::Sata: return tr("SATA");
    case DiskInterface::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::allocation(bool sparse)
{
    return sparse ? tr("Thin") : tr("Preallocated");
}

QString DisplayText::snapshotStatus(SnapshotStatus status)
{
    switch (status) {
    case SnapshotStatus::Ok: return tr("OK");
    case SnapshotStatus::Locked: return tr("Locked");
    case SnapshotStatus::InPreview: return tr("In Preview");
    case SnapshotStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::snapshotType(SnapshotType type)
{
    switch (type) {
    case SnapshotType::Regular: return tr("Regular");
    case SnapshotType::Active: return tr("Active");
    case SnapshotType::Stateless: return tr("Stateless");
    case SnapshotType::Preview: return tr("Preview");
    case SnapshotType::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::storageDomainType(StorageDomainType type)
{
    switch (type) {
    case StorageDomainType::Data: return tr("Data");
    case StorageDomainType::Iso: return tr("ISO");
    case StorageDomainType::Export: return tr("Export");
    case StorageDomainType::Image: return tr("Image");
    case StorageDomainType::Volume: return tr("Volume");
    case StorageDomainType::ManagedBlockStorage: return tr("Managed Block Storage");
    case StorageDomainType::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::storageDomainStatus(StorageDomainStatus status)
{
    switch (status) {
    case StorageDomainStatus::Active: return tr("Active");
    case StorageDomainStatus::Inactive: return tr("Inactive");
    case StorageDomainStatus::Locked: return tr("Locked");
    case StorageDomainStatus::Maintenance: return tr("Maintenance");
    case StorageDomainStatus::Mixed: return tr("Mixed");
    case StorageDomainStatus::Unattached: return tr("Unattached");
    case StorageDomainStatus::Activating: return tr("Activating");
    case StorageDomainStatus::Detaching: return tr("Detaching");
    case StorageDomainStatus::PreparingForMaintenance: return tr("Preparing For Maintenance");
    case StorageDomainStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::storageType(HostStorageType type)
{
    switch (type) {
    case HostStorageType::Nfs: return tr("NFS");
    case HostStorageType::Iscsi: return tr("iSCSI");
    case HostStorageType::Fcp: return tr("Fibre Channel");
    case HostStorageType::Localfs: return tr("Local on Host");
    case HostStorageType::Posixfs: return tr("POSIX compliant FS");
    case HostStorageType::Glusterfs: return tr("GlusterFS");
    case HostStorageType::Glance: return tr("Glance");
    case HostStorageType::Cinder: return tr("Cinder");
    case HostStorageType::ManagedBlockStorage: return tr("Managed Block Storage");
    case HostStorageType::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::storageFormat(StorageFormat format)
{
    switch (format) {
    case StorageFormat::V1: return QStringLiteral("V1");
    case StorageFormat::V2: return QStringLiteral("V2");
    case StorageFormat::V3: return QStringLiteral("V3");
    case StorageFormat::V4: return QStringLiteral("V4");
    case StorageFormat::V5: return QStringLiteral("V5");
    case StorageFormat::Unknown: break;
    }
    return tr("Unknown");
}

QString DisplayText::dataSize(std::optional<qint64> bytes)
{
    if (!bytes)
        return {};
    // Disk and memory sizes are usually whole GiB/MiB; "20 GiB" reads better than "20.0 GiB".
    int power = 0;
    for (qint64 rest = *bytes; rest >= 1024 && power < 6; rest /= 1024)
        ++power;
    const qint64 unit = qint64(1) << (10 * power);
    const int precision = (*bytes % unit == 0) ? 0 : 1;
    return QLocale().formattedDataSize(*bytes, precision, QLocale::DataSizeIecFormat);
}

QString DisplayText::dateTime(const std::optional<QDateTime> &dateTime)
{
    if (!dateTime || !dateTime->isValid())
        return {};
    return QLocale().toString(dateTime->toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}
