#include "requestencoder.h"

#include <QXmlStreamWriter>

namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void writeReference(QXmlStreamWriter &w, const QString &element, const QString &id)
{
    w.writeEmptyElement(element);
    w.writeAttribute(QStringLiteral("id"), id);
}

void writeDiskChoices(QXmlStreamWriter &w, const QList<DiskImageChoice> &disks)
{
    w.writeStartElement(QStringLiteral("disks"));
    for (const DiskImageChoice &choice : disks) {
        w.writeStartElement(QStringLiteral("disk"));
        w.writeAttribute(QStringLiteral("id"), choice.diskId);
        // The engine resolves each entry by the (disk id, image id) pair.
        w.writeTextElement(QStringLiteral("image_id"), choice.imageId);
        if (!choice.snapshotId.isEmpty())
            writeReference(w, QStringLiteral("snapshot"), choice.snapshotId);
        w.writeEndElement();
    }
    w.writeEndElement();
}

} // namespace

namespace RequestEncoder {

QByteArray createSnapshot(const CreateSnapshotRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("snapshot"));
    w.writeTextElement(QStringLiteral("description"), request.description);
    w.writeTextElement(QStringLiteral("persist_memorystate"), boolean(request.persistMemorystate));
    if (request.diskIds) {
        w.writeStartElement(QStringLiteral("disk_attachments"));
        for (const QString &diskId : *request.diskIds) {
            w.writeStartElement(QStringLiteral("disk_attachment"));
            writeReference(w, QStringLiteral("disk"), diskId);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

QByteArray previewSnapshot(const PreviewSnapshotRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("action"));
    writeReference(w, QStringLiteral("snapshot"), request.snapshotId);
    w.writeTextElement(QStringLiteral("restore_memory"), boolean(request.restoreMemory));
    if (request.disks)
        writeDiskChoices(w, *request.disks);
    w.writeEndElement();
    return out;
}

QByteArray restoreSnapshot(const PreviewSnapshotRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("action"));
    w.writeTextElement(QStringLiteral("restore_memory"), boolean(request.restoreMemory));
    if (request.disks)
        writeDiskChoices(w, *request.disks);
    w.writeEndElement();
    return out;
}

QByteArray emptyAction()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    // Start + end (not writeEmptyElement, which leaves the tag open until more is written).
    w.writeStartElement(QStringLiteral("action"));
    w.writeEndElement();
    return out;
}

QByteArray amendDisk(QcowVersion version, bool asAttachment)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    if (asAttachment)
        w.writeStartElement(QStringLiteral("disk_attachment"));
    w.writeStartElement(QStringLiteral("disk"));
    w.writeTextElement(QStringLiteral("qcow_version"), toWire(version));
    w.writeEndElement();
    if (asAttachment)
        w.writeEndElement();
    return out;
}

QByteArray versionUpdate(const QString &element, const Version &version)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(element);
    w.writeStartElement(QStringLiteral("version"));
    w.writeTextElement(QStringLiteral("major"), QString::number(version.major));
    w.writeTextElement(QStringLiteral("minor"), QString::number(version.minor));
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

} // namespace RequestEncoder
