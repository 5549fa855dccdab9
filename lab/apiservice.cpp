#include "apiservice.h"

#include "searchquery.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace {

QString value(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

/// The engine's boolean parameter rules: true/t/yes/y/1, and present-but-empty counts as true.
bool booleanParameter(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return false;
    const QString text = value(query, name).trimmed().toLower();
    return text.isEmpty() || text == QLatin1String("true") || text == QLatin1String("t") || text == QLatin1String("yes")
        || text == QLatin1String("y") || text == QLatin1String("1");
}

QStringList followPaths(const QUrlQuery &query)
{
    QStringList paths;
    for (const QString &path : value(query, QStringLiteral("follow")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        paths << path.trimmed();
    return paths;
}

int maxParameter(const QUrlQuery &query)
{
    bool ok = false;
    const int max = value(query, QStringLiteral("max")).toInt(&ok);
    return ok && max >= 0 ? max : -1;
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

ApiService::ApiService(LabDatabase &db, QemuImg &qemu, const QString &dataDir)
    : m_db(db)
    , m_renderer(db, qemu, dataDir)
{
}

template<typename Body>
QByteArray ApiService::document(Body body)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true); // the engine indents its replies by four spaces, too
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    body(writer);
    writer.writeEndDocument();
    return out;
}

LabResponse ApiService::handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                               const QByteArray &baseUrl)
{
    if (method == "GET")
        return get(segments, query, baseUrl);
    if (method == "HEAD" && segments.isEmpty()) {
        LabResponse response = get(segments, query, baseUrl);
        response.body.clear();
        return response;
    }
    // Writes (snapshots, attach, amend, transfers...) come with later issues.
    LabResponse response = LabResponse::empty(405);
    response.setHeader("Allow", "GET, HEAD");
    return response;
}

LabResponse ApiService::searchFault(const QString &detail)
{
    return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.fault(w, QStringLiteral("Operation Failed"), detail); }), 400);
}

LabResponse ApiService::get(const QStringList &segments, const QUrlQuery &query, const QByteArray &baseUrl)
{
    if (segments.isEmpty()) {
        LabResponse response = LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.apiRoot(w); }));
        // The root also lists its main links in a Link header (NOTES §0.1).
        QByteArrayList links;
        for (const char *rel : {"clusters", "datacenters", "disks", "hosts", "storagedomains", "templates", "vms"})
            links << "<" + baseUrl + "/ovirt-engine/api/" + rel + ">; rel=" + rel;
        response.setHeader("Link", links.join(','));
        return response;
    }
    const QString collection = segments.first();
    if (collection == QLatin1String("vms"))
        return segments.size() == 1 ? listVms(query) : vmResource(segments, query);
    if (collection == QLatin1String("disks")) {
        if (segments.size() == 1)
            return listDisks(query);
        if (segments.size() == 2 && isUuid(segments[1])) {
            if (const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {segments[1]})) {
                const bool allContent = booleanParameter(query, QStringLiteral("all_content"));
                return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.disk(w, *disk, allContent); }));
            }
        }
        return LabResponse::empty(404);
    }
    return simpleResource(segments, query);
}

LabResponse ApiService::listVms(const QUrlQuery &query)
{
    const SearchQuery search = SearchQuery::parse(value(query, QStringLiteral("search")),
                                                  {{QStringLiteral("name"), QStringLiteral("name")},
                                                   {QStringLiteral("status"), QStringLiteral("status")},
                                                   {QStringLiteral("description"), QStringLiteral("description")},
                                                   {QStringLiteral("comment"), QStringLiteral("comment")},
                                                   {QStringLiteral("id"), QStringLiteral("id")}});
    if (!search.isValid())
        return searchFault(search.error());
    const QList<LabRow> vms = search.apply(m_db.select(QStringLiteral("SELECT * FROM vms")), QStringLiteral("name"), maxParameter(query));
    const QStringList follow = followPaths(query);
    return LabResponse::xml(document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("vms"));
        for (const LabRow &vm : vms)
            m_renderer.vm(w, vm, follow);
        w.writeEndElement();
    }));
}

LabResponse ApiService::listDisks(const QUrlQuery &query)
{
    const SearchQuery search = SearchQuery::parse(value(query, QStringLiteral("search")),
                                                  {{QStringLiteral("alias"), QStringLiteral("alias")},
                                                   {QStringLiteral("name"), QStringLiteral("alias")},
                                                   {QStringLiteral("description"), QStringLiteral("description")},
                                                   {QStringLiteral("status"), QStringLiteral("status")},
                                                   {QStringLiteral("id"), QStringLiteral("id")}});
    if (!search.isValid())
        return searchFault(search.error());
    const QList<LabRow> disks = search.apply(m_db.select(QStringLiteral("SELECT * FROM disks")), QStringLiteral("alias"), maxParameter(query));
    return LabResponse::xml(document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("disks"));
        for (const LabRow &disk : disks)
            m_renderer.disk(w, disk);
        w.writeEndElement();
    }));
}

LabResponse ApiService::vmResource(const QStringList &segments, const QUrlQuery &query)
{
    // /vms/{id}[/diskattachments[/{diskId}] | /snapshots[/{sid}[/disks]]]
    if (!isUuid(segments[1]))
        return LabResponse::empty(404);
    const auto vm = m_db.selectOne(QStringLiteral("SELECT * FROM vms WHERE id = ?"), {segments[1]});
    if (!vm)
        return LabResponse::empty(404);
    const QStringList follow = followPaths(query);

    if (segments.size() == 2)
        return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.vm(w, *vm, follow); }));

    const QString sub = segments[2];
    if (sub == QLatin1String("diskattachments")) {
        const bool followDisk = follow.contains(QLatin1String("disk"));
        const QList<LabRow> attachments = m_renderer.attachmentsOfVm(segments[1]);
        if (segments.size() == 3) {
            return LabResponse::xml(document([&](QXmlStreamWriter &w) {
                w.writeStartElement(QStringLiteral("disk_attachments"));
                for (const LabRow &attachment : attachments)
                    m_renderer.diskAttachment(w, attachment, followDisk);
                w.writeEndElement();
            }));
        }
        if (segments.size() == 4) {
            for (const LabRow &attachment : attachments) {
                if (attachment.value(QStringLiteral("disk_id")).toString() == segments[3])
                    return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.diskAttachment(w, attachment, followDisk); }));
            }
        }
        return LabResponse::empty(404);
    }

    if (sub == QLatin1String("snapshots")) {
        const bool followDisks = follow.contains(QLatin1String("disks"));
        const QList<LabRow> snapshots = m_renderer.snapshotsOfVm(segments[1]);
        if (segments.size() == 3) {
            return LabResponse::xml(document([&](QXmlStreamWriter &w) {
                w.writeStartElement(QStringLiteral("snapshots"));
                for (const LabRow &snapshot : snapshots)
                    m_renderer.snapshot(w, snapshot, *vm, followDisks);
                w.writeEndElement();
            }));
        }
        const auto snapshot = std::find_if(snapshots.cbegin(), snapshots.cend(), [&](const LabRow &row) {
            return row.value(QStringLiteral("id")).toString() == segments[3];
        });
        if (snapshot == snapshots.cend())
            return LabResponse::empty(404);
        if (segments.size() == 4)
            return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.snapshot(w, *snapshot, *vm, followDisks); }));
        // The Active VM has no disks sub-collection of its own.
        if (segments.size() == 5 && segments[4] == QLatin1String("disks")
            && snapshot->value(QStringLiteral("type")).toString() != QLatin1String("active")) {
            const QList<LabRow> volumes = m_renderer.volumesOfSnapshot(segments[3]);
            return LabResponse::xml(document([&](QXmlStreamWriter &w) {
                w.writeStartElement(QStringLiteral("disks"));
                for (const LabRow &volume : volumes) {
                    if (const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {volume.value(QStringLiteral("disk_id"))}))
                        m_renderer.snapshotDisk(w, *disk, volume);
                }
                w.writeEndElement();
            }));
        }
        return LabResponse::empty(404);
    }
    return LabResponse::empty(404);
}

LabResponse ApiService::simpleResource(const QStringList &segments, const QUrlQuery &query)
{
    struct Kind
    {
        const char *collection;
        const char *table;
        const char *listElement;
        void (XmlRenderer::*render)(QXmlStreamWriter &, const LabRow &);
    };
    static const Kind kinds[] = {
        {"storagedomains", "storage_domains", "storage_domains", &XmlRenderer::storageDomain},
        {"hosts", "hosts", "hosts", &XmlRenderer::host},
        {"datacenters", "data_centers", "data_centers", &XmlRenderer::dataCenter},
        {"clusters", "clusters", "clusters", &XmlRenderer::cluster},
        {"templates", "templates", "templates", &XmlRenderer::templateEntity},
    };
    for (const Kind &kind : kinds) {
        if (segments.first() != QLatin1String(kind.collection))
            continue;
        const QString table = QLatin1String(kind.table);
        if (segments.size() == 1) {
            const SearchQuery search = SearchQuery::parse(value(query, QStringLiteral("search")),
                                                          {{QStringLiteral("name"), QStringLiteral("name")},
                                                           {QStringLiteral("id"), QStringLiteral("id")}});
            if (!search.isValid())
                return searchFault(search.error());
            const QList<LabRow> rows = search.apply(m_db.select(QStringLiteral("SELECT * FROM ") + table), QStringLiteral("name"), maxParameter(query));
            return LabResponse::xml(document([&](QXmlStreamWriter &w) {
                w.writeStartElement(QLatin1String(kind.listElement));
                for (const LabRow &row : rows)
                    (m_renderer.*kind.render)(w, row);
                w.writeEndElement();
            }));
        }
        if (segments.size() == 2 && isUuid(segments[1])) {
            if (const auto row = m_db.selectOne(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {segments[1]}))
                return LabResponse::xml(document([&](QXmlStreamWriter &w) { (m_renderer.*kind.render)(w, *row); }));
        }
        return LabResponse::empty(404);
    }
    return LabResponse::empty(404);
}
