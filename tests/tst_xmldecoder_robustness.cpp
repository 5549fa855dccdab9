// The hand-written XML reader behind XmlDecoder (issue 10) against hostile and odd input: it must
// agree with QXmlStreamReader on every real manager sample, refuse what is not well-formed, and
// never crash, hang or read past its input on truncated, garbled or absurdly nested documents.

#include "xmldecoder.h"
#include "xmlpullreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QByteArray example(const char *name)
{
    return readFile(QStringLiteral(DISKDESK_TEST_DATA "/examples/") + QLatin1String(name));
}

QStringList exampleNames()
{
    return QDir(QStringLiteral(DISKDESK_TEST_DATA "/examples")).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
}

QString str(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// One line per event: "S name id= href= rel=", "E name", "T text" (adjacent text merged), "!" on error.
QStringList qtEvents(const QByteArray &xml)
{
    QStringList events;
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    QString text;
    auto flush = [&] {
        if (!text.isEmpty())
            events << QStringLiteral("T ") + text;
        text.clear();
    };
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            flush();
            const QXmlStreamAttributes a = r.attributes();
            events << QStringLiteral("S %1 id=%2 href=%3 rel=%4")
                              .arg(r.name(), a.value(QLatin1String("id")), a.value(QLatin1String("href")), a.value(QLatin1String("rel")));
            break;
        }
        case QXmlStreamReader::EndElement:
            flush();
            events << QStringLiteral("E ") + r.name().toString();
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            text += r.text();
            break;
        default:
            break;
        }
    }
    flush();
    if (r.hasError())
        events << QStringLiteral("!");
    // Whitespace outside the root is not reported by QXmlStreamReader; drop it on both sides.
    events.removeIf([](const QString &e) { return e.startsWith(u"T ") && e.mid(2).trimmed().isEmpty(); });
    return events;
}

QStringList pullEvents(const QByteArray &xml)
{
    QStringList events;
    XmlPullReader r(xml);
    QString text;
    auto flush = [&] {
        if (!text.isEmpty())
            events << QStringLiteral("T ") + text;
        text.clear();
    };
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case XmlPullReader::Token::StartElement:
            flush();
            events << QStringLiteral("S %1 id=%2 href=%3 rel=%4")
                              .arg(str(r.name()), r.attribute("id"), r.attribute("href"), r.attribute("rel"));
            break;
        case XmlPullReader::Token::EndElement:
            flush();
            events << QStringLiteral("E ") + str(r.name());
            break;
        case XmlPullReader::Token::Characters:
            text += r.textString();
            break;
        default:
            break;
        }
    }
    flush();
    if (r.hasError())
        events << QStringLiteral("!");
    events.removeIf([](const QString &e) { return e.startsWith(u"T ") && e.mid(2).trimmed().isEmpty(); });
    return events;
}

// Runs every decoder over \a xml; each must return (the test fails by crashing or hanging).
int decodeWithEverything(const QByteArray &xml)
{
    int errors = 0;
    QString error;
    auto count = [&] { errors += error.isEmpty() ? 0 : 1; };
    XmlDecoder::decodeApiRoot(xml, &error); count();
    XmlDecoder::decodeVms(xml, &error); count();
    XmlDecoder::decodeVm(xml, &error); count();
    XmlDecoder::decodeDisks(xml, &error); count();
    XmlDecoder::decodeDiskAttachments(xml, &error); count();
    XmlDecoder::decodeSnapshots(xml, &error); count();
    XmlDecoder::decodeStorageDomains(xml, &error); count();
    XmlDecoder::decodeHostStorages(xml, &error); count();
    XmlDecoder::decodeDataCenters(xml, &error); count();
    XmlDecoder::decodeFault(xml, &error); count();
    return errors;
}

} // namespace

class TestXmlDecoderRobustness : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQXmlStreamReader_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = exampleNames();
        QVERIFY(names.size() > 20);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void agreesWithQXmlStreamReader()
    {
        QFETCH(QString, name);
        const QByteArray xml = readFile(QStringLiteral(DISKDESK_TEST_DATA "/examples/") + name);
        const QStringList expected = qtEvents(xml);
        const QStringList actual = pullEvents(xml);
        QVERIFY(!expected.contains(QStringLiteral("!")));
        QCOMPARE(actual, expected);
    }

    void agreesOnSmallDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("entities") << QByteArray("<a x=\"&lt;&amp;&gt;&quot;&apos;\">1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;q&quot; &apos;a&apos;</a>") << true;
        QTest::newRow("numeric refs") << QByteArray("<a id=\"&#65;&#x42;\">&#233;&#xE9;&#x1F600;&#10;</a>") << true;
        QTest::newRow("cdata") << QByteArray("<a>x<![CDATA[<not> &a tag;]]>y</a>") << true;
        QTest::newRow("comments and PIs") << QByteArray("<?xml version=\"1.0\"?><!-- c --><a><!-- in -->t<?pi x?>u</a><!-- after -->") << true;
        QTest::newRow("single quotes") << QByteArray("<a id='1' href=\"h'\" rel='r\"'/>") << true;
        QTest::newRow("spaces in tags") << QByteArray("<a  id = \"1\" ><b\n/></a >") << true;
        QTest::newRow("utf-8") << QByteArray("<a id=\"\xc3\xa9\">\xe6\x97\xa5\xe6\x9c\xac</a>") << true;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>") << true;
        QTest::newRow("mismatch") << QByteArray("<a><b></a></b>") << false;
        QTest::newRow("unclosed") << QByteArray("<a><b></b>") << false;
        QTest::newRow("two roots") << QByteArray("<a/><b/>") << false;
        QTest::newRow("text outside") << QByteArray("<a/>junk") << false;
        QTest::newRow("text before") << QByteArray("junk<a/>") << false;
        QTest::newRow("unknown entity") << QByteArray("<a>&nbsp;</a>") << false;
        QTest::newRow("bare ampersand") << QByteArray("<a>fish & chips</a>") << false;
        QTest::newRow("ref to NUL") << QByteArray("<a>&#0;</a>") << false;
        QTest::newRow("ref to surrogate") << QByteArray("<a>&#xD800;</a>") << false;
        QTest::newRow("ref too big") << QByteArray("<a>&#x110000;</a>") << false;
        QTest::newRow("empty ref") << QByteArray("<a>&#;</a>") << false;
        QTest::newRow("unquoted attribute") << QByteArray("<a id=1/>") << false;
        QTest::newRow("attribute without value") << QByteArray("<a id/>") << false;
        QTest::newRow("duplicate attribute") << QByteArray("<a id=\"1\" id=\"2\"/>") << false;
        QTest::newRow("lt in attribute") << QByteArray("<a id=\"<\"/>") << false;
        QTest::newRow("attributes not spaced") << QByteArray("<a id=\"1\"rel=\"2\"/>") << false;
        QTest::newRow("late declaration") << QByteArray("<a/><?xml version=\"1.0\"?>") << false;
        QTest::newRow("bad name") << QByteArray("<1a/>") << false;
        QTest::newRow("lone lt") << QByteArray("<a><</a>") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("only declaration") << QByteArray("<?xml version=\"1.0\"?>") << false;
    }

    void agreesOnSmallDocuments()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, wellFormed);
        const QStringList expected = qtEvents(xml);
        const QStringList actual = pullEvents(xml);
        QCOMPARE(expected.contains(QStringLiteral("!")), !wellFormed); // the case itself is right
        QCOMPARE(actual.contains(QStringLiteral("!")), !wellFormed);
        if (wellFormed)
            QCOMPARE(actual, expected);
    }

    // Billion laughs and external entities start with a DTD; none is ever read.
    void refusesDocumentTypes()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE vms [<!ENTITY a \"aaaaaaaaaa\">"
                               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><vms><vm id=\"1\"><name>&b;</name></vm></vms>";
        QString error;
        const QList<Vm> vms = XmlDecoder::decodeVms(xml, &error);
        QVERIFY(vms.isEmpty());
        QVERIFY2(error.contains(QLatin1String("Document type")), qPrintable(error));
    }

    void errorsCarryAPosition()
    {
        QString error;
        XmlDecoder::decodeVms("<vms>\n<vm id=\"1\">\n  <name>x</nam>\n</vm></vms>", &error);
        QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
    }

    // Every prefix of a real document: an error (the root is never closed), never a crash.
    void truncatedEverywhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("step");
        QTest::newRow("vm") << QStringLiteral("vm-follow-disk-attachments-doc.xml") << 1;
        QTest::newRow("snapshots") << QStringLiteral("snapshots-list.xml") << 1;
        QTest::newRow("vms") << QStringLiteral("vms-list.xml") << 7;
        QTest::newRow("storage domain") << QStringLiteral("storage-domain-iscsi.xml") << 3;
    }

    void truncatedEverywhere()
    {
        QFETCH(QString, name);
        QFETCH(int, step);
        const QByteArray xml = readFile(QStringLiteral(DISKDESK_TEST_DATA "/examples/") + name);
        const qsizetype rootEnd = xml.lastIndexOf('>') + 1;
        for (qsizetype length = 0; length < rootEnd; length += step) {
            // A detached copy: reading past the prefix would show up under sanitizers and valgrind.
            const QByteArray prefix(xml.constData(), length);
            QStringList events = pullEvents(prefix);
            QVERIFY2(events.contains(QStringLiteral("!")), qPrintable(QStringLiteral("prefix of %1 bytes read as complete").arg(length)));
            QCOMPARE(decodeWithEverything(prefix), 10);
        }
    }

    // Random bytes, and real documents with bytes replaced by XML's special characters: every
    // decoder returns, and the whole run stays well under a second per thousand documents.
    void garbage()
    {
        QRandomGenerator random(20240610);
        const QByteArray alphabet = "<>/&;#x\"'=![]-?CDATA \n\tvm";
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 500; ++i) {
            QByteArray junk(int(random.bounded(1, 400)), Qt::Uninitialized);
            for (char &c : junk)
                c = random.bounded(3) == 0 ? char(random.bounded(256)) : alphabet.at(random.bounded(int(alphabet.size())));
            decodeWithEverything(junk);
        }
        const QList<QByteArray> sources{example("vms-list.xml"), example("snapshots-list.xml"), example("disk-image-cow-qcow2v3.xml"),
                                        example("api-root.xml")};
        for (int i = 0; i < 1000; ++i) {
            QByteArray doc = sources.at(i % sources.size());
            const int edits = int(random.bounded(1, 6));
            for (int e = 0; e < edits; ++e)
                doc[random.bounded(int(doc.size()))] = alphabet.at(random.bounded(int(alphabet.size())));
            pullEvents(doc);
            decodeWithEverything(doc);
        }
        QVERIFY2(timer.elapsed() < 60000, "garbage input took far too long");
    }

    void deepNesting()
    {
        // Beyond the limit: an error, quickly, whatever the decoder.
        QByteArray deep = "<vms><vm id=\"1\"><name>n</name>";
        for (int i = 0; i < 200000; ++i)
            deep += "<a>";
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(XmlDecoder::decodeVms(deep, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("nested too deeply")), qPrintable(error));
        QCOMPARE(decodeWithEverything(deep), 10);
        QVERIFY(timer.elapsed() < 10000);

        // Deep but within the limit and closed: an unknown member, skipped.
        QByteArray ok = "<vms><vm id=\"1\"><name>n</name>";
        for (int i = 0; i < XmlPullReader::MaxDepth - 10; ++i)
            ok += "<future><name>x</name>";
        for (int i = 0; i < XmlPullReader::MaxDepth - 10; ++i)
            ok += "</future>";
        ok += "</vm></vms>";
        const QList<Vm> vms = XmlDecoder::decodeVms(ok, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(vms.size(), 1);
        QCOMPARE(vms.first().name, QStringLiteral("n"));
    }

    void hugeTextAndAttributes()
    {
        const QByteArray big(8 * 1024 * 1024, 'x');
        QString error;
        const QList<Vm> vms = XmlDecoder::decodeVms("<vms><vm id=\"" + big + "\"><description>" + big + "&amp;</description></vm></vms>", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(vms.size(), 1);
        QCOMPARE(vms.first().id.size(), big.size());
        QCOMPARE(vms.first().description.size(), big.size() + 1);
        QVERIFY(vms.first().description.endsWith(u'&'));
    }
};

QTEST_GUILESS_MAIN(TestXmlDecoderRobustness)
#include "tst_xmldecoder_robustness.moc"
