#include "connectionprofile.h"

QUrl ConnectionProfile::completeApiUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Without a scheme QUrl would read "engine:8443" as scheme "engine"; a manager is HTTPS.
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty() || path == QLatin1String("/ovirt-engine"))
        url.setPath(QStringLiteral("/ovirt-engine/api"));
    else
        url.setPath(path);
    return url;
}
