#include "iscsiservice.h"

#include "auditlog.h"
#include "faultreply.h"
#include "iscsiinitiator.h"
#include "labclock.h"
#include "xmlelement.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QXmlStreamWriter>

namespace {

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

/// The echoed action plus extra members, sorted by name (NOTES §7.1, §11.1).
LabResponse actionReply(const XmlElement &action, const QList<QPair<QString, std::function<void(QXmlStreamWriter &)>>> &extra)
{
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
        QList<QPair<QString, std::function<void()>>> members;
        for (const XmlElement &child : action.children()) {
            if (child.name() != QLatin1String("status") && child.name() != QLatin1String("fault"))
                members.append({child.name(), [&w, child] { FaultReply::echo(w, child, {QStringLiteral("password")}); }});
        }
        for (const auto &member : extra)
            members.append({member.first, [&w, member] { member.second(w); }});
        members.append({QStringLiteral("status"), [&w] { w.writeTextElement(QStringLiteral("status"), QStringLiteral("complete")); }});
        std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        w.writeStartElement(QStringLiteral("action"));
        for (const auto &member : members)
            member.second();
        w.writeEndElement();
    }));
}

/// The engine's VDSM error texts (VdsmErrors.properties) for a failed login or discovery.
QString loginFailure(IscsiErrorKind kind)
{
    if (kind == IscsiErrorKind::AuthenticationFailed || kind == IscsiErrorKind::NotAuthorized)
        return QStringLiteral("Failed to login to iSCSI node due to authorization failure"); // ISCSI_LOGIN_AUTH_ERROR
    return QStringLiteral("Failed to login to iSCSI node"); // iSCSILoginError (464)
}

/// Runs \a work on the thread pool, then \a then on \a context's thread with its result.
template<typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(const T &)> then)
{
    QtConcurrent::run(std::move(work)).then(context, [then](const T &result) { then(result); });
}

} // namespace

IscsiService::IscsiService(LabDatabase &db)
    : m_db(db)
    , m_pool(std::make_shared<IscsiSessionPool>())
    , m_context(std::make_unique<QObject>())
{
}

QString IscsiService::initiatorName(const LabRow &host) const
{
    // Each simulated host has its own initiator name, as real hosts do (tgt ACLs can tell them apart).
    const QString configured = str(host, "iscsi_initiator");
    return configured.isEmpty() ? IscsiInitiator::defaultInitiatorName(str(host, "name")) : configured;
}

QList<IscsiSessionPool::Target> IscsiService::sessions(const QString &hostId, const QString &address, int port, const QString &iqn)
{
    QList<IscsiSessionPool::Target> targets;
    const auto host = m_db.selectOne(QStringLiteral("SELECT * FROM hosts WHERE id = ?"), {hostId});
    if (!host)
        return targets;
    for (const LabRow &row : m_db.select(QStringLiteral("SELECT * FROM iscsi_sessions WHERE host_id = ? ORDER BY login_time, target"), {hostId})) {
        if (!iqn.isEmpty() && (str(row, "target") != iqn || str(row, "address") != address || row.value(QStringLiteral("port")).toInt() != port))
            continue;
        IscsiSessionPool::Target target;
        target.hostId = hostId;
        target.initiatorName = initiatorName(*host);
        target.address = str(row, "address");
        target.port = quint16(row.value(QStringLiteral("port")).toInt());
        target.iqn = str(row, "target");
        target.chap = IscsiChap{str(row, "username"), str(row, "password")};
        targets << target;
    }
    return targets;
}

LabResponse IscsiService::hostAction(const LabRow &host, const QString &actionName, const LabRequest &request)
{
    const QString usage = actionName == QLatin1String("iscsilogin") ? QStringLiteral("services/host/methods/iscsi_login")
        : actionName == QLatin1String("iscsidiscover")            ? QStringLiteral("services/host/methods/iscsi_discover")
                                                                    : QStringLiteral("services/host/methods/discover_iscsi");
    const auto action = XmlElement::parse(request.body);
    if (!action || action->name() != QLatin1String("action"))
        return FaultReply::syntax(request.baseUrl, usage);
    const XmlElement *iscsi = action->child(QStringLiteral("iscsi"));
    const QString address = iscsi ? iscsi->childText(QStringLiteral("address")) : QString();
    const QString iqn = iscsi ? iscsi->childText(QStringLiteral("target")) : QString();
    // The Java method names, as the REST layer's CompletenessAssertor prints them.
    const QString method = actionName == QLatin1String("iscsilogin") ? QStringLiteral("iscsiLogin")
        : actionName == QLatin1String("iscsidiscover")               ? QStringLiteral("iscsiDiscover")
                                                                       : QStringLiteral("discoverIscsi");
    QStringList missing;
    if (address.isEmpty())
        missing << QStringLiteral("iscsi.address");
    if (actionName == QLatin1String("iscsilogin") && iqn.isEmpty())
        missing << QStringLiteral("iscsi.target");
    if (!missing.isEmpty())
        return FaultReply::incomplete(QStringLiteral("Action"), missing, method);
    bool portOk = true;
    const QString portText = iscsi->childText(QStringLiteral("port"));
    const int port = portText.isEmpty() ? 3260 : portText.toInt(&portOk);
    if (!portOk || port <= 0 || port > 65535)
        return FaultReply::action(*action, 400, QStringLiteral("[Invalid value for port, should be an integer greater than 0.]"),
                                  {QStringLiteral("password")});

    IscsiSessionPool::Target target;
    target.hostId = str(host, "id");
    target.initiatorName = initiatorName(host);
    target.address = address;
    target.port = quint16(port);
    target.iqn = iqn;
    target.chap = IscsiChap{iscsi->childText(QStringLiteral("username")), iscsi->childText(QStringLiteral("password"))};
    const XmlElement echoed = *action;
    const std::shared_ptr<IscsiSessionPool> pool = m_pool;
    LabResponse response;

    if (actionName == QLatin1String("iscsilogin")) {
        const QString portal = iscsi->childText(QStringLiteral("portal"));
        const QString correlationId = request.correlationId;
        struct Outcome
        {
            bool ok = false;
            QString error;
            IscsiErrorKind kind = IscsiErrorKind::None;
        };
        response.deferred = [this, pool, target, echoed, portal, correlationId](const LabResponse::Reply &reply) {
            offThread<Outcome>(
                m_context.get(),
                [pool, target] {
                    Outcome outcome;
                    outcome.ok = pool->login(target, &outcome.error, &outcome.kind);
                    return outcome;
                },
                [this, target, echoed, portal, correlationId, reply](const Outcome &outcome) {
                    if (!outcome.ok) {
                        qWarning("diskdesk-lab: iscsilogin %s %s:%d failed: %s", qPrintable(target.iqn), qPrintable(target.address), target.port,
                                 qPrintable(outcome.error));
                        reply(FaultReply::action(echoed, 400, QLatin1Char('[') + loginFailure(outcome.kind) + QLatin1Char(']'),
                                                 {QStringLiteral("password")}));
                        return;
                    }
                    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO iscsi_sessions (host_id, address, port, target, portal, username, password, login_time) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {target.hostId, target.address, int(target.port), target.iqn, portal, target.chap.username, target.chap.password,
                               LabClock::nowMs()});
                    reply(actionReply(echoed, {}));
                });
        };
        return response;
    }

    // Discovery: SendTargets on the portal, both result forms in the reply (bug 1926819).
    response.deferred = [this, target, echoed](const LabResponse::Reply &reply) {
        offThread<IscsiDiscoveryResult>(
            m_context.get(),
            [target] { return IscsiInitiator(target.initiatorName).discover(target.address, target.port, target.chap); },
            [echoed, target, reply](const IscsiDiscoveryResult &result) {
                if (!result.ok()) {
                    qWarning("diskdesk-lab: discovery on %s:%d failed: %s", qPrintable(target.address), target.port, qPrintable(result.error));
                    const QString text = result.errorKind == IscsiErrorKind::AuthenticationFailed || result.errorKind == IscsiErrorKind::NotAuthorized
                        ? loginFailure(result.errorKind)
                        : QStringLiteral("Failed discovery of iSCSI targets"); // iSCSIDiscoveryError
                    reply(FaultReply::action(echoed, 400, QLatin1Char('[') + text + QLatin1Char(']'), {QStringLiteral("password")}));
                    return;
                }
                reply(actionReply(
                    echoed,
                    {{QStringLiteral("discovered_targets"),
                      [result](QXmlStreamWriter &w) {
                          w.writeStartElement(QStringLiteral("discovered_targets"));
                          for (const IscsiTarget &found : result.targets) {
                              for (const IscsiPortal &portal : found.portals) {
                                  w.writeStartElement(QStringLiteral("iscsi_details"));
                                  w.writeTextElement(QStringLiteral("address"), portal.address);
                                  w.writeTextElement(QStringLiteral("port"), QString::number(portal.port));
                                  w.writeTextElement(QStringLiteral("portal"), portal.toString());
                                  w.writeTextElement(QStringLiteral("target"), found.iqn);
                                  w.writeEndElement();
                              }
                          }
                          w.writeEndElement();
                      }},
                     {QStringLiteral("iscsi_targets"), [result](QXmlStreamWriter &w) {
                          w.writeStartElement(QStringLiteral("iscsi_targets"));
                          for (const IscsiTarget &found : result.targets)
                              w.writeTextElement(QStringLiteral("iscsi_target"), found.iqn);
                          w.writeEndElement();
                      }}}));
            });
    };
    return response;
}

IscsiService::HostLuns IscsiService::readLuns(const std::shared_ptr<IscsiSessionPool> &pool, const QList<IscsiSessionPool::Target> &targets)
{
    HostLuns result;
    QSet<QString> seen;
    for (const IscsiSessionPool::Target &target : targets) {
        const IscsiLunListResult luns = pool->listLuns(target);
        if (!luns.ok()) {
            // A host that lost its target simply sees none of its LUNs (as GetDeviceList would).
            qWarning("diskdesk-lab: host %s cannot list LUNs of %s: %s", qPrintable(target.hostId), qPrintable(target.iqn), qPrintable(luns.error));
            continue;
        }
        for (const IscsiLun &lun : luns.luns) {
            if (lun.wwid.isEmpty() || seen.contains(lun.wwid))
                continue;
            seen.insert(lun.wwid);
            LunXml::Unit unit;
            unit.id = lun.wwid;
            unit.address = target.address;
            unit.port = target.port;
            unit.target = target.iqn;
            unit.portal = IscsiPortal{target.address, target.port, 1}.toString();
            unit.username = target.chap.username;
            unit.lunMapping = lun.lun;
            unit.vendorId = lun.vendorId;
            unit.productId = lun.productId;
            unit.serial = lun.ovirtSerial;
            unit.size = lun.sizeBytes;
            unit.paths = 1;
            unit.writeProtected = lun.writeProtected;
            result.units << unit;
        }
    }
    return result;
}

LabResponse IscsiService::hostStorage(const LabRow &host, const QString &lunId, const LabRequest &request)
{
    const QString hostId = str(host, "id");
    const QList<IscsiSessionPool::Target> targets = sessions(hostId);
    // report_status defaults to true (NOTES §0.3).
    const QString reportText = request.query.queryItemValue(QStringLiteral("report_status")).toLower();
    const bool reportStatus = !(reportText == QLatin1String("false") || reportText == QLatin1String("f") || reportText == QLatin1String("no")
                                || reportText == QLatin1String("n") || reportText == QLatin1String("0"));
    const std::shared_ptr<IscsiSessionPool> pool = m_pool;
    LabResponse response;
    response.deferred = [this, pool, targets, hostId, lunId, reportStatus](const LabResponse::Reply &reply) {
        offThread<HostLuns>(
            m_context.get(), [pool, targets] { return readLuns(pool, targets); },
            [this, hostId, lunId, reportStatus, reply](const HostLuns &found) {
                QList<LunXml::Unit> units;
                for (LunXml::Unit unit : found.units) {
                    if (!lunId.isEmpty() && unit.id != lunId)
                        continue;
                    // Used: a disk of this engine has it (the engine also counts storage domains).
                    const auto used = m_db.selectOne(QStringLiteral("SELECT disk_id FROM luns WHERE id = ?"), {unit.id});
                    if (used)
                        unit.diskId = str(*used, "disk_id");
                    if (reportStatus)
                        unit.status = used ? QStringLiteral("used") : QStringLiteral("free");
                    units << unit;
                }
                if (!lunId.isEmpty() && units.isEmpty()) {
                    reply(LabResponse::empty(404));
                    return;
                }
                reply(LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
                    if (!lunId.isEmpty()) {
                        LunXml::hostStorage(w, hostId, units.first());
                        return;
                    }
                    w.writeStartElement(QStringLiteral("host_storages"));
                    for (const LunXml::Unit &unit : units)
                        LunXml::hostStorage(w, hostId, unit);
                    w.writeEndElement();
                })));
            });
    };
    return response;
}

void IscsiService::findLun(const QList<IscsiSessionPool::Target> &targets, const QString &lunId, std::function<void(const Found &)> done)
{
    const std::shared_ptr<IscsiSessionPool> pool = m_pool;
    offThread<Found>(
        m_context.get(),
        [pool, targets, lunId] {
            Found found;
            for (const IscsiSessionPool::Target &target : targets) {
                for (const LunXml::Unit &unit : readLuns(pool, {target}).units) {
                    if (unit.id == lunId) {
                        found.visible = true;
                        found.hostId = target.hostId;
                        found.target = target;
                        found.unit = unit;
                        return found;
                    }
                }
            }
            return found;
        },
        std::move(done));
}
