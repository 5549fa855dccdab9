#pragma once

#include <QDateTime>
#include <QWidget>

class ImageTransferJob;
class OperationTracker;
class QPushButton;
class ThroughputPlot;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;
class TaskListModel;

/// The "Tasks" area: the operations started from this window with their progress until the
/// manager reports their end, then the outcome in the manager's words (failures in red).
/// Trackers handed to track() are owned by the pane.
class TasksPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPane(QWidget *parent = nullptr);

    /// Lists `tracker` and follows it; the pane takes ownership. \a started: when it began (the
    /// tracker's own start, unless a test pins it).
    void track(OperationTracker *tracker, const QDateTime &started = QDateTime());
    TaskListModel *model() const { return m_model; }
    /// Lists an image upload or download with bytes, rate and time left, shows its throughput
    /// in the plot below the table and offers to cancel it; the pane takes ownership.
    /// \a started: when it began (now, unless a test pins it).
    void trackTransfer(ImageTransferJob *job, const QDateTime &started = QDateTime::currentDateTime());
    ThroughputPlot *throughputPlot() const { return m_plot; }

signals:
    /// An operation ended; `message` is the manager's final word.
    void operationFinished(bool ok, const QString &message);

private:
    void updateBusy();

    TaskListModel *m_model = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_transferBox = nullptr; // the plot and the cancel button, once a transfer ran
    ThroughputPlot *m_plot = nullptr;
    QPushButton *m_cancelTransfer = nullptr;
    int m_transferCount = 0;
};
