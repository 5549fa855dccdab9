#pragma once

#include "labdatabase.h"
#include "labresponse.h"

#include <QList>
#include <QString>
#include <QUrlQuery>

class XmlRenderer;

/// The volumes of disk chains as the engine lists them (4.4.3+, NOTES §5.3): GET
/// /disks/{id}/disksnapshots and GET /storagedomains/{sd}/disksnapshots. Unlike
/// /vms/{vm}/snapshots/{sid}/disks they need no VM, so they are the only way to see the chain of
/// a floating disk. Without `include_active=true` the active volumes are left out, without
/// `include_template=true` the volumes of template disks (ENGINE BackendDiskSnapshotsResource).
class DiskSnapshotService final
{
public:
    DiskSnapshotService(LabDatabase &db, XmlRenderer &renderer);

    LabResponse listOfDisk(const QString &diskId, const QUrlQuery &query);
    LabResponse listOfDomain(const QString &domainId, const QUrlQuery &query);

private:
    /// The disk's volumes from the base up to the active one (parent links), filtered by the
    /// query's include_active / include_template.
    QList<LabRow> chain(const LabRow &disk, const QUrlQuery &query);

    LabDatabase &m_db;
    XmlRenderer &m_renderer;
};
