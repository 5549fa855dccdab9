#include "xmldecoder.h"

#include "xmlpullreader.h"

#include <limits>
#include <optional>
#include <string_view>

// Every reader below starts on the StartElement of its object and returns after its EndElement.
// Members are read with readNextStartElement() loops, so an element is only ever interpreted at
// the depth where it belongs: whatever a reader does not know is skipped whole, together with
// any same-named elements nested inside it.
//
// Speed: a /vms reply with 10,000 VMs is tens of megabytes, mostly elements we skip. The reader
// (XmlPullReader) works on the UTF-8 bytes in place: names are compared as byte views against
// literals, numbers are parsed from the bytes, and only the strings an entity keeps become
// QStrings. Enums and dates go through a reused scratch QString.

namespace {

struct Context
{
    explicit Context(const QByteArray &xml) : r(xml) { }

    XmlPullReader r;
    QString scratch;
};

std::string_view trimmed(std::string_view v)
{
    auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; };
    while (!v.empty() && space(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && space(v.back()))
        v.remove_suffix(1);
    return v;
}

// The text of the current element, for values stored as strings. Child elements (only found in
// documents that are not API v4) are skipped rather than treated as errors.
QString readString(Context &c)
{
    return c.r.readElementText();
}

// The trimmed UTF-8 text of the current element, valid until the next read.
std::string_view readBytes(Context &c)
{
    return trimmed(c.r.readElementTextUtf8());
}

// The text of the current element as UTF-16, valid until the next call; for enums and dates.
QStringView readView(Context &c)
{
    const std::string_view v = readBytes(c);
    c.scratch.resize(qsizetype(v.size()));
    char16_t *out = reinterpret_cast<char16_t *>(c.scratch.data());
    for (size_t i = 0; i < v.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(v[i]);
        if (ch >= 0x80) { // not ASCII: let Qt decode it
            c.scratch = QString::fromUtf8(v.data(), qsizetype(v.size()));
            return c.scratch;
        }
        out[i] = ch;
    }
    return c.scratch;
}

// Decimal integers as QString::toLongLong reads them: optional sign, digits, no overflow.
std::optional<qint64> parseInt64(std::string_view v)
{
    bool negative = false;
    if (!v.empty() && (v.front() == '-' || v.front() == '+')) {
        negative = v.front() == '-';
        v.remove_prefix(1);
    }
    if (v.empty() || v.size() > 19)
        return std::nullopt;
    quint64 value = 0;
    for (char ch : v) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        value = value * 10 + quint64(ch - '0');
    }
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    if (value > limit)
        return std::nullopt;
    return negative ? qint64(0 - value) : qint64(value);
}

bool readBool(Context &c)
{
    const std::string_view v = readBytes(c);
    return v == "true" || v == "1";
}

std::optional<qint64> readInt64(Context &c)
{
    return parseInt64(readBytes(c));
}

int readInt(Context &c)
{
    const std::optional<qint64> v = parseInt64(readBytes(c));
    return v && *v >= std::numeric_limits<int>::min() && *v <= std::numeric_limits<int>::max() ? int(*v) : 0;
}

template <class E>
E readEnum(Context &c)
{
    return fromWire<E>(readView(c));
}

// For optional enum members: an empty element stays unset, a value we don't know is Unknown.
template <class E>
std::optional<E> readOptionalEnum(Context &c)
{
    const QStringView v = readView(c);
    if (v.isEmpty())
        return std::nullopt;
    return fromWire<E>(v);
}

int digits(QStringView s, qsizetype from, qsizetype count)
{
    if (from + count > s.size())
        return -1;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t ch = s[i].unicode();
        if (ch < u'0' || ch > u'9')
            return -1;
        v = v * 10 + (ch - u'0');
    }
    return v;
}

// The manager always writes `2019-08-21T08:20:35.534+03:00`; that shape is parsed by hand
// (QDateTime::fromString is several times slower), anything else goes to QDateTime.
std::optional<QDateTime> parseDate(QStringView s)
{
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    bool fast = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0
            && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' && s[16] == u':';
    qsizetype pos = 19;
    int msec = 0;
    if (fast && pos < s.size() && s[pos] == u'.') {
        ++pos;
        int scale = 100;
        while (pos < s.size() && s[pos].isDigit()) {
            msec += (s[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    int offset = 0;
    if (fast && pos < s.size()) {
        if (s[pos] == u'Z' && pos + 1 == s.size()) {
            offset = 0;
        } else if ((s[pos] == u'+' || s[pos] == u'-') && pos + 6 == s.size() && s[pos + 3] == u':') {
            const int oh = digits(s, pos + 1, 2);
            const int om = digits(s, pos + 4, 2);
            fast = oh >= 0 && om >= 0;
            offset = (oh * 3600 + om * 60) * (s[pos] == u'-' ? -1 : 1);
        } else {
            fast = false;
        }
    }
    if (fast) {
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, msec);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }
    const QDateTime dt = QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? std::optional<QDateTime>(dt) : std::nullopt;
}

std::optional<QDateTime> readDate(Context &c)
{
    return parseDate(readView(c));
}

QString idAttribute(const Context &c)
{
    return c.r.attribute("id");
}

// A reference such as `<cluster href="..." id="..."/>`: its id; any content is skipped.
QString readReferenceId(Context &c)
{
    QString id = idAttribute(c);
    c.r.skipCurrentElement();
    return id;
}

// The ids of a reference list such as `<storage_domains><storage_domain id=".."/>...`.
void readReferenceIds(Context &c, std::string_view itemName, QStringList &ids)
{
    while (c.r.readNextStartElement()) {
        if (c.r.name() == itemName) {
            QString id = readReferenceId(c);
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(std::move(id));
        } else {
            c.r.skipCurrentElement();
        }
    }
}

template <class T, class ReadItem>
void readList(Context &c, std::string_view itemName, QList<T> &list, ReadItem readItem)
{
    while (c.r.readNextStartElement()) {
        if (c.r.name() == itemName)
            list.append(readItem(c));
        else
            c.r.skipCurrentElement();
    }
}

// `<version>` in API v4 has `<major>`/`<minor>` children; API v3 used attributes.
Version readVersion(Context &c, QString *fullVersion = nullptr)
{
    Version v;
    if (c.r.hasAttribute("major")) {
        v.major = c.r.attribute("major").toInt();
        v.minor = c.r.attribute("minor").toInt();
    }
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "major")
            v.major = readInt(c);
        else if (n == "minor")
            v.minor = readInt(c);
        else if (n == "full_version" && fullVersion)
            *fullVersion = readString(c);
        else
            c.r.skipCurrentElement();
    }
    return v;
}

LogicalUnit readLogicalUnit(Context &c)
{
    LogicalUnit lu;
    lu.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "address")
            lu.address = readString(c);
        else if (n == "port")
            lu.port = readInt(c);
        else if (n == "target")
            lu.target = readString(c);
        else if (n == "serial")
            lu.serial = readString(c);
        else if (n == "vendor_id")
            lu.vendorId = readString(c);
        else if (n == "product_id")
            lu.productId = readString(c);
        else if (n == "lun_mapping")
            lu.lunMapping = readInt(c);
        else if (n == "size")
            lu.size = readInt64(c);
        else if (n == "status")
            lu.status = readEnum<LunStatus>(c);
        else if (n == "storage_domain_id")
            lu.storageDomainId = readString(c);
        else if (n == "disk_id")
            lu.diskId = readString(c);
        else if (n == "portal")
            lu.portal = readString(c);
        else if (n == "username")
            lu.username = readString(c);
        else if (n == "paths")
            lu.paths = readInt(c);
        else if (n == "write_protected")
            lu.writeProtected = readBool(c);
        else
            c.r.skipCurrentElement();
    }
    return lu;
}

void readLogicalUnits(Context &c, QList<LogicalUnit> &list)
{
    readList(c, "logical_unit", list, readLogicalUnit);
}

// `<lun_storage>` of a LUN disk and `<host_storage>` share this shape.
LunStorage readLunStorage(Context &c)
{
    LunStorage storage;
    storage.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "type")
            storage.type = readEnum<HostStorageType>(c);
        else if (n == "logical_units")
            readLogicalUnits(c, storage.logicalUnits);
        else
            c.r.skipCurrentElement();
    }
    return storage;
}

// `hasContent` tells a full disk (follow=disk) from a bare `<disk id="..."/>` reference.
Disk readDisk(Context &c, bool *hasContent = nullptr)
{
    Disk d;
    d.id = idAttribute(c);
    QString name;
    bool any = false;
    while (c.r.readNextStartElement()) {
        any = true;
        const std::string_view n = c.r.name();
        if (n == "alias")
            d.alias = readString(c);
        else if (n == "name")
            name = readString(c);
        else if (n == "description")
            d.description = readString(c);
        else if (n == "provisioned_size")
            d.provisionedSize = readInt64(c);
        else if (n == "actual_size")
            d.actualSize = readInt64(c);
        else if (n == "total_size")
            d.totalSize = readInt64(c);
        else if (n == "format")
            d.format = readOptionalEnum<DiskFormat>(c);
        else if (n == "qcow_version")
            d.qcowVersion = readOptionalEnum<QcowVersion>(c);
        else if (n == "status")
            d.status = readOptionalEnum<DiskStatus>(c);
        else if (n == "storage_type")
            d.storageType = readEnum<DiskStorageType>(c);
        else if (n == "content_type")
            d.contentType = readEnum<DiskContentType>(c);
        else if (n == "shareable")
            d.shareable = readBool(c);
        else if (n == "sparse")
            d.sparse = readBool(c);
        else if (n == "wipe_after_delete")
            d.wipeAfterDelete = readBool(c);
        else if (n == "propagate_errors")
            d.propagateErrors = readBool(c);
        else if (n == "image_id")
            d.imageId = readString(c);
        else if (n == "storage_domains")
            readReferenceIds(c, "storage_domain", d.storageDomainIds);
        else if (n == "storage_domain") { // deprecated single reference (4.1)
            QString id = readReferenceId(c);
            if (!id.isEmpty() && !d.storageDomainIds.contains(id))
                d.storageDomainIds.append(std::move(id));
        } else if (n == "snapshot")
            d.snapshotId = readReferenceId(c);
        else if (n == "lun_storage")
            d.lunStorage = readLunStorage(c);
        else if (n == "sgio")
            d.sgio = readString(c);
        else if (n == "vms") { // only with all_content
            QStringList ids;
            readReferenceIds(c, "vm", ids);
            d.vmIds = ids;
        } else
            c.r.skipCurrentElement();
    }
    if (d.alias.isEmpty())
        d.alias = std::move(name);
    if (hasContent)
        *hasContent = any;
    return d;
}

DiskAttachment readDiskAttachment(Context &c)
{
    DiskAttachment a;
    a.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "active")
            a.active = readBool(c);
        else if (n == "bootable")
            a.bootable = readBool(c);
        else if (n == "read_only")
            a.readOnly = readBool(c);
        else if (n == "pass_discard")
            a.passDiscard = readBool(c);
        else if (n == "uses_scsi_reservation")
            a.usesScsiReservation = readBool(c);
        else if (n == "interface")
            a.interface_ = readEnum<DiskInterface>(c);
        else if (n == "logical_name")
            a.logicalName = readString(c);
        else if (n == "vm")
            a.vmId = readReferenceId(c);
        else if (n == "disk") {
            bool full = false;
            Disk disk = readDisk(c, &full);
            a.diskId = disk.id;
            if (full)
                a.disk = std::move(disk);
        } else
            c.r.skipCurrentElement();
    }
    // The attachment id is the disk id; either may be missing in request-shaped documents.
    if (a.diskId.isEmpty())
        a.diskId = a.id;
    return a;
}

QString readOsType(Context &c)
{
    QString type;
    while (c.r.readNextStartElement()) {
        if (c.r.name() == "type")
            type = readString(c);
        else
            c.r.skipCurrentElement();
    }
    return type;
}

void readCpuTopology(Context &c, Vm &vm)
{
    while (c.r.readNextStartElement()) {
        if (c.r.name() != "topology") {
            c.r.skipCurrentElement();
            continue;
        }
        while (c.r.readNextStartElement()) {
            const std::string_view n = c.r.name();
            if (n == "sockets")
                vm.cpuSockets = readInt(c);
            else if (n == "cores")
                vm.cpuCores = readInt(c);
            else if (n == "threads")
                vm.cpuThreads = readInt(c);
            else
                c.r.skipCurrentElement();
        }
    }
}

Vm readVm(Context &c)
{
    Vm vm;
    vm.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "name")
            vm.name = readString(c);
        else if (n == "description")
            vm.description = readString(c);
        else if (n == "comment")
            vm.comment = readString(c);
        else if (n == "status")
            vm.status = readEnum<VmStatus>(c);
        else if (n == "memory")
            vm.memory = readInt64(c);
        else if (n == "os")
            vm.osType = readOsType(c);
        else if (n == "cpu")
            readCpuTopology(c, vm);
        else if (n == "creation_time")
            vm.creationTime = readDate(c);
        else if (n == "cluster")
            vm.clusterId = readReferenceId(c);
        else if (n == "host")
            vm.hostId = readReferenceId(c);
        else if (n == "template")
            vm.templateId = readReferenceId(c);
        else if (n == "disk_attachments")
            readList(c, "disk_attachment", vm.diskAttachments, readDiskAttachment);
        else
            c.r.skipCurrentElement();
    }
    return vm;
}

Disk readDiskItem(Context &c)
{
    return readDisk(c);
}

Snapshot readSnapshot(Context &c)
{
    Snapshot s;
    s.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "description")
            s.description = readString(c);
        else if (n == "date")
            s.date = readDate(c);
        else if (n == "persist_memorystate")
            s.persistMemorystate = readBool(c);
        else if (n == "snapshot_status")
            s.status = readEnum<SnapshotStatus>(c);
        else if (n == "snapshot_type")
            s.type = readEnum<SnapshotType>(c);
        else if (n == "vm") // the VM configuration stored in the snapshot: only its id matters
            s.vmId = readReferenceId(c);
        else if (n == "disks")
            readList(c, "disk", s.disks, readDiskItem);
        else
            c.r.skipCurrentElement();
    }
    return s;
}

void readDomainStorage(Context &c, StorageDomain &sd)
{
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "type")
            sd.storageType = readEnum<HostStorageType>(c);
        else if (n == "address")
            sd.storageAddress = readString(c);
        else if (n == "path")
            sd.storagePath = readString(c);
        else if (n == "logical_units")
            readLogicalUnits(c, sd.logicalUnits);
        else if (n == "volume_group") { // block domains: storage/volume_group/logical_units
            while (c.r.readNextStartElement()) {
                if (c.r.name() == "logical_units")
                    readLogicalUnits(c, sd.logicalUnits);
                else
                    c.r.skipCurrentElement();
            }
        } else
            c.r.skipCurrentElement();
    }
}

StorageDomain readStorageDomain(Context &c)
{
    StorageDomain sd;
    sd.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "name")
            sd.name = readString(c);
        else if (n == "description")
            sd.description = readString(c);
        else if (n == "type")
            sd.type = readEnum<StorageDomainType>(c);
        else if (n == "storage")
            readDomainStorage(c, sd);
        else if (n == "storage_format")
            sd.storageFormat = readOptionalEnum<StorageFormat>(c);
        else if (n == "available")
            sd.available = readInt64(c);
        else if (n == "used")
            sd.used = readInt64(c);
        else if (n == "committed")
            sd.committed = readInt64(c);
        else if (n == "master")
            sd.master = readBool(c);
        else if (n == "status")
            sd.status = readOptionalEnum<StorageDomainStatus>(c);
        else if (n == "data_centers")
            readReferenceIds(c, "data_center", sd.dataCenterIds);
        else if (n == "data_center") { // under /datacenters/{id}/storagedomains
            QString id = readReferenceId(c);
            if (!id.isEmpty() && !sd.dataCenterIds.contains(id))
                sd.dataCenterIds.append(std::move(id));
        } else
            c.r.skipCurrentElement();
    }
    return sd;
}

Host readHost(Context &c)
{
    Host h;
    h.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "name")
            h.name = readString(c);
        else if (n == "description")
            h.description = readString(c);
        else if (n == "address")
            h.address = readString(c);
        else if (n == "status")
            h.status = readEnum<HostStatus>(c);
        else if (n == "cluster")
            h.clusterId = readReferenceId(c);
        else
            c.r.skipCurrentElement();
    }
    return h;
}

Version readVersionItem(Context &c)
{
    return readVersion(c);
}

DataCenter readDataCenter(Context &c)
{
    DataCenter dc;
    dc.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "name")
            dc.name = readString(c);
        else if (n == "description")
            dc.description = readString(c);
        else if (n == "local")
            dc.local = readBool(c);
        else if (n == "status")
            dc.status = readEnum<DataCenterStatus>(c);
        else if (n == "storage_format")
            dc.storageFormat = readOptionalEnum<StorageFormat>(c);
        else if (n == "version")
            dc.version = readVersion(c);
        else if (n == "supported_versions")
            readList(c, "version", dc.supportedVersions, readVersionItem);
        else
            c.r.skipCurrentElement();
    }
    return dc;
}

Cluster readCluster(Context &c)
{
    Cluster cl;
    cl.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "name")
            cl.name = readString(c);
        else if (n == "description")
            cl.description = readString(c);
        else if (n == "version")
            cl.version = readVersion(c);
        else if (n == "data_center")
            cl.dataCenterId = readReferenceId(c);
        else
            c.r.skipCurrentElement();
    }
    return cl;
}

void readProductInfo(Context &c, ApiRoot &root)
{
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "name")
            root.productName = readString(c);
        else if (n == "vendor")
            root.vendor = readString(c);
        else if (n == "version")
            root.version = readVersion(c, &root.fullVersion);
        else if (n == "full_version") // API v3 kept it beside <version>
            root.fullVersion = readString(c);
        else
            c.r.skipCurrentElement();
    }
}

void readCounts(Context &c, int &active, int &total)
{
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "active")
            active = readInt(c);
        else if (n == "total")
            total = readInt(c);
        else
            c.r.skipCurrentElement();
    }
}

void readSummary(Context &c, ApiRoot &root)
{
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "vms")
            readCounts(c, root.vmsActive, root.vmsTotal);
        else if (n == "hosts")
            readCounts(c, root.hostsActive, root.hostsTotal);
        else if (n == "storage_domains")
            readCounts(c, root.storageDomainsActive, root.storageDomainsTotal);
        else
            c.r.skipCurrentElement();
    }
}

ApiRoot readApiRoot(Context &c)
{
    ApiRoot root;
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "product_info")
            readProductInfo(c, root);
        else if (n == "summary")
            readSummary(c, root);
        else if (n == "time")
            root.time = readDate(c);
        else if (n == "authenticated_user")
            root.authenticatedUserId = readReferenceId(c);
        else
            c.r.skipCurrentElement();
    }
    return root;
}

Fault readFaultBody(Context &c)
{
    Fault f;
    while (c.r.readNextStartElement()) {
        const std::string_view n = c.r.name();
        if (n == "reason")
            f.reason = readString(c);
        else if (n == "detail")
            f.detail = readString(c);
        else
            c.r.skipCurrentElement();
    }
    return f;
}

// Document level ---------------------------------------------------------------------------------

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Reads to the end so that malformed trailing content is noticed; reports the reader's error.
bool finish(Context &c, QString *error)
{
    while (!c.r.atEnd())
        c.r.readNext();
    if (!c.r.hasError())
        return true;
    setError(error, QStringLiteral("Malformed XML at line %1, column %2: %3")
                            .arg(c.r.lineNumber())
                            .arg(c.r.columnNumber())
                            .arg(c.r.errorString()));
    return false;
}

// Moves to the root element; false (with *error set) when it is missing or not one of `roots`.
bool openRoot(Context &c, std::initializer_list<std::string_view> roots, QString *error)
{
    if (error)
        error->clear();
    if (!c.r.readNextStartElement()) {
        if (finish(c, error))
            setError(error, QStringLiteral("The document has no root element"));
        return false;
    }
    for (std::string_view root : roots) {
        if (c.r.name() == root)
            return true;
    }
    setError(error, QStringLiteral("Unexpected root element <%1>, expected <%2>")
                            .arg(QString::fromUtf8(c.r.name().data(), qsizetype(c.r.name().size())),
                                 QString::fromUtf8(roots.begin()->data(), qsizetype(roots.begin()->size()))));
    return false;
}

template <class T, class Read>
T decodeOne(const QByteArray &xml, std::string_view rootName, QString *error, Read read)
{
    Context c(xml);
    if (!openRoot(c, { rootName }, error))
        return T{};
    T value = read(c);
    if (!finish(c, error))
        return T{};
    return value;
}

template <class T, class Read>
QList<T> decodeList(const QByteArray &xml, std::string_view rootName, std::string_view itemName,
                    QString *error, Read read)
{
    return decodeOne<QList<T>>(xml, rootName, error, [&](Context &c) {
        QList<T> list;
        readList(c, itemName, list, read);
        return list;
    });
}

} // namespace

namespace XmlDecoder {

ApiRoot decodeApiRoot(const QByteArray &xml, QString *error)
{
    return decodeOne<ApiRoot>(xml, "api", error, readApiRoot);
}

Vm decodeVm(const QByteArray &xml, QString *error)
{
    return decodeOne<Vm>(xml, "vm", error, readVm);
}

QList<Vm> decodeVms(const QByteArray &xml, QString *error)
{
    return decodeList<Vm>(xml, "vms", "vm", error, readVm);
}

Disk decodeDisk(const QByteArray &xml, QString *error)
{
    return decodeOne<Disk>(xml, "disk", error, readDiskItem);
}

QList<Disk> decodeDisks(const QByteArray &xml, QString *error)
{
    return decodeList<Disk>(xml, "disks", "disk", error, readDiskItem);
}

DiskAttachment decodeDiskAttachment(const QByteArray &xml, QString *error)
{
    return decodeOne<DiskAttachment>(xml, "disk_attachment", error, readDiskAttachment);
}

QList<DiskAttachment> decodeDiskAttachments(const QByteArray &xml, QString *error)
{
    return decodeList<DiskAttachment>(xml, "disk_attachments", "disk_attachment", error,
                                      readDiskAttachment);
}

Snapshot decodeSnapshot(const QByteArray &xml, QString *error)
{
    return decodeOne<Snapshot>(xml, "snapshot", error, readSnapshot);
}

QList<Snapshot> decodeSnapshots(const QByteArray &xml, QString *error)
{
    return decodeList<Snapshot>(xml, "snapshots", "snapshot", error, readSnapshot);
}

StorageDomain decodeStorageDomain(const QByteArray &xml, QString *error)
{
    return decodeOne<StorageDomain>(xml, "storage_domain", error, readStorageDomain);
}

QList<StorageDomain> decodeStorageDomains(const QByteArray &xml, QString *error)
{
    return decodeList<StorageDomain>(xml, "storage_domains", "storage_domain", error,
                                     readStorageDomain);
}

Host decodeHost(const QByteArray &xml, QString *error)
{
    return decodeOne<Host>(xml, "host", error, readHost);
}

QList<Host> decodeHosts(const QByteArray &xml, QString *error)
{
    return decodeList<Host>(xml, "hosts", "host", error, readHost);
}

DataCenter decodeDataCenter(const QByteArray &xml, QString *error)
{
    return decodeOne<DataCenter>(xml, "data_center", error, readDataCenter);
}

QList<DataCenter> decodeDataCenters(const QByteArray &xml, QString *error)
{
    return decodeList<DataCenter>(xml, "data_centers", "data_center", error, readDataCenter);
}

Cluster decodeCluster(const QByteArray &xml, QString *error)
{
    return decodeOne<Cluster>(xml, "cluster", error, readCluster);
}

QList<Cluster> decodeClusters(const QByteArray &xml, QString *error)
{
    return decodeList<Cluster>(xml, "clusters", "cluster", error, readCluster);
}

LunStorage decodeHostStorage(const QByteArray &xml, QString *error)
{
    return decodeOne<LunStorage>(xml, "host_storage", error, readLunStorage);
}

QList<LunStorage> decodeHostStorages(const QByteArray &xml, QString *error)
{
    return decodeList<LunStorage>(xml, "host_storages", "host_storage", error, readLunStorage);
}

Fault decodeFault(const QByteArray &xml, QString *error)
{
    Context c(xml);
    if (!openRoot(c, { "fault", "action" }, error))
        return Fault{};
    Fault fault;
    if (c.r.name() == "fault") {
        fault = readFaultBody(c);
    } else {
        while (c.r.readNextStartElement()) {
            if (c.r.name() == "fault")
                fault = readFaultBody(c);
            else
                c.r.skipCurrentElement();
        }
    }
    if (!finish(c, error))
        return Fault{};
    return fault;
}

} // namespace XmlDecoder
