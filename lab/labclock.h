#pragma once

#include <QDateTime>
#include <QString>

/// The engine's notion of "now". Tests pin it with --fixed-time so dates in responses are stable.
class LabClock final
{
public:
    /// Pins every later now() to \a instant; an invalid instant means the wall clock.
    static void setFixedTime(const QDateTime &instant);
    static bool isFixed();

    static qint64 nowMs();
    static QDateTime now();

    /// The engine's date format: ISO-8601 with milliseconds and a numeric offset,
    /// e.g. 2019-08-21T08:20:35.534+03:00 (local time of the engine host, as the real one does).
    static QString toWire(qint64 msSinceEpoch);

    /// Parses an ISO-8601 instant; a value without an offset is taken as UTC.
    static QDateTime parse(const QString &text);

private:
    static qint64 s_fixedMs;
    static bool s_fixed;
};
