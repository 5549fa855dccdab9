#include "transferrate.h"

#include "displaytext.h"

void TransferRate::add(qint64 elapsedMs, qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    m_samples.append({ elapsedMs, done });
    // Keep one sample older than the window, so the window is always spanned.
    while (m_samples.size() > 2 && m_samples.at(1).ms <= elapsedMs - m_windowMs)
        m_samples.removeFirst();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.first();
    const Sample &last = m_samples.last();
    if (last.ms <= first.ms)
        return 0;
    return double(last.done - first.done) * 1000.0 / double(last.ms - first.ms);
}

std::optional<qint64> TransferRate::secondsLeft() const
{
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return std::nullopt;
    return qint64((double(qMax<qint64>(0, m_total - m_done)) + rate - 1) / rate);
}

QString TransferRate::rateText(double bytesPerSecond)
{
    return tr("%1/s").arg(DisplayText::dataSize(qint64(bytesPerSecond)));
}

QString TransferRate::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString TransferRate::text() const
{
    QString s = tr("%1 of %2").arg(DisplayText::dataSize(m_done), DisplayText::dataSize(m_total));
    if (m_samples.size() >= 2)
        s += tr(" · %1").arg(rateText(bytesPerSecond()));
    if (const auto left = secondsLeft())
        s += tr(" · %1 left").arg(durationText(*left));
    return s;
}
