#include "laboperation.h"

namespace {

QJsonObject auditToJson(const LabOperation::Audit &audit)
{
    return QJsonObject{{QStringLiteral("code"), audit.code}, {QStringLiteral("severity"), audit.severity},
                       {QStringLiteral("description"), audit.description}};
}

LabOperation::Audit auditFromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    return LabOperation::Audit{json.value(QLatin1String("code")).toInt(), json.value(QLatin1String("severity")).toString(),
                               json.value(QLatin1String("description")).toString()};
}

} // namespace

void LabOperation::add(QJsonArray &statements, const QString &sql, const QVariantList &bindings)
{
    QJsonArray args;
    for (const QVariant &value : bindings)
        args.append(value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
    statements.append(QJsonObject{{QStringLiteral("sql"), sql}, {QStringLiteral("args"), args}});
}

QJsonObject LabOperation::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("job_id"), jobId},
                       {QStringLiteral("vm_id"), vmId},
                       {QStringLiteral("correlation_id"), correlationId},
                       {QStringLiteral("job_description"), jobDescription},
                       {QStringLiteral("started"), auditToJson(started)},
                       {QStringLiteral("succeeded"), auditToJson(succeeded)},
                       {QStringLiteral("failed"), auditToJson(failed)},
                       {QStringLiteral("lock_sql"), lockSql},
                       {QStringLiteral("commit_sql"), commitSql},
                       {QStringLiteral("rollback_sql"), rollbackSql},
                       {QStringLiteral("plan"), plan.toJson()}};
}

LabOperation LabOperation::fromJson(const QJsonObject &json)
{
    LabOperation operation;
    operation.name = json.value(QLatin1String("name")).toString();
    operation.jobId = json.value(QLatin1String("job_id")).toString();
    operation.vmId = json.value(QLatin1String("vm_id")).toString();
    operation.correlationId = json.value(QLatin1String("correlation_id")).toString();
    operation.jobDescription = json.value(QLatin1String("job_description")).toString();
    operation.started = auditFromJson(json.value(QLatin1String("started")));
    operation.succeeded = auditFromJson(json.value(QLatin1String("succeeded")));
    operation.failed = auditFromJson(json.value(QLatin1String("failed")));
    operation.lockSql = json.value(QLatin1String("lock_sql")).toArray();
    operation.commitSql = json.value(QLatin1String("commit_sql")).toArray();
    operation.rollbackSql = json.value(QLatin1String("rollback_sql")).toArray();
    operation.plan = OperationPlan::fromJson(json.value(QLatin1String("plan")).toObject());
    return operation;
}
