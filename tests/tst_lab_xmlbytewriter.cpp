// The lab's fast paths for data-center-sized lists (issue 10) must not change a byte or a number:
// XmlByteWriter against QXmlStreamWriter on tricky content and on every VM of the demo inventory
// (real volume files made with qemu-img), and QemuImg::sizes() against `qemu-img info`.

#include "demoinventory.h"
#include "labdatabase.h"
#include "qemuimg.h"
#include "xmlbytewriter.h"
#include "xmlrenderer.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>

#include <functional>

class TestLabXmlByteWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQXmlStreamWriter_data();
    void sameBytesAsQXmlStreamWriter();
    void takeKeepsState();
    void vmListSameBytes();
    void sizesAgreeWithQemuImg();

private:
    bool makeDemo(QTemporaryDir &dir, LabDatabase &db, QemuImg &qemu);
};

namespace {

// A document written the same way through either writer.
template<typename Writer>
void writeDocument(Writer &w, const QString &text, const QString &attribute)
{
    w.setAutoFormatting(true);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("vms"));
    w.writeStartElement(QStringLiteral("vm"));
    w.writeAttribute(QStringLiteral("href"), attribute);
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    w.writeStartElement(QStringLiteral("actions"));
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), attribute);
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("name"), text);
    w.writeTextElement(QStringLiteral("empty"), QString());
    w.writeStartElement(QStringLiteral("closed_at_once"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("a"));
    w.writeStartElement(QStringLiteral("b"));
    w.writeEmptyElement(QStringLiteral("c"));
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("d"), text);
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("last"));
    w.writeEndElement();
    // Text directly followed by a child: no line break before the child, as Qt does.
    w.writeStartElement(QStringLiteral("vm"));
    w.writeCharacters(text);
    w.writeEmptyElement(QStringLiteral("x"));
    w.writeEndElement();
    w.writeEndDocument();
}

QByteArray throughQt(const std::function<void(QXmlStreamWriter &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer(&buffer);
    write(writer);
    return buffer.data();
}

} // namespace

void TestLabXmlByteWriter::sameBytesAsQXmlStreamWriter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("attribute");
    QTest::newRow("plain") << QStringLiteral("web-01") << QStringLiteral("/ovirt-engine/api/vms/1");
    QTest::newRow("markup") << QStringLiteral("a<b>&c\"d'e") << QStringLiteral("x<y>&z\"w'v");
    QTest::newRow("whitespace") << QStringLiteral("line\none\ttab\rcr  spaces ") << QStringLiteral("line\none\ttab\rcr");
    QTest::newRow("non-ascii") << QString::fromUtf8("Über café 数据 \xF0\x9F\x98\x80 ✓") << QString::fromUtf8("é\xF0\x9F\x92\xBE中");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("long") << QString(100000, QLatin1Char('x')) << QString(5000, QLatin1Char('&'));
}

void TestLabXmlByteWriter::sameBytesAsQXmlStreamWriter()
{
    QFETCH(QString, text);
    QFETCH(QString, attribute);
    const QByteArray expected = throughQt([&](QXmlStreamWriter &w) { writeDocument(w, text, attribute); });
    XmlByteWriter fast;
    writeDocument(fast, text, attribute);
    QCOMPARE(fast.buffer(), expected);
}

void TestLabXmlByteWriter::takeKeepsState()
{
    // Taken piece by piece (as the chunked list does), the pieces add up to the same document.
    const QString text = QStringLiteral("a<b");
    XmlByteWriter fast;
    QByteArray joined;
    fast.setAutoFormatting(true);
    fast.writeStartDocument(QStringLiteral("1.0"), true);
    fast.writeStartElement(QStringLiteral("vms"));
    joined += fast.take();
    QVERIFY(fast.buffer().isEmpty());
    fast.writeStartElement(QStringLiteral("vm"));
    fast.writeAttribute(QStringLiteral("href"), text);
    joined += fast.take();
    fast.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    fast.writeEndElement();
    fast.writeEndDocument();
    joined += fast.take();
    const QByteArray small = throughQt([&](QXmlStreamWriter &w) {
        w.setAutoFormatting(true);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("vms"));
        w.writeStartElement(QStringLiteral("vm"));
        w.writeAttribute(QStringLiteral("href"), text);
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
        w.writeEndElement();
        w.writeEndDocument();
    });
    QCOMPARE(joined, small);
}

bool TestLabXmlByteWriter::makeDemo(QTemporaryDir &dir, LabDatabase &db, QemuImg &qemu)
{
    if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("lab.sqlite")))) {
        qWarning("cannot open the database: %s", qPrintable(db.lastError()));
        return false;
    }
    DemoInventory demo(db, qemu, dir.path());
    if (!demo.populate()) {
        qWarning("demo inventory: %s", qPrintable(demo.lastError()));
        return false;
    }
    return true;
}

void TestLabXmlByteWriter::vmListSameBytes()
{
    QTemporaryDir dir;
    LabDatabase db;
    QemuImg qemu;
    QVERIFY(makeDemo(dir, db, qemu));
    XmlRenderer renderer(db, qemu, dir.path());
    const QList<LabRow> vms = db.select(QStringLiteral("SELECT * FROM vms ORDER BY name"));
    QVERIFY(vms.size() >= 5);

    const QByteArray expected = throughQt([&](QXmlStreamWriter &w) {
        w.setAutoFormatting(true);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("vms"));
        for (const LabRow &vm : vms)
            renderer.vm(w, vm);
        w.writeEndElement();
        w.writeEndDocument();
    });
    // The fast writer, with the cluster look-ups remembered as a list does it.
    XmlByteWriter fast;
    fast.setAutoFormatting(true);
    fast.writeStartDocument(QStringLiteral("1.0"), true);
    fast.writeStartElement(QStringLiteral("vms"));
    renderer.setCachingClusterRefs(true);
    for (const LabRow &vm : vms)
        renderer.vm(fast, vm);
    renderer.setCachingClusterRefs(false);
    fast.writeEndElement();
    fast.writeEndDocument();
    QCOMPARE(fast.buffer(), expected);
    QVERIFY(expected.contains("<cpu_profile "));
    QVERIFY(expected.contains("<quota "));
}

void TestLabXmlByteWriter::sizesAgreeWithQemuImg()
{
    QTemporaryDir dir;
    LabDatabase db;
    QemuImg qemu;
    QVERIFY(makeDemo(dir, db, qemu));
    const QList<LabRow> volumes = db.select(QStringLiteral("SELECT path FROM volumes"));
    QVERIFY(volumes.size() >= 10);
    int raw = 0;
    for (const LabRow &volume : volumes) {
        const QString path = QDir(dir.path()).filePath(volume.value(QStringLiteral("path")).toString());
        const VolumeInfo info = qemu.info(path);
        QVERIFY2(info.valid, qPrintable(info.error));
        const QemuImg::Sizes sizes = qemu.sizes(path);
        QVERIFY(sizes.valid);
        QCOMPARE(sizes.virtualSize, info.virtualSize);
        QCOMPARE(sizes.actualSize, info.actualSize);
        raw += info.format == QLatin1String("raw");
    }
    QVERIFY2(raw > 0, "the demo inventory has raw volumes too");
    QVERIFY(!qemu.sizes(dir.filePath(QStringLiteral("no-such-volume"))).valid);
}

QTEST_GUILESS_MAIN(TestLabXmlByteWriter)
#include "tst_lab_xmlbytewriter.moc"
