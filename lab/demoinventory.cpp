#include "demoinventory.h"

#include "labclock.h"
#include "labdatabase.h"
#include "qemuimg.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace {

constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 Hour = qint64(3600) * 1000;
constexpr qint64 Day = 24 * Hour;

const QString DefaultCluster = QStringLiteral("Default");
const QString BlankTemplate = QStringLiteral("00000000-0000-0000-0000-000000000000");
// The engine's built-in default MAC pool id.
const QString DefaultMacPool = QStringLiteral("58ca604b-017d-0374-0220-00000000014e");

} // namespace

DemoInventory::DemoInventory(LabDatabase &db, QemuImg &qemu, const QString &dataDir)
    : m_db(db)
    , m_qemu(qemu)
    , m_dataDir(dataDir)
{
}

QString DemoInventory::idFor(const QString &kind, const QString &name)
{
    static const QUuid ns(QStringLiteral("6f1c2d2e-4b1a-4c55-9a53-6c6162646973"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char('/') + name).toString(QUuid::WithoutBraces);
}

bool DemoInventory::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool DemoInventory::populate()
{
    if (!m_db.transaction())
        return fail(m_db.lastError());
    if (!populateRows()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit())
        return fail(m_db.lastError());
    // Volumes that are no longer the active layer are read-only, as vdsm leaves them.
    for (const QString &path : std::as_const(m_readOnlyVolumes))
        QFile::setPermissions(path, QFileDevice::ReadOwner); // readable only by the lab's user
    return true;
}

bool DemoInventory::populateRows()
{
    const qint64 now = LabClock::nowMs();
    const QString dcId = idFor(QStringLiteral("dc"), QStringLiteral("Default"));
    const QString clusterId = idFor(QStringLiteral("cluster"), DefaultCluster);

    // A 4.7 data center (its own format is v5) that still holds an old v3 domain next to a v4
    // one: the situation the qcow2-compat feature is about.
    if (!m_db.insert(QStringLiteral("data_centers"),
                     {{QStringLiteral("id"), dcId}, {QStringLiteral("name"), QStringLiteral("Default")},
                      {QStringLiteral("description"), QStringLiteral("The default Data Center")},
                      {QStringLiteral("version_major"), 4}, {QStringLiteral("version_minor"), 7},
                      {QStringLiteral("storage_format"), QStringLiteral("v5")},
                      {QStringLiteral("quota_id"), idFor(QStringLiteral("quota"), QStringLiteral("Default"))},
                      {QStringLiteral("mac_pool_id"), DefaultMacPool}}))
        return fail(m_db.lastError());
    if (!m_db.insert(QStringLiteral("clusters"),
                     {{QStringLiteral("id"), clusterId}, {QStringLiteral("name"), DefaultCluster},
                      {QStringLiteral("description"), QStringLiteral("The default server cluster")},
                      {QStringLiteral("data_center_id"), dcId}, {QStringLiteral("version_major"), 4},
                      {QStringLiteral("version_minor"), 7}, {QStringLiteral("cpu_type"), QStringLiteral("Intel Nehalem Family")},
                      {QStringLiteral("cpu_profile_id"), idFor(QStringLiteral("cpuprofile"), DefaultCluster)},
                      {QStringLiteral("scheduling_policy_id"), idFor(QStringLiteral("schedulingpolicy"), QStringLiteral("evenly_distributed"))},
                      {QStringLiteral("mac_pool_id"), DefaultMacPool}}))
        return fail(m_db.lastError());

    for (const QString &name : {QStringLiteral("host-a"), QStringLiteral("host-b")}) {
        if (!m_db.insert(QStringLiteral("hosts"),
                         {{QStringLiteral("id"), idFor(QStringLiteral("host"), name)}, {QStringLiteral("name"), name},
                          {QStringLiteral("address"), name + QStringLiteral(".lab.local")},
                          {QStringLiteral("cluster_id"), clusterId}, {QStringLiteral("status"), QStringLiteral("up")},
                          {QStringLiteral("spm_status"), name == QLatin1String("host-a") ? QStringLiteral("spm") : QStringLiteral("none")},
                          {QStringLiteral("memory"), 64 * GiB}, {QStringLiteral("cpu_name"), QStringLiteral("Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz")},
                          {QStringLiteral("cpu_sockets"), 2}, {QStringLiteral("cpu_cores"), 12}, {QStringLiteral("cpu_threads"), 2},
                          {QStringLiteral("cpu_speed"), 2200},
                          {QStringLiteral("iscsi_initiator"), QStringLiteral("iqn.1994-05.com.redhat:") + name}}))
            return fail(m_db.lastError());
    }

    struct DomainSpec
    {
        QString name;
        QString format;
        int capacityGiB;
        int baseGiB;
        bool master;
    };
    for (const DomainSpec &sd : {DomainSpec{QStringLiteral("data-main"), QStringLiteral("v4"), 200, 3, true},
                                 DomainSpec{QStringLiteral("data-legacy"), QStringLiteral("v3"), 100, 2, false}}) {
        const QString id = idFor(QStringLiteral("sd"), sd.name);
        const QString folder = QDir(m_dataDir).filePath(QStringLiteral("domains/") + id);
        if (!QDir().mkpath(folder + QStringLiteral("/images")))
            return fail(QStringLiteral("cannot create ") + folder);
        if (!m_db.insert(QStringLiteral("storage_domains"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("name"), sd.name},
                          {QStringLiteral("data_center_id"), dcId}, {QStringLiteral("storage_type"), QStringLiteral("nfs")},
                          {QStringLiteral("storage_address"), QStringLiteral("localhost")},
                          {QStringLiteral("storage_path"), folder}, {QStringLiteral("storage_format"), sd.format},
                          {QStringLiteral("capacity"), sd.capacityGiB * GiB}, {QStringLiteral("used_base"), sd.baseGiB * GiB},
                          {QStringLiteral("master"), sd.master ? 1 : 0},
                          {QStringLiteral("disk_profile_id"), idFor(QStringLiteral("diskprofile"), sd.name)}}))
            return fail(m_db.lastError());
    }
    const QString mainSd = idFor(QStringLiteral("sd"), QStringLiteral("data-main"));
    const QString legacySd = idFor(QStringLiteral("sd"), QStringLiteral("data-legacy"));

    // Template with one disk (its volume belongs to no VM snapshot).
    const QString templateId = idFor(QStringLiteral("template"), QStringLiteral("rhel9-base"));
    if (!m_db.insert(QStringLiteral("templates"),
                     {{QStringLiteral("id"), templateId}, {QStringLiteral("name"), QStringLiteral("rhel9-base")},
                      {QStringLiteral("description"), QStringLiteral("RHEL 9 minimal install")},
                      {QStringLiteral("cluster_id"), clusterId}, {QStringLiteral("creation_time"), now - 60 * Day},
                      {QStringLiteral("memory"), 2 * GiB}, {QStringLiteral("os_type"), QStringLiteral("rhel_9x64")}}))
        return fail(m_db.lastError());
    if (createDisk({QStringLiteral("rhel9-base_Disk1"), {}, mainSd, QStringLiteral("qcow2"), 10, true, false, templateId,
                    {{QString(), now - 60 * Day, 4}}}).isEmpty())
        return false;

    // VMs: three up, three down.
    if (!addVm(QStringLiteral("web-01"), QStringLiteral("up"), QStringLiteral("host-a"), now - 40 * Day, 4, QStringLiteral("rhel_9x64"), templateId, QStringLiteral("Front-end web server"))
        || !addVm(QStringLiteral("web-02"), QStringLiteral("up"), QStringLiteral("host-b"), now - 39 * Day, 4, QStringLiteral("rhel_9x64"), templateId, QStringLiteral("Front-end web server"))
        || !addVm(QStringLiteral("db-01"), QStringLiteral("down"), QString(), now - 120 * Day, 8, QStringLiteral("rhel_8x64"), BlankTemplate, QStringLiteral("PostgreSQL primary"))
        || !addVm(QStringLiteral("build-01"), QStringLiteral("down"), QString(), now - 20 * Day, 8, QStringLiteral("rhel_9x64"), templateId, QStringLiteral("CI build runner"))
        || !addVm(QStringLiteral("legacy-app"), QStringLiteral("down"), QString(), now - 400 * Day, 2, QStringLiteral("rhel_7x64"), BlankTemplate, QString())
        || !addVm(QStringLiteral("mail-01"), QStringLiteral("up"), QStringLiteral("host-a"), now - 200 * Day, 2, QStringLiteral("rhel_8x64"), BlankTemplate, QStringLiteral("Postfix relay")))
        return false;

    // web-01: "before upgrade" covers both disks, "nightly" only the system disk, so Disk1 has a
    // three-volume chain and Disk2 a two-volume chain.
    const qint64 beforeUpgradeDate = now - 5 * Day;
    const qint64 nightlyDate = now - 2 * Day;
    const QString beforeUpgrade = addSnapshot(QStringLiteral("web-01"), QStringLiteral("before upgrade"), beforeUpgradeDate);
    const QString nightly = addSnapshot(QStringLiteral("web-01"), QStringLiteral("nightly"), nightlyDate);
    const QString web01Active = activeSnapshot(QStringLiteral("web-01"));
    const QString web01Disk1 = createDisk({QStringLiteral("web-01_Disk1"), QStringLiteral("system"), mainSd, QStringLiteral("qcow2"), 20, true, false, {},
                                           {{beforeUpgrade, now - 40 * Day, 8}, {nightly, beforeUpgradeDate, 3}, {web01Active, nightlyDate, 1}}});
    const QString web01Disk2 = createDisk({QStringLiteral("web-01_Disk2"), QStringLiteral("content"), mainSd, QStringLiteral("qcow2"), 50, true, false, {},
                                           {{beforeUpgrade, now - 40 * Day, 16}, {web01Active, beforeUpgradeDate, 2}}});

    // The shareable raw disk: read-write on web-01, read-only on web-02. Shareable disks are
    // never part of VM snapshots.
    const QString sharedData = createDisk({QStringLiteral("shared-data"), QStringLiteral("content shared by the web servers"), mainSd,
                                           QStringLiteral("raw"), 5, true, true, {}, {{QString(), now - 39 * Day, 2}}});

    const QString web02Disk1 = createDisk({QStringLiteral("web-02_Disk1"), QStringLiteral("system"), mainSd, QStringLiteral("qcow2"), 20, true, false, {},
                                           {{activeSnapshot(QStringLiteral("web-02")), now - 39 * Day, 6}}});

    // db-01 on the old v3 domain: qcow2 0.10 volumes; its raw data disk gained a qcow2 overlay
    // when the snapshot was taken (raw base, cow top).
    const qint64 schemaDate = now - 4 * Day;
    const QString beforeSchema = addSnapshot(QStringLiteral("db-01"), QStringLiteral("before schema change"), schemaDate);
    const QString db01Active = activeSnapshot(QStringLiteral("db-01"));
    const QString db01Disk1 = createDisk({QStringLiteral("db-01_Disk1"), QStringLiteral("system"), legacySd, QStringLiteral("qcow2"), 30, true, false, {},
                                          {{beforeSchema, now - 120 * Day, 5}, {db01Active, schemaDate, 1}}});
    const QString db01Data = createDisk({QStringLiteral("db-01_Data"), QStringLiteral("PostgreSQL data"), legacySd, QStringLiteral("raw"), 40, true, false, {},
                                         {{beforeSchema, now - 120 * Day, 12}, {db01Active, schemaDate, 2}}});

    const QString build01Disk1 = createDisk({QStringLiteral("build-01_Disk1"), QStringLiteral("system"), mainSd, QStringLiteral("qcow2"), 15, true, false, {},
                                             {{activeSnapshot(QStringLiteral("build-01")), now - 20 * Day, 3}}});
    const QString build01Scratch = createDisk({QStringLiteral("build-01_Scratch"), QStringLiteral("build scratch space"), mainSd, QStringLiteral("raw"), 10, true, false, {},
                                               {{activeSnapshot(QStringLiteral("build-01")), now - 20 * Day, 1}}});
    // A third image disk, on the old v3 domain (qcow2 0.10): build-01 is the down VM with three
    // snapshottable disks that the custom preview scenario (one disk from each source, one left
    // out) needs. Small and one layer, so the demo stays quick to make.
    const QString build01Cache = createDisk({QStringLiteral("build-01_Cache"), QStringLiteral("package cache"), legacySd, QStringLiteral("qcow2"), 4, true, false, {},
                                             {{activeSnapshot(QStringLiteral("build-01")), now - 20 * Day, 1}}});

    const QString legacyDisk1 = createDisk({QStringLiteral("legacy-app_Disk1"), QString(), legacySd, QStringLiteral("qcow2"), 12, true, false, {},
                                            {{activeSnapshot(QStringLiteral("legacy-app")), now - 400 * Day, 7}}});

    const qint64 mailNightlyDate = now - 3 * Day;
    const QString mailNightly = addSnapshot(QStringLiteral("mail-01"), QStringLiteral("nightly"), mailNightlyDate);
    const QString mail01Disk1 = createDisk({QStringLiteral("mail-01_Disk1"), QStringLiteral("system"), legacySd, QStringLiteral("qcow2"), 20, true, false, {},
                                            {{mailNightly, now - 200 * Day, 6}, {activeSnapshot(QStringLiteral("mail-01")), mailNightlyDate, 1}}});

    for (const QString &id : {web01Disk1, web01Disk2, sharedData, web02Disk1, db01Disk1, db01Data, build01Disk1, build01Scratch, build01Cache, legacyDisk1, mail01Disk1}) {
        if (id.isEmpty())
            return false;
    }

    auto vm = [](const QString &name) { return idFor(QStringLiteral("vm"), name); };
    const QList<Attachment> attachments{
        {vm(QStringLiteral("web-01")), web01Disk1, QStringLiteral("virtio_scsi"), true, false, QStringLiteral("/dev/sda")},
        {vm(QStringLiteral("web-01")), web01Disk2, QStringLiteral("virtio_scsi"), false, false, QStringLiteral("/dev/sdb")},
        {vm(QStringLiteral("web-01")), sharedData, QStringLiteral("virtio_scsi"), false, false, QStringLiteral("/dev/sdc")},
        {vm(QStringLiteral("web-02")), web02Disk1, QStringLiteral("virtio"), true, false, QStringLiteral("/dev/vda")},
        {vm(QStringLiteral("web-02")), sharedData, QStringLiteral("virtio_scsi"), false, true, QStringLiteral("/dev/sda")},
        {vm(QStringLiteral("db-01")), db01Disk1, QStringLiteral("virtio_scsi"), true, false, QString()},
        {vm(QStringLiteral("db-01")), db01Data, QStringLiteral("virtio"), false, false, QString()},
        {vm(QStringLiteral("build-01")), build01Disk1, QStringLiteral("virtio"), true, false, QString()},
        {vm(QStringLiteral("build-01")), build01Scratch, QStringLiteral("sata"), false, false, QString()},
        {vm(QStringLiteral("build-01")), build01Cache, QStringLiteral("virtio"), false, false, QString()},
        {vm(QStringLiteral("legacy-app")), legacyDisk1, QStringLiteral("virtio"), true, false, QString()},
        {vm(QStringLiteral("mail-01")), mail01Disk1, QStringLiteral("virtio_scsi"), true, false, QStringLiteral("/dev/sda")},
    };
    for (const Attachment &attachment : attachments) {
        if (!attach(attachment))
            return false;
    }
    return true;
}

bool DemoInventory::addVm(const QString &name, const QString &status, const QString &hostName, qint64 created, int memoryGiB,
                          const QString &osType, const QString &templateId, const QString &description)
{
    const QString id = idFor(QStringLiteral("vm"), name);
    const qint64 now = LabClock::nowMs();
    const bool up = status == QLatin1String("up");
    QVariantMap row{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("cluster_id"), idFor(QStringLiteral("cluster"), DefaultCluster)},
                    {QStringLiteral("template_id"), templateId},
                    {QStringLiteral("original_template_id"), templateId},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("memory"), memoryGiB * GiB},
                    {QStringLiteral("cpu_sockets"), memoryGiB >= 4 ? 2 : 1},
                    {QStringLiteral("os_type"), osType},
                    {QStringLiteral("creation_time"), created},
                    {QStringLiteral("stop_time"), up ? now - 7 * Day : now - 6 * Hour}};
    if (up) {
        row.insert(QStringLiteral("host_id"), idFor(QStringLiteral("host"), hostName));
        row.insert(QStringLiteral("start_time"), now - 7 * Day + 5 * 60 * 1000);
        row.insert(QStringLiteral("fqdn"), name + QStringLiteral(".lab.local"));
    }
    if (!m_db.insert(QStringLiteral("vms"), row))
        return fail(m_db.lastError());
    // Every VM has its "Active VM" snapshot; its date moves to the newest snapshot's (addSnapshot).
    if (!m_db.insert(QStringLiteral("snapshots"),
                     {{QStringLiteral("id"), activeSnapshot(name)}, {QStringLiteral("vm_id"), id},
                      {QStringLiteral("description"), QStringLiteral("Active VM")}, {QStringLiteral("date"), created},
                      {QStringLiteral("type"), QStringLiteral("active")}}))
        return fail(m_db.lastError());
    return true;
}

QString DemoInventory::activeSnapshot(const QString &vmName) const
{
    return idFor(QStringLiteral("snapshot"), vmName + QStringLiteral("/Active VM"));
}

QString DemoInventory::addSnapshot(const QString &vmName, const QString &description, qint64 date)
{
    const QString id = idFor(QStringLiteral("snapshot"), vmName + QLatin1Char('/') + description);
    const QString vmId = idFor(QStringLiteral("vm"), vmName);
    if (!m_db.insert(QStringLiteral("snapshots"),
                     {{QStringLiteral("id"), id}, {QStringLiteral("vm_id"), vmId}, {QStringLiteral("description"), description},
                      {QStringLiteral("date"), date}, {QStringLiteral("type"), QStringLiteral("regular")}})
        || !m_db.exec(QStringLiteral("UPDATE snapshots SET date = MAX(date, ?) WHERE vm_id = ? AND type = 'active'"), {date, vmId})) {
        fail(m_db.lastError());
        return {};
    }
    return id;
}

QString DemoInventory::createDisk(const DiskSpec &spec)
{
    const QString diskId = idFor(QStringLiteral("disk"), spec.alias);
    const QString storageFormat = m_db.scalar(QStringLiteral("SELECT storage_format FROM storage_domains WHERE id = ?"), {spec.domainId}).toString();
    // The domain's format decides the qcow2 compat level of every new volume (v3: 0.10, v4+: 1.1).
    const QString compat = storageFormat == QLatin1String("v3") ? QStringLiteral("0.10") : QStringLiteral("1.1");
    const QString relativeFolder = QStringLiteral("domains/%1/images/%2").arg(spec.domainId, diskId);
    if (!QDir(m_dataDir).mkpath(relativeFolder)) {
        fail(QStringLiteral("cannot create ") + relativeFolder);
        return {};
    }
    if (!m_db.insert(QStringLiteral("disks"),
                     {{QStringLiteral("id"), diskId}, {QStringLiteral("alias"), spec.alias}, {QStringLiteral("description"), spec.description},
                      {QStringLiteral("sparse"), spec.sparse ? 1 : 0}, {QStringLiteral("shareable"), spec.shareable ? 1 : 0},
                      {QStringLiteral("storage_domain_id"), spec.domainId},
                      {QStringLiteral("template_id"), spec.templateId.isEmpty() ? QVariant() : QVariant(spec.templateId)},
                      {QStringLiteral("creation_time"), spec.layers.first().date}})) {
        fail(m_db.lastError());
        return {};
    }

    QString parentId;
    QString parentFormat;
    for (qsizetype i = 0; i < spec.layers.size(); ++i) {
        const Layer &layer = spec.layers.at(i);
        const bool active = i == spec.layers.size() - 1;
        const QString volumeId = idFor(QStringLiteral("volume"), spec.alias + QLatin1Char('/') + QString::number(i));
        const QString relativePath = relativeFolder + QLatin1Char('/') + volumeId;
        const QString path = QDir(m_dataDir).filePath(relativePath);
        const QString format = i == 0 ? spec.format : QStringLiteral("qcow2");
        if (!m_qemu.create(path, format, spec.sizeGiB * GiB, compat, parentId, parentFormat)) {
            fail(m_qemu.lastError());
            return {};
        }
        // Each layer gets its own data at its own offset, as a guest writing over time would.
        if (layer.writeMiB > 0 && !m_qemu.writePattern(path, format, i * 256 * MiB, layer.writeMiB * MiB, 0x5a + int(i))) {
            fail(m_qemu.lastError());
            return {};
        }
        if (!m_db.insert(QStringLiteral("volumes"),
                         {{QStringLiteral("id"), volumeId}, {QStringLiteral("disk_id"), diskId},
                          {QStringLiteral("parent_volume_id"), parentId.isEmpty() ? QVariant() : QVariant(parentId)},
                          {QStringLiteral("snapshot_id"), layer.snapshotId.isEmpty() ? QVariant() : QVariant(layer.snapshotId)},
                          {QStringLiteral("path"), relativePath}, {QStringLiteral("format"), format == QLatin1String("qcow2") ? QStringLiteral("cow") : QStringLiteral("raw")},
                          {QStringLiteral("active"), active ? 1 : 0}, {QStringLiteral("creation_time"), layer.date}})) {
            fail(m_db.lastError());
            return {};
        }
        if (!active)
            m_readOnlyVolumes << path;
        parentId = volumeId;
        parentFormat = format;
    }
    return diskId;
}

bool DemoInventory::attach(const Attachment &attachment)
{
    if (!m_db.insert(QStringLiteral("disk_attachments"),
                     {{QStringLiteral("vm_id"), attachment.vmId}, {QStringLiteral("disk_id"), attachment.diskId},
                      {QStringLiteral("interface"), attachment.interface}, {QStringLiteral("bootable"), attachment.bootable ? 1 : 0},
                      {QStringLiteral("read_only"), attachment.readOnly ? 1 : 0},
                      {QStringLiteral("logical_name"), attachment.logicalName.isEmpty() ? QVariant() : QVariant(attachment.logicalName)}}))
        return fail(m_db.lastError());
    return true;
}
