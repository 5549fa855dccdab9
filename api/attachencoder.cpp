#include "attachencoder.h"

#include <QXmlStreamWriter>

namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void writeOptions(QXmlStreamWriter &w, const AttachmentOptions &options)
{
    w.writeTextElement(QStringLiteral("active"), boolean(options.active));
    w.writeTextElement(QStringLiteral("bootable"), boolean(options.bootable));
    w.writeTextElement(QStringLiteral("interface"), toWire(options.interface_));
    w.writeTextElement(QStringLiteral("pass_discard"), boolean(options.passDiscard));
    w.writeTextElement(QStringLiteral("read_only"), boolean(options.readOnly));
}

void writeNewDisk(QXmlStreamWriter &w, const NewDiskRequest &request)
{
    w.writeStartElement(QStringLiteral("disk"));
    if (!request.alias.isEmpty())
        w.writeTextElement(QStringLiteral("alias"), request.alias);
    if (!request.description.isEmpty())
        w.writeTextElement(QStringLiteral("description"), request.description);
    if (request.image) {
        const NewImageDisk &image = *request.image;
        w.writeTextElement(QStringLiteral("format"), toWire(image.format));
        w.writeTextElement(QStringLiteral("provisioned_size"), QString::number(image.provisionedSize));
        w.writeTextElement(QStringLiteral("shareable"), boolean(request.shareable));
        w.writeTextElement(QStringLiteral("sparse"), boolean(image.sparse));
        w.writeTextElement(QStringLiteral("wipe_after_delete"), boolean(image.wipeAfterDelete));
        w.writeStartElement(QStringLiteral("storage_domains"));
        w.writeEmptyElement(QStringLiteral("storage_domain"));
        w.writeAttribute(QStringLiteral("id"), image.storageDomainId);
        w.writeEndElement();
    } else if (request.lun) {
        const NewLunDisk &lun = *request.lun;
        w.writeStartElement(QStringLiteral("lun_storage"));
        // With a host the manager checks that it sees the LUN and reads its size and serial.
        if (!lun.hostId.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("host"));
            w.writeAttribute(QStringLiteral("id"), lun.hostId);
        }
        w.writeTextElement(QStringLiteral("type"), toWire(lun.type));
        w.writeStartElement(QStringLiteral("logical_units"));
        w.writeStartElement(QStringLiteral("logical_unit"));
        w.writeAttribute(QStringLiteral("id"), lun.lunId);
        if (lun.type == HostStorageType::Iscsi) {
            w.writeTextElement(QStringLiteral("address"), lun.address);
            w.writeTextElement(QStringLiteral("port"), QString::number(lun.port));
            w.writeTextElement(QStringLiteral("target"), lun.target);
            if (!lun.username.isEmpty()) {
                w.writeTextElement(QStringLiteral("username"), lun.username);
                w.writeTextElement(QStringLiteral("password"), lun.password);
            }
        }
        w.writeEndElement(); // logical_unit
        w.writeEndElement(); // logical_units
        w.writeEndElement(); // lun_storage
        if (!lun.sgio.isEmpty())
            w.writeTextElement(QStringLiteral("sgio"), lun.sgio);
        w.writeTextElement(QStringLiteral("shareable"), boolean(request.shareable));
    }
    w.writeEndElement();
}

} // namespace

namespace AttachEncoder {

QByteArray attachDisk(const AttachDiskRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("disk_attachment"));
    writeOptions(w, request.options);
    w.writeEmptyElement(QStringLiteral("disk"));
    w.writeAttribute(QStringLiteral("id"), request.diskId);
    w.writeEndElement();
    return out;
}

QByteArray addDiskAttachment(const NewDiskRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("disk_attachment"));
    writeOptions(w, request.options);
    writeNewDisk(w, request);
    w.writeEndElement();
    return out;
}

QByteArray addDisk(const NewDiskRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    writeNewDisk(w, request);
    return out;
}

QByteArray updateDiskAttachment(const UpdateAttachmentRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("disk_attachment"));
    if (request.active)
        w.writeTextElement(QStringLiteral("active"), boolean(*request.active));
    if (request.bootable)
        w.writeTextElement(QStringLiteral("bootable"), boolean(*request.bootable));
    if (request.interface_)
        w.writeTextElement(QStringLiteral("interface"), toWire(*request.interface_));
    if (request.readOnly)
        w.writeTextElement(QStringLiteral("read_only"), boolean(*request.readOnly));
    if (request.alias) {
        w.writeStartElement(QStringLiteral("disk"));
        w.writeTextElement(QStringLiteral("alias"), *request.alias);
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

QByteArray iscsiAction(const IscsiRequest &request)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("action"));
    w.writeStartElement(QStringLiteral("iscsi"));
    w.writeTextElement(QStringLiteral("address"), request.address);
    if (!request.username.isEmpty())
        w.writeTextElement(QStringLiteral("password"), request.password);
    w.writeTextElement(QStringLiteral("port"), QString::number(request.port));
    if (!request.portal.isEmpty())
        w.writeTextElement(QStringLiteral("portal"), request.portal);
    if (!request.target.isEmpty())
        w.writeTextElement(QStringLiteral("target"), request.target);
    if (!request.username.isEmpty())
        w.writeTextElement(QStringLiteral("username"), request.username);
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

} // namespace AttachEncoder
