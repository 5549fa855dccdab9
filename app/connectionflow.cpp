#include "connectionflow.h"

#include "client.h"
#include "passwordstore.h"
#include "profilestore.h"
#include "trustcertificatedialog.h"

ConnectionFlow::ConnectionFlow(Client *client, ProfileStore *profiles, PasswordStore *passwords,
                               QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_passwords(passwords)
    , m_dialogParent(dialogParent)
    , m_fetcher(new CaFetcher(this))
{
    m_prompt = [this](const QString &host, const CaFetcher::Outcome &outcome) {
        return showTrustDialog(host, outcome);
    };
}

void ConnectionFlow::connectTo(const ConnectionProfile &profile, const QString &password)
{
    const QUrl url = profile.apiUrl();
    if (url.scheme() == QLatin1String("https") && profile.caCertificatePem.isEmpty()) {
        fetchCa(profile, password);
        return;
    }
    login(profile, password);
}

void ConnectionFlow::fetchCa(ConnectionProfile profile, const QString &password)
{
    const QUrl url = profile.apiUrl();
    m_fetcher->fetch(url, this, [this, profile, password, url](CaFetcher::Outcome outcome) mutable {
        if (!outcome.ok()) {
            emit failed(outcome.error->text());
            return;
        }
        if (!m_prompt(url.host(), outcome)) {
            emit failed(tr("The manager's CA certificate was not trusted, so DiskDesk did not connect. Compare its "
                           "fingerprint with the engine's, or choose its CA file in the profile."));
            return;
        }
        profile.caCertificatePem = outcome.ca.toPem();
        // Pinned in the saved profile at once: the person's decision must not depend on the
        // password being right.
        if (!profile.name.isEmpty() && m_profiles->profile(profile.name)) {
            ConnectionProfile saved = *m_profiles->profile(profile.name);
            saved.caCertificatePem = profile.caCertificatePem;
            m_profiles->save(saved);
            m_profiles->sync();
        }
        login(profile, password);
    });
}

void ConnectionFlow::login(const ConnectionProfile &profile, const QString &password)
{
    m_client->setApiUrl(profile.apiUrl());
    m_client->setTrust(TrustPolicy::fromPem(profile.caCertificatePem));
    m_client->login(profile.user, password, this, [this, profile, password](Result<ApiRoot> result) {
        if (!result.ok()) {
            emit failed(result.error->text());
            return;
        }
        if (!profile.name.isEmpty()) {
            m_profiles->save(profile);
            m_profiles->sync();
        }
        const QString key = PasswordStore::keyFor(profile);
        const auto reportKeychain = [this](PasswordStore::Outcome outcome) {
            if (outcome.status != PasswordStore::Status::Ok)
                emit keychainProblem(outcome.message);
        };
        if (profile.rememberPassword)
            m_passwords->write(key, password, this, reportKeychain);
        else if (m_passwords->isAvailable())
            m_passwords->remove(key, this, [](PasswordStore::Outcome) { });
        emit succeeded(profile);
    });
}

bool ConnectionFlow::showTrustDialog(const QString &host, const CaFetcher::Outcome &outcome)
{
    TrustCertificateDialog dialog(m_dialogParent);
    dialog.setCertificate(host, outcome.ca);
    dialog.setUntrustedErrors(outcome.untrustedErrors);
    dialog.setVerifyError(outcome.verifyError);
    return dialog.exec() == QDialog::Accepted;
}
