#pragma once

#include "connectionmonitor.h"

#include <QWidget>

class Client;
class QLabel;
class QTimer;
class QToolButton;

/// The connection state in the status bar: lost (the reason as tool tip, the retry countdown and
/// "Reconnect Now"), signed out, or a session renewed after a manager restart; hidden while all is
/// well. Owns the ConnectionMonitor that notices a
/// lost manager and reconnects; reconnected() tells the window to re-read its views.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(Client *client, QWidget *parent = nullptr);

    ConnectionMonitor *monitor() const { return m_monitor; }
    QString text() const;

signals:
    void reconnected();

private:
    void updateWidgets();

    Client *m_client;
    ConnectionMonitor *m_monitor;
    QLabel *m_label;
    QToolButton *m_retryButton;
    QTimer *m_countdown;
    QString m_renewedNote;
};
