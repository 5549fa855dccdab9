#include "connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString defaultUser = ConnectionProfile::defaultUser();

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to oVirt Engine"));
    setObjectName(QStringLiteral("connectionDialog"));

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setAccessibleName(tr("Engine address"));
    m_urlEdit->setPlaceholderText(tr("engine.example.com"));
    m_urlEdit->setMinimumWidth(m_urlEdit->fontMetrics().averageCharWidth() * 48);

    m_userEdit = new QLineEdit(defaultUser, this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setAccessibleName(tr("User name"));

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Saved profile"));
    m_profilesButton = new QPushButton(tr("P&rofiles…"), this);
    m_profilesButton->setObjectName(QStringLiteral("profilesButton"));
    m_profilesButton->setAccessibleName(tr("Manage profiles"));
    m_profilesButton->setAutoDefault(false);
    m_rememberCheck = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_rememberCheck->setAccessibleName(tr("Remember password"));
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setAccessibleName(tr("Keychain"));
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setForegroundRole(QPalette::PlaceholderText);
    m_keychainLabel->hide();
    setProfiles({}, QString());

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Login error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The error is the manager's own text; keep it apart from the hint and mark it as an error.
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Log In"));
    m_okButton->setAccessibleName(tr("Log In"));
    m_okButton->setEnabled(false);
    QPushButton *cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_profilesButton);
    auto *form = new QFormLayout;
    // A row that is a layout gets no buddy from QFormLayout: the label names the combo itself,
    // or its "&" would show as a character instead of an Alt shortcut.
    auto *profileLabel = new QLabel(tr("Pro&file:"), this);
    profileLabel->setBuddy(m_profileCombo);
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&Engine:"), m_urlEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(QString(), m_keychainLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // The address fields are created before the profile row that sits above them: Tab follows
    // the layout (tests/tst_focus_chain).
    QWidget::setTabOrder(m_profileCombo, m_profilesButton);
    QWidget::setTabOrder(m_profilesButton, m_urlEdit);
    QWidget::setTabOrder(m_urlEdit, m_userEdit);
    QWidget::setTabOrder(m_userEdit, m_passwordEdit);
    QWidget::setTabOrder(m_passwordEdit, m_rememberCheck);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::profileIndexChanged);
    connect(m_profilesButton, &QPushButton::clicked, this, &ConnectionDialog::manageProfilesRequested);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    for (QLineEdit *edit : {m_urlEdit, m_userEdit, m_passwordEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            // Once the person changes something, the last failure no longer applies.
            m_errorLabel->clear();
            m_errorLabel->hide();
        });
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateWidgets);
    }

    updateWidgets();
}

void ConnectionDialog::setUrl(const QString &url)
{
    m_urlEdit->setText(url);
}

void ConnectionDialog::setUser(const QString &user)
{
    m_userEdit->setText(user);
}

void ConnectionDialog::setPassword(const QString &password)
{
    m_passwordEdit->setText(password);
}

QUrl ConnectionDialog::apiUrl() const
{
    return completeApiUrl(m_urlEdit->text());
}

QString ConnectionDialog::user() const
{
    return m_userEdit->text().trimmed();
}

QString ConnectionDialog::password() const
{
    return m_passwordEdit->text();
}

void ConnectionDialog::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    m_profiles = profiles;
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("(address typed below)"));
    int index = 0;
    for (const ConnectionProfile &profile : profiles) {
        m_profileCombo->addItem(profile.name);
        if (profile.name == current)
            index = m_profileCombo->count() - 1;
    }
    m_profileCombo->setCurrentIndex(index);
    if (index > 0)
        profileIndexChanged(index);
}

void ConnectionDialog::profileIndexChanged(int index)
{
    if (index <= 0 || index > m_profiles.size())
        return;
    const ConnectionProfile &profile = m_profiles.at(index - 1);
    m_urlEdit->setText(profile.address);
    m_userEdit->setText(profile.user);
    m_passwordEdit->clear();
    if (m_rememberCheck->isEnabled())
        m_rememberCheck->setChecked(profile.rememberPassword);
    m_errorLabel->clear();
    m_errorLabel->hide();
    emit profileChosen(profile.name);
}

QString ConnectionDialog::profileName() const
{
    const int index = m_profileCombo->currentIndex();
    return index > 0 && index <= m_profiles.size() ? m_profiles.at(index - 1).name : QString();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile result;
    const int index = m_profileCombo->currentIndex();
    if (index > 0 && index <= m_profiles.size())
        result = m_profiles.at(index - 1);
    else
        result.caCertificatePem = m_adHocCaPem;
    // The fields win: the person may have changed them after choosing the profile.
    result.address = m_urlEdit->text().trimmed();
    result.user = user();
    result.rememberPassword = rememberPassword();
    return result;
}

void ConnectionDialog::setTrustedCaPem(const QByteArray &pem)
{
    m_adHocCaPem = pem;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_rememberCheck->isEnabled() && m_rememberCheck->isChecked();
}

void ConnectionDialog::setRememberPassword(bool remember)
{
    m_rememberCheck->setChecked(remember);
}

void ConnectionDialog::setKeychainUnavailable(const QString &reason)
{
    m_rememberCheck->setChecked(false);
    m_rememberCheck->setEnabled(false);
    m_keychainLabel->setText(reason);
    m_keychainLabel->setVisible(!reason.isEmpty());
}

QString ConnectionDialog::validationError() const
{
    if (m_urlEdit->text().trimmed().isEmpty())
        return tr("Enter the engine's host name or API address.");
    if (!apiUrl().isValid())
        return tr("The engine address must be a host name or an http(s) URL.");
    const QString name = user();
    if (name.isEmpty())
        return tr("Enter a user name, for example %1.").arg(defaultUser);
    // The SSO wants the profile with the name; without it the login fails with a vague error.
    const int at = name.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == name.size() - 1)
        return tr("The user name needs a profile, for example %1.").arg(defaultUser);
    if (password().isEmpty())
        return tr("Enter the password.");
    return {};
}

void ConnectionDialog::updateWidgets()
{
    const QString error = validationError();
    m_okButton->setEnabled(!m_busy && error.isEmpty());
    m_urlEdit->setEnabled(!m_busy);
    m_userEdit->setEnabled(!m_busy);
    m_passwordEdit->setEnabled(!m_busy);
    m_profileCombo->setEnabled(!m_busy);
    m_profilesButton->setEnabled(!m_busy);

    if (m_busy) {
        m_hintLabel->setText(tr("Logging in to %1…").arg(apiUrl().toDisplayString()));
    } else if (!error.isEmpty()) {
        m_hintLabel->setText(error);
    } else if (apiUrl().scheme() == QLatin1String("http")) {
        m_hintLabel->setText(tr("Connects to %1. Without https the password is sent unencrypted.")
                                 .arg(apiUrl().toDisplayString()));
    } else {
        m_hintLabel->setText(tr("Connects to %1.").arg(apiUrl().toDisplayString()));
    }
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateWidgets();
}

void ConnectionDialog::accept()
{
    if (m_busy || !validationError().isEmpty())
        return;
    m_errorLabel->clear();
    m_errorLabel->hide();
    setBusy(true);
    emit loginRequested(apiUrl(), user(), password());
}

void ConnectionDialog::setError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    setBusy(false);
    m_passwordEdit->setFocus();
    m_passwordEdit->selectAll();
}

void ConnectionDialog::loginSucceeded()
{
    setBusy(false);
    QDialog::accept();
}
