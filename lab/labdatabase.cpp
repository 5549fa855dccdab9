#include "labdatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QTimeZone>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

/// A null QString would bind as SQL NULL; only a typeless QVariant() is meant to.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

// Bump together with a migration step in createSchema().
// 3: direct LUNs and iSCSI sessions (issue 4, ensureSchemaV3()).
constexpr int SchemaVersion = 3;

// Booleans are INTEGER 0/1, times are INTEGER milliseconds since the epoch (UTC), sizes are bytes.
// Enum-valued columns hold the engine's wire names (e.g. 'virtio_scsi', 'v4', 'regular').
const char *const SchemaV1[] = {
    // Key/value facts about this installation: instance id, admin user id.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",

    "CREATE TABLE data_centers ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '', version_major INTEGER NOT NULL, version_minor INTEGER NOT NULL,"
    " storage_format TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'up', is_local INTEGER NOT NULL DEFAULT 0,"
    " quota_mode TEXT NOT NULL DEFAULT 'disabled', quota_id TEXT NOT NULL, mac_pool_id TEXT NOT NULL)",

    "CREATE TABLE clusters ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '', data_center_id TEXT NOT NULL REFERENCES data_centers(id),"
    " version_major INTEGER NOT NULL, version_minor INTEGER NOT NULL, cpu_type TEXT NOT NULL,"
    " cpu_architecture TEXT NOT NULL DEFAULT 'x86_64', cpu_profile_id TEXT NOT NULL,"
    " scheduling_policy_id TEXT NOT NULL, mac_pool_id TEXT NOT NULL)",

    "CREATE TABLE hosts ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '', address TEXT NOT NULL, cluster_id TEXT NOT NULL REFERENCES clusters(id),"
    " status TEXT NOT NULL DEFAULT 'up', spm_status TEXT NOT NULL DEFAULT 'none', memory INTEGER NOT NULL,"
    " cpu_name TEXT NOT NULL, cpu_sockets INTEGER NOT NULL, cpu_cores INTEGER NOT NULL,"
    " cpu_threads INTEGER NOT NULL, cpu_speed INTEGER NOT NULL, iscsi_initiator TEXT)",

    // capacity and used_base simulate the size of the export; 'used' adds the real allocation of
    // the volumes stored in the domain's folder.
    "CREATE TABLE storage_domains ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '', data_center_id TEXT REFERENCES data_centers(id),"
    " domain_type TEXT NOT NULL DEFAULT 'data', storage_type TEXT NOT NULL,"
    " storage_address TEXT, storage_path TEXT, storage_format TEXT NOT NULL,"
    " capacity INTEGER NOT NULL, used_base INTEGER NOT NULL DEFAULT 0, master INTEGER NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL DEFAULT 'active', block_size INTEGER NOT NULL DEFAULT 512,"
    " disk_profile_id TEXT NOT NULL, wipe_after_delete INTEGER NOT NULL DEFAULT 0,"
    " critical_space_action_blocker INTEGER NOT NULL DEFAULT 5,"
    " warning_low_space_indicator INTEGER NOT NULL DEFAULT 10)",

    "CREATE TABLE templates ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '', cluster_id TEXT REFERENCES clusters(id),"
    " creation_time INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'ok', memory INTEGER NOT NULL,"
    " cpu_sockets INTEGER NOT NULL DEFAULT 1, cpu_cores INTEGER NOT NULL DEFAULT 1,"
    " cpu_threads INTEGER NOT NULL DEFAULT 1, os_type TEXT NOT NULL DEFAULT 'other',"
    " vm_type TEXT NOT NULL DEFAULT 'server', version_number INTEGER NOT NULL DEFAULT 1,"
    " base_template_id TEXT)",

    "CREATE TABLE vms ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL DEFAULT '', cluster_id TEXT NOT NULL REFERENCES clusters(id),"
    " host_id TEXT REFERENCES hosts(id), template_id TEXT NOT NULL REFERENCES templates(id),"
    " original_template_id TEXT NOT NULL REFERENCES templates(id), status TEXT NOT NULL,"
    " memory INTEGER NOT NULL, cpu_sockets INTEGER NOT NULL DEFAULT 1, cpu_cores INTEGER NOT NULL DEFAULT 1,"
    " cpu_threads INTEGER NOT NULL DEFAULT 1, os_type TEXT NOT NULL DEFAULT 'other',"
    " vm_type TEXT NOT NULL DEFAULT 'server', bios_type TEXT NOT NULL DEFAULT 'q35_ovmf',"
    " creation_time INTEGER NOT NULL, start_time INTEGER, stop_time INTEGER, fqdn TEXT)",

    // One row per disk (oVirt's base_disks + its image-level attributes). format and sizes are not
    // stored: they are read from the active volume's file.
    "CREATE TABLE disks ("
    " id TEXT PRIMARY KEY, alias TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " storage_type TEXT NOT NULL DEFAULT 'image', content_type TEXT NOT NULL DEFAULT 'data',"
    " sparse INTEGER NOT NULL DEFAULT 1, shareable INTEGER NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL DEFAULT 'ok', storage_domain_id TEXT REFERENCES storage_domains(id),"
    " template_id TEXT REFERENCES templates(id), wipe_after_delete INTEGER NOT NULL DEFAULT 0,"
    " propagate_errors INTEGER NOT NULL DEFAULT 0, backup TEXT NOT NULL DEFAULT 'none',"
    " creation_time INTEGER NOT NULL)",

    // One row per volume file (oVirt's images table). snapshot_id is the VM snapshot the volume
    // belongs to: the active volume belongs to the VM's "Active VM" snapshot, each older volume to
    // the snapshot that froze it; NULL for shareable and template disks. path is relative to the
    // data folder: domains/<sd>/images/<disk>/<volume>.
    "CREATE TABLE volumes ("
    " id TEXT PRIMARY KEY, disk_id TEXT NOT NULL REFERENCES disks(id) ON DELETE CASCADE,"
    " parent_volume_id TEXT REFERENCES volumes(id), snapshot_id TEXT REFERENCES snapshots(id),"
    " path TEXT NOT NULL UNIQUE, format TEXT NOT NULL, active INTEGER NOT NULL,"
    " creation_time INTEGER NOT NULL)",

    "CREATE TABLE disk_attachments ("
    " vm_id TEXT NOT NULL REFERENCES vms(id) ON DELETE CASCADE,"
    " disk_id TEXT NOT NULL REFERENCES disks(id) ON DELETE CASCADE, interface TEXT NOT NULL,"
    " bootable INTEGER NOT NULL DEFAULT 0, read_only INTEGER NOT NULL DEFAULT 0,"
    " active INTEGER NOT NULL DEFAULT 1, pass_discard INTEGER NOT NULL DEFAULT 0,"
    " uses_scsi_reservation INTEGER NOT NULL DEFAULT 0, logical_name TEXT,"
    " PRIMARY KEY (vm_id, disk_id))",

    // vm_configuration will hold the VM definition frozen by the snapshot (OVF in the engine).
    "CREATE TABLE snapshots ("
    " id TEXT PRIMARY KEY, vm_id TEXT NOT NULL REFERENCES vms(id) ON DELETE CASCADE,"
    " description TEXT NOT NULL, date INTEGER NOT NULL, type TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'ok', persist_memorystate INTEGER NOT NULL DEFAULT 0,"
    " vm_configuration TEXT)",

    "CREATE INDEX volumes_disk ON volumes(disk_id)",
    "CREATE INDEX volumes_snapshot ON volumes(snapshot_id)",
    "CREATE INDEX attachments_disk ON disk_attachments(disk_id)",
    "CREATE INDEX snapshots_vm ON snapshots(vm_id)",
};

// Version 2: long operations (snapshot create/preview/commit/undo/remove and later ones).
const char *const SchemaV2[] = {
    // The engine's jobs (/jobs). correlation_id is not rendered (the job XML has none) but is
    // what search=correlation_id=X matches.
    "CREATE TABLE jobs ("
    " id TEXT PRIMARY KEY, description TEXT NOT NULL, status TEXT NOT NULL, correlation_id TEXT NOT NULL,"
    " start_time INTEGER NOT NULL, end_time INTEGER, last_updated INTEGER NOT NULL,"
    " auto_cleared INTEGER NOT NULL DEFAULT 1, external INTEGER NOT NULL DEFAULT 0, owner_id TEXT)",

    // The audit log (/events); ids grow, newest first in lists.
    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, code INTEGER NOT NULL, severity TEXT NOT NULL,"
    " description TEXT NOT NULL, time INTEGER NOT NULL, correlation_id TEXT NOT NULL DEFAULT '',"
    " vm_id TEXT, cluster_id TEXT, data_center_id TEXT, storage_domain_id TEXT, user_id TEXT)",

    // What an operation in flight is doing (OperationRunner): written in the same transaction
    // that locks its entities, so that a start after an unclean stop can undo or finish it.
    // phase 'running': storage steps may be half done (undo them); 'cleanup': the database is
    // committed, only obsolete files remain to be deleted (finish).
    "CREATE TABLE intents ("
    " id TEXT PRIMARY KEY, phase TEXT NOT NULL, operation TEXT NOT NULL, created INTEGER NOT NULL)",

    "CREATE INDEX jobs_correlation ON jobs(correlation_id)",
    "CREATE INDEX events_correlation ON events(correlation_id)",
};

// Version 3: direct LUN disks and the iSCSI sessions of the simulated hosts (issue 4). Written
// to be additive and idempotent (IF NOT EXISTS, columns added only when missing), so it can run
// whatever other migration shares its version number, and again on any later start.
bool ensureSchemaV3(LabDatabase &db)
{
    static const char *const statements[] = {
        // The LUNs the engine knows because a disk uses them (its luns + storage connection
        // tables in one). Size, identity and write protection are what the host read from the
        // LUN when the disk was created (SCSI INQUIRY, READ CAPACITY, MODE SENSE). The CHAP
        // password is kept to log in again; it is never rendered.
        "CREATE TABLE IF NOT EXISTS luns ("
        " id TEXT PRIMARY KEY, disk_id TEXT NOT NULL UNIQUE REFERENCES disks(id) ON DELETE CASCADE,"
        " storage_type TEXT NOT NULL DEFAULT 'iscsi', address TEXT NOT NULL DEFAULT '', port INTEGER NOT NULL DEFAULT 3260,"
        " target TEXT NOT NULL DEFAULT '', portal TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '',"
        " password TEXT NOT NULL DEFAULT '', lun_mapping INTEGER NOT NULL DEFAULT 0, vendor_id TEXT NOT NULL DEFAULT '',"
        " product_id TEXT NOT NULL DEFAULT '', serial TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0,"
        " write_protected INTEGER NOT NULL DEFAULT 0)",
        // One row per target a host logged in to (iscsilogin); GET /hosts/{id}/storage lists the
        // LUNs of these targets, logging in again when the lab restarted.
        "CREATE TABLE IF NOT EXISTS iscsi_sessions ("
        " host_id TEXT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE, address TEXT NOT NULL, port INTEGER NOT NULL,"
        " target TEXT NOT NULL, portal TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '',"
        " password TEXT NOT NULL DEFAULT '', login_time INTEGER NOT NULL, PRIMARY KEY (host_id, address, port, target))",
    };
    for (const char *statement : statements) {
        if (!db.exec(QString::fromLatin1(statement)))
            return false;
    }
    // SCSI pass-through of a LUN disk (filtered|unfiltered; NULL = disabled).
    bool hasSgio = false;
    for (const LabRow &column : db.select(QStringLiteral("PRAGMA table_info(disks)")))
        hasSgio = hasSgio || column.value(QStringLiteral("name")).toString() == QLatin1String("sgio");
    return hasSgio || db.exec(QStringLiteral("ALTER TABLE disks ADD COLUMN sgio TEXT"));
}

} // namespace

LabDatabase::~LabDatabase()
{
    close();
}

bool LabDatabase::open(const QString &path)
{
    m_connectionName = QStringLiteral("lab-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    // /vms and /disks are streamed a batch at a time in case-insensitive name (alias) order
    // (ApiService::nextListPiece, issue 10): without these indexes every batch of 500 rows sorted
    // the whole table again. Idempotent, so a database of any schema version gets them at its
    // next start without a migration.
    return createSchema() && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS vms_name_nocase ON vms(name COLLATE NOCASE)"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS disks_alias_nocase ON disks(alias COLLATE NOCASE)"));
}

void LabDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool LabDatabase::createSchema()
{
    const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    m_isNew = version == 0;
    if (version == SchemaVersion)
        return true;
    if (version > SchemaVersion) {
        m_lastError = QStringLiteral("database schema %1 is newer than this diskdesk-lab (%2)").arg(version).arg(SchemaVersion);
        return false;
    }
    if (!transaction())
        return false;
    if (version >= 1) {
        // An existing installation: only the steps after its version.
        for (const char *statement : SchemaV2) {
            if (version >= 2)
                break;
            if (!exec(QString::fromLatin1(statement))) {
                rollback();
                return false;
            }
        }
        if (!ensureSchemaV3(*this) || !exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))) {
            rollback();
            return false;
        }
        return commit();
    }
    for (const char *statement : SchemaV1) {
        if (!exec(QString::fromLatin1(statement))) {
            rollback();
            return false;
        }
    }
    for (const char *statement : SchemaV2) {
        if (!exec(QString::fromLatin1(statement))) {
            rollback();
            return false;
        }
    }
    if (!ensureSchemaV3(*this)) {
        rollback();
        return false;
    }
    // Facts every engine has from its first start, demo or not: the ids shown in the API root and
    // the Blank template every VM derives from (fixed id and date, as in the engine's install).
    const QVariantMap blank{
        {QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000000")},
        {QStringLiteral("name"), QStringLiteral("Blank")},
        {QStringLiteral("description"), QStringLiteral("Blank template")},
        {QStringLiteral("creation_time"), QDateTime(QDate(2008, 4, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()},
        {QStringLiteral("memory"), qint64(1) << 30},
        {QStringLiteral("vm_type"), QStringLiteral("desktop")},
    };
    if (!setMeta(QStringLiteral("instance_id"), QUuid::createUuid().toString(QUuid::WithoutBraces))
        || !setMeta(QStringLiteral("admin_user_id"), QUuid::createUuid().toString(QUuid::WithoutBraces))
        || !insert(QStringLiteral("templates"), blank)
        || !exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))) {
        rollback();
        return false;
    }
    return commit();
}

bool LabDatabase::transaction()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

bool LabDatabase::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

void LabDatabase::rollback()
{
    QSqlDatabase::database(m_connectionName, false).rollback();
}

bool LabDatabase::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql)) {
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    return true;
}

bool LabDatabase::insert(const QString &table, const QVariantMap &values)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders << QStringLiteral("?");
    return exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, values.keys().join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))),
                values.values());
}

QList<LabRow> LabDatabase::select(const QString &sql, const QVariantList &bindings)
{
    QList<LabRow> rows;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        qWarning("diskdesk-lab: %s", qPrintable(m_lastError));
        return rows;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        qWarning("diskdesk-lab: %s", qPrintable(m_lastError));
        return rows;
    }
    while (query.next()) {
        const QSqlRecord record = query.record();
        LabRow row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.append(row);
    }
    return rows;
}

bool LabDatabase::forEach(const QString &sql, const QVariantList &bindings, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        qWarning("diskdesk-lab: %s", qPrintable(m_lastError));
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        qWarning("diskdesk-lab: %s", qPrintable(m_lastError));
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

std::optional<LabRow> LabDatabase::selectOne(const QString &sql, const QVariantList &bindings)
{
    const QList<LabRow> rows = select(sql, bindings);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QVariant LabDatabase::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        return {};
    for (const QVariant &value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString LabDatabase::meta(const QString &key)
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

bool LabDatabase::setMeta(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
}
