#pragma once

#include "labresponse.h"
#include "searchquery.h"
#include "operationrunner.h"
#include "snapshotservice.h"
#include "amendservice.h"
#include "attachmentservice.h"
#include "diskservice.h"
#include "disksnapshotservice.h"
#include "imagetransferservice.h"
#include "iscsiservice.h"
#include "versionservice.h"
#include "xmlbytewriter.h"
#include "xmlrenderer.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>
#include <QXmlStreamWriter>

class LabDatabase;
class QemuImg;
class QXmlStreamWriter;

/// Everything under /ovirt-engine/api once the caller is authenticated: parses the path into
/// collection/entity/sub-collection segments and answers with the engine's XML.
class ApiService final
{
public:
    /// Undoes or finishes the operations an unclean stop left in flight before anything else.
    ApiService(LabDatabase &db, QemuImg &qemu, const QString &dataDir);

    /// \a segments are the path segments after /ovirt-engine/api (matrix parameters stripped).
    /// \a baseUrl ("http://host:port") is used for the root's Link header. \a correlationId tags
    /// the jobs and events of a write.
    LabResponse handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                       const QByteArray &baseUrl, const QByteArray &body = {}, const QString &correlationId = {});

    OperationRunner &operations() { return m_runner; }
    /// The imageio endpoint image transfers hand their tickets to (issue 7).
    void setImageio(ImageioServer *imageio) { m_transfers.setImageio(imageio); }

private:
    LabResponse get(const QStringList &segments, const QUrlQuery &query, const QByteArray &baseUrl);
    LabResponse vmResource(const QStringList &segments, const QUrlQuery &query);
    LabResponse listVms(const QUrlQuery &query);
    /// Where a streamed list (/vms, /disks) stands between two pieces of its body.
    struct ListCursor
    {
        QString table;   ///< "vms" or "disks": also the list element
        SearchQuery search;
        QString sortColumn;
        QStringList follow;
        qsizetype toSkip = 0;
        int remaining = -1; ///< rows still to send, -1: no limit
        bool started = false;
        bool finished = false;
        QVariant lastKey;
        qint64 lastRowId = 0;
        /// Without follow= (the large lists) rows go through the faster XmlByteWriter; with it,
        /// through QXmlStreamWriter, which renders the followed links too. Same bytes either way.
        bool fast = false;
        XmlByteWriter fastWriter;
        QBuffer buffer;
        QXmlStreamWriter writer;
    };
    QByteArray nextListPiece(ListCursor &cursor);
    LabResponse listDisks(const QUrlQuery &query);
    /// A plain collection/entity pair (storagedomains, hosts, datacenters, clusters, templates).
    LabResponse simpleResource(const QStringList &segments, const QUrlQuery &query);
    LabResponse searchFault(const QString &detail);
    /// POST/PUT/DELETE: snapshot create/remove, VM snapshot actions, snapshot restore.
    LabResponse write(const QByteArray &method, const QStringList &segments, const QUrlQuery &query, const QByteArray &baseUrl,
                      const QByteArray &body, const QString &correlationId);
    LabResponse listEvents(const QStringList &segments, const QUrlQuery &query);
    LabResponse listJobs(const QStringList &segments, const QUrlQuery &query);

    template<typename Body>
    static QByteArray document(Body body);

    LabDatabase &m_db;
    XmlRenderer m_renderer;
    OperationRunner m_runner;
    SnapshotService m_snapshots;
    AmendService m_amend;
    VersionService m_versions;
    IscsiService m_iscsi;
    DiskService m_disks;
    AttachmentService m_attachments;
    DiskSnapshotService m_diskSnapshots;
    ImageTransferService m_transfers;
};
