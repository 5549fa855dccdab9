#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

/// A saved way to reach one manager. Holds no secret: the password, if the person wants it
/// remembered, lives in the system keychain (PasswordStore), never here.
struct ConnectionProfile
{
    QString name;
    /// What the person typed: a host name or a URL (see completeApiUrl()).
    QString address;
    QString user = defaultUser();
    /// The manager's CA (PEM), pinned after the person checked its fingerprint or chose its
    /// file. Empty: the system's CA store decides (a manager with a publicly trusted certificate).
    QByteArray caCertificatePem;
    /// Keep the password in the keychain (when one is available).
    bool rememberPassword = false;

    QUrl apiUrl() const { return completeApiUrl(address); }

    static QString defaultUser() { return QStringLiteral("admin@internal"); }

    /// The address completion rule: adds `https://` when no scheme is given and
    /// `/ovirt-engine/api` when no path (or just `/ovirt-engine`) is given. Invalid when the
    /// text is not a host name or an http(s) URL.
    static QUrl completeApiUrl(const QString &text);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
