#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

class QXmlStreamWriter;

/// One HTTP answer as the engine computes it, before the transport writes it out.
struct LabResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Set instead of body for replies too big to hold at once (a 10,000-VM list): each call
    /// returns the next piece, an empty one at the end. The server sends it chunked, asking for
    /// the next piece only when the client has taken the previous ones.
    std::function<QByteArray()> stream;
    /// Set for replies that wait on slow work run off the HTTP thread (real iSCSI through
    /// libiscsi): called once with the function that sends the final answer, on this thread.
    using Reply = std::function<void(const LabResponse &)>;
    std::function<void(const Reply &)> deferred;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static LabResponse xml(const QByteArray &body, int status = 200);
    static LabResponse json(const QByteArray &body, int status = 200);
    /// What the engine sends for a missing entity: the status and nothing else (NOTES §12.2).
    static LabResponse empty(int status);
    /// An XML document as the engine writes it (declaration, indented), filled by \a body.
    static QByteArray document(const std::function<void(QXmlStreamWriter &)> &body);
};
