#pragma once

#include "labdatabase.h"
#include "volumeinfo.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QemuImg;
class QXmlStreamWriter;
class XmlByteWriter;

/// Writes the engine's XML for each entity, from database rows plus what `qemu-img info` says
/// about the volume files. Element names and order follow the engine's generated schema
/// (NOTES §0.2): actions, name, description, comment, sub-collection links, own attributes A-Z,
/// then references A-Z, level by level down the type hierarchy.
class XmlRenderer final
{
public:
    XmlRenderer(LabDatabase &db, QemuImg &qemu, const QString &dataDir);

    void apiRoot(QXmlStreamWriter &w);
    /// \a follow holds the follow= paths relative to the VM (disk_attachments, disk_attachments.disk).
    void vm(QXmlStreamWriter &w, const LabRow &vm, const QStringList &follow = {});
    /// The same bytes as vm(QXmlStreamWriter &) without follow, several times faster: the large
    /// VM lists (issue 10).
    void vm(XmlByteWriter &w, const LabRow &vm);
    /// While on, each cluster's cpu profile and quota are looked up once and remembered: a list
    /// of thousands of VMs in a handful of clusters. Turned off (which forgets them) before
    /// control returns to the event loop, so a later write is always seen.
    void setCachingClusterRefs(bool on);
    void diskAttachment(QXmlStreamWriter &w, const LabRow &attachment, bool followDisk = false);
    void disk(QXmlStreamWriter &w, const LabRow &disk, bool allContent = false);
    /// A disk as seen through a snapshot: no href/actions, image_id, sizes and format of \a volume.
    void snapshotDisk(QXmlStreamWriter &w, const LabRow &disk, const LabRow &volume);
    /// One volume of a disk's chain as GET /disks/{id}/disksnapshots (\a domainId empty) or
    /// /storagedomains/{sd}/disksnapshots lists it (ENGINE DiskSnapshotMapper): the disk's members
    /// with the volume's own id, format, sizes and compat level read from its file, no image_id,
    /// then `disk` and `parent` (the volume below it) references.
    void diskSnapshot(QXmlStreamWriter &w, const LabRow &disk, const LabRow &volume, const QString &domainId = {});
    /// A template's disk under /templates/{id}/diskattachments: `<template>` where a VM's has `<vm>`.
    void templateDiskAttachment(QXmlStreamWriter &w, const LabRow &disk, bool bootable);
    void snapshot(QXmlStreamWriter &w, const LabRow &snapshot, const LabRow &vm, bool followDisks = false);
    void storageDomain(QXmlStreamWriter &w, const LabRow &domain);
    void host(QXmlStreamWriter &w, const LabRow &host);
    void dataCenter(QXmlStreamWriter &w, const LabRow &dataCenter);
    void cluster(QXmlStreamWriter &w, const LabRow &cluster);
    void templateEntity(QXmlStreamWriter &w, const LabRow &templ);
    void fault(QXmlStreamWriter &w, const QString &reason, const QString &detail);
    /// An audit-log entry (/events), element order as in real replies (NOTES §10).
    void event(QXmlStreamWriter &w, const LabRow &event);
    /// A job (/jobs); it carries no correlation id (NOTES §11.2).
    void job(QXmlStreamWriter &w, const LabRow &job);

    QList<LabRow> attachmentsOfVm(const QString &vmId);
    QList<LabRow> snapshotsOfVm(const QString &vmId);
    /// The volumes frozen by \a snapshotId (one per disk the snapshot covers), each row carrying
    /// the volume's columns plus the disk's id as disk_id.
    QList<LabRow> volumesOfSnapshot(const QString &snapshotId);

    VolumeInfo volumeInfo(const LabRow &volume);
    QString absolutePath(const QString &relativePath) const;

private:
    /// The members Vm and Template share through VmBase; \a embedded drops hrefs (snapshot copy).
    // Templates on the writer (QXmlStreamWriter or XmlByteWriter), defined in the .cpp only.
    template<typename Writer>
    void vmEntity(Writer &w, const LabRow &vm, const QStringList &follow);
    template<typename Writer>
    void vmBase(Writer &w, const LabRow &row, bool embedded);
    template<typename Writer>
    void vmBody(Writer &w, const LabRow &vm, bool embedded, const QStringList &follow);
    template<typename Writer>
    void ref(Writer &w, const QString &element, const QString &collection, const QString &id, bool withHref = true);
    QString quotaIdForCluster(const QString &clusterId);
    struct ClusterRefs
    {
        QString cpuProfileId;
        QString quotaId;
    };
    ClusterRefs clusterRefs(const QString &clusterId);

    LabDatabase &m_db;
    QemuImg &m_qemu;
    QString m_dataDir;
    QString m_dataPrefix; ///< what QDir(m_dataDir).filePath() puts before a relative name
    bool m_cachingClusterRefs = false;
    QHash<QString, ClusterRefs> m_clusterRefs;
};
