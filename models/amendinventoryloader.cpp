#include "amendinventoryloader.h"

#include "client.h"

#include <QSet>

#include <algorithm>

AmendInventoryLoader::AmendInventoryLoader(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void AmendInventoryLoader::load()
{
    delete m_context;
    m_context = new QObject(this);
    m_error.reset();
    m_disks.clear();
    m_vms.clear();
    m_domains.clear();
    m_attachments.clear();
    m_snapshots.clear();
    if (!m_client)
        return;
    // The three lists first; the per-VM reads once the VMs are known.
    m_pending = 3;
    m_client->disks({}, m_context, [this](Result<QList<Disk>> result) {
        if (!result.ok())
            return fail(*result.error);
        m_disks = result.value;
        done();
    });
    m_client->storageDomains(m_context, [this](Result<QList<StorageDomain>> result) {
        if (!result.ok())
            return fail(*result.error);
        m_domains = result.value;
        done();
    });
    m_client->vms({}, m_context, [this](Result<QList<Vm>> result) {
        if (!result.ok())
            return fail(*result.error);
        m_vms = result.value;
        readVmDetails();
        done();
    });
}

void AmendInventoryLoader::readVmDetails()
{
    QObject *context = m_context;
    for (const Vm &vm : std::as_const(m_vms)) {
        const QString vmId = vm.id;
        m_pending += 2;
        m_client->diskAttachments(vmId, false, context, [this, vmId](Result<QList<DiskAttachment>> result) {
            if (!result.ok())
                return fail(*result.error);
            m_attachments.insert(vmId, result.value);
            done();
        });
        m_client->snapshotsWithDisks(vmId, context, [this, vmId](Result<QList<Snapshot>> result) {
            if (!result.ok())
                return fail(*result.error);
            m_snapshots.insert(vmId, result.value);
            done();
        });
    }
}

void AmendInventoryLoader::fail(const ApiError &error)
{
    if (!m_error)
        m_error = error;
    done();
}

void AmendInventoryLoader::done()
{
    if (--m_pending > 0)
        return;
    m_candidates = m_error ? QList<AmendCandidate>() : assemble(m_disks, m_vms, m_attachments, m_snapshots, m_domains);
    emit finished(m_error);
}

QList<AmendCandidate> AmendInventoryLoader::assemble(const QList<Disk> &disks, const QList<Vm> &vms,
                                                     const QHash<QString, QList<DiskAttachment>> &attachmentsByVm,
                                                     const QHash<QString, QList<Snapshot>> &snapshotsByVm,
                                                     const QList<StorageDomain> &domains)
{
    QList<AmendCandidate> candidates;
    for (const Disk &disk : disks) {
        // OVF stores and memory volumes are the manager's own (NOTES §15.14).
        if (disk.contentType != DiskContentType::Data)
            continue;
        AmendCandidate candidate;
        candidate.disk = disk;
        const QString domainId = disk.storageDomainIds.value(0);
        for (const StorageDomain &domain : domains) {
            if (domain.id == domainId) {
                candidate.storageDomainName = domain.name;
                candidate.storageFormat = domain.storageFormat;
                candidate.storageDomainStatus = domain.status;
            }
        }
        // Every snapshot of every VM the disk is attached to holds one of its older volumes.
        QList<DiskVolume> older;
        QSet<QString> seen{disk.imageId};
        for (const Vm &vm : vms) {
            const QList<DiskAttachment> attachments = attachmentsByVm.value(vm.id);
            const auto attachment = std::find_if(attachments.cbegin(), attachments.cend(),
                                                 [&](const DiskAttachment &a) { return a.diskId == disk.id || a.id == disk.id; });
            if (attachment == attachments.cend())
                continue;
            candidate.vms.append({vm.id, vm.name, vm.status, attachment->active});
            for (const Snapshot &snapshot : snapshotsByVm.value(vm.id)) {
                for (const Disk &frozen : snapshot.disks) {
                    if (frozen.id != disk.id || frozen.imageId.isEmpty() || seen.contains(frozen.imageId))
                        continue;
                    seen.insert(frozen.imageId);
                    older.append({frozen.imageId, snapshot.id, snapshot.description, snapshot.date, frozen.format, frozen.qcowVersion, false});
                }
            }
        }
        std::stable_sort(older.begin(), older.end(), [](const DiskVolume &a, const DiskVolume &b) {
            return a.snapshotDate.value_or(QDateTime()) < b.snapshotDate.value_or(QDateTime());
        });
        candidate.volumes = older;
        candidate.volumes.append({disk.imageId, {}, {}, std::nullopt, disk.format, disk.qcowVersion, true});
        candidate.volumesComplete = !candidate.vms.isEmpty();
        candidates.append(candidate);
    }
    return candidates;
}
