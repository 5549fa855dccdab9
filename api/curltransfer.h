#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

/// One imageio session (NOTES §13.2) over libcurl: the requests of an upload or download, sent
/// one after the other on one kept-alive connection. Blocking; it runs in the transfer's worker
/// thread, never in the UI thread.
///
/// Bodies stream between the file and the socket through curl's callbacks (pread/pwrite at the
/// request's offset), so no request holds more than curl's own buffers in memory. TLS trusts
/// exactly the pinned CA when one is given, else the system store; peer and host name checks are
/// always on.
class CurlTransfer final
{
public:
    /// What one request came to.
    struct Reply
    {
        int status = 0;      ///< HTTP status; 0 when no answer came (see transportError)
        QString transportError;
        bool cancelled = false;
        QByteArray body;     ///< small bodies only (JSON, error text); bounded
        qint64 bodyBytes = 0; ///< data bytes moved by a PUT or GET

        bool ok() const { return status >= 200 && status < 300; }
        /// No answer, or an answer that invites to send again (imageio 500: resend since flush).
        bool retriable() const { return !cancelled && (status == 0 || status >= 500); }
        QString text() const;
    };

    /// \a url is the ticket's URL, `https://HOST:PORT/images/TICKET`. \a caPem empty: system
    /// store. \a cancel is polled while a request runs; \a onBytes gets each data block moved.
    CurlTransfer(const QUrl &url, const QByteArray &caPem, const std::atomic<bool> *cancel,
                 std::function<void(qint64)> onBytes);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    /// OPTIONS: the JSON with `features` in body.
    Reply options();
    /// GET …/extents?context=zero: the JSON list in body.
    Reply extents();
    /// PUT with `Content-Range: bytes OFFSET-END/*`, the body read from \a fd at \a offset
    /// (\a fd < 0: zeros, for a server without the zero feature).
    Reply put(int fd, qint64 offset, qint64 length, bool flush);
    /// PATCH {"op":"zero"}.
    Reply zero(qint64 offset, qint64 length);
    /// PATCH {"op":"flush"}.
    Reply flush();
    /// GET with `Range: bytes=OFFSET-END`, written to \a fd at the same offset as it arrives.
    /// bodyBytes says how far it got, also when the connection broke.
    Reply get(int fd, qint64 offset, qint64 length);

private:
    struct Private;
    Private *d;
};
