#include "populator.h"

#include "labclock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 Hour = qint64(3600) * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 BlockSize = 4096;
constexpr int SnapshotsPerVm = 4; // plus "Active VM"
const QString BlankTemplate = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString DefaultMacPool = QStringLiteral("58ca604b-017d-0374-0220-00000000014e");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct DiskKind
{
    const char *suffix;
    const char *description;
    int sizeGiB;
    const char *interface;
};
const DiskKind DiskKinds[] = {
    {"Disk1", "system", 20, "virtio_scsi"},
    {"Data", "application data", 50, "virtio_scsi"},
    {"Log", "logs", 10, "virtio"},
};

const char *const Oses[] = {"rhel_9x64", "rhel_8x64", "debian_12", "windows_2019x64", "other_linux"};
const char *const Roles[] = {"web", "db", "app", "cache", "build", "mail", "proxy", "batch"};

QString sqlError(const QSqlQuery &query)
{
    return query.lastQuery() + QStringLiteral(": ") + query.lastError().text();
}

// Binds positionally and runs; the statement is prepared once by the caller.
bool execWith(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    return query.exec();
}

} // namespace

Populator::Populator(const QString &dataDir, int vmCount)
    : m_dataDir(dataDir)
    , m_templateDir(QDir(dataDir).filePath(QStringLiteral(".populate-templates")))
    , m_vmCount(vmCount)
{
}

bool Populator::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool Populator::run()
{
    if (!QDir().mkpath(m_templateDir))
        return fail(QStringLiteral("cannot create ") + m_templateDir);
    const QString connection = QStringLiteral("populator-") + newId();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(m_dataDir).filePath(QStringLiteral("lab.sqlite")));
        if (!db.open()) {
            fail(db.lastError().text());
        } else {
            QSqlQuery pragma(db);
            // One bulk transaction: durability of each row is not the point here, the commit is.
            pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            if (!db.transaction()) {
                fail(db.lastError().text());
            } else if (!populateRows(db)) {
                db.rollback();
            } else if (!db.commit()) {
                fail(db.lastError().text());
            } else {
                ok = true;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QDir(m_templateDir).removeRecursively();
    return ok;
}

const Populator::Template *Populator::qcow2Template(int sizeGiB, const QString &compat, const QString &backingFormat)
{
    const QString key = QStringLiteral("%1-%2-%3").arg(sizeGiB).arg(compat, backingFormat.isEmpty() ? QStringLiteral("base") : backingFormat);
    const auto found = m_templates.constFind(key);
    if (found != m_templates.constEnd())
        return &found.value();

    const QString path = QDir(m_templateDir).filePath(key + QStringLiteral(".qcow2"));
    QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                     QStringLiteral("-o"), QStringLiteral("compat=") + compat};
    // -u: the placeholder backing volume does not exist; it is the same length as a real volume id.
    if (!backingFormat.isEmpty())
        args << QStringLiteral("-u") << QStringLiteral("-F") << backingFormat << QStringLiteral("-b") << BlankTemplate;
    args << path << QString::number(qint64(sizeGiB) * GiB);
    QProcess process;
    process.start(QStringLiteral("qemu-img"), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        fail(QStringLiteral("qemu-img %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(path + QStringLiteral(": ") + file.errorString());
        return nullptr;
    }
    Template t;
    t.data = file.readAll();
    t.fileSize = t.data.size();
    if (!backingFormat.isEmpty()) {
        t.backingOffset = t.data.indexOf(BlankTemplate.toLatin1());
        if (t.backingOffset < 0) {
            fail(QStringLiteral("no backing file name in the qcow2 template ") + path);
            return nullptr;
        }
    }
    for (qint64 offset = 0; offset < t.fileSize; offset += BlockSize) {
        const qint64 length = qMin(BlockSize, t.fileSize - offset);
        const char *block = t.data.constData() + offset;
        if (std::any_of(block, block + length, [](char c) { return c != 0; }))
            t.blockOffsets.append(offset);
    }
    return &m_templates.insert(key, t).value();
}

bool Populator::writeQcow2(const QString &path, const Template &t, const QString &backingName, bool readOnly)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
    bool ok = ::ftruncate(fd, t.fileSize) == 0;
    const QByteArray name = backingName.toLatin1();
    char block[BlockSize];
    for (qint64 offset : t.blockOffsets) {
        const qint64 length = qMin(BlockSize, t.fileSize - offset);
        std::memcpy(block, t.data.constData() + offset, size_t(length));
        if (t.backingOffset >= offset && t.backingOffset < offset + length) {
            const qint64 at = t.backingOffset - offset;
            std::memcpy(block + at, name.constData(), size_t(qMin<qint64>(name.size(), length - at)));
        }
        ok = ok && ::pwrite(fd, block, size_t(length), offset) == length;
    }
    // Volumes that are no longer the active layer are read-only, as vdsm leaves them.
    if (readOnly)
        ok = ok && ::fchmod(fd, 0400) == 0; // readable only by the lab's user
    ok = ::close(fd) == 0 && ok;
    return ok ? true : fail(path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
}

bool Populator::writeRaw(const QString &path, qint64 size, bool readOnly)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, readOnly ? 0400 : 0600);
    if (fd < 0)
        return fail(path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
    const bool ok = ::ftruncate(fd, size) == 0;
    return ::close(fd) == 0 && ok ? true : fail(path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
}

bool Populator::populateRows(QSqlDatabase &db)
{
    const qint64 now = LabClock::nowMs();
    const QString dcId = newId();
    const QString clusterId = newId();
    QSqlQuery q(db);
    auto run = [&](const QString &sql, std::initializer_list<QVariant> values) {
        return (q.prepare(sql) && execWith(q, values)) || fail(sqlError(q));
    };
    if (!run(QStringLiteral("INSERT INTO data_centers (id, name, description, version_major, version_minor, storage_format, quota_id, mac_pool_id)"
                            " VALUES (?, ?, ?, 4, 7, 'v5', ?, ?)"),
             {dcId, QStringLiteral("Scale"), QStringLiteral("Data center of the scale inventory"), newId(), DefaultMacPool})
        || !run(QStringLiteral("INSERT INTO clusters (id, name, description, data_center_id, version_major, version_minor, cpu_type, cpu_profile_id,"
                               " scheduling_policy_id, mac_pool_id) VALUES (?, ?, ?, ?, 4, 7, 'Intel Nehalem Family', ?, ?, ?)"),
                {clusterId, QStringLiteral("Scale"), QStringLiteral("Cluster of the scale inventory"), dcId, newId(), newId(), DefaultMacPool}))
        return false;

    QStringList hostIds;
    for (int i = 1; i <= 4; ++i) {
        const QString name = QStringLiteral("scale-host-%1").arg(i);
        hostIds << newId();
        if (!run(QStringLiteral("INSERT INTO hosts (id, name, address, cluster_id, status, spm_status, memory, cpu_name, cpu_sockets,"
                                " cpu_cores, cpu_threads, cpu_speed) VALUES (?, ?, ?, ?, 'up', ?, ?, ?, 2, 16, 2, 2400)"),
                 {hostIds.last(), name, name + QStringLiteral(".lab.local"), clusterId,
                  i == 1 ? QStringLiteral("spm") : QStringLiteral("none"), 512 * GiB,
                  QStringLiteral("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz")}))
            return false;
    }

    // Most VMs live on a current v4 domain (qcow2 1.1); one in five on an old v3 one (0.10).
    struct Domain
    {
        QString id;
        QString compat;
    };
    QList<Domain> domains;
    for (const auto &[name, format] : {std::pair{"scale-v4", "v4"}, std::pair{"scale-v3", "v3"}}) {
        const Domain domain{newId(), QLatin1String(format) == QLatin1String("v3") ? QStringLiteral("0.10") : QStringLiteral("1.1")};
        const QString folder = QDir(m_dataDir).filePath(QStringLiteral("domains/") + domain.id);
        if (!QDir().mkpath(folder + QStringLiteral("/images")))
            return fail(QStringLiteral("cannot create ") + folder);
        if (!run(QStringLiteral("INSERT INTO storage_domains (id, name, data_center_id, storage_type, storage_address, storage_path,"
                                " storage_format, capacity, used_base, master, disk_profile_id) VALUES (?, ?, ?, 'nfs', 'localhost', ?, ?, ?, ?, ?, ?)"),
                 {domain.id, QLatin1String(name), dcId, folder, QLatin1String(format), 500 * 1024 * GiB, 100 * GiB,
                  domains.isEmpty() ? 1 : 0, newId()}))
            return false;
        domains.append(domain);
    }

    QSqlQuery insertVm(db), insertSnapshot(db), insertDisk(db), insertVolume(db), insertAttachment(db);
    if (!insertVm.prepare(QStringLiteral("INSERT INTO vms (id, name, description, comment, cluster_id, host_id, template_id, original_template_id,"
                                         " status, memory, cpu_sockets, cpu_cores, os_type, creation_time, start_time, stop_time, fqdn)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !insertSnapshot.prepare(QStringLiteral("INSERT INTO snapshots (id, vm_id, description, date, type) VALUES (?, ?, ?, ?, ?)"))
        || !insertDisk.prepare(QStringLiteral("INSERT INTO disks (id, alias, description, sparse, storage_domain_id, creation_time)"
                                              " VALUES (?, ?, ?, ?, ?, ?)"))
        || !insertVolume.prepare(QStringLiteral("INSERT INTO volumes (id, disk_id, parent_volume_id, snapshot_id, path, format, active, creation_time)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        || !insertAttachment.prepare(QStringLiteral("INSERT INTO disk_attachments (vm_id, disk_id, interface, bootable) VALUES (?, ?, ?, ?)")))
        return fail(db.lastError().text());

    const int width = QString::number(m_vmCount).size();
    for (int n = 1; n <= m_vmCount; ++n) {
        const QString vmId = newId();
        const char *role = Roles[n % std::size(Roles)];
        const QString name = QStringLiteral("%1-%2").arg(QLatin1String(role)).arg(n, width, 10, QLatin1Char('0'));
        const bool up = n % 3 != 0;
        const qint64 created = now - (400 - n % 365) * Day - n * 1000;
        const int memoryGiB = 1 << (n % 5);
        const QVariant hostId = up ? QVariant(hostIds.at(n % hostIds.size())) : QVariant(QMetaType::fromType<QString>());
        const QVariant nullTime(QMetaType::fromType<qint64>());
        if (!execWith(insertVm, {vmId, name, QStringLiteral("%1 server #%2").arg(QLatin1String(role)).arg(n),
                                 n % 7 == 0 ? QStringLiteral("owner: team %1").arg(n % 12) : QString(QLatin1String("")),
                                 clusterId, hostId, BlankTemplate, BlankTemplate,
                                 up ? QStringLiteral("up") : QStringLiteral("down"), memoryGiB * GiB, memoryGiB >= 4 ? 2 : 1,
                                 memoryGiB >= 8 ? 4 : 1, QLatin1String(Oses[n % std::size(Oses)]), created,
                                 up ? QVariant(now - 7 * Day) : nullTime, up ? nullTime : QVariant(now - 6 * Hour),
                                 up ? QVariant(name + QStringLiteral(".lab.local")) : QVariant(QMetaType::fromType<QString>())}))
            return fail(sqlError(insertVm));

        // Snapshots oldest first; each freezes the then-active volume of every disk.
        QStringList snapshotIds;
        QList<qint64> snapshotDates;
        for (int s = 0; s < SnapshotsPerVm; ++s) {
            snapshotIds << newId();
            snapshotDates << now - (SnapshotsPerVm - s) * 7 * Day - n * 1000;
            if (!execWith(insertSnapshot, {snapshotIds.last(), vmId, QStringLiteral("weekly %1").arg(s + 1), snapshotDates.last(), QStringLiteral("regular")}))
                return fail(sqlError(insertSnapshot));
        }
        snapshotIds << newId();
        snapshotDates << snapshotDates.last();
        if (!execWith(insertSnapshot, {snapshotIds.last(), vmId, QStringLiteral("Active VM"), snapshotDates.last(), QStringLiteral("active")}))
            return fail(sqlError(insertSnapshot));
        m_snapshots += SnapshotsPerVm + 1;

        const Domain &domain = domains.at(n % 5 == 0 ? 1 : 0);
        for (const DiskKind &kind : DiskKinds) {
            const QString diskId = newId();
            // Every third VM keeps its data disk preallocated-style raw at the base of the chain.
            const bool rawBase = n % 3 == 0 && std::strcmp(kind.suffix, "Data") == 0;
            const QString folder = QStringLiteral("domains/%1/images/%2").arg(domain.id, diskId);
            if (!QDir(m_dataDir).mkpath(folder))
                return fail(QStringLiteral("cannot create ") + folder);
            if (!execWith(insertDisk, {diskId, name + QLatin1Char('_') + QLatin1String(kind.suffix), QLatin1String(kind.description),
                                       rawBase ? 0 : 1, domain.id, created}))
                return fail(sqlError(insertDisk));
            if (!execWith(insertAttachment, {vmId, diskId, QLatin1String(kind.interface), &kind == &DiskKinds[0] ? 1 : 0}))
                return fail(sqlError(insertAttachment));
            ++m_disks;

            QString parentId;
            QString parentFormat;
            for (int layer = 0; layer < snapshotIds.size(); ++layer) {
                const bool active = layer == snapshotIds.size() - 1;
                const QString volumeId = newId();
                const QString relativePath = folder + QLatin1Char('/') + volumeId;
                const QString path = QDir(m_dataDir).filePath(relativePath);
                const bool raw = layer == 0 && rawBase;
                if (raw) {
                    if (!writeRaw(path, qint64(kind.sizeGiB) * GiB, !active))
                        return false;
                } else {
                    const Template *t = qcow2Template(kind.sizeGiB, domain.compat, parentFormat);
                    if (!t || !writeQcow2(path, *t, parentId, !active))
                        return false;
                }
                const qint64 date = layer == 0 ? created : snapshotDates.at(layer - 1);
                if (!execWith(insertVolume, {volumeId, diskId, parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(parentId),
                                             snapshotIds.at(layer), relativePath, raw ? QStringLiteral("raw") : QStringLiteral("cow"),
                                             active ? 1 : 0, date}))
                    return fail(sqlError(insertVolume));
                ++m_volumes;
                parentId = volumeId;
                parentFormat = raw ? QStringLiteral("raw") : QStringLiteral("qcow2");
            }
        }
    }
    return true;
}
