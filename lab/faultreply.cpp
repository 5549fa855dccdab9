#include "faultreply.h"

#include "xmlelement.h"

#include <QXmlStreamWriter>

namespace {

void writeFault(QXmlStreamWriter &w, const QString &reason, const QString &detail)
{
    w.writeStartElement(QStringLiteral("fault"));
    w.writeTextElement(QStringLiteral("detail"), detail);
    w.writeTextElement(QStringLiteral("reason"), reason);
    w.writeEndElement();
}

} // namespace

LabResponse FaultReply::plain(int status, const QString &reason, const QString &detail)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { writeFault(w, reason, detail); }), status);
}

LabResponse FaultReply::engine(const EngineMessage &message, const QString &action, const QString &type)
{
    return plain(message.status, QStringLiteral("Operation Failed"), message.detail(action, type));
}

LabResponse FaultReply::action(const XmlElement &request, int status, const QString &detail, const QStringList &hidden)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                // Members sorted by name: the echoed parameters, fault, status.
                                QList<QPair<QString, std::function<void()>>> members;
                                for (const XmlElement &child : request.children()) {
                                    if (child.name() != QLatin1String("fault") && child.name() != QLatin1String("status"))
                                        members.append({child.name(), [&w, child, &hidden] { echo(w, child, hidden); }});
                                }
                                members.append({QStringLiteral("fault"), [&] { writeFault(w, QStringLiteral("Operation Failed"), detail); }});
                                members.append({QStringLiteral("status"), [&] { w.writeTextElement(QStringLiteral("status"), QStringLiteral("failed")); }});
                                std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
                                w.writeStartElement(QStringLiteral("action"));
                                for (const auto &member : members)
                                    member.second();
                                w.writeEndElement();
                            }),
                            status);
}

LabResponse FaultReply::syntax(const QByteArray &baseUrl, const QString &usage)
{
    return plain(400, QStringLiteral("Request syntactically incorrect."),
                 QStringLiteral("For correct usage, see: %1/ovirt-engine/apidoc#%2").arg(QString::fromLatin1(baseUrl), usage));
}

LabResponse FaultReply::incomplete(const QString &type, const QStringList &missing, const QString &method)
{
    return plain(400, QStringLiteral("Incomplete parameters"),
                 QStringLiteral("%1 [%2] required for %3").arg(type, missing.join(QStringLiteral(", ")), method));
}

void FaultReply::echo(QXmlStreamWriter &w, const XmlElement &element, const QStringList &hidden)
{
    w.writeStartElement(element.name());
    for (const QString &key : {QStringLiteral("href"), QStringLiteral("id")}) {
        if (!element.attribute(key).isEmpty())
            w.writeAttribute(key, element.attribute(key));
    }
    if (element.children().isEmpty()) {
        if (!element.text().isEmpty())
            w.writeCharacters(element.text());
    } else {
        for (const XmlElement &child : element.children()) {
            if (!hidden.contains(child.name()))
                echo(w, child, hidden);
        }
    }
    w.writeEndElement();
}
