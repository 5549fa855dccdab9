#pragma once

#include "labdatabase.h"
#include "laboperation.h"
#include "labrequest.h"
#include "labresponse.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class DiskService;
class ImageioServer;
class OperationRunner;
class QProcess;
class QemuImg;
class QXmlStreamWriter;

/// The engine's image transfers (NOTES §13.1; TransferDiskImageCommand, TransferImageStatusCommand,
/// ImageTransferMapper): POST /imagetransfers (upload or download of a disk, or download of a
/// disk snapshot), GET /imagetransfers[/{id}], and the finalize, cancel, pause, resume and extend
/// actions, with the manager's rules, phases, events (1031-1034, 1071-1077) and fault texts.
///
/// A transfer is a LabOperation begun without storage steps (OperationRunner::begin): the disk
/// is locked, job and event 1031 recorded, and an unclean stop rolls it back (upload: illegal;
/// download: the disk's status before). The data moves through the lab's imageio endpoint
/// (ImageioServer) under a ticket for the disk's volume file; a timer follows the ticket like the
/// engine's callback (transferred bytes, activity, inactivity timeout) and walks the phases.
/// Transfers live in memory: after a restart only their rollback remains, as the engine's
/// entities do not outlive their command. A raw transfer of a qcow2 disk reads and writes guest
/// data through a qemu-nbd of its own (the engine's NBD backend); every other one the file.
class ImageTransferService final : public QObject
{
    Q_OBJECT

public:
    ImageTransferService(LabDatabase &db, QemuImg &qemu, OperationRunner &runner, DiskService &disks, const QString &dataDir,
                         QObject *parent = nullptr);
    ~ImageTransferService() override;

    /// Without an imageio endpoint no transfer can start (the engine has no host to use).
    void setImageio(ImageioServer *imageio) { m_imageio = imageio; }

    LabResponse add(const LabRequest &request);
    LabResponse list();
    LabResponse get(const QString &id);
    /// POST /imagetransfers/{id}/{finalize|cancel|pause|resume|extend}
    LabResponse action(const QString &id, const QString &action, const LabRequest &request);

    /// How long a finished transfer can still be read before it disappears (GET → 404).
    static constexpr int FinishedVisibleMs = 15000;
    static constexpr int PollMs = 500;

private:
    struct Transfer
    {
        QString id;
        QString diskId;
        QString volumeId;   ///< the disk snapshot (volume) given, else empty
        QString alias;
        QString path;       ///< relative to the data folder
        bool upload = true;
        QString format;     ///< cow | raw (the transfer's)
        QString volumeFormat; ///< qcow2 | raw (the file's)
        int inactivityTimeout = 60;
        QString timeoutPolicy = QStringLiteral("legacy");
        QString hostId;
        QString phase;
        QString ticketId;       ///< the ticket while the daemon has it (not while paused)
        QString imagedTicketId; ///< the session's ticket id (the URL), kept across a pause, cleared at the end
        qint64 transferredBefore = 0; ///< bytes counted under earlier tickets of the session
        qint64 ticketSize = 0;
        bool sparse = true;
        qint64 transferred = 0;
        bool active = false;
        bool shallow = false;
        QString nbdSocket;    ///< set while qemu-nbd serves this transfer
        qint64 finishedAt = 0; ///< steady-clock ms when it reached its final phase
        LabOperation operation;
    };

    void render(QXmlStreamWriter &w, const Transfer &transfer) const;
    void addTicket(Transfer &transfer);
    /// Takes the ticket from the daemon; \a endSession also forgets its id (the URLs disappear).
    void removeTicket(Transfer &transfer, bool endSession);
    /// A raw transfer of a qcow2 volume: qemu-nbd serves the chain's guest data on a unix socket
    /// for the ticket (the engine's StartNbdServer). False with \a error when it does not come up.
    bool startNbd(Transfer &transfer, QString *error);
    void stopNbd(Transfer &transfer);
    void poll();
    /// One step of a transfer's state machine (one phase per poll, as the engine's callback).
    void step(Transfer &transfer);
    /// Records the outcome (OperationRunner::end) and, for a failed upload, removes the disk as
    /// the engine's endWithFailure does.
    void conclude(Transfer &transfer, bool success);
    bool verifyUpload(const Transfer &transfer, QString *error);
    void audit(const Transfer &transfer, int code, const QString &severity, const QString &text);
    QString absolutePath(const QString &relative) const;

    LabDatabase &m_db;
    QemuImg &m_qemu;
    OperationRunner &m_runner;
    DiskService &m_disks;
    QString m_dataDir;
    ImageioServer *m_imageio = nullptr;
    QHash<QString, Transfer> m_transfers;
    QHash<QString, QProcess *> m_nbdServers; ///< by transfer id
    QStringList m_order;
    QTimer m_timer;
};
