#include "consistencycheck.h"

#include "labdatabase.h"
#include "operationplan.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <sys/stat.h>

namespace {

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

/// Runs qemu-img with -U (share the image: this is a read-only look, and qemu's own locks must
/// not make the check fail or wait); the JSON it prints, or an error text.
QJsonDocument qemuJson(const QStringList &arguments, QString *error, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("qemu-img"), arguments);
    if (!process.waitForStarted(60000) || !process.waitForFinished(10 * 60 * 1000)) {
        *error = QStringLiteral("qemu-img did not run: ") + process.errorString();
        return {};
    }
    if (exitCode)
        *exitCode = process.exitCode();
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput());
    if (json.isNull())
        *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return json;
}

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString qemuFormatOf(const LabRow &volume)
{
    return str(volume, "format") == QLatin1String("raw") ? QStringLiteral("raw") : QStringLiteral("qcow2");
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

} // namespace

ConsistencyCheck::ConsistencyCheck(LabDatabase &db, const QString &dataDir)
    : m_db(db)
    , m_dataDir(dataDir)
{
}

bool ConsistencyCheck::run()
{
    m_disagreements.clear();
    m_notes.clear();
    m_knownPaths.clear();
    checkLeftovers();
    checkSnapshots();
    checkDisks();
    checkFiles();
    return m_disagreements.isEmpty();
}

void ConsistencyCheck::checkLeftovers()
{
    for (const LabRow &intent : m_db.select(QStringLiteral("SELECT id, phase FROM intents ORDER BY created"))) {
        const QJsonObject operation =
            QJsonDocument::fromJson(m_db.scalar(QStringLiteral("SELECT operation FROM intents WHERE id = ?"), {intent.value(QStringLiteral("id"))})
                                        .toString()
                                        .toUtf8())
                .object();
        disagree(QStringLiteral("operation not finished: %1 (job %2) is still in phase '%3'")
                     .arg(operation.value(QLatin1String("name")).toString(), str(intent, "id"), str(intent, "phase")));
    }
    for (const LabRow &job : m_db.select(QStringLiteral("SELECT id, description FROM jobs WHERE status = 'started' "
                                                        "AND id NOT IN (SELECT id FROM intents)")))
        disagree(QStringLiteral("job %1 \"%2\" is still started, but no operation is in flight").arg(str(job, "id"), str(job, "description")));
    for (const LabRow &disk : m_db.select(QStringLiteral("SELECT id, alias FROM disks WHERE status = 'locked'")))
        disagree(QStringLiteral("disk %1 (%2) is left locked").arg(str(disk, "alias"), str(disk, "id")));
    for (const LabRow &vm : m_db.select(QStringLiteral("SELECT id, name FROM vms WHERE status = 'image_locked'")))
        disagree(QStringLiteral("VM %1 (%2) is left image-locked").arg(str(vm, "name"), str(vm, "id")));
    for (const LabRow &snapshot : m_db.select(QStringLiteral("SELECT s.id, s.description, v.name FROM snapshots s JOIN vms v ON v.id = s.vm_id "
                                                             "WHERE s.status = 'locked'")))
        disagree(QStringLiteral("snapshot '%1' of VM %2 (%3) is left locked").arg(str(snapshot, "description"), str(snapshot, "name"), str(snapshot, "id")));
}

void ConsistencyCheck::checkSnapshots()
{
    for (const LabRow &vm : m_db.select(QStringLiteral("SELECT v.id, v.name, "
                                                       "(SELECT COUNT(*) FROM snapshots s WHERE s.vm_id = v.id AND s.type = 'active') AS actives, "
                                                       "(SELECT COUNT(*) FROM snapshots s WHERE s.vm_id = v.id AND s.type = 'preview') AS previews, "
                                                       "(SELECT COUNT(*) FROM snapshots s WHERE s.vm_id = v.id AND s.status = 'in_preview') AS previewed "
                                                       "FROM vms v"))) {
        const QString name = str(vm, "name");
        if (vm.value(QStringLiteral("actives")).toInt() != 1)
            disagree(QStringLiteral("VM %1 has %2 \"Active VM\" snapshots (one expected)").arg(name).arg(vm.value(QStringLiteral("actives")).toInt()));
        const int previews = vm.value(QStringLiteral("previews")).toInt();
        const int previewed = vm.value(QStringLiteral("previewed")).toInt();
        if (previews > 1 || previewed > 1 || (previewed == 1 && previews == 0))
            disagree(QStringLiteral("VM %1 has %2 \"Active VM before the preview\" snapshots and %3 snapshots in preview").arg(name).arg(previews).arg(previewed));
    }
}

void ConsistencyCheck::checkDisks()
{
    const QDir data(m_dataDir);
    QHash<QString, QString> domainFormats;
    for (const LabRow &domain : m_db.select(QStringLiteral("SELECT id, storage_format FROM storage_domains")))
        domainFormats.insert(str(domain, "id"), str(domain, "storage_format"));

    const QList<LabRow> disks = m_db.select(QStringLiteral("SELECT * FROM disks WHERE storage_type = 'image' ORDER BY alias, id"));
    m_diskCount = int(disks.size());
    for (const LabRow &disk : disks) {
        const QString diskId = str(disk, "id");
        const QString label = QStringLiteral("disk %1 (%2)").arg(str(disk, "alias"), diskId);
        const bool templateDisk = !str(disk, "template_id").isEmpty();
        const QString domainFormat = domainFormats.value(str(disk, "storage_domain_id"));
        const QList<LabRow> volumes = m_db.select(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ? ORDER BY creation_time, id"), {diskId});
        m_volumeCount += int(volumes.size());
        if (volumes.isEmpty()) {
            disagree(label + QStringLiteral(": has no volume"));
            continue;
        }
        QHash<QString, LabRow> byId;
        QSet<QString> parents;
        int actives = 0;
        int bases = 0;
        for (const LabRow &volume : volumes) {
            byId.insert(str(volume, "id"), volume);
            m_knownPaths << str(volume, "path");
            if (volume.value(QStringLiteral("active")).toInt() != 0)
                ++actives;
            if (str(volume, "parent_volume_id").isEmpty())
                ++bases;
            else
                parents.insert(str(volume, "parent_volume_id"));
        }
        if (actives != 1)
            disagree(label + QStringLiteral(": %1 active volumes in the database (one expected)").arg(actives));
        if (bases != 1)
            disagree(label + QStringLiteral(": %1 base volumes in the database (one expected)").arg(bases));

        // Per volume: the file, its mode.
        QSet<QString> present;
        for (const LabRow &volume : volumes) {
            const QString path = data.filePath(str(volume, "path"));
            const QString volumeId = str(volume, "id");
            if (!QFileInfo::exists(path)) {
                disagree(label + QStringLiteral(": volume %1 is missing: no file %2").arg(volumeId, str(volume, "path")));
                continue;
            }
            present.insert(volumeId);
            const QString parentId = str(volume, "parent_volume_id");
            if (!parentId.isEmpty() && !byId.contains(parentId))
                disagree(label + QStringLiteral(": volume %1 has parent %2, which is not a volume of this disk").arg(volumeId, parentId));
            if (templateDisk)
                continue;
            const bool active = volume.value(QStringLiteral("active")).toInt() != 0;
            const int mode = modeOf(path);
            const int expected = active ? OperationPlan::WritableMode : OperationPlan::ReadOnlyMode;
            if (mode != expected)
                disagree(label + QStringLiteral(": volume %1 is %2 on disk, %3 expected for %4 layer")
                                     .arg(volumeId, octal(mode), octal(expected), active ? QStringLiteral("the active") : QStringLiteral("an older")));
        }

        // Per leaf (a volume nothing builds on: the active one, and in a preview the volumes
        // of "Active VM before the preview"): its real chain against the database's.
        for (const LabRow &leaf : volumes) {
            const QString leafId = str(leaf, "id");
            if (parents.contains(leafId) || !present.contains(leafId))
                continue;
            QList<LabRow> expected;
            QSet<QString> seen;
            for (QString id = leafId; !id.isEmpty() && byId.contains(id) && !seen.contains(id); id = str(byId.value(id), "parent_volume_id")) {
                seen.insert(id);
                expected << byId.value(id);
            }
            QString error;
            const QJsonDocument json = qemuJson({QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--backing-chain"),
                                                 QStringLiteral("--output=json"), data.filePath(str(leaf, "path"))},
                                                &error);
            if (!json.isArray()) {
                disagree(label + QStringLiteral(": qemu-img cannot read the chain of volume %1: %2").arg(leafId, error));
                continue;
            }
            const QJsonArray chain = json.array();
            for (qsizetype i = 0; i < chain.size() && i < expected.size(); ++i) {
                const QJsonObject real = chain.at(i).toObject();
                const LabRow &volume = expected.at(i);
                const QString volumeId = str(volume, "id");
                const QString realFormat = real.value(QLatin1String("format")).toString();
                if (realFormat != qemuFormatOf(volume))
                    disagree(label + QStringLiteral(": volume %1 is %2 on disk, the database says %3").arg(volumeId, realFormat, str(volume, "format")));
                const QString parentId = str(volume, "parent_volume_id");
                const QString backing = real.value(QLatin1String("backing-filename")).toString();
                if (backing != parentId)
                    disagree(label + QStringLiteral(": volume %1 has backing file \"%2\" on disk, the database says \"%3\"").arg(volumeId, backing, parentId));
                const QString backingFormat = real.value(QLatin1String("backing-filename-format")).toString();
                if (!parentId.isEmpty() && byId.contains(parentId) && !backingFormat.isEmpty() && backingFormat != qemuFormatOf(byId.value(parentId)))
                    disagree(label + QStringLiteral(": volume %1 names its backing file's format %2, but %3 is %4")
                                         .arg(volumeId, backingFormat, parentId, qemuFormatOf(byId.value(parentId))));
                const QString compat = real.value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("compat")).toString();
                if (realFormat == QLatin1String("qcow2") && compat == QLatin1String("1.1") && !domainFormat.isEmpty()
                    && domainFormat.mid(1).toInt() < 4)
                    disagree(label + QStringLiteral(": volume %1 has qcow2 compat 1.1 on a %2 storage domain, which can only hold 0.10").arg(volumeId, domainFormat));
            }
            if (chain.size() != expected.size())
                disagree(label + QStringLiteral(": the chain of volume %1 has %2 volumes on disk, %3 in the database").arg(leafId).arg(chain.size()).arg(expected.size()));
        }

        // qcow2 structure: corruption is a disagreement (data may be lost), leaked clusters a note.
        for (const LabRow &volume : volumes) {
            if (!present.contains(str(volume, "id")) || qemuFormatOf(volume) != QLatin1String("qcow2"))
                continue;
            QString error;
            int exitCode = 0;
            const QJsonDocument json = qemuJson({QStringLiteral("check"), QStringLiteral("-U"), QStringLiteral("--output=json"), QStringLiteral("-f"),
                                                 QStringLiteral("qcow2"), data.filePath(str(volume, "path"))},
                                                &error, &exitCode);
            const QJsonObject result = json.object();
            const int corruptions = result.value(QLatin1String("corruptions")).toInt() + result.value(QLatin1String("check-errors")).toInt();
            if (json.isNull() || corruptions > 0)
                disagree(label + QStringLiteral(": qemu-img check finds volume %1 damaged (%2)")
                                     .arg(str(volume, "id"), json.isNull() ? error : QStringLiteral("%1 corruptions").arg(corruptions)));
            else if (result.value(QLatin1String("leaks")).toInt() > 0)
                m_notes << label + QStringLiteral(": volume %1 has %2 leaked clusters (harmless; qemu-img check -r leaks frees them)")
                                       .arg(str(volume, "id"))
                                       .arg(result.value(QLatin1String("leaks")).toInt());
        }
    }
}

void ConsistencyCheck::checkFiles()
{
    // Every file and folder under domains/<sd>/images/ must belong to a volume row or a disk.
    const QSet<QString> known(m_knownPaths.cbegin(), m_knownPaths.cend());
    QSet<QString> diskFolders;
    for (const QString &path : m_knownPaths)
        diskFolders.insert(path.section(QLatin1Char('/'), 0, -2));
    const QDir data(m_dataDir);
    const QDir domains(data.filePath(QStringLiteral("domains")));
    for (const QString &domain : domains.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir images(domains.filePath(domain + QStringLiteral("/images")));
        for (const QString &folder : images.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
            const QString relativeFolder = QStringLiteral("domains/%1/images/%2").arg(domain, folder);
            const QDir disk(images.filePath(folder));
            const QStringList files = disk.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
            if (files.isEmpty() && !diskFolders.contains(relativeFolder))
                disagree(QStringLiteral("orphan folder %1: empty, and no disk's volume is in it").arg(relativeFolder));
            for (const QString &file : files) {
                const QString relative = relativeFolder + QLatin1Char('/') + file;
                ++m_fileCount;
                if (!known.contains(relative))
                    disagree(QStringLiteral("orphan file %1: no volume of the database is this file").arg(relative));
            }
        }
    }
}
