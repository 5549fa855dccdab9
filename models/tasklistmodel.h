#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

/// The operations started from this window (snapshot create, preview, commit…), newest first:
/// running until the manager reports their end, then the outcome in the manager's words
/// (its audit-log message), failures in red.
class TaskListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, OperationColumn, StartedColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, StateRole };
    enum class State { Running, Succeeded, Failed };

    explicit TaskListModel(QObject *parent = nullptr);

    /// A new running operation, identified by its correlation id.
    void start(const QString &id, const QString &operation, const QDateTime &started);
    /// What the operation is doing now (a job step, "Waiting for the manager…").
    void setProgress(const QString &id, const QString &message);
    void finish(const QString &id, bool succeeded, const QString &message);

    int rowOf(const QString &id) const;
    int runningCount() const;
    State state(int row) const { return m_tasks.at(row).state; }
    QString message(int row) const { return m_tasks.at(row).message; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Task
    {
        QString id;
        QString operation;
        QDateTime started;
        State state = State::Running;
        QString message;
    };
    void emitRowChanged(int row);

    QList<Task> m_tasks;
};
