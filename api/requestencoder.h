#pragma once

#include "entities.h"
#include "requests.h"

#include <QByteArray>

/// Encoders from request values to the XML bodies the manager expects (API v4), in the shapes
/// of the manager's own request samples. Element names and order follow the API model; values
/// the engine would default differently from DiskDesk (`persist_memorystate` and
/// `restore_memory` default to true there) are always written out.
namespace RequestEncoder {

/// `<snapshot>` for POST /vms/{vm}/snapshots: no `<disk_attachments>` for "all disks", an empty
/// one for a configuration-only snapshot, else one `<disk_attachment><disk id/>` per disk.
QByteArray createSnapshot(const CreateSnapshotRequest &request);

/// `<action>` for POST /vms/{vm}/previewsnapshot: `<snapshot id>`, `<restore_memory>` and, for a
/// custom preview, `<disks>` with `<disk id><image_id/><snapshot id/></disk>` per chosen disk.
QByteArray previewSnapshot(const PreviewSnapshotRequest &request);

/// `<action>` for POST /vms/{vm}/snapshots/{sid}/restore: `<restore_memory>` and optional `<disks>`.
QByteArray restoreSnapshot(const PreviewSnapshotRequest &request);

/// `<action/>` for actions without parameters (commitsnapshot, undosnapshot).
QByteArray emptyAction();

/// Amend (NOTES §9): `<disk_attachment><disk><qcow_version/></disk></disk_attachment>` for
/// PUT /vms/{vm}/diskattachments/{id}, or `<disk><qcow_version/></disk>` for PUT /disks/{id}.
QByteArray amendDisk(QcowVersion version, bool asAttachment);

/// `<cluster>` or `<data_center>` (\a element) carrying only `<version><major/><minor/></version>`.
QByteArray versionUpdate(const QString &element, const Version &version);

} // namespace RequestEncoder
