#pragma once

#include "apierror.h"

#include <QWidget>

class Client;
class EventFilterProxyModel;
class EventListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

/// The manager's audit log, followed: the newest events first, then every PollInterval the
/// events after the last one seen (`/events?from=ID`), with severity icons, a lowest-severity
/// choice and a text filter.
class EventsPane final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultPollIntervalMs = 10000;

    EventsPane(Client *client, QWidget *parent = nullptr);

    /// Starts following (the first read is at once).
    void start();
    void stop();
    /// Reads now, from the last seen id.
    void poll();
    void setPollInterval(int milliseconds);
    EventListModel *model() const { return m_model; }
    bool isPolling() const { return m_polling; }

signals:
    /// A poll has been answered (with or without new events).
    void polled();

private:
    void updateEmptyState();

    Client *m_client;
    EventListModel *m_model;
    EventFilterProxyModel *m_proxy;
    QTimer *m_timer;
    bool m_polling = false;
    bool m_firstReadDone = false;
    QString m_error;

    QComboBox *m_severityCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
};
