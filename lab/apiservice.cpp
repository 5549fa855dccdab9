#include "apiservice.h"

#include "faultreply.h"
#include "searchquery.h"
#include "xmlelement.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <memory>
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

/// Where the engine's apidoc documents the write a request is (the detail of its syntax fault).
QString usageOf(const QByteArray &method, const QStringList &segments)
{
    const QString last = segments.isEmpty() ? QString() : segments.last();
    if (segments.value(0) == QLatin1String("vms") && segments.size() == 3 && method == "POST") {
        static const QHash<QString, QString> actions{{QStringLiteral("snapshots"), QStringLiteral("services/snapshots/methods/add")},
                                                     {QStringLiteral("diskattachments"), QStringLiteral("services/disk_attachments/methods/add")},
                                                     {QStringLiteral("previewsnapshot"), QStringLiteral("services/vm/methods/preview_snapshot")},
                                                     {QStringLiteral("commitsnapshot"), QStringLiteral("services/vm/methods/commit_snapshot")},
                                                     {QStringLiteral("undosnapshot"), QStringLiteral("services/vm/methods/undo_snapshot")}};
        return actions.value(last, QStringLiteral("services/vm"));
    }
    if (segments.value(0) == QLatin1String("vms") && segments.value(2) == QLatin1String("diskattachments"))
        return QStringLiteral("services/disk_attachment/methods/update");
    if (segments.value(0) == QLatin1String("vms") && last == QLatin1String("restore"))
        return QStringLiteral("services/snapshot/methods/restore");
    if (segments.value(0) == QLatin1String("disks"))
        return segments.size() == 1 ? QStringLiteral("services/disks/methods/add") : QStringLiteral("services/disk/methods/update");
    if (segments.value(0) == QLatin1String("hosts"))
        return last == QLatin1String("iscsilogin") ? QStringLiteral("services/host/methods/iscsi_login")
                                                   : QStringLiteral("services/host/methods/discover_iscsi");
    if (segments.value(0) == QLatin1String("clusters"))
        return QStringLiteral("services/cluster/methods/update");
    if (segments.value(0) == QLatin1String("datacenters"))
        return QStringLiteral("services/data_center/methods/update");
    return QStringLiteral("services");
}

/// The first element in \a element whose text is not of its schema type (xs:boolean for the
/// flags, xs:long for sizes, xs:int for ports and versions), or null. The engine unmarshals a
/// body before any rule runs, so such a body is refused as unreadable whatever else is wrong;
/// the services would otherwise take "maybe" for their default.
const XmlElement *badlyTyped(const XmlElement &element)
{
    static const QSet<QString> booleans{QStringLiteral("active"), QStringLiteral("bootable"), QStringLiteral("pass_discard"),
                                        QStringLiteral("persist_memorystate"), QStringLiteral("propagate_errors"), QStringLiteral("read_only"),
                                        QStringLiteral("restore_memory"), QStringLiteral("shareable"), QStringLiteral("sparse"),
                                        QStringLiteral("uses_scsi_reservation"), QStringLiteral("wipe_after_delete")};
    static const QSet<QString> longs{QStringLiteral("provisioned_size"), QStringLiteral("size"), QStringLiteral("initial_size")};
    static const QSet<QString> ints{QStringLiteral("port"), QStringLiteral("major"), QStringLiteral("minor")};
    for (const XmlElement &child : element.children()) {
        const QString text = child.text().trimmed();
        bool ok = true;
        if (booleans.contains(child.name())) {
            const QString value = text.toLower();
            ok = value == QLatin1String("true") || value == QLatin1String("false") || value == QLatin1String("1") || value == QLatin1String("0");
        } else if (longs.contains(child.name())) {
            text.toLongLong(&ok);
        } else if (ints.contains(child.name())) {
            text.toInt(&ok);
        }
        if (!ok && child.children().isEmpty())
            return &child;
        if (const XmlElement *inner = badlyTyped(child))
            return inner;
    }
    return nullptr;
}

} // namespace

ApiService::ApiService(LabDatabase &db, QemuImg &qemu, const QString &dataDir)
    : m_db(db)
    , m_renderer(db, qemu, dataDir)
    , m_runner(db, dataDir)
    , m_snapshots(db, m_runner, m_renderer, dataDir)
    , m_amend(db, qemu, m_runner, m_renderer, dataDir)
    , m_versions(db, m_renderer)
    , m_iscsi(db)
    , m_disks(db, m_runner, m_renderer, m_iscsi, m_amend, dataDir)
    , m_attachments(db, m_renderer, m_disks)
    , m_diskSnapshots(db, m_renderer)
    , m_transfers(db, qemu, m_runner, m_disks, dataDir)
{
    m_runner.recover();
    // A restore stopped between its preview and its commit is committed now (issue 11).
    m_snapshots.resumeRestores();
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
                               const QByteArray &baseUrl, const QByteArray &body, const QString &correlationId)
{
    if (method == "GET")
        return get(segments, query, baseUrl);
    if (method == "HEAD" && segments.isEmpty()) {
        LabResponse response = get(segments, query, baseUrl);
        response.body.clear();
        return response;
    }
    if (method == "POST" || method == "PUT" || method == "DELETE")
        return write(method, segments, query, baseUrl, body, correlationId);
    LabResponse response = LabResponse::empty(405);
    response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE");
    return response;
}

LabResponse ApiService::write(const QByteArray &method, const QStringList &segments, const QUrlQuery &query, const QByteArray &baseUrl,
                              const QByteArray &body, const QString &correlationId)
{
    if (method != "DELETE" && !body.trimmed().isEmpty()) {
        if (const auto parsed = XmlElement::parse(body); parsed && badlyTyped(*parsed))
            return FaultReply::syntax(baseUrl, usageOf(method, segments));
    }
    // /vms/{id}/snapshots[/{sid}[/restore]] and /vms/{id}/{action}
    if (segments.size() >= 3 && segments[0] == QLatin1String("vms")) {
        if (!isUuid(segments[1]))
            return LabResponse::empty(404);
        // A malformed id in the path names nothing: 404, as the engine's asGuidOr404.
        if (segments.size() >= 4 && (segments[2] == QLatin1String("snapshots") || segments[2] == QLatin1String("diskattachments"))
            && !isUuid(segments[3]))
            return LabResponse::empty(404);
        const auto vm = m_db.selectOne(QStringLiteral("SELECT * FROM vms WHERE id = ?"), {segments[1]});
        if (!vm)
            return LabResponse::empty(404);
        const SnapshotService::Request request{body, correlationId, baseUrl};
        const QString sub = segments[2];
        // Attachments (issue 4); their PUT hands <disk><qcow_version> to the amend (issue 5).
        if (sub == QLatin1String("diskattachments")) {
            const LabRequest diskRequest{body, correlationId, baseUrl, query};
            if (segments.size() == 3 && method == "POST")
                return m_attachments.add(*vm, diskRequest);
            if (segments.size() == 4 && method == "PUT")
                return m_attachments.update(*vm, segments[3], diskRequest);
            if (segments.size() == 4 && method == "DELETE")
                return m_attachments.remove(*vm, segments[3], diskRequest);
        }
        if (sub == QLatin1String("snapshots")) {
            if (segments.size() == 3 && method == "POST")
                return m_snapshots.add(*vm, request);
            if (segments.size() == 4 && method == "DELETE") {
                LabResponse response = m_snapshots.remove(*vm, segments[3], request);
                // async=true queues the removal without reporting validation (NOTES §11.1).
                if (booleanParameter(query, QStringLiteral("async")))
                    return LabResponse::empty(response.status == 404 ? 404 : 202);
                return response;
            }
            if (segments.size() == 5 && segments[4] == QLatin1String("restore") && method == "POST")
                return m_snapshots.restore(*vm, segments[3], request);
        } else if (segments.size() == 3 && method == "POST") {
            if (sub == QLatin1String("previewsnapshot"))
                return m_snapshots.preview(*vm, request);
            if (sub == QLatin1String("commitsnapshot"))
                return m_snapshots.commit(*vm, request);
            if (sub == QLatin1String("undosnapshot"))
                return m_snapshots.undo(*vm, request);
        }
    }
    // Disks (issue 4): floating add, update (with the amend of issue 5), remove.
    if (!segments.isEmpty() && segments[0] == QLatin1String("disks")) {
        const LabRequest diskRequest{body, correlationId, baseUrl, query};
        if (segments.size() == 1 && method == "POST")
            return m_disks.add(diskRequest);
        if (segments.size() == 2 && !isUuid(segments[1]))
            return LabResponse::empty(404);
        if (segments.size() == 2 && method == "PUT")
            return m_disks.update(segments[1], diskRequest);
        if (segments.size() == 2 && method == "DELETE")
            return m_disks.remove(segments[1], diskRequest);
    }
    // Image transfers (issue 7): add, and the finalize/cancel/pause/resume/extend actions.
    if (!segments.isEmpty() && segments[0] == QLatin1String("imagetransfers") && method == "POST") {
        const LabRequest transferRequest{body, correlationId, baseUrl, query};
        if (segments.size() == 1)
            return m_transfers.add(transferRequest);
        if (segments.size() == 3)
            return isUuid(segments[1]) ? m_transfers.action(segments[1], segments[2], transferRequest) : LabResponse::empty(404);
    }
    // iSCSI on a host (issue 4): discovery and login through libiscsi.
    if (segments.size() == 3 && segments[0] == QLatin1String("hosts") && method == "POST"
        && (segments[2] == QLatin1String("iscsidiscover") || segments[2] == QLatin1String("discoveriscsi") || segments[2] == QLatin1String("iscsilogin"))) {
        const auto host = isUuid(segments[1]) ? m_db.selectOne(QStringLiteral("SELECT * FROM hosts WHERE id = ?"), {segments[1]}) : std::nullopt;
        if (!host)
            return LabResponse::empty(404);
        return m_iscsi.hostAction(*host, segments[2], LabRequest{body, correlationId, baseUrl, query});
    }
    if (method == "PUT" && segments.size() == 2 && isUuid(segments[1])) {
        if (segments[0] == QLatin1String("clusters"))
            return m_versions.updateCluster(segments[1], body, correlationId);
        if (segments[0] == QLatin1String("datacenters"))
            return m_versions.updateDataCenter(segments[1], body, correlationId);
    }
    // Other writes (attach, amend, transfers...) come with later issues.
    LabResponse response = LabResponse::empty(405);
    response.setHeader("Allow", "GET, HEAD");
    return response;
}

LabResponse ApiService::listEvents(const QStringList &segments, const QUrlQuery &query)
{
    if (segments.size() == 2) {
        const auto event = m_db.selectOne(QStringLiteral("SELECT * FROM events WHERE id = ?"), {segments[1].toLongLong()});
        if (!event)
            return LabResponse::empty(404);
        return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.event(w, *event); }));
    }
    if (segments.size() != 1)
        return LabResponse::empty(404);
    const SearchQuery search = SearchQuery::parse(value(query, QStringLiteral("search")),
                                                  {{QStringLiteral("correlation_id"), QStringLiteral("correlation_id")},
                                                   {QStringLiteral("severity"), QStringLiteral("severity")},
                                                   {QStringLiteral("type"), QStringLiteral("code")},
                                                   {QStringLiteral("message"), QStringLiteral("description")},
                                                   {QStringLiteral("time"), QStringLiteral("time_key")}});
    if (!search.isValid())
        return searchFault(search.error());
    // from=N: only events with a higher id (polling); newest first unless sortby says otherwise.
    bool fromSet = false;
    const qint64 from = value(query, QStringLiteral("from")).toLongLong(&fromSet);
    const QList<LabRow> rows = m_db.select(QStringLiteral("SELECT printf('%020d', 99999999999999999 - id) AS newest_first, printf('%020d', time) AS time_key, * FROM events "
                                                          "WHERE id > ? ORDER BY id DESC"),
                                           {fromSet ? from : qint64(-1)});
    const QList<LabRow> events = search.apply(rows, QStringLiteral("newest_first"), maxParameter(query));
    return LabResponse::xml(document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("events"));
        for (const LabRow &event : events)
            m_renderer.event(w, event);
        w.writeEndElement();
    }));
}

LabResponse ApiService::listJobs(const QStringList &segments, const QUrlQuery &query)
{
    if (segments.size() == 2) {
        const auto job = m_db.selectOne(QStringLiteral("SELECT * FROM jobs WHERE id = ?"), {segments[1]});
        if (!job)
            return LabResponse::empty(404);
        return LabResponse::xml(document([&](QXmlStreamWriter &w) { m_renderer.job(w, *job); }));
    }
    if (segments.size() != 1)
        return LabResponse::empty(404);
    const SearchQuery search = SearchQuery::parse(value(query, QStringLiteral("search")),
                                                  {{QStringLiteral("correlation_id"), QStringLiteral("correlation_id")},
                                                   {QStringLiteral("status"), QStringLiteral("status")},
                                                   {QStringLiteral("description"), QStringLiteral("description")}});
    if (!search.isValid())
        return searchFault(search.error());
    const QList<LabRow> rows = m_db.select(QStringLiteral("SELECT printf('%020d', start_time) AS started, * FROM jobs ORDER BY start_time, rowid"));
    const QList<LabRow> jobs = search.apply(rows, QStringLiteral("started"), maxParameter(query));
    return LabResponse::xml(document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("jobs"));
        for (const LabRow &job : jobs)
            m_renderer.job(w, job);
        w.writeEndElement();
    }));
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
        // The volumes of a disk's chain, floating disks included (issue 5).
        if (segments.size() == 3 && isUuid(segments[1]) && segments[2] == QLatin1String("disksnapshots"))
            return m_diskSnapshots.listOfDisk(segments[1], query);
        return LabResponse::empty(404);
    }
    if (collection == QLatin1String("storagedomains") && segments.size() == 3 && segments[2] == QLatin1String("disksnapshots"))
        return isUuid(segments[1]) ? m_diskSnapshots.listOfDomain(segments[1], query) : LabResponse::empty(404);
    // A template's disks, as the manager marks them (issue 5: template disks cannot be amended).
    if (collection == QLatin1String("templates") && segments.size() == 3 && segments[2] == QLatin1String("diskattachments")) {
        // Not isUuid(): the Blank template's all-zero id is one, too.
        if (!m_db.selectOne(QStringLiteral("SELECT id FROM templates WHERE id = ?"), {segments[1]}))
            return LabResponse::empty(404);
        const QList<LabRow> disks = m_db.select(QStringLiteral("SELECT * FROM disks WHERE template_id = ? ORDER BY creation_time, alias"), {segments[1]});
        return LabResponse::xml(document([&](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("disk_attachments"));
            for (qsizetype i = 0; i < disks.size(); ++i)
                m_renderer.templateDiskAttachment(w, disks[i], i == 0);
            w.writeEndElement();
        }));
    }
    if (collection == QLatin1String("imagetransfers")) {
        if (segments.size() == 1)
            return m_transfers.list();
        return segments.size() == 2 && isUuid(segments[1]) ? m_transfers.get(segments[1]) : LabResponse::empty(404);
    }
    if (collection == QLatin1String("events"))
        return listEvents(segments, query);
    if (collection == QLatin1String("jobs"))
        return listJobs(segments, query);
    // The LUNs a host sees through its iSCSI sessions (issue 4).
    if (collection == QLatin1String("hosts") && (segments.size() == 3 || segments.size() == 4) && segments[2] == QLatin1String("storage")) {
        const auto host = isUuid(segments[1]) ? m_db.selectOne(QStringLiteral("SELECT * FROM hosts WHERE id = ?"), {segments[1]}) : std::nullopt;
        if (!host)
            return LabResponse::empty(404);
        return m_iscsi.hostStorage(*host, segments.size() == 4 ? segments[3] : QString(), LabRequest{{}, {}, baseUrl, query});
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
    // A data center's VM list runs to tens of megabytes: it is streamed (issue 10), rendered a
    // batch of rows at a time in sort order straight from SQL, so neither all rows nor all XML
    // are ever held at once. Pages (search=page N, max=M) skip matching rows as they go.
    const int max = maxParameter(query);
    auto cursor = std::make_shared<ListCursor>();
    cursor->table = QStringLiteral("vms");
    cursor->search = search;
    cursor->sortColumn = search.sortColumn(QStringLiteral("name"));
    cursor->follow = followPaths(query);
    cursor->toSkip = search.offset(max);
    cursor->remaining = max;
    LabResponse response = LabResponse::xml({});
    response.stream = [this, cursor] { return nextListPiece(*cursor); };
    return response;
}

QByteArray ApiService::nextListPiece(ListCursor &cursor)
{
    constexpr int BatchRows = 500;
    constexpr qsizetype PieceBytes = 256 * 1024;
    if (cursor.finished)
        return {};
    if (!cursor.started && !cursor.buffer.isOpen()) {
        cursor.buffer.open(QIODevice::WriteOnly);
        cursor.fast = cursor.table == QLatin1String("vms") && cursor.follow.isEmpty();
        if (cursor.fast) {
            cursor.fastWriter.setAutoFormatting(true); // the engine indents its replies, too
            cursor.fastWriter.writeStartDocument(QStringLiteral("1.0"), true);
            cursor.fastWriter.writeStartElement(cursor.table);
        } else {
            cursor.writer.setDevice(&cursor.buffer);
            cursor.writer.setAutoFormatting(true);
            cursor.writer.writeStartDocument(QStringLiteral("1.0"), true);
            cursor.writer.writeStartElement(cursor.table);
        }
    }
    auto pieceSize = [&cursor] { return cursor.fast ? cursor.fastWriter.buffer().size() : cursor.buffer.size(); };
    // Every VM of this piece shares the few clusters' look-ups; forgotten before returning.
    m_renderer.setCachingClusterRefs(true);
    // Ties keep table order, as SearchQuery::apply's stable sort does; the column name comes from
    // SearchQuery's field map, never from the request.
    const QString column = cursor.sortColumn;
    const QString direction = cursor.search.isDescending() ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString after = cursor.search.isDescending() ? QStringLiteral("<") : QStringLiteral(">");
    bool exhausted = cursor.remaining == 0;
    while (!exhausted && pieceSize() < PieceBytes) {
        // The table name is one of two constants set by listVms/listDisks, never from the request.
        QString sql = QStringLiteral("SELECT rowid AS lab_rowid, * FROM %1 ").arg(cursor.table);
        QVariantList bindings;
        if (cursor.started) {
            sql += QStringLiteral("WHERE %1 COLLATE NOCASE %2 ? OR (%1 COLLATE NOCASE = ? AND rowid > ?) ").arg(column, after);
            bindings = {cursor.lastKey, cursor.lastKey, cursor.lastRowId};
        }
        sql += QStringLiteral("ORDER BY %1 COLLATE NOCASE %2, rowid LIMIT %3").arg(column, direction).arg(BatchRows);
        // Without conditions every row matches: SQLite skips a page's predecessors itself.
        if (!cursor.started && cursor.toSkip > 0 && !cursor.search.hasConditions()) {
            sql += QStringLiteral(" OFFSET %1").arg(cursor.toSkip);
            cursor.toSkip = 0;
        }
        const QList<LabRow> rows = m_db.select(sql, bindings);
        exhausted = rows.size() < BatchRows;
        for (const LabRow &row : rows) {
            cursor.started = true;
            cursor.lastKey = row.value(column);
            cursor.lastRowId = row.value(QStringLiteral("lab_rowid")).toLongLong();
            if (!cursor.search.matches(row))
                continue;
            if (cursor.toSkip > 0) {
                --cursor.toSkip;
                continue;
            }
            if (cursor.fast)
                m_renderer.vm(cursor.fastWriter, row);
            else if (cursor.table == QLatin1String("vms"))
                m_renderer.vm(cursor.writer, row, cursor.follow);
            else
                m_renderer.disk(cursor.writer, row);
            if (cursor.remaining > 0 && --cursor.remaining == 0) {
                exhausted = true;
                break;
            }
        }
    }
    m_renderer.setCachingClusterRefs(false);
    if (exhausted) {
        if (cursor.fast) {
            cursor.fastWriter.writeEndElement();
            cursor.fastWriter.writeEndDocument();
        } else {
            cursor.writer.writeEndElement();
            cursor.writer.writeEndDocument();
        }
        cursor.finished = true;
    }
    if (cursor.fast)
        return cursor.fastWriter.take();
    QByteArray piece = cursor.buffer.data();
    cursor.buffer.buffer().clear();
    cursor.buffer.seek(0);
    return piece;
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
    // 30,000 disks on a populated lab: streamed in sort order as /vms is (issue 10).
    const int max = maxParameter(query);
    auto cursor = std::make_shared<ListCursor>();
    cursor->table = QStringLiteral("disks");
    cursor->search = search;
    cursor->sortColumn = search.sortColumn(QStringLiteral("alias"));
    cursor->toSkip = search.offset(max);
    cursor->remaining = max;
    LabResponse response = LabResponse::xml({});
    response.stream = [this, cursor] { return nextListPiece(*cursor); };
    return response;
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
