#include "xmlelement.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>


std::optional<XmlElement> XmlElement::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.isStartElement()) {
        reader.readNext();
        // No document type declarations: the manager's bodies have none, and their entities
        // (expansion bombs, external files) are refused outright rather than expanded.
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            if (error)
                *error = QStringLiteral("document type declarations are not accepted");
            return std::nullopt;
        }
    }
    if (!reader.isStartElement()) {
        if (error)
            *error = reader.hasError() ? reader.errorString() : QStringLiteral("empty body");
        return std::nullopt;
    }
    XmlElement root;
    // Recursive descent; attributes and text kept as read. The depth is bounded, so that a
    // hostile body cannot exhaust the stack (request bodies are a few levels deep).
    constexpr int MaxDepth = 64;
    int depth = 0;
    bool tooDeep = false;
    std::function<XmlElement(QXmlStreamReader &)> read = [&read, &depth, &tooDeep](QXmlStreamReader &r) {
        XmlElement element;
        element.m_name = r.name().toString();
        for (const QXmlStreamAttribute &attribute : r.attributes()) {
            element.m_attributes.insert(attribute.name().toString(), attribute.value().toString());
            element.m_attributeOrder.append(attribute.name().toString());
        }
        while (!r.atEnd() && !tooDeep) {
            r.readNext();
            if (r.isStartElement()) {
                if (++depth > MaxDepth) {
                    tooDeep = true;
                    break;
                }
                element.m_children.append(read(r));
                --depth;
            } else if (r.isCharacters()) {
                element.m_text += r.text();
            } else if (r.isEndElement()) {
                break;
            }
        }
        element.m_text = element.m_text.trimmed();
        return element;
    };
    root = read(reader);
    if (tooDeep) {
        if (error)
            *error = QStringLiteral("elements nested deeper than %1").arg(MaxDepth);
        return std::nullopt;
    }
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    return root;
}

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &element : m_children) {
        if (element.m_name == childName)
            return &element;
    }
    return nullptr;
}

QString XmlElement::childText(const QString &childName) const
{
    const XmlElement *element = child(childName);
    return element ? element->m_text : QString();
}

QList<XmlElement> XmlElement::children(const QString &childName) const
{
    QList<XmlElement> result;
    for (const XmlElement &element : m_children) {
        if (element.m_name == childName)
            result.append(element);
    }
    return result;
}

bool XmlElement::childBool(const QString &childName, bool fallback) const
{
    const XmlElement *element = child(childName);
    if (!element)
        return fallback;
    const QString value = element->m_text.toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return fallback;
}

void XmlElement::write(QXmlStreamWriter &w) const
{
    w.writeStartElement(m_name);
    for (const QString &key : m_attributeOrder)
        w.writeAttribute(key, m_attributes.value(key));
    if (m_children.isEmpty()) {
        if (!m_text.isEmpty())
            w.writeCharacters(m_text);
    } else {
        for (const XmlElement &element : m_children)
            element.write(w);
    }
    w.writeEndElement();
}
