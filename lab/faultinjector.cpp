#include "faultinjector.h"

#include <QStringList>

namespace {

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    *rate = value;
    return true;
}

/// "300ms", "2s" or a bare number of milliseconds; at most 10 minutes.
bool parseDuration(const QString &text, int *ms)
{
    QString number = text.trimmed();
    qint64 factor = 1;
    if (number.endsWith(QLatin1String("ms"))) {
        number.chop(2);
    } else if (number.endsWith(QLatin1Char('s'))) {
        number.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value < 0 || value * factor > 600 * 1000)
        return false;
    *ms = int(value * factor);
    return true;
}

} // namespace

bool FaultInjector::parse(const QString &spec, QString *error)
{
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        *error = QStringLiteral("empty fault specification");
        return false;
    }
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        if (!item.contains(QLatin1Char('=')) || value.isEmpty()) {
            *error = QStringLiteral("\"%1\" is not KEY=VALUE").arg(item);
            return false;
        }
        bool ok = true;
        if (key == QLatin1String("delay")) {
            ok = parseRate(value.section(QLatin1Char(':'), 0, 0), &m_delayRate)
                && (!value.contains(QLatin1Char(':')) || parseDuration(value.section(QLatin1Char(':'), 1), &m_delayMs));
        } else if (key == QLatin1String("error500")) {
            ok = parseRate(value, &m_error500Rate);
        } else if (key == QLatin1String("drop")) {
            ok = parseRate(value, &m_dropRate);
        } else if (key == QLatin1String("truncate")) {
            ok = parseRate(value, &m_truncateRate);
        } else if (key == QLatin1String("after")) {
            ok = parseRate(value, &m_afterShare);
        } else if (key == QLatin1String("methods")) {
            for (const QString &method : value.split(QLatin1Char('+'), Qt::SkipEmptyParts))
                m_methods << method.trimmed().toUpper().toLatin1();
            static const QList<QByteArray> known{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
            for (const QByteArray &method : std::as_const(m_methods))
                ok = ok && known.contains(method);
        } else if (key == QLatin1String("seed")) {
            m_seed = value.toUInt(&ok);
        } else {
            *error = QStringLiteral("unknown fault \"%1\" (known: delay, error500, drop, truncate, after, methods, seed)").arg(key);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("invalid value in \"%1\"").arg(item);
            return false;
        }
    }
    // The kinds share one draw per request: together they cannot exceed every request.
    if (m_delayRate + m_error500Rate + m_dropRate + m_truncateRate > 1.0 + 1e-9) {
        *error = QStringLiteral("the rates add up to more than 1");
        return false;
    }
    m_random.seed(m_seed);
    m_enabled = true;
    return true;
}

FaultInjector::Fault FaultInjector::next(const QByteArray &method)
{
    Fault fault;
    if (!m_enabled || (!m_methods.isEmpty() && !m_methods.contains(method)))
        return fault;
    ++m_requests;
    // Always three draws, whatever the outcome, so that a seed gives the same sequence of fates.
    const double draw = m_random.generateDouble();
    const double phaseDraw = m_random.generateDouble();
    const quint32 extra = m_random.generate();
    double bound = m_delayRate;
    if (draw < bound)
        fault.kind = Kind::Delay;
    else if (draw < (bound += m_error500Rate))
        fault.kind = Kind::Error500;
    else if (draw < (bound += m_dropRate))
        fault.kind = Kind::Drop;
    else if (draw < (bound += m_truncateRate))
        fault.kind = Kind::Truncate;
    if (fault.kind == Kind::None)
        return fault;
    fault.phase = phaseDraw < m_afterShare ? Phase::After : Phase::Before;
    fault.delayMs = m_delayMs;
    // A drop after handling closes either before the first byte or somewhere in the status line
    // and headers (a truncated body is its own kind).
    fault.keepBytes = (extra % 2 == 0) ? 0 : int(1 + (extra >> 1) % 40);
    auto &counts = fault.phase == Phase::After ? m_after : m_before;
    ++counts[size_t(fault.kind)];
    fault.number = injected();
    return fault;
}

qint64 FaultInjector::injected() const
{
    qint64 total = 0;
    for (size_t i = 1; i < size_t(KindCount); ++i)
        total += m_before[i] + m_after[i];
    return total;
}

QString FaultInjector::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Delay: return QStringLiteral("delay");
    case Kind::Error500: return QStringLiteral("error500");
    case Kind::Drop: return QStringLiteral("drop");
    case Kind::Truncate: return QStringLiteral("truncate");
    case Kind::None: break;
    }
    return QStringLiteral("none");
}

QString FaultInjector::describe(const Fault &fault, const QByteArray &method, const QString &path)
{
    QString what = kindName(fault.kind);
    if (fault.kind == Kind::Delay)
        what += QStringLiteral(" %1 ms").arg(fault.delayMs);
    else if (fault.kind == Kind::Drop && fault.phase == Phase::After && fault.keepBytes > 0)
        what += QStringLiteral(" after %1 bytes").arg(fault.keepBytes);
    return QStringLiteral("fault #%1: %2 %3 %4 %5")
        .arg(fault.number)
        .arg(what, fault.phase == Phase::After ? QStringLiteral("after") : QStringLiteral("before"), QString::fromLatin1(method), path);
}

QString FaultInjector::summary() const
{
    QStringList parts;
    for (size_t i = 1; i < size_t(KindCount); ++i) {
        parts << QStringLiteral("%1 %2 (%3 before, %4 after)")
                     .arg(kindName(Kind(i)))
                     .arg(m_before[i] + m_after[i])
                     .arg(m_before[i])
                     .arg(m_after[i]);
    }
    return QStringLiteral("faults injected: %1 in %2 API requests: %3").arg(injected()).arg(m_requests).arg(parts.join(QStringLiteral(", ")));
}

QString FaultInjector::syntax()
{
    return QStringLiteral(
        "Inject faults into API requests. SPEC is a comma-separated list of: delay=RATE[:DURATION] (answer late; "
        "DURATION like 300ms or 2s, default 300ms), error500=RATE (HTTP 500 with the manager's <fault>), drop=RATE "
        "(close the connection before or in the middle of the answer), truncate=RATE (send the headers and only part "
        "of the body, then close), after=SHARE (share of faults applied after the request was handled, so the "
        "operation happened but its answer is lost; default 0.5), methods=M1+M2 (only requests of these HTTP methods, e.g. "
        "POST+PUT+DELETE; default all), seed=N (default 1). RATE is a probability "
        "per request (0-1); the rates add up to at most 1. Example: delay=0.1:300ms,error500=0.05,drop=0.05,"
        "truncate=0.05,seed=7. Only /ovirt-engine/api requests are hit; each fault is logged on stderr and a "
        "summary is printed on exit.");
}
