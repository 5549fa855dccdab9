// OperationTracker's conditions and ready-made trackers for disks and disk attachments
// (NOTES §4, §5, §7.4). Apart from operationtracker.cpp so that snapshot and disk operations
// can change independently.
#include "operationtracker.h"

#include "client.h"

namespace {

using Observation = OperationTracker::Observation;
using Outcome = Observation::Outcome;

Observation observation(Outcome outcome, const QString &phase = QString(), const QString &failure = QString())
{
    return Observation{ outcome, phase, failure };
}

// As for snapshots: only a lost session ends the following; anything else is waited out.
Observation fromPollError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Auth)
        return observation(Outcome::Failed, {}, error.text());
    return observation(Outcome::Pending,
                       OperationTracker::tr("Waiting for the manager to answer (%1)").arg(error.text()));
}

// The disk's own state: an image disk is locked while its volume is made or changed.
Observation diskObservation(const Disk &disk)
{
    if (disk.status == DiskStatus::Illegal)
        return observation(Outcome::Failed, {}, OperationTracker::tr("Disk %1 is illegal.").arg(disk.alias));
    if (disk.status == DiskStatus::Locked)
        return observation(Outcome::Pending, OperationTracker::tr("Disk %1 is locked").arg(disk.alias));
    return observation(Outcome::Holds);
}

QString readOnlyNote(const ApiError &refusal)
{
    return OperationTracker::tr("The storage is write-protected, so the disk was attached read-only instead "
                                "(automatic mode); the manager refused read-write: %1")
        .arg(refusal.text());
}

QString knownWriteProtectedNote()
{
    return OperationTracker::tr("The storage is write-protected, so the disk was attached read-only "
                                "(automatic mode).");
}

// The first try's read-only flag for a mode, and whether a write-protect refusal may be
// retried read-only.
struct ReadOnlyPlan
{
    bool readOnly = false;
    bool fallBack = false;
    QString note;
};

ReadOnlyPlan planFor(ReadOnlyMode mode, std::optional<bool> writeProtected)
{
    switch (mode) {
    case ReadOnlyMode::ReadWrite:
        return {};
    case ReadOnlyMode::ReadOnly:
        return { true, false, {} };
    case ReadOnlyMode::Automatic:
        if (writeProtected.value_or(false))
            return { true, false, knownWriteProtectedNote() };
        return { false, true, {} };
    }
    return {};
}

QString subjectOf(const Result<DiskAttachment> &result)
{
    if (!result.ok())
        return {};
    return result.value.id.isEmpty() ? result.value.diskId : result.value.id;
}

} // namespace

bool OperationTracker::isWriteProtectedRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Fault && error.fault.detail.contains(QLatin1String("write-protected"));
}

void OperationTracker::setOutcomeNote(const QString &note)
{
    m_outcomeNote = note;
}

QString OperationTracker::outcomeNote() const
{
    return m_outcomeNote;
}

OperationTracker::Condition OperationTracker::attachmentReady(const QString &vmId, std::optional<bool> active)
{
    return [vmId, active](Client &c, const QString &diskId, QObject *context, ObservationCallback done) {
        if (diskId.isEmpty()) {
            done(observation(Outcome::Undetermined, tr("Waiting for the manager's answer")));
            return;
        }
        Client *client = &c;
        client->diskAttachment(vmId, diskId, context, [client, diskId, active, context, done](Result<DiskAttachment> attachment) {
            if (!attachment.ok()) {
                done(attachment.error->httpStatus == 404
                         ? observation(Outcome::Pending, tr("The disk is not attached yet"))
                         : fromPollError(*attachment.error));
                return;
            }
            if (active && attachment.value.active != *active) {
                done(observation(Outcome::Pending, *active ? tr("The disk is being plugged") : tr("The disk is being unplugged")));
                return;
            }
            client->disk(diskId, context, [done](Result<Disk> disk) {
                done(disk.ok() ? diskObservation(disk.value) : fromPollError(*disk.error));
            });
        });
    };
}

OperationTracker::Condition OperationTracker::attachmentGone(const QString &vmId)
{
    return [vmId](Client &client, const QString &diskId, QObject *context, ObservationCallback done) {
        client.diskAttachment(vmId, diskId, context, [done](Result<DiskAttachment> attachment) {
            if (attachment.ok())
                done(observation(Outcome::Pending, tr("The disk is still attached")));
            else if (attachment.error->httpStatus == 404)
                done(observation(Outcome::Holds));
            else
                done(fromPollError(*attachment.error));
        });
    };
}

OperationTracker::Condition OperationTracker::diskReady()
{
    return [](Client &client, const QString &diskId, QObject *context, ObservationCallback done) {
        if (diskId.isEmpty()) {
            done(observation(Outcome::Undetermined, tr("Waiting for the manager's answer")));
            return;
        }
        client.disk(diskId, context, [done](Result<Disk> disk) {
            if (disk.ok())
                done(diskObservation(disk.value));
            else if (disk.error->httpStatus == 404)
                done(observation(Outcome::Failed, {}, tr("The new disk no longer exists: its creation failed.")));
            else
                done(fromPollError(*disk.error));
        });
    };
}

OperationTracker::Condition OperationTracker::diskGone()
{
    return [](Client &client, const QString &diskId, QObject *context, ObservationCallback done) {
        client.disk(diskId, context, [done](Result<Disk> disk) {
            if (disk.ok())
                done(observation(Outcome::Pending, disk.value.status == DiskStatus::Locked ? tr("Disk %1 is locked").arg(disk.value.alias)
                                                                                          : tr("The disk still exists")));
            else if (disk.error->httpStatus == 404)
                done(observation(Outcome::Holds));
            else
                done(fromPollError(*disk.error));
        });
    };
}

OperationTracker *OperationTracker::attachDisk(Client *client, const AttachDiskRequest &request, ReadOnlyMode mode,
                                               std::optional<bool> writeProtected, QObject *parent, const Timing &timing)
{
    const ReadOnlyPlan plan = planFor(mode, writeProtected);
    AttachDiskRequest first = request;
    first.options.readOnly = plan.readOnly;
    auto *t = new OperationTracker(client, tr("Attach disk"), {}, attachmentReady(request.vmId, request.options.active), parent);
    t->setTiming(timing);
    t->setSubjectId(request.diskId);
    t->setOutcomeNote(plan.note);
    t->m_correlationId = client->attachDisk(first, t, [t, client, first, plan](Result<DiskAttachment> result) {
        if (!result.ok() && plan.fallBack && isWriteProtectedRefusal(*result.error)) {
            AttachDiskRequest second = first;
            second.options.readOnly = true;
            t->setOutcomeNote(readOnlyNote(*result.error));
            t->m_correlationId = client->attachDisk(second, t, [t](Result<DiskAttachment> retried) {
                t->replyReceived(retried.error, subjectOf(retried));
            });
            return;
        }
        t->replyReceived(result.error, subjectOf(result));
    });
    t->start();
    return t;
}

OperationTracker *OperationTracker::addDisk(Client *client, const NewDiskRequest &request, ReadOnlyMode mode,
                                            std::optional<bool> writeProtected, QObject *parent, const Timing &timing)
{
    if (request.vmId.isEmpty()) {
        // A floating disk has no attachment, hence nothing read-only about it.
        auto *t = new OperationTracker(client, tr("Add disk"), {}, diskReady(), parent);
        t->setTiming(timing);
        t->m_correlationId = client->addDisk(request, t, [t](Result<Disk> result) {
            t->replyReceived(result.error, result.ok() ? result.value.id : QString());
        });
        t->start();
        return t;
    }
    const ReadOnlyPlan plan = planFor(mode, writeProtected);
    NewDiskRequest first = request;
    first.options.readOnly = plan.readOnly;
    auto *t = new OperationTracker(client, tr("Add disk"), {}, attachmentReady(request.vmId, request.options.active), parent);
    t->setTiming(timing);
    t->setOutcomeNote(plan.note);
    t->m_correlationId = client->addDiskAttachment(first, t, [t, client, first, plan](Result<DiskAttachment> result) {
        if (!result.ok() && plan.fallBack && isWriteProtectedRefusal(*result.error)) {
            NewDiskRequest second = first;
            second.options.readOnly = true;
            t->setOutcomeNote(readOnlyNote(*result.error));
            t->m_correlationId = client->addDiskAttachment(second, t, [t](Result<DiskAttachment> retried) {
                t->replyReceived(retried.error, subjectOf(retried));
            });
            return;
        }
        t->replyReceived(result.error, subjectOf(result));
    });
    t->start();
    return t;
}

OperationTracker *OperationTracker::updateDiskAttachment(Client *client, const UpdateAttachmentRequest &request,
                                                         QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Edit disk"), {}, attachmentReady(request.vmId, request.active), parent);
    t->setTiming(timing);
    t->setSubjectId(request.diskId);
    t->m_correlationId = client->updateDiskAttachment(request, t, [t](Result<DiskAttachment> result) {
        t->replyReceived(result.error);
    });
    t->start();
    return t;
}

OperationTracker *OperationTracker::detachDisk(Client *client, const QString &vmId, const QString &diskId, bool detachOnly,
                                               QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client, detachOnly ? tr("Detach disk") : tr("Remove disk"), {},
                                   detachOnly ? attachmentGone(vmId) : diskGone(), parent);
    t->setTiming(timing);
    t->setSubjectId(diskId);
    t->m_correlationId = client->detachDisk(vmId, diskId, detachOnly, t, [t](Result<ActionResult> result) {
        t->replyReceived(result.error);
    });
    t->start();
    return t;
}

OperationTracker *OperationTracker::removeDisk(Client *client, const QString &diskId, QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Remove disk"), {}, diskGone(), parent);
    t->setTiming(timing);
    t->setSubjectId(diskId);
    t->m_correlationId = client->removeDisk(diskId, t, [t](Result<ActionResult> result) {
        t->replyReceived(result.error);
    });
    t->start();
    return t;
}
