#include "networkerrortext.h"

#include <QCoreApplication>

QString networkErrorText(QNetworkReply::NetworkError error, const QUrl &url, const QString &qtText)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("NetworkError", text); };
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    QString sentence;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        sentence = tr("Cannot reach the manager at %1: the connection was refused. Is the engine running, "
                      "and is the address and port right?");
        break;
    case QNetworkReply::HostNotFoundError:
        sentence = tr("Cannot reach the manager: the host name %1 is unknown.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        sentence = tr("Cannot reach the manager at %1: no answer in time.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        sentence = tr("The manager at %1 closed the connection before answering.");
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        sentence = tr("Cannot reach the manager at %1: the network is not available.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        sentence = tr("Cannot reach the manager at %1 through the proxy.");
        break;
    default:
        sentence = tr("Cannot reach the manager at %1.");
        break;
    }
    sentence = sentence.arg(host);
    if (!qtText.isEmpty())
        sentence += QLatin1Char(' ') + QCoreApplication::translate("NetworkError", "(%1)").arg(qtText);
    return sentence;
}
