#pragma once

#include "searchsyntax.h"

#include <QSortFilterProxyModel>

/// Sorts a DiskListModel and filters it locally: plain words match part of the alias,
/// conditions in the manager's search language (`alias=data*`, `status=ok`) filter the loaded
/// rows as the server would; optionally only the disks of one storage domain.
class DiskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiskFilterProxyModel(QObject *parent = nullptr);

    void setSearchFilter(const QString &text);
    QString searchFilter() const { return m_text; }
    /// Empty: every domain.
    void setStorageDomainId(const QString &storageDomainId);

    static QStringList searchFields();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    SearchSyntax m_syntax;
    QString m_storageDomainId;
};
