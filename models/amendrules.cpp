#include "amendrules.h"

#include "displaytext.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isCow(const DiskVolume &volume)
{
    return volume.format.value_or(DiskFormat::Unknown) == DiskFormat::Cow;
}

QString statusName(StorageDomainStatus status)
{
    // StorageDomainStatus.name() as the engine prints it: Maintenance, Inactive...
    QString name = toWire(status);
    QStringList words = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QString());
}

} // namespace

int AmendRules::Verdict::changeCount() const
{
    return int(std::count_if(volumes.cbegin(), volumes.cend(), [](const VolumeChange &v) { return v.changes; }));
}

QString AmendRules::levelText(const DiskVolume &volume)
{
    if (!isCow(volume))
        return volume.format ? tr("raw") : tr("unknown");
    return DisplayText::qcowCompat(volume.qcowVersion.value_or(QcowVersion::Unknown));
}

AmendRules::Verdict AmendRules::evaluate(const AmendCandidate &candidate, QcowVersion target)
{
    Verdict verdict;
    const Disk &disk = candidate.disk;
    const QString alias = disk.alias;
    for (const DiskVolume &volume : candidate.volumes)
        verdict.volumes.append({volume, isCow(volume) && volume.qcowVersion.value_or(QcowVersion::Unknown) != target});
    auto leftOut = [&](Reason reason, const QString &text) {
        verdict.reason = reason;
        verdict.text = text;
        for (VolumeChange &change : verdict.volumes)
            change.changes = false;
        return verdict;
    };

    if (disk.storageType != DiskStorageType::Image)
        return leftOut(Reason::NotImage, tr("%1 is not an image disk: it has no qcow2 volumes.").arg(alias));
    // The PUT's own checks (UpdateDiskCommand.validate), "Cannot edit Virtual Disk.".
    const DiskStatus status = disk.status.value_or(DiskStatus::Unknown);
    if (status == DiskStatus::Locked)
        return leftOut(Reason::Locked, tr("Cannot edit Virtual Disk: The following disks are locked: %1. Please try again in a few minutes.").arg(alias));
    const bool anyCow = std::any_of(candidate.volumes.cbegin(), candidate.volumes.cend(), isCow);
    if (!anyCow)
        return leftOut(Reason::NoQcowVolume,
                       tr("Cannot edit Virtual Disk. The amend operation does not support disk without any QCOW2 volumes."));
    if (verdict.changeCount() == 0)
        return leftOut(Reason::UpToDate, tr("Every qcow2 volume of %1 is already at compat %2.")
                                             .arg(alias, DisplayText::qcowCompat(target)));
    if (status == DiskStatus::Illegal)
        return leftOut(Reason::Illegal, tr("Cannot edit Virtual Disk. The following attached disks are in ILLEGAL status: %1 - please "
                                           "remove them and try again.")
                                            .arg(alias));
    // The amend command's checks (AmendImageGroupVolumesCommand.validate), "Cannot amend Virtual Disk.".
    QStringList running;
    for (const DiskVmUse &use : candidate.vms) {
        if (use.plugged && use.status != VmStatus::Down)
            running << use.vmName;
    }
    std::sort(running.begin(), running.end());
    if (!running.isEmpty())
        return leftOut(Reason::VmNotDown, tr("Cannot amend Virtual Disk. The disk %1 is plugged to non-Down VMs: %2")
                                              .arg(alias, running.join(QLatin1Char(','))));
    if (candidate.templateDisk)
        return leftOut(Reason::TemplateDisk, tr("Cannot amend Virtual Disk. The amend operation does not support Template disks."));
    if (candidate.storageDomainStatus && *candidate.storageDomainStatus != StorageDomainStatus::Active)
        return leftOut(Reason::DomainInactive, tr("Cannot amend Virtual Disk. The relevant Storage Domain's status is %1.")
                                                   .arg(statusName(*candidate.storageDomainStatus)));
    // vdsm's rule: compat 1.1 only on V4 and later domains.
    const StorageFormat format = candidate.storageFormat.value_or(StorageFormat::Unknown);
    if (target == QcowVersion::Qcow2V3
        && (format == StorageFormat::V1 || format == StorageFormat::V2 || format == StorageFormat::V3))
        return leftOut(Reason::DomainFormat, tr("The storage domain %1 has storage format %2, which cannot hold qcow2 compat 1.1 (V4 or "
                                                "later can). Raise its data center's compatibility version first.")
                                                 .arg(candidate.storageDomainName, DisplayText::storageFormat(format)));
    return verdict;
}

QString AmendRules::shortText(Reason reason)
{
    switch (reason) {
    case Reason::None: return tr("Can be amended");
    case Reason::UpToDate: return tr("Up to date");
    case Reason::NotImage: return tr("Not an image disk");
    case Reason::Locked: return tr("Disk locked");
    case Reason::NoQcowVolume: return tr("Raw disk");
    case Reason::Illegal: return tr("Disk illegal");
    case Reason::VmNotDown: return tr("VM not down");
    case Reason::TemplateDisk: return tr("Template disk");
    case Reason::DomainInactive: return tr("Domain not active");
    case Reason::DomainFormat: return tr("Domain format too old");
    }
    return {};
}
