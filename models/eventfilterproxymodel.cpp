#include "eventfilterproxymodel.h"

#include "eventlistmodel.h"

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventListModel::SortRole);
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateFilter();
}

void EventFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, EventListModel::MessageColumn, sourceParent);
    // Events of unknown severity are never hidden by the severity choice: nobody knows their weight.
    const int severity = index.data(EventListModel::SeverityRole).toInt();
    if (m_minimumSeverity > 0 && severity != 0 && severity < m_minimumSeverity)
        return false;
    return m_text.isEmpty() || index.data().toString().contains(m_text, Qt::CaseInsensitive);
}
