#include "xmlbytewriter.h"

#include <cstring>

QByteArray XmlByteWriter::take()
{
    QByteArray taken = std::move(m_out);
    m_out = QByteArray();
    m_out.reserve(taken.capacity());
    return taken;
}

void XmlByteWriter::writeStartDocument(const QString &version, bool standalone)
{
    finishStartElement(false);
    m_out += "<?xml version=\"";
    writeEscaped(version, false);
    // A device writer names its encoding (a QString one would not); ours is always UTF-8.
    m_out += "\" encoding=\"UTF-8";
    m_out += standalone ? "\" standalone=\"yes\"?>" : "\" standalone=\"no\"?>";
}

void XmlByteWriter::writeEndDocument()
{
    while (!m_tags.isEmpty())
        writeEndElement();
    m_out += '\n';
}

bool XmlByteWriter::finishStartElement(bool contents)
{
    const bool hadSomethingWritten = m_wroteSomething;
    m_wroteSomething = contents;
    if (!m_inStartElement)
        return hadSomethingWritten;
    if (m_inEmptyElement) {
        m_out += "/>";
        m_tags.removeLast();
        m_lastWasStartElement = false;
    } else {
        m_out += '>';
    }
    m_inStartElement = m_inEmptyElement = false;
    return hadSomethingWritten;
}

void XmlByteWriter::indent(qsizetype level)
{
    static constexpr char Spaces[] = "\n                                                                ";
    constexpr qsizetype MaxLevel = (sizeof Spaces - 2) / 4;
    m_out.append(Spaces, 1 + 4 * qMin(level, MaxLevel));
    for (qsizetype i = MaxLevel; i < level; ++i)
        m_out.append("    ", 4);
}

void XmlByteWriter::startElement(const QString &name)
{
    if (!finishStartElement(false) && m_autoFormatting)
        indent(m_tags.size());
    m_tags.append(name);
    m_out += '<';
    writeName(name);
    m_inStartElement = m_lastWasStartElement = true;
}

void XmlByteWriter::writeStartElement(const QString &name)
{
    startElement(name);
}

void XmlByteWriter::writeEmptyElement(const QString &name)
{
    startElement(name);
    m_inEmptyElement = true;
}

void XmlByteWriter::writeAttribute(const QString &name, const QString &value)
{
    m_out += ' ';
    writeName(name);
    m_out += "=\"";
    writeEscaped(value, true);
    m_out += '"';
}

void XmlByteWriter::writeCharacters(const QString &text)
{
    finishStartElement();
    writeEscaped(text, false);
}

void XmlByteWriter::writeTextElement(const QString &name, const QString &text)
{
    writeStartElement(name);
    writeCharacters(text);
    writeEndElement();
}

void XmlByteWriter::writeEndElement()
{
    if (m_tags.isEmpty())
        return;
    // Nothing written since the start tag: close it as an empty tag.
    if (m_inStartElement && !m_inEmptyElement) {
        m_out += "/>";
        m_lastWasStartElement = m_inStartElement = false;
        m_tags.removeLast();
        return;
    }
    if (!finishStartElement(false) && !m_lastWasStartElement && m_autoFormatting)
        indent(m_tags.size() - 1);
    if (m_tags.isEmpty())
        return;
    m_lastWasStartElement = false;
    const QString name = m_tags.takeLast();
    m_out += "</";
    writeName(name);
    m_out += '>';
}

void XmlByteWriter::writeName(const QString &name)
{
    // Element and attribute names of the engine's schema are ASCII; others go through UTF-8.
    const qsizetype start = m_out.size();
    m_out.resize(start + name.size());
    char *to = m_out.data() + start;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80) {
            m_out.resize(start);
            m_out += name.toUtf8();
            return;
        }
        *to++ = char(c.unicode());
    }
}

void XmlByteWriter::writeEscaped(const QString &text, bool inAttribute)
{
    // Written through a raw pointer into room made beforehand (at most 6 bytes per UTF-16 unit,
    // for "&quot;"), then trimmed: appending byte by byte was half of the list's writing time.
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() * 6);
    char *to = m_out.data() + start;
    auto put = [&to](const char *bytes, int length) {
        std::memcpy(to, bytes, size_t(length));
        to += length;
    };
    const char16_t *from = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = from + text.size();
    for (; from != end; ++from) {
        const char16_t c = *from;
        if (c < 0x80) {
            switch (c) {
            case u'<': put("&lt;", 4); break;
            case u'>': put("&gt;", 4); break;
            case u'&': put("&amp;", 5); break;
            case u'"': put("&quot;", 6); break;
            case u'\t': inAttribute ? put("&#9;", 4) : put("\t", 1); break;
            case u'\n': inAttribute ? put("&#10;", 5) : put("\n", 1); break;
            case u'\r': inAttribute ? put("&#13;", 5) : put("\r", 1); break;
            default:
                // Other control characters cannot appear in XML 1.0: Qt drops them.
                if (c > 0x1f)
                    *to++ = char(c);
                break;
            }
        } else if (c < 0x800) {
            *to++ = char(0xc0 | (c >> 6));
            *to++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && from + 1 != end && QChar::isLowSurrogate(from[1])) {
            const char32_t u = QChar::surrogateToUcs4(c, from[1]);
            ++from;
            *to++ = char(0xf0 | (u >> 18));
            *to++ = char(0x80 | ((u >> 12) & 0x3f));
            *to++ = char(0x80 | ((u >> 6) & 0x3f));
            *to++ = char(0x80 | (u & 0x3f));
        } else if (c >= 0xfffe) {
            // U+FFFE and U+FFFF are not characters: Qt drops them too.
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form; Qt's encoder writes a replacement character.
            put("\xef\xbf\xbd", 3);
        } else {
            *to++ = char(0xe0 | (c >> 12));
            *to++ = char(0x80 | ((c >> 6) & 0x3f));
            *to++ = char(0x80 | (c & 0x3f));
        }
    }
    m_out.resize(to - m_out.constData());
}
