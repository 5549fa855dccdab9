#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// Asks for the manager's address and credentials, or offers the saved profiles: choosing one
/// fills address and user (and, through profileChosen(), the remembered password).
///
/// The dialog does not log in itself: OK emits loginRequested() and the dialog stays open,
/// busy, until the caller reports the outcome with loginSucceeded() (closes it) or
/// setError() (shows the manager's words and lets the person correct the input).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    /// What the person typed into the address field, as entered.
    void setUrl(const QString &url);
    void setUser(const QString &user);
    void setPassword(const QString &password);

    /// The saved profiles offered in the profile box; \a current is selected (empty: none).
    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current);
    /// The chosen profile's name; empty for an address typed without a profile.
    QString profileName() const;
    /// What the fields say, as a profile (the chosen one's name and trusted CA).
    ConnectionProfile profile() const;
    /// A CA to trust for an address typed without a profile (e.g. from --ca-file).
    void setTrustedCaPem(const QByteArray &pem);

    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    /// No keychain: the box is disabled and \a reason says why the password is asked each time.
    void setKeychainUnavailable(const QString &reason);

    /// The API entry point completed from the address field: a bare host name becomes
    /// `https://HOST/ovirt-engine/api`. Invalid when the field does not hold a usable address.
    QUrl apiUrl() const;
    QString user() const;
    QString password() const;

    /// Why OK is disabled, or an empty string when the input is complete.
    QString validationError() const;

    /// Shows why the login failed and makes the dialog editable again.
    void setError(const QString &message);
    /// Closes the dialog with Accepted.
    void loginSucceeded();

    /// The address completion rule: adds `https://` when no scheme is given and
    /// `/ovirt-engine/api` when no path (or just `/ovirt-engine`) is given.
    static QUrl completeApiUrl(const QString &text) { return ConnectionProfile::completeApiUrl(text); }

    /// OK is only a request here; see the class comment.
    void accept() override;

signals:
    void loginRequested(const QUrl &apiUrl, const QString &user, const QString &password);
    /// A saved profile was chosen in the profile box (fields are filled already).
    void profileChosen(const QString &name);
    /// "Profiles…" was clicked.
    void manageProfilesRequested();

private:
    void updateWidgets();
    void setBusy(bool busy);

    void profileIndexChanged(int index);

    QList<ConnectionProfile> m_profiles;
    QByteArray m_adHocCaPem;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_profilesButton = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    bool m_busy = false;
};
