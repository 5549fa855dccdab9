#pragma once

// What the end-to-end tests that drive the api library share: running one asynchronous Client
// call to its end, a failure text safe to evaluate when the call succeeded (QVERIFY2 in Qt 6.4
// evaluates its message either way), fast operation polling, logging in to a LabProcess, and the
// look-ups by name that set-ups repeat. These helpers return an error text (empty on success)
// rather than failing themselves, so that each test keeps its own QVERIFY2 and its message.

#include "apierror.h"
#include "client.h"
#include "labprocess.h"
#include "operationtracker.h"
#include "trustpolicy.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

template <class T, class Call>
Result<T> await(Call &&call, int timeoutMs = 60000)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return Result<T>{{}, ApiError{ApiError::Kind::Network, 0, {}, QStringLiteral("timed out")}};
    return *result;
}

template <class T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error->text().toUtf8();
}

/// Fast polling for tests; the defaults (200 ms, then 1 s) only make them slower.
inline OperationTiming testTiming()
{
    OperationTiming timing;
    timing.firstPollMs = 20;
    timing.pollMs = 100;
    timing.timeoutMs = 120000;
    return timing;
}

/// Points \a client at \a lab and logs in as the lab's admin. A lab started with
/// LabProcess::Options::https is trusted through its own CA only (pinned), as a manager with a
/// private CA would be. Empty on success, else why not.
inline QString loginTo(Client &client, const LabProcess &lab, int timeoutMs = 60000)
{
    if (lab.apiUrl().scheme() == QLatin1String("https")) {
        QString error;
        const TrustPolicy trust = TrustPolicy::fromCaFile(lab.caPath(), &error);
        if (!trust.isPinned())
            return error.isEmpty() ? QStringLiteral("the lab's CA is not pinned") : error;
        client.setTrust(trust);
    }
    client.setApiUrl(lab.apiUrl());
    const auto login = await<ApiRoot>(
            [&](QObject *c, auto done) { client.login(QStringLiteral("admin@internal"), lab.password(), c, done); },
            timeoutMs);
    return login.ok() ? QString() : login.error->text();
}

/// The id of the one VM named \a name (server search), empty when there is not exactly one.
inline QString vmIdByName(Client &client, const QString &name)
{
    const auto vms = await<QList<Vm>>([&](QObject *c, auto done) { client.vms(QStringLiteral("name=") + name, c, done); });
    return vms.ok() && vms.value.size() == 1 ? vms.value.first().id : QString();
}

/// The one disk with alias \a alias (server search), a default Disk when there is not exactly one.
inline Disk diskByAlias(Client &client, const QString &alias)
{
    const auto disks = await<QList<Disk>>([&](QObject *c, auto done) { client.disks(QStringLiteral("alias=") + alias, c, done); });
    return disks.ok() && disks.value.size() == 1 ? disks.value.first() : Disk{};
}

/// The id of the storage domain named \a name, empty when there is none (or the list failed).
inline QString storageDomainIdByName(Client &client, const QString &name)
{
    const auto domains = await<QList<StorageDomain>>([&](QObject *c, auto done) { client.storageDomains(c, done); });
    for (const StorageDomain &domain : domains.value) {
        if (domain.name == name)
            return domain.id;
    }
    return {};
}

/// The first active data domain on file storage: image transfers need one (no iSCSI volumes).
/// Empty, with \a error set, when the list failed or there is none.
inline QString activeFileDataDomainId(Client &client, QString *error)
{
    const auto domains = await<QList<StorageDomain>>([&](QObject *c, auto done) { client.storageDomains(c, done); });
    if (!domains.ok()) {
        *error = domains.error->text();
        return {};
    }
    for (const StorageDomain &d : domains.value) {
        if (d.type == StorageDomainType::Data && d.status.value_or(StorageDomainStatus::Active) == StorageDomainStatus::Active
            && d.storageType != HostStorageType::Iscsi)
            return d.id;
    }
    *error = QStringLiteral("the lab has no active file data domain");
    return {};
}

/// The VM with the most snapshots (ties go to the first name): the state worth showing in
/// screenshots. \a count gets its number of snapshots. Empty, with \a error set, on a failed call.
inline QString vmWithMostSnapshots(Client &client, int *count, QString *error, int timeoutMs = 60000)
{
    auto vms = await<QList<Vm>>([&](QObject *c, auto done) { client.vms(QString(), c, done); }, timeoutMs);
    if (!vms.ok()) {
        *error = vms.error->text();
        return {};
    }
    std::sort(vms.value.begin(), vms.value.end(), [](const Vm &a, const Vm &b) { return a.name < b.name; });
    QString best;
    *count = 0;
    for (const Vm &vm : std::as_const(vms.value)) {
        const auto snapshots = await<QList<Snapshot>>([&](QObject *c, auto done) { client.snapshots(vm.id, c, done); }, timeoutMs);
        if (!snapshots.ok()) {
            *error = snapshots.error->text();
            return {};
        }
        if (snapshots.value.size() > *count) {
            *count = int(snapshots.value.size());
            best = vm.id;
        }
    }
    return best;
}

/// Adds a thin qcow2 disk, not plugged (the VM may be running, and only the new disk matters
/// to the tests), and follows the operation to its end. Empty on success, else why not.
inline QString addDiskAndWait(Client &client, const QString &vmId, const QString &alias, const QString &domainId, qint64 size,
                              int timeoutMs)
{
    NewDiskRequest request;
    request.vmId = vmId;
    request.alias = alias;
    request.options.active = false;
    NewImageDisk image;
    image.provisionedSize = size;
    image.format = DiskFormat::Cow;
    image.sparse = true;
    image.storageDomainId = domainId;
    request.image = image;
    std::unique_ptr<OperationTracker> tracker(
            OperationTracker::addDisk(&client, request, ReadOnlyMode::ReadWrite, std::nullopt, nullptr, testTiming()));
    QSignalSpy finished(tracker.get(), &OperationTracker::finished);
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        return QStringLiteral("timed out");
    return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
}
