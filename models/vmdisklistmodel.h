#pragma once

#include "entities.h"

#include <QAbstractTableModel>
#include <QList>

/// The disks of one VM, one row per disk attachment. Needs the attachments read with
/// follow=disk: sizes, format and status come from the inlined `disk`.
class VmDiskListModel final : public QAbstractTableModel
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
    const QList<DiskAttachment> &attachments() const { return m_attachments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QVariant cellData(const DiskAttachment &attachment, int column, int role);

    QList<DiskAttachment> m_attachments;
};
