#pragma once

#include "apierror.h"
#include "requests.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class Client;
class QTimer;

/// How often an OperationTracker polls, and how long it waits before giving up. (Outside the
/// class so that it can be a defaulted argument of the class's own functions.)
struct OperationTiming
{
    int firstPollMs = 200;
    int pollMs = 1000;
    qint64 timeoutMs = qint64(30) * 60 * 1000;
};

/// Follows one started operation (create, preview, commit, undo, restore or remove a snapshot...)
/// to its end, without blocking.
///
/// The manager answers an operation at once and does the storage work afterwards, with the
/// entities `locked` meanwhile. The tracker polls three things, first after ~200 ms, then every
/// second: a Condition over the affected entities (e.g. "the snapshot's status is ok"), the jobs
/// and the audit-log events tagged with the operation's correlation id. It ends
///  - succeeded when the condition holds, the operation's reply has come and no job of it runs;
///    the message is then the manager's own last audit-log text for the correlation id;
///  - failed when the operation was refused (the manager's fault text), when an error event or a
///    failed job appears (its text), or when the entities end in a failed state (an illegal disk,
///    a snapshot that vanished while being created);
///  - failed after a timeout (default 30 minutes) with a message naming the correlation id.
/// A lost reply (connection reset, proxy timeout) does not end it: the operation may well have
/// run, so it goes on polling and settles on what the jobs and events show.
class OperationTracker final : public QObject
{
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed };

    /// What one look at the polled entities showed.
    struct Observation
    {
        enum class Outcome {
            Pending,      ///< still under way
            Holds,        ///< the entities are in their final, good state
            Failed,       ///< the entities ended in a failed state (see failure)
            Undetermined  ///< cannot tell yet (e.g. the new snapshot's id is not known)
        };
        Outcome outcome = Outcome::Pending;
        QString phase;   ///< what is going on, shown as progress
        QString failure; ///< why it failed, for Outcome::Failed
    };
    using ObservationCallback = std::function<void(Observation)>;
    /// One look at the entities. `subjectId` is the tracker's subjectId() (the new snapshot's
    /// id...), possibly empty. It must call `done` exactly once, using `context` as the context
    /// of its Client calls (the tracker drops an abandoned look by deleting that context).
    using Condition = std::function<void(Client &client, const QString &subjectId, QObject *context,
                                         ObservationCallback done)>;

    /// Holds when the snapshot `subjectId` of the VM is `ok` and no disk of the VM is locked;
    /// fails when the snapshot is gone or a disk of the VM is illegal.
    static Condition snapshotReady(const QString &vmId);
    /// Holds when the snapshot `subjectId` no longer exists (404 / left out of the list) and no
    /// disk of the VM is locked; fails when a disk of the VM is illegal.
    static Condition snapshotGone(const QString &vmId);
    /// Holds when the VM is no longer `image_locked`, none of its snapshots is `locked` and none
    /// of its disks is locked; fails when a disk of the VM is illegal or the VM is gone.
    static Condition vmUnlocked(const QString &vmId);

    using Timing = OperationTiming;

    /// A tracker for an operation already sent with \a correlationId; call start().
    OperationTracker(Client *client, const QString &description, const QString &correlationId,
                     Condition condition, QObject *parent = nullptr);
    ~OperationTracker() override;

    // Ready-made: each sends the operation through \a client and returns its running tracker.
    static OperationTracker *createSnapshot(Client *client, const CreateSnapshotRequest &request,
                                            QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *previewSnapshot(Client *client, const PreviewSnapshotRequest &request,
                                             QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *commitSnapshot(Client *client, const QString &vmId,
                                            QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *undoSnapshot(Client *client, const QString &vmId,
                                          QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *restoreSnapshot(Client *client, const PreviewSnapshotRequest &request,
                                             QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *removeSnapshot(Client *client, const QString &vmId, const QString &snapshotId,
                                            QObject *parent = nullptr, const Timing &timing = {});

    // Disks and attachments (defined in attachoperations.cpp). The subject is the disk id.
    /// Holds when the VM has the attachment `subjectId` (plugged when \a active says so) and the
    /// disk is not locked; fails when the disk turned illegal.
    static Condition attachmentReady(const QString &vmId, std::optional<bool> active = std::nullopt);
    /// Holds when the VM no longer has the attachment `subjectId`.
    static Condition attachmentGone(const QString &vmId);
    /// Holds when the disk `subjectId` is ok (a LUN disk has no status: at once); fails when
    /// it is illegal or vanished (a failed creation).
    static Condition diskReady();
    /// Holds when the disk `subjectId` no longer exists.
    static Condition diskGone();

    /// Attaches an existing disk. With ReadOnlyMode::Automatic it asks for read-write unless
    /// \a writeProtected says the storage refuses writes; when the manager refuses read-write
    /// because the storage is write-protected, it attaches read-only instead and says so.
    static OperationTracker *attachDisk(Client *client, const AttachDiskRequest &request, ReadOnlyMode mode,
                                        std::optional<bool> writeProtected = std::nullopt,
                                        QObject *parent = nullptr, const Timing &timing = {});
    /// Creates a disk and attaches it (or, with an empty vmId, creates a floating disk); the
    /// read-only mode as for attachDisk().
    static OperationTracker *addDisk(Client *client, const NewDiskRequest &request, ReadOnlyMode mode,
                                     std::optional<bool> writeProtected = std::nullopt,
                                     QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *updateDiskAttachment(Client *client, const UpdateAttachmentRequest &request,
                                                  QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *detachDisk(Client *client, const QString &vmId, const QString &diskId,
                                        bool detachOnly, QObject *parent = nullptr, const Timing &timing = {});
    static OperationTracker *removeDisk(Client *client, const QString &diskId, QObject *parent = nullptr,
                                        const Timing &timing = {});
    /// Whether a refusal says the storage is write-protected (diskdesk-lab's
    /// ACTION_TYPE_FAILED_LUN_IS_WRITE_PROTECTED: "…is write-protected by its storage server…").
    static bool isWriteProtectedRefusal(const ApiError &error);

    /// Added after the manager's final text when the operation succeeds (e.g. why a disk was
    /// attached read-only in automatic mode).
    void setOutcomeNote(const QString &note);
    QString outcomeNote() const;

    /// What a person reads in a task list, e.g. "Create snapshot “nightly” of web-01".
    void setDescription(const QString &description);

    void setTiming(const Timing &timing);
    Timing timing() const;

    /// The entity the condition looks at, when only the operation's reply names it.
    void setSubjectId(const QString &id);
    QString subjectId() const;

    /// Starts polling (once; later calls do nothing).
    void start();

    /// The operation's own reply. No error: accepted. A fault, HTTP or authentication error:
    /// refused, the tracker fails at once with the manager's text. No answer at all (network,
    /// TLS, gateway errors): lost, the tracker keeps following the operation.
    void replyReceived(const std::optional<ApiError> &error, const QString &subjectId = QString());

    QString description() const;
    QString correlationId() const;
    State state() const;
    bool isFinished() const;
    QDateTime startedAt() const;
    QDateTime finishedAt() const; ///< invalid while running
    QString phase() const;        ///< the latest progress text
    QString message() const;      ///< the final text; empty while running

signals:
    void progress(const QString &phase);
    void finished(bool ok, const QString &message);
    /// Anything shown changed (phase, state, message): for views that list trackers.
    void changed();

private:
    struct PollResult;

    void poll();
    void decide(const PollResult &result);
    void scheduleNextPoll();
    void setPhase(const QString &phase);
    void finish(bool ok, const QString &message);

    QPointer<Client> m_client;
    QString m_description;
    QString m_correlationId;
    Condition m_condition;
    Timing m_timing;
    QString m_subjectId;
    State m_state = State::Running;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    QString m_phase;
    QString m_message;
    QString m_outcomeNote;
    bool m_started = false;
    bool m_replyReceived = false;
    bool m_replyLost = false;
    int m_settlePolls = 0;
    QElapsedTimer m_elapsed;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_stallTimer = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    QPointer<QObject> m_pollContext;
};
