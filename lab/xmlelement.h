#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QXmlStreamWriter;

/// A request body (<snapshot>, <action>...) read into a small element tree with
/// QXmlStreamReader. Unknown elements are kept and ignored by the handlers, as the engine does.
class XmlElement final
{
public:
    /// Parses \a xml; std::nullopt (and \a error) when it is not well-formed or empty.
    static std::optional<XmlElement> parse(const QByteArray &xml, QString *error = nullptr);

    QString name() const { return m_name; }
    QString text() const { return m_text; }
    QString attribute(const QString &key) const { return m_attributes.value(key); }
    bool hasChild(const QString &childName) const { return child(childName) != nullptr; }
    const XmlElement *child(const QString &childName) const;
    QString childText(const QString &childName) const;
    QList<XmlElement> children(const QString &childName) const;
    const QList<XmlElement> &children() const { return m_children; }

    /// The engine's boolean input rules (true/1, false/0); \a fallback when absent or unreadable.
    bool childBool(const QString &childName, bool fallback) const;

    /// Writes the element back out (used to echo action parameters in replies).
    void write(QXmlStreamWriter &w) const;

private:
    QString m_name;
    QHash<QString, QString> m_attributes;
    QList<QString> m_attributeOrder;
    QString m_text;
    QList<XmlElement> m_children;
};
