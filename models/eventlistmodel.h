#pragma once

#include "entities.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

/// The manager's audit log as the Events pane shows it: newest first, each event once, at most
/// MaxEvents kept (the pane follows the log all day).
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TimeColumn, MessageColumn, CodeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, SeverityRole, CorrelationIdRole };
    static constexpr int MaxEvents = 2000;

    explicit EventListModel(QObject *parent = nullptr);

    /// Adds the events not seen yet (in any order) at their place, newest on top, and drops the
    /// oldest beyond MaxEvents.
    void addEvents(const QList<Event> &events);
    void clear();
    /// The highest id seen: the next poll asks `from=` it.
    qint64 lastId() const { return m_lastId; }
    const QList<Event> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(EventSeverity severity);
    /// Drawn, not themed, so that it reads the same on every desktop and in screenshots; its
    /// colour reaches 3:1 against the application palette's rows, light or dark.
    static QIcon severityIcon(EventSeverity severity);
    /// The severity's colour, darker or lighter as \a rowBackgrounds need (3:1, a graphical object).
    static QColor severityColor(EventSeverity severity, const QList<QColor> &rowBackgrounds);

private:
    QList<Event> m_events; ///< newest (highest id) first
    qint64 m_lastId = 0;
};
