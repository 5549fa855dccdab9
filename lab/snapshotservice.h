#pragma once

#include "enginemessage.h"
#include "labdatabase.h"
#include "labresponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

class OperationRunner;
class XmlElement;
class XmlRenderer;
struct LabOperation;

/// Snapshot writes with the engine's rules and texts (NOTES §6): create (POST .../snapshots),
/// preview/commit/undo (VM actions), restore (snapshot action) and remove (DELETE). Each one is
/// validated here, turned into a LabOperation (locks, storage steps, outcome) and handed to the
/// OperationRunner; the reply goes out before any qemu-img work runs.
///
/// Volume model (as the engine's images table): each volume belongs to the snapshot that froze
/// it; the active volume of a disk belongs to the VM's "Active VM" snapshot.
class SnapshotService final
{
public:
    struct Request
    {
        QByteArray body;
        QString correlationId;
        QByteArray baseUrl; ///< http://host:port, for the "For correct usage" hint
    };

    SnapshotService(LabDatabase &db, OperationRunner &runner, XmlRenderer &renderer, const QString &dataDir);

    LabResponse add(const LabRow &vm, const Request &request);
    LabResponse remove(const LabRow &vm, const QString &snapshotId, const Request &request);
    LabResponse preview(const LabRow &vm, const Request &request);
    LabResponse commit(const LabRow &vm, const Request &request);
    LabResponse undo(const LabRow &vm, const Request &request);
    /// POST /vms/{vm}/snapshots/{sid}/restore = preview, then commit once the preview is done.
    LabResponse restore(const LabRow &vm, const QString &snapshotId, const Request &request);
    /// At start-up, after OperationRunner::recover(): starts the commit of every restore whose
    /// preview was done when the lab stopped (its 'restore_commit' intent is still there).
    void resumeRestores();

private:
    struct Refusal
    {
        int status = 0;
        QString reason;
        QString detail;
    };
    struct PreviewSelection;

    std::optional<Refusal> buildPreview(const LabRow &vm, const QString &snapshotId, const XmlElement &action,
                                        const QString &correlationId, LabOperation *operation);
    std::optional<EngineMessage> validateRevert(const LabRow &vm);
    bool buildCommit(const LabRow &vm, const QString &correlationId, LabOperation *operation);
    bool buildUndo(const LabRow &vm, const QString &correlationId, LabOperation *operation);
    /// commit and undo: the same checks and reply around buildCommit or buildUndo.
    LabResponse revert(const LabRow &vm, const Request &request, const QString &usage,
                       bool (SnapshotService::*build)(const LabRow &, const QString &, LabOperation *));
    void startRestoreCommit(const QString &vmId, const QString &correlationId, const QString &followUpId);

    LabResponse plainFault(int status, const QString &reason, const QString &detail);
    LabResponse actionReply(const XmlElement &action, const QString &jobId);
    LabResponse actionFault(const XmlElement &action, int status, const QString &detail);
    LabResponse syntaxFault(const Request &request, const QString &usage);
    LabResponse startFailed(const QString &error);

    QList<LabRow> vmDisks(const QString &vmId);
    static bool snapshotCapable(const LabRow &disk);
    QString compatFor(const LabRow &disk);
    QString vmConfiguration(const LabRow &vm);
    static void applyConfiguration(QJsonArray &statements, const QString &vmId, const QString &configuration);

    LabDatabase &m_db;
    OperationRunner &m_runner;
    XmlRenderer &m_renderer;
    QString m_dataDir;
};
