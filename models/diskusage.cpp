#include "diskusage.h"

QHash<QString, QList<DiskUse>> DiskUsage::fromVms(const QList<Vm> &vms)
{
    QHash<QString, QList<DiskUse>> usage;
    for (const Vm &vm : vms) {
        for (const DiskAttachment &attachment : vm.diskAttachments) {
            const QString diskId = attachment.diskId.isEmpty() ? attachment.id : attachment.diskId;
            usage[diskId].append(DiskUse{vm.id, vm.name, vm.status, attachment.readOnly, attachment.active,
                                         attachment.interface_});
        }
    }
    return usage;
}

QString DiskUsage::accessText(bool readOnly)
{
    return readOnly ? tr("read-only") : tr("read-write");
}

QString DiskUsage::describe(const QList<DiskUse> &uses)
{
    QStringList parts;
    for (const DiskUse &use : uses)
        parts.append(tr("%1 (%2)").arg(use.vmName.isEmpty() ? use.vmId : use.vmName, accessText(use.readOnly)));
    return parts.join(QLatin1String(", "));
}

QList<DiskUse> DiskUsage::elsewhere(const QList<DiskUse> &uses, const QString &vmId)
{
    QList<DiskUse> others;
    for (const DiskUse &use : uses) {
        if (use.vmId != vmId)
            others.append(use);
    }
    return others;
}
