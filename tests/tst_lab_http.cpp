// End-to-end checks of diskdesk-lab over HTTP: authentication, the engine's wire shapes, and that
// what it reports about disks comes from the real volume files.

#include "labprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <memory>

namespace {

/// A minimal element tree, enough to check names, order, attributes and text.
struct XmlNode
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<XmlNode> children;

    QString attribute(const QString &key) const { return attributes.value(key).toString(); }
    bool hasAttribute(const QString &key) const { return attributes.hasAttribute(key); }
    const XmlNode *child(const QString &childName) const
    {
        for (const XmlNode &node : children) {
            if (node.name == childName)
                return &node;
        }
        return nullptr;
    }
    QString childText(const QString &childName) const
    {
        const XmlNode *node = child(childName);
        return node ? node->text : QString();
    }
    QList<XmlNode> all(const QString &childName) const
    {
        QList<XmlNode> nodes;
        for (const XmlNode &node : children) {
            if (node.name == childName)
                nodes << node;
        }
        return nodes;
    }
    QStringList childNames() const
    {
        QStringList names;
        for (const XmlNode &node : children)
            names << node.name;
        return names;
    }

    static XmlNode parse(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd() && !reader.isStartElement())
            reader.readNext();
        XmlNode root = read(reader);
        if (reader.hasError())
            qWarning("XML error: %s", qPrintable(reader.errorString()));
        return root;
    }

private:
    static XmlNode read(QXmlStreamReader &reader)
    {
        XmlNode node;
        node.name = reader.name().toString();
        node.attributes = reader.attributes();
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement())
                node.children << read(reader);
            else if (reader.isCharacters())
                node.text += reader.text();
            else if (reader.isEndElement())
                break;
        }
        node.text = node.text.trimmed();
        return node;
    }
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    XmlNode xml() const { return XmlNode::parse(body); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestLabHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unauthorizedWithoutCredentials();
    void tokenGrant();
    void tokenErrors();
    void basicAuthentication();
    void apiRoot();
    void vmsList();
    void vmsSearchAndPaging();
    void missingEntityIsEmpty404();
    void version3IsRejected();
    void disksMatchTheirFiles();
    void snapshotCoveringSomeDisks();
    void shareableDiskReadOnlyAndReadWrite();
    void followInlinesDisks();
    void storageDomainsAndDataCenter();
    void sigtermAndRestartKeepState();

private:
    HttpReply request(const QByteArray &method, const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                      const QByteArray &body = {});
    HttpReply get(const QString &apiPath, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpReply token(const QString &user, const QString &password, const QByteArray &accept = "application/json");
    QString vmId(const QString &name);
    QString engineUrl() const;

    LabProcess m_lab;
    QNetworkAccessManager m_network;
    QString m_token;
};

QString TestLabHttp::engineUrl() const
{
    QString url = m_lab.apiUrl().toString();
    url.chop(QStringLiteral("/api").size());
    return url; // http://127.0.0.1:PORT/ovirt-engine
}

HttpReply TestLabHttp::request(const QByteArray &method, const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body)
{
    QNetworkRequest request(QUrl(engineUrl() + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return result;
}

HttpReply TestLabHttp::get(const QString &apiPath, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + m_token.toLatin1()},
                                                 {"Version", "4"},
                                                 {"Accept", "application/xml"}};
    headers << extraHeaders;
    return request("GET", QStringLiteral("/api") + apiPath, headers);
}

HttpReply TestLabHttp::token(const QString &user, const QString &password, const QByteArray &accept)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("ovirt-app-api"));
    form.addQueryItem(QStringLiteral("username"), QString::fromLatin1(QUrl::toPercentEncoding(user)));
    form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    return request("POST", QStringLiteral("/sso/oauth/token"), headers, form.query(QUrl::FullyEncoded).toLatin1());
}

QString TestLabHttp::vmId(const QString &name)
{
    const XmlNode vms = get(QStringLiteral("/vms?search=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("name=") + name))).xml();
    return vms.children.isEmpty() ? QString() : vms.children.first().attribute(QStringLiteral("id"));
}

void TestLabHttp::initTestCase()
{
    LabProcess::Options options;
    options.fixedTime = QStringLiteral("2024-05-06T07:08:09.123Z");
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    const HttpReply reply = token(QStringLiteral("admin@internal"), m_lab.password());
    QCOMPARE(reply.status, 200);
    m_token = reply.json().value(QLatin1String("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void TestLabHttp::unauthorizedWithoutCredentials()
{
    for (const QString &path : {QStringLiteral("/api"), QStringLiteral("/api/vms")}) {
        const HttpReply reply = request("GET", path, {{"Version", "4"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Basic realm=\"RESTAPI\""));
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html;charset=UTF-8"));
        QCOMPARE(reply.body, QByteArray("<html><head><title>Error</title></head><body>Unauthorized</body></html>"));
    }
    const HttpReply badToken = request("GET", QStringLiteral("/api/vms"), {{"Authorization", "Bearer not-a-token"}});
    QCOMPARE(badToken.status, 401);
}

void TestLabHttp::tokenGrant()
{
    const HttpReply reply = token(QStringLiteral("admin@internal"), m_lab.password());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(json.value(QLatin1String("exp")).isString()); // a string, not a number
    bool ok = false;
    json.value(QLatin1String("exp")).toString().toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(json.value(QLatin1String("scope")).toString().startsWith(QLatin1String("ovirt-app-api ovirt-ext=token-info:authz-search")));
    QVERIFY(json.value(QLatin1String("access_token")).toString() != m_token);
}

void TestLabHttp::tokenErrors()
{
    const HttpReply wrong = token(QStringLiteral("admin@internal"), QStringLiteral("wrong"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QLatin1String("error")).toString(), QStringLiteral("access_denied"));
    QCOMPARE(wrong.json().value(QLatin1String("error_description")).toString(),
             QStringLiteral("Cannot authenticate user 'admin@internal': Unable to log in. Verify your login information or "
                            "contact the system administrator.."));

    const HttpReply noProfile = token(QStringLiteral("admin"), m_lab.password());
    QCOMPARE(noProfile.status, 400);
    QCOMPARE(noProfile.json().value(QLatin1String("error_description")).toString(), QStringLiteral("No valid profile found in credentials."));

    for (const QByteArray &accept : {QByteArray(), QByteArray("application/json, text/plain"), QByteArray("*/*")}) {
        const HttpReply reply = token(QStringLiteral("admin@internal"), m_lab.password(), accept);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
        QCOMPARE(reply.json().value(QLatin1String("error_description")).toString(), QStringLiteral("Missing parameter: 'Accept Header'"));
    }

    const HttpReply logout = request("POST", QStringLiteral("/services/sso-logout"),
                                     {{"Accept", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                     "scope=ovirt-app-api&token=" + QUrl::toPercentEncoding(m_token + QStringLiteral("x")));
    QCOMPARE(logout.status, 200);
    QCOMPARE(logout.body, QByteArray("{}"));
}

void TestLabHttp::basicAuthentication()
{
    const QByteArray good = "Basic " + ("admin@internal:" + m_lab.password().toUtf8()).toBase64();
    QCOMPARE(request("GET", QStringLiteral("/api/vms"), {{"Authorization", good}}).status, 200);
    const QByteArray bad = "Basic " + QByteArray("admin@internal:nope").toBase64();
    QCOMPARE(request("GET", QStringLiteral("/api/vms"), {{"Authorization", bad}}).status, 401);
}

void TestLabHttp::apiRoot()
{
    const HttpReply reply = get(QString());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/xml"));
    QVERIFY(!reply.header("Correlation-Id").isEmpty());
    const XmlNode api = reply.xml();
    QCOMPARE(api.name, QStringLiteral("api"));
    QStringList rels;
    for (const XmlNode &link : api.all(QStringLiteral("link"))) {
        rels << link.attribute(QStringLiteral("rel"));
        QVERIFY(link.attribute(QStringLiteral("href")).startsWith(QLatin1String("/ovirt-engine/api/")));
    }
    for (const char *rel : {"clusters", "datacenters", "hosts", "storagedomains", "templates", "vms", "vms/search", "disks", "disks/search"})
        QVERIFY2(rels.contains(QLatin1String(rel)), rel);
    QVERIFY(rels.indexOf(QStringLiteral("clusters")) < rels.indexOf(QStringLiteral("vms")));

    const XmlNode *product = api.child(QStringLiteral("product_info"));
    QVERIFY(product);
    QCOMPARE(product->childText(QStringLiteral("name")), QStringLiteral("oVirt Engine"));
    QCOMPARE(product->childText(QStringLiteral("vendor")), QStringLiteral("ovirt.org"));
    QVERIFY(product->child(QStringLiteral("version"))->childText(QStringLiteral("full_version")).startsWith(QLatin1String("4.5.")));
    const XmlNode *vms = api.child(QStringLiteral("summary"))->child(QStringLiteral("vms"));
    QCOMPARE(vms->childText(QStringLiteral("total")), QStringLiteral("6"));
    QCOMPARE(vms->childText(QStringLiteral("active")), QStringLiteral("3"));
    // --fixed-time is the engine's "now".
    QVERIFY2(api.childText(QStringLiteral("time")).startsWith(QLatin1String("2024-05-06T07:08:09.123")), qPrintable(api.childText(QStringLiteral("time"))));

    // Main members after the links, in the generated order.
    QStringList names = api.childNames();
    names.removeAll(QStringLiteral("link"));
    QCOMPARE(names, (QStringList{QStringLiteral("product_info"), QStringLiteral("special_objects"), QStringLiteral("summary"),
                                 QStringLiteral("time"), QStringLiteral("authenticated_user"), QStringLiteral("effective_user")}));
}

void TestLabHttp::vmsList()
{
    const HttpReply reply = get(QStringLiteral("/vms"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/xml"));
    QVERIFY(reply.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
    const XmlNode vms = reply.xml();
    QCOMPARE(vms.name, QStringLiteral("vms"));
    QCOMPARE(vms.children.size(), 6);
    for (const XmlNode &vm : vms.children) {
        const QString id = vm.attribute(QStringLiteral("id"));
        QCOMPARE(vm.attribute(QStringLiteral("href")), QStringLiteral("/ovirt-engine/api/vms/") + id);
        const QStringList names = vm.childNames();
        // actions -> name -> description -> comment -> links -> own attributes...
        QCOMPARE(names.mid(0, 4), (QStringList{QStringLiteral("actions"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("comment")}));
        QCOMPARE(names.at(4), QStringLiteral("link"));
        const qsizetype lastLink = names.lastIndexOf(QStringLiteral("link"));
        QCOMPARE(names.at(lastLink + 1), QStringLiteral("bios"));
        QVERIFY(names.indexOf(QStringLiteral("memory")) < names.indexOf(QStringLiteral("cluster")));
        QVERIFY(names.indexOf(QStringLiteral("cluster")) < names.indexOf(QStringLiteral("status")));
        QCOMPARE(names.last(), QStringLiteral("template"));
        const QString status = vm.childText(QStringLiteral("status"));
        QVERIFY(status == QLatin1String("up") || status == QLatin1String("down"));
        QCOMPARE(vm.child(QStringLiteral("host")) != nullptr, status == QLatin1String("up"));
        QStringList actionRels;
        for (const XmlNode &link : vm.child(QStringLiteral("actions"))->children)
            actionRels << link.attribute(QStringLiteral("rel"));
        QVERIFY(actionRels.contains(QStringLiteral("previewsnapshot")));
    }
    QCOMPARE(vms.children.first().childText(QStringLiteral("name")), QStringLiteral("build-01")); // sorted by name
}

void TestLabHttp::vmsSearchAndPaging()
{
    auto names = [this](const QString &query) {
        QStringList result;
        for (const XmlNode &vm : get(QStringLiteral("/vms?") + query).xml().children)
            result << vm.childText(QStringLiteral("name"));
        return result;
    };
    QCOMPARE(names(QStringLiteral("search=name%3Dweb*")), (QStringList{QStringLiteral("web-01"), QStringLiteral("web-02")}));
    QCOMPARE(names(QStringLiteral("search=NAME%3DWEB-0*")), (QStringList{QStringLiteral("web-01"), QStringLiteral("web-02")}));
    QCOMPARE(names(QStringLiteral("search=status%3Ddown")),
             (QStringList{QStringLiteral("build-01"), QStringLiteral("db-01"), QStringLiteral("legacy-app")}));
    QCOMPARE(names(QStringLiteral("search=status%3Dup+and+name%3D*01")), (QStringList{QStringLiteral("mail-01"), QStringLiteral("web-01")}));
    QCOMPARE(names(QStringLiteral("max=2")), (QStringList{QStringLiteral("build-01"), QStringLiteral("db-01")}));
    QCOMPARE(names(QStringLiteral("search=page%202&max=4")), (QStringList{QStringLiteral("web-01"), QStringLiteral("web-02")}));
    QCOMPARE(get(QStringLiteral("/disks?search=alias%3Dshared*")).xml().children.size(), 1);
}

void TestLabHttp::missingEntityIsEmpty404()
{
    for (const QString &path : {QStringLiteral("/vms/11111111-2222-3333-4444-555555555555"), QStringLiteral("/vms/not-a-uuid"),
                                QStringLiteral("/disks/11111111-2222-3333-4444-555555555555"),
                                QStringLiteral("/vms/") + vmId(QStringLiteral("web-01")) + QStringLiteral("/diskattachments/11111111-2222-3333-4444-555555555555"),
                                QStringLiteral("/vms/") + vmId(QStringLiteral("web-01")) + QStringLiteral("/snapshots/11111111-2222-3333-4444-555555555555")}) {
        const HttpReply reply = get(path);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(!reply.header("Correlation-Id").isEmpty());
    }
    const HttpReply echoed = get(QStringLiteral("/vms"), {{"Correlation-Id", "my-request-1"}});
    QCOMPARE(echoed.header("Correlation-Id"), QByteArray("my-request-1"));
}

void TestLabHttp::version3IsRejected()
{
    const HttpReply reply = request("GET", QStringLiteral("/api/vms"), {{"Authorization", "Bearer " + m_token.toLatin1()}, {"Version", "3"}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.isEmpty());
}

void TestLabHttp::disksMatchTheirFiles()
{
    const XmlNode disks = get(QStringLiteral("/disks")).xml();
    QVERIFY(disks.children.size() >= 10);
    QSet<QString> versions;
    QSet<QString> formats;
    for (const XmlNode &disk : disks.children) {
        const QString id = disk.attribute(QStringLiteral("id"));
        const QString domainId = disk.child(QStringLiteral("storage_domains"))->children.first().attribute(QStringLiteral("id"));
        const QString path = QStringLiteral("%1/domains/%2/images/%3/%4").arg(m_lab.dataDir(), domainId, id, disk.childText(QStringLiteral("image_id")));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));

        QProcess qemuImg;
        qemuImg.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("--output=json"), QStringLiteral("-U"), path});
        QVERIFY(qemuImg.waitForFinished(30000));
        const QJsonObject info = QJsonDocument::fromJson(qemuImg.readAllStandardOutput()).object();
        const QString format = info.value(QLatin1String("format")).toString();
        QCOMPARE(disk.childText(QStringLiteral("format")), format == QLatin1String("qcow2") ? QStringLiteral("cow") : QStringLiteral("raw"));
        QCOMPARE(disk.childText(QStringLiteral("provisioned_size")).toLongLong(), info.value(QLatin1String("virtual-size")).toInteger());
        QCOMPARE(disk.childText(QStringLiteral("actual_size")).toLongLong(), info.value(QLatin1String("actual-size")).toInteger());
        const QString compat = info.value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("compat")).toString();
        if (format == QLatin1String("qcow2")) {
            QCOMPARE(disk.childText(QStringLiteral("qcow_version")), compat == QLatin1String("0.10") ? QStringLiteral("qcow2_v2") : QStringLiteral("qcow2_v3"));
            versions << disk.childText(QStringLiteral("qcow_version"));
        } else {
            QVERIFY(!disk.child(QStringLiteral("qcow_version")));
        }
        formats << format;
        QVERIFY(disk.childText(QStringLiteral("total_size")).toLongLong() >= disk.childText(QStringLiteral("actual_size")).toLongLong());
    }
    QCOMPARE(versions, (QSet<QString>{QStringLiteral("qcow2_v2"), QStringLiteral("qcow2_v3")}));
    QCOMPARE(formats, (QSet<QString>{QStringLiteral("qcow2"), QStringLiteral("raw")}));

    // Disk element order of the real engine.
    const QStringList names = disks.children.first().childNames();
    const QStringList expected{QStringLiteral("actual_size"), QStringLiteral("alias"), QStringLiteral("backup"), QStringLiteral("content_type"),
                               QStringLiteral("format"), QStringLiteral("image_id"), QStringLiteral("propagate_errors"),
                               QStringLiteral("provisioned_size")};
    QCOMPARE(names.mid(names.indexOf(QStringLiteral("actual_size")), expected.size()), expected);
    QCOMPARE(names.last(), QStringLiteral("storage_domains"));
}

void TestLabHttp::snapshotCoveringSomeDisks()
{
    const QString vm = vmId(QStringLiteral("web-01"));
    const XmlNode snapshots = get(QStringLiteral("/vms/%1/snapshots").arg(vm)).xml();
    QCOMPARE(snapshots.children.size(), 3);
    const XmlNode &active = snapshots.children.first();
    QCOMPARE(active.childText(QStringLiteral("description")), QStringLiteral("Active VM"));
    QCOMPARE(active.childText(QStringLiteral("snapshot_type")), QStringLiteral("active"));
    QCOMPARE(active.childText(QStringLiteral("snapshot_status")), QStringLiteral("ok"));
    QVERIFY(!active.child(QStringLiteral("vm")));
    QVERIFY(!active.child(QStringLiteral("link")));

    const int attachedDisks = get(QStringLiteral("/vms/%1/diskattachments").arg(vm)).xml().children.size();
    QCOMPARE(attachedDisks, 3);
    QMap<QString, int> disksPerSnapshot;
    for (const XmlNode &snapshot : snapshots.children.mid(1)) {
        QCOMPARE(snapshot.childText(QStringLiteral("snapshot_type")), QStringLiteral("regular"));
        QCOMPARE(snapshot.child(QStringLiteral("vm"))->attribute(QStringLiteral("id")), vm);
        QVERIFY(!snapshot.child(QStringLiteral("vm"))->hasAttribute(QStringLiteral("href")));
        QCOMPARE(snapshot.child(QStringLiteral("vm"))->childText(QStringLiteral("name")), QStringLiteral("web-01"));
        const QString sid = snapshot.attribute(QStringLiteral("id"));
        const XmlNode disks = get(QStringLiteral("/vms/%1/snapshots/%2/disks").arg(vm, sid)).xml();
        disksPerSnapshot.insert(snapshot.childText(QStringLiteral("description")), disks.children.size());
        for (const XmlNode &disk : disks.children) {
            QVERIFY(!disk.hasAttribute(QStringLiteral("href")));
            QVERIFY(!disk.child(QStringLiteral("actions")));
            QCOMPARE(disk.child(QStringLiteral("snapshot"))->attribute(QStringLiteral("id")), sid);
            QCOMPARE(disk.childText(QStringLiteral("total_size")), QStringLiteral("0"));
            // The snapshot's volume, not the disk's active one.
            const XmlNode current = get(QStringLiteral("/disks/") + disk.attribute(QStringLiteral("id"))).xml();
            QVERIFY(disk.childText(QStringLiteral("image_id")) != current.childText(QStringLiteral("image_id")));
        }
        // follow=disks inlines the same list.
        const XmlNode followed = get(QStringLiteral("/vms/%1/snapshots/%2?follow=disks").arg(vm, sid)).xml();
        QCOMPARE(followed.child(QStringLiteral("disks"))->children.size(), disks.children.size());
    }
    QCOMPARE(disksPerSnapshot.value(QStringLiteral("before upgrade")), 2);
    QCOMPARE(disksPerSnapshot.value(QStringLiteral("nightly")), 1); // covers only some of the VM's disks
}

void TestLabHttp::shareableDiskReadOnlyAndReadWrite()
{
    const XmlNode disks = get(QStringLiteral("/disks?search=alias%3Dshared-data")).xml();
    QCOMPARE(disks.children.size(), 1);
    const XmlNode &shared = disks.children.first();
    QCOMPARE(shared.childText(QStringLiteral("shareable")), QStringLiteral("true"));
    QCOMPARE(shared.childText(QStringLiteral("format")), QStringLiteral("raw"));
    const QString diskId = shared.attribute(QStringLiteral("id"));

    QMap<QString, QString> readOnlyByVm;
    for (const QString &vmName : {QStringLiteral("web-01"), QStringLiteral("web-02")}) {
        const QString vm = vmId(vmName);
        const HttpReply reply = get(QStringLiteral("/vms/%1/diskattachments/%2").arg(vm, diskId));
        QCOMPARE(reply.status, 200);
        const XmlNode attachment = reply.xml();
        QCOMPARE(attachment.attribute(QStringLiteral("href")), QStringLiteral("/ovirt-engine/api/vms/%1/diskattachments/%2").arg(vm, diskId));
        QCOMPARE(attachment.childNames(), (QStringList{QStringLiteral("active"), QStringLiteral("bootable"), QStringLiteral("interface"),
                                                       QStringLiteral("logical_name"), QStringLiteral("pass_discard"), QStringLiteral("read_only"),
                                                       QStringLiteral("uses_scsi_reservation"), QStringLiteral("disk"), QStringLiteral("vm")}));
        readOnlyByVm.insert(vmName, attachment.childText(QStringLiteral("read_only")));
    }
    QCOMPARE(readOnlyByVm.value(QStringLiteral("web-01")), QStringLiteral("false"));
    QCOMPARE(readOnlyByVm.value(QStringLiteral("web-02")), QStringLiteral("true"));
}

void TestLabHttp::followInlinesDisks()
{
    const QString vm = vmId(QStringLiteral("web-01"));
    const XmlNode followed = get(QStringLiteral("/vms/%1?follow=disk_attachments.disk").arg(vm)).xml();
    const XmlNode *attachments = followed.child(QStringLiteral("disk_attachments"));
    QVERIFY(attachments);
    QCOMPARE(attachments->children.size(), 3);
    for (const XmlNode &attachment : attachments->children) {
        const XmlNode *disk = attachment.child(QStringLiteral("disk"));
        QVERIFY(disk);
        QVERIFY(!disk->childText(QStringLiteral("alias")).isEmpty());
        QVERIFY(!disk->childText(QStringLiteral("provisioned_size")).isEmpty());
    }
    const QStringList names = followed.childNames();
    QVERIFY(names.indexOf(QStringLiteral("status")) < names.indexOf(QStringLiteral("disk_attachments")));
    QVERIFY(names.indexOf(QStringLiteral("disk_attachments")) < names.indexOf(QStringLiteral("template")));

    // Without follow only references.
    const XmlNode plain = get(QStringLiteral("/vms/%1").arg(vm)).xml();
    QVERIFY(!plain.child(QStringLiteral("disk_attachments")));
    const XmlNode list = get(QStringLiteral("/vms/%1/diskattachments").arg(vm)).xml();
    QVERIFY(list.children.first().child(QStringLiteral("disk"))->children.isEmpty());
    const XmlNode listFollowed = get(QStringLiteral("/vms/%1/diskattachments?follow=disk").arg(vm)).xml();
    QVERIFY(!listFollowed.children.first().child(QStringLiteral("disk"))->childText(QStringLiteral("alias")).isEmpty());
}

void TestLabHttp::storageDomainsAndDataCenter()
{
    const XmlNode domains = get(QStringLiteral("/storagedomains")).xml();
    QCOMPARE(domains.children.size(), 2);
    QMap<QString, QString> formatByName;
    for (const XmlNode &domain : domains.children) {
        formatByName.insert(domain.childText(QStringLiteral("name")), domain.childText(QStringLiteral("storage_format")));
        const qint64 available = domain.childText(QStringLiteral("available")).toLongLong();
        const qint64 used = domain.childText(QStringLiteral("used")).toLongLong();
        QVERIFY(available > 0 && used > 0);
        QVERIFY(domain.childText(QStringLiteral("committed")).toLongLong() > 0);
        QCOMPARE(domain.child(QStringLiteral("storage"))->childText(QStringLiteral("type")), QStringLiteral("nfs"));
        QCOMPARE(domain.childText(QStringLiteral("type")), QStringLiteral("data"));
        QVERIFY(!domain.child(QStringLiteral("status"))); // attached domains carry no status here
    }
    QCOMPARE(formatByName.value(QStringLiteral("data-legacy")), QStringLiteral("v3"));
    QCOMPARE(formatByName.value(QStringLiteral("data-main")), QStringLiteral("v4"));

    const XmlNode dcs = get(QStringLiteral("/datacenters")).xml();
    QCOMPARE(dcs.children.size(), 1);
    const XmlNode &dc = dcs.children.first();
    QCOMPARE(dc.childText(QStringLiteral("status")), QStringLiteral("up"));
    QCOMPARE(dc.child(QStringLiteral("version"))->childText(QStringLiteral("major")), QStringLiteral("4"));
    QCOMPARE(get(QStringLiteral("/datacenters/") + dc.attribute(QStringLiteral("id"))).status, 200);
    QCOMPARE(get(QStringLiteral("/hosts")).xml().children.size(), 2);
    QCOMPARE(get(QStringLiteral("/clusters")).xml().children.size(), 1);
}

void TestLabHttp::sigtermAndRestartKeepState()
{
    const QByteArray vmsBefore = get(QStringLiteral("/vms")).body;
    const QString dataDir = m_lab.dataDir();
    QCOMPARE(m_lab.stop(), 0);

    // Same folder again, --demo included: the existing database must be kept as it is.
    LabProcess again;
    LabProcess::Options options;
    options.dataDir = dataDir;
    options.fixedTime = QStringLiteral("2024-05-06T07:08:09.123Z");
    QVERIFY2(again.start(options), qPrintable(again.errorString()));
    const QUrl oldUrl = m_lab.apiUrl();
    Q_UNUSED(oldUrl);

    // Tokens do not survive a restart (clients log in again on 401), the inventory does.
    QNetworkRequest request(again.apiUrl().toString() + QStringLiteral("/vms"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();

    QNetworkRequest basic(again.apiUrl().toString() + QStringLiteral("/vms"));
    basic.setRawHeader("Authorization", "Basic " + ("admin@internal:" + m_lab.password().toUtf8()).toBase64());
    QNetworkReply *vmsReply = m_network.get(basic);
    connect(vmsReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(vmsReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(vmsReply->readAll(), vmsBefore);
    vmsReply->deleteLater();
    QCOMPARE(again.stop(), 0);
}

QTEST_GUILESS_MAIN(TestLabHttp)
#include "tst_lab_http.moc"
