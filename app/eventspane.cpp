#include "eventspane.h"

#include "client.h"
#include "eventfilterproxymodel.h"
#include "eventlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

EventsPane::EventsPane(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new EventListModel(this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("eventsPane"));
    m_proxy->setSourceModel(m_model);
    m_timer->setInterval(DefaultPollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventsPane::poll);

    m_severityCombo = new QComboBox(this);
    m_severityCombo->setObjectName(QStringLiteral("eventSeverityCombo"));
    m_severityCombo->setAccessibleName(tr("Lowest severity shown"));
    m_severityCombo->addItem(tr("All events"), 0);
    m_severityCombo->addItem(EventListModel::severityIcon(EventSeverity::Warning),
                             tr("Warnings and errors"), int(EventSeverity::Warning));
    m_severityCombo->addItem(EventListModel::severityIcon(EventSeverity::Error),
                             tr("Errors and alerts"), int(EventSeverity::Error));
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumSeverity(m_severityCombo->currentData().toInt());
        updateEmptyState();
    });

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("eventFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter events by message"));
    m_filterEdit->setPlaceholderText(tr("Filter messages"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setTextFilter(text);
        updateEmptyState();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::MessageColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::CodeColumn, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::TimeColumn, Qt::DescendingOrder);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("eventsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_placeholder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severityCombo);
    filters->addWidget(m_filterEdit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_stack);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &EventsPane::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventsPane::updateEmptyState);
    updateEmptyState();
}

void EventsPane::start()
{
    m_timer->start();
    poll();
}

void EventsPane::stop()
{
    m_timer->stop();
}

void EventsPane::setPollInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void EventsPane::poll()
{
    if (m_polling)
        return; // one read at a time: a slow manager must not pile up polls
    m_polling = true;
    m_client->events(m_model->lastId(), QString(), this, [this](Result<QList<Event>> result) {
        m_polling = false;
        if (!result.ok()) {
            m_error = result.error->text();
        } else {
            m_error.clear();
            m_firstReadDone = true;
            m_model->addEvents(result.value);
        }
        updateEmptyState();
        emit polled();
    });
}

void EventsPane::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (!m_error.isEmpty())
        m_placeholder->setText(tr("Could not read the events: %1\nDiskDesk tries again every %n seconds.", nullptr,
                                  m_timer->interval() / 1000)
                                   .arg(m_error));
    else if (!m_firstReadDone)
        m_placeholder->setText(tr("Reading the events…"));
    else if (m_model->rowCount() > 0)
        m_placeholder->setText(tr("No event matches the filter. Choose “All events” or clear the filter."));
    else
        m_placeholder->setText(tr("The manager has no events yet. New ones appear here as they happen."));
    m_stack->setCurrentWidget(m_placeholder);
}
