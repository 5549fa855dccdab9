#pragma once

#include "cafetcher.h"
#include "connectionprofile.h"

#include <QObject>
#include <QPointer>

#include <functional>

class Client;
class PasswordStore;
class ProfileStore;
class QWidget;

/// Connects a Client to the manager of a profile, safely:
/// 1. HTTPS without a trusted CA yet: the manager's CA is fetched (no credentials sent), shown
///    with its fingerprint, and pinned only if the person accepts (saved into the profile when
///    it is a saved one; for this run only otherwise).
/// 2. Log in with only that CA trusted; a manager that now presents another certificate is
///    refused with the Client's "The manager's certificate changed …" message.
/// 3. After a successful login the password goes to the keychain if the person asked for it
///    (and is removed from it if not), and the profile's other choices are saved.
class ConnectionFlow final : public QObject
{
    Q_OBJECT
public:
    /// Shows the fetched CA; true when the person trusts it.
    using TrustPrompt = std::function<bool(const QString &host, const CaFetcher::Outcome &outcome)>;

    ConnectionFlow(Client *client, ProfileStore *profiles, PasswordStore *passwords, QWidget *dialogParent,
                   QObject *parent = nullptr);

    /// Replaces the TrustCertificateDialog (tests answer for the person).
    void setTrustPrompt(TrustPrompt prompt) { m_prompt = std::move(prompt); }

    /// Starts; succeeded() or failed() follows.
    void connectTo(const ConnectionProfile &profile, const QString &password);

signals:
    /// Logged in; \a profile carries the CA that is trusted now.
    void succeeded(const ConnectionProfile &profile);
    /// A sentence for the person: the manager's refusal, a TLS failure, an untrusted CA…
    void failed(const QString &message);
    /// Remembering the password did not work (no keychain): why, for the status bar.
    void keychainProblem(const QString &message);

private:
    void fetchCa(ConnectionProfile profile, const QString &password);
    void login(const ConnectionProfile &profile, const QString &password);
    bool showTrustDialog(const QString &host, const CaFetcher::Outcome &outcome);

    Client *m_client;
    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    QPointer<QWidget> m_dialogParent;
    CaFetcher *m_fetcher;
    TrustPrompt m_prompt;
};
