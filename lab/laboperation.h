#pragma once

#include "operationplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

/// Everything one long operation will do, decided while it is validated: the database changes
/// that lock its entities (applied before the reply), those that record its outcome on success
/// or undo the locks on failure, the storage steps, and its job and audit-log texts. It is
/// stored whole as the operation's intent, so it can be undone after an unclean stop.
struct LabOperation
{
    struct Audit
    {
        int code = 0;
        QString severity = QStringLiteral("normal");
        QString description;
    };

    QString name;          ///< create_snapshot, preview_snapshot... (also the test hooks' name)
    QString jobId;
    QString vmId;
    QString correlationId;
    QString jobDescription;
    Audit started;
    Audit succeeded;
    Audit failed;
    QJsonArray lockSql;     ///< run with the job and intent, before the reply
    QJsonArray commitSql;   ///< run when the storage steps succeeded
    QJsonArray rollbackSql; ///< run when they failed (restores what lockSql changed)
    OperationPlan plan;

    static void add(QJsonArray &statements, const QString &sql, const QVariantList &bindings = {});

    QJsonObject toJson() const;
    static LabOperation fromJson(const QJsonObject &json);
};
