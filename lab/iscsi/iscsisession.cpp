#include "iscsisession.h"

#include "iscsiconnection.h"
#include "scsiidentifiers.h"

#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>

namespace {

using Callback = IscsiConnection::CommandCallback;

// A target raises UNIT ATTENTION (power on, LUN inventory changed, ...) once per nexus; the
// command itself was not executed and simply has to be repeated.
constexpr int UnitAttentionRetries = 4;

// Standard INQUIRY data offsets (SPC-4 6.6.2).
constexpr int InquiryVendorOffset = 8;
constexpr int InquiryProductOffset = 16;
constexpr int InquiryRevisionOffset = 32;
constexpr int StandardInquiryMinimum = 36;

quint64 bigEndian(const QByteArray &data, int offset, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(data.at(offset + i));
    return value;
}

std::optional<QByteArray> run(IscsiConnection &connection, const QString &what,
                              const IscsiConnection::TaskStarter &start)
{
    for (int attempt = 0;; ++attempt) {
        std::optional<QByteArray> data = connection.execute(what, start);
        if (data || !connection.isOpen() || attempt == UnitAttentionRetries
            || connection.lastSenseKey() != SCSI_SENSE_UNIT_ATTENTION) {
            return data;
        }
    }
}

// A VPD page; asks again with the exact length when the page is longer than the first guess.
std::optional<QByteArray> vpdPage(IscsiConnection &connection, int lun, int page)
{
    int allocation = 255;
    for (;;) {
        const auto data = run(connection,
                              QStringLiteral("INQUIRY VPD page 0x%1 of LUN %2")
                                  .arg(page, 2, 16, QLatin1Char('0'))
                                  .arg(lun),
                              [&](iscsi_context *context, Callback callback, void *self) {
                                  return iscsi_inquiry_task(context, lun, 1, page, allocation,
                                                            callback, self);
                              });
        if (!data || data->size() < 4)
            return data;
        const int pageLength = 4 + int(bigEndian(*data, 2, 2));
        if (pageLength <= allocation || allocation >= 0xffff)
            return data;
        allocation = qMin(pageLength, 0xffff);
    }
}

// REPORT LUNS entries are 8-byte LUN structures (SAM-5 4.7); the first two bytes hold the
// number for peripheral (00b) and flat space (01b) addressing, which is all targets use here.
QList<int> parseReportLuns(const QByteArray &data)
{
    QList<int> luns;
    const int end = qMin<qint64>(data.size(), 8 + bigEndian(data, 0, 4));
    for (int pos = 8; pos + 8 <= end; pos += 8) {
        const quint8 high = quint8(data.at(pos));
        const quint8 low = quint8(data.at(pos + 1));
        luns.append((high >> 6) == 1 ? ((high & 0x3f) << 8) | low : low);
    }
    return luns;
}

} // namespace

IscsiSession::IscsiSession(std::unique_ptr<IscsiConnection> connection,
                           const QString &initiatorName, const QString &targetIqn,
                           const IscsiPortal &portal)
    : m_connection(std::move(connection)),
      m_initiatorName(initiatorName),
      m_targetIqn(targetIqn),
      m_portal(portal)
{
}

IscsiSession::~IscsiSession()
{
    logout();
}

bool IscsiSession::isLoggedIn() const
{
    return m_connection && m_connection->isOpen();
}

void IscsiSession::logout()
{
    if (m_connection)
        m_connection->close();
}

IscsiLunListResult IscsiSession::listLuns()
{
    IscsiLunListResult result;
    const auto fail = [&](const QString &message, IscsiErrorKind kind) {
        result.luns.clear();
        result.error = message;
        result.errorKind = kind;
        m_error = message;
        return result;
    };
    if (!isLoggedIn()) {
        return fail(QStringLiteral("Not logged in to iSCSI target %1").arg(m_targetIqn),
                    IscsiErrorKind::Protocol);
    }
    IscsiConnection &connection = *m_connection;
    const auto connectionError = [&] {
        return fail(connection.errorString(), connection.errorKind());
    };

    // REPORT LUNS, growing the buffer if the target has more LUNs than fit the first one.
    int allocation = 4096;
    QByteArray report;
    for (;;) {
        const auto data = run(connection, QStringLiteral("REPORT LUNS"),
                              [&](iscsi_context *context, Callback callback, void *self) {
                                  return iscsi_reportluns_task(context, 0, allocation, callback,
                                                               self);
                              });
        if (!data)
            return connectionError();
        const qint64 needed = data->size() >= 4 ? 8 + qint64(bigEndian(*data, 0, 4)) : 0;
        if (needed <= allocation) {
            report = *data;
            break;
        }
        allocation = int(needed);
    }

    for (const int lun : parseReportLuns(report)) {
        const auto standard = run(connection, QStringLiteral("INQUIRY of LUN %1").arg(lun),
                                  [&](iscsi_context *context, Callback callback, void *self) {
                                      return iscsi_inquiry_task(context, lun, 0, 0, 255, callback,
                                                                self);
                                  });
        if (!standard)
            return connectionError();
        if (standard->size() < StandardInquiryMinimum) {
            return fail(QStringLiteral("INQUIRY of LUN %1 on %2 returned only %3 bytes")
                            .arg(lun)
                            .arg(m_targetIqn)
                            .arg(standard->size()),
                        IscsiErrorKind::Protocol);
        }
        // Peripheral qualifier 0 and device type 0: a connected direct-access block device.
        // Anything else (tgt's LUN 0 is a storage array controller) is no disk for oVirt.
        if (quint8(standard->at(0)) != 0x00)
            continue;

        IscsiLun info;
        info.lun = lun;
        const QByteArray vendor = standard->mid(InquiryVendorOffset, 8);
        const QByteArray product = standard->mid(InquiryProductOffset, 16);
        info.vendorId = QString::fromLatin1(vendor).trimmed();
        info.productId = QString::fromLatin1(product).trimmed();
        info.productRevision = QString::fromLatin1(standard->mid(InquiryRevisionOffset, 4)).trimmed();

        // Both VPD pages are optional for a target; missing ones only change the id fallback.
        const QByteArray vpd80 = vpdPage(connection, lun, 0x80).value_or(QByteArray());
        const QByteArray vpd83 = vpdPage(connection, lun, 0x83).value_or(QByteArray());
        if (!connection.isOpen())
            return connectionError();
        info.serial = ScsiIdentifiers::unitSerial(vpd80);
        info.ovirtSerial = ScsiIdentifiers::ovirtSerial(vpd80, vendor, product);
        info.wwid = ScsiIdentifiers::wwid(vpd83, vpd80, vendor, product);

        // READ CAPACITY(16) handles > 2 TiB; (10) is the fallback for targets without it.
        if (const auto capacity16 = run(connection,
                                        QStringLiteral("READ CAPACITY(16) of LUN %1").arg(lun),
                                        [&](iscsi_context *context, Callback callback, void *self) {
                                            return iscsi_readcapacity16_task(context, lun,
                                                                             callback, self);
                                        });
            capacity16 && capacity16->size() >= 12) {
            info.blockSize = quint32(bigEndian(*capacity16, 8, 4));
            info.sizeBytes = qint64(bigEndian(*capacity16, 0, 8) + 1) * info.blockSize;
        } else if (!connection.isOpen()) {
            return connectionError();
        } else {
            const auto capacity10 = run(
                connection, QStringLiteral("READ CAPACITY(10) of LUN %1").arg(lun),
                [&](iscsi_context *context, Callback callback, void *self) {
                    return iscsi_readcapacity10_task(context, lun, 0, 0, callback, self);
                });
            if (!capacity10 || capacity10->size() < 8)
                return connectionError();
            info.blockSize = quint32(bigEndian(*capacity10, 4, 4));
            info.sizeBytes = qint64(bigEndian(*capacity10, 0, 4) + 1) * info.blockSize;
        }

        // MODE SENSE(6) header byte 2 is the device-specific parameter; for direct-access
        // devices bit 7 is WP (SBC-3 6.5.1). All pages, no block descriptors, current values.
        const auto modeSense = run(connection, QStringLiteral("MODE SENSE(6) of LUN %1").arg(lun),
                                   [&](iscsi_context *context, Callback callback, void *self) {
                                       return iscsi_modesense6_task(
                                           context, lun, 1, SCSI_MODESENSE_PC_CURRENT,
                                           SCSI_MODEPAGE_RETURN_ALL_PAGES, 0, 255, callback, self);
                                   });
        if (!modeSense || modeSense->size() < 4)
            return connectionError();
        info.writeProtected = (quint8(modeSense->at(2)) & 0x80) != 0;

        result.luns.append(info);
    }
    m_error.clear();
    return result;
}
