#include "iscsiinitiator.h"

#include "iscsiconnection.h"

#include <QRegularExpression>
#include <QSysInfo>

QString IscsiInitiator::defaultInitiatorName(const QString &hostLabel)
{
    // IQNs are case-insensitive and conventionally lower case; keep only characters RFC 3720's
    // stringprep profile leaves alone so the name is valid as-is.
    QString label = (hostLabel.isEmpty() ? QSysInfo::machineHostName() : hostLabel).toLower();
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9.-]+"));
    label.replace(invalid, QStringLiteral("-"));
    if (label.isEmpty())
        label = QStringLiteral("localhost");
    return QStringLiteral("iqn.2026-01.org.diskdesk:lab-") + label;
}

IscsiInitiator::IscsiInitiator(const QString &initiatorName) : m_initiatorName(initiatorName) {}

QString IscsiInitiator::validate(const QString &address, quint16 port) const
{
    if (m_initiatorName.isEmpty())
        return QStringLiteral("No iSCSI initiator name set");
    if (address.trimmed().isEmpty())
        return QStringLiteral("No iSCSI portal address given");
    if (port == 0)
        return QStringLiteral("Invalid iSCSI portal port 0");
    return {};
}

IscsiDiscoveryResult IscsiInitiator::discover(const QString &address, quint16 port,
                                              const IscsiChap &chap) const
{
    IscsiDiscoveryResult result;
    if (const QString invalid = validate(address, port); !invalid.isEmpty()) {
        result.error = invalid;
        result.errorKind = IscsiErrorKind::InvalidArgument;
        return result;
    }
    IscsiConnection connection(m_initiatorName, m_timeout);
    std::optional<QList<IscsiTarget>> targets;
    if (connection.open(address.trimmed(), port, IscsiConnection::SessionType::Discovery, {}, chap))
        targets = connection.sendTargets();
    if (!targets) {
        result.error = connection.errorString();
        result.errorKind = connection.errorKind();
        return result;
    }
    result.targets = *targets;
    return result;
}

IscsiLoginResult IscsiInitiator::login(const QString &address, quint16 port,
                                       const QString &targetIqn, const IscsiChap &chap) const
{
    IscsiLoginResult result;
    QString invalid = validate(address, port);
    if (invalid.isEmpty() && targetIqn.trimmed().isEmpty())
        invalid = QStringLiteral("No iSCSI target name given");
    if (!invalid.isEmpty()) {
        result.error = invalid;
        result.errorKind = IscsiErrorKind::InvalidArgument;
        return result;
    }
    auto connection = std::make_unique<IscsiConnection>(m_initiatorName, m_timeout);
    if (!connection->open(address.trimmed(), port, IscsiConnection::SessionType::Normal,
                          targetIqn.trimmed(), chap)) {
        result.error = connection->errorString();
        result.errorKind = connection->errorKind();
        return result;
    }
    IscsiPortal portal;
    portal.address = address.trimmed();
    portal.port = port;
    result.session.reset(
        new IscsiSession(std::move(connection), m_initiatorName, targetIqn.trimmed(), portal));
    return result;
}

IscsiLunListResult IscsiInitiator::listLuns(const QString &address, quint16 port,
                                            const QString &targetIqn, const IscsiChap &chap) const
{
    IscsiLoginResult login = this->login(address, port, targetIqn, chap);
    if (!login.ok()) {
        IscsiLunListResult result;
        result.error = login.error;
        result.errorKind = login.errorKind;
        return result;
    }
    return login.session->listLuns();
}
