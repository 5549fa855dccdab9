#include "labclock.h"

#include <QTimeZone>

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
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const int offset = local.offsetFromUtc();
    const int absMinutes = qAbs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
        + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(absMinutes / 60, 2, 10, QLatin1Char('0')).arg(absMinutes % 60, 2, 10, QLatin1Char('0'));
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
