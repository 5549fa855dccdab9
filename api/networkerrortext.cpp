#include "networkerrortext.h"

#include <QCoreApplication>

namespace {

// The sentences' translation context (a free function has no class of its own).
struct NetworkError
{
    Q_DECLARE_TR_FUNCTIONS(NetworkError)
};

} // namespace

QString networkErrorText(QNetworkReply::NetworkError error, const QUrl &url, const QString &qtText)
{
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    QString sentence;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        sentence = NetworkError::tr("Cannot reach the manager at %1: the connection was refused. Is the engine running, "
                                    "and is the address and port right?");
        break;
    case QNetworkReply::HostNotFoundError:
        sentence = NetworkError::tr("Cannot reach the manager: the host name %1 is unknown.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        sentence = NetworkError::tr("Cannot reach the manager at %1: no answer in time.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        sentence = NetworkError::tr("The manager at %1 closed the connection before answering.");
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        sentence = NetworkError::tr("Cannot reach the manager at %1: the network is not available.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        sentence = NetworkError::tr("Cannot reach the manager at %1 through the proxy.");
        break;
    default:
        sentence = NetworkError::tr("Cannot reach the manager at %1.");
        break;
    }
    sentence = sentence.arg(host);
    if (!qtText.isEmpty())
        sentence += QLatin1Char(' ') + NetworkError::tr("(%1)").arg(qtText);
    return sentence;
}
