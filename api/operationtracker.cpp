#include "operationtracker.h"

#include "client.h"

#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

using Observation = OperationTracker::Observation;
using Outcome = Observation::Outcome;

// Polls to wait, once the entities look done, for a closing audit event when only one event
// of the operation is logged so far (engines write "completed" just after unlocking).
constexpr int kSettlePolls = 2;
// A poll whose replies have not all come back after this long is abandoned and started afresh.
constexpr int kMinStallMs = 30 * 1000;

Observation observation(Outcome outcome, const QString &phase = QString(), const QString &failure = QString())
{
    return Observation{ outcome, phase, failure };
}

// An error while polling: only a lost session ends the tracking; anything else (the manager
// restarting, a proxy timeout) is waited out until the tracker's own timeout.
Observation fromPollError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Auth)
        return observation(Outcome::Failed, {}, error.text());
    return observation(Outcome::Pending,
                       OperationTracker::tr("Waiting for the manager to answer (%1)").arg(error.text()));
}

bool vmGone(const ApiError &error)
{
    return error.httpStatus == 404;
}

// The last look of every condition: the VM's disks. Illegal = the operation broke a volume.
void checkDisks(Client *client, const QString &vmId, QObject *context,
                const OperationTracker::ObservationCallback &done)
{
    client->diskAttachments(vmId, true, context, [done](Result<QList<DiskAttachment>> result) {
        if (!result.ok()) {
            done(vmGone(*result.error)
                         ? observation(Outcome::Failed, {}, OperationTracker::tr("The virtual machine no longer exists."))
                         : fromPollError(*result.error));
            return;
        }
        for (const DiskAttachment &a : std::as_const(result.value)) {
            if (a.disk && a.disk->status == DiskStatus::Illegal) {
                done(observation(Outcome::Failed, {},
                                 OperationTracker::tr("Disk %1 is illegal.").arg(a.disk->alias)));
                return;
            }
        }
        for (const DiskAttachment &a : std::as_const(result.value)) {
            if (a.disk && a.disk->status == DiskStatus::Locked) {
                done(observation(Outcome::Pending, OperationTracker::tr("Disk %1 is locked").arg(a.disk->alias)));
                return;
            }
        }
        done(observation(Outcome::Holds));
    });
}

const Snapshot *findSnapshot(const QList<Snapshot> &snapshots, const QString &id)
{
    const auto it = std::find_if(snapshots.cbegin(), snapshots.cend(),
                                 [&id](const Snapshot &s) { return s.id == id; });
    return it == snapshots.cend() ? nullptr : &*it;
}

QString snapshotPhase(const Snapshot &snapshot)
{
    return OperationTracker::tr("Snapshot \u201c%1\u201d is %2").arg(snapshot.description, toWire(snapshot.status));
}

// A gateway that gave up, or no answer at all: the operation may have run.
bool replyLost(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Network)
        return true;
    return error.kind == ApiError::Kind::Http && (error.httpStatus == 502 || error.httpStatus == 503
                                                  || error.httpStatus == 504);
}

} // namespace

struct OperationTracker::PollResult
{
    std::optional<Observation> observation;
    std::optional<Result<QList<Job>>> jobs;
    std::optional<Result<QList<Event>>> events;

    bool complete() const { return observation && jobs && events; }
};

OperationTracker::Condition OperationTracker::snapshotReady(const QString &vmId)
{
    return [vmId](Client &c, const QString &snapshotId, QObject *context, ObservationCallback done) {
        if (snapshotId.isEmpty()) {
            done(observation(Outcome::Undetermined, tr("Waiting for the manager's answer")));
            return;
        }
        Client *client = &c;
        client->snapshots(vmId, context, [client, vmId, snapshotId, context, done](Result<QList<Snapshot>> result) {
            if (!result.ok()) {
                done(vmGone(*result.error) ? observation(Outcome::Failed, {}, tr("The virtual machine no longer exists."))
                                           : fromPollError(*result.error));
                return;
            }
            const Snapshot *snapshot = findSnapshot(result.value, snapshotId);
            if (!snapshot) {
                // The engine removes the snapshot of a failed creation.
                done(observation(Outcome::Failed, {}, tr("The new snapshot no longer exists: its creation failed.")));
                return;
            }
            if (snapshot->status != SnapshotStatus::Ok) {
                done(observation(Outcome::Pending, snapshotPhase(*snapshot)));
                return;
            }
            checkDisks(client, vmId, context, done);
        });
    };
}

OperationTracker::Condition OperationTracker::snapshotGone(const QString &vmId)
{
    return [vmId](Client &c, const QString &snapshotId, QObject *context, ObservationCallback done) {
        Client *client = &c;
        client->snapshots(vmId, context, [client, vmId, snapshotId, context, done](Result<QList<Snapshot>> result) {
            if (!result.ok()) {
                done(vmGone(*result.error) ? observation(Outcome::Failed, {}, tr("The virtual machine no longer exists."))
                                           : fromPollError(*result.error));
                return;
            }
            // Still listed, ok or locked: the merge has not finished (or not begun). Whether it
            // failed is told by the audit log, not by the snapshot.
            if (const Snapshot *snapshot = findSnapshot(result.value, snapshotId)) {
                done(observation(Outcome::Pending, snapshotPhase(*snapshot)));
                return;
            }
            checkDisks(client, vmId, context, done);
        });
    };
}

OperationTracker::Condition OperationTracker::vmUnlocked(const QString &vmId)
{
    return [vmId](Client &c, const QString &, QObject *context, ObservationCallback done) {
        Client *client = &c;
        client->vm(vmId, context, [client, vmId, context, done](Result<Vm> vm) {
            if (!vm.ok()) {
                done(vmGone(*vm.error) ? observation(Outcome::Failed, {}, tr("The virtual machine no longer exists."))
                                       : fromPollError(*vm.error));
                return;
            }
            if (vm.value.status == VmStatus::ImageLocked) {
                done(observation(Outcome::Pending, tr("The virtual machine's images are locked")));
                return;
            }
            client->snapshots(vmId, context, [client, vmId, context, done](Result<QList<Snapshot>> result) {
                if (!result.ok()) {
                    done(fromPollError(*result.error));
                    return;
                }
                for (const Snapshot &s : std::as_const(result.value)) {
                    if (s.status == SnapshotStatus::Locked) {
                        done(observation(Outcome::Pending, snapshotPhase(s)));
                        return;
                    }
                }
                checkDisks(client, vmId, context, done);
            });
        });
    };
}

OperationTracker::OperationTracker(Client *client, const QString &description, const QString &correlationId,
                                   Condition condition, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_description(description)
    , m_correlationId(correlationId)
    , m_condition(std::move(condition))
    , m_startedAt(QDateTime::currentDateTime())
    , m_pollTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
    , m_timeoutTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    m_stallTimer->setSingleShot(true);
    m_timeoutTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &OperationTracker::poll);
    connect(m_stallTimer, &QTimer::timeout, this, &OperationTracker::poll);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] {
        finish(false, tr("No end of \u201c%1\u201d was seen within %2 minutes. Look for correlation id %3 "
                         "in the manager's events.")
                              .arg(m_description)
                              .arg(m_timing.timeoutMs / 60000.0, 0, 'g', 3)
                              .arg(m_correlationId));
    });
    m_phase = tr("Starting");
}

OperationTracker::~OperationTracker() = default;

void OperationTracker::setDescription(const QString &description)
{
    m_description = description;
    emit changed();
}

void OperationTracker::setTiming(const Timing &timing)
{
    m_timing = timing;
}

OperationTracker::Timing OperationTracker::timing() const
{
    return m_timing;
}

void OperationTracker::setSubjectId(const QString &id)
{
    m_subjectId = id;
}

QString OperationTracker::subjectId() const
{
    return m_subjectId;
}

void OperationTracker::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    m_startedAt = QDateTime::currentDateTime();
    m_elapsed.start();
    m_timeoutTimer->start(int(std::clamp<qint64>(m_timing.timeoutMs, 0, std::numeric_limits<int>::max())));
    m_pollTimer->start(m_timing.firstPollMs);
}

void OperationTracker::replyReceived(const std::optional<ApiError> &error, const QString &subjectId)
{
    if (isFinished())
        return;
    if (!subjectId.isEmpty())
        m_subjectId = subjectId;
    if (!error) {
        m_replyReceived = true;
        emit changed();
        return;
    }
    if (replyLost(*error)) {
        m_replyLost = true;
        setPhase(tr("The manager's answer was lost (%1); following the operation by its correlation id")
                         .arg(error->text()));
        return;
    }
    finish(false, error->text());
}

void OperationTracker::poll()
{
    if (isFinished() || !m_client)
        return;
    // A stalled poll is abandoned: deleting its context drops whatever replies still come.
    if (m_pollContext)
        m_pollContext->deleteLater();
    auto *context = new QObject(this);
    m_pollContext = context;
    m_stallTimer->start(std::max(kMinStallMs, 10 * m_timing.pollMs));

    auto result = std::make_shared<PollResult>();
    auto collected = [this, context, result] {
        if (!result->complete() || m_pollContext != context)
            return;
        m_stallTimer->stop();
        context->deleteLater();
        decide(*result);
    };
    const QString search = QStringLiteral("correlation_id=") + m_correlationId;
    m_condition(*m_client, m_subjectId, context, [result, collected](Observation o) {
        result->observation = std::move(o);
        collected();
    });
    m_client->jobs(search, context, [result, collected](Result<QList<Job>> jobs) {
        result->jobs = std::move(jobs);
        collected();
    });
    m_client->events(0, search, context, [result, collected](Result<QList<Event>> events) {
        result->events = std::move(events);
        collected();
    });
}

void OperationTracker::decide(const PollResult &result)
{
    if (isFinished())
        return;
    const Observation &observed = *result.observation;

    // Only this operation's events, newest first (a loose search must not mix in others).
    QList<Event> events;
    if (result.events->ok()) {
        for (const Event &e : result.events->value) {
            if (e.correlationId.compare(m_correlationId, Qt::CaseInsensitive) == 0)
                events.append(e);
        }
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.id > b.id; });
    const QString newestText = events.isEmpty() ? QString() : events.first().description;

    // A manager without job search (or an error) simply gives no job information.
    const QList<Job> jobs = result.jobs->ok() ? result.jobs->value : QList<Job>();
    bool jobRunning = false;
    const Job *failedJob = nullptr;
    for (const Job &job : jobs) {
        jobRunning |= job.status == JobStatus::Started;
        if (job.status == JobStatus::Failed || job.status == JobStatus::Aborted)
            failedJob = &job;
    }

    for (const Event &e : std::as_const(events)) {
        if (e.severity == EventSeverity::Error || e.severity == EventSeverity::Alert) {
            finish(false, e.description);
            return;
        }
    }
    if (failedJob) {
        finish(false, newestText.isEmpty() ? tr("The manager's job \u201c%1\u201d failed.").arg(failedJob->description)
                                           : newestText);
        return;
    }
    if (observed.outcome == Outcome::Failed) {
        finish(false, observed.failure);
        return;
    }
    if (!observed.phase.isEmpty())
        setPhase(observed.phase);

    // Before the reply, the entities may not be locked yet: "unlocked" would mean nothing. After
    // a lost reply, only a trace of the operation (job or event) shows that it ran at all.
    const bool traced = !events.isEmpty() || !jobs.isEmpty();
    const bool replied = m_replyReceived || (m_replyLost && traced);
    bool holds = observed.outcome == Outcome::Holds;
    if (observed.outcome == Outcome::Undetermined)
        holds = m_replyLost && !jobs.isEmpty(); // all jobs ended (none running, none failed)
    if (replied && holds && !jobRunning) {
        if (events.size() < 2 && m_settlePolls < kSettlePolls) {
            ++m_settlePolls;
            scheduleNextPoll();
            return;
        }
        finish(true, newestText.isEmpty() ? tr("%1: done.").arg(m_description) : newestText);
        return;
    }
    scheduleNextPoll();
}

void OperationTracker::scheduleNextPoll()
{
    if (!isFinished())
        m_pollTimer->start(m_timing.pollMs);
}

void OperationTracker::setPhase(const QString &phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit progress(phase);
    emit changed();
}

void OperationTracker::finish(bool ok, const QString &message)
{
    if (isFinished())
        return;
    m_state = ok ? State::Succeeded : State::Failed;
    m_message = ok && !m_outcomeNote.isEmpty() ? message + QLatin1Char(' ') + m_outcomeNote : message;
    m_finishedAt = QDateTime::currentDateTime();
    m_pollTimer->stop();
    m_stallTimer->stop();
    m_timeoutTimer->stop();
    if (m_pollContext)
        m_pollContext->deleteLater();
    emit finished(ok, m_message);
    emit changed();
}

QString OperationTracker::description() const
{
    return m_description;
}

QString OperationTracker::correlationId() const
{
    return m_correlationId;
}

OperationTracker::State OperationTracker::state() const
{
    return m_state;
}

bool OperationTracker::isFinished() const
{
    return m_state != State::Running;
}

QDateTime OperationTracker::startedAt() const
{
    return m_startedAt;
}

QDateTime OperationTracker::finishedAt() const
{
    return m_finishedAt;
}

QString OperationTracker::phase() const
{
    return m_phase;
}

QString OperationTracker::message() const
{
    return m_message;
}

// Ready-made trackers ----------------------------------------------------------------------------

namespace {

template <class T>
auto replyTo(OperationTracker *tracker)
{
    return [tracker](Result<T> result) { tracker->replyReceived(result.error); };
}

} // namespace

OperationTracker *OperationTracker::createSnapshot(Client *client, const CreateSnapshotRequest &request,
                                                   QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Create snapshot \u201c%1\u201d").arg(request.description), {},
                                   snapshotReady(request.vmId), parent);
    t->setTiming(timing);
    t->m_correlationId = client->createSnapshot(request, t, [t](Result<Snapshot> result) {
        t->replyReceived(result.error, result.ok() ? result.value.id : QString());
    });
    t->start();
    return t;
}

OperationTracker *OperationTracker::previewSnapshot(Client *client, const PreviewSnapshotRequest &request,
                                                    QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client,
                                   request.disks ? tr("Custom preview of a snapshot") : tr("Preview snapshot"),
                                   {}, vmUnlocked(request.vmId), parent);
    t->setTiming(timing);
    t->setSubjectId(request.snapshotId);
    t->m_correlationId = client->previewSnapshot(request, t, replyTo<ActionResult>(t));
    t->start();
    return t;
}

OperationTracker *OperationTracker::commitSnapshot(Client *client, const QString &vmId, QObject *parent,
                                                   const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Commit snapshot preview"), {}, vmUnlocked(vmId), parent);
    t->setTiming(timing);
    t->m_correlationId = client->commitSnapshot(vmId, t, replyTo<ActionResult>(t));
    t->start();
    return t;
}

OperationTracker *OperationTracker::undoSnapshot(Client *client, const QString &vmId, QObject *parent,
                                                 const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Undo snapshot preview"), {}, vmUnlocked(vmId), parent);
    t->setTiming(timing);
    t->m_correlationId = client->undoSnapshot(vmId, t, replyTo<ActionResult>(t));
    t->start();
    return t;
}

OperationTracker *OperationTracker::restoreSnapshot(Client *client, const PreviewSnapshotRequest &request,
                                                    QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Restore snapshot"), {}, vmUnlocked(request.vmId), parent);
    t->setTiming(timing);
    t->setSubjectId(request.snapshotId);
    t->m_correlationId = client->restoreSnapshot(request, t, replyTo<ActionResult>(t));
    t->start();
    return t;
}

OperationTracker *OperationTracker::removeSnapshot(Client *client, const QString &vmId, const QString &snapshotId,
                                                   QObject *parent, const Timing &timing)
{
    auto *t = new OperationTracker(client, tr("Delete snapshot"), {}, snapshotGone(vmId), parent);
    t->setTiming(timing);
    t->setSubjectId(snapshotId);
    t->m_correlationId = client->removeSnapshot(vmId, snapshotId, t, replyTo<ActionResult>(t));
    t->start();
    return t;
}
