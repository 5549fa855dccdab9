#include "diskamend.h"

#include "client.h"

#include <QPointer>

#include <memory>

namespace {

using Observation = OperationTracker::Observation;
using Outcome = Observation::Outcome;

Observation observation(Outcome outcome, const QString &phase, const QString &failure = {})
{
    Observation o;
    o.outcome = outcome;
    o.phase = phase;
    o.failure = failure;
    return o;
}

QString levelText(QcowVersion version)
{
    return version == QcowVersion::Qcow2V3 ? QStringLiteral("1.1") : version == QcowVersion::Qcow2V2 ? QStringLiteral("0.10") : QString();
}

} // namespace

OperationTracker::Condition DiskAmend::diskAmended(const QString &diskId, QcowVersion target, std::shared_ptr<const bool> replied)
{
    return [diskId, target, replied](Client &client, const QString &, QObject *context, OperationTracker::ObservationCallback done) {
        client.disk(diskId, context, [target, replied, done](Result<Disk> disk) {
            if (!disk.ok()) {
                if (disk.error->httpStatus == 404)
                    done(observation(Outcome::Failed, {}, OperationTracker::tr("The disk no longer exists.")));
                else if (disk.error->kind == ApiError::Kind::Auth)
                    done(observation(Outcome::Failed, {}, disk.error->text()));
                else
                    done(observation(Outcome::Pending,
                                     OperationTracker::tr("Waiting for the manager to answer (%1)").arg(disk.error->text())));
                return;
            }
            const DiskStatus status = disk.value.status.value_or(DiskStatus::Unknown);
            if (status == DiskStatus::Locked) {
                done(observation(Outcome::Pending, OperationTracker::tr("Amending the volumes of %1").arg(disk.value.alias)));
                return;
            }
            if (status == DiskStatus::Illegal) {
                done(observation(Outcome::Failed, {}, OperationTracker::tr("The disk %1 is illegal.").arg(disk.value.alias)));
                return;
            }
            if (disk.value.qcowVersion.value_or(QcowVersion::Unknown) != target && replied && !*replied) {
                done(observation(Outcome::Pending, OperationTracker::tr("Waiting for the manager to accept the amend")));
                return;
            }
            if (disk.value.qcowVersion.value_or(QcowVersion::Unknown) != target) {
                // Not (yet) amended and not locked: an error event, if any, names the failure;
                // otherwise this is the final word.
                done(observation(Outcome::Failed, {},
                                 OperationTracker::tr("The manager left %1 at compat %2.")
                                     .arg(disk.value.alias, levelText(disk.value.qcowVersion.value_or(QcowVersion::Unknown)))));
                return;
            }
            done(observation(Outcome::Holds, OperationTracker::tr("%1 is at compat %2").arg(disk.value.alias, levelText(target))));
        });
    };
}

OperationTracker *DiskAmend::start(Client *client, const QString &vmId, const QString &diskId, const QString &diskAlias,
                                   QcowVersion target, QObject *parent, const OperationTiming &timing)
{
    // The reply may only be handed to the tracker, which needs the correlation id the call
    // returns: a relay object carries the reply over.
    auto tracker = std::make_shared<QPointer<OperationTracker>>();
    auto replied = std::make_shared<bool>(false);
    auto *relay = new QObject(parent);
    auto forward = [tracker, relay, replied](const std::optional<ApiError> &error) {
        *replied = true;
        if (*tracker)
            (*tracker)->replyReceived(error);
        relay->deleteLater();
    };
    QString correlationId;
    if (vmId.isEmpty())
        correlationId = client->amendDisk(diskId, target, relay, [forward](Result<Disk> reply) { forward(reply.error); });
    else
        correlationId = client->amendAttachedDisk(vmId, diskId, target, relay,
                                                  [forward](Result<DiskAttachment> reply) { forward(reply.error); });
    auto *t = new OperationTracker(client, OperationTracker::tr("Amend %1 to qcow2 compat %2").arg(diskAlias, levelText(target)),
                                   correlationId, diskAmended(diskId, target, replied), parent);
    t->setTiming(timing);
    relay->setParent(t);
    *tracker = t;
    t->start();
    return t;
}
