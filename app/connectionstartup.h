#pragma once

#include "connectionprofile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class Client;
class ConnectionDialog;
class ConnectionFlow;
class PasswordStore;
class ProfileStore;

/// What DiskDesk does between its command line and the main window (issue 6):
///  - `--profile NAME` with `--password-file`: logs in with that saved profile at once;
///  - `--profile NAME` alone: logs in at once with the password remembered in the keychain;
///    without one (or without a keychain service) the connection dialog asks, and says why;
///  - `--url URL --password-file FILE`: logs in at once without a saved profile;
///  - otherwise the connection dialog, on the default profile.
/// The dialog shows up only when there is something to ask or a failure to show (in the
/// manager's words). Kept out of main() so that tests drive it against a lab.
class ConnectionStartup final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString profile;                 ///< --profile
        QString url;                     ///< --url
        QString user;                    ///< --user
        std::optional<QString> password; ///< read from --password-file
        QByteArray caPem;                ///< --ca-file, trusted for this run
    };

    /// Not owned: \a client, \a profiles, \a passwords.
    ConnectionStartup(const Options &options, Client *client, ProfileStore *profiles, PasswordStore *passwords,
                      QObject *parent = nullptr);
    ~ConnectionStartup() override;

    /// Why the options cannot be used ("There is no saved profile …"), or empty.
    QString error() const { return m_error; }
    ConnectionDialog *dialog() const { return m_dialog.get(); }
    ConnectionFlow *flow() const { return m_flow; }

    /// Logs in at once when the options allow it, else shows the dialog.
    void start();

signals:
    /// Logged in; the dialog is closed.
    void connected(const ConnectionProfile &profile);
    /// Remembering the password did not work (no keychain): why, for the status bar.
    void keychainProblem(const QString &message);
    /// The person closed the dialog without connecting.
    void cancelled();

private:
    void fillPassword(const QString &name, bool loginWhenFound);

    Options m_options;
    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    QString m_error;
    QString m_chosenProfile;
    std::unique_ptr<ConnectionDialog> m_dialog;
    ConnectionFlow *m_flow = nullptr;
};
