#pragma once

#include "laboperation.h"

#include <QObject>
#include <QString>

#include <functional>

class LabDatabase;

/// Runs long operations the way the engine does (NOTES §11): the caller has validated; start()
/// records the job, the start event, the locks and the operation's intent in ONE transaction and
/// returns, so the HTTP reply goes out at once; the storage steps then run on a worker thread
/// (qemu-img, no database access there); back on this thread the outcome is recorded in one
/// transaction (commit or rollback statements, unlock, end event, job finished/failed), and
/// obsolete files are deleted last. recover() runs at start-up and undoes (or finishes) whatever
/// an unclean stop left in flight, so no chain is half-made and nothing stays locked.
class OperationRunner final : public QObject
{
    Q_OBJECT

public:
    OperationRunner(LabDatabase &db, const QString &dataDir, QObject *parent = nullptr);
    ~OperationRunner() override;

    /// \a done (optional) is called on this thread with the outcome, after it is recorded.
    bool start(const LabOperation &operation, QString *error, std::function<void(bool)> done = {});

    /// For an operation whose work is a session with a client rather than storage steps (an image
    /// transfer): records the job, start event, locks and intent like start(), and runs nothing.
    /// end() records its outcome; after an unclean stop recover() rolls it back like any other.
    bool begin(const LabOperation &operation, QString *error);
    /// The outcome of a begin()'s operation: commit or rollback statements, end event, job.
    bool end(const LabOperation &operation, bool success, QString *error);

    /// Undoes or finishes the intents left by an unclean stop; returns how many were found.
    int recover();

private:
    void finish(const LabOperation &operation, const OperationPlan::Result &result, const std::function<void(bool)> &done);
    bool runStatements(const QJsonArray &statements, QString *error);
    bool recordEnd(const LabOperation &operation, bool success, QString *error);

    LabDatabase &m_db;
    QString m_dataDir;
};
