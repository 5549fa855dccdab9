#include "vmdisklistmodel.h"

#include "displaytext.h"

namespace {

bool isImage(const Disk &disk)
{
    return disk.storageType == DiskStorageType::Image;
}

// A direct LUN has no provisioned size of its own; the LUN's size is what the guest sees.
std::optional<qint64> virtualSize(const Disk &disk)
{
    if (disk.provisionedSize)
        return disk.provisionedSize;
    if (disk.lunStorage && !disk.lunStorage->logicalUnits.isEmpty())
        return disk.lunStorage->logicalUnits.constFirst().size;
    return std::nullopt;
}

QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant flagAlignment()
{
    return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
}

bool isFlagColumn(int column)
{
    return column == VmDiskListModel::ReadOnlyColumn || column == VmDiskListModel::ShareableColumn
        || column == VmDiskListModel::BootableColumn;
}

} // namespace

VmDiskListModel::VmDiskListModel(QObject *parent)
    : EntityTableModel(ColumnCount, parent)
{
}

void VmDiskListModel::setAttachments(const QList<DiskAttachment> &attachments)
{
    replaceRows(attachments, {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

QVariant VmDiskListModel::cellData(const DiskAttachment &attachment, int column, int role) const
{
    // Without follow=disk only the attachment's own fields are known; show those.
    static const Disk noDisk;
    const Disk &disk = attachment.disk ? *attachment.disk : noDisk;
    const bool image = attachment.disk && isImage(disk);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AliasColumn:
            return disk.alias.isEmpty() ? attachment.diskId : disk.alias;
        case VirtualSizeColumn:
            return DisplayText::dataSize(virtualSize(disk));
        case ActualSizeColumn:
            return DisplayText::dataSize(disk.actualSize);
        case AllocationColumn:
            return image ? DisplayText::allocation(disk.sparse) : QString();
        case FormatColumn:
            if (disk.storageType == DiskStorageType::Lun)
                return tr("Direct LUN");
            return disk.format ? DisplayText::diskFormat(*disk.format) : QString();
        case CompatColumn:
            // Compat is a qcow2 property: raw images and LUNs have none.
            if (disk.format == DiskFormat::Cow && disk.qcowVersion)
                return DisplayText::qcowCompat(*disk.qcowVersion);
            return QString();
        case InterfaceColumn:
            return DisplayText::diskInterface(attachment.interface_);
        case ReadOnlyColumn:
            return DisplayText::yesNo(attachment.readOnly);
        case ShareableColumn:
            return attachment.disk ? DisplayText::yesNo(disk.shareable) : QString();
        case BootableColumn:
            return DisplayText::yesNo(attachment.bootable);
        case StatusColumn:
            return disk.status ? DisplayText::diskStatus(*disk.status) : QString();
        }
        break;
    case SortRole:
        switch (column) {
        case VirtualSizeColumn: return virtualSize(disk).value_or(-1);
        case ActualSizeColumn: return disk.actualSize.value_or(-1);
        default: return cellData(attachment, column, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == VirtualSizeColumn || column == ActualSizeColumn)
            return numberAlignment();
        if (isFlagColumn(column))
            return flagAlignment();
        break;
    case Qt::ToolTipRole:
        if (column == AliasColumn) {
            QString tip = tr("Disk ID: %1").arg(attachment.diskId);
            if (!disk.description.isEmpty())
                tip += QLatin1Char('\n') + disk.description;
            return tip;
        }
        if (column == ReadOnlyColumn && attachment.readOnly)
            return tr("Attached read-only to this virtual machine");
        break;
    case IdRole:
        return attachment.id;
    case EntityRole:
        return QVariant::fromValue(attachment);
    }
    return {};
}

QVariant VmDiskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::TextAlignmentRole:
        if (section == VirtualSizeColumn || section == ActualSizeColumn)
            return numberAlignment();
        if (isFlagColumn(section))
            return flagAlignment();
        return {};
    case Qt::ToolTipRole:
        if (section == CompatColumn)
            return tr("qcow2 compatibility level of the active volume (0.10 or 1.1)");
        return {};
    case Qt::DisplayRole:
        switch (section) {
        case AliasColumn: return tr("Alias");
        case VirtualSizeColumn: return tr("Virtual Size");
        case ActualSizeColumn: return tr("Actual Size");
        case AllocationColumn: return tr("Allocation");
        case FormatColumn: return tr("Format");
        case CompatColumn: return tr("QCOW2 Compat");
        case InterfaceColumn: return tr("Interface");
        case ReadOnlyColumn: return tr("Read-Only");
        case ShareableColumn: return tr("Shareable");
        case BootableColumn: return tr("Bootable");
        case StatusColumn: return tr("Status");
        }
        return {};
    }
    return {};
}
