#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/// One HTTP answer as the engine computes it, before the transport writes it out.
struct LabResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static LabResponse xml(const QByteArray &body, int status = 200);
    static LabResponse json(const QByteArray &body, int status = 200);
    /// What the engine sends for a missing entity: the status and nothing else (NOTES §12.2).
    static LabResponse empty(int status);
};
