#pragma once

#include "entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// Decoders from the manager's XML (API v4) to entities.
///
/// Each function reads one whole document. When the XML is malformed, or its root element is not
/// the expected one, the function returns an empty value and sets `*error` (when `error` is not
/// null) to a one-line explanation; on success `*error` is cleared. Unknown elements are ignored,
/// and elements nested in a member (a snapshot's embedded `<vm>`, a disk's `<storage_domains>`)
/// never leak into the fields of the object that contains them.
///
/// The functions are reentrant: large replies are decoded in worker threads.
namespace XmlDecoder {

/// `<api>`
ApiRoot decodeApiRoot(const QByteArray &xml, QString *error = nullptr);

/// `<vm>`
Vm decodeVm(const QByteArray &xml, QString *error = nullptr);
/// `<vms>`
QList<Vm> decodeVms(const QByteArray &xml, QString *error = nullptr);

/// `<disk>`
Disk decodeDisk(const QByteArray &xml, QString *error = nullptr);
/// `<disks>`
QList<Disk> decodeDisks(const QByteArray &xml, QString *error = nullptr);

/// `<disk_attachment>`
DiskAttachment decodeDiskAttachment(const QByteArray &xml, QString *error = nullptr);
/// `<disk_attachments>`
QList<DiskAttachment> decodeDiskAttachments(const QByteArray &xml, QString *error = nullptr);

/// `<snapshot>`
Snapshot decodeSnapshot(const QByteArray &xml, QString *error = nullptr);
/// `<snapshots>`
QList<Snapshot> decodeSnapshots(const QByteArray &xml, QString *error = nullptr);

/// `<storage_domain>`
StorageDomain decodeStorageDomain(const QByteArray &xml, QString *error = nullptr);
/// `<storage_domains>`
QList<StorageDomain> decodeStorageDomains(const QByteArray &xml, QString *error = nullptr);

/// `<host>`
Host decodeHost(const QByteArray &xml, QString *error = nullptr);
/// `<hosts>`
QList<Host> decodeHosts(const QByteArray &xml, QString *error = nullptr);

/// `<data_center>`
DataCenter decodeDataCenter(const QByteArray &xml, QString *error = nullptr);
/// `<data_centers>`
QList<DataCenter> decodeDataCenters(const QByteArray &xml, QString *error = nullptr);

/// `<cluster>`
Cluster decodeCluster(const QByteArray &xml, QString *error = nullptr);
/// `<clusters>`
QList<Cluster> decodeClusters(const QByteArray &xml, QString *error = nullptr);

/// `<host_storage>` (`GET /hosts/{id}/storage`), in the same shape as a LUN disk's `<lun_storage>`.
LunStorage decodeHostStorage(const QByteArray &xml, QString *error = nullptr);
/// `<host_storages>`
QList<LunStorage> decodeHostStorages(const QByteArray &xml, QString *error = nullptr);

/// `<fault>`, or the `<fault>` inside a failed action's `<action>`. An `<action>` without a fault
/// gives an empty Fault and no error.
Fault decodeFault(const QByteArray &xml, QString *error = nullptr);

// Operations (defined in operationdecoder.cpp).

/// `<job>`
Job decodeJob(const QByteArray &xml, QString *error = nullptr);
/// `<jobs>`
QList<Job> decodeJobs(const QByteArray &xml, QString *error = nullptr);

/// `<event>`
Event decodeEvent(const QByteArray &xml, QString *error = nullptr);
/// `<events>`
QList<Event> decodeEvents(const QByteArray &xml, QString *error = nullptr);

/// `<action>`: its `status`, the `<job>` it started and a `<fault>` if it failed. A bare `<fault>`
/// is accepted as well and gives status Failed, so that both shapes of a refused action read alike.
ActionResult decodeActionResult(const QByteArray &xml, QString *error = nullptr);

} // namespace XmlDecoder

// iSCSI (defined in storagedecoder.cpp).
namespace XmlDecoder {

/// The `<action>` answering iscsidiscover / discoveriscsi: status, fault, and the targets from
/// `<discovered_targets>` (or, when only `<iscsi_targets>` is there, IQNs without address).
IscsiDiscovery decodeIscsiDiscovery(const QByteArray &xml, QString *error = nullptr);

} // namespace XmlDecoder

// Image transfers (defined in imagetransferdecoder.cpp).
namespace XmlDecoder {

/// `<image_transfer>`
ImageTransfer decodeImageTransfer(const QByteArray &xml, QString *error = nullptr);
/// The wire name of a phase (`finished_success`…) as an enum value; Unknown for any other text.
ImageTransferPhase imageTransferPhase(QStringView wire);

} // namespace XmlDecoder

// Disk snapshots and templates (defined in disksnapshotdecoder.cpp).
namespace XmlDecoder {

/// `<disk_snapshots>` (/disks/{id}/disksnapshots, /storagedomains/{id}/disksnapshots)
QList<DiskSnapshot> decodeDiskSnapshots(const QByteArray &xml, QString *error = nullptr);
/// `<templates>`: ids and names only.
QList<Template> decodeTemplates(const QByteArray &xml, QString *error = nullptr);

} // namespace XmlDecoder
