// Jobs, events and action replies (XmlDecoder, operationdecoder.cpp) against the manager's own
// samples, and the request bodies (RequestEncoder) against the shapes of its request samples.
#include "requestencoder.h"
#include "xmldecoder.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace {

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(DISKDESK_TEST_DATA "/examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open example %s", name);
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// An XML document as an indented outline of its elements, attributes and texts, ignoring
// comments and whitespace, so that two documents can be compared by structure.
QString outline(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    QString out;
    int depth = 0;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            out += QString(depth * 2, u' ') + r.name().toString();
            for (const QXmlStreamAttribute &a : r.attributes())
                out += QStringLiteral(" %1=%2").arg(a.name().toString(), a.value().toString());
            out += u'\n';
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (!r.isWhitespace())
                out += QString(depth * 2, u' ') + u'"' + r.text().toString().trimmed() + QStringLiteral("\"\n");
            break;
        default:
            break;
        }
    }
    if (r.hasError())
        return QStringLiteral("ERROR: ") + r.errorString();
    return out;
}

} // namespace

class TestOperationDecoder : public QObject
{
    Q_OBJECT

private slots:
    void job()
    {
        QString error = QStringLiteral("stale");
        const Job job = XmlDecoder::decodeJob(example("job.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(job.id, QStringLiteral("123"));
        QCOMPARE(job.description, QStringLiteral("Adding Disk"));
        QCOMPARE(job.status, JobStatus::Failed);
        QVERIFY(job.startTime.has_value());
        QCOMPARE(*job.startTime, utc(2016, 12, 12, 21, 7, 26, 593));
        QCOMPARE(job.startTime->offsetFromUtc(), 2 * 3600);
        QVERIFY(job.endTime.has_value());
        QCOMPARE(*job.endTime, utc(2016, 12, 12, 21, 7, 29, 758));
    }

    void jobsList()
    {
        // A running job has no end time yet; the owner reference's id does not leak into the job.
        const QByteArray xml = R"(<jobs>
  <job href="/ovirt-engine/api/jobs/a1" id="a1">
    <description>Creating VM Snapshot nightly for VM web-01</description>
    <link href="/ovirt-engine/api/jobs/a1/steps" rel="steps"/>
    <auto_cleared>true</auto_cleared>
    <external>false</external>
    <start_time>2026-03-02T09:30:00.000Z</start_time>
    <status>started</status>
    <owner href="/ovirt-engine/api/users/u1" id="u1"/>
  </job>
  <job id="a2"><status>finished</status><description>Removing Snapshot</description></job>
</jobs>)";
        QString error;
        const QList<Job> jobs = XmlDecoder::decodeJobs(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs[0].id, QStringLiteral("a1"));
        QCOMPARE(jobs[0].status, JobStatus::Started);
        QCOMPARE(*jobs[0].startTime, utc(2026, 3, 2, 9, 30, 0, 0));
        QVERIFY(!jobs[0].endTime.has_value());
        QCOMPARE(jobs[1].status, JobStatus::Finished);
        QCOMPARE(jobs[1].description, QStringLiteral("Removing Snapshot"));

        QVERIFY(XmlDecoder::decodeJobs("<jobs/>", &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void eventsList()
    {
        QString error;
        const QList<Event> events = XmlDecoder::decodeEvents(example("events-list.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 2);
        // Newest first, as the manager sorts them.
        QCOMPARE(events[0].id, 2);
        QCOMPARE(events[0].code, 31);
        QCOMPARE(events[0].description, QStringLiteral("User admin@internal-authz logged out."));
        QCOMPARE(events[0].correlationId, QStringLiteral("1e892ea9"));
        QCOMPARE(events[0].severity, EventSeverity::Normal);
        QCOMPARE(*events[0].time, utc(2016, 9, 14, 10, 14, 34, 541));
        QVERIFY(events[0].vmId.isEmpty());
        QCOMPARE(events[1].id, 1);
        QCOMPARE(events[1].code, 30);
        QCOMPARE(events[1].correlationId, QStringLiteral("1fbd81f4"));
        QCOMPARE(events[1].description, QStringLiteral("User admin logged in."));
    }

    void event()
    {
        QString error;
        const Event event = XmlDecoder::decodeEvent(example("event.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(event.id, 16359);
        QCOMPARE(event.code, 35);
        QCOMPARE(event.description, QStringLiteral("VM new_vm configuration was updated by admin@internal-authz."));
        QCOMPARE(event.correlationId, QStringLiteral("4e787afc-ed42-4193-82a0-66943860d142"));
        QCOMPARE(event.severity, EventSeverity::Normal);
        QCOMPARE(*event.time, utc(2017, 5, 7, 12, 45, 5, 485));
        QCOMPARE(event.vmId, QStringLiteral("78e60d40-1fd9-42e7-aa07-4ef4439b5289"));
        // The cluster, data center, template and user references are not the VM's.
        QVERIFY(event.hostId.isEmpty());
        QVERIFY(event.storageDomainId.isEmpty());
    }

    void eventSeveritiesAndReferences()
    {
        const QByteArray xml = R"(<events>
  <event id="900"><description>Failed to complete snapshot 'x' creation for VM 'db-01'.</description>
    <code>69</code><correlation_id>c-1</correlation_id><severity>error</severity>
    <host id="h1"/><storage_domain id="sd1"/><vm id="vm1"/></event>
  <event id="899"><severity>alert</severity><code>1</code></event>
  <event id="898"><severity>warning</severity></event>
  <event id="897"><severity>catastrophic</severity></event>
</events>)";
        QString error;
        const QList<Event> events = XmlDecoder::decodeEvents(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].severity, EventSeverity::Error);
        QCOMPARE(events[0].hostId, QStringLiteral("h1"));
        QCOMPARE(events[0].storageDomainId, QStringLiteral("sd1"));
        QCOMPARE(events[0].vmId, QStringLiteral("vm1"));
        QCOMPARE(events[1].severity, EventSeverity::Alert);
        QCOMPARE(events[2].severity, EventSeverity::Warning);
        QCOMPARE(events[3].severity, EventSeverity::Unknown);
        QVERIFY(!events[3].time.has_value());
    }

    void actionWithJob()
    {
        // NOTES §11.1: a successful action echoes its parameters, names its job and says complete.
        const QByteArray xml = R"(<action>
  <snapshot id="SID"/>
  <restore_memory>false</restore_memory>
  <job href="/ovirt-engine/api/jobs/JOB_ID" id="JOB_ID"/>
  <status>complete</status>
</action>)";
        QString error;
        const ActionResult result = XmlDecoder::decodeActionResult(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.status, ActionStatus::Complete);
        QCOMPARE(result.jobId, QStringLiteral("JOB_ID"));
        QVERIFY(!result.fault.has_value());
    }

    void actionWithFault()
    {
        // The SDK test mock: a fault inside <action>, without status, is a failure.
        QString error;
        ActionResult result = XmlDecoder::decodeActionResult(example("action-with-fault-sdk-test.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.status, ActionStatus::Failed);
        QVERIFY(result.fault.has_value());
        QCOMPARE(result.fault->reason, QStringLiteral("myreason"));
        QVERIFY(result.fault->detail.isEmpty());

        // NOTES §12.1: the engine's failed action, detail before reason.
        const QByteArray failed = R"(<action>
  <fault>
    <detail>[Cannot preview Snapshot. At least one of the VMs is not down.]</detail>
    <reason>Operation Failed</reason>
  </fault>
  <snapshot id="SID"/>
  <status>failed</status>
</action>)";
        result = XmlDecoder::decodeActionResult(failed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.status, ActionStatus::Failed);
        QCOMPARE(result.fault->reason, QStringLiteral("Operation Failed"));
        QCOMPARE(result.fault->detail, QStringLiteral("[Cannot preview Snapshot. At least one of the VMs is not down.]"));
        QVERIFY(result.jobId.isEmpty());
    }

    void bareFaultAsAction()
    {
        QString error;
        const ActionResult result = XmlDecoder::decodeActionResult(example("fault-incomplete-parameters.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.status, ActionStatus::Failed);
        QVERIFY(result.fault.has_value());
        QVERIFY(!result.fault->reason.isEmpty());
    }

    void malformedAndWrongRoot()
    {
        QString error;
        QCOMPARE(XmlDecoder::decodeJob("<vm id=\"1\"/>", &error).id, QString());
        QVERIFY(error.contains(QStringLiteral("Unexpected root element <vm>")));
        QVERIFY(XmlDecoder::decodeEvents("<events><event id=\"1\">", &error).isEmpty());
        QVERIFY(error.startsWith(QStringLiteral("Malformed XML")));
        const ActionResult action = XmlDecoder::decodeActionResult("", &error);
        QCOMPARE(action.status, ActionStatus::Unknown);
        QVERIFY(!error.isEmpty());
        // Success clears a stale error.
        XmlDecoder::decodeEvent("<event id=\"5\"/>", &error);
        QVERIFY(error.isEmpty());
    }

    void createSnapshotBody()
    {
        CreateSnapshotRequest request;
        request.vmId = QStringLiteral("123");
        request.description = QStringLiteral("My snapshot & <friends>");
        request.persistMemorystate = false;

        // All disks: no <disk_attachments>; memory written out (the engine defaults it to true).
        QCOMPARE(outline(RequestEncoder::createSnapshot(request)),
                 QStringLiteral("snapshot\n  description\n    \"My snapshot & <friends>\"\n"
                                "  persist_memorystate\n    \"false\"\n"));

        // Configuration only: an empty <disk_attachments/>.
        request.diskIds = QStringList();
        QCOMPARE(outline(RequestEncoder::createSnapshot(request)),
                 QStringLiteral("snapshot\n  description\n    \"My snapshot & <friends>\"\n"
                                "  persist_memorystate\n    \"false\"\n  disk_attachments\n"));

        // A subset, in the shape of the manager's sample (without the optional image_id).
        request.description = QStringLiteral("My snapshot");
        request.persistMemorystate = true;
        request.diskIds = QStringList{ QStringLiteral("d1"), QStringLiteral("d2") };
        QCOMPARE(outline(RequestEncoder::createSnapshot(request)),
                 QStringLiteral("snapshot\n  description\n    \"My snapshot\"\n"
                                "  persist_memorystate\n    \"true\"\n  disk_attachments\n"
                                "    disk_attachment\n      disk id=d1\n"
                                "    disk_attachment\n      disk id=d2\n"));
        // The sample's element names and nesting are the ones written.
        const QString sample = outline(example("snapshot-add-request.xml"));
        QVERIFY2(sample.contains(QStringLiteral("  disk_attachments\n    disk_attachment\n      disk id=123\n")),
                 qPrintable(sample));
    }

    void previewSnapshotBody()
    {
        PreviewSnapshotRequest request;
        request.vmId = QStringLiteral("123");
        request.snapshotId = QStringLiteral("456");
        QCOMPARE(outline(RequestEncoder::previewSnapshot(request)),
                 QStringLiteral("action\n  snapshot id=456\n  restore_memory\n    \"false\"\n"));

        request.restoreMemory = true;
        request.disks = QList<DiskImageChoice>{ { QStringLiteral("111"), QStringLiteral("222"), QStringLiteral("456") },
                                                { QStringLiteral("333"), QStringLiteral("444"), QStringLiteral("789") } };
        QCOMPARE(outline(RequestEncoder::previewSnapshot(request)),
                 QStringLiteral("action\n  snapshot id=456\n  restore_memory\n    \"true\"\n  disks\n"
                                "    disk id=111\n      image_id\n        \"222\"\n      snapshot id=456\n"
                                "    disk id=333\n      image_id\n        \"444\"\n      snapshot id=789\n"));
        const QString sample = outline(example("previewsnapshot-request.xml"));
        QVERIFY2(sample.contains(QStringLiteral("  disks\n    disk id=111\n      image_id\n        \"222\"\n")),
                 qPrintable(sample));

        // Every disk excluded is an empty <disks/>, not "all disks".
        request.disks = QList<DiskImageChoice>();
        QVERIFY(outline(RequestEncoder::previewSnapshot(request)).endsWith(QStringLiteral("  disks\n")));
    }

    void restoreAndEmptyActionBodies()
    {
        PreviewSnapshotRequest request;
        request.vmId = QStringLiteral("123");
        request.snapshotId = QStringLiteral("456");
        // The snapshot is in the URL; the body carries only the options.
        QCOMPARE(outline(RequestEncoder::restoreSnapshot(request)),
                 QStringLiteral("action\n  restore_memory\n    \"false\"\n"));
        request.disks = QList<DiskImageChoice>{ { QStringLiteral("111"), QStringLiteral("222"), QStringLiteral("456") } };
        QCOMPARE(outline(RequestEncoder::restoreSnapshot(request)),
                 QStringLiteral("action\n  restore_memory\n    \"false\"\n  disks\n"
                                "    disk id=111\n      image_id\n        \"222\"\n      snapshot id=456\n"));
        QCOMPARE(outline(RequestEncoder::emptyAction()), QStringLiteral("action\n"));
    }
};

QTEST_GUILESS_MAIN(TestOperationDecoder)
#include "tst_operationdecoder.moc"
