#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// Asks for the manager's address and credentials.
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
    static QUrl completeApiUrl(const QString &text);

    /// OK is only a request here; see the class comment.
    void accept() override;

signals:
    void loginRequested(const QUrl &apiUrl, const QString &user, const QString &password);

private:
    void updateWidgets();
    void setBusy(bool busy);

    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    bool m_busy = false;
};
