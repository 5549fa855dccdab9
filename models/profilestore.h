#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

/// Saved connection profiles in QSettings (group `profiles`, plus `defaultProfile`).
///
/// Only what ConnectionProfile holds is written: names, addresses, users, pinned CAs and the
/// "remember password" choice. Passwords never go through here.
class ProfileStore final
{
public:
    /// The application's settings (QSettings() with organisation and application name).
    ProfileStore();
    /// Explicit settings, e.g. a file in a test's temporary folder. Not owned.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();

    QList<ConnectionProfile> profiles() const;
    QStringList names() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;

    /// Adds the profile, or replaces the one with the same name.
    void save(const ConnectionProfile &profile);
    /// Replaces \a oldName by \a profile (which may carry a new name); keeps the default mark.
    void replace(const QString &oldName, const ConnectionProfile &profile);
    void remove(const QString &name);
    /// Replaces all profiles at once (the profile dialog's OK).
    void setProfiles(const QList<ConnectionProfile> &profiles);

    /// The profile DiskDesk offers first; empty when none is marked.
    QString defaultProfileName() const;
    void setDefaultProfileName(const QString &name);

    /// "NAME (copy)", "NAME (copy 2)", … : the first name not taken yet.
    QString copyName(const QString &name) const;

    /// Writes pending changes to disk now (QSettings otherwise writes later).
    void sync();

private:
    void write(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};
