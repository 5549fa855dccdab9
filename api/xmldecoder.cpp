#include "xmldecoder.h"

#include <QXmlStreamReader>

// Every reader below starts on the StartElement of its object and returns after its EndElement.
// Members are read with readNextStartElement() loops, so an element is only ever interpreted at
// the depth where it belongs: whatever a reader does not know is skipped whole, together with
// any same-named elements nested inside it.
//
// Speed: a /vms reply with 10,000 VMs is tens of megabytes, mostly elements we skip. Names are
// compared as QStringView against literals (no QString per element), and numbers, booleans,
// enums and dates are parsed from a reused scratch buffer instead of a fresh QString.

namespace {

struct Context
{
    explicit Context(const QByteArray &xml) : r(xml) { r.setNamespaceProcessing(false); }

    QXmlStreamReader r;
    QString scratch;
};

// The text of the current element, for values stored as strings. Child elements (only found in
// documents that are not API v4) are skipped rather than treated as errors.
QString readString(Context &c)
{
    return c.r.readElementText(QXmlStreamReader::SkipChildElements);
}

// The text of the current element, valid until the next call; for values that are parsed.
QStringView readView(Context &c)
{
    c.scratch.clear();
    while (!c.r.atEnd()) {
        switch (c.r.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            c.scratch.append(c.r.text());
            break;
        case QXmlStreamReader::StartElement:
            c.r.skipCurrentElement();
            break;
        case QXmlStreamReader::EndElement:
            return QStringView(c.scratch).trimmed();
        default:
            break;
        }
    }
    return {};
}

bool readBool(Context &c)
{
    const QStringView v = readView(c);
    return v == u"true" || v == u"1";
}

std::optional<qint64> readInt64(Context &c)
{
    bool ok = false;
    const qint64 v = readView(c).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

int readInt(Context &c)
{
    return readView(c).toInt();
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
    return c.r.attributes().value(QLatin1String("id")).toString();
}

// A reference such as `<cluster href="..." id="..."/>`: its id; any content is skipped.
QString readReferenceId(Context &c)
{
    QString id = idAttribute(c);
    c.r.skipCurrentElement();
    return id;
}

// The ids of a reference list such as `<storage_domains><storage_domain id=".."/>...`.
void readReferenceIds(Context &c, QStringView itemName, QStringList &ids)
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
void readList(Context &c, QStringView itemName, QList<T> &list, ReadItem readItem)
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
    const QXmlStreamAttributes attributes = c.r.attributes();
    if (attributes.hasAttribute(QLatin1String("major"))) {
        v.major = attributes.value(QLatin1String("major")).toInt();
        v.minor = attributes.value(QLatin1String("minor")).toInt();
    }
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"major")
            v.major = readInt(c);
        else if (n == u"minor")
            v.minor = readInt(c);
        else if (n == u"full_version" && fullVersion)
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
        const QStringView n = c.r.name();
        if (n == u"address")
            lu.address = readString(c);
        else if (n == u"port")
            lu.port = readInt(c);
        else if (n == u"target")
            lu.target = readString(c);
        else if (n == u"serial")
            lu.serial = readString(c);
        else if (n == u"vendor_id")
            lu.vendorId = readString(c);
        else if (n == u"product_id")
            lu.productId = readString(c);
        else if (n == u"lun_mapping")
            lu.lunMapping = readInt(c);
        else if (n == u"size")
            lu.size = readInt64(c);
        else if (n == u"status")
            lu.status = readEnum<LunStatus>(c);
        else if (n == u"storage_domain_id")
            lu.storageDomainId = readString(c);
        else if (n == u"disk_id")
            lu.diskId = readString(c);
        else
            c.r.skipCurrentElement();
    }
    return lu;
}

void readLogicalUnits(Context &c, QList<LogicalUnit> &list)
{
    readList(c, u"logical_unit", list, readLogicalUnit);
}

// `<lun_storage>` of a LUN disk and `<host_storage>` share this shape.
LunStorage readLunStorage(Context &c)
{
    LunStorage storage;
    storage.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"type")
            storage.type = readEnum<HostStorageType>(c);
        else if (n == u"logical_units")
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
        const QStringView n = c.r.name();
        if (n == u"alias")
            d.alias = readString(c);
        else if (n == u"name")
            name = readString(c);
        else if (n == u"description")
            d.description = readString(c);
        else if (n == u"provisioned_size")
            d.provisionedSize = readInt64(c);
        else if (n == u"actual_size")
            d.actualSize = readInt64(c);
        else if (n == u"total_size")
            d.totalSize = readInt64(c);
        else if (n == u"format")
            d.format = readOptionalEnum<DiskFormat>(c);
        else if (n == u"qcow_version")
            d.qcowVersion = readOptionalEnum<QcowVersion>(c);
        else if (n == u"status")
            d.status = readOptionalEnum<DiskStatus>(c);
        else if (n == u"storage_type")
            d.storageType = readEnum<DiskStorageType>(c);
        else if (n == u"content_type")
            d.contentType = readEnum<DiskContentType>(c);
        else if (n == u"shareable")
            d.shareable = readBool(c);
        else if (n == u"sparse")
            d.sparse = readBool(c);
        else if (n == u"wipe_after_delete")
            d.wipeAfterDelete = readBool(c);
        else if (n == u"propagate_errors")
            d.propagateErrors = readBool(c);
        else if (n == u"image_id")
            d.imageId = readString(c);
        else if (n == u"storage_domains")
            readReferenceIds(c, u"storage_domain", d.storageDomainIds);
        else if (n == u"storage_domain") { // deprecated single reference (4.1)
            QString id = readReferenceId(c);
            if (!id.isEmpty() && !d.storageDomainIds.contains(id))
                d.storageDomainIds.append(std::move(id));
        } else if (n == u"snapshot")
            d.snapshotId = readReferenceId(c);
        else if (n == u"lun_storage")
            d.lunStorage = readLunStorage(c);
        else
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
        const QStringView n = c.r.name();
        if (n == u"active")
            a.active = readBool(c);
        else if (n == u"bootable")
            a.bootable = readBool(c);
        else if (n == u"read_only")
            a.readOnly = readBool(c);
        else if (n == u"pass_discard")
            a.passDiscard = readBool(c);
        else if (n == u"uses_scsi_reservation")
            a.usesScsiReservation = readBool(c);
        else if (n == u"interface")
            a.interface_ = readEnum<DiskInterface>(c);
        else if (n == u"logical_name")
            a.logicalName = readString(c);
        else if (n == u"vm")
            a.vmId = readReferenceId(c);
        else if (n == u"disk") {
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
        if (c.r.name() == u"type")
            type = readString(c);
        else
            c.r.skipCurrentElement();
    }
    return type;
}

Vm readVm(Context &c)
{
    Vm vm;
    vm.id = idAttribute(c);
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"name")
            vm.name = readString(c);
        else if (n == u"description")
            vm.description = readString(c);
        else if (n == u"comment")
            vm.comment = readString(c);
        else if (n == u"status")
            vm.status = readEnum<VmStatus>(c);
        else if (n == u"memory")
            vm.memory = readInt64(c);
        else if (n == u"os")
            vm.osType = readOsType(c);
        else if (n == u"creation_time")
            vm.creationTime = readDate(c);
        else if (n == u"cluster")
            vm.clusterId = readReferenceId(c);
        else if (n == u"host")
            vm.hostId = readReferenceId(c);
        else if (n == u"template")
            vm.templateId = readReferenceId(c);
        else if (n == u"disk_attachments")
            readList(c, u"disk_attachment", vm.diskAttachments, readDiskAttachment);
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
        const QStringView n = c.r.name();
        if (n == u"description")
            s.description = readString(c);
        else if (n == u"date")
            s.date = readDate(c);
        else if (n == u"persist_memorystate")
            s.persistMemorystate = readBool(c);
        else if (n == u"snapshot_status")
            s.status = readEnum<SnapshotStatus>(c);
        else if (n == u"snapshot_type")
            s.type = readEnum<SnapshotType>(c);
        else if (n == u"vm") // the VM configuration stored in the snapshot: only its id matters
            s.vmId = readReferenceId(c);
        else if (n == u"disks")
            readList(c, u"disk", s.disks, readDiskItem);
        else
            c.r.skipCurrentElement();
    }
    return s;
}

void readDomainStorage(Context &c, StorageDomain &sd)
{
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"type")
            sd.storageType = readEnum<HostStorageType>(c);
        else if (n == u"address")
            sd.storageAddress = readString(c);
        else if (n == u"path")
            sd.storagePath = readString(c);
        else if (n == u"logical_units")
            readLogicalUnits(c, sd.logicalUnits);
        else if (n == u"volume_group") { // block domains: storage/volume_group/logical_units
            while (c.r.readNextStartElement()) {
                if (c.r.name() == u"logical_units")
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
        const QStringView n = c.r.name();
        if (n == u"name")
            sd.name = readString(c);
        else if (n == u"description")
            sd.description = readString(c);
        else if (n == u"type")
            sd.type = readEnum<StorageDomainType>(c);
        else if (n == u"storage")
            readDomainStorage(c, sd);
        else if (n == u"storage_format")
            sd.storageFormat = readOptionalEnum<StorageFormat>(c);
        else if (n == u"available")
            sd.available = readInt64(c);
        else if (n == u"used")
            sd.used = readInt64(c);
        else if (n == u"committed")
            sd.committed = readInt64(c);
        else if (n == u"master")
            sd.master = readBool(c);
        else if (n == u"status")
            sd.status = readOptionalEnum<StorageDomainStatus>(c);
        else if (n == u"data_centers")
            readReferenceIds(c, u"data_center", sd.dataCenterIds);
        else if (n == u"data_center") { // under /datacenters/{id}/storagedomains
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
        const QStringView n = c.r.name();
        if (n == u"name")
            h.name = readString(c);
        else if (n == u"description")
            h.description = readString(c);
        else if (n == u"address")
            h.address = readString(c);
        else if (n == u"status")
            h.status = readEnum<HostStatus>(c);
        else if (n == u"cluster")
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
        const QStringView n = c.r.name();
        if (n == u"name")
            dc.name = readString(c);
        else if (n == u"description")
            dc.description = readString(c);
        else if (n == u"local")
            dc.local = readBool(c);
        else if (n == u"status")
            dc.status = readEnum<DataCenterStatus>(c);
        else if (n == u"storage_format")
            dc.storageFormat = readOptionalEnum<StorageFormat>(c);
        else if (n == u"version")
            dc.version = readVersion(c);
        else if (n == u"supported_versions")
            readList(c, u"version", dc.supportedVersions, readVersionItem);
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
        const QStringView n = c.r.name();
        if (n == u"name")
            cl.name = readString(c);
        else if (n == u"description")
            cl.description = readString(c);
        else if (n == u"version")
            cl.version = readVersion(c);
        else if (n == u"data_center")
            cl.dataCenterId = readReferenceId(c);
        else
            c.r.skipCurrentElement();
    }
    return cl;
}

void readProductInfo(Context &c, ApiRoot &root)
{
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"name")
            root.productName = readString(c);
        else if (n == u"vendor")
            root.vendor = readString(c);
        else if (n == u"version")
            root.version = readVersion(c, &root.fullVersion);
        else if (n == u"full_version") // API v3 kept it beside <version>
            root.fullVersion = readString(c);
        else
            c.r.skipCurrentElement();
    }
}

void readCounts(Context &c, int &active, int &total)
{
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"active")
            active = readInt(c);
        else if (n == u"total")
            total = readInt(c);
        else
            c.r.skipCurrentElement();
    }
}

void readSummary(Context &c, ApiRoot &root)
{
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"vms")
            readCounts(c, root.vmsActive, root.vmsTotal);
        else if (n == u"hosts")
            readCounts(c, root.hostsActive, root.hostsTotal);
        else if (n == u"storage_domains")
            readCounts(c, root.storageDomainsActive, root.storageDomainsTotal);
        else
            c.r.skipCurrentElement();
    }
}

ApiRoot readApiRoot(Context &c)
{
    ApiRoot root;
    while (c.r.readNextStartElement()) {
        const QStringView n = c.r.name();
        if (n == u"product_info")
            readProductInfo(c, root);
        else if (n == u"summary")
            readSummary(c, root);
        else if (n == u"time")
            root.time = readDate(c);
        else if (n == u"authenticated_user")
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
        const QStringView n = c.r.name();
        if (n == u"reason")
            f.reason = readString(c);
        else if (n == u"detail")
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
bool openRoot(Context &c, std::initializer_list<QStringView> roots, QString *error)
{
    if (error)
        error->clear();
    if (!c.r.readNextStartElement()) {
        if (finish(c, error))
            setError(error, QStringLiteral("The document has no root element"));
        return false;
    }
    for (QStringView root : roots) {
        if (c.r.name() == root)
            return true;
    }
    setError(error, QStringLiteral("Unexpected root element <%1>, expected <%2>")
                            .arg(c.r.name().toString(), roots.begin()->toString()));
    return false;
}

template <class T, class Read>
T decodeOne(const QByteArray &xml, QStringView rootName, QString *error, Read read)
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
QList<T> decodeList(const QByteArray &xml, QStringView rootName, QStringView itemName,
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
    return decodeOne<ApiRoot>(xml, u"api", error, readApiRoot);
}

Vm decodeVm(const QByteArray &xml, QString *error)
{
    return decodeOne<Vm>(xml, u"vm", error, readVm);
}

QList<Vm> decodeVms(const QByteArray &xml, QString *error)
{
    return decodeList<Vm>(xml, u"vms", u"vm", error, readVm);
}

Disk decodeDisk(const QByteArray &xml, QString *error)
{
    return decodeOne<Disk>(xml, u"disk", error, readDiskItem);
}

QList<Disk> decodeDisks(const QByteArray &xml, QString *error)
{
    return decodeList<Disk>(xml, u"disks", u"disk", error, readDiskItem);
}

DiskAttachment decodeDiskAttachment(const QByteArray &xml, QString *error)
{
    return decodeOne<DiskAttachment>(xml, u"disk_attachment", error, readDiskAttachment);
}

QList<DiskAttachment> decodeDiskAttachments(const QByteArray &xml, QString *error)
{
    return decodeList<DiskAttachment>(xml, u"disk_attachments", u"disk_attachment", error,
                                      readDiskAttachment);
}

Snapshot decodeSnapshot(const QByteArray &xml, QString *error)
{
    return decodeOne<Snapshot>(xml, u"snapshot", error, readSnapshot);
}

QList<Snapshot> decodeSnapshots(const QByteArray &xml, QString *error)
{
    return decodeList<Snapshot>(xml, u"snapshots", u"snapshot", error, readSnapshot);
}

StorageDomain decodeStorageDomain(const QByteArray &xml, QString *error)
{
    return decodeOne<StorageDomain>(xml, u"storage_domain", error, readStorageDomain);
}

QList<StorageDomain> decodeStorageDomains(const QByteArray &xml, QString *error)
{
    return decodeList<StorageDomain>(xml, u"storage_domains", u"storage_domain", error,
                                     readStorageDomain);
}

Host decodeHost(const QByteArray &xml, QString *error)
{
    return decodeOne<Host>(xml, u"host", error, readHost);
}

QList<Host> decodeHosts(const QByteArray &xml, QString *error)
{
    return decodeList<Host>(xml, u"hosts", u"host", error, readHost);
}

DataCenter decodeDataCenter(const QByteArray &xml, QString *error)
{
    return decodeOne<DataCenter>(xml, u"data_center", error, readDataCenter);
}

QList<DataCenter> decodeDataCenters(const QByteArray &xml, QString *error)
{
    return decodeList<DataCenter>(xml, u"data_centers", u"data_center", error, readDataCenter);
}

Cluster decodeCluster(const QByteArray &xml, QString *error)
{
    return decodeOne<Cluster>(xml, u"cluster", error, readCluster);
}

QList<Cluster> decodeClusters(const QByteArray &xml, QString *error)
{
    return decodeList<Cluster>(xml, u"clusters", u"cluster", error, readCluster);
}

LunStorage decodeHostStorage(const QByteArray &xml, QString *error)
{
    return decodeOne<LunStorage>(xml, u"host_storage", error, readLunStorage);
}

QList<LunStorage> decodeHostStorages(const QByteArray &xml, QString *error)
{
    return decodeList<LunStorage>(xml, u"host_storages", u"host_storage", error, readLunStorage);
}

Fault decodeFault(const QByteArray &xml, QString *error)
{
    Context c(xml);
    if (!openRoot(c, { u"fault", u"action" }, error))
        return Fault{};
    Fault fault;
    if (c.r.name() == u"fault") {
        fault = readFaultBody(c);
    } else {
        while (c.r.readNextStartElement()) {
            if (c.r.name() == u"fault")
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
