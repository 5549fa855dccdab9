#include "labclock.h"

#include <QTimeZone>

#include <cstdio>

qint64 LabClock::s_fixedMs = 0;
bool LabClock::s_fixed = false;

void LabClock::setFixedTime(const QDateTime &instant)
{
    s_fixed = instant.isValid();
    s_fixedMs = s_fixed ? instant.toMSecsSinceEpoch() : 0;
}

bool LabClock::isFixed()
{
    return s_fixed;
}

qint64 LabClock::nowMs()
{
    return s_fixed ? s_fixedMs : QDateTime::currentMSecsSinceEpoch();
}

QDateTime LabClock::now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs());
}

QString LabClock::toWire(qint64 msSinceEpoch)
{
    // The host's zone is read once: QDateTime::toLocalTime() goes through the C library, which
    // stat()s /etc/localtime for every date (about 7% of the lab's time for a 10,000-VM list,
    // issue 10). The zone's own transition table gives the same offsets for past and future dates.
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc());
    const int offset = zone.isValid() ? zone.offsetFromUtc(utc) : 0;
    // The local wall time, formatted by hand: QDateTime::toString parses its format every call.
    const qint64 localMs = msSinceEpoch + qint64(offset) * 1000;
    constexpr qint64 DayMs = 86'400'000;
    const qint64 day = localMs >= 0 ? localMs / DayMs : (localMs - DayMs + 1) / DayMs;
    const qint64 inDay = localMs - day * DayMs;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const int absMinutes = qAbs(offset) / 60;
    char text[48];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", date.year(), date.month(), date.day(),
                                     int(inDay / 3'600'000), int(inDay / 60'000 % 60), int(inDay / 1000 % 60), int(inDay % 1000),
                                     offset < 0 ? '-' : '+', absMinutes / 60, absMinutes % 60);
    return QString::fromLatin1(text, qMax(0, length));
}

QDateTime LabClock::parse(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}
