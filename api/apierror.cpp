#include "apierror.h"

#include <QCoreApplication>

namespace {

// The engine writes backend failures as a Java list, "[Cannot remove Snapshot. ...]"; a person
// gets the sentences without the brackets. Several messages stay joined by ", " as sent.
QString withoutListBrackets(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(u'[') && t.endsWith(u']'))
        return t.mid(1, t.size() - 2).trimmed();
    return t;
}

} // namespace

QString ApiError::text() const
{
    if (!fault.detail.trimmed().isEmpty())
        return withoutListBrackets(fault.detail);
    if (!fault.reason.trimmed().isEmpty())
        return fault.reason.trimmed();
    if (!message.isEmpty())
        return message;
    if (httpStatus != 0)
        return QCoreApplication::translate("ApiError", "The manager answered with HTTP status %1.")
                .arg(httpStatus);
    return QCoreApplication::translate("ApiError", "The request failed.");
}
