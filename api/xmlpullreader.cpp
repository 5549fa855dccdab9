#include "xmlpullreader.h"

#include <array>
#include <cstring>

namespace {

enum CharClass : unsigned char { Other = 0, NameStart = 1, NameChar = 2, Space = 4 };

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = NameStart | NameChar;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = NameStart | NameChar;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = NameChar;
    t['_'] = t[':'] = NameStart | NameChar;
    t['-'] = t['.'] = NameChar;
    // Multi-byte UTF-8 sequences: the manager's names are ASCII, others are taken as name bytes.
    for (int c = 0x80; c <= 0xff; ++c)
        t[c] = NameStart | NameChar;
    t[' '] = t['\t'] = t['\n'] = t['\r'] = Space;
    return t;
}
constexpr std::array<unsigned char, 256> Classes = makeClasses();

inline bool isSpace(char c)
{
    return Classes[static_cast<unsigned char>(c)] & Space;
}
inline bool isNameStart(char c)
{
    return Classes[static_cast<unsigned char>(c)] & NameStart;
}
inline bool isNameChar(char c)
{
    return Classes[static_cast<unsigned char>(c)] & NameChar;
}

bool isXmlChar(uint cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
            || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Checks every reference in `raw` and, with `out`, appends the text with references resolved.
bool resolveReferences(std::string_view raw, QByteArray *out)
{
    size_t pos = 0;
    while (pos < raw.size()) {
        const size_t amp = raw.find('&', pos);
        if (out)
            out->append(raw.data() + pos, qsizetype((amp == std::string_view::npos ? raw.size() : amp) - pos));
        if (amp == std::string_view::npos)
            return true;
        const size_t semicolon = raw.find(';', amp + 1);
        // The longest valid reference is "&#x10FFFF;" (with leading zeros allowed, so cap it).
        if (semicolon == std::string_view::npos || semicolon - amp > 16)
            return false;
        const std::string_view ref = raw.substr(amp + 1, semicolon - amp - 1);
        uint cp = 0;
        if (ref == "lt") {
            cp = '<';
        } else if (ref == "gt") {
            cp = '>';
        } else if (ref == "amp") {
            cp = '&';
        } else if (ref == "quot") {
            cp = '"';
        } else if (ref == "apos") {
            cp = '\'';
        } else if (ref.size() >= 2 && ref[0] == '#') {
            const bool hex = ref[1] == 'x';
            const std::string_view digits = ref.substr(hex ? 2 : 1);
            if (digits.empty())
                return false;
            for (char c : digits) {
                uint d;
                if (c >= '0' && c <= '9')
                    d = uint(c - '0');
                else if (hex && c >= 'a' && c <= 'f')
                    d = uint(c - 'a' + 10);
                else if (hex && c >= 'A' && c <= 'F')
                    d = uint(c - 'A' + 10);
                else
                    return false;
                cp = cp * (hex ? 16 : 10) + d;
                if (cp > 0x10FFFF)
                    return false;
            }
            if (!isXmlChar(cp))
                return false;
        } else {
            return false; // no DTD, so no other entity can be declared
        }
        if (out)
            appendUtf8(*out, cp);
        pos = semicolon + 1;
    }
    return true;
}

} // namespace

XmlPullReader::XmlPullReader(QByteArrayView data)
    : m_begin(data.data())
    , m_pos(data.data())
    , m_end(data.data() + data.size())
    , m_tokenStart(data.data())
{
    if (data.size() >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3; // UTF-8 byte order mark
    if (!m_begin) // a null QByteArray
        m_begin = m_pos = m_end = m_tokenStart = "";
}

XmlPullReader::Token XmlPullReader::fail(const char *message)
{
    m_error = QString::fromLatin1(message);
    m_tokenStart = m_pos;
    m_pendingEnd = false;
    return m_token = Token::Invalid;
}

XmlPullReader::Token XmlPullReader::readNext()
{
    if (m_token == Token::Invalid || m_token == Token::EndDocument)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_name = m_stack.back();
        m_stack.pop_back();
        return m_token = Token::EndElement;
    }
    m_tokenStart = m_pos;
    if (m_pos >= m_end) {
        if (!m_stack.isEmpty() || !m_seenRoot)
            return fail("Premature end of document.");
        return m_token = Token::EndDocument;
    }
    if (*m_pos != '<')
        return readText();
    if (m_end - m_pos < 2)
        return fail("Premature end of document.");
    const char next = m_pos[1];
    if (next == '/')
        return readEndTag();
    if (next == '!' || next == '?')
        return readMarkup();
    return readTag();
}

XmlPullReader::Token XmlPullReader::readText()
{
    const char *lt = static_cast<const char *>(std::memchr(m_pos, '<', size_t(m_end - m_pos)));
    const char *stop = lt ? lt : m_end;
    m_text = std::string_view(m_pos, size_t(stop - m_pos));
    m_textIsCdata = false;
    if (m_stack.isEmpty()) {
        for (char c : m_text) {
            if (!isSpace(c))
                return fail(m_seenRoot ? "Extra content at end of document." : "Start tag expected.");
        }
    }
    m_textHasReference = std::memchr(m_text.data(), '&', m_text.size()) != nullptr;
    if (m_textHasReference && !resolveReferences(m_text, nullptr))
        return fail("Invalid entity reference.");
    m_pos = stop;
    return m_token = Token::Characters;
}

XmlPullReader::Token XmlPullReader::readTag()
{
    const char *p = m_pos + 1;
    if (!isNameStart(*p))
        return fail("Invalid element name.");
    const char *nameStart = p;
    while (p < m_end && isNameChar(*p))
        ++p;
    if (p >= m_end)
        return fail("Premature end of document.");
    if (m_stack.isEmpty() && m_seenRoot)
        return fail("Extra content at end of document.");
    if (m_stack.size() >= MaxDepth)
        return fail("Elements are nested too deeply.");
    m_name = std::string_view(nameStart, size_t(p - nameStart));
    m_pos = p;
    m_attributes.clear();
    if (!readAttributes())
        return m_token;
    m_seenRoot = true;
    m_stack.append(m_name);
    return m_token = Token::StartElement;
}

// Reads from after the element name through '>' or "/>", setting m_pendingEnd for the latter.
bool XmlPullReader::readAttributes()
{
    const char *p = m_pos;
    while (true) {
        const bool spaced = p < m_end && isSpace(*p);
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end) {
            fail("Premature end of document.");
            return false;
        }
        if (*p == '>') {
            m_pos = p + 1;
            return true;
        }
        if (*p == '/') {
            if (p + 1 >= m_end) {
                fail("Premature end of document.");
                return false;
            }
            if (p[1] != '>') {
                m_pos = p;
                fail("Expected '>' after '/'.");
                return false;
            }
            m_pos = p + 2;
            m_pendingEnd = true;
            return true;
        }
        if (!spaced || !isNameStart(*p)) {
            m_pos = p;
            fail("Invalid attribute.");
            return false;
        }
        Attribute attribute;
        const char *nameStart = p;
        while (p < m_end && isNameChar(*p))
            ++p;
        attribute.name = std::string_view(nameStart, size_t(p - nameStart));
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || *p != '=') {
            m_pos = p;
            fail(p >= m_end ? "Premature end of document." : "Expected '=' after an attribute name.");
            return false;
        }
        ++p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || (*p != '"' && *p != '\'')) {
            m_pos = p;
            fail(p >= m_end ? "Premature end of document." : "Attribute values must be quoted.");
            return false;
        }
        const char quote = *p++;
        const char *close = static_cast<const char *>(std::memchr(p, quote, size_t(m_end - p)));
        if (!close) {
            m_pos = m_end;
            fail("Premature end of document.");
            return false;
        }
        attribute.rawValue = std::string_view(p, size_t(close - p));
        if (std::memchr(p, '<', size_t(close - p))) {
            m_pos = p;
            fail("'<' is not allowed in attribute values.");
            return false;
        }
        attribute.hasReference = std::memchr(p, '&', size_t(close - p)) != nullptr;
        if (attribute.hasReference && !resolveReferences(attribute.rawValue, nullptr)) {
            m_pos = p;
            fail("Invalid entity reference.");
            return false;
        }
        for (const Attribute &other : std::as_const(m_attributes)) {
            if (other.name == attribute.name) {
                m_pos = nameStart;
                fail("Attribute redefined.");
                return false;
            }
        }
        m_attributes.append(attribute);
        p = close + 1;
    }
}

XmlPullReader::Token XmlPullReader::readEndTag()
{
    const char *p = m_pos + 2;
    const char *nameStart = p;
    while (p < m_end && isNameChar(*p))
        ++p;
    const std::string_view name(nameStart, size_t(p - nameStart));
    while (p < m_end && isSpace(*p))
        ++p;
    if (p >= m_end)
        return fail("Premature end of document.");
    if (*p != '>' || name.empty())
        return fail("Invalid end tag.");
    if (m_stack.isEmpty())
        return fail("Unexpected end tag.");
    if (m_stack.back() != name)
        return fail("Opening and ending tag mismatch.");
    m_stack.pop_back();
    m_name = name;
    m_pos = p + 1;
    return m_token = Token::EndElement;
}

XmlPullReader::Token XmlPullReader::readMarkup()
{
    const std::string_view rest(m_pos, size_t(m_end - m_pos));
    if (rest[1] == '?') {
        const size_t close = rest.find("?>", 2);
        if (close == std::string_view::npos)
            return fail("Premature end of document.");
        const std::string_view target = rest.substr(2, 3);
        const bool isDeclaration = (target == "xml" || target == "XML") && close > 5 && (isSpace(rest[5]) || rest[5] == '?');
        if (isDeclaration && m_pos != m_begin && !(m_pos == m_begin + 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0))
            return fail("XML declaration not at start of document.");
        m_pos += close + 2;
        return m_token = Token::ProcessingInstruction;
    }
    if (rest.substr(0, 4) == "<!--") {
        const size_t close = rest.find("-->", 4);
        if (close == std::string_view::npos)
            return fail("Premature end of document.");
        m_pos += close + 3;
        return m_token = Token::Comment;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
        if (m_stack.isEmpty())
            return fail("CDATA section outside the root element.");
        const size_t close = rest.find("]]>", 9);
        if (close == std::string_view::npos)
            return fail("Premature end of document.");
        m_text = rest.substr(9, close - 9);
        m_textIsCdata = true;
        m_textHasReference = false;
        m_pos += close + 3;
        return m_token = Token::Characters;
    }
    if (rest.substr(0, 9) == "<!DOCTYPE")
        return fail("Document type declarations are not supported.");
    if (rest.size() < 9)
        return fail("Premature end of document.");
    return fail("Invalid markup.");
}

bool XmlPullReader::readNextStartElement()
{
    while (true) {
        switch (readNext()) {
        case Token::StartElement:
            return true;
        case Token::EndElement:
        case Token::EndDocument:
        case Token::Invalid:
            return false;
        default:
            break;
        }
    }
}

void XmlPullReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::EndDocument:
        case Token::Invalid:
            return;
        default:
            break;
        }
    }
}

std::string_view XmlPullReader::readElementTextUtf8()
{
    std::string_view single;
    bool inScratch = false;
    while (true) {
        switch (readNext()) {
        case Token::Characters: {
            const bool resolveNeeded = m_textHasReference && !m_textIsCdata;
            if (!inScratch && single.empty() && !resolveNeeded) {
                single = m_text;
                break;
            }
            if (!inScratch) {
                m_scratch = QByteArray(single.data(), qsizetype(single.size()));
                inScratch = true;
            }
            if (resolveNeeded)
                resolveReferences(m_text, &m_scratch);
            else
                m_scratch.append(m_text.data(), qsizetype(m_text.size()));
            break;
        }
        case Token::StartElement:
            skipCurrentElement();
            break;
        case Token::EndElement:
            return inScratch ? std::string_view(m_scratch.constData(), size_t(m_scratch.size())) : single;
        case Token::EndDocument:
        case Token::Invalid:
            return {};
        default:
            break;
        }
    }
}

QString XmlPullReader::readElementText()
{
    const std::string_view text = readElementTextUtf8();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString XmlPullReader::textString() const
{
    if (m_token != Token::Characters)
        return {};
    if (!m_textHasReference || m_textIsCdata)
        return QString::fromUtf8(m_text.data(), qsizetype(m_text.size()));
    QByteArray resolved;
    resolveReferences(m_text, &resolved);
    return QString::fromUtf8(resolved);
}

bool XmlPullReader::hasAttribute(std::string_view name) const
{
    if (m_token != Token::StartElement)
        return false;
    for (const Attribute &attribute : m_attributes) {
        if (attribute.name == name)
            return true;
    }
    return false;
}

QString XmlPullReader::attribute(std::string_view name) const
{
    if (m_token != Token::StartElement)
        return {};
    for (const Attribute &attribute : m_attributes) {
        if (attribute.name != name)
            continue;
        if (!attribute.hasReference)
            return QString::fromUtf8(attribute.rawValue.data(), qsizetype(attribute.rawValue.size()));
        QByteArray resolved;
        resolveReferences(attribute.rawValue, &resolved);
        return QString::fromUtf8(resolved);
    }
    return {};
}

qint64 XmlPullReader::lineNumber() const
{
    qint64 line = 1;
    for (const char *p = m_begin; p < m_tokenStart; ++p)
        line += *p == '\n';
    return line;
}

qint64 XmlPullReader::columnNumber() const
{
    const char *p = m_tokenStart;
    while (p > m_begin && p[-1] != '\n')
        --p;
    return qint64(m_tokenStart - p) + 1;
}
