#pragma once

#include "searchsyntax.h"

#include <QSortFilterProxyModel>

/// Sorts a VmListModel by its SortRole and filters it locally: plain words match part of the
/// VM name (case-insensitive), like the quick filter above the portal's grids; conditions in
/// the manager's search language (`name=web*`, `status=up`, `status!=down`) filter the loaded
/// rows the way the server would.
class VmFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VmFilterProxyModel(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }
    /// Only the VMs of these clusters (a data center or cluster chosen in the tree); empty: all.
    void setClusterIds(const QStringList &clusterIds);
    QStringList clusterIds() const { return m_clusterIds; }

    /// The fields the filter (and the lab's search) know, for completion.
    static QStringList searchFields();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_nameFilter;
    SearchSyntax m_syntax;
    QStringList m_clusterIds;
};
