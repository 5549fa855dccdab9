#pragma once

#include "requests.h"

#include <QByteArray>

/// Encoders for disk attachments, disks and iSCSI actions (NOTES §4, §5, §7), in the shapes of
/// the manager's own request samples (`diskattachment-add-existing-request.xml`,
/// `lun-disk-add-request.xml`). Apart from RequestEncoder so that the snapshot encoders stay
/// small; same conventions: members in the API model's order, booleans always written.
namespace AttachEncoder {

/// `<disk_attachment>` with `<disk id>` for attaching an existing disk.
QByteArray attachDisk(const AttachDiskRequest &request);
/// `<disk_attachment>` with a new `<disk>` (image or LUN) for POST /vms/{vm}/diskattachments.
QByteArray addDiskAttachment(const NewDiskRequest &request);
/// `<disk>` for POST /disks (a floating disk).
QByteArray addDisk(const NewDiskRequest &request);
/// `<disk_attachment>` with only the fields set in \a request.
QByteArray updateDiskAttachment(const UpdateAttachmentRequest &request);
/// `<action><iscsi>…</iscsi></action>`; target and portal only when set (login).
QByteArray iscsiAction(const IscsiRequest &request);

} // namespace AttachEncoder
