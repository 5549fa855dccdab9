#pragma once

#include <QSortFilterProxyModel>

/// Filters an EventListModel by lowest severity shown (Normal shows everything, Warning hides
/// normal events, Error shows errors and alerts) and by a piece of the message.
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /// An EventSeverity value; Unknown (0) shows every event.
    void setMinimumSeverity(int severity);
    int minimumSeverity() const { return m_minimumSeverity; }
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumSeverity = 0;
    QString m_text;
};
