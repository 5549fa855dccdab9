#include "amendinventoryloader.h"

#include "client.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

/// The older volumes of a chain from its disk snapshots, base first by their parent links; the
/// active volume \a activeId (listed with include_active) is left to the caller.
QList<DiskVolume> chainVolumes(const QList<DiskSnapshot> &snapshots, const QString &activeId)
{
    QHash<QString, const DiskSnapshot *> byId;
    QHash<QString, QString> childOf;
    for (const DiskSnapshot &s : snapshots) {
        byId.insert(s.id, &s);
        childOf.insert(s.parentId, s.id);
    }
    // Start from the base (no parent among the listed ones) and climb; whatever the links miss
    // is appended in the manager's order.
    QList<DiskVolume> volumes;
    QSet<QString> seen{activeId};
    QString current;
    for (const DiskSnapshot &s : snapshots) {
        if (!byId.contains(s.parentId)) {
            current = s.id;
            break;
        }
    }
    auto add = [&](const DiskSnapshot &s) {
        seen.insert(s.id);
        DiskVolume volume{s.id, s.snapshotId, QCoreApplication::translate("AmendInventoryLoader", "Disk snapshot %1").arg(s.id.left(8)),
                          std::nullopt, s.format, s.qcowVersion, false};
        volumes.append(volume);
    };
    while (!current.isEmpty() && byId.contains(current) && !seen.contains(current)) {
        add(*byId.value(current));
        current = childOf.value(current);
    }
    for (const DiskSnapshot &s : snapshots) {
        if (!seen.contains(s.id))
            add(s);
    }
    return volumes;
}

} // namespace

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
    m_chains.clear();
    m_templateDisks.clear();
    m_chainsRequested = false;
    if (!m_client)
        return;
    // The four lists first; the per-VM and per-template reads once those are known, the chains
    // of floating disks once every attachment is.
    m_pending = 4;
    m_client->templates(m_context, [this](Result<QList<Template>> result) {
        if (!result.ok())
            return fail(*result.error);
        readTemplateDisks(result.value);
        done();
    });
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

void AmendInventoryLoader::readTemplateDisks(const QList<Template> &templates)
{
    QObject *context = m_context;
    for (const Template &templ : templates) {
        ++m_pending;
        m_client->templateDiskAttachments(templ.id, context, [this](Result<QList<DiskAttachment>> result) {
            if (!result.ok())
                return fail(*result.error);
            for (const DiskAttachment &attachment : std::as_const(result.value))
                m_templateDisks.insert(attachment.diskId);
            done();
        });
    }
}

QStringList AmendInventoryLoader::floatingDiskIds(const QList<Disk> &disks, const QHash<QString, QList<DiskAttachment>> &attachmentsByVm,
                                                  const QSet<QString> &templateDiskIds)
{
    QSet<QString> attached;
    for (const QList<DiskAttachment> &attachments : attachmentsByVm) {
        for (const DiskAttachment &attachment : attachments)
            attached.insert(attachment.diskId);
    }
    QStringList ids;
    for (const Disk &disk : disks) {
        if (disk.contentType == DiskContentType::Data && disk.storageType == DiskStorageType::Image && !attached.contains(disk.id)
            && !templateDiskIds.contains(disk.id))
            ids << disk.id;
    }
    return ids;
}

void AmendInventoryLoader::readFloatingChains()
{
    QObject *context = m_context;
    for (const QString &diskId : floatingDiskIds(m_disks, m_attachments, m_templateDisks)) {
        ++m_pending;
        m_client->diskSnapshots(diskId, false, context, [this, diskId](Result<QList<DiskSnapshot>> result) {
            // A manager older than 4.4.3 has no such collection (404): the disk then shows its
            // active volume only, as before; anything else fails the load.
            if (result.ok())
                m_chains.insert(diskId, result.value);
            else if (result.error->httpStatus != 404)
                return fail(*result.error);
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
    if (!m_error && !m_chainsRequested) {
        m_chainsRequested = true;
        readFloatingChains();
        if (m_pending > 0)
            return;
    }
    m_candidates = m_error ? QList<AmendCandidate>() : assemble(m_disks, m_vms, m_attachments, m_snapshots, m_domains, m_chains, m_templateDisks);
    emit finished(m_error);
}

QList<AmendCandidate> AmendInventoryLoader::assemble(const QList<Disk> &disks, const QList<Vm> &vms,
                                                     const QHash<QString, QList<DiskAttachment>> &attachmentsByVm,
                                                     const QHash<QString, QList<Snapshot>> &snapshotsByVm,
                                                     const QList<StorageDomain> &domains,
                                                     const QHash<QString, QList<DiskSnapshot>> &chainsByDisk,
                                                     const QSet<QString> &templateDiskIds)
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
        candidate.templateDisk = templateDiskIds.contains(disk.id);
        // A disk without VM: its disk snapshots are the chain (parent links, base first).
        const auto chain = chainsByDisk.constFind(disk.id);
        if (candidate.vms.isEmpty() && chain != chainsByDisk.cend())
            older = chainVolumes(*chain, disk.imageId);
        candidate.volumes = older;
        candidate.volumes.append({disk.imageId, {}, {}, std::nullopt, disk.format, disk.qcowVersion, true});
        // A template's disk is a single volume (templates take no snapshots).
        candidate.volumesComplete = !candidate.vms.isEmpty() || chain != chainsByDisk.cend() || candidate.templateDisk;
        candidates.append(candidate);
    }
    return candidates;
}
