#include "eventlistmodel.h"

#include "displaytext.h"
#include "readablecolor.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventListModel::addEvents(const QList<Event> &events)
{
    QList<Event> fresh;
    for (const Event &event : events) {
        const bool known = std::any_of(m_events.cbegin(), m_events.cend(),
                                       [&](const Event &e) { return e.id == event.id; })
                        || std::any_of(fresh.cbegin(), fresh.cend(),
                                       [&](const Event &e) { return e.id == event.id; });
        if (!known)
            fresh.append(event);
    }
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end(), [](const Event &a, const Event &b) { return a.id > b.id; });
    // Polling from the last id brings newer events only: those go on top in one insertion.
    // Anything else (an older page) is placed one event at a time.
    for (const Event &event : std::as_const(fresh)) {
        const auto at = std::find_if(m_events.cbegin(), m_events.cend(),
                                     [&](const Event &e) { return e.id < event.id; });
        const int row = int(at - m_events.cbegin());
        beginInsertRows({}, row, row);
        m_events.insert(row, event);
        endInsertRows();
        m_lastId = std::max(m_lastId, event.id);
    }
    if (m_events.size() > MaxEvents) {
        beginRemoveRows({}, MaxEvents, int(m_events.size()) - 1);
        m_events.resize(MaxEvents);
        endRemoveRows();
    }
}

void EventListModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_lastId = 0;
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventListModel::severityText(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Normal: return tr("Normal");
    case EventSeverity::Warning: return tr("Warning");
    case EventSeverity::Error: return tr("Error");
    case EventSeverity::Alert: return tr("Alert");
    case EventSeverity::Unknown: break;
    }
    return tr("Unknown");
}

QColor EventListModel::severityColor(EventSeverity severity, const QList<QColor> &rowBackgrounds)
{
    QColor color;
    switch (severity) {
    case EventSeverity::Normal: color = QColor(0x3f, 0x9c, 0x35); break;
    case EventSeverity::Warning: color = QColor(0xec, 0x7a, 0x08); break;
    case EventSeverity::Error: color = QColor(0xc9, 0x19, 0x0b); break;
    case EventSeverity::Alert: color = QColor(0x8b, 0x00, 0x8b); break;
    case EventSeverity::Unknown: color = QColor(0x8a, 0x8d, 0x90); break;
    }
    return ReadableColor::against(color, rowBackgrounds, 3.0);
}

QIcon EventListModel::severityIcon(EventSeverity severity)
{
    constexpr int size = 16;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = QGuiApplication::palette();
    const QColor color = severityColor(severity, {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
    QString glyph;
    switch (severity) {
    case EventSeverity::Normal: glyph = QStringLiteral("i"); break;
    case EventSeverity::Warning: glyph = QStringLiteral("!"); break;
    case EventSeverity::Error: glyph = QStringLiteral("×"); break;
    case EventSeverity::Alert: glyph = QStringLiteral("!"); break;
    case EventSeverity::Unknown: glyph = QStringLiteral("?"); break;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    if (severity == EventSeverity::Warning) {
        // A triangle, as warnings look everywhere else.
        const QPointF points[] = {{size / 2.0, 1}, {size - 1.0, size - 1.5}, {1, size - 1.5}};
        painter.drawPolygon(points, 3);
    } else {
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    }
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(11);
    painter.setFont(font);
    // A white glyph, or black where white would not read on the fill.
    painter.setPen(ReadableColor::onFill(color));
    painter.drawText(QRectF(0, severity == EventSeverity::Warning ? 2 : 0, size, size - 1),
                     Qt::AlignCenter, glyph);
    painter.end();
    return QIcon(pixmap);
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return severityText(event.severity);
        case TimeColumn: return DisplayText::dateTime(event.time);
        case MessageColumn: return event.description;
        case CodeColumn: return event.code;
        }
        break;
    case Qt::DecorationRole:
        if (column == SeverityColumn) {
            // Drawn once per severity and palette: the pane may hold thousands of rows, and the
            // system may switch between light and dark.
            static QHash<std::pair<int, QRgb>, QIcon> icons;
            const std::pair<int, QRgb> key{int(event.severity), QGuiApplication::palette().color(QPalette::Base).rgba()};
            auto it = icons.find(key);
            if (it == icons.end())
                it = icons.insert(key, severityIcon(event.severity));
            return *it;
        }
        break;
    case Qt::ToolTipRole:
        if (column == MessageColumn)
            return event.description;
        break;
    case Qt::TextAlignmentRole:
        if (column == CodeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case SeverityColumn: return int(event.severity);
        case TimeColumn: return event.id; // ids grow with time and break ties in order
        case CodeColumn: return event.code;
        default: return event.description;
        }
    case IdRole: return event.id;
    case SeverityRole: return int(event.severity);
    case CorrelationIdRole: return event.correlationId;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == CodeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case TimeColumn: return tr("Time");
    case MessageColumn: return tr("Message");
    case CodeColumn: return tr("Code");
    }
    return {};
}
