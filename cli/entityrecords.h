#pragma once

#include "entities.h"
#include "recordtable.h"

#include <QHash>

/// Every field DiskDesk decodes, per entity, as RecordTable rows: enums by their wire names
/// (`cow`, `qcow2_v3`, `ok`), sizes in bytes, dates in ISO 8601 UTC.
namespace EntityRecords {

RecordTable vms(const QList<Vm> &vms);
RecordTable disks(const QList<Disk> &disks);
/// \a snapshotDisks: the disks each snapshot covers (by snapshot id); the active one's are the
/// VM's current disks.
RecordTable snapshots(const QList<Snapshot> &snapshots, const QHash<QString, QList<Disk>> &snapshotDisks);
RecordTable storageDomains(const QList<StorageDomain> &domains);
/// Attachments read with follow=disk: the attachment's fields, then its disk's.
RecordTable attachments(const QList<DiskAttachment> &attachments);

} // namespace EntityRecords
