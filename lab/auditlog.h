#pragma once

#include <QString>

class LabDatabase;

/// Writes the engine's audit log (/events) inside the caller's transaction. Codes and texts are
/// the engine's AuditLogType / AuditLogMessages ones (NOTES §6, §9, §10).
class AuditLog final
{
public:
    /// The user name the engine prints in ${UserName}.
    static QString userName() { return QStringLiteral("admin@internal-authz"); }

    static bool add(LabDatabase &db, int code, const QString &severity, const QString &description, const QString &correlationId,
                    const QString &vmId = {});
};
