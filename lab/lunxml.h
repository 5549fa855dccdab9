#pragma once

#include "labdatabase.h"

#include <QString>

class QXmlStreamWriter;

/// The XML of direct LUNs: a LUN disk (NOTES §5.2, derived from the engine's DiskMapper and
/// StorageLogicalUnitMapper) and the host_storage entries of GET /hosts/{id}/storage (§7.2).
class LunXml final
{
public:
    /// One logical unit as the lab knows it (from the luns table or read from the LUN).
    struct Unit
    {
        QString id; ///< WWID
        QString address;
        int port = 3260;
        QString target;
        QString portal;
        QString username;
        int lunMapping = 0;
        QString vendorId;
        QString productId;
        QString serial;
        qint64 size = 0; ///< bytes, as READ CAPACITY says (the engine rounds to GiB; the lab does not)
        int paths = 0;
        QString status;  ///< free | used | unusable; empty: not rendered (report_status=false)
        QString diskId;
        bool writeProtected = false;

        static Unit fromRow(const LabRow &lun);
    };

    static void logicalUnit(QXmlStreamWriter &w, const Unit &unit);
    /// A disk whose storage_type is lun; \a vmIds (all_content) adds the vms list.
    static void lunDisk(QXmlStreamWriter &w, LabDatabase &db, const LabRow &disk, bool allContent);
    static void hostStorage(QXmlStreamWriter &w, const QString &hostId, const Unit &unit);
};
