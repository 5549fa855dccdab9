#pragma once

#include "entities.h"
#include "imagetransferworker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class Client;

/// One upload or download from start to end, the way the manager wants it (NOTES §13.1):
/// [upload: POST /disks, wait while the disk is locked] → POST /imagetransfers → poll while
/// `initializing` → move the data (ImageTransferWorker, in its thread) → finalize → watch the
/// DISK until `ok` (success) or `illegal`/gone (failure). A failed or cancelled transfer is
/// cancelled at the manager, which removes a partial upload's disk.
///
/// Lives in the UI thread; never blocks it.
class ImageTransferJob final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool upload = true;
        QString localPath;
        // Upload: the new disk.
        QString alias;
        QString description;
        QString storageDomainId;
        qint64 virtualSize = 0;
        // Download: the disk to read.
        QString diskId;
        qint64 diskSize = 0; ///< provisioned size, for a server without extents
        /// raw: guest data (uploads of raw files, downloads as raw); cow: qcow2 file bytes.
        DiskFormat format = DiskFormat::Raw;
        int pollMs = 1000;
        qint64 timeoutMs = qint64(10) * 60 * 1000; ///< for each wait on the manager, not the data
        qint64 chunkBytes = 32LL * 1024 * 1024;
        int maxRetries = 5;
        /// Tests only: where the data really goes (a proxy in front of the ticket URL).
        std::function<QUrl(const QUrl &)> rewriteUrl;
    };

    ImageTransferJob(Client *client, const Options &options, QObject *parent = nullptr);
    ~ImageTransferJob() override;

    void start();
    /// Stops the data transfer and cancels it at the manager; finished(false, …) follows.
    void cancel();

    const Options &options() const { return m_options; }
    QString diskId() const { return m_diskId; }
    QString transferId() const { return m_transfer.id; }
    ImageTransferWorker::Stats stats() const { return m_stats; }
    bool isFinished() const { return m_finished; }
    /// "Upload of disk.qcow2 as web-01", for the tasks view.
    QString title() const;

signals:
    /// What it waits for now, in a sentence ("Creating disk web-01", "Sending data").
    void stateChanged(const QString &text);
    void progress(qint64 done, qint64 total, qint64 dataBytes);
    void retrying(const QString &reason, int attempt);
    void finished(bool ok, const QString &message);

private:
    void waitForDisk(std::function<void(const Disk &)> whenReady);
    void startTransfer();
    void pollTransfer();
    void runWorker(const QUrl &url);
    void finalize();
    void watchDiskAfter(bool finalized);
    void abortTransfer(const QString &why);
    void finish(bool ok, const QString &message);
    bool timedOut() const;
    void later(std::function<void()> step);

    QPointer<Client> m_client;
    Options m_options;
    QString m_diskId;
    ImageTransfer m_transfer;
    ImageTransferWorker *m_worker = nullptr;
    ImageTransferWorker::Stats m_stats;
    QElapsedTimer m_waiting;
    QString m_failure; ///< set once the data part failed; the end waits for the manager's cleanup
    bool m_cancelRequested = false;
    bool m_finished = false;
};
