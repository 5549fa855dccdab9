#pragma once

#include <QSortFilterProxyModel>

/// Filters DiskInventoryModel by text (alias, VMs, storage domain), by storage domain and to
/// the disks that can be amended.
class DiskInventoryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiskInventoryFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setAmendableOnly(bool amendableOnly);
    bool amendableOnly() const { return m_amendableOnly; }
    /// Empty: every storage domain.
    void setStorageDomainId(const QString &id);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_amendableOnly = false;
    QString m_storageDomainId;
};
