#include "transferactions.h"

#include "client.h"
#include "imagetransferjob.h"
#include "taskspane.h"
#include "uploaddiskdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>

TransferActions::TransferActions(Client *client, TasksPane *tasks, QWidget *window, DiskProvider selectedDisk)
    : QObject(window), m_client(client), m_tasks(tasks), m_window(window), m_selectedDisk(std::move(selectedDisk))
{
    m_upload = new QAction(tr("&Upload Image…"), this);
    m_upload->setObjectName(QStringLiteral("uploadImageAction"));
    m_upload->setToolTip(tr("Upload a raw or qcow2 file from this computer as a new disk"));
    m_download = new QAction(tr("&Download Image…"), this);
    m_download->setObjectName(QStringLiteral("downloadImageAction"));
    m_download->setToolTip(tr("Save the selected disk's image to a file on this computer"));
    m_upload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_upload, &QAction::triggered, this, &TransferActions::upload);
    connect(m_download, &QAction::triggered, this, &TransferActions::download);
}

void TransferActions::update()
{
    const std::optional<Disk> disk = m_selectedDisk ? m_selectedDisk() : std::nullopt;
    const bool image = disk && disk->storageType == DiskStorageType::Image;
    m_download->setEnabled(image);
    m_download->setToolTip(image ? tr("Save the selected disk's image to a file on this computer")
                                 : tr("Select an image disk to download first."));
}

TransferActions *TransferActions::install(Client *client, TasksPane *tasks, QWidget *window, QMenu *menu,
                                          DiskProvider selectedDisk)
{
    auto *actions = new TransferActions(client, tasks, window, std::move(selectedDisk));
    menu->addAction(actions->uploadAction());
    menu->addAction(actions->downloadAction());
    actions->update();
    return actions;
}

void TransferActions::upload()
{
    if (!m_client)
        return;
    m_client->storageDomains(this, [this](Result<QList<StorageDomain>> result) {
        if (!result.ok()) {
            QMessageBox::warning(m_window, tr("Upload Image"),
                                 tr("The storage domains could not be read: %1").arg(result.error->text()));
            return;
        }
        UploadDiskDialog dialog(result.value, m_window);
        if (dialog.exec() == QDialog::Accepted)
            startUpload(dialog);
    });
}

void TransferActions::download()
{
    const std::optional<Disk> disk = m_selectedDisk ? m_selectedDisk() : std::nullopt;
    if (!disk || disk->storageType != DiskStorageType::Image) {
        QMessageBox::information(m_window, tr("Download Image"), tr("Select an image disk to download first."));
        return;
    }
    const QString suffix = disk->format == DiskFormat::Cow ? QStringLiteral(".qcow2") : QStringLiteral(".raw");
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Download Disk %1").arg(disk->alias), disk->alias + suffix,
            tr("qcow2 image (*.qcow2);;Raw image (*.raw *.img);;All files (*)"));
    if (!path.isEmpty())
        startDownload(*disk, path);
}

ImageTransferJob *TransferActions::startUpload(const UploadDiskDialog &dialog)
{
    if (!m_client || !dialog.imageInfo() || !dialog.transferFormat())
        return nullptr;
    ImageTransferJob::Options options;
    options.upload = true;
    options.localPath = dialog.filePath();
    options.alias = dialog.alias();
    options.description = dialog.description();
    options.storageDomainId = dialog.storageDomainId();
    options.virtualSize = dialog.imageInfo()->virtualSize;
    options.format = *dialog.transferFormat();
    auto *job = new ImageTransferJob(m_client, options);
    if (m_tasks)
        m_tasks->trackTransfer(job);
    connect(job, &ImageTransferJob::finished, this, [this](bool, const QString &text) { emit message(text); });
    job->start();
    return job;
}

ImageTransferJob *TransferActions::startDownload(const Disk &disk, const QString &path)
{
    if (!m_client)
        return nullptr;
    ImageTransferJob::Options options;
    options.upload = false;
    options.localPath = path;
    options.diskId = disk.id;
    options.alias = disk.alias;
    options.diskSize = disk.provisionedSize.value_or(0);
    // A qcow2 disk comes as its qcow2 bytes: guest data of a qcow2 volume needs the manager's NBD
    // backend, which not every imageio server has (diskdesk-lab serves files only).
    options.format = disk.format == DiskFormat::Cow ? DiskFormat::Cow : DiskFormat::Raw;
    auto *job = new ImageTransferJob(m_client, options);
    if (m_tasks)
        m_tasks->trackTransfer(job);
    connect(job, &ImageTransferJob::finished, this, [this](bool, const QString &text) { emit message(text); });
    job->start();
    return job;
}
