#include "versionservice.h"

#include "auditlog.h"
#include "vmrules.h"
#include "xmlelement.h"
#include "xmlrenderer.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <optional>

namespace {

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

VersionService::Level levelOf(const LabRow &row)
{
    return {row.value(QStringLiteral("version_major")).toInt(), row.value(QStringLiteral("version_minor")).toInt()};
}

/// The requested <version> of a cluster or data center body: nullopt when absent, an invalid
/// level (-1) when it lacks major or minor.
std::optional<VersionService::Level> requestedLevel(const XmlElement &body)
{
    const XmlElement *version = body.child(QStringLiteral("version"));
    if (!version)
        return std::nullopt;
    bool majorOk = false;
    bool minorOk = false;
    const int major = version->childText(QStringLiteral("major")).trimmed().toInt(&majorOk);
    const int minor = version->childText(QStringLiteral("minor")).trimmed().toInt(&minorOk);
    if (!majorOk || !minorOk)
        return VersionService::Level{-1, -1};
    return VersionService::Level{major, minor};
}

// Texts of AppErrors.properties; statuses from the messages' error types (NOTES §12.2).
const EngineMessage VersionNotSupported{QStringLiteral("ACTION_TYPE_FAILED_GIVEN_VERSION_NOT_SUPPORTED"),
                                        QStringLiteral("Cannot ${action} ${type}. Selected Compatibility Version is not supported."), 400};
const EngineMessage DecreaseWithHosts{QStringLiteral("ACTION_TYPE_FAILED_CANNOT_DECREASE_CLUSTER_WITH_HOSTS_COMPATIBILITY_VERSION"),
                                      QStringLiteral("Cluster compatibility version can't be decreased if there are hosts in the Cluster."), 400};
const EngineMessage DecreaseUnderDc{QStringLiteral("ACTION_TYPE_FAILED_CANNOT_DECREASE_COMPATIBILITY_VERSION_UNDER_DC"),
                                    QStringLiteral("Cannot decrease cluster compatibility version beneath data center compatibility version."), 400};

} // namespace

VersionService::VersionService(LabDatabase &db, XmlRenderer &renderer)
    : m_db(db)
    , m_renderer(renderer)
{
}

QList<VersionService::Level> VersionService::supportedLevels()
{
    return {{4, 2}, {4, 3}, {4, 4}, {4, 5}, {4, 6}, {4, 7}, {4, 8}};
}

QString VersionService::storageFormatFor(const Level &level)
{
    if (level < Level{4, 2})
        return QStringLiteral("v3");
    return level == Level{4, 2} ? QStringLiteral("v4") : QStringLiteral("v5");
}

int VersionService::formatRank(const QString &storageFormat)
{
    if (storageFormat.size() < 2 || storageFormat.at(0) != QLatin1Char('v'))
        return 0;
    return storageFormat.mid(1).toInt();
}

QList<VersionService::Level> VersionService::availableDataCenterLevels(LabDatabase &db, const QString &dataCenterId)
{
    QList<Level> levels;
    const auto dataCenter = db.selectOne(QStringLiteral("SELECT * FROM data_centers WHERE id = ?"), {dataCenterId});
    if (!dataCenter)
        return levels;
    const QList<LabRow> clusters = db.select(QStringLiteral("SELECT version_major, version_minor FROM clusters WHERE data_center_id = ?"), {dataCenterId});
    for (const Level &level : supportedLevels()) {
        if (level < levelOf(*dataCenter))
            continue;
        const bool aboveACluster = std::any_of(clusters.cbegin(), clusters.cend(), [&](const LabRow &cluster) { return level > levelOf(cluster); });
        if (!aboveACluster)
            levels << level;
    }
    return levels;
}

LabResponse VersionService::refuse(const EngineMessage &message, const QString &type)
{
    return refuseList(message.status, {message.detail(QStringLiteral("edit"), type).mid(1).chopped(1)});
}

LabResponse VersionService::refuseList(int status, const QStringList &messages)
{
    // The REST layer prints the command's messages as a Java list: "[a, b]".
    const QString detail = QLatin1Char('[') + messages.join(QStringLiteral(", ")) + QLatin1Char(']');
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.fault(w, QStringLiteral("Operation Failed"), detail); }),
                            status);
}

LabResponse VersionService::badRequest(const QString &usage)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                m_renderer.fault(w, QStringLiteral("Request syntactically incorrect."),
                                                 QStringLiteral("For correct usage, see: /ovirt-engine/apidoc#%1").arg(usage));
                            }),
                            400);
}

LabResponse VersionService::updateCluster(const QString &clusterId, const QByteArray &body, const QString &correlationId)
{
    const auto cluster = m_db.selectOne(QStringLiteral("SELECT * FROM clusters WHERE id = ?"), {clusterId});
    if (!cluster)
        return LabResponse::empty(404);
    const auto element = XmlElement::parse(body);
    if (!element || element->name() != QLatin1String("cluster"))
        return badRequest(QStringLiteral("services/cluster/methods/update"));
    const QString type = QStringLiteral("Cluster");
    const Level current = levelOf(*cluster);
    const Level requested = requestedLevel(*element).value_or(current);
    if (requested.first < 0)
        return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                    m_renderer.fault(w, QStringLiteral("Incomplete parameters"), QStringLiteral("Version [major, minor] required for update"));
                                }),
                                400);

    // UpdateClusterCommand.validate, in its order (the checks the lab's model can fail).
    if (!supportedLevels().contains(requested))
        return refuse(VersionNotSupported, type);
    const bool decrease = requested < current;
    if (decrease && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM hosts WHERE cluster_id = ?"), {clusterId}).toInt() > 0)
        return refuse(DecreaseWithHosts, type);
    const auto dataCenter = m_db.selectOne(QStringLiteral("SELECT * FROM data_centers WHERE id = ?"), {str(*cluster, "data_center_id")});
    if (decrease && dataCenter && requested < levelOf(*dataCenter))
        return refuse(DecreaseUnderDc, type);
    if (requested != current) {
        QStringList previewing;
        for (const LabRow &vm : m_db.select(QStringLiteral("SELECT id, name FROM vms WHERE cluster_id = ? ORDER BY name"), {clusterId})) {
            if (VmRules::vmNotInPreview(m_db, str(vm, "id")))
                previewing << str(vm, "name");
        }
        if (!previewing.isEmpty())
            return refuseList(400, QStringList{QStringLiteral("Cannot change cluster version since following VMs are previewing snapshots:")} + previewing);
    }

    if (!m_db.transaction())
        return LabResponse::empty(500);
    const bool ok = m_db.exec(QStringLiteral("UPDATE clusters SET version_major = ?, version_minor = ? WHERE id = ?"),
                              {requested.first, requested.second, clusterId})
        // 811 USER_UPDATE_CLUSTER
        && AuditLog::add(m_db, 811, QStringLiteral("normal"),
                         QStringLiteral("Host cluster %1 was updated by %2").arg(str(*cluster, "name"), AuditLog::userName()), correlationId)
        && m_db.exec(QStringLiteral("UPDATE events SET cluster_id = ?, data_center_id = ? WHERE id = last_insert_rowid()"),
                     {clusterId, str(*cluster, "data_center_id")});
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return LabResponse::empty(500);
    }
    const auto updated = m_db.selectOne(QStringLiteral("SELECT * FROM clusters WHERE id = ?"), {clusterId});
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.cluster(w, *updated); }));
}

LabResponse VersionService::updateDataCenter(const QString &dataCenterId, const QByteArray &body, const QString &correlationId)
{
    const auto dataCenter = m_db.selectOne(QStringLiteral("SELECT * FROM data_centers WHERE id = ?"), {dataCenterId});
    if (!dataCenter)
        return LabResponse::empty(404);
    const auto element = XmlElement::parse(body);
    if (!element || element->name() != QLatin1String("data_center"))
        return badRequest(QStringLiteral("services/data_center/methods/update"));
    const QString type = QStringLiteral("Data Center");
    const Level current = levelOf(*dataCenter);
    const Level requested = requestedLevel(*element).value_or(current);
    if (requested.first < 0)
        return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                                    m_renderer.fault(w, QStringLiteral("Incomplete parameters"), QStringLiteral("Version [major, minor] required for update"));
                                }),
                                400);

    // UpdateStoragePoolCommand.validate: only a changed version is checked.
    if (requested != current) {
        if (!supportedLevels().contains(requested))
            return refuse(VersionNotSupported, type);
        if (requested < current) {
            // Allowed unless a domain would have to go down to an older storage format.
            QStringList downgraded;
            const int allowed = formatRank(storageFormatFor(requested));
            for (const LabRow &domain : m_db.select(QStringLiteral("SELECT name, storage_format FROM storage_domains WHERE data_center_id = ? ORDER BY name"),
                                                    {dataCenterId})) {
                if (formatRank(str(domain, "storage_format")) > allowed)
                    downgraded << str(domain, "name");
            }
            if (!downgraded.isEmpty())
                return refuse({QStringLiteral("ACTION_TYPE_FAILED_DECREASING_COMPATIBILITY_VERSION_CAUSES_STORAGE_FORMAT_DOWNGRADING"),
                               QStringLiteral("Cannot ${action} ${type}. This action will cause storage format downgrading which is not "
                                              "supported. The following storage domains cannot be downgraded: %1.")
                                   .arg(downgraded.join(QLatin1Char(','))),
                               400},
                              type);
        } else {
            // Every cluster first (the seed's order): the data center never outgrows one.
            QStringList lower;
            for (const LabRow &cluster : m_db.select(QStringLiteral("SELECT * FROM clusters WHERE data_center_id = ? ORDER BY name"), {dataCenterId})) {
                if (requested > levelOf(cluster))
                    lower << str(cluster, "name");
            }
            if (!lower.isEmpty())
                return refuse({QStringLiteral("ERROR_CANNOT_UPDATE_STORAGE_POOL_COMPATIBILITY_VERSION_BIGGER_THAN_CLUSTERS"),
                               QStringLiteral("Cannot update Data Center compatibility version to a value that is greater than its "
                                              "cluster's version. The following clusters should be upgraded: %1.")
                                   .arg(lower.join(QLatin1Char(','))),
                               400},
                              type);
        }
    }

    if (!m_db.transaction())
        return LabResponse::empty(500);
    bool ok = true;
    if (requested != current) {
        // updatePoolAndDomainsFormat: the pool and each of its data domains take the new
        // version's format (vdsm upgrades the domains' metadata; new volumes follow it).
        const QString format = storageFormatFor(requested);
        ok = m_db.exec(QStringLiteral("UPDATE data_centers SET version_major = ?, version_minor = ?, storage_format = ? WHERE id = ?"),
                       {requested.first, requested.second, format, dataCenterId})
            && m_db.exec(QStringLiteral("UPDATE storage_domains SET storage_format = ? WHERE data_center_id = ? AND domain_type = 'data'"),
                         {format, dataCenterId});
    }
    // 952 USER_UPDATE_STORAGE_POOL
    ok = ok
        && AuditLog::add(m_db, 952, QStringLiteral("normal"),
                         QStringLiteral("Data Center %1 was updated by %2").arg(str(*dataCenter, "name"), AuditLog::userName()), correlationId)
        && m_db.exec(QStringLiteral("UPDATE events SET data_center_id = ? WHERE id = last_insert_rowid()"), {dataCenterId});
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return LabResponse::empty(500);
    }
    const auto updated = m_db.selectOne(QStringLiteral("SELECT * FROM data_centers WHERE id = ?"), {dataCenterId});
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { m_renderer.dataCenter(w, *updated); }));
}
