#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM/SIGINT into a Qt signal. The handler only writes a byte to a socket pair (the
/// self-pipe trick); the event loop reads it and emits terminationRequested() safely.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool install();

signals:
    void terminationRequested(int signalNumber);

private:
    static void handleSignal(int signalNumber);
    void readSignal();

    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
};
