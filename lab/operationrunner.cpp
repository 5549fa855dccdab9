#include "operationrunner.h"

#include "auditlog.h"
#include "labclock.h"
#include "labdatabase.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

OperationRunner::OperationRunner(LabDatabase &db, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dataDir(dataDir)
{
}

OperationRunner::~OperationRunner() = default;

bool OperationRunner::runStatements(const QJsonArray &statements, QString *error)
{
    for (const QJsonValue &value : statements) {
        const QJsonObject statement = value.toObject();
        QVariantList bindings;
        for (const QJsonValue &arg : statement.value(QLatin1String("args")).toArray())
            bindings.append(arg.isNull() ? QVariant() : arg.toVariant());
        if (!m_db.exec(statement.value(QLatin1String("sql")).toString(), bindings)) {
            *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

bool OperationRunner::start(const LabOperation &operation, QString *error, std::function<void(bool)> done)
{
    if (!begin(operation, error))
        return false;
    auto *watcher = new QFutureWatcher<OperationPlan::Result>(this);
    connect(watcher, &QFutureWatcher<OperationPlan::Result>::finished, this, [this, watcher, operation, done] {
        watcher->deleteLater();
        finish(operation, watcher->result(), done);
    });
    const QString dataDir = m_dataDir;
    watcher->setFuture(QtConcurrent::run([operation, dataDir] {
        // Before a step that cannot be undone, the intent switches to 'forward' (its own
        // connection: this is a worker thread), so an unclean stop from here on finishes the
        // operation instead of undoing it.
        auto pointOfNoReturn = [&] {
            LabDatabase db;
            if (!db.open(QDir(dataDir).filePath(QStringLiteral("lab.sqlite")))
                || !db.exec(QStringLiteral("UPDATE intents SET phase = 'forward' WHERE id = ?"), {operation.jobId}))
                qWarning("diskdesk-lab: cannot record the point of no return of %s: %s", qPrintable(operation.name), qPrintable(db.lastError()));
        };
        OperationPlan::Result result = operation.plan.run(dataDir, operation.name, pointOfNoReturn);
        if (!result.ok && result.pastPointOfNoReturn) {
            qWarning("diskdesk-lab: %s failed past its point of no return (%s); running it again", qPrintable(operation.name),
                     qPrintable(result.error));
            result = operation.plan.resume(dataDir);
            result.pastPointOfNoReturn = true;
        }
        return result;
    }));
    return true;
}

bool OperationRunner::end(const LabOperation &operation, bool success, QString *error)
{
    if (!recordEnd(operation, success, error))
        return false;
    if (success) {
        operation.plan.cleanup(m_dataDir);
        m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {operation.jobId});
    }
    return true;
}

bool OperationRunner::begin(const LabOperation &operation, QString *error)
{
    const qint64 now = LabClock::nowMs();
    if (!m_db.transaction()) {
        *error = m_db.lastError();
        return false;
    }
    const bool ok = m_db.insert(QStringLiteral("jobs"),
                                {{QStringLiteral("id"), operation.jobId},
                                 {QStringLiteral("description"), operation.jobDescription},
                                 {QStringLiteral("status"), QStringLiteral("started")},
                                 {QStringLiteral("correlation_id"), operation.correlationId},
                                 {QStringLiteral("start_time"), now},
                                 {QStringLiteral("last_updated"), now},
                                 {QStringLiteral("owner_id"), m_db.meta(QStringLiteral("admin_user_id"))}})
        && AuditLog::add(m_db, operation.started.code, operation.started.severity, operation.started.description, operation.correlationId,
                         operation.vmId)
        && runStatements(operation.lockSql, error)
        && m_db.insert(QStringLiteral("intents"),
                       {{QStringLiteral("id"), operation.jobId},
                        {QStringLiteral("phase"), QStringLiteral("running")},
                        {QStringLiteral("operation"), QString::fromUtf8(QJsonDocument(operation.toJson()).toJson(QJsonDocument::Compact))},
                        {QStringLiteral("created"), now}});
    if (!ok || !m_db.commit()) {
        if (error->isEmpty())
            *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

bool OperationRunner::recordEnd(const LabOperation &operation, bool success, QString *error)
{
    const qint64 now = LabClock::nowMs();
    const LabOperation::Audit &audit = success ? operation.succeeded : operation.failed;
    if (!m_db.transaction()) {
        *error = m_db.lastError();
        return false;
    }
    const bool ok = runStatements(success ? operation.commitSql : operation.rollbackSql, error)
        && AuditLog::add(m_db, audit.code, audit.severity, audit.description, operation.correlationId, operation.vmId)
        && m_db.exec(QStringLiteral("UPDATE jobs SET status = ?, end_time = ?, last_updated = ? WHERE id = ?"),
                     {success ? QStringLiteral("finished") : QStringLiteral("failed"), now, now, operation.jobId})
        // On success only cleanup is left (phase 'cleanup'); on failure nothing is.
        && (success ? m_db.exec(QStringLiteral("UPDATE intents SET phase = 'cleanup' WHERE id = ?"), {operation.jobId})
                    : m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {operation.jobId}));
    if (!ok || !m_db.commit()) {
        if (error->isEmpty())
            *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

void OperationRunner::finish(const LabOperation &operation, const OperationPlan::Result &result, const std::function<void(bool)> &done)
{
    bool success = result.ok;
    QString error;
    if (success && !recordEnd(operation, true, &error)) {
        qWarning("diskdesk-lab: %s: recording the outcome failed, undoing: %s", qPrintable(operation.name), qPrintable(error));
        operation.plan.undo(m_dataDir);
        success = false;
    }
    if (!success) {
        if (!result.ok)
            qWarning("diskdesk-lab: %s failed: %s", qPrintable(operation.name), qPrintable(result.error));
        QString rollbackError;
        if (!recordEnd(operation, false, &rollbackError))
            qWarning("diskdesk-lab: %s: recording the failure failed: %s", qPrintable(operation.name), qPrintable(rollbackError));
    } else {
        operation.plan.cleanup(m_dataDir);
        m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {operation.jobId});
    }
    if (done)
        done(success);
}

int OperationRunner::recover()
{
    // A restore's commit still to start ('restore_commit') is no operation of its own: the
    // snapshot service starts it once recovery is done (SnapshotService::resumeRestores()).
    const QList<LabRow> intents = m_db.select(QStringLiteral("SELECT * FROM intents WHERE phase <> 'restore_commit' ORDER BY created"));
    for (const LabRow &intent : intents) {
        const LabOperation operation =
            LabOperation::fromJson(QJsonDocument::fromJson(intent.value(QStringLiteral("operation")).toString().toUtf8()).object());
        const QString phase = intent.value(QStringLiteral("phase")).toString();
        QString error;
        if (phase == QLatin1String("forward")) {
            // Past a step that cannot be undone: every step is run again, then recorded.
            const OperationPlan::Result result = operation.plan.resume(m_dataDir);
            if (result.ok && recordEnd(operation, true, &error)) {
                operation.plan.cleanup(m_dataDir);
                m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {operation.jobId});
                std::fprintf(stderr, "diskdesk-lab: finished the interrupted %s (job %s)\n", qPrintable(operation.name), qPrintable(operation.jobId));
            } else {
                qWarning("diskdesk-lab: cannot finish the interrupted %s: %s", qPrintable(operation.name), qPrintable(result.error + error));
                recordEnd(operation, false, &error);
            }
        } else if (phase == QLatin1String("cleanup")) {
            // The outcome is recorded; only obsolete files may remain.
            operation.plan.cleanup(m_dataDir);
            m_db.exec(QStringLiteral("DELETE FROM intents WHERE id = ?"), {operation.jobId});
            std::fprintf(stderr, "diskdesk-lab: finished the interrupted %s (job %s)\n", qPrintable(operation.name), qPrintable(operation.jobId));
        } else {
            // Any subset of the storage steps may have run: undo them all, then unlock.
            operation.plan.undo(m_dataDir);
            if (!recordEnd(operation, false, &error))
                qWarning("diskdesk-lab: cannot undo the interrupted %s: %s", qPrintable(operation.name), qPrintable(error));
            else
                std::fprintf(stderr, "diskdesk-lab: undid the interrupted %s (job %s)\n", qPrintable(operation.name), qPrintable(operation.jobId));
        }
    }
    return int(intents.size());
}
