#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

/// One write request as the disk, attachment and iSCSI services see it.
struct LabRequest
{
    QByteArray body;
    QString correlationId;
    QByteArray baseUrl; ///< http://host:port, for the "For correct usage" hint
    QUrlQuery query;
};
