#include "connectionstartup.h"

#include "connectiondialog.h"
#include "connectionflow.h"
#include "passwordstore.h"
#include "profiledialog.h"
#include "profilestore.h"

ConnectionStartup::ConnectionStartup(const Options &options, Client *client, ProfileStore *profiles, PasswordStore *passwords,
                                     QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(profiles)
    , m_passwords(passwords)
    , m_dialog(std::make_unique<ConnectionDialog>())
{
    m_chosenProfile = options.profile;
    if (!m_chosenProfile.isEmpty() && !profiles->profile(m_chosenProfile))
        m_error = tr("There is no saved profile \u201c%1\u201d.").arg(m_chosenProfile);
    if (m_chosenProfile.isEmpty() && options.url.isEmpty())
        m_chosenProfile = profiles->defaultProfileName();

    ConnectionDialog *dialog = m_dialog.get();
    m_flow = new ConnectionFlow(client, profiles, passwords, dialog, this);
    dialog->setProfiles(profiles->profiles(), m_chosenProfile);
    if (!options.url.isEmpty())
        dialog->setUrl(options.url);
    if (!options.user.isEmpty())
        dialog->setUser(options.user);
    dialog->setPassword(options.password.value_or(QString()));
    dialog->setTrustedCaPem(options.caPem);

    // The dialog stays open until the engine accepted the credentials; a refusal is shown in it
    // with the engine's words.
    connect(dialog, &ConnectionDialog::loginRequested, this, [this, dialog](const QUrl &, const QString &, const QString &secret) {
        ConnectionProfile profile = dialog->profile();
        // --ca-file wins for this run (and is kept in a saved profile that logs in).
        if (!m_options.caPem.isEmpty())
            profile.caCertificatePem = m_options.caPem;
        m_flow->connectTo(profile, secret);
    });
    connect(m_flow, &ConnectionFlow::failed, this, [dialog](const QString &message) {
        dialog->setError(message);
        if (!dialog->isVisible())
            dialog->show();
    });
    connect(m_flow, &ConnectionFlow::succeeded, this, [this, dialog](const ConnectionProfile &profile) {
        dialog->loginSucceeded();
        emit connected(profile);
    });
    connect(m_flow, &ConnectionFlow::keychainProblem, this, &ConnectionStartup::keychainProblem);
    connect(dialog, &QDialog::rejected, this, &ConnectionStartup::cancelled);
    // Choosing a profile fills in its remembered password, if there is one.
    connect(dialog, &ConnectionDialog::profileChosen, this, [this](const QString &name) { fillPassword(name, false); });
    connect(dialog, &ConnectionDialog::manageProfilesRequested, this, [this, dialog] {
        ProfileDialog profileDialog(m_profiles, dialog);
        profileDialog.selectProfile(dialog->profileName());
        if (profileDialog.exec() == QDialog::Accepted)
            dialog->setProfiles(m_profiles->profiles(), profileDialog.currentProfileName());
    });
}

ConnectionStartup::~ConnectionStartup() = default;

void ConnectionStartup::fillPassword(const QString &name, bool loginWhenFound)
{
    ConnectionDialog *dialog = m_dialog.get();
    const auto profile = m_profiles->profile(name);
    if (!profile || !profile->rememberPassword) {
        if (loginWhenFound)
            dialog->show();
        return;
    }
    m_passwords->read(PasswordStore::keyFor(*profile), dialog, [dialog, loginWhenFound](PasswordStore::Outcome outcome) {
        if (outcome.status == PasswordStore::Status::Ok) {
            dialog->setPassword(outcome.password);
            if (loginWhenFound && dialog->validationError().isEmpty()) {
                dialog->accept();
                return;
            }
        } else if (outcome.status == PasswordStore::Status::Unavailable) {
            dialog->setKeychainUnavailable(outcome.message);
        }
        if (loginWhenFound)
            dialog->show();
    });
}

void ConnectionStartup::start()
{
    ConnectionDialog *dialog = m_dialog.get();
    // Without a keychain service the person is told once, before typing, why the password is
    // asked for each time.
    m_passwords->read(QStringLiteral("availability check"), dialog, [dialog](PasswordStore::Outcome outcome) {
        if (outcome.status == PasswordStore::Status::Unavailable)
            dialog->setKeychainUnavailable(outcome.message);
    });
    // With an address and a password at hand, or a saved profile named on the command line,
    // log in straight away; the dialog only shows up if that fails.
    const bool direct = !m_options.url.isEmpty() && m_options.password.has_value();
    if (direct && dialog->validationError().isEmpty())
        dialog->accept();
    else if (!m_options.profile.isEmpty() && !m_options.password)
        fillPassword(m_chosenProfile, true);
    else if (!m_options.profile.isEmpty() && dialog->validationError().isEmpty())
        dialog->accept();
    else
        dialog->show();
}
