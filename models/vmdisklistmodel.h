#pragma once

#include "entities.h"
#include "entitytablemodel.h"

#include <QList>

/// The disks of one VM, one row per disk attachment. Needs the attachments read with
/// follow=disk: sizes, format and status come from the inlined `disk`.
class VmDiskListModel final : public EntityTableModel<DiskAttachment>
{
    Q_OBJECT
public:
    enum Column { AliasColumn, VirtualSizeColumn, ActualSizeColumn, AllocationColumn,
                  FormatColumn, CompatColumn, InterfaceColumn, ReadOnlyColumn, ShareableColumn,
                  BootableColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, EntityRole };

    explicit VmDiskListModel(QObject *parent = nullptr);

    /// Replaces the rows; with unchanged ids the rows are updated in place (no reset).
    void setAttachments(const QList<DiskAttachment> &attachments);
    const QList<DiskAttachment> &attachments() const { return m_rows; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const DiskAttachment &attachment, int column, int role) const override;
};
