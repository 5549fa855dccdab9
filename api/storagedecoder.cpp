// XmlDecoder functions for the replies of iSCSI actions on a host. Small documents, plain
// QXmlStreamReader code (as in operationdecoder.cpp).
#include "xmldecoder.h"

#include <QXmlStreamReader>

namespace {

QString readText(QXmlStreamReader &r)
{
    return r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

IscsiTarget readDetails(QXmlStreamReader &r)
{
    IscsiTarget target;
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"address")
            target.address = readText(r);
        else if (n == u"port")
            target.port = readText(r).toInt();
        else if (n == u"portal")
            target.portal = readText(r);
        else if (n == u"target")
            target.target = readText(r);
        else
            r.skipCurrentElement();
    }
    return target;
}

} // namespace

namespace XmlDecoder {

IscsiDiscovery decodeIscsiDiscovery(const QByteArray &xml, QString *error)
{
    IscsiDiscovery discovery;
    QString actionError;
    discovery.action = decodeActionResult(xml, &actionError);
    if (!actionError.isEmpty()) {
        if (error)
            *error = actionError;
        return {};
    }
    QList<IscsiTarget> details;
    QStringList iqns;
    QXmlStreamReader r(xml);
    if (r.readNextStartElement() && r.name() == u"action") {
        while (r.readNextStartElement()) {
            if (r.name() == u"discovered_targets") {
                while (r.readNextStartElement()) {
                    if (r.name() == u"iscsi_details")
                        details.append(readDetails(r));
                    else
                        r.skipCurrentElement();
                }
            } else if (r.name() == u"iscsi_targets") {
                while (r.readNextStartElement()) {
                    if (r.name() == u"iscsi_target")
                        iqns.append(readText(r));
                    else
                        r.skipCurrentElement();
                }
            } else {
                r.skipCurrentElement();
            }
        }
    }
    if (r.hasError()) {
        if (error)
            *error = QStringLiteral("Malformed XML at line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return {};
    }
    // Engines since 4.4.6 send both forms; older ones only the IQNs (bug 1926819).
    discovery.targets = details;
    if (details.isEmpty()) {
        for (const QString &iqn : std::as_const(iqns)) {
            IscsiTarget target;
            target.target = iqn;
            discovery.targets.append(target);
        }
    }
    if (error)
        error->clear();
    return discovery;
}

} // namespace XmlDecoder
