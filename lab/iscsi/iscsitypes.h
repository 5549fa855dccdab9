#pragma once

// Plain value types shared by IscsiInitiator and IscsiSession. They mirror what oVirt's
// discoveriscsi / iscsilogin / GET /hosts/{id}/storage need (NOTES.md §7, §5.2), nothing more.

#include <QList>
#include <QString>

// Why an operation failed, so the lab can map it to the right oVirt fault without parsing text.
enum class IscsiErrorKind {
    None,
    InvalidArgument,      // empty address/IQN, bad port, ...
    Unreachable,          // TCP connect failed (refused, no route, ...)
    Timeout,              // portal or target did not answer within the timeout
    AuthenticationFailed, // login status 0x0201: CHAP missing or wrong
    NotAuthorized,        // login status 0x0202: initiator not in the target's ACL
    NoSuchTarget,         // login status 0x0203 / 0x0204: IQN unknown to the portal
    LoginFailed,          // any other login rejection
    Protocol,             // connection dropped or a SCSI command failed
};

// CHAP credentials for the initiator (one-way CHAP, what oVirt's <username>/<password> carry).
struct IscsiChap
{
    QString username;
    QString password;

    bool isEmpty() const { return username.isEmpty(); }
};

// One portal as SendTargets reports it; toString() gives oVirt's "address:port,tpgt".
struct IscsiPortal
{
    QString address;
    quint16 port = 3260;
    int tpgt = 1;

    QString toString() const
    {
        const QString host = address.contains(u':') ? u'[' + address + u']' : address;
        return QStringLiteral("%1:%2,%3").arg(host).arg(port).arg(tpgt);
    }
    bool operator==(const IscsiPortal &other) const = default;
};

struct IscsiTarget
{
    QString iqn;
    QList<IscsiPortal> portals;
};

struct IscsiDiscoveryResult
{
    QList<IscsiTarget> targets;
    QString error; // empty on success
    IscsiErrorKind errorKind = IscsiErrorKind::None;

    bool ok() const { return error.isEmpty(); }
};

// One logical unit as the lab reports it in <logical_unit>.
struct IscsiLun
{
    int lun = 0;                // LUN number on the target (<lun_mapping>)
    QString wwid;               // multipath WWID / oVirt LUN id, e.g. "36001405..." (<logical_unit id>)
    QString vendorId;           // INQUIRY vendor, trimmed (<vendor_id>)
    QString productId;          // INQUIRY product, trimmed (<product_id>)
    QString productRevision;    // INQUIRY revision, trimmed
    QString serial;             // VPD 0x80 unit serial number, trimmed
    QString ovirtSerial;        // scsi_id --page=0x80 style "S<vendor>_<product>_<serial>" (<serial>)
    qint64 sizeBytes = 0;       // READ CAPACITY: (last LBA + 1) * block size (<size>)
    quint32 blockSize = 0;
    bool writeProtected = false; // MODE SENSE(6) device-specific parameter, WP bit
};

struct IscsiLunListResult
{
    QList<IscsiLun> luns;
    QString error; // empty on success
    IscsiErrorKind errorKind = IscsiErrorKind::None;

    bool ok() const { return error.isEmpty(); }
};
