// XmlDecoder functions for the records of operations: jobs, audit-log events and action replies.
// They live apart from xmldecoder.cpp because these documents are small and few (one per poll),
// so plain QXmlStreamReader code is enough here; the speed work stays with the big collections.
#include "xmldecoder.h"

#include <QXmlStreamReader>

namespace {

QString readText(QXmlStreamReader &r)
{
    return r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

std::optional<QDateTime> readDate(QXmlStreamReader &r)
{
    const QDateTime dt = QDateTime::fromString(readText(r), Qt::ISODateWithMs);
    return dt.isValid() ? std::optional<QDateTime>(dt) : std::nullopt;
}

QString readReferenceId(QXmlStreamReader &r)
{
    QString id = r.attributes().value(QLatin1String("id")).toString();
    r.skipCurrentElement();
    return id;
}

Fault readFault(QXmlStreamReader &r)
{
    Fault f;
    while (r.readNextStartElement()) {
        if (r.name() == u"reason")
            f.reason = readText(r);
        else if (r.name() == u"detail")
            f.detail = readText(r);
        else
            r.skipCurrentElement();
    }
    return f;
}

Job readJob(QXmlStreamReader &r)
{
    Job job;
    job.id = r.attributes().value(QLatin1String("id")).toString();
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"description")
            job.description = readText(r);
        else if (n == u"status")
            job.status = fromWire<JobStatus>(readText(r));
        else if (n == u"start_time")
            job.startTime = readDate(r);
        else if (n == u"end_time")
            job.endTime = readDate(r);
        else
            r.skipCurrentElement();
    }
    return job;
}

Event readEvent(QXmlStreamReader &r)
{
    Event event;
    event.id = r.attributes().value(QLatin1String("id")).toLongLong();
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"description")
            event.description = readText(r);
        else if (n == u"code")
            event.code = readText(r).toInt();
        else if (n == u"severity")
            event.severity = fromWire<EventSeverity>(readText(r));
        else if (n == u"time")
            event.time = readDate(r);
        else if (n == u"correlation_id")
            event.correlationId = readText(r);
        else if (n == u"vm")
            event.vmId = readReferenceId(r);
        else if (n == u"storage_domain")
            event.storageDomainId = readReferenceId(r);
        else if (n == u"host")
            event.hostId = readReferenceId(r);
        else
            r.skipCurrentElement();
    }
    return event;
}

ActionResult readAction(QXmlStreamReader &r)
{
    ActionResult result;
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"status")
            result.status = fromWire<ActionStatus>(readText(r));
        else if (n == u"job")
            result.jobId = readReferenceId(r);
        else if (n == u"fault")
            result.fault = readFault(r);
        else
            r.skipCurrentElement(); // the echoed request parameters
    }
    // The SDKs treat a fault inside <action> as a failure whatever the status says.
    if (result.fault && result.status == ActionStatus::Unknown)
        result.status = ActionStatus::Failed;
    return result;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Reads the rest of the document so that trailing garbage is noticed.
bool finish(QXmlStreamReader &r, QString *error)
{
    while (!r.atEnd())
        r.readNext();
    if (!r.hasError())
        return true;
    setError(error, QStringLiteral("Malformed XML at line %1, column %2: %3")
                            .arg(r.lineNumber())
                            .arg(r.columnNumber())
                            .arg(r.errorString()));
    return false;
}

bool openRoot(QXmlStreamReader &r, std::initializer_list<QStringView> roots, QString *error)
{
    if (error)
        error->clear();
    r.setNamespaceProcessing(false);
    if (!r.readNextStartElement()) {
        if (finish(r, error))
            setError(error, QStringLiteral("The document has no root element"));
        return false;
    }
    for (QStringView root : roots) {
        if (r.name() == root)
            return true;
    }
    setError(error, QStringLiteral("Unexpected root element <%1>, expected <%2>")
                            .arg(r.name().toString(), roots.begin()->toString()));
    return false;
}

template <class T, class Read>
T decodeOne(const QByteArray &xml, QStringView rootName, QString *error, Read read)
{
    QXmlStreamReader r(xml);
    if (!openRoot(r, { rootName }, error))
        return T{};
    T value = read(r);
    if (!finish(r, error))
        return T{};
    return value;
}

template <class T, class Read>
QList<T> decodeList(const QByteArray &xml, QStringView rootName, QStringView itemName, QString *error,
                    Read read)
{
    return decodeOne<QList<T>>(xml, rootName, error, [&](QXmlStreamReader &r) {
        QList<T> list;
        while (r.readNextStartElement()) {
            if (r.name() == itemName)
                list.append(read(r));
            else
                r.skipCurrentElement();
        }
        return list;
    });
}

} // namespace

namespace XmlDecoder {

Job decodeJob(const QByteArray &xml, QString *error)
{
    return decodeOne<Job>(xml, u"job", error, readJob);
}

QList<Job> decodeJobs(const QByteArray &xml, QString *error)
{
    return decodeList<Job>(xml, u"jobs", u"job", error, readJob);
}

Event decodeEvent(const QByteArray &xml, QString *error)
{
    return decodeOne<Event>(xml, u"event", error, readEvent);
}

QList<Event> decodeEvents(const QByteArray &xml, QString *error)
{
    return decodeList<Event>(xml, u"events", u"event", error, readEvent);
}

ActionResult decodeActionResult(const QByteArray &xml, QString *error)
{
    QXmlStreamReader r(xml);
    if (!openRoot(r, { u"action", u"fault" }, error))
        return ActionResult{};
    ActionResult result;
    if (r.name() == u"fault") {
        result.status = ActionStatus::Failed;
        result.fault = readFault(r);
    } else {
        result = readAction(r);
    }
    if (!finish(r, error))
        return ActionResult{};
    return result;
}

} // namespace XmlDecoder
