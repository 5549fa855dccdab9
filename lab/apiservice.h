#pragma once

#include "labresponse.h"
#include "xmlrenderer.h"

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

class LabDatabase;
class QemuImg;
class QXmlStreamWriter;

/// Everything under /ovirt-engine/api once the caller is authenticated: parses the path into
/// collection/entity/sub-collection segments and answers with the engine's XML.
class ApiService final
{
public:
    ApiService(LabDatabase &db, QemuImg &qemu, const QString &dataDir);

    /// \a segments are the path segments after /ovirt-engine/api (matrix parameters stripped).
    /// \a baseUrl ("http://host:port") is used for the root's Link header.
    LabResponse handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                       const QByteArray &baseUrl);

private:
    LabResponse get(const QStringList &segments, const QUrlQuery &query, const QByteArray &baseUrl);
    LabResponse vmResource(const QStringList &segments, const QUrlQuery &query);
    LabResponse listVms(const QUrlQuery &query);
    LabResponse listDisks(const QUrlQuery &query);
    /// A plain collection/entity pair (storagedomains, hosts, datacenters, clusters, templates).
    LabResponse simpleResource(const QStringList &segments, const QUrlQuery &query);
    LabResponse searchFault(const QString &detail);

    template<typename Body>
    static QByteArray document(Body body);

    LabDatabase &m_db;
    XmlRenderer m_renderer;
};
