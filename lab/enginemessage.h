#pragma once

#include <QString>

/// One validation message of the engine (EngineMessage + AppErrors text): the text template,
/// which may use ${action} and ${type}, and the HTTP status its error type maps to
/// (NOTES §12.2: BAD_PARAMETERS 400, CONFLICT 409, INTERNAL_ERROR 500).
struct EngineMessage
{
    QString key;
    QString text;
    int status = 409;

    /// The fault detail the REST layer produces: the translated message in square brackets,
    /// with the command's action word ("create", "preview", "revert to", "remove") and type.
    QString detail(const QString &action, const QString &type) const
    {
        QString filled = text;
        filled.replace(QLatin1String("${action}"), action);
        filled.replace(QLatin1String("${type}"), type);
        return QLatin1Char('[') + filled + QLatin1Char(']');
    }
};
