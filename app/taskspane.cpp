#include "taskspane.h"

#include "imagetransferjob.h"
#include "operationtracker.h"
#include "tasklistmodel.h"
#include "throughputplot.h"
#include "transferrate.h"

#include <QElapsedTimer>
#include <memory>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

TasksPane::TasksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new TaskListModel(this))
{
    setObjectName(QStringLiteral("tasksPane"));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("tasksBusyBar"));
    m_busyBar->setAccessibleName(tr("Operations under way"));
    m_busyBar->setRange(0, 0); // busy: the manager gives no percentage
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tasksTable"));
    m_table->setAccessibleName(tr("Tasks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TaskListModel::MessageColumn,
                                                      QHeaderView::Stretch);

    // Until the first operation, say so rather than show an empty table.
    m_placeholder = new QLabel(tr("No operations yet. Snapshot operations started here are "
                                  "followed until the manager reports their end."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("tasksPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("tasksStack"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_stack->setCurrentWidget(m_table); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_stack);

    // Image transfers add a throughput plot and a way to stop them; hidden until one runs.
    m_transferBox = new QWidget(this);
    m_transferBox->setObjectName(QStringLiteral("transferBox"));
    m_plot = new ThroughputPlot(m_transferBox);
    m_cancelTransfer = new QPushButton(tr("Cancel Transfer"), m_transferBox);
    m_cancelTransfer->setObjectName(QStringLiteral("cancelTransferButton"));
    m_cancelTransfer->setAccessibleName(tr("Cancel the running image transfer"));
    m_cancelTransfer->setEnabled(false);
    auto *transferLayout = new QHBoxLayout(m_transferBox);
    transferLayout->setContentsMargins(0, 0, 0, 0);
    transferLayout->addWidget(m_plot, 1);
    transferLayout->addWidget(m_cancelTransfer, 0, Qt::AlignTop);
    m_transferBox->hide();
    layout->addWidget(m_transferBox);
}

void TasksPane::trackTransfer(ImageTransferJob *job, const QDateTime &started)
{
    job->setParent(this);
    const QString id = QStringLiteral("transfer-%1").arg(++m_transferCount);
    m_model->start(id, job->title(), started);
    m_plot->begin(job->title());
    m_transferBox->show();
    m_cancelTransfer->setEnabled(true);
    m_cancelTransfer->disconnect();
    connect(m_cancelTransfer, &QPushButton::clicked, job, &ImageTransferJob::cancel);

    auto rate = std::make_shared<TransferRate>();
    auto clock = std::make_shared<QElapsedTimer>();
    auto lastPlotted = std::make_shared<qint64>(-1000);
    clock->start();
    connect(job, &ImageTransferJob::stateChanged, this,
            [this, id](const QString &text) { m_model->setProgress(id, text); });
    connect(job, &ImageTransferJob::retrying, this, [this, id](const QString &reason, int attempt) {
        m_model->setProgress(id, tr("Connection lost (%1); resuming, attempt %2").arg(reason).arg(attempt));
    });
    auto lastProgress = std::make_shared<qint64>(-1);
    connect(job, &ImageTransferJob::progress, this,
            [this, id, rate, clock, lastPlotted, lastProgress](qint64 done, qint64 total, qint64) {
        const qint64 ms = clock->elapsed();
        rate->add(ms, done, total);
        *lastProgress = ms;
        m_model->setProgress(id, rate->text());
        // Two points a second keep the plot readable over a long transfer.
        if (ms - *lastPlotted >= 500) {
            *lastPlotted = ms;
            m_plot->addSample(double(ms) / 1000.0, rate->bytesPerSecond());
        }
    });
    connect(job, &ImageTransferJob::finished, this, [this, id, job, rate, lastPlotted, lastProgress](bool ok, const QString &message) {
        // The plot ends where the data ended, however short the transfer was.
        if (*lastProgress > *lastPlotted) {
            *lastPlotted = *lastProgress;
            m_plot->addSample(double(*lastProgress) / 1000.0, rate->bytesPerSecond());
        }
        m_model->finish(id, ok, message);
        m_cancelTransfer->setEnabled(false);
        updateBusy();
        emit operationFinished(ok, message);
        job->deleteLater();
    });
    updateBusy();
}

void TasksPane::track(OperationTracker *tracker, const QDateTime &started)
{
    tracker->setParent(this);
    const QString id = tracker->correlationId();
    m_model->start(id, tracker->description(), started.isValid()                 ? started
                                               : tracker->startedAt().isValid() ? tracker->startedAt()
                                                                                : QDateTime::currentDateTime());
    connect(tracker, &OperationTracker::progress, this,
            [this, id](const QString &phase) { m_model->setProgress(id, phase); });
    connect(tracker, &OperationTracker::finished, this,
            [this, id, tracker](bool ok, const QString &message) {
                m_model->finish(id, ok, message);
                updateBusy();
                emit operationFinished(ok, message);
                tracker->deleteLater();
            });
    if (tracker->isFinished()) {
        // Refused before it was handed over: the outcome is already known.
        m_model->finish(id, tracker->state() == OperationTracker::State::Succeeded,
                        tracker->message());
        emit operationFinished(tracker->state() == OperationTracker::State::Succeeded,
                               tracker->message());
        tracker->deleteLater();
    }
    updateBusy();
}

void TasksPane::updateBusy()
{
    m_busyBar->setVisible(m_model->runningCount() > 0);
}
