#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// Rate and time left of one image transfer, from samples of how far it is.
///
/// The rate is taken over the last few seconds, not since the start, so that a pause (a dropped
/// connection being resumed) shows at once and the time left follows what the link does now.
class TransferRate final
{
    Q_DECLARE_TR_FUNCTIONS(TransferRate)
public:
    /// \a windowMs: how far back the rate looks.
    explicit TransferRate(qint64 windowMs = 3000) : m_windowMs(windowMs) {}

    /// How far it is (\a done of \a total bytes) at \a elapsedMs since the start.
    void add(qint64 elapsedMs, qint64 done, qint64 total);

    /// Bytes per second over the window; 0 before two samples.
    double bytesPerSecond() const;
    /// Seconds left at the current rate; nullopt while the rate is unknown or zero.
    std::optional<qint64> secondsLeft() const;
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

    /// "1.2 GiB of 4 GiB · 310 MiB/s · 12 s left".
    QString text() const;
    /// "310 MiB/s".
    static QString rateText(double bytesPerSecond);
    /// "12 s", "3 min 5 s", "1 h 2 min".
    static QString durationText(qint64 seconds);

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
    };
    qint64 m_windowMs;
    QList<Sample> m_samples;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
