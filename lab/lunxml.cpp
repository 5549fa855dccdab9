#include "lunxml.h"

#include <QXmlStreamWriter>

namespace {

const QString Api = QStringLiteral("/ovirt-engine/api");

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

void boolean(QXmlStreamWriter &w, const QString &element, bool value)
{
    w.writeTextElement(element, value ? QStringLiteral("true") : QStringLiteral("false"));
}

} // namespace

LunXml::Unit LunXml::Unit::fromRow(const LabRow &lun)
{
    Unit unit;
    unit.id = str(lun, "id");
    unit.address = str(lun, "address");
    unit.port = lun.value(QStringLiteral("port")).toInt();
    unit.target = str(lun, "target");
    unit.portal = str(lun, "portal");
    unit.username = str(lun, "username");
    unit.lunMapping = lun.value(QStringLiteral("lun_mapping")).toInt();
    unit.vendorId = str(lun, "vendor_id");
    unit.productId = str(lun, "product_id");
    unit.serial = str(lun, "serial");
    unit.size = lun.value(QStringLiteral("size")).toLongLong();
    unit.diskId = str(lun, "disk_id");
    unit.writeProtected = lun.value(QStringLiteral("write_protected")).toInt() != 0;
    unit.status = QStringLiteral("used");
    return unit;
}

void LunXml::logicalUnit(QXmlStreamWriter &w, const Unit &unit)
{
    // Members A-Z; empty vendor/product/serial are left out, the CHAP password never shown.
    w.writeStartElement(QStringLiteral("logical_unit"));
    w.writeAttribute(QStringLiteral("id"), unit.id);
    if (!unit.address.isEmpty())
        w.writeTextElement(QStringLiteral("address"), unit.address);
    w.writeTextElement(QStringLiteral("discard_max_size"), QStringLiteral("0"));
    boolean(w, QStringLiteral("discard_zeroes_data"), false);
    if (!unit.diskId.isEmpty())
        w.writeTextElement(QStringLiteral("disk_id"), unit.diskId);
    w.writeTextElement(QStringLiteral("lun_mapping"), QString::number(unit.lunMapping));
    w.writeTextElement(QStringLiteral("paths"), QString::number(unit.paths));
    if (!unit.address.isEmpty())
        w.writeTextElement(QStringLiteral("port"), QString::number(unit.port));
    if (!unit.portal.isEmpty())
        w.writeTextElement(QStringLiteral("portal"), unit.portal);
    if (!unit.productId.isEmpty())
        w.writeTextElement(QStringLiteral("product_id"), unit.productId);
    if (!unit.serial.isEmpty())
        w.writeTextElement(QStringLiteral("serial"), unit.serial);
    w.writeTextElement(QStringLiteral("size"), QString::number(unit.size));
    if (!unit.status.isEmpty())
        w.writeTextElement(QStringLiteral("status"), unit.status);
    if (!unit.target.isEmpty())
        w.writeTextElement(QStringLiteral("target"), unit.target);
    if (!unit.username.isEmpty())
        w.writeTextElement(QStringLiteral("username"), unit.username);
    if (!unit.vendorId.isEmpty())
        w.writeTextElement(QStringLiteral("vendor_id"), unit.vendorId);
    // The lab's own member (no engine has it): the LUN's MODE SENSE write-protect bit, so a
    // client can offer a read-only attachment before trying a read-write one.
    boolean(w, QStringLiteral("write_protected"), unit.writeProtected);
    w.writeEndElement();
}

void LunXml::lunDisk(QXmlStreamWriter &w, LabDatabase &db, const LabRow &disk, bool allContent)
{
    const QString id = str(disk, "id");
    const QString href = Api + QStringLiteral("/disks/") + id;
    w.writeStartElement(QStringLiteral("disk"));
    w.writeAttribute(QStringLiteral("href"), href);
    w.writeAttribute(QStringLiteral("id"), id);
    w.writeStartElement(QStringLiteral("actions"));
    for (const QString &name : {QStringLiteral("reduce"), QStringLiteral("copy"), QStringLiteral("export"), QStringLiteral("move"),
                                QStringLiteral("sparsify"), QStringLiteral("refreshlun")}) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), href + QLatin1Char('/') + name);
        w.writeAttribute(QStringLiteral("rel"), name);
    }
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("name"), str(disk, "alias"));
    if (!str(disk, "description").isEmpty())
        w.writeTextElement(QStringLiteral("description"), str(disk, "description"));
    for (const QString &rel : {QStringLiteral("permissions"), QStringLiteral("statistics")}) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), href + QLatin1Char('/') + rel);
        w.writeAttribute(QStringLiteral("rel"), rel);
    }
    if (allContent) {
        w.writeStartElement(QStringLiteral("vms"));
        for (const LabRow &row : db.select(QStringLiteral("SELECT vm_id FROM disk_attachments WHERE disk_id = ? ORDER BY vm_id"), {id})) {
            w.writeEmptyElement(QStringLiteral("vm"));
            w.writeAttribute(QStringLiteral("id"), str(row, "vm_id"));
        }
        w.writeEndElement();
    }
    w.writeTextElement(QStringLiteral("alias"), str(disk, "alias"));
    w.writeTextElement(QStringLiteral("content_type"), str(disk, "content_type"));
    if (const auto lun = db.selectOne(QStringLiteral("SELECT * FROM luns WHERE disk_id = ?"), {id})) {
        const Unit unit = Unit::fromRow(*lun);
        w.writeStartElement(QStringLiteral("lun_storage"));
        w.writeAttribute(QStringLiteral("id"), unit.id);
        w.writeStartElement(QStringLiteral("logical_units"));
        logicalUnit(w, unit);
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("type"), str(*lun, "storage_type"));
        w.writeEndElement();
    }
    boolean(w, QStringLiteral("propagate_errors"), disk.value(QStringLiteral("propagate_errors")).toInt() != 0);
    if (!str(disk, "sgio").isEmpty())
        w.writeTextElement(QStringLiteral("sgio"), str(disk, "sgio"));
    boolean(w, QStringLiteral("shareable"), disk.value(QStringLiteral("shareable")).toInt() != 0);
    w.writeTextElement(QStringLiteral("storage_type"), QStringLiteral("lun"));
    boolean(w, QStringLiteral("wipe_after_delete"), disk.value(QStringLiteral("wipe_after_delete")).toInt() != 0);
    w.writeEndElement();
}

void LunXml::hostStorage(QXmlStreamWriter &w, const QString &hostId, const Unit &unit)
{
    w.writeStartElement(QStringLiteral("host_storage"));
    w.writeAttribute(QStringLiteral("href"), Api + QStringLiteral("/hosts/%1/storage/%2").arg(hostId, unit.id));
    w.writeAttribute(QStringLiteral("id"), unit.id);
    w.writeStartElement(QStringLiteral("logical_units"));
    logicalUnit(w, unit);
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("type"), QStringLiteral("iscsi"));
    w.writeEmptyElement(QStringLiteral("host"));
    w.writeAttribute(QStringLiteral("href"), Api + QStringLiteral("/hosts/") + hostId);
    w.writeAttribute(QStringLiteral("id"), hostId);
    w.writeEndElement();
}
