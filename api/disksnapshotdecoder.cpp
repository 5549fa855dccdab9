// XmlDecoder functions for disk snapshots (the volumes of a disk's chain) and the template list.
// Small documents, plain QXmlStreamReader code (as in storagedecoder.cpp).
#include "wirenames.h"
#include "xmldecoder.h"

#include <QXmlStreamReader>

namespace {

QString readText(QXmlStreamReader &r)
{
    return r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

// A reference such as `<disk href=".." id=".."/>`: its id; any content is skipped.
QString readReferenceId(QXmlStreamReader &r)
{
    const QString id = r.attributes().value(QStringLiteral("id")).toString();
    r.skipCurrentElement();
    return id;
}

std::optional<qint64> readSize(QXmlStreamReader &r)
{
    bool ok = false;
    const qint64 value = readText(r).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

DiskSnapshot readDiskSnapshot(QXmlStreamReader &r)
{
    DiskSnapshot s;
    s.id = r.attributes().value(QStringLiteral("id")).toString();
    QString name;
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"alias")
            s.alias = readText(r);
        else if (n == u"name")
            name = readText(r);
        else if (n == u"format")
            s.format = fromWire<DiskFormat>(readText(r));
        else if (n == u"qcow_version")
            s.qcowVersion = fromWire<QcowVersion>(readText(r));
        else if (n == u"status")
            s.status = fromWire<DiskStatus>(readText(r));
        else if (n == u"provisioned_size")
            s.provisionedSize = readSize(r);
        else if (n == u"actual_size")
            s.actualSize = readSize(r);
        else if (n == u"disk")
            s.diskId = readReferenceId(r);
        else if (n == u"parent")
            s.parentId = readReferenceId(r);
        else if (n == u"snapshot")
            s.snapshotId = readReferenceId(r);
        else if (n == u"storage_domains") {
            while (r.readNextStartElement()) {
                if (r.name() != u"storage_domain") {
                    r.skipCurrentElement();
                    continue;
                }
                const QString id = readReferenceId(r);
                if (!id.isEmpty() && !s.storageDomainIds.contains(id))
                    s.storageDomainIds.append(id);
            }
        } else
            r.skipCurrentElement();
    }
    if (s.alias.isEmpty())
        s.alias = name;
    return s;
}

Template readTemplate(QXmlStreamReader &r)
{
    Template t;
    t.id = r.attributes().value(QStringLiteral("id")).toString();
    while (r.readNextStartElement()) {
        if (r.name() == u"name")
            t.name = readText(r);
        else
            r.skipCurrentElement();
    }
    return t;
}

template <class T, class Read>
QList<T> decodeList(const QByteArray &xml, QStringView root, QStringView item, QString *error, Read read)
{
    QList<T> list;
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement()) {
        if (error)
            *error = r.hasError() ? QStringLiteral("Malformed XML at line %1: %2").arg(r.lineNumber()).arg(r.errorString())
                                  : QStringLiteral("Empty document, expected <%1>").arg(root);
        return {};
    }
    if (r.name() != root) {
        if (error)
            *error = QStringLiteral("Unexpected root element <%1>, expected <%2>").arg(r.name(), root);
        return {};
    }
    while (r.readNextStartElement()) {
        if (r.name() == item)
            list.append(read(r));
        else
            r.skipCurrentElement();
    }
    if (r.hasError()) {
        if (error)
            *error = QStringLiteral("Malformed XML at line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return {};
    }
    if (error)
        error->clear();
    return list;
}

} // namespace

namespace XmlDecoder {

QList<DiskSnapshot> decodeDiskSnapshots(const QByteArray &xml, QString *error)
{
    return decodeList<DiskSnapshot>(xml, u"disk_snapshots", u"disk_snapshot", error, readDiskSnapshot);
}

QList<Template> decodeTemplates(const QByteArray &xml, QString *error)
{
    return decodeList<Template>(xml, u"templates", u"template", error, readTemplate);
}

} // namespace XmlDecoder
