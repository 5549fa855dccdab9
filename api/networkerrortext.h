#pragma once

#include <QNetworkReply>
#include <QString>
#include <QUrl>

/// One sentence for a person when no HTTP answer came back: the host is unreachable, refused
/// the connection, timed out, does not resolve… \a qtText (QNetworkReply::errorString()) is kept
/// at the end for the details.
QString networkErrorText(QNetworkReply::NetworkError error, const QUrl &url, const QString &qtText);
