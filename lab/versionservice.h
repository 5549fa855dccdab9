#pragma once

#include "enginemessage.h"
#include "labdatabase.h"
#include "labresponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class XmlRenderer;

/// Compatibility versions of clusters and data centers (NOTES §9, seed qcow2-compat-levels):
/// `PUT /clusters/{id}` and `PUT /datacenters/{id}` with `<version><major/><minor/></version>`,
/// validated with the engine's ordering rules (UpdateClusterCommand / ClusterValidator,
/// UpdateStoragePoolCommand) and texts. Raising a data center's version sets its storage format
/// and that of every data domain in it to the format of the new version (VersionStorageFormatUtil:
/// 4.2 -> v4, 4.3 and later -> v5), which is what lets new qcow2 volumes there be compat 1.1.
///
/// Only the version is updated; other members of the request body are ignored.
class VersionService final
{
public:
    using Level = QPair<int, int>; ///< major, minor

    VersionService(LabDatabase &db, XmlRenderer &renderer);

    LabResponse updateCluster(const QString &clusterId, const QByteArray &body, const QString &correlationId);
    LabResponse updateDataCenter(const QString &dataCenterId, const QByteArray &body, const QString &correlationId);

    /// The engine's SupportedClusterLevels of a 4.5.5 manager: 4.2 ... 4.8.
    static QList<Level> supportedLevels();
    /// The storage format of a data center at \a level (VersionStorageFormatUtil).
    static QString storageFormatFor(const Level &level);
    /// GetAvailableStoragePoolVersionsQuery: the supported levels a data center may be set to,
    /// from its own version up to the lowest version of its clusters.
    static QList<Level> availableDataCenterLevels(LabDatabase &db, const QString &dataCenterId);
    /// Rank of a storage format (v1 -> 1 ... v5 -> 5), 0 when unknown.
    static int formatRank(const QString &storageFormat);

private:
    LabResponse refuse(const EngineMessage &message, const QString &type);
    LabResponse refuseList(int status, const QStringList &messages);
    LabResponse badRequest(const QString &usage);

    LabDatabase &m_db;
    XmlRenderer &m_renderer;
};
