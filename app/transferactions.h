#pragma once

#include "entities.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class Client;
class ImageTransferJob;
class QAction;
class QMenu;
class QWidget;
class TasksPane;
class UploadDiskDialog;

/// Upload Image… and Download Image… (issue 7): the dialogs, then an ImageTransferJob shown in
/// the tasks pane with its progress and throughput. Kept apart from the main window, which only
/// adds the two actions to a menu and says which disk is selected.
class TransferActions final : public QObject
{
    Q_OBJECT
public:
    using DiskProvider = std::function<std::optional<Disk>()>;

    TransferActions(Client *client, TasksPane *tasks, QWidget *window, DiskProvider selectedDisk);

    /// Adds both actions to \a menu (the one hook a main window needs).
    static TransferActions *install(Client *client, TasksPane *tasks, QWidget *window, QMenu *menu,
                                    DiskProvider selectedDisk);

    QAction *uploadAction() const { return m_upload; }
    QAction *downloadAction() const { return m_download; }

    /// Download applies only to a selected image disk; the window calls this when its
    /// selection changes.
    void update();

    /// Reads the storage domains, then opens the Upload Image dialog.
    void upload();
    /// Asks where to save the selected disk, then downloads it.
    void download();

    /// Starts the upload the dialog describes (tests call it with a filled dialog).
    ImageTransferJob *startUpload(const UploadDiskDialog &dialog);
    /// Starts downloading \a disk to \a path: a qcow2 disk as a qcow2 file, a raw disk as raw.
    ImageTransferJob *startDownload(const Disk &disk, const QString &path);

signals:
    void message(const QString &text);

private:
    QPointer<Client> m_client;
    QPointer<TasksPane> m_tasks;
    QWidget *m_window = nullptr;
    DiskProvider m_selectedDisk;
    QAction *m_upload = nullptr;
    QAction *m_download = nullptr;
};
