// Hostile input to diskdesk-lab over HTTP (issue 11, item 3): malformed XML, wrong types, oversized
// bodies and path tricks in ids, sent to every write endpoint. Each answer must be one of the
// manager's forms (a <fault>, an <action> with a fault, 404 with an empty body, Apache's 413), the
// lab must keep serving, nothing may change, and nothing may be written outside its data folder.

#include "labprocess.h"
#include "rawhttp.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QByteArray Api = "/ovirt-engine/api";

/// One write endpoint; {vm}, {snapshot}, {disk}, {host}, {cluster}, {datacenter} stand for ids.
struct Endpoint
{
    QByteArray method;
    QByteArray path;
    QByteArray body; ///< a body that is right apart from what a case changes
};

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> list{
        {"POST", "/vms/{vm}/snapshots", "<snapshot><description>bad input</description><persist_memorystate>false</persist_memorystate></snapshot>"},
        {"DELETE", "/vms/{vm}/snapshots/{snapshot}", {}},
        {"POST", "/vms/{vm}/snapshots/{snapshot}/restore", "<action><restore_memory>false</restore_memory></action>"},
        {"POST", "/vms/{vm}/previewsnapshot", "<action><snapshot id=\"{snapshot}\"/><restore_memory>false</restore_memory></action>"},
        {"POST", "/vms/{vm}/commitsnapshot", "<action/>"},
        {"POST", "/vms/{vm}/undosnapshot", "<action/>"},
        {"POST", "/vms/{vm}/diskattachments", "<disk_attachment><bootable>false</bootable><interface>virtio_scsi</interface><active>true</active>"
                                              "<disk id=\"{disk}\"/></disk_attachment>"},
        {"PUT", "/vms/{vm}/diskattachments/{disk}", "<disk_attachment><read_only>false</read_only></disk_attachment>"},
        {"DELETE", "/vms/{vm}/diskattachments/{disk}", {}},
        {"POST", "/disks", "<disk><alias>bad-input</alias><provisioned_size>1048576</provisioned_size><format>cow</format>"
                           "<storage_domains><storage_domain id=\"{storagedomain}\"/></storage_domains></disk>"},
        {"PUT", "/disks/{disk}", "<disk><alias>renamed</alias></disk>"},
        {"DELETE", "/disks/{disk}", {}},
        {"POST", "/hosts/{host}/iscsidiscover", "<action><iscsi><address>127.0.0.1</address><port>1</port></iscsi></action>"},
        {"POST", "/hosts/{host}/iscsilogin", "<action><iscsi><address>127.0.0.1</address><port>1</port><target>iqn.x</target></iscsi></action>"},
        {"PUT", "/clusters/{cluster}", "<cluster><version><major>4</major><minor>7</minor></version></cluster>"},
        {"PUT", "/datacenters/{datacenter}", "<data_center><version><major>4</major><minor>7</minor></version></data_center>"},
    };
    return list;
}

struct XmlShape
{
    QString root;
    bool hasFault = false;
    QString reason;
    QString detail;
    bool wellFormed = false;
};

XmlShape shapeOf(const QByteArray &body)
{
    XmlShape shape;
    QXmlStreamReader r(body);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (path.isEmpty())
                shape.root = r.name().toString();
            path << r.name().toString();
            if (r.name() == QLatin1String("fault"))
                shape.hasFault = true;
        } else if (r.isEndElement()) {
            path.removeLast();
        } else if (r.isCharacters() && path.size() >= 2 && path.at(path.size() - 2) == QLatin1String("fault")) {
            if (path.last() == QLatin1String("reason"))
                shape.reason += r.text();
            else if (path.last() == QLatin1String("detail"))
                shape.detail += r.text();
        }
    }
    shape.wellFormed = !r.hasError() && !shape.root.isEmpty();
    return shape;
}

/// A refusal in the manager's XML form: <fault>, or an <action> carrying one, with a reason.
bool isFault(const RawHttp::Response &reply, QString *why)
{
    const XmlShape shape = shapeOf(reply.body);
    if (reply.status < 400 || reply.status >= 500)
        *why = QStringLiteral("status %1").arg(reply.status);
    else if (!reply.header("Content-Type").startsWith("application/xml"))
        *why = QStringLiteral("Content-Type ") + QString::fromLatin1(reply.header("Content-Type"));
    else if (!shape.wellFormed || (shape.root != QLatin1String("fault") && shape.root != QLatin1String("action")) || !shape.hasFault
             || shape.reason.trimmed().isEmpty())
        *why = QStringLiteral("not a fault");
    else
        return true;
    *why += QStringLiteral(": ") + QString::fromUtf8(reply.body.left(400));
    return false;
}

int fileCount(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("-wal")) && !path.endsWith(QLatin1String("-shm")))
            ++count;
    }
    return count;
}

} // namespace

class TestLabBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void malformedXml_data();
    void malformedXml();
    void wrongTypes_data();
    void wrongTypes();
    void oversizedBodies();
    void pathTricksInIds_data();
    void pathTricksInIds();
    void idsInBodies_data();
    void idsInBodies();
    void nothingChangedAndStillServing();

private:
    QByteArray fill(QByteArray text, const QByteArray &placeholder = {}, const QByteArray &replacement = {}) const;
    RawHttp::Response send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {}, int timeoutMs = 60000) const;
    void checkServing();
    QByteArray inventory() const;

    QTemporaryDir m_parent;
    LabProcess m_lab;
    std::unique_ptr<RawHttp> m_http;
    QByteArray m_token;
    QHash<QByteArray, QByteArray> m_ids;
    QByteArray m_inventoryBefore;
    int m_filesBefore = 0;
};

QByteArray TestLabBadInput::fill(QByteArray text, const QByteArray &placeholder, const QByteArray &replacement) const
{
    if (!placeholder.isEmpty())
        text.replace(placeholder, replacement);
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        text.replace(it.key(), it.value());
    return text;
}

RawHttp::Response TestLabBadInput::send(const QByteArray &method, const QByteArray &path, const QByteArray &body, int timeoutMs) const
{
    return m_http->send(method, Api + path, {"Authorization: Bearer " + m_token, "Version: 4", "Content-Type: application/xml"}, body,
                        timeoutMs);
}

void TestLabBadInput::checkServing()
{
    QVERIFY2(m_lab.process().state() == QProcess::Running, qPrintable(m_lab.output() + QString::fromUtf8(m_lab.process().readAll())));
    QCOMPARE(send("GET", "").status, 200);
}

QByteArray TestLabBadInput::inventory() const
{
    // What a write could have changed: VMs, disks, attachments, snapshots (ids and statuses).
    QByteArray all;
    for (const QByteArray path : {"/vms", "/disks", "/vms/{vm}/snapshots", "/vms/{vm}/diskattachments", "/clusters", "/datacenters"})
        all += send("GET", fill(path)).body;
    return all;
}

void TestLabBadInput::initTestCase()
{
    QVERIFY(m_parent.isValid());
    LabProcess::Options options;
    options.dataDir = m_parent.filePath(QStringLiteral("lab"));
    options.fixedTime = QStringLiteral("2024-05-01T10:00:00Z"); // stable dates: the inventory compares byte for byte
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    m_http = std::make_unique<RawHttp>(quint16(m_lab.apiUrl().port()));
    const RawHttp::Response token = m_http->token("admin@internal", m_lab.password().toUtf8());
    m_token = QJsonDocument::fromJson(token.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());

    auto firstId = [this](const QByteArray &path, const QString &element, const QString &condition = {}) {
        const QString xml = QString::fromUtf8(send("GET", path).body);
        static const QRegularExpression any(QStringLiteral("<(\\w+) [^>]*\\bid=\"([^\"]+)\"[^>]*>"));
        for (auto it = any.globalMatch(xml); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(1) == element && (condition.isEmpty() || xml.indexOf(condition, match.capturedEnd()) > 0))
                return match.captured(2).toLatin1();
        }
        return QByteArray();
    };
    m_ids.insert("{vm}", firstId("/vms?search=name%3Dweb-01", QStringLiteral("vm")));
    m_ids.insert("{snapshot}", firstId(fill("/vms/{vm}/snapshots"), QStringLiteral("snapshot"), QStringLiteral("<snapshot_type>regular")));
    m_ids.insert("{disk}", firstId(fill("/vms/{vm}/diskattachments"), QStringLiteral("disk_attachment")));
    m_ids.insert("{storagedomain}", firstId("/storagedomains", QStringLiteral("storage_domain")));
    m_ids.insert("{host}", firstId("/hosts", QStringLiteral("host")));
    m_ids.insert("{cluster}", firstId("/clusters", QStringLiteral("cluster")));
    m_ids.insert("{datacenter}", firstId("/datacenters", QStringLiteral("data_center")));
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        QVERIFY2(it.value().size() == 36, it.key().constData());
    m_inventoryBefore = inventory();
    QVERIFY(m_inventoryBefore.contains("<disk_attachment"));
    m_filesBefore = fileCount(m_lab.dataDir());
}

void TestLabBadInput::cleanupTestCase()
{
    m_lab.stop();
}

void TestLabBadInput::malformedXml_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not xml") << QByteArray("snapshot please");
    QTest::newRow("truncated") << QByteArray("<snapshot><description>x</descr");
    QTest::newRow("mismatched tags") << QByteArray("<snapshot><description>x</snapshot></description>");
    QTest::newRow("two roots") << QByteArray("<action/><action/>");
    QTest::newRow("bad entity") << QByteArray("<action><x>&nosuch;</x></action>");
    QTest::newRow("billion laughs") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                                  "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]><action>&lol2;</action>");
    QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><action><x>&e;</x></action>");
    QTest::newRow("invalid utf-8") << QByteArray("<action><description>\xff\xfe\xc3\x28</description></action>");
    QTest::newRow("nul byte") << QByteArray("<action><description>a") + '\0' + QByteArray("b</description></action>");
    QTest::newRow("deep nesting") << QByteArray("<action>") + QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000) + "</action>";
    QTest::newRow("unclosed deep") << QByteArray("<a>").repeated(200000);
    QTest::newRow("huge attribute") << "<action id=\"" + QByteArray(4 << 20, 'x') + "\">";
    QTest::newRow("json") << QByteArray("{\"snapshot\": {\"description\": \"x\"}}");
}

void TestLabBadInput::malformedXml()
{
    QFETCH(QByteArray, body);
    for (const Endpoint &endpoint : endpoints()) {
        if (endpoint.method == "DELETE")
            continue; // a DELETE body is not read (the engine's neither)
        const RawHttp::Response reply = send(endpoint.method, fill(endpoint.path), body);
        QString why;
        // An action with no body at all is an empty <action/> (its rules answer); anything else
        // that is not well-formed XML is refused as unreadable.
        QVERIFY2(isFault(reply, &why) && (reply.status == 400 || body.isEmpty()),
                 qPrintable(QStringLiteral("%1 %2: %3 %4").arg(QString::fromLatin1(endpoint.method), QString::fromLatin1(endpoint.path))
                                .arg(reply.status).arg(why)));
        QVERIFY(!reply.body.contains("root:"));
    }
    checkServing();
}

void TestLabBadInput::wrongTypes_data()
{
    // endpoint index, element that gets a value of the wrong type, that value
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("persist_memorystate maybe") << 0 << QByteArray("<persist_memorystate>false") << QByteArray("<persist_memorystate>maybe");
    QTest::newRow("restore_memory 2") << 2 << QByteArray("<restore_memory>false") << QByteArray("<restore_memory>2");
    QTest::newRow("preview restore_memory yes") << 3 << QByteArray("<restore_memory>false") << QByteArray("<restore_memory>yes please");
    QTest::newRow("bootable maybe") << 6 << QByteArray("<bootable>false") << QByteArray("<bootable>maybe");
    QTest::newRow("interface unknown") << 6 << QByteArray("<interface>virtio_scsi") << QByteArray("<interface>floppy");
    QTest::newRow("read_only nope") << 7 << QByteArray("<read_only>false") << QByteArray("<read_only>nope");
    QTest::newRow("provisioned_size abc") << 9 << QByteArray("<provisioned_size>1048576") << QByteArray("<provisioned_size>abc");
    QTest::newRow("provisioned_size negative") << 9 << QByteArray("<provisioned_size>1048576") << QByteArray("<provisioned_size>-1048576");
    QTest::newRow("provisioned_size overflow") << 9 << QByteArray("<provisioned_size>1048576") << QByteArray("<provisioned_size>99999999999999999999999");
    QTest::newRow("format unknown") << 9 << QByteArray("<format>cow") << QByteArray("<format>vmdk");
    QTest::newRow("update provisioned_size abc") << 10 << QByteArray("<alias>renamed</alias>") << QByteArray("<provisioned_size>abc</provisioned_size>");
    QTest::newRow("update qcow_version bad") << 10 << QByteArray("<alias>renamed</alias>") << QByteArray("<qcow_version>qcow9</qcow_version>");
    QTest::newRow("iscsi port abc") << 12 << QByteArray("<port>1") << QByteArray("<port>abc");
    QTest::newRow("cluster major abc") << 14 << QByteArray("<major>4") << QByteArray("<major>abc");
    QTest::newRow("data center minor huge") << 15 << QByteArray("<minor>7") << QByteArray("<minor>99999999999");
}

void TestLabBadInput::wrongTypes()
{
    QFETCH(int, endpoint);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const Endpoint &e = endpoints().at(endpoint);
    QVERIFY(e.body.contains(from));
    const RawHttp::Response reply = send(e.method, fill(e.path), fill(e.body, from, to));
    QString why;
    QVERIFY2(isFault(reply, &why) && reply.status == 400,
             qPrintable(QStringLiteral("%1 %2: %3 %4").arg(QString::fromLatin1(e.method), QString::fromLatin1(e.path)).arg(reply.status).arg(why)));
    checkServing();
}

void TestLabBadInput::oversizedBodies()
{
    // Over the limit: Apache's 413 page, before anything reads the body; the limit itself passes
    // the size check (and is then refused as the XML it is not).
    const QByteArray tooBig = "<snapshot><description>" + QByteArray(16 * 1024 * 1024, 'x') + "</description></snapshot>";
    for (const Endpoint &endpoint : endpoints()) {
        if (endpoint.method == "DELETE")
            continue;
        const RawHttp::Response reply = send(endpoint.method, fill(endpoint.path), tooBig, 120000);
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Request Entity Too Large"));
    }
    const RawHttp::Response atLimit = send("POST", fill("/vms/{vm}/commitsnapshot"), "<action>" + QByteArray(16 * 1024 * 1024 - 8, ' '), 120000);
    QString why;
    QVERIFY2(isFault(atLimit, &why) && atLimit.status == 400, qPrintable(why));
    checkServing();
}

void TestLabBadInput::pathTricksInIds_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("dot dot") << QByteArray("..");
    QTest::newRow("dot dot slash") << QByteArray("../../../../../../tmp/diskdesk-badinput");
    QTest::newRow("encoded dot dot") << QByteArray("%2e%2e");
    QTest::newRow("encoded traversal") << QByteArray("%2e%2e%2f%2e%2e%2f%2e%2e%2ftmp%2fdiskdesk-badinput");
    QTest::newRow("encoded nul") << QByteArray("%00");
    QTest::newRow("nul inside uuid") << QByteArray("0123abcd-0000-0000-0000-00000000%0000");
    QTest::newRow("unknown uuid") << QByteArray("0123abcd-0000-4000-8000-000000000000");
    QTest::newRow("uppercase unknown uuid") << QByteArray("0123ABCD-0000-4000-8000-00000000000F");
    QTest::newRow("braced uuid") << QByteArray("{0123abcd-0000-4000-8000-000000000000}");
    QTest::newRow("not a uuid") << QByteArray("web-01");
    QTest::newRow("sql") << QByteArray("x'%20OR%20'1'%3D'1");
    QTest::newRow("matrix") << QByteArray(";id=1");
    QTest::newRow("long") << QByteArray(4000, 'a');
    QTest::newRow("backslashes") << QByteArray("..%5c..%5cetc");
}

void TestLabBadInput::pathTricksInIds()
{
    QFETCH(QByteArray, id);
    int sent = 0;
    for (const Endpoint &endpoint : endpoints()) {
        for (const QByteArray placeholder : {"{vm}", "{snapshot}", "{disk}", "{host}", "{cluster}", "{datacenter}"}) {
            if (!endpoint.path.contains(placeholder))
                continue;
            const QByteArray path = fill(endpoint.path, placeholder, id);
            const RawHttp::Response reply = send(endpoint.method, path, fill(endpoint.body));
            ++sent;
            // A malformed id in the path names nothing: 404 and nothing else (405 when what is
            // left is no write route). A well-formed unknown one may also be refused by the
            // operation's rules, as the engine does for restore ("VM's Snapshot does not exist").
            QString why;
            const bool wellFormed = QTest::currentDataTag() == QByteArray("unknown uuid")
                || QTest::currentDataTag() == QByteArray("uppercase unknown uuid");
            QVERIFY2(((reply.status == 404 || reply.status == 405) && reply.body.isEmpty()) || (wellFormed && isFault(reply, &why)),
                     qPrintable(QStringLiteral("%1 %2: %3 %4").arg(QString::fromLatin1(endpoint.method), QString::fromLatin1(path))
                                    .arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)))));
        }
    }
    QVERIFY(sent > 15);
    // Raw bytes the HTTP parser itself must refuse, and a target longer than it takes.
    for (const QByteArray &raw : {QByteArray("/vms/a\0b/snapshots", 18), QByteArray("/vms/a b/snapshots"), QByteArray("/vms/") + QByteArray(200000, 'a')}) {
        const RawHttp::Response reply = send("POST", raw, "<action/>", 20000);
        QVERIFY2(reply.status == 0 || reply.status == 400 || reply.status == 404 || reply.status == 405 || reply.status == 414 || reply.status == 431,
                 qPrintable(QString::number(reply.status)));
        QVERIFY(!reply.body.contains("<?xml") || reply.status != 200);
    }
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/diskdesk-badinput")));
    checkServing();
}

void TestLabBadInput::idsInBodies_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("attach traversal") << 6 << QByteArray("<disk id=\"{disk}\"/>") << QByteArray("<disk id=\"../../../tmp/diskdesk-badinput\"/>");
    QTest::newRow("attach unknown") << 6 << QByteArray("<disk id=\"{disk}\"/>") << QByteArray("<disk id=\"0123abcd-0000-4000-8000-000000000000\"/>");
    QTest::newRow("preview traversal") << 3 << QByteArray("<snapshot id=\"{snapshot}\"/>") << QByteArray("<snapshot id=\"..%2f..\"/>");
    QTest::newRow("preview unknown") << 3 << QByteArray("<snapshot id=\"{snapshot}\"/>") << QByteArray("<snapshot id=\"0123abcd-0000-4000-8000-000000000000\"/>");
    QTest::newRow("preview nul") << 3 << QByteArray("<snapshot id=\"{snapshot}\"/>") << QByteArray("<snapshot id=\"&#0;\"/>");
    QTest::newRow("new disk domain traversal") << 9 << QByteArray("<storage_domain id=\"{storagedomain}\"/>") << QByteArray("<storage_domain id=\"../../../tmp\"/>");
    QTest::newRow("new disk alias traversal") << 9 << QByteArray("<alias>bad-input</alias>") << QByteArray("<alias>../../../../tmp/diskdesk-badinput</alias><storage_domains><storage_domain id=\"../x\"/></storage_domains>");
    QTest::newRow("snapshot disk traversal") << 0 << QByteArray("</description>") << QByteArray("</description><disk_attachments><disk_attachment><disk id=\"../../x\"/></disk_attachment></disk_attachments>");
}

void TestLabBadInput::idsInBodies()
{
    QFETCH(int, endpoint);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const Endpoint &e = endpoints().at(endpoint);
    QVERIFY(e.body.contains(from));
    const RawHttp::Response reply = send(e.method, fill(e.path), fill(e.body, from, to));
    QString why;
    QVERIFY2(isFault(reply, &why) && (reply.status == 400 || reply.status == 404),
             qPrintable(QStringLiteral("%1 %2: %3 %4").arg(QString::fromLatin1(e.method), QString::fromLatin1(e.path)).arg(reply.status).arg(why)));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/diskdesk-badinput")));
    checkServing();
}

void TestLabBadInput::nothingChangedAndStillServing()
{
    checkServing();
    QCOMPARE(inventory(), m_inventoryBefore);
    QCOMPARE(fileCount(m_lab.dataDir()), m_filesBefore);
    // Nothing beside the data folder.
    QCOMPARE(QDir(m_parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("lab")});
    QCOMPARE(m_lab.stop(), 0); // and it still stops cleanly
}

QTEST_GUILESS_MAIN(TestLabBadInput)
#include "tst_lab_badinput.moc"
