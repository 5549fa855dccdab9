// XmlDecoder for `<image_transfer>` (NOTES §13.1). Apart from xmldecoder.cpp for the same reason
// as operationdecoder.cpp: one small document per poll, so QXmlStreamReader is enough.
#include "xmldecoder.h"

#include <QXmlStreamReader>

#include <array>
#include <utility>

namespace XmlDecoder {

ImageTransferPhase imageTransferPhase(QStringView wire)
{
    static constexpr std::array<std::pair<const char16_t *, ImageTransferPhase>, 14> names{ {
            { u"initializing", ImageTransferPhase::Initializing },
            { u"transferring", ImageTransferPhase::Transferring },
            { u"resuming", ImageTransferPhase::Resuming },
            { u"paused_system", ImageTransferPhase::PausedSystem },
            { u"paused_user", ImageTransferPhase::PausedUser },
            { u"cancelled", ImageTransferPhase::Cancelled },
            { u"finalizing_success", ImageTransferPhase::FinalizingSuccess },
            { u"finalizing_failure", ImageTransferPhase::FinalizingFailure },
            { u"finished_success", ImageTransferPhase::FinishedSuccess },
            { u"finished_failure", ImageTransferPhase::FinishedFailure },
            { u"cancelled_system", ImageTransferPhase::CancelledSystem },
            { u"cancelled_user", ImageTransferPhase::CancelledUser },
            { u"finalizing_cleanup", ImageTransferPhase::FinalizingCleanup },
            { u"finished_cleanup", ImageTransferPhase::FinishedCleanup },
    } };
    for (const auto &[name, phase] : names) {
        if (wire == QStringView(name))
            return phase;
    }
    return ImageTransferPhase::Unknown;
}

ImageTransfer decodeImageTransfer(const QByteArray &xml, QString *error)
{
    ImageTransfer t;
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || r.name() != u"image_transfer") {
        if (error)
            *error = r.hasError() ? r.errorString() : QStringLiteral("expected <image_transfer>");
        return {};
    }
    const auto text = [&r] { return r.readElementText(QXmlStreamReader::SkipChildElements).trimmed(); };
    t.id = r.attributes().value(QLatin1String("id")).toString();
    while (r.readNextStartElement()) {
        const QStringView n = r.name();
        if (n == u"phase") {
            t.phase = imageTransferPhase(text());
        } else if (n == u"direction") {
            t.direction = text();
        } else if (n == u"format") {
            const DiskFormat format = fromWire<DiskFormat>(text());
            if (format != DiskFormat::Unknown)
                t.format = format;
        } else if (n == u"transfer_url") {
            t.transferUrl = text();
        } else if (n == u"proxy_url") {
            t.proxyUrl = text();
        } else if (n == u"transferred") {
            bool ok = false;
            const qint64 v = text().toLongLong(&ok);
            if (ok)
                t.transferred = v;
        } else if (n == u"inactivity_timeout") {
            bool ok = false;
            const int v = text().toInt(&ok);
            if (ok)
                t.inactivityTimeout = v;
        } else if (n == u"active") {
            t.active = text() == u"true";
        } else if (n == u"image" || n == u"disk") {
            // The manager names the disk in <image id>; <disk id> is what a request sends.
            const QString id = r.attributes().value(QLatin1String("id")).toString();
            if (!id.isEmpty() && (t.diskId.isEmpty() || n == u"disk"))
                t.diskId = id;
            r.skipCurrentElement();
        } else if (n == u"host") {
            t.hostId = r.attributes().value(QLatin1String("id")).toString();
            r.skipCurrentElement();
        } else {
            r.skipCurrentElement();
        }
    }
    if (r.hasError()) {
        if (error)
            *error = r.errorString();
        return {};
    }
    if (error)
        error->clear();
    return t;
}

} // namespace XmlDecoder
