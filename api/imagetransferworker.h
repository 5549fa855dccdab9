#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>

class QThread;

/// Moves one image between a local file and an imageio ticket URL (NOTES §13.2) in a thread of
/// its own, with libcurl (CurlTransfer).
///
/// Upload: the file's data areas (SEEK_DATA/SEEK_HOLE) go as PUTs of at most chunkBytes with
/// `Content-Range`, its holes as PATCH zero, then one PATCH flush. Download: GET …/extents, data
/// extents as GETs with `Range` of at most chunkBytes written at their offset, zero extents left
/// as holes in the local file. A request that gets no answer (a dropped connection) or a 5xx is
/// sent again from where it stopped — the last confirmed PUT or the last byte written — after a
/// growing pause, up to maxRetries times in a row; nothing already confirmed is sent again.
/// 4xx answers (an expired ticket: 403) end the transfer with the server's words.
class ImageTransferWorker final : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        bool upload = true;
        QString localPath;
        QUrl url;          ///< the ticket URL (transfer_url or proxy_url)
        QByteArray caPem;  ///< pinned CA; empty = system store
        /// Download only: the image size when the server has no extents (raw: the disk's
        /// provisioned size).
        qint64 size = 0;
        qint64 chunkBytes = 32LL * 1024 * 1024;
        int maxRetries = 5;
        int firstRetryPauseMs = 250;
    };

    struct Stats
    {
        qint64 total = 0;      ///< the image's size (what progress counts towards)
        qint64 done = 0;       ///< of total, data and zero areas alike
        qint64 dataBytes = 0;  ///< bytes that went over the wire, resent ones included
        qint64 zeroBytes = 0;  ///< bytes skipped as zero or holes
        int requests = 0;
        int retries = 0;       ///< requests sent again after a failure
        qint64 elapsedMs = 0;  ///< the data part alone, OPTIONS to the last flush
    };

    explicit ImageTransferWorker(const Plan &plan, QObject *parent = nullptr);
    ~ImageTransferWorker() override;

    /// Starts the thread. Signals arrive in the thread that owns this object.
    void start();
    /// Thread-safe; the running request is aborted and finished(false, cancelled = true) follows.
    void cancel();
    bool isRunning() const;

    const Plan &plan() const { return m_plan; }

signals:
    /// At most about ten times a second: how far it is (bytes of the image) and what went over
    /// the wire so far.
    void progress(qint64 done, qint64 total, qint64 dataBytes);
    /// A request failed and is being sent again (attempt 1…maxRetries).
    void retrying(const QString &reason, int attempt);
    void finished(bool ok, bool cancelled, const QString &error, const ImageTransferWorker::Stats &stats);

private:
    void run();
    bool runUpload(QString *error);
    bool runDownload(QString *error);

    Plan m_plan;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{ false };
    Stats m_stats;
};

Q_DECLARE_METATYPE(ImageTransferWorker::Stats)
