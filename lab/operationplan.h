#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

/// The storage side of one long operation, as data: forward steps that can each be undone
/// (create an overlay, change a volume's mode, rebase a volume onto another backing volume), and
/// cleanup steps that only run once the database has recorded the outcome (delete obsolete
/// volumes). It is stored with the operation's intent, so a start after an unclean stop can undo
/// the forward steps (any subset of them may have run: every undo is idempotent) or finish the
/// cleanup. Paths are relative to the data folder; backing files are written as the bare volume
/// id, relative to the volume's own folder, as vdsm writes them, so the data folder can move.
///
/// Test hooks, read from the environment of diskdesk-lab (tests only):
/// - DISKDESK_LAB_FAIL_STEP=<operation>:<index> makes forward step <index> (0-based) of every
///   <operation> (create_snapshot, preview_snapshot, commit_snapshot, undo_snapshot,
///   remove_snapshot) fail before it runs; <index> may also be a step kind (create, chmod,
///   rebase, amend) meaning its first step of that kind.
/// - DISKDESK_LAB_SLOW_STEP=<ms> sleeps that long before each forward step.
class OperationPlan final
{
public:
    static constexpr int ReadOnlyMode = 0400;  ///< a volume that is no longer the active layer (readable only by the lab's user)
    static constexpr int WritableMode = 0600;  ///< the active layer (private, as the lab's umask)

    /// \a dataDir is only used to read the current mode of volumes while planning.
    explicit OperationPlan(const QString &dataDir = {});

    /// qemu-img create -f qcow2 [-F fmt -b backing] -o compat=...; undo deletes the file.
    void addCreate(const QString &path, const QString &backing, const QString &backingFormat, const QString &compat);
    /// A new disk's first volume: qemu-img create -f \a format (qcow2 with -o compat=, or raw)
    /// of \a virtualSize bytes, in a folder made for it; sparse unless \a preallocated (then
    /// fallocate). Undo deletes the file and the folder when empty.
    void addCreateBase(const QString &path, const QString &format, qint64 virtualSize, const QString &compat, bool preallocated);
    /// chmod; undo restores the mode the volume had before this step.
    void addChmod(const QString &path, int mode);
    /// qemu-img rebase (safe mode: the data the volume showed through its old chain is copied
    /// in, so what it reads does not change) onto \a backing (empty: no backing file). Undo
    /// rewrites the header back (rebase -u), which is valid because the copied data is what the
    /// old chain held. Makes the file writable around the rebase when it is read-only.
    void addRebase(const QString &path, const QString &backing, const QString &backingFormat, const QString &oldBacking,
                   const QString &oldBackingFormat);
    /// qemu-img rebase -u: only the header's backing file changes; valid when the new backing
    /// volume reads the same as the old one (after a commit into it). Undo writes the old one back.
    void addRebaseUnsafe(const QString &path, const QString &backing, const QString &backingFormat, const QString &oldBacking,
                         const QString &oldBackingFormat);
    /// qemu-img commit -d: copies \a topPath's data into its backing volume, keeping the top
    /// intact (so the chain reads the same throughout and the step can simply be run again).
    /// It cannot be undone: it is the operation's point of no return, after which the runner
    /// finishes the operation instead of undoing it (also after an unclean stop).
    void addCommit(const QString &topPath);
    /// qemu-img amend -o compat=\a compat, in place (only metadata change; what the volume reads
    /// does not). Like vdsm's amend_volume, the step fails for compat 1.1 when \a domainFormat
    /// (the storage domain's format) is older than v4. Undo amends back to \a previousCompat.
    /// Makes the file writable around the amend when it is read-only.
    void addAmend(const QString &path, const QString &compat, const QString &previousCompat, const QString &domainFormat);
    void addCleanupDelete(const QString &path);
    void addCleanupRemoveFolder(const QString &path);

    int stepCount() const { return int(m_steps.size()); }

    struct Result
    {
        bool ok = true;
        QString error;
        int failedStep = -1;
        bool pastPointOfNoReturn = false;
    };
    /// Runs the forward steps (any thread; no database access). On failure the steps up to and
    /// including the failed one are undone before returning.
    /// \a pointOfNoReturn is called (on the worker) before the first step that cannot be undone;
    /// from there on a failure is not undone.
    Result run(const QString &dataDir, const QString &operation, const std::function<void()> &pointOfNoReturn = {}) const;
    /// Runs every step again, without test hooks: finishing an operation that passed its point
    /// of no return (all steps of such plans can be repeated).
    Result resume(const QString &dataDir) const;
    /// Undoes steps [0, \a lastStep] in reverse order; -1 means all (recovery).
    void undo(const QString &dataDir, int lastStep = -1) const;
    /// Deletes what the operation made obsolete; missing files are fine (idempotent).
    void cleanup(const QString &dataDir) const;

    QJsonObject toJson() const;
    static OperationPlan fromJson(const QJsonObject &json);

private:
    int currentMode(const QString &path);
    Result execute(const QString &dataDir, const QString &operation, const std::function<void()> &pointOfNoReturn, bool hooks) const;

    QString m_dataDir;
    QJsonArray m_steps;
    QJsonArray m_cleanup;
    QHash<QString, int> m_plannedModes; ///< modes as they will be after the steps planned so far
};
