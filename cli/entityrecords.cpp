#include "entityrecords.h"

namespace {

using Column = RecordTable::Column;

template <class T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template <class E>
QVariant wire(const std::optional<E> &value)
{
    return value ? QVariant(toWire(*value)) : QVariant();
}

template <class E>
QVariant wire(E value)
{
    return value == E::Unknown ? QVariant() : QVariant(toWire(value));
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const std::optional<QDateTime> &value)
{
    return value ? QVariant(value->toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant size(const std::optional<qint64> &value)
{
    return value ? QVariant(qint64(*value)) : QVariant();
}

QList<Column> diskColumns(const QString &prefix, bool inTable)
{
    // Shown in the table: what an administrator compares at a glance.
    return {
        {prefix + QStringLiteral("id"), QStringLiteral("DISK ID"), false},
        {prefix + QStringLiteral("alias"), QStringLiteral("ALIAS"), inTable},
        {prefix + QStringLiteral("description"), QStringLiteral("DESCRIPTION"), false},
        {prefix + QStringLiteral("provisioned_size"), QStringLiteral("VIRTUAL"), inTable, true},
        {prefix + QStringLiteral("actual_size"), QStringLiteral("ACTUAL"), inTable, true},
        {prefix + QStringLiteral("total_size"), QStringLiteral("TOTAL"), false, true},
        {prefix + QStringLiteral("format"), QStringLiteral("FORMAT"), inTable},
        {prefix + QStringLiteral("qcow_version"), QStringLiteral("QCOW"), inTable},
        {prefix + QStringLiteral("status"), QStringLiteral("STATUS"), inTable},
        {prefix + QStringLiteral("storage_type"), QStringLiteral("STORAGE TYPE"), false},
        {prefix + QStringLiteral("content_type"), QStringLiteral("CONTENT"), false},
        {prefix + QStringLiteral("shareable"), QStringLiteral("SHAREABLE"), inTable},
        {prefix + QStringLiteral("sparse"), QStringLiteral("SPARSE"), false},
        {prefix + QStringLiteral("wipe_after_delete"), QStringLiteral("WIPE"), false},
        {prefix + QStringLiteral("propagate_errors"), QStringLiteral("PROPAGATE ERRORS"), false},
        {prefix + QStringLiteral("image_id"), QStringLiteral("IMAGE ID"), false},
        {prefix + QStringLiteral("storage_domains"), QStringLiteral("STORAGE DOMAINS"), false},
        {prefix + QStringLiteral("lun_ids"), QStringLiteral("LUNS"), false},
    };
}

QList<QVariant> diskValues(const Disk &d)
{
    QStringList luns;
    if (d.lunStorage) {
        for (const LogicalUnit &lu : d.lunStorage->logicalUnits)
            luns << lu.id;
    }
    return {text(d.id), text(d.alias), text(d.description), size(d.provisionedSize), size(d.actualSize),
            size(d.totalSize), wire(d.format), wire(d.qcowVersion), wire(d.status), wire(d.storageType),
            wire(d.contentType), d.shareable, d.sparse, d.wipeAfterDelete, d.propagateErrors, text(d.imageId),
            d.storageDomainIds, d.lunStorage ? QVariant(luns) : QVariant()};
}

} // namespace

namespace EntityRecords {

RecordTable vms(const QList<Vm> &vms)
{
    RecordTable table({{QStringLiteral("id"), QStringLiteral("ID")},
                       {QStringLiteral("name"), QStringLiteral("NAME")},
                       {QStringLiteral("status"), QStringLiteral("STATUS")},
                       {QStringLiteral("memory"), QStringLiteral("MEMORY"), true, true},
                       {QStringLiteral("os_type"), QStringLiteral("OS"), false},
                       {QStringLiteral("creation_time"), QStringLiteral("CREATED"), false},
                       {QStringLiteral("cluster_id"), QStringLiteral("CLUSTER"), false},
                       {QStringLiteral("host_id"), QStringLiteral("HOST"), false},
                       {QStringLiteral("template_id"), QStringLiteral("TEMPLATE"), false},
                       {QStringLiteral("comment"), QStringLiteral("COMMENT"), false},
                       {QStringLiteral("description"), QStringLiteral("DESCRIPTION")}});
    for (const Vm &vm : vms) {
        table.addRow({vm.id, vm.name, wire(vm.status), size(vm.memory), text(vm.osType), date(vm.creationTime),
                      text(vm.clusterId), text(vm.hostId), text(vm.templateId), text(vm.comment),
                      text(vm.description)});
    }
    return table;
}

RecordTable disks(const QList<Disk> &disks)
{
    QList<Column> columns = diskColumns(QString(), true);
    columns[0].inTable = true;
    columns[0].header = QStringLiteral("ID");
    RecordTable table(columns);
    for (const Disk &disk : disks)
        table.addRow(diskValues(disk));
    return table;
}

RecordTable snapshots(const QList<Snapshot> &snapshots, const QHash<QString, QList<Disk>> &snapshotDisks)
{
    RecordTable table({{QStringLiteral("id"), QStringLiteral("ID")},
                       {QStringLiteral("date"), QStringLiteral("DATE")},
                       {QStringLiteral("type"), QStringLiteral("TYPE")},
                       {QStringLiteral("status"), QStringLiteral("STATUS")},
                       {QStringLiteral("persist_memorystate"), QStringLiteral("MEMORY")},
                       {QStringLiteral("vm_id"), QStringLiteral("VM"), false},
                       {QStringLiteral("description"), QStringLiteral("DESCRIPTION")},
                       {QStringLiteral("disk_ids"), QStringLiteral("DISK IDS"), false},
                       {QStringLiteral("disks"), QStringLiteral("DISKS")}});
    for (const Snapshot &s : snapshots) {
        QStringList ids;
        QStringList aliases;
        for (const Disk &disk : snapshotDisks.value(s.id)) {
            ids << disk.id;
            aliases << disk.alias;
        }
        table.addRow({s.id, date(s.date), wire(s.type), wire(s.status), s.persistMemorystate, text(s.vmId),
                      text(s.description), ids, aliases});
    }
    return table;
}

RecordTable storageDomains(const QList<StorageDomain> &domains)
{
    RecordTable table({{QStringLiteral("id"), QStringLiteral("ID"), false},
                       {QStringLiteral("name"), QStringLiteral("NAME")},
                       {QStringLiteral("type"), QStringLiteral("TYPE")},
                       {QStringLiteral("storage_type"), QStringLiteral("STORAGE")},
                       {QStringLiteral("storage_format"), QStringLiteral("FORMAT")},
                       {QStringLiteral("status"), QStringLiteral("STATUS")},
                       {QStringLiteral("master"), QStringLiteral("MASTER"), false},
                       {QStringLiteral("used"), QStringLiteral("USED"), true, true},
                       {QStringLiteral("available"), QStringLiteral("FREE"), true, true},
                       {QStringLiteral("committed"), QStringLiteral("COMMITTED"), true, true},
                       {QStringLiteral("storage_address"), QStringLiteral("ADDRESS"), false},
                       {QStringLiteral("storage_path"), QStringLiteral("PATH"), false},
                       {QStringLiteral("data_centers"), QStringLiteral("DATA CENTERS"), false},
                       {QStringLiteral("logical_units"), QStringLiteral("LUNS"), false},
                       {QStringLiteral("description"), QStringLiteral("DESCRIPTION"), false}});
    for (const StorageDomain &d : domains) {
        QStringList luns;
        for (const LogicalUnit &lu : d.logicalUnits)
            luns << lu.id;
        table.addRow({d.id, d.name, wire(d.type), wire(d.storageType), wire(d.storageFormat), wire(d.status),
                      d.master, size(d.used), size(d.available), size(d.committed), text(d.storageAddress),
                      text(d.storagePath), d.dataCenterIds, luns, text(d.description)});
    }
    return table;
}

RecordTable attachments(const QList<DiskAttachment> &attachments)
{
    QList<Column> columns = {{QStringLiteral("id"), QStringLiteral("ID"), false},
                             {QStringLiteral("vm_id"), QStringLiteral("VM"), false},
                             {QStringLiteral("interface"), QStringLiteral("INTERFACE")},
                             {QStringLiteral("bootable"), QStringLiteral("BOOT")},
                             {QStringLiteral("read_only"), QStringLiteral("READ-ONLY")},
                             {QStringLiteral("active"), QStringLiteral("ACTIVE")},
                             {QStringLiteral("pass_discard"), QStringLiteral("DISCARD"), false},
                             {QStringLiteral("uses_scsi_reservation"), QStringLiteral("SCSI RESERVATION"), false},
                             {QStringLiteral("logical_name"), QStringLiteral("LOGICAL NAME"), false}};
    columns += diskColumns(QStringLiteral("disk."), true);
    RecordTable table(columns);
    for (const DiskAttachment &a : attachments) {
        QList<QVariant> values{a.id, text(a.vmId), wire(a.interface_), a.bootable, a.readOnly, a.active,
                               a.passDiscard, a.usesScsiReservation, text(a.logicalName)};
        values += a.disk ? diskValues(*a.disk) : QList<QVariant>();
        table.addRow(values);
    }
    return table;
}

} // namespace EntityRecords
