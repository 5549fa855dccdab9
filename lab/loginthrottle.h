#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

/// Slows down repeated bad passwords, per user name and per client address.
///
/// Each password check (the OAuth password grant, or Basic credentials on an API request) first
/// takes a slot: the moment its answer may be sent. After a few failures for the same user or the
/// same address, slots are spaced by a growing pause, so that guesses are answered one at a time
/// at that pace however many are sent at once. The server thread never waits: the caller sends the
/// answer from a timer when its slot comes (LabResponse::deferred). A good password clears the
/// counts; so do fifteen quiet minutes.
class LoginThrottle final
{
public:
    /// Failures answered without any pause (typos happen).
    static constexpr int FreeFailures = 2;
    /// The pause after the first slowed-down failure; it doubles with each further one.
    static constexpr qint64 FirstPauseMs = 1000;
    static constexpr qint64 MaxPauseMs = 30000;
    /// Counts are forgotten after this long without a failure.
    static constexpr qint64 ForgetAfterMs = qint64(15) * 60 * 1000;

    LoginThrottle();

    /// Milliseconds from now until the answer to a check for \a user from \a address may be sent
    /// (0: at once). Call once per check, then report its outcome with failed() or succeeded().
    qint64 takeSlot(const QString &user, const QString &address);
    void failed(const QString &user, const QString &address);
    void succeeded(const QString &user, const QString &address);

private:
    struct Record
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 nextSlotMs = 0; ///< earliest moment for the next answer (m_clock time)
        qint64 lastSlotMs = 0; ///< the slot taken by the latest check
    };

    Record &record(const QString &key);
    static qint64 pauseAfter(int failures);

    QElapsedTimer m_clock; ///< monotonic: the lab's --fixed-time must not freeze the throttle
    QHash<QString, Record> m_records;
};
