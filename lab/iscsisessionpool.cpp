#include "iscsisessionpool.h"

#include "iscsiinitiator.h"

#include <QMutexLocker>

QString IscsiSessionPool::keyOf(const Target &target)
{
    return QStringLiteral("%1|%2|%3|%4").arg(target.hostId, target.address).arg(target.port).arg(target.iqn);
}

bool IscsiSessionPool::login(const Target &target, QString *error, IscsiErrorKind *kind)
{
    QMutexLocker locker(&m_mutex);
    IscsiLoginResult result = IscsiInitiator(target.initiatorName).login(target.address, target.port, target.iqn, target.chap);
    if (!result.ok()) {
        *error = result.error;
        *kind = result.errorKind;
        return false;
    }
    m_sessions.insert(keyOf(target), std::shared_ptr<IscsiSession>(std::move(result.session)));
    return true;
}

IscsiLunListResult IscsiSessionPool::listLuns(const Target &target)
{
    QMutexLocker locker(&m_mutex);
    const QString key = keyOf(target);
    // Twice at most: a session that dropped since (target restarted) is opened again once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::shared_ptr<IscsiSession> session = m_sessions.value(key);
        if (!session || !session->isLoggedIn()) {
            IscsiLoginResult login = IscsiInitiator(target.initiatorName).login(target.address, target.port, target.iqn, target.chap);
            if (!login.ok()) {
                m_sessions.remove(key);
                IscsiLunListResult failed;
                failed.error = login.error;
                failed.errorKind = login.errorKind;
                return failed;
            }
            session = std::shared_ptr<IscsiSession>(std::move(login.session));
            m_sessions.insert(key, session);
        }
        IscsiLunListResult result = session->listLuns();
        if (result.ok() || attempt == 1)
            return result;
        m_sessions.remove(key);
    }
    return {};
}

void IscsiSessionPool::forgetHost(const QString &hostId)
{
    QMutexLocker locker(&m_mutex);
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it.key().startsWith(hostId + QLatin1Char('|')))
            it = m_sessions.erase(it);
        else
            ++it;
    }
}
