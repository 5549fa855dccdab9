#pragma once

#include "amendcandidate.h"
#include "apierror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class Client;

/// Reads what the amend rules need for every data disk of the manager: the disks, the VMs with
/// their attachments (status, plugged), the storage domains (name, format, status) and, per VM,
/// its snapshots with their disks (`follow=disks`), which give each volume of a chain with its
/// own qcow2 compat level. The templates' disk attachments mark template disks; a disk attached
/// to no VM (and no template) gets its chain from /disks/{id}/disksnapshots (4.4.3+; on older
/// managers only its active volume is known). One load at a time; a new load() drops the
/// replies of the previous.
class AmendInventoryLoader final : public QObject
{
    Q_OBJECT
public:
    explicit AmendInventoryLoader(Client *client, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_pending > 0; }

    const QList<AmendCandidate> &candidates() const { return m_candidates; }
    const QList<StorageDomain> &storageDomains() const { return m_domains; }

    /// Builds the candidates from what was read (also used by tests with hand-made entities).
    static QList<AmendCandidate> assemble(const QList<Disk> &disks, const QList<Vm> &vms,
                                          const QHash<QString, QList<DiskAttachment>> &attachmentsByVm,
                                          const QHash<QString, QList<Snapshot>> &snapshotsByVm,
                                          const QList<StorageDomain> &domains,
                                          const QHash<QString, QList<DiskSnapshot>> &chainsByDisk = {},
                                          const QSet<QString> &templateDiskIds = {});
    /// The disks attached to no VM: those whose chain comes from their disk snapshots.
    static QStringList floatingDiskIds(const QList<Disk> &disks, const QHash<QString, QList<DiskAttachment>> &attachmentsByVm,
                                       const QSet<QString> &templateDiskIds);

signals:
    /// The load ended; \a error is set when a read failed (the candidates are then empty).
    void finished(const std::optional<ApiError> &error);

private:
    void readVmDetails();
    void readTemplateDisks(const QList<Template> &templates);
    void readFloatingChains();
    void done();
    void fail(const ApiError &error);

    QPointer<Client> m_client;
    QObject *m_context = nullptr; ///< replies of the current load; deleted by the next one
    int m_pending = 0;
    std::optional<ApiError> m_error;
    QList<Disk> m_disks;
    QList<Vm> m_vms;
    QList<StorageDomain> m_domains;
    QHash<QString, QList<DiskAttachment>> m_attachments;
    QHash<QString, QList<Snapshot>> m_snapshots;
    QHash<QString, QList<DiskSnapshot>> m_chains;
    QSet<QString> m_templateDisks;
    bool m_chainsRequested = false;
    QList<AmendCandidate> m_candidates;
};
