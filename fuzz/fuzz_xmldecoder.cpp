// libFuzzer target: every XmlDecoder function (and the pull reader under them) on the same bytes.
//
// Each decoder checks its root element first, so an input built from a <vms> sample goes deep in
// decodeVms and is refused early by the others; feeding all of them keeps one corpus for every
// shape the manager sends. A crash, an ASan/UBSan report, a hang or a leak is a finding.

#include "xmldecoder.h"
#include "xmlpullreader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

// Touches what a decoder returned so that nothing is optimised away and every string is read.
template <class T>
void consume(const T &value)
{
    volatile std::size_t sink = sizeof(value);
    (void)sink;
}

template <class T>
void consume(const QList<T> &values)
{
    volatile qsizetype sink = values.size();
    (void)sink;
}

// The reader alone, token by token, with the accessors the decoders do not all use.
void walkReader(const QByteArray &xml)
{
    XmlPullReader r(xml);
    qsizetype chars = 0;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case XmlPullReader::Token::StartElement:
            chars += r.attribute("id").size() + r.attribute("href").size();
            (void)r.hasAttribute("rel");
            break;
        case XmlPullReader::Token::Characters:
            chars += r.textString().size();
            break;
        default:
            break;
        }
    }
    volatile qint64 sink = chars + r.lineNumber() + r.columnNumber() + r.errorString().size();
    (void)sink;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: QByteArray::fromRawData would let the reader see bytes past `size` if it read
    // beyond its view, which ASan must catch rather than hide.
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    walkReader(xml);

    consume(XmlDecoder::decodeApiRoot(xml, &error));
    consume(XmlDecoder::decodeVm(xml, &error));
    consume(XmlDecoder::decodeVms(xml, &error));
    consume(XmlDecoder::decodeDisk(xml, &error));
    consume(XmlDecoder::decodeDisks(xml, &error));
    consume(XmlDecoder::decodeDiskAttachment(xml, &error));
    consume(XmlDecoder::decodeDiskAttachments(xml, &error));
    consume(XmlDecoder::decodeSnapshot(xml, &error));
    consume(XmlDecoder::decodeSnapshots(xml, &error));
    consume(XmlDecoder::decodeStorageDomain(xml, &error));
    consume(XmlDecoder::decodeStorageDomains(xml, &error));
    consume(XmlDecoder::decodeHost(xml, &error));
    consume(XmlDecoder::decodeHosts(xml, &error));
    consume(XmlDecoder::decodeDataCenter(xml, &error));
    consume(XmlDecoder::decodeDataCenters(xml, &error));
    consume(XmlDecoder::decodeCluster(xml, &error));
    consume(XmlDecoder::decodeClusters(xml, &error));
    consume(XmlDecoder::decodeHostStorage(xml, &error));
    consume(XmlDecoder::decodeHostStorages(xml, &error));
    consume(XmlDecoder::decodeFault(xml, &error));
    consume(XmlDecoder::decodeJob(xml, &error));
    consume(XmlDecoder::decodeJobs(xml, &error));
    consume(XmlDecoder::decodeEvent(xml, &error));
    consume(XmlDecoder::decodeEvents(xml, &error));
    consume(XmlDecoder::decodeActionResult(xml, &error));
    consume(XmlDecoder::decodeIscsiDiscovery(xml, &error));
    return 0;
}
