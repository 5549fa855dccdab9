#include "tasklistmodel.h"

#include "displaytext.h"
#include "readablecolor.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskListModel::start(const QString &id, const QString &operation, const QDateTime &started)
{
    beginInsertRows({}, 0, 0);
    m_tasks.prepend({id, operation, started, State::Running, tr("Waiting for the manager…")});
    endInsertRows();
}

void TaskListModel::setProgress(const QString &id, const QString &message)
{
    const int row = rowOf(id);
    if (row < 0 || m_tasks.at(row).state != State::Running || message.isEmpty())
        return;
    m_tasks[row].message = message;
    emitRowChanged(row);
}

void TaskListModel::finish(const QString &id, bool succeeded, const QString &message)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_tasks[row].state = succeeded ? State::Succeeded : State::Failed;
    m_tasks[row].message = message;
    emitRowChanged(row);
}

void TaskListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TaskListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == id)
            return row;
    }
    return -1;
}

int TaskListModel::runningCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [](const Task &t) { return t.state == State::Running; }));
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            switch (task.state) {
            case State::Running: return tr("Running");
            case State::Succeeded: return tr("Finished");
            case State::Failed: return tr("Failed");
            }
            break;
        case OperationColumn: return task.operation;
        case StartedColumn: return DisplayText::dateTime(task.started);
        case MessageColumn: return task.message;
        }
        break;
    case Qt::ForegroundRole:
        if (task.state == State::Failed) {
            // Red that stays readable on the rows of a light or a dark palette.
            const QPalette palette = QGuiApplication::palette();
            return QBrush(ReadableColor::against(QColor(0xc0, 0x1c, 0x28),
                                                 {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)}, 4.5));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return task.message;
        break;
    case SortRole:
        if (index.column() == StartedColumn)
            return task.started;
        return data(index, Qt::DisplayRole);
    case IdRole:
        return task.id;
    case StateRole:
        return int(task.state);
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn: return tr("Status");
    case OperationColumn: return tr("Operation");
    case StartedColumn: return tr("Started");
    case MessageColumn: return tr("Message");
    }
    return {};
}
