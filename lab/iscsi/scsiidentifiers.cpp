#include "scsiidentifiers.h"

#include <QList>

#include <array>
#include <optional>

namespace {

// SPC designator types and code sets (SPC-4 7.8.6).
enum DesignatorType : quint8 { VendorSpecific = 0, T10VendorId = 1, Eui64 = 2, Naa = 3 };
enum CodeSet : quint8 { Binary = 1, Ascii = 2 };

constexpr int VendorLength = 8;
constexpr int ProductLength = 16;

struct SearchStep
{
    DesignatorType type;
    int naaType; // -1: any
    CodeSet codeSet;
};

// scsi_id's id_search_list (without the target port group entry, which is not an id).
constexpr std::array<SearchStep, 12> SearchOrder{{
    {Naa, 6, Binary}, {Naa, 6, Ascii},
    {Naa, 5, Binary}, {Naa, 5, Ascii},
    {Naa, -1, Binary}, {Naa, -1, Ascii},
    {Eui64, -1, Binary}, {Eui64, -1, Ascii},
    {T10VendorId, -1, Binary}, {T10VendorId, -1, Ascii},
    {VendorSpecific, -1, Binary}, {VendorSpecific, -1, Ascii},
}};

QByteArray padded(const QByteArray &field, int length)
{
    return field.left(length).leftJustified(length, ' ');
}

std::optional<QByteArray> matchDesignator(const QByteArray &designator, const SearchStep &step,
                                          const QByteArray &vendor, const QByteArray &product)
{
    const auto header = reinterpret_cast<const quint8 *>(designator.constData());
    const int codeSet = header[0] & 0x0f;
    const int association = (header[1] & 0x30) >> 4;
    const int type = header[1] & 0x0f;
    const QByteArray id = designator.mid(4);

    // Only ids of the logical unit itself; target port / target device ids are shared by LUNs.
    if (association != 0 || type != step.type || codeSet != step.codeSet || id.isEmpty())
        return std::nullopt;
    if (step.type == Naa && step.naaType >= 0 && (quint8(id.at(0)) >> 4) != step.naaType)
        return std::nullopt;

    QByteArray out(1, "0123456789abcdef"[step.type]);
    // A vendor specific id is only unique together with vendor and product.
    if (step.type == VendorSpecific)
        out += padded(vendor, VendorLength) + padded(product, ProductLength);
    out += codeSet == Ascii ? id : id.toHex();
    return out;
}

} // namespace

QString ScsiIdentifiers::wwid(const QByteArray &vpd83, const QByteArray &vpd80,
                              const QByteArray &vendor, const QByteArray &product)
{
    // Split the page into designators once: 4-byte page header, then each designator is a 4-byte
    // header followed by header[3] bytes of id.
    QList<QByteArray> designators;
    if (vpd83.size() >= 4 && quint8(vpd83.at(1)) == 0x83) {
        const int end = qMin<int>(vpd83.size(), 4 + ((quint8(vpd83.at(2)) << 8) | quint8(vpd83.at(3))));
        for (int pos = 4; pos + 4 <= end;) {
            const int length = quint8(vpd83.at(pos + 3));
            if (pos + 4 + length > end)
                break;
            designators.append(vpd83.mid(pos, 4 + length));
            pos += 4 + length;
        }
    }
    for (const SearchStep &step : SearchOrder) {
        for (const QByteArray &designator : std::as_const(designators)) {
            if (const auto id = matchDesignator(designator, step, vendor, product))
                return udevSanitize(*id);
        }
    }
    return ovirtSerial(vpd80, vendor, product);
}

QString ScsiIdentifiers::unitSerial(const QByteArray &vpd80)
{
    if (vpd80.size() < 4 || quint8(vpd80.at(1)) != 0x80)
        return {};
    return QString::fromLatin1(vpd80.mid(4, quint8(vpd80.at(3)))).trimmed();
}

QString ScsiIdentifiers::ovirtSerial(const QByteArray &vpd80, const QByteArray &vendor,
                                     const QByteArray &product)
{
    if (unitSerial(vpd80).isEmpty())
        return {};
    const QByteArray raw = 'S' + padded(vendor, VendorLength) + padded(product, ProductLength)
                           + vpd80.mid(4, quint8(vpd80.at(3)));
    return udevSanitize(raw);
}

QString ScsiIdentifiers::udevSanitize(const QByteArray &raw)
{
    // scsi_id works on C strings: anything after a NUL (e.g. strncpy padding) is not part of it.
    const qsizetype nul = raw.indexOf('\0');
    const QByteArray trimmed = (nul < 0 ? raw : raw.left(nul)).trimmed();
    QByteArray out;
    out.reserve(trimmed.size());
    bool inSpace = false;
    for (const char c : trimmed) {
        if (QChar::isSpace(uchar(c))) {
            inSpace = true;
            continue;
        }
        if (inSpace) {
            out += '_';
            inSpace = false;
        }
        const bool allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                             || (c >= 'a' && c <= 'z') || QByteArrayView("#+-.:=@_").contains(c);
        out += allowed ? c : '_';
    }
    return QString::fromLatin1(out);
}
