#include "xmlrenderer.h"

#include "labclock.h"
#include "lunxml.h"
#include "versionservice.h"
#include "qemuimg.h"
#include "xmlbytewriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QXmlStreamWriter>

#include <optional>
#include <type_traits>

namespace {

const QString Api = QStringLiteral("/ovirt-engine/api");

// Icon ids are fixed per operating system in the engine; these are the ones of "other".
const QString LargeIconId = QStringLiteral("14ca85cd-8c70-9adf-2c69-884beb8ac3fb");
const QString SmallIconId = QStringLiteral("8ebc8e0c-38a3-ff89-b043-1e5ec6e4c9a3");

const QStringList VmActions{
    QStringLiteral("detach"), QStringLiteral("export"), QStringLiteral("commitsnapshot"), QStringLiteral("clone"),
    QStringLiteral("reordermacaddresses"), QStringLiteral("logon"), QStringLiteral("maintenance"),
    QStringLiteral("previewsnapshot"), QStringLiteral("ticket"), QStringLiteral("thawfilesystems"),
    QStringLiteral("undosnapshot"), QStringLiteral("freezefilesystems"), QStringLiteral("cancelmigration"),
    QStringLiteral("reboot"), QStringLiteral("migrate"), QStringLiteral("shutdown"), QStringLiteral("start"),
    QStringLiteral("stop"), QStringLiteral("suspend")};
const QStringList VmLinks{
    QStringLiteral("applications"), QStringLiteral("cdroms"), QStringLiteral("diskattachments"),
    QStringLiteral("watchdogs"), QStringLiteral("graphicsconsoles"), QStringLiteral("hostdevices"),
    QStringLiteral("nics"), QStringLiteral("numanodes"), QStringLiteral("sessions"), QStringLiteral("reporteddevices"),
    QStringLiteral("snapshots"), QStringLiteral("backups"), QStringLiteral("affinitylabels"),
    QStringLiteral("katelloerrata"), QStringLiteral("permissions"), QStringLiteral("tags"),
    QStringLiteral("statistics"), QStringLiteral("mediateddevices"), QStringLiteral("checkpoints")};
const QStringList DiskActions{QStringLiteral("reduce"), QStringLiteral("copy"), QStringLiteral("export"),
                              QStringLiteral("move"), QStringLiteral("sparsify"), QStringLiteral("refreshlun")};

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

bool flag(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toInt() != 0;
}

qint64 num(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toLongLong();
}

bool isNull(const LabRow &row, const char *column)
{
    const QVariant value = row.value(QLatin1String(column));
    return !value.isValid() || value.isNull();
}

template<typename Writer>
void text(Writer &w, const QString &element, const QString &value)
{
    w.writeTextElement(element, value);
}

template<typename Writer>
void text(Writer &w, const QString &element, qint64 value)
{
    w.writeTextElement(element, QString::number(value));
}

template<typename Writer>
void boolean(Writer &w, const QString &element, bool value)
{
    w.writeTextElement(element, value ? QStringLiteral("true") : QStringLiteral("false"));
}

template<typename Writer>
void date(Writer &w, const QString &element, qint64 msSinceEpoch)
{
    w.writeTextElement(element, LabClock::toWire(msSinceEpoch));
}

template<typename Writer>
void actions(Writer &w, const QString &base, const QStringList &names)
{
    w.writeStartElement(QStringLiteral("actions"));
    for (const QString &name : names) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), base + QLatin1Char('/') + name);
        w.writeAttribute(QStringLiteral("rel"), name);
    }
    w.writeEndElement();
}

template<typename Writer>
void links(Writer &w, const QString &base, const QStringList &rels)
{
    for (const QString &rel : rels) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), base + QLatin1Char('/') + rel);
        w.writeAttribute(QStringLiteral("rel"), rel);
    }
}

template<typename Writer>
void startEntity(Writer &w, const QString &element, const QString &href, const QString &id)
{
    w.writeStartElement(element);
    if (!href.isEmpty())
        w.writeAttribute(QStringLiteral("href"), href);
    w.writeAttribute(QStringLiteral("id"), id);
}

template<typename Writer>
void version(Writer &w, qint64 major, qint64 minor)
{
    w.writeStartElement(QStringLiteral("version"));
    text(w, QStringLiteral("major"), major);
    text(w, QStringLiteral("minor"), minor);
    w.writeEndElement();
}

// The engine reports storage domain space in whole GiB (it stores GB integers).
constexpr qint64 GiB = qint64(1) << 30;
qint64 roundUpToGiB(qint64 bytes)
{
    return (bytes + GiB - 1) / GiB * GiB;
}

// Disk's own members (actual_size .. wipe_after_delete, A-Z), which a disk, a disk seen through a
// snapshot and a disk snapshot all write from the disk row and one volume's qemu-img info; they
// differ only in image_id (absent for disk snapshots), status and total_size.
void diskMembers(QXmlStreamWriter &w, const LabRow &disk, const VolumeInfo &info,
                 const std::optional<QString> &imageId, const QString &status, qint64 totalSize)
{
    text(w, QStringLiteral("actual_size"), info.actualSize);
    text(w, QStringLiteral("alias"), str(disk, "alias"));
    text(w, QStringLiteral("backup"), str(disk, "backup"));
    text(w, QStringLiteral("content_type"), str(disk, "content_type"));
    if (info.valid)
        text(w, QStringLiteral("format"), info.wireFormat());
    if (imageId)
        text(w, QStringLiteral("image_id"), *imageId);
    boolean(w, QStringLiteral("propagate_errors"), flag(disk, "propagate_errors"));
    text(w, QStringLiteral("provisioned_size"), info.virtualSize);
    if (!info.wireQcowVersion().isEmpty())
        text(w, QStringLiteral("qcow_version"), info.wireQcowVersion());
    boolean(w, QStringLiteral("shareable"), flag(disk, "shareable"));
    boolean(w, QStringLiteral("sparse"), flag(disk, "sparse"));
    text(w, QStringLiteral("status"), status);
    text(w, QStringLiteral("storage_type"), str(disk, "storage_type"));
    text(w, QStringLiteral("total_size"), totalSize);
    boolean(w, QStringLiteral("wipe_after_delete"), flag(disk, "wipe_after_delete"));
}

} // namespace

XmlRenderer::XmlRenderer(LabDatabase &db, QemuImg &qemu, const QString &dataDir)
    : m_db(db)
    , m_qemu(qemu)
    , m_dataDir(dataDir)
    , m_dataPrefix(QDir(dataDir).filePath(QStringLiteral("x")).chopped(1))
{
}

QString XmlRenderer::absolutePath(const QString &relativePath) const
{
    // Called per volume of a whole storage domain: the folder's prefix is worked out once.
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath))
        return QDir(m_dataDir).filePath(relativePath);
    return m_dataPrefix + relativePath;
}

VolumeInfo XmlRenderer::volumeInfo(const LabRow &volume)
{
    return m_qemu.info(absolutePath(str(volume, "path")));
}

template<typename Writer>
void XmlRenderer::ref(Writer &w, const QString &element, const QString &collection, const QString &id, bool withHref)
{
    w.writeEmptyElement(element);
    if (withHref)
        w.writeAttribute(QStringLiteral("href"), Api + QLatin1Char('/') + collection + QLatin1Char('/') + id);
    w.writeAttribute(QStringLiteral("id"), id);
}

QString XmlRenderer::quotaIdForCluster(const QString &clusterId)
{
    return m_db.scalar(QStringLiteral("SELECT dc.quota_id FROM clusters c JOIN data_centers dc ON dc.id = c.data_center_id WHERE c.id = ?"),
                       {clusterId})
        .toString();
}

XmlRenderer::ClusterRefs XmlRenderer::clusterRefs(const QString &clusterId)
{
    if (m_cachingClusterRefs) {
        if (const auto cached = m_clusterRefs.constFind(clusterId); cached != m_clusterRefs.constEnd())
            return *cached;
    }
    const ClusterRefs refs{m_db.scalar(QStringLiteral("SELECT cpu_profile_id FROM clusters WHERE id = ?"), {clusterId}).toString(),
                           quotaIdForCluster(clusterId)};
    if (m_cachingClusterRefs)
        m_clusterRefs.insert(clusterId, refs);
    return refs;
}

void XmlRenderer::setCachingClusterRefs(bool on)
{
    m_cachingClusterRefs = on;
    m_clusterRefs.clear();
}

QList<LabRow> XmlRenderer::attachmentsOfVm(const QString &vmId)
{
    return m_db.select(QStringLiteral("SELECT a.* FROM disk_attachments a JOIN disks d ON d.id = a.disk_id "
                                      "WHERE a.vm_id = ? ORDER BY a.bootable DESC, d.alias"),
                       {vmId});
}

QList<LabRow> XmlRenderer::snapshotsOfVm(const QString &vmId)
{
    // "Active VM" first, then the others oldest first, as the engine lists them.
    return m_db.select(QStringLiteral("SELECT * FROM snapshots WHERE vm_id = ? "
                                      "ORDER BY CASE type WHEN 'active' THEN 0 ELSE 1 END, date, id"),
                       {vmId});
}

QList<LabRow> XmlRenderer::volumesOfSnapshot(const QString &snapshotId)
{
    return m_db.select(QStringLiteral("SELECT v.* FROM volumes v JOIN disks d ON d.id = v.disk_id "
                                      "WHERE v.snapshot_id = ? ORDER BY d.alias"),
                       {snapshotId});
}

// ------------------------------------------------------------------------------------------------

void XmlRenderer::apiRoot(QXmlStreamWriter &w)
{
    // Root links in the engine's order (ApiRootLinksCreator); searchable ones get a /search twin.
    static const QList<QPair<QString, bool>> rootLinks{
        {QStringLiteral("clusters"), true}, {QStringLiteral("datacenters"), true}, {QStringLiteral("events"), true},
        {QStringLiteral("hosts"), true}, {QStringLiteral("networks"), true}, {QStringLiteral("roles"), false},
        {QStringLiteral("storagedomains"), true}, {QStringLiteral("tags"), false}, {QStringLiteral("bookmarks"), false},
        {QStringLiteral("icons"), false}, {QStringLiteral("templates"), true}, {QStringLiteral("instancetypes"), true},
        {QStringLiteral("users"), true}, {QStringLiteral("groups"), true}, {QStringLiteral("domains"), false},
        {QStringLiteral("vmpools"), true}, {QStringLiteral("vms"), true}, {QStringLiteral("disks"), true},
        {QStringLiteral("jobs"), false}, {QStringLiteral("storageconnections"), false},
        {QStringLiteral("vnicprofiles"), false}, {QStringLiteral("diskprofiles"), false},
        {QStringLiteral("cpuprofiles"), false}, {QStringLiteral("schedulingpolicyunits"), false},
        {QStringLiteral("schedulingpolicies"), false}, {QStringLiteral("permissions"), false},
        {QStringLiteral("macpools"), false}, {QStringLiteral("networkfilters"), false},
        {QStringLiteral("operatingsystems"), false}, {QStringLiteral("externalhostproviders"), false},
        {QStringLiteral("openstackimageproviders"), false}, {QStringLiteral("openstackvolumeproviders"), false},
        {QStringLiteral("openstacknetworkproviders"), false}, {QStringLiteral("katelloerrata"), false},
        {QStringLiteral("affinitylabels"), false}, {QStringLiteral("clusterlevels"), false},
        {QStringLiteral("imagetransfers"), false}, {QStringLiteral("externalvmimports"), false},
        {QStringLiteral("externaltemplateimports"), false}};

    w.writeStartElement(QStringLiteral("api"));
    for (const auto &[name, searchable] : rootLinks) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), Api + QLatin1Char('/') + name);
        w.writeAttribute(QStringLiteral("rel"), name);
        if (searchable) {
            w.writeEmptyElement(QStringLiteral("link"));
            w.writeAttribute(QStringLiteral("href"), name == QLatin1String("events")
                                                         ? Api + QStringLiteral("/events;from={event_id}?search={query}")
                                                         : Api + QLatin1Char('/') + name + QStringLiteral("?search={query}"));
            w.writeAttribute(QStringLiteral("rel"), name + QStringLiteral("/search"));
        }
    }

    w.writeStartElement(QStringLiteral("product_info"));
    text(w, QStringLiteral("instance_id"), m_db.meta(QStringLiteral("instance_id")));
    text(w, QStringLiteral("name"), QStringLiteral("oVirt Engine"));
    text(w, QStringLiteral("vendor"), QStringLiteral("ovirt.org"));
    w.writeStartElement(QStringLiteral("version"));
    text(w, QStringLiteral("build"), 5);
    text(w, QStringLiteral("full_version"), QStringLiteral("4.5.5-1.el8"));
    text(w, QStringLiteral("major"), 4);
    text(w, QStringLiteral("minor"), 5);
    text(w, QStringLiteral("revision"), 1);
    w.writeEndElement();
    w.writeEndElement();

    const QString zero = QStringLiteral("00000000-0000-0000-0000-000000000000");
    w.writeStartElement(QStringLiteral("special_objects"));
    ref(w, QStringLiteral("blank_template"), QStringLiteral("templates"), zero);
    ref(w, QStringLiteral("root_tag"), QStringLiteral("tags"), zero);
    w.writeEndElement();

    auto count = [this](const QString &sql) { return m_db.scalar(sql).toLongLong(); };
    auto summary = [&w](const QString &element, qint64 active, qint64 total) {
        w.writeStartElement(element);
        text(w, QStringLiteral("active"), active);
        text(w, QStringLiteral("total"), total);
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("summary"));
    summary(QStringLiteral("hosts"), count(QStringLiteral("SELECT COUNT(*) FROM hosts WHERE status = 'up'")),
            count(QStringLiteral("SELECT COUNT(*) FROM hosts")));
    summary(QStringLiteral("storage_domains"), count(QStringLiteral("SELECT COUNT(*) FROM storage_domains WHERE status = 'active'")),
            count(QStringLiteral("SELECT COUNT(*) FROM storage_domains")));
    summary(QStringLiteral("users"), 1, 1);
    summary(QStringLiteral("vms"), count(QStringLiteral("SELECT COUNT(*) FROM vms WHERE status <> 'down'")),
            count(QStringLiteral("SELECT COUNT(*) FROM vms")));
    w.writeEndElement();

    date(w, QStringLiteral("time"), LabClock::nowMs());
    const QString userId = m_db.meta(QStringLiteral("admin_user_id"));
    ref(w, QStringLiteral("authenticated_user"), QStringLiteral("users"), userId);
    ref(w, QStringLiteral("effective_user"), QStringLiteral("users"), userId);
    w.writeEndElement();
}

// ------------------------------------------------------------------------------------------------

template<typename Writer>
void XmlRenderer::vmBase(Writer &w, const LabRow &row, bool embedded)
{
    const bool withHref = !embedded;
    w.writeStartElement(QStringLiteral("bios"));
    w.writeStartElement(QStringLiteral("boot_menu"));
    boolean(w, QStringLiteral("enabled"), false);
    w.writeEndElement();
    text(w, QStringLiteral("type"), row.contains(QStringLiteral("bios_type")) ? str(row, "bios_type") : QStringLiteral("q35_ovmf"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("cpu"));
    text(w, QStringLiteral("architecture"), QStringLiteral("x86_64"));
    w.writeStartElement(QStringLiteral("topology"));
    text(w, QStringLiteral("cores"), num(row, "cpu_cores"));
    text(w, QStringLiteral("sockets"), num(row, "cpu_sockets"));
    text(w, QStringLiteral("threads"), num(row, "cpu_threads"));
    w.writeEndElement();
    w.writeEndElement();
    text(w, QStringLiteral("cpu_shares"), 0);
    date(w, QStringLiteral("creation_time"), num(row, "creation_time"));
    boolean(w, QStringLiteral("delete_protected"), false);

    w.writeStartElement(QStringLiteral("display"));
    boolean(w, QStringLiteral("allow_override"), false);
    boolean(w, QStringLiteral("copy_paste_enabled"), true);
    text(w, QStringLiteral("disconnect_action"), QStringLiteral("LOCK_SCREEN"));
    boolean(w, QStringLiteral("file_transfer_enabled"), true);
    text(w, QStringLiteral("monitors"), 1);
    boolean(w, QStringLiteral("single_qxl_pci"), false);
    boolean(w, QStringLiteral("smartcard_enabled"), false);
    text(w, QStringLiteral("type"), QStringLiteral("spice"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("high_availability"));
    boolean(w, QStringLiteral("enabled"), false);
    text(w, QStringLiteral("priority"), 1);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("io"));
    text(w, QStringLiteral("threads"), 1);
    w.writeEndElement();
    ref(w, QStringLiteral("large_icon"), QStringLiteral("icons"), LargeIconId, withHref);
    const qint64 memory = num(row, "memory");
    text(w, QStringLiteral("memory"), memory);
    w.writeStartElement(QStringLiteral("memory_policy"));
    text(w, QStringLiteral("guaranteed"), memory);
    text(w, QStringLiteral("max"), memory * 4);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("migration"));
    text(w, QStringLiteral("auto_converge"), QStringLiteral("inherit"));
    text(w, QStringLiteral("compressed"), QStringLiteral("inherit"));
    w.writeEndElement();
    text(w, QStringLiteral("migration_downtime"), -1);
    boolean(w, QStringLiteral("multi_queues_enabled"), true);
    text(w, QStringLiteral("origin"), QStringLiteral("ovirt"));
    w.writeStartElement(QStringLiteral("os"));
    w.writeStartElement(QStringLiteral("boot"));
    w.writeStartElement(QStringLiteral("devices"));
    text(w, QStringLiteral("device"), QStringLiteral("hd"));
    w.writeEndElement();
    w.writeEndElement();
    text(w, QStringLiteral("type"), str(row, "os_type"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("placement_policy"));
    text(w, QStringLiteral("affinity"), QStringLiteral("migratable"));
    w.writeEndElement();
    ref(w, QStringLiteral("small_icon"), QStringLiteral("icons"), SmallIconId, withHref);
    w.writeStartElement(QStringLiteral("sso"));
    w.writeStartElement(QStringLiteral("methods"));
    w.writeEmptyElement(QStringLiteral("method"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("guest_agent"));
    w.writeEndElement();
    w.writeEndElement();
    boolean(w, QStringLiteral("start_paused"), false);
    boolean(w, QStringLiteral("stateless"), false);
    text(w, QStringLiteral("storage_error_resume_behaviour"), QStringLiteral("auto_resume"));
    w.writeStartElement(QStringLiteral("time_zone"));
    text(w, QStringLiteral("name"), QStringLiteral("Etc/GMT"));
    w.writeEndElement();
    text(w, QStringLiteral("type"), str(row, "vm_type"));
    w.writeStartElement(QStringLiteral("usb"));
    boolean(w, QStringLiteral("enabled"), false);
    w.writeEndElement();

    // VmBase references: cluster, cpu_profile, quota (quota carries no href, as in real replies).
    const QString clusterId = str(row, "cluster_id");
    if (!clusterId.isEmpty()) {
        ref(w, QStringLiteral("cluster"), QStringLiteral("clusters"), clusterId, withHref);
        const ClusterRefs refs = clusterRefs(clusterId);
        ref(w, QStringLiteral("cpu_profile"), QStringLiteral("cpuprofiles"), refs.cpuProfileId, withHref);
        ref(w, QStringLiteral("quota"), QString(), refs.quotaId, false);
    }
}

void XmlRenderer::vm(QXmlStreamWriter &w, const LabRow &vm, const QStringList &follow)
{
    vmEntity(w, vm, follow);
}

void XmlRenderer::vm(XmlByteWriter &w, const LabRow &vm)
{
    vmEntity(w, vm, {});
}

template<typename Writer>
void XmlRenderer::vmEntity(Writer &w, const LabRow &vm, const QStringList &follow)
{
    const QString id = str(vm, "id");
    const QString href = Api + QStringLiteral("/vms/") + id;
    startEntity(w, QStringLiteral("vm"), href, id);
    actions(w, href, VmActions);
    text(w, QStringLiteral("name"), str(vm, "name"));
    text(w, QStringLiteral("description"), str(vm, "description"));
    text(w, QStringLiteral("comment"), str(vm, "comment"));
    links(w, href, VmLinks);
    vmBody(w, vm, false, follow);
    w.writeEndElement();
}

template<typename Writer>
void XmlRenderer::vmBody(Writer &w, const LabRow &vm, bool embedded, const QStringList &follow)
{
    const bool withHref = !embedded;
    vmBase(w, vm, embedded);

    // Vm's own members, then its references.
    const QString status = str(vm, "status");
    const bool running = status != QLatin1String("down");
    if (running && !isNull(vm, "fqdn"))
        text(w, QStringLiteral("fqdn"), str(vm, "fqdn"));
    boolean(w, QStringLiteral("next_run_configuration_exists"), false);
    text(w, QStringLiteral("numa_tune_mode"), QStringLiteral("interleave"));
    if (running) {
        boolean(w, QStringLiteral("run_once"), false);
        if (!isNull(vm, "start_time"))
            date(w, QStringLiteral("start_time"), num(vm, "start_time"));
    }
    text(w, QStringLiteral("status"), status);
    if (!isNull(vm, "stop_time"))
        date(w, QStringLiteral("stop_time"), num(vm, "stop_time"));

    // follow=disk_attachments[.disk] inlines the collection where its reference member sits.
    const bool followAttachments = follow.contains(QLatin1String("disk_attachments"))
        || follow.contains(QLatin1String("disk_attachments.disk"));
    if (followAttachments && !embedded) {
        // Only QXmlStreamWriter renders followed attachments; vm(XmlByteWriter &) takes no follow.
        if constexpr (std::is_same_v<Writer, QXmlStreamWriter>) {
            const bool followDisk = follow.contains(QLatin1String("disk_attachments.disk"));
            w.writeStartElement(QStringLiteral("disk_attachments"));
            for (const LabRow &attachment : attachmentsOfVm(str(vm, "id")))
                diskAttachment(w, attachment, followDisk);
            w.writeEndElement();
        }
    }
    if (running && !isNull(vm, "host_id"))
        ref(w, QStringLiteral("host"), QStringLiteral("hosts"), str(vm, "host_id"), withHref);
    ref(w, QStringLiteral("original_template"), QStringLiteral("templates"), str(vm, "original_template_id"), withHref);
    ref(w, QStringLiteral("template"), QStringLiteral("templates"), str(vm, "template_id"), withHref);
}

void XmlRenderer::diskAttachment(QXmlStreamWriter &w, const LabRow &attachment, bool followDisk)
{
    const QString vmId = str(attachment, "vm_id");
    const QString diskId = str(attachment, "disk_id");
    // The attachment id is the disk id; its href always sits under the VM (engine bug 1647018).
    startEntity(w, QStringLiteral("disk_attachment"), Api + QStringLiteral("/vms/") + vmId + QStringLiteral("/diskattachments/") + diskId, diskId);
    boolean(w, QStringLiteral("active"), flag(attachment, "active"));
    boolean(w, QStringLiteral("bootable"), flag(attachment, "bootable"));
    text(w, QStringLiteral("interface"), str(attachment, "interface"));
    // The logical name is only known while the guest agent of a running VM reports it.
    if (!isNull(attachment, "logical_name")
        && m_db.scalar(QStringLiteral("SELECT status FROM vms WHERE id = ?"), {vmId}).toString() == QLatin1String("up"))
        text(w, QStringLiteral("logical_name"), str(attachment, "logical_name"));
    boolean(w, QStringLiteral("pass_discard"), flag(attachment, "pass_discard"));
    boolean(w, QStringLiteral("read_only"), flag(attachment, "read_only"));
    boolean(w, QStringLiteral("uses_scsi_reservation"), flag(attachment, "uses_scsi_reservation"));
    const auto disk = followDisk ? m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId}) : std::nullopt;
    if (disk)
        this->disk(w, *disk);
    else
        ref(w, QStringLiteral("disk"), QStringLiteral("disks"), diskId);
    ref(w, QStringLiteral("vm"), QStringLiteral("vms"), vmId);
    w.writeEndElement();
}

void XmlRenderer::disk(QXmlStreamWriter &w, const LabRow &disk, bool allContent)
{
    // Direct LUNs have no volumes, sizes or status of their own (NOTES §5.2).
    if (str(disk, "storage_type") == QLatin1String("lun")) {
        LunXml::lunDisk(w, m_db, disk, allContent);
        return;
    }
    const QString id = str(disk, "id");
    const QString href = Api + QStringLiteral("/disks/") + id;
    const QList<LabRow> volumes = m_db.select(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ?"), {id});
    LabRow activeVolume;
    qint64 totalSize = 0;
    VolumeInfo active;
    for (const LabRow &volume : volumes) {
        // Only the active volume's format, size and level are shown: the others add their
        // allocated blocks to total_size, read from the file without a qemu-img run each.
        if (flag(volume, "active")) {
            activeVolume = volume;
            active = volumeInfo(volume);
            totalSize += active.actualSize;
        } else {
            totalSize += m_qemu.allocatedSize(absolutePath(str(volume, "path"))).value_or(0);
        }
    }

    startEntity(w, QStringLiteral("disk"), href, id);
    actions(w, href, DiskActions);
    text(w, QStringLiteral("name"), str(disk, "alias"));
    if (!str(disk, "description").isEmpty())
        text(w, QStringLiteral("description"), str(disk, "description"));
    links(w, href, {QStringLiteral("permissions"), QStringLiteral("statistics")});
    // Device's member comes before Disk's own ones; only with all_content in v4.
    if (allContent) {
        w.writeStartElement(QStringLiteral("vms"));
        for (const LabRow &row : m_db.select(QStringLiteral("SELECT vm_id FROM disk_attachments WHERE disk_id = ? ORDER BY vm_id"), {id})) {
            w.writeEmptyElement(QStringLiteral("vm"));
            w.writeAttribute(QStringLiteral("id"), str(row, "vm_id"));
        }
        w.writeEndElement();
    }
    // A volume file qemu-img cannot read is what the engine would call an illegal image.
    // A disk still being created has no volume file yet: locked, not illegal.
    diskMembers(w, disk, active, str(activeVolume, "id"),
                active.valid || str(disk, "status") == QLatin1String("locked") ? str(disk, "status") : QStringLiteral("illegal"),
                totalSize);

    const auto domain = m_db.selectOne(QStringLiteral("SELECT sd.disk_profile_id, dc.id AS dc_id, dc.quota_id FROM storage_domains sd "
                                                      "LEFT JOIN data_centers dc ON dc.id = sd.data_center_id WHERE sd.id = ?"),
                                       {str(disk, "storage_domain_id")});
    if (domain) {
        ref(w, QStringLiteral("disk_profile"), QStringLiteral("diskprofiles"), str(*domain, "disk_profile_id"));
        if (!isNull(*domain, "quota_id"))
            ref(w, QStringLiteral("quota"), QStringLiteral("datacenters/") + str(*domain, "dc_id") + QStringLiteral("/quotas"), str(*domain, "quota_id"));
        w.writeStartElement(QStringLiteral("storage_domains"));
        ref(w, QStringLiteral("storage_domain"), QStringLiteral("storagedomains"), str(disk, "storage_domain_id"));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void XmlRenderer::snapshotDisk(QXmlStreamWriter &w, const LabRow &disk, const LabRow &volume)
{
    const VolumeInfo info = volumeInfo(volume);
    startEntity(w, QStringLiteral("disk"), QString(), str(disk, "id"));
    text(w, QStringLiteral("name"), str(disk, "alias"));
    if (!str(disk, "description").isEmpty())
        text(w, QStringLiteral("description"), str(disk, "description"));
    // Real engines report total_size 0 for snapshot disks.
    diskMembers(w, disk, info, str(volume, "id"), info.valid ? str(disk, "status") : QStringLiteral("illegal"), 0);
    w.writeEmptyElement(QStringLiteral("snapshot"));
    w.writeAttribute(QStringLiteral("id"), str(volume, "snapshot_id"));
    w.writeStartElement(QStringLiteral("storage_domains"));
    w.writeEmptyElement(QStringLiteral("storage_domain"));
    w.writeAttribute(QStringLiteral("id"), str(disk, "storage_domain_id"));
    w.writeEndElement();
    w.writeEndElement();
}

void XmlRenderer::diskSnapshot(QXmlStreamWriter &w, const LabRow &disk, const LabRow &volume, const QString &domainId)
{
    const VolumeInfo info = volumeInfo(volume);
    const QString diskId = str(disk, "id");
    const QString id = str(volume, "id");
    // The engine links the item under the collection it was listed in (addLinks with the disk or
    // the storage domain as parent).
    const QString href = domainId.isEmpty() ? Api + QStringLiteral("/disks/") + diskId + QStringLiteral("/disksnapshots/") + id
                                            : Api + QStringLiteral("/storagedomains/") + domainId + QStringLiteral("/disksnapshots/") + id;
    startEntity(w, QStringLiteral("disk_snapshot"), href, id);
    text(w, QStringLiteral("name"), str(disk, "alias"));
    if (!str(disk, "description").isEmpty())
        text(w, QStringLiteral("description"), str(disk, "description"));
    // image_id is cleared by the mapper: the item's id is the volume id.
    diskMembers(w, disk, info, std::nullopt, info.valid ? str(disk, "status") : QStringLiteral("illegal"), 0);
    if (!isNull(volume, "snapshot_id")) {
        w.writeEmptyElement(QStringLiteral("snapshot"));
        w.writeAttribute(QStringLiteral("id"), str(volume, "snapshot_id"));
    }
    if (!domainId.isEmpty())
        ref(w, QStringLiteral("storage_domain"), QStringLiteral("storagedomains"), domainId);
    w.writeStartElement(QStringLiteral("storage_domains"));
    ref(w, QStringLiteral("storage_domain"), QStringLiteral("storagedomains"), str(disk, "storage_domain_id"));
    w.writeEndElement();
    // DiskSnapshot's own references: the disk, and the volume below this one with its domain.
    ref(w, QStringLiteral("disk"), QStringLiteral("disks"), diskId);
    if (!isNull(volume, "parent_volume_id")) {
        w.writeStartElement(QStringLiteral("parent"));
        // BackendDiskSnapshotsResource points the parent's href at the disk itself.
        if (domainId.isEmpty())
            w.writeAttribute(QStringLiteral("href"), Api + QStringLiteral("/disks/") + diskId);
        w.writeAttribute(QStringLiteral("id"), str(volume, "parent_volume_id"));
        w.writeEmptyElement(QStringLiteral("storage_domain"));
        w.writeAttribute(QStringLiteral("id"), str(disk, "storage_domain_id"));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void XmlRenderer::templateDiskAttachment(QXmlStreamWriter &w, const LabRow &disk, bool bootable)
{
    const QString templateId = str(disk, "template_id");
    const QString diskId = str(disk, "id");
    startEntity(w, QStringLiteral("disk_attachment"), Api + QStringLiteral("/templates/") + templateId + QStringLiteral("/diskattachments/") + diskId, diskId);
    // The lab keeps no device settings for template disks: those of a plain boot disk.
    boolean(w, QStringLiteral("active"), true);
    boolean(w, QStringLiteral("bootable"), bootable);
    text(w, QStringLiteral("interface"), QStringLiteral("virtio"));
    boolean(w, QStringLiteral("pass_discard"), false);
    boolean(w, QStringLiteral("read_only"), false);
    boolean(w, QStringLiteral("uses_scsi_reservation"), false);
    ref(w, QStringLiteral("disk"), QStringLiteral("disks"), diskId);
    ref(w, QStringLiteral("template"), QStringLiteral("templates"), templateId);
    w.writeEndElement();
}

void XmlRenderer::snapshot(QXmlStreamWriter &w, const LabRow &snapshot, const LabRow &vm, bool followDisks)
{
    const QString id = str(snapshot, "id");
    const QString href = Api + QStringLiteral("/vms/") + str(vm, "id") + QStringLiteral("/snapshots/") + id;
    const bool isActive = str(snapshot, "type") == QLatin1String("active");
    startEntity(w, QStringLiteral("snapshot"), href, id);
    actions(w, href, {QStringLiteral("restore")});
    text(w, QStringLiteral("description"), str(snapshot, "description"));
    // The Active VM has no stored configuration, so the engine drops its sub-collection links.
    if (!isActive)
        links(w, href, {QStringLiteral("cdroms"), QStringLiteral("disks"), QStringLiteral("nics")});
    date(w, QStringLiteral("date"), num(snapshot, "date"));
    boolean(w, QStringLiteral("persist_memorystate"), flag(snapshot, "persist_memorystate"));
    text(w, QStringLiteral("snapshot_status"), str(snapshot, "status"));
    text(w, QStringLiteral("snapshot_type"), str(snapshot, "type"));
    if (!isActive) {
        if (followDisks) {
            w.writeStartElement(QStringLiteral("disks"));
            for (const LabRow &volume : volumesOfSnapshot(id)) {
                if (const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {str(volume, "disk_id")}))
                    snapshotDisk(w, *disk, volume);
            }
            w.writeEndElement();
        }
        // The VM configuration kept with the snapshot (vm_configuration, taken when it was made),
        // references without href. Snapshots made before configurations were kept show the VM's
        // current one.
        LabRow stored = vm;
        const QJsonObject configuration = QJsonDocument::fromJson(str(snapshot, "vm_configuration").toUtf8()).object();
        for (auto it = configuration.constBegin(); it != configuration.constEnd(); ++it)
            stored.insert(it.key(), it.value().toVariant());
        startEntity(w, QStringLiteral("vm"), QString(), str(vm, "id"));
        text(w, QStringLiteral("name"), str(stored, "name"));
        text(w, QStringLiteral("description"), str(stored, "description"));
        text(w, QStringLiteral("comment"), str(stored, "comment"));
        vmBody(w, stored, true, {});
        w.writeEndElement();
    }
    w.writeEndElement();
}

// ------------------------------------------------------------------------------------------------

void XmlRenderer::storageDomain(QXmlStreamWriter &w, const LabRow &domain)
{
    const QString id = str(domain, "id");
    const QString href = Api + QStringLiteral("/storagedomains/") + id;

    // used/committed come from the real files of the domain's disks; capacity is simulated. A
    // domain of a populated lab holds tens of thousands of volumes: their sizes are read from
    // the files themselves (allocated blocks, qcow2 header), not with a qemu-img run each.
    qint64 allocated = 0;
    qint64 committed = 0;
    m_db.forEach(QStringLiteral("SELECT v.path, v.active FROM volumes v JOIN disks d ON d.id = v.disk_id WHERE d.storage_domain_id = ?"), {id},
                 [&](const QSqlQuery &volume) {
                     const QString path = absolutePath(volume.value(0).toString());
                     if (volume.value(1).toInt() != 0) {
                         const QemuImg::Sizes sizes = m_qemu.sizes(path);
                         allocated += sizes.actualSize;
                         committed += sizes.virtualSize;
                     } else {
                         allocated += m_qemu.allocatedSize(path).value_or(0);
                     }
                 });
    const qint64 capacity = num(domain, "capacity");
    const qint64 used = qMin(capacity, roundUpToGiB(num(domain, "used_base") + allocated));

    startEntity(w, QStringLiteral("storage_domain"), href, id);
    actions(w, href, {QStringLiteral("isattached"), QStringLiteral("reduceluns"), QStringLiteral("updateovfstore"), QStringLiteral("refreshluns")});
    text(w, QStringLiteral("name"), str(domain, "name"));
    text(w, QStringLiteral("description"), str(domain, "description"));
    text(w, QStringLiteral("comment"), str(domain, "comment"));
    links(w, href, {QStringLiteral("disks"), QStringLiteral("diskprofiles"), QStringLiteral("disksnapshots"),
                    QStringLiteral("storageconnections"), QStringLiteral("permissions"), QStringLiteral("templates"),
                    QStringLiteral("vms")});
    text(w, QStringLiteral("available"), capacity - used);
    boolean(w, QStringLiteral("backup"), false);
    text(w, QStringLiteral("block_size"), num(domain, "block_size"));
    text(w, QStringLiteral("committed"), committed);
    text(w, QStringLiteral("critical_space_action_blocker"), num(domain, "critical_space_action_blocker"));
    boolean(w, QStringLiteral("discard_after_delete"), false);
    text(w, QStringLiteral("external_status"), QStringLiteral("ok"));
    boolean(w, QStringLiteral("master"), flag(domain, "master"));
    // Attached domains carry no status here (it lives under /datacenters/{id}/storagedomains).
    if (isNull(domain, "data_center_id"))
        text(w, QStringLiteral("status"), QStringLiteral("unattached"));
    w.writeStartElement(QStringLiteral("storage"));
    if (!isNull(domain, "storage_address"))
        text(w, QStringLiteral("address"), str(domain, "storage_address"));
    if (!isNull(domain, "storage_path"))
        text(w, QStringLiteral("path"), str(domain, "storage_path"));
    text(w, QStringLiteral("type"), str(domain, "storage_type"));
    w.writeEndElement();
    text(w, QStringLiteral("storage_format"), str(domain, "storage_format"));
    boolean(w, QStringLiteral("supports_discard"), false);
    boolean(w, QStringLiteral("supports_discard_zeroes_data"), false);
    text(w, QStringLiteral("type"), str(domain, "domain_type"));
    text(w, QStringLiteral("used"), used);
    text(w, QStringLiteral("warning_low_space_indicator"), num(domain, "warning_low_space_indicator"));
    boolean(w, QStringLiteral("wipe_after_delete"), flag(domain, "wipe_after_delete"));
    if (!isNull(domain, "data_center_id")) {
        w.writeStartElement(QStringLiteral("data_centers"));
        ref(w, QStringLiteral("data_center"), QStringLiteral("datacenters"), str(domain, "data_center_id"));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void XmlRenderer::host(QXmlStreamWriter &w, const LabRow &host)
{
    const QString id = str(host, "id");
    const QString href = Api + QStringLiteral("/hosts/") + id;
    startEntity(w, QStringLiteral("host"), href, id);
    actions(w, href, {QStringLiteral("activate"), QStringLiteral("approve"), QStringLiteral("commitnetconfig"),
                      QStringLiteral("copyhostnetworks"), QStringLiteral("deactivate"), QStringLiteral("discoveriscsi"),
                      QStringLiteral("enrollcertificate"), QStringLiteral("fence"), QStringLiteral("forceselectspm"),
                      QStringLiteral("install"), QStringLiteral("iscsidiscover"), QStringLiteral("iscsilogin"),
                      QStringLiteral("refresh"), QStringLiteral("setupnetworks"), QStringLiteral("syncallnetworks"),
                      QStringLiteral("unregisteredstoragedomainsdiscover"), QStringLiteral("upgrade"),
                      QStringLiteral("upgradecheck")});
    text(w, QStringLiteral("name"), str(host, "name"));
    text(w, QStringLiteral("description"), str(host, "description"));
    text(w, QStringLiteral("comment"), str(host, "comment"));
    links(w, href, {QStringLiteral("affinitylabels"), QStringLiteral("devices"), QStringLiteral("fenceagents"),
                    QStringLiteral("hooks"), QStringLiteral("katelloerrata"), QStringLiteral("networkattachments"),
                    QStringLiteral("nics"), QStringLiteral("numanodes"), QStringLiteral("permissions"),
                    QStringLiteral("statistics"), QStringLiteral("storage"), QStringLiteral("storageconnectionextensions"),
                    QStringLiteral("tags"), QStringLiteral("unmanagednetworks"),
                    QStringLiteral("externalnetworkproviderconfigurations")});
    text(w, QStringLiteral("address"), str(host, "address"));
    text(w, QStringLiteral("auto_numa_status"), QStringLiteral("unknown"));
    w.writeStartElement(QStringLiteral("cpu"));
    text(w, QStringLiteral("name"), str(host, "cpu_name"));
    text(w, QStringLiteral("speed"), num(host, "cpu_speed"));
    w.writeStartElement(QStringLiteral("topology"));
    text(w, QStringLiteral("cores"), num(host, "cpu_cores"));
    text(w, QStringLiteral("sockets"), num(host, "cpu_sockets"));
    text(w, QStringLiteral("threads"), num(host, "cpu_threads"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("device_passthrough"));
    boolean(w, QStringLiteral("enabled"), false);
    w.writeEndElement();
    text(w, QStringLiteral("external_status"), QStringLiteral("ok"));
    if (!isNull(host, "iscsi_initiator")) {
        w.writeStartElement(QStringLiteral("iscsi"));
        text(w, QStringLiteral("initiator"), str(host, "iscsi_initiator"));
        w.writeEndElement();
    }
    text(w, QStringLiteral("kdump_status"), QStringLiteral("disabled"));
    w.writeStartElement(QStringLiteral("ksm"));
    boolean(w, QStringLiteral("enabled"), false);
    w.writeEndElement();
    text(w, QStringLiteral("max_scheduling_memory"), num(host, "memory") - (qint64(1) << 30));
    text(w, QStringLiteral("memory"), num(host, "memory"));
    w.writeStartElement(QStringLiteral("os"));
    text(w, QStringLiteral("type"), QStringLiteral("RHEL"));
    w.writeStartElement(QStringLiteral("version"));
    text(w, QStringLiteral("full_version"), QStringLiteral("8.7 - 1.el8"));
    text(w, QStringLiteral("major"), 8);
    text(w, QStringLiteral("minor"), 7);
    w.writeEndElement();
    w.writeEndElement();
    text(w, QStringLiteral("port"), 54321);
    text(w, QStringLiteral("protocol"), QStringLiteral("stomp"));
    boolean(w, QStringLiteral("reinstallation_required"), false);
    w.writeStartElement(QStringLiteral("se_linux"));
    text(w, QStringLiteral("mode"), QStringLiteral("enforcing"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("spm"));
    text(w, QStringLiteral("priority"), 5);
    text(w, QStringLiteral("status"), str(host, "spm_status"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("ssh"));
    text(w, QStringLiteral("port"), 22);
    w.writeEndElement();
    text(w, QStringLiteral("status"), str(host, "status"));
    const qint64 runningVms = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE host_id = ? AND status <> 'down'"), {id}).toLongLong();
    w.writeStartElement(QStringLiteral("summary"));
    text(w, QStringLiteral("active"), runningVms);
    text(w, QStringLiteral("migrating"), 0);
    text(w, QStringLiteral("total"), runningVms);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("transparent_huge_pages"));
    boolean(w, QStringLiteral("enabled"), true);
    w.writeEndElement();
    text(w, QStringLiteral("type"), QStringLiteral("rhel"));
    boolean(w, QStringLiteral("update_available"), false);
    text(w, QStringLiteral("vgpu_placement"), QStringLiteral("consolidated"));
    ref(w, QStringLiteral("cluster"), QStringLiteral("clusters"), str(host, "cluster_id"));
    w.writeEndElement();
}

void XmlRenderer::dataCenter(QXmlStreamWriter &w, const LabRow &dataCenter)
{
    const QString id = str(dataCenter, "id");
    const QString href = Api + QStringLiteral("/datacenters/") + id;
    startEntity(w, QStringLiteral("data_center"), href, id);
    text(w, QStringLiteral("name"), str(dataCenter, "name"));
    // Data centers omit unset description/comment (real captures show neither).
    if (!str(dataCenter, "description").isEmpty())
        text(w, QStringLiteral("description"), str(dataCenter, "description"));
    if (!str(dataCenter, "comment").isEmpty())
        text(w, QStringLiteral("comment"), str(dataCenter, "comment"));
    links(w, href, {QStringLiteral("quotas"), QStringLiteral("iscsibonds"), QStringLiteral("qoss"), QStringLiteral("clusters"),
                    QStringLiteral("networks"), QStringLiteral("storagedomains"), QStringLiteral("permissions")});
    boolean(w, QStringLiteral("local"), flag(dataCenter, "is_local"));
    text(w, QStringLiteral("quota_mode"), str(dataCenter, "quota_mode"));
    text(w, QStringLiteral("status"), str(dataCenter, "status"));
    text(w, QStringLiteral("storage_format"), str(dataCenter, "storage_format"));
    // The versions it may be set to (GetAvailableStoragePoolVersionsQuery): its own up to the
    // lowest of its clusters' versions.
    w.writeStartElement(QStringLiteral("supported_versions"));
    for (const VersionService::Level &level : VersionService::availableDataCenterLevels(m_db, id))
        version(w, level.first, level.second);
    w.writeEndElement();
    version(w, num(dataCenter, "version_major"), num(dataCenter, "version_minor"));
    ref(w, QStringLiteral("mac_pool"), QStringLiteral("macpools"), str(dataCenter, "mac_pool_id"));
    w.writeEndElement();
}

void XmlRenderer::cluster(QXmlStreamWriter &w, const LabRow &cluster)
{
    const QString id = str(cluster, "id");
    const QString href = Api + QStringLiteral("/clusters/") + id;
    startEntity(w, QStringLiteral("cluster"), href, id);
    actions(w, href, {QStringLiteral("resetemulatedmachine"), QStringLiteral("syncallnetworks"), QStringLiteral("upgrade")});
    text(w, QStringLiteral("name"), str(cluster, "name"));
    text(w, QStringLiteral("description"), str(cluster, "description"));
    text(w, QStringLiteral("comment"), str(cluster, "comment"));
    links(w, href, {QStringLiteral("networks"), QStringLiteral("permissions"), QStringLiteral("glustervolumes"),
                    QStringLiteral("glusterhooks"), QStringLiteral("affinitygroups"), QStringLiteral("cpuprofiles"),
                    QStringLiteral("networkfilters"), QStringLiteral("enabledfeatures"),
                    QStringLiteral("externalnetworkproviders"), QStringLiteral("affinitylabels")});
    boolean(w, QStringLiteral("ballooning_enabled"), true);
    text(w, QStringLiteral("bios_type"), QStringLiteral("q35_ovmf"));
    w.writeStartElement(QStringLiteral("cpu"));
    text(w, QStringLiteral("architecture"), str(cluster, "cpu_architecture"));
    text(w, QStringLiteral("type"), str(cluster, "cpu_type"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("error_handling"));
    text(w, QStringLiteral("on_error"), QStringLiteral("migrate"));
    w.writeEndElement();
    text(w, QStringLiteral("firewall_type"), QStringLiteral("firewalld"));
    boolean(w, QStringLiteral("gluster_service"), false);
    boolean(w, QStringLiteral("ha_reservation"), false);
    w.writeStartElement(QStringLiteral("ksm"));
    boolean(w, QStringLiteral("enabled"), true);
    boolean(w, QStringLiteral("merge_across_nodes"), true);
    w.writeEndElement();
    boolean(w, QStringLiteral("maintenance_reason_required"), false);
    w.writeStartElement(QStringLiteral("memory_policy"));
    w.writeStartElement(QStringLiteral("over_commit"));
    text(w, QStringLiteral("percent"), 100);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("transparent_hugepages"));
    boolean(w, QStringLiteral("enabled"), true);
    w.writeEndElement();
    w.writeEndElement();
    boolean(w, QStringLiteral("optional_reason"), false);
    text(w, QStringLiteral("switch_type"), QStringLiteral("legacy"));
    boolean(w, QStringLiteral("threads_as_cores"), false);
    boolean(w, QStringLiteral("trusted_service"), false);
    boolean(w, QStringLiteral("tunnel_migration"), false);
    version(w, num(cluster, "version_major"), num(cluster, "version_minor"));
    boolean(w, QStringLiteral("virt_service"), true);
    ref(w, QStringLiteral("data_center"), QStringLiteral("datacenters"), str(cluster, "data_center_id"));
    ref(w, QStringLiteral("mac_pool"), QStringLiteral("macpools"), str(cluster, "mac_pool_id"));
    ref(w, QStringLiteral("scheduling_policy"), QStringLiteral("schedulingpolicies"), str(cluster, "scheduling_policy_id"));
    w.writeEndElement();
}

void XmlRenderer::templateEntity(QXmlStreamWriter &w, const LabRow &templ)
{
    const QString id = str(templ, "id");
    const QString href = Api + QStringLiteral("/templates/") + id;
    startEntity(w, QStringLiteral("template"), href, id);
    actions(w, href, {QStringLiteral("export")});
    text(w, QStringLiteral("name"), str(templ, "name"));
    text(w, QStringLiteral("description"), str(templ, "description"));
    text(w, QStringLiteral("comment"), str(templ, "comment"));
    links(w, href, {QStringLiteral("diskattachments"), QStringLiteral("graphicsconsoles"), QStringLiteral("nics"),
                    QStringLiteral("permissions"), QStringLiteral("tags"), QStringLiteral("watchdogs"),
                    QStringLiteral("cdroms")});
    vmBase(w, templ, false);
    text(w, QStringLiteral("status"), str(templ, "status"));
    w.writeStartElement(QStringLiteral("version"));
    text(w, QStringLiteral("version_name"), QStringLiteral("base version"));
    text(w, QStringLiteral("version_number"), num(templ, "version_number"));
    ref(w, QStringLiteral("base_template"), QStringLiteral("templates"),
        isNull(templ, "base_template_id") ? id : str(templ, "base_template_id"));
    w.writeEndElement();
    w.writeEndElement();
}

void XmlRenderer::fault(QXmlStreamWriter &w, const QString &reason, const QString &detail)
{
    // The generated v4 schema sorts members, so detail precedes reason (NOTES §12.1).
    w.writeStartElement(QStringLiteral("fault"));
    text(w, QStringLiteral("detail"), detail);
    text(w, QStringLiteral("reason"), reason);
    w.writeEndElement();
}

void XmlRenderer::event(QXmlStreamWriter &w, const LabRow &event)
{
    const QString id = str(event, "id");
    startEntity(w, QStringLiteral("event"), Api + QStringLiteral("/events/") + id, id);
    text(w, QStringLiteral("description"), str(event, "description"));
    text(w, QStringLiteral("code"), num(event, "code"));
    if (!str(event, "correlation_id").isEmpty())
        text(w, QStringLiteral("correlation_id"), str(event, "correlation_id"));
    text(w, QStringLiteral("custom_id"), -1);
    text(w, QStringLiteral("flood_rate"), 30);
    text(w, QStringLiteral("origin"), QStringLiteral("oVirt"));
    text(w, QStringLiteral("severity"), str(event, "severity"));
    date(w, QStringLiteral("time"), num(event, "time"));
    if (!isNull(event, "cluster_id"))
        ref(w, QStringLiteral("cluster"), QStringLiteral("clusters"), str(event, "cluster_id"));
    if (!isNull(event, "data_center_id"))
        ref(w, QStringLiteral("data_center"), QStringLiteral("datacenters"), str(event, "data_center_id"));
    if (!isNull(event, "storage_domain_id"))
        ref(w, QStringLiteral("storage_domain"), QStringLiteral("storagedomains"), str(event, "storage_domain_id"));
    if (!isNull(event, "user_id"))
        ref(w, QStringLiteral("user"), QStringLiteral("users"), str(event, "user_id"));
    if (!isNull(event, "vm_id"))
        ref(w, QStringLiteral("vm"), QStringLiteral("vms"), str(event, "vm_id"));
    w.writeEndElement();
}

void XmlRenderer::job(QXmlStreamWriter &w, const LabRow &job)
{
    const QString id = str(job, "id");
    const QString href = Api + QStringLiteral("/jobs/") + id;
    startEntity(w, QStringLiteral("job"), href, id);
    actions(w, href, {QStringLiteral("clear"), QStringLiteral("end")});
    text(w, QStringLiteral("description"), str(job, "description"));
    links(w, href, {QStringLiteral("steps")});
    boolean(w, QStringLiteral("auto_cleared"), flag(job, "auto_cleared"));
    if (!isNull(job, "end_time"))
        date(w, QStringLiteral("end_time"), num(job, "end_time"));
    boolean(w, QStringLiteral("external"), flag(job, "external"));
    date(w, QStringLiteral("last_updated"), num(job, "last_updated"));
    date(w, QStringLiteral("start_time"), num(job, "start_time"));
    text(w, QStringLiteral("status"), str(job, "status"));
    if (!isNull(job, "owner_id"))
        ref(w, QStringLiteral("owner"), QStringLiteral("users"), str(job, "owner_id"));
    w.writeEndElement();
}
