#include "connectionstatuswidget.h"

#include "client.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimer>
#include <QToolButton>

ConnectionStatusWidget::ConnectionStatusWidget(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_monitor(new ConnectionMonitor(client, this))
    , m_label(new QLabel(this))
    , m_retryButton(new QToolButton(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    m_label->setObjectName(QStringLiteral("connectionStateLabel"));
    m_label->setAccessibleName(tr("Connection state"));
    m_retryButton->setObjectName(QStringLiteral("reconnectButton"));
    m_retryButton->setAccessibleName(tr("Reconnect now"));
    m_retryButton->setText(tr("Reconnect Now"));
    m_retryButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_retryButton);

    // The countdown to the next retry changes every second while the connection is lost.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionStatusWidget::updateWidgets);
    connect(m_retryButton, &QToolButton::clicked, m_monitor, &ConnectionMonitor::retryNow);
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, [this](ConnectionMonitor::State state) {
        // A renewal is part of coming back; the note stays with the Connected state it led to.
        if (state != ConnectionMonitor::State::Connected)
            m_renewedNote.clear();
        updateWidgets();
    });
    connect(m_monitor, &ConnectionMonitor::reconnected, this, &ConnectionStatusWidget::reconnected);
    connect(m_monitor, &ConnectionMonitor::sessionRenewed, this, [this] {
        // Tokens die with an engine restart: worth telling, since nothing else shows it.
        m_renewedNote = tr("session renewed at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        updateWidgets();
        // News for a minute, then the status bar is quiet again.
        QTimer::singleShot(60000, this, [this, note = m_renewedNote] {
            if (m_renewedNote == note) {
                m_renewedNote.clear();
                updateWidgets();
            }
        });
    });
    updateWidgets();
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

void ConnectionStatusWidget::updateWidgets()
{
    // While all is well the window's own "user at address" label says enough.
    setVisible(m_monitor->state() != ConnectionMonitor::State::Connected || !m_renewedNote.isEmpty());
    switch (m_monitor->state()) {
    case ConnectionMonitor::State::Connected:
        m_label->setText(m_renewedNote.isEmpty() ? tr("Connected") : tr("Connected (%1)").arg(m_renewedNote));
        m_label->setToolTip(QString());
        m_retryButton->hide();
        m_countdown->stop();
        break;
    case ConnectionMonitor::State::Lost: {
        const int seconds = (qMax(0, m_monitor->msUntilRetry()) + 999) / 1000;
        m_label->setText(m_monitor->msUntilRetry() >= 0
                                 ? tr("Connection lost; retrying in %n s", nullptr, seconds)
                                 : tr("Connection lost; retrying…"));
        m_label->setToolTip(m_monitor->reason());
        m_retryButton->show();
        if (!m_countdown->isActive())
            m_countdown->start();
        break;
    }
    case ConnectionMonitor::State::SignedOut:
        m_label->setText(tr("Signed out: %1").arg(m_monitor->reason()));
        m_label->setToolTip(m_monitor->reason());
        m_retryButton->hide();
        m_countdown->stop();
        break;
    }
}
