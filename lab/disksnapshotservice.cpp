#include "disksnapshotservice.h"

#include "xmlrenderer.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace {

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

/// ParametersHelper.getBooleanParameter(..., valueIfPresentWithoutValue = true, default = false).
bool booleanParameter(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return false;
    const QString value = query.queryItemValue(name).toLower();
    return value.isEmpty() || value == QLatin1String("true");
}

} // namespace

DiskSnapshotService::DiskSnapshotService(LabDatabase &db, XmlRenderer &renderer)
    : m_db(db)
    , m_renderer(renderer)
{
}

QList<LabRow> DiskSnapshotService::chain(const LabRow &disk, const QUrlQuery &query)
{
    if (str(disk, "storage_type") != QLatin1String("image"))
        return {};
    if (!str(disk, "template_id").isEmpty() && !booleanParameter(query, QStringLiteral("include_template")))
        return {};
    const bool includeActive = booleanParameter(query, QStringLiteral("include_active"));
    const QList<LabRow> volumes = m_db.select(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ?"), {str(disk, "id")});
    // Walk down from the active volume through the parents, then report base first.
    QHash<QString, LabRow> byId;
    QString current;
    for (const LabRow &volume : volumes) {
        byId.insert(str(volume, "id"), volume);
        if (volume.value(QStringLiteral("active")).toInt() != 0)
            current = str(volume, "id");
    }
    QList<LabRow> ordered;
    while (!current.isEmpty() && byId.contains(current) && ordered.size() < volumes.size()) {
        const LabRow volume = byId.value(current);
        if (includeActive || volume.value(QStringLiteral("active")).toInt() == 0)
            ordered.prepend(volume);
        current = str(volume, "parent_volume_id");
    }
    return ordered;
}

LabResponse DiskSnapshotService::listOfDisk(const QString &diskId, const QUrlQuery &query)
{
    const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId});
    if (!disk)
        return LabResponse::empty(404);
    const QList<LabRow> volumes = chain(*disk, query);
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("disk_snapshots"));
        for (const LabRow &volume : volumes)
            m_renderer.diskSnapshot(w, *disk, volume);
        w.writeEndElement();
    }));
}

LabResponse DiskSnapshotService::listOfDomain(const QString &domainId, const QUrlQuery &query)
{
    if (!m_db.selectOne(QStringLiteral("SELECT id FROM storage_domains WHERE id = ?"), {domainId}))
        return LabResponse::empty(404);
    const QList<LabRow> disks = m_db.select(QStringLiteral("SELECT * FROM disks WHERE storage_domain_id = ? ORDER BY alias, id"), {domainId});
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("disk_snapshots"));
        for (const LabRow &disk : disks) {
            for (const LabRow &volume : chain(disk, query))
                m_renderer.diskSnapshot(w, disk, volume, domainId);
        }
        w.writeEndElement();
    }));
}
