#pragma once

#include "operationtracker.h"
#include "wirenames.h"

#include <QString>

#include <memory>

class Client;
class QObject;

/// Sends and follows the amend of one disk's qcow2 compat level (NOTES §9): PUT
/// /vms/{vm}/diskattachments/{id} (or PUT /disks/{id} for a disk without VM) with the
/// requested `qcow_version`, then the disk until it is no longer `locked`.
///
/// The manager answers the PUT at once and amends the volumes afterwards. The tracker ends
///  - succeeded when the disk is `ok` again with the requested level on its active volume; its
///    message is then the manager's last audit text for the operation ("X has been amended
///    successfully.", code 1329);
///  - failed with the manager's fault when the PUT is refused, with its error event ("Failed to
///    amend X.", 1330) when the amend failed, or when the disk ends `illegal` or comes back `ok`
///    at its old level without any event (an engine that refused the amend silently).
class DiskAmend final
{
public:
    /// \a vmId empty: the disk is amended through /disks/{id}.
    static OperationTracker *start(Client *client, const QString &vmId, const QString &diskId, const QString &diskAlias,
                                   QcowVersion target, QObject *parent = nullptr, const OperationTiming &timing = {});

    /// Holds when the disk is `ok` with \a target on its active volume; fails when it is
    /// illegal, gone, or ok at another level once \a replied (the PUT's reply has come; before
    /// it the disk may not be locked yet). A null \a replied counts as replied.
    static OperationTracker::Condition diskAmended(const QString &diskId, QcowVersion target,
                                                   std::shared_ptr<const bool> replied = {});
};
