#pragma once

#include <QObject>
#include <QString>

#include <functional>

struct ConnectionProfile;

/// Passwords in the system keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
/// Windows Credential Store), never in a file: the insecure plain-text fallback is off.
///
/// When no keychain service runs (a server without a desktop session, a CI job), the first
/// job fails with NoBackendAvailable or OtherError; the store then remembers why, reports
/// Unavailable at once for later calls, and the caller asks for the password each time and
/// says why (unavailableReason()).
class PasswordStore final : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Outcome
    {
        Status status = Status::Failed;
        QString password; ///< for read() with Ok
        QString message;  ///< why, for anything but Ok
    };
    using Callback = std::function<void(Outcome)>;

    /// \a service names the keychain entries' collection (tests pass their own).
    explicit PasswordStore(const QString &service = QStringLiteral("DiskDesk"), QObject *parent = nullptr);

    /// The keychain key of a profile's password: its user and API URL, so that renaming a
    /// profile keeps the password and two profiles for the same account share it.
    static QString keyFor(const ConnectionProfile &profile);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &password, QObject *context, Callback done);
    /// Removing a missing entry counts as Ok.
    void remove(const QString &key, QObject *context, Callback done);

    /// False once a job found no keychain service.
    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &password, QObject *context, Callback done);

    QString m_service;
    QString m_unavailableReason;
};
