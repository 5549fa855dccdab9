#pragma once

#include "labdatabase.h"
#include "volumeinfo.h"

#include <QString>
#include <QStringList>

class QemuImg;
class QXmlStreamWriter;

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
    void diskAttachment(QXmlStreamWriter &w, const LabRow &attachment, bool followDisk = false);
    void disk(QXmlStreamWriter &w, const LabRow &disk, bool allContent = false);
    /// A disk as seen through a snapshot: no href/actions, image_id, sizes and format of \a volume.
    void snapshotDisk(QXmlStreamWriter &w, const LabRow &disk, const LabRow &volume);
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
    void vmBase(QXmlStreamWriter &w, const LabRow &row, bool embedded);
    void vmBody(QXmlStreamWriter &w, const LabRow &vm, bool embedded, const QStringList &follow);
    void ref(QXmlStreamWriter &w, const QString &element, const QString &collection, const QString &id, bool withHref = true);
    QString quotaIdForCluster(const QString &clusterId);

    LabDatabase &m_db;
    QemuImg &m_qemu;
    QString m_dataDir;
};
