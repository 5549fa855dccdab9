#pragma once

#include <QSortFilterProxyModel>

/// Sorts a VmListModel by its SortRole and filters it on the VM name (case-insensitive,
/// substring), like the quick filter above the portal's grids.
class VmFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VmFilterProxyModel(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }

private:
    QString m_nameFilter;
};
