#include "profilestore.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {

const QString kProfilesArray = QStringLiteral("profiles");
const QString kDefaultKey = QStringLiteral("defaultProfile");

} // namespace

ProfileStore::ProfileStore() : m_owned(std::make_unique<QSettings>()), m_settings(m_owned.get()) { }

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) { }

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(kProfilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.address = m_settings->value(QStringLiteral("address")).toString();
        p.user = m_settings->value(QStringLiteral("user"), ConnectionProfile::defaultUser()).toString();
        p.caCertificatePem = m_settings->value(QStringLiteral("caCertificate")).toString().toLatin1();
        p.rememberPassword = m_settings->value(QStringLiteral("rememberPassword"), false).toBool();
        if (!p.name.isEmpty())
            result.append(p);
    }
    m_settings->endArray();
    return result;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const ConnectionProfile &p : profiles())
        result << p.name;
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::write(const QList<ConnectionProfile> &profiles)
{
    // The array is written whole: a profile name may hold any character, a settings key may not.
    m_settings->remove(kProfilesArray);
    m_settings->beginWriteArray(kProfilesArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("address"), p.address);
        m_settings->setValue(QStringLiteral("user"), p.user);
        // Plain PEM text keeps the settings file readable and diffable.
        m_settings->setValue(QStringLiteral("caCertificate"), QString::fromLatin1(p.caCertificatePem));
        m_settings->setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    }
    m_settings->endArray();
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    replace(profile.name, profile);
}

void ProfileStore::replace(const QString &oldName, const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    // A rename onto another profile's name replaces that one: names stay unique.
    if (oldName != profile.name)
        all.removeIf([&profile](const ConnectionProfile &p) { return p.name == profile.name; });
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&oldName](const ConnectionProfile &p) { return p.name == oldName; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    write(all);
    if (oldName != profile.name && defaultProfileName() == oldName)
        setDefaultProfileName(profile.name);
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    write(all);
    if (defaultProfileName() == name)
        m_settings->remove(kDefaultKey);
}

void ProfileStore::setProfiles(const QList<ConnectionProfile> &profiles)
{
    write(profiles);
    const QString defaultName = defaultProfileName();
    const bool kept = std::any_of(profiles.cbegin(), profiles.cend(),
                                  [&defaultName](const ConnectionProfile &p) { return p.name == defaultName; });
    if (!kept)
        m_settings->remove(kDefaultKey);
}

QString ProfileStore::defaultProfileName() const
{
    return m_settings->value(kDefaultKey).toString();
}

void ProfileStore::setDefaultProfileName(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kDefaultKey);
    else
        m_settings->setValue(kDefaultKey, name);
}

QString ProfileStore::copyName(const QString &name) const
{
    const QStringList taken = names();
    QString candidate = QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(name);
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = QCoreApplication::translate("ProfileStore", "%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

void ProfileStore::sync()
{
    m_settings->sync();
}
