#include "imagetransferjob.h"

#include "client.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace {

bool isGone(const ApiError &error)
{
    return error.httpStatus == 404;
}

} // namespace

ImageTransferJob::ImageTransferJob(Client *client, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_options(options)
{
}

ImageTransferJob::~ImageTransferJob()
{
    // The worker's destructor cancels and joins its thread.
    delete m_worker;
}

QString ImageTransferJob::title() const
{
    const QString file = QFileInfo(m_options.localPath).fileName();
    return m_options.upload ? tr("Upload of %1 as %2").arg(file, m_options.alias)
                            : tr("Download of disk %1 to %2").arg(m_options.alias.isEmpty() ? m_options.diskId : m_options.alias, file);
}

void ImageTransferJob::later(std::function<void()> step)
{
    QTimer::singleShot(m_options.pollMs, this, std::move(step));
}

bool ImageTransferJob::timedOut() const
{
    return m_waiting.isValid() && m_waiting.elapsed() > m_options.timeoutMs;
}

void ImageTransferJob::start()
{
    if (!m_client) {
        finish(false, tr("Not connected to a manager."));
        return;
    }
    m_waiting.start();
    if (!m_options.upload) {
        m_diskId = m_options.diskId;
        startTransfer();
        return;
    }
    emit stateChanged(tr("Creating disk %1").arg(m_options.alias));
    NewDiskRequest request;
    request.alias = m_options.alias;
    request.description = m_options.description;
    NewImageDisk image;
    image.provisionedSize = m_options.virtualSize;
    image.format = m_options.format;
    image.sparse = true;
    image.storageDomainId = m_options.storageDomainId;
    request.image = image;
    m_client->addDisk(request, this, [this](Result<Disk> result) {
        if (!result.ok()) {
            finish(false, tr("The manager did not create the disk: %1").arg(result.error->text()));
            return;
        }
        m_diskId = result.value.id;
        // The manager makes the volume first; the disk is locked until then.
        waitForDisk([this](const Disk &) { startTransfer(); });
    });
}

void ImageTransferJob::waitForDisk(std::function<void(const Disk &)> whenReady)
{
    m_client->disk(m_diskId, this, [this, whenReady](Result<Disk> result) {
        if (m_cancelRequested) {
            abortTransfer(tr("The transfer was cancelled."));
            return;
        }
        if (!result.ok() && (isGone(*result.error) || result.error->kind == ApiError::Kind::Auth)) {
            finish(false, result.error->text());
            return;
        }
        if (result.ok() && result.value.status == DiskStatus::Illegal) {
            finish(false, tr("Disk %1 is illegal.").arg(result.value.alias));
            return;
        }
        if (result.ok() && result.value.status != DiskStatus::Locked) {
            whenReady(result.value);
            return;
        }
        if (timedOut()) {
            abortTransfer(tr("The disk stayed locked too long."));
            return;
        }
        later([this, whenReady] { waitForDisk(whenReady); });
    });
}

void ImageTransferJob::startTransfer()
{
    emit stateChanged(tr("Starting the image transfer"));
    ImageTransferRequest request;
    request.diskId = m_diskId;
    request.upload = m_options.upload;
    request.format = m_options.format;
    m_client->startImageTransfer(request, this, [this](Result<ImageTransfer> result) {
        if (!result.ok()) {
            // Nothing started at the manager; an upload's new disk would stay empty.
            m_failure = tr("The manager did not start the transfer: %1").arg(result.error->text());
            if (m_options.upload) {
                m_client->removeDisk(m_diskId, this, [this](Result<ActionResult>) { finish(false, m_failure); });
                return;
            }
            finish(false, m_failure);
            return;
        }
        m_transfer = result.value;
        m_waiting.restart();
        pollTransfer();
    });
}

void ImageTransferJob::pollTransfer()
{
    if (m_cancelRequested) {
        abortTransfer(tr("The transfer was cancelled."));
        return;
    }
    const QString url = !m_transfer.transferUrl.isEmpty() ? m_transfer.transferUrl : m_transfer.proxyUrl;
    switch (m_transfer.phase) {
    case ImageTransferPhase::Transferring:
        if (!url.isEmpty()) {
            runWorker(QUrl(url));
            return;
        }
        break;
    case ImageTransferPhase::Unknown:
    case ImageTransferPhase::Initializing:
    case ImageTransferPhase::Resuming:
        break;
    default:
        abortTransfer(tr("The manager could not prepare the transfer (phase %1).").arg(int(m_transfer.phase)));
        return;
    }
    if (timedOut()) {
        abortTransfer(tr("The manager did not prepare the transfer in time."));
        return;
    }
    emit stateChanged(tr("Waiting for the manager to prepare the transfer"));
    later([this] {
        m_client->imageTransfer(m_transfer.id, this, [this](Result<ImageTransfer> result) {
            if (!result.ok()) {
                if (isGone(*result.error) || result.error->kind == ApiError::Kind::Auth) {
                    abortTransfer(result.error->text());
                    return;
                }
            } else {
                m_transfer = result.value;
            }
            pollTransfer();
        });
    });
}

void ImageTransferJob::runWorker(const QUrl &url)
{
    emit stateChanged(m_options.upload ? tr("Sending data") : tr("Receiving data"));
    ImageTransferWorker::Plan plan;
    plan.upload = m_options.upload;
    plan.localPath = m_options.localPath;
    plan.url = m_options.rewriteUrl ? m_options.rewriteUrl(url) : url;
    const TrustPolicy trust = m_client->trust();
    if (trust.isPinned())
        plan.caPem = trust.ca().toPem();
    plan.size = m_options.diskSize;
    plan.chunkBytes = m_options.chunkBytes;
    plan.maxRetries = m_options.maxRetries;
    m_worker = new ImageTransferWorker(plan);
    connect(m_worker, &ImageTransferWorker::progress, this, &ImageTransferJob::progress);
    connect(m_worker, &ImageTransferWorker::retrying, this, &ImageTransferJob::retrying);
    connect(m_worker, &ImageTransferWorker::finished, this,
            [this](bool ok, bool cancelled, const QString &error, const ImageTransferWorker::Stats &stats) {
        m_stats = stats;
        if (ok && !m_cancelRequested) {
            finalize();
            return;
        }
        if (!m_options.upload)
            QFile::remove(m_options.localPath); // a partial download is no image
        abortTransfer(cancelled || m_cancelRequested ? tr("The transfer was cancelled.") : error);
    });
    if (m_cancelRequested)
        m_worker->cancel(); // cancelled while this step began: the worker stops at its first request
    m_worker->start();
}

void ImageTransferJob::finalize()
{
    emit stateChanged(tr("Finalizing: the manager checks the image"));
    m_client->finalizeImageTransfer(m_transfer.id, this, [this](Result<ActionResult> result) {
        if (!result.ok()) {
            abortTransfer(tr("The manager did not finalize the transfer: %1").arg(result.error->text()));
            return;
        }
        m_waiting.restart();
        watchDiskAfter(true);
    });
}

void ImageTransferJob::watchDiskAfter(bool finalized)
{
    m_client->disk(m_diskId, this, [this, finalized](Result<Disk> result) {
        if (!result.ok() && isGone(*result.error)) {
            finish(false, finalized ? tr("The manager removed the disk after the transfer.")
                                    : tr("%1 The partial disk was removed.").arg(m_failure));
            return;
        }
        if (result.ok() && result.value.status != DiskStatus::Locked) {
            if (!finalized) {
                finish(false, m_failure);
            } else if (result.value.status == DiskStatus::Illegal) {
                finish(false, tr("The manager did not accept the image: disk %1 is illegal.").arg(result.value.alias));
            } else {
                finish(true, m_options.upload ? tr("Uploaded %1 as disk %2.").arg(QFileInfo(m_options.localPath).fileName(), result.value.alias)
                                              : tr("Downloaded disk %1 to %2.").arg(result.value.alias, m_options.localPath));
            }
            return;
        }
        if (timedOut()) {
            finish(false, finalized ? tr("The disk stayed locked after the transfer.") : m_failure);
            return;
        }
        later([this, finalized] { watchDiskAfter(finalized); });
    });
}

void ImageTransferJob::abortTransfer(const QString &why)
{
    if (!m_failure.isEmpty() && m_transfer.id.isEmpty()) {
        finish(false, m_failure);
        return;
    }
    m_failure = why;
    m_waiting.restart();
    if (m_transfer.id.isEmpty()) {
        if (m_options.upload && !m_diskId.isEmpty()) {
            m_client->removeDisk(m_diskId, this, [this](Result<ActionResult>) { finish(false, m_failure); });
            return;
        }
        finish(false, m_failure);
        return;
    }
    emit stateChanged(tr("Cancelling the transfer at the manager"));
    // Whether the cancel is accepted or the transfer had already ended, the disk tells the end.
    m_client->cancelImageTransfer(m_transfer.id, this, [this](Result<ActionResult>) { watchDiskAfter(false); });
}

void ImageTransferJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_worker)
        m_worker->cancel();
}

void ImageTransferJob::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(ok, message);
}
