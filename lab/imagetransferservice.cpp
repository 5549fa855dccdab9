#include "imagetransferservice.h"

#include "auditlog.h"
#include "diskrules.h"
#include "diskservice.h"
#include "faultreply.h"
#include "imageioserver.h"
#include "operationrunner.h"
#include "qemuimg.h"
#include "xmlelement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUuid>
#include <QXmlStreamWriter>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

namespace {

const QString Api = QStringLiteral("/ovirt-engine/api");
const QString Action = QStringLiteral("transfer");      // VAR__ACTION__TRANSFER
const QString Type = QStringLiteral("Virtual Disk");    // VAR__TYPE__DISK

QString str(const LabRow &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

LabResponse actionComplete()
{
    return LabResponse::xml(LabResponse::document([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("action"));
        w.writeTextElement(QStringLiteral("status"), QStringLiteral("complete"));
        w.writeEndElement();
    }));
}

bool isFinished(const QString &phase)
{
    return phase.startsWith(QLatin1String("finished_"));
}

/// The phases after which nothing happens any more (finished_cleanup still leads to a failure).
/// Monotonic milliseconds: the lab's clock may be frozen (--fixed-time), and finished transfers
/// must still disappear.
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool isFinal(const QString &phase)
{
    return phase == QLatin1String("finished_success") || phase == QLatin1String("finished_failure");
}

/// TransferType.name() as the audit texts print it.
QString transferType(bool upload)
{
    return upload ? QStringLiteral("Upload") : QStringLiteral("Download");
}

} // namespace

ImageTransferService::ImageTransferService(LabDatabase &db, QemuImg &qemu, OperationRunner &runner, DiskService &disks,
                                           const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_qemu(qemu)
    , m_runner(runner)
    , m_disks(disks)
    , m_dataDir(dataDir)
{
    m_timer.setInterval(PollMs);
    connect(&m_timer, &QTimer::timeout, this, &ImageTransferService::poll);
}

ImageTransferService::~ImageTransferService()
{
    for (auto it = m_transfers.begin(); it != m_transfers.end(); ++it)
        stopNbd(*it);
}

QString ImageTransferService::absolutePath(const QString &relative) const
{
    return QDir(m_dataDir).filePath(relative);
}

void ImageTransferService::audit(const Transfer &transfer, int code, const QString &severity, const QString &text)
{
    Q_UNUSED(transfer)
    if (!AuditLog::add(m_db, code, severity, text, transfer.operation.correlationId))
        std::fprintf(stderr, "diskdesk-lab: cannot record event %d: %s\n", code, qPrintable(m_db.lastError()));
}

// --- add ------------------------------------------------------------------------------------------

LabResponse ImageTransferService::add(const LabRequest &request)
{
    const auto body = XmlElement::parse(request.body);
    if (!body || body->name() != QLatin1String("image_transfer"))
        return FaultReply::syntax(request.baseUrl, QStringLiteral("services/image_transfers/methods/add"));

    const QString directionText = body->childText(QStringLiteral("direction")).toLower();
    if (!directionText.isEmpty() && directionText != QLatin1String("upload") && directionText != QLatin1String("download"))
        return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                 QStringLiteral("'%1' is not a valid value for 'direction'. Valid values are 'download' and 'upload'.").arg(directionText));
    const bool upload = directionText != QLatin1String("download"); // upload is the default
    const QString formatText = body->childText(QStringLiteral("format")).toLower();
    if (!formatText.isEmpty() && formatText != QLatin1String("cow") && formatText != QLatin1String("raw"))
        return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                 QStringLiteral("'%1' is not a valid value for 'format'. Valid values are 'cow' and 'raw'.").arg(formatText));
    const QString policy = body->childText(QStringLiteral("timeout_policy")).isEmpty() ? QStringLiteral("legacy")
                                                                                         : body->childText(QStringLiteral("timeout_policy")).toLower();
    if (policy != QLatin1String("legacy") && policy != QLatin1String("pause") && policy != QLatin1String("cancel"))
        return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                 QStringLiteral("'%1' is not a valid value for 'timeout_policy'. Valid values are 'cancel', 'legacy' and 'pause'.").arg(policy));
    int inactivity = 60; // engine-config TransferImageClientInactivityTimeoutInSeconds
    if (body->hasChild(QStringLiteral("inactivity_timeout"))) {
        bool ok = false;
        inactivity = body->childText(QStringLiteral("inactivity_timeout")).toInt(&ok);
        if (!ok || inactivity < 0)
            return FaultReply::plain(400, QStringLiteral("Invalid value"),
                                     QStringLiteral("'%1' is not a valid value for 'inactivity_timeout'.").arg(body->childText(QStringLiteral("inactivity_timeout"))));
    }
    if (body->hasChild(QStringLiteral("backup")))
        return FaultReply::plain(400, QStringLiteral("Operation Failed"), QStringLiteral("[The lab has no incremental backups.]"));

    // The REST layer picks addForDisk, addForSnapshot or the deprecated addForImage.
    QString diskId;
    QString volumeId;
    if (const XmlElement *disk = body->child(QStringLiteral("disk")))
        diskId = disk->attribute(QStringLiteral("id"));
    else if (const XmlElement *snapshot = body->child(QStringLiteral("snapshot")))
        volumeId = snapshot->attribute(QStringLiteral("id"));
    else if (const XmlElement *image = body->child(QStringLiteral("image")))
        diskId = image->attribute(QStringLiteral("id"));
    if (diskId.isEmpty() && volumeId.isEmpty()) {
        // Without an image the engine would create one from disk parameters the REST API never
        // sends; a download has nothing to read.
        if (!upload)
            return FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_IMAGE_NOT_SPECIFIED_FOR_DOWNLOAD"),
                                       QStringLiteral("Cannot ${action} ${type}. Image was not specified for download."), 400},
                                      Action, Type);
        return FaultReply::incomplete(QStringLiteral("ImageTransfer"), {QStringLiteral("disk.id|snapshot.id")}, QStringLiteral("add"));
    }
    std::optional<LabRow> volume;
    if (!volumeId.isEmpty()) {
        volume = isUuid(volumeId) ? m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE id = ?"), {volumeId}) : std::nullopt;
        if (volume)
            diskId = str(*volume, "disk_id");
    }
    const auto disk = isUuid(diskId) ? m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {diskId}) : std::nullopt;
    if (!disk || (!volumeId.isEmpty() && !volume))
        return FaultReply::engine(DiskRules::DiskNotExist, Action, Type);
    if (str(*disk, "storage_type") != QLatin1String("image"))
        return FaultReply::plain(409, QStringLiteral("Operation Failed"),
                                 QStringLiteral("[Cannot transfer Virtual Disk. Only image disks can be transferred; %1 is a direct LUN.]").arg(str(*disk, "alias")));
    if (!volume)
        volume = m_db.selectOne(QStringLiteral("SELECT * FROM volumes WHERE disk_id = ? AND active = 1"), {diskId});
    if (!volume)
        return FaultReply::engine(DiskRules::DiskNotExist, Action, Type);
    const QString alias = str(*disk, "alias");

    // TransferDiskImageCommand.validateImageTransfer, in its order.
    const VolumeInfo info = m_qemu.info(absolutePath(str(*volume, "path")));
    if (str(*disk, "status") == QLatin1String("illegal") || (!info.valid && str(*disk, "status") != QLatin1String("locked")))
        return FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_DISKS_ILLEGAL"),
                                   QStringLiteral("Cannot ${action} ${type}. The following attached disks are in ILLEGAL status: %1 - please remove them and try again.").arg(alias),
                                   500},
                                  Action, Type);
    const auto domain = m_db.selectOne(QStringLiteral("SELECT * FROM storage_domains WHERE id = ?"), {str(*disk, "storage_domain_id")});
    if (!domain || str(*domain, "status") != QLatin1String("active")) {
        QString status = domain ? str(*domain, "status") : QStringLiteral("unknown");
        status = status.left(1).toUpper() + status.mid(1);
        return FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_STORAGE_DOMAIN_STATUS_ILLEGAL2"),
                                   QStringLiteral("Cannot ${action} ${type}. The relevant Storage Domain's status is %1.").arg(status), 409},
                                  Action, Type);
    }
    // Only the active layer is in use by a running VM; a disk snapshot may be read meanwhile.
    const bool activeLayer = volume->value(QStringLiteral("active")).toInt() != 0;
    if (activeLayer) {
        QStringList vmNames;
        for (const LabRow &vm : m_db.select(QStringLiteral("SELECT v.name FROM disk_attachments a JOIN vms v ON v.id = a.vm_id "
                                                           "WHERE a.disk_id = ? AND a.active = 1 AND v.status <> 'down' ORDER BY v.name"),
                                            {diskId}))
            vmNames << str(vm, "name");
        if (!vmNames.isEmpty())
            return FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_DISK_PLUGGED_TO_NON_DOWN_VMS"),
                                       QStringLiteral("Cannot ${action} ${type}. The disk %1 is plugged to non-Down VMs: %2").arg(alias, vmNames.join(QStringLiteral(", "))),
                                       409},
                                      Action, Type);
    }
    if (str(*disk, "status") == QLatin1String("locked"))
        return FaultReply::engine(*DiskRules::diskUsable(*disk), Action, Type);

    if (upload && !activeLayer)
        return FaultReply::plain(409, QStringLiteral("Operation Failed"),
                                 QStringLiteral("[Cannot transfer Virtual Disk. The lab uploads only into a disk's active volume, not into a disk snapshot.]"));
    const QString format = formatText.isEmpty() ? info.wireFormat() : formatText;
    if (!m_imageio || m_imageio->baseUrl().isEmpty())
        return FaultReply::engine({QStringLiteral("ACTION_TYPE_FAILED_NO_VDS_IN_POOL"),
                                   QStringLiteral("Cannot ${action} ${type}. There is no active Host in the Data Center."), 409},
                                  Action, Type);

    Transfer transfer;
    transfer.id = newId();
    transfer.diskId = diskId;
    transfer.volumeId = activeLayer ? QString() : str(*volume, "id");
    transfer.alias = alias;
    transfer.path = str(*volume, "path");
    transfer.upload = upload;
    transfer.format = format;
    transfer.volumeFormat = info.format;
    transfer.inactivityTimeout = inactivity;
    transfer.timeoutPolicy = policy;
    transfer.sparse = disk->value(QStringLiteral("sparse")).toInt() != 0;
    transfer.shallow = body->childBool(QStringLiteral("shallow"), false);
    transfer.hostId = m_db.scalar(QStringLiteral("SELECT h.id FROM hosts h JOIN clusters c ON c.id = h.cluster_id "
                                                 "WHERE c.data_center_id = ? AND h.status = 'up' ORDER BY h.name LIMIT 1"),
                                  {str(*domain, "data_center_id")})
                          .toString();
    // getTransferSize(): what imageio lets the client reach; the NBD backend always shows the
    // virtual size.
    const qint64 fileSize = QFileInfo(absolutePath(transfer.path)).size();
    const bool nbd = format == QLatin1String("raw") && info.format == QLatin1String("qcow2");
    if (info.format == QLatin1String("raw") || nbd)
        transfer.ticketSize = info.virtualSize;
    else if (!upload)
        transfer.ticketSize = fileSize;
    else // a fully allocated qcow2 of the disk's size, plus its header (QCOW_OVERHEAD_FACTOR, QCOW_HEADER_OVERHEAD)
        transfer.ticketSize = qint64(std::ceil(double(info.virtualSize) * 1.1)) + 1048576;

    LabOperation &op = transfer.operation;
    op.name = QStringLiteral("transfer_image");
    op.jobId = transfer.id; // the engine's transfer id is its command id
    op.correlationId = request.correlationId;
    op.jobDescription = QStringLiteral("Transferring image of disk %1").arg(alias);
    const QString type = transferType(upload);
    op.started = {1031, QStringLiteral("normal"), QStringLiteral("Image %1 with disk %2 was initiated by %3.").arg(type, alias, AuditLog::userName())};
    op.succeeded = {1032, QStringLiteral("normal"), QStringLiteral("Image %1 with disk %2 succeeded.").arg(type, alias)};
    op.failed = {1034, QStringLiteral("error"), QStringLiteral("Image %1 with disk %2 failed.").arg(type, alias)};
    LabOperation::add(op.lockSql, QStringLiteral("UPDATE disks SET status = 'locked' WHERE id = ?"), {diskId});
    LabOperation::add(op.commitSql, QStringLiteral("UPDATE disks SET status = 'ok' WHERE id = ?"), {diskId});
    // A failed upload leaves the volume illegal (its legality was cleared before the data came).
    LabOperation::add(op.rollbackSql, QStringLiteral("UPDATE disks SET status = ? WHERE id = ?"),
                      {upload ? QStringLiteral("illegal") : str(*disk, "status"), diskId});
    QString error;
    if (nbd && !startNbd(transfer, &error))
        return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
    if (!m_runner.begin(op, &error)) {
        stopNbd(transfer);
        return FaultReply::plain(500, QStringLiteral("Operation Failed"), QLatin1Char('[') + error + QLatin1Char(']'));
    }

    // The image is ready at once (a file domain): the ticket goes to the daemon and the transfer
    // is already transferring when the POST answers, as on the engine (handleImageIsReadyForTransfer).
    addTicket(transfer);
    transfer.phase = QStringLiteral("transferring");
    m_transfers.insert(transfer.id, transfer);
    m_order << transfer.id;
    if (!m_timer.isActive())
        m_timer.start();

    LabResponse response = LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { render(w, m_transfers[transfer.id]); }), 201);
    response.setHeader("Location", request.baseUrl + (Api + QStringLiteral("/imagetransfers/") + transfer.id).toUtf8());
    return response;
}

void ImageTransferService::addTicket(Transfer &transfer)
{
    if (transfer.imagedTicketId.isEmpty())
        transfer.imagedTicketId = newId();
    ImageTicket ticket;
    ticket.id = transfer.imagedTicketId;
    ticket.transferId = transfer.id;
    ticket.path = absolutePath(transfer.path);
    ticket.size = transfer.ticketSize;
    ticket.writable = transfer.upload;
    ticket.sparse = transfer.sparse;
    ticket.inactivityTimeoutSeconds = transfer.inactivityTimeout;
    ticket.nbdSocket = transfer.nbdSocket;
    m_imageio->tickets().add(ticket);
    transfer.ticketId = ticket.id;
}

void ImageTransferService::removeTicket(Transfer &transfer, bool endSession)
{
    if (!transfer.ticketId.isEmpty()) {
        const TicketRegistry::Status status = m_imageio->tickets().status(transfer.ticketId);
        if (status.exists)
            transfer.transferred = transfer.transferredBefore + status.transferred;
        transfer.transferredBefore = transfer.transferred;
        m_imageio->tickets().remove(transfer.ticketId);
        transfer.ticketId.clear();
        transfer.active = false;
    }
    if (endSession)
        transfer.imagedTicketId.clear();
}

bool ImageTransferService::startNbd(Transfer &transfer, QString *error)
{
    const QString socket = QDir::temp().filePath(QStringLiteral("diskdesk-nbd-%1.sock").arg(transfer.id));
    QFile::remove(socket);
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    // qemu-nbd must not outlive a lab that is killed: its parent's death ends it.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QStringList arguments{QStringLiteral("--socket=") + socket, QStringLiteral("--format=qcow2"), QStringLiteral("--shared=8"),
                          QStringLiteral("--persistent"), QStringLiteral("--cache=writeback")};
    // As vdsm's NBD server for the engine: zeroes detected, and deallocated on thin disks.
    if (transfer.sparse)
        arguments << QStringLiteral("--discard=unmap") << QStringLiteral("--detect-zeroes=unmap");
    else
        arguments << QStringLiteral("--detect-zeroes=on");
    if (!transfer.upload)
        arguments << QStringLiteral("--read-only");
    arguments << absolutePath(transfer.path);
    process->start(QStringLiteral("qemu-nbd"), arguments);
    QElapsedTimer waited;
    waited.start();
    // The socket appears once qemu-nbd has opened the chain (milliseconds).
    while (!QFileInfo::exists(socket) && waited.elapsed() < 10000) {
        if (process->state() == QProcess::NotRunning || process->waitForFinished(20))
            break;
    }
    if (!QFileInfo::exists(socket) || process->state() != QProcess::Running) {
        *error = QStringLiteral("qemu-nbd did not start: ") + QString::fromLocal8Bit(process->readAll()).trimmed() + process->errorString();
        process->kill();
        process->waitForFinished(5000);
        delete process;
        return false;
    }
    transfer.nbdSocket = socket;
    m_nbdServers.insert(transfer.id, process);
    return true;
}

void ImageTransferService::stopNbd(Transfer &transfer)
{
    QProcess *process = m_nbdServers.take(transfer.id);
    if (!process)
        return;
    // SIGTERM: qemu-nbd flushes what it caches and closes the image.
    process->terminate();
    if (!process->waitForFinished(10000)) {
        process->kill();
        process->waitForFinished(5000);
    }
    delete process;
    QFile::remove(transfer.nbdSocket);
    transfer.nbdSocket.clear();
}

// --- read -----------------------------------------------------------------------------------------

void ImageTransferService::render(QXmlStreamWriter &w, const Transfer &transfer) const
{
    const QString href = Api + QStringLiteral("/imagetransfers/") + transfer.id;
    w.writeStartElement(QStringLiteral("image_transfer"));
    w.writeAttribute(QStringLiteral("href"), href);
    w.writeAttribute(QStringLiteral("id"), transfer.id);
    w.writeStartElement(QStringLiteral("actions"));
    for (const char *rel : {"cancel", "extend", "finalize", "pause", "resume"}) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), href + QLatin1Char('/') + QLatin1String(rel));
        w.writeAttribute(QStringLiteral("rel"), QLatin1String(rel));
    }
    w.writeEndElement();
    auto boolean = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
    // Plain members in alphabetical order, then references (NOTES §0.2).
    w.writeTextElement(QStringLiteral("active"), boolean(transfer.active));
    w.writeTextElement(QStringLiteral("direction"), transfer.upload ? QStringLiteral("upload") : QStringLiteral("download"));
    w.writeTextElement(QStringLiteral("format"), transfer.format);
    w.writeTextElement(QStringLiteral("inactivity_timeout"), QString::number(transfer.inactivityTimeout));
    w.writeTextElement(QStringLiteral("phase"), transfer.phase);
    // Without the engine's proxy (the all-in-one setup) proxy_url is the daemon's URL too.
    const QString url = transfer.imagedTicketId.isEmpty() || !m_imageio ? QString()
                                                                         : m_imageio->baseUrl() + QStringLiteral("/images/") + transfer.imagedTicketId;
    if (!url.isEmpty())
        w.writeTextElement(QStringLiteral("proxy_url"), url);
    w.writeTextElement(QStringLiteral("shallow"), boolean(transfer.shallow));
    w.writeTextElement(QStringLiteral("timeout_policy"), transfer.timeoutPolicy);
    if (!url.isEmpty())
        w.writeTextElement(QStringLiteral("transfer_url"), url);
    w.writeTextElement(QStringLiteral("transferred"), QString::number(transfer.transferred));
    if (!transfer.hostId.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("host"));
        w.writeAttribute(QStringLiteral("href"), Api + QStringLiteral("/hosts/") + transfer.hostId);
        w.writeAttribute(QStringLiteral("id"), transfer.hostId);
    }
    // The disk id, as <image id> with its links stripped (BackendImageTransferResource.addLinks).
    w.writeEmptyElement(QStringLiteral("image"));
    w.writeAttribute(QStringLiteral("id"), transfer.diskId);
    w.writeEndElement();
}

LabResponse ImageTransferService::list()
{
    poll(); // the engine's entities are as fresh as its last poll; ours as of now
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("image_transfers"));
        for (const QString &id : std::as_const(m_order))
            render(w, m_transfers[id]);
        w.writeEndElement();
    }));
}

LabResponse ImageTransferService::get(const QString &id)
{
    if (!m_transfers.contains(id))
        return LabResponse::empty(404);
    Transfer &transfer = m_transfers[id];
    if (!transfer.ticketId.isEmpty()) {
        const TicketRegistry::Status status = m_imageio->tickets().status(transfer.ticketId);
        if (status.exists) {
            transfer.transferred = transfer.transferredBefore + status.transferred;
            transfer.active = status.active;
        }
    }
    return LabResponse::xml(LabResponse::document([&](QXmlStreamWriter &w) { render(w, transfer); }));
}

// --- actions --------------------------------------------------------------------------------------

LabResponse ImageTransferService::action(const QString &id, const QString &action, const LabRequest &request)
{
    Q_UNUSED(request)
    static const QStringList known{QStringLiteral("finalize"), QStringLiteral("cancel"), QStringLiteral("pause"), QStringLiteral("resume"),
                                   QStringLiteral("extend")};
    if (!known.contains(action))
        return LabResponse::empty(404);
    // TransferImageStatusCommand answers for a missing entity too (the UI polls until it is gone).
    if (!m_transfers.contains(id))
        return actionComplete();
    Transfer &transfer = m_transfers[id];
    const QString phase = transfer.phase;
    if (action == QLatin1String("resume") && !phase.startsWith(QLatin1String("paused_")))
        return FaultReply::plain(409, QStringLiteral("Operation Failed"), QStringLiteral("[Cannot resume image transfer as it's not in a paused state.]"));
    if (action == QLatin1String("pause") && !transfer.upload)
        return FaultReply::plain(409, QStringLiteral("Operation Failed"),
                                 QStringLiteral("[Cannot pause image download as it's handled by the client. Note that it can be canceled if you wish to stop it.]"));
    // Phases change from any phase that is not final (ImageTransferPhase.isValidTransition); the
    // lab also leaves alone a transfer already on its way to an end.
    const bool settling = isFinished(phase) || phase.startsWith(QLatin1String("finalizing_")) || phase.startsWith(QLatin1String("cancelled_"));
    if (action == QLatin1String("extend") || settling)
        return actionComplete();
    if (action == QLatin1String("finalize")) {
        transfer.phase = QStringLiteral("finalizing_success");
    } else if (action == QLatin1String("cancel")) {
        transfer.phase = QStringLiteral("cancelled_user");
    } else if (action == QLatin1String("pause")) {
        transfer.phase = QStringLiteral("paused_user");
        removeTicket(transfer, false);
        audit(transfer, 1073, QStringLiteral("normal"), QStringLiteral("Image transfer was paused by user (%1).").arg(AuditLog::userName()));
    } else if (action == QLatin1String("resume")) {
        transfer.phase = QStringLiteral("resuming");
    }
    if (!m_timer.isActive())
        m_timer.start();
    return actionComplete();
}

// --- the engine's callback ------------------------------------------------------------------------

void ImageTransferService::poll()
{
    const qint64 now = steadyMs();
    bool live = false;
    for (auto it = m_order.begin(); it != m_order.end();) {
        Transfer &transfer = m_transfers[*it];
        if (isFinal(transfer.phase)) {
            if (now - transfer.finishedAt > FinishedVisibleMs) {
                m_transfers.remove(*it);
                it = m_order.erase(it);
                continue;
            }
        } else {
            step(transfer);
        }
        live = true;
        ++it;
    }
    if (!live)
        m_timer.stop();
}

void ImageTransferService::step(Transfer &transfer)
{
    const QString phase = transfer.phase;
    if (phase == QLatin1String("transferring")) {
        const TicketRegistry::Status status = m_imageio->tickets().status(transfer.ticketId);
        if (!status.exists)
            return;
        transfer.transferred = transfer.transferredBefore + status.transferred;
        transfer.active = status.active;
        // shouldAbortOnClientInactivityTimeout: idle past the timeout with nothing in progress.
        if (transfer.inactivityTimeout > 0 && !status.active && status.idleMs > qint64(transfer.inactivityTimeout) * 1000) {
            const QString policy = transfer.timeoutPolicy;
            if (policy == QLatin1String("legacy") && !transfer.upload) {
                audit(transfer, 1072, QStringLiteral("error"), QStringLiteral("Download was canceled by system. Reason: timeout due to transfer inactivity."));
                transfer.phase = QStringLiteral("cancelled_system");
            } else if (policy == QLatin1String("legacy")) {
                audit(transfer, 1071, QStringLiteral("error"), QStringLiteral("Upload was paused by system. Reason: timeout due to transfer inactivity."));
                transfer.phase = QStringLiteral("paused_system");
            } else if (policy == QLatin1String("pause")) {
                audit(transfer, 1077, QStringLiteral("warning"),
                      QStringLiteral("The transfer was paused by the system according to the timeout policy. Reason: client inactivity timeout."));
                transfer.phase = QStringLiteral("paused_system");
            } else {
                audit(transfer, 1076, QStringLiteral("error"),
                      QStringLiteral("The transfer was canceled by the system according to the timeout policy. Reason: client inactivity timeout."));
                transfer.phase = QStringLiteral("cancelled_system");
            }
            // The ticket has expired in the daemon as well: it no longer opens the image. A
            // paused upload keeps its session (and URL) for a resume.
            removeTicket(transfer, transfer.phase != QLatin1String("paused_system"));
        }
    } else if (phase == QLatin1String("resuming")) {
        audit(transfer, 1074, QStringLiteral("normal"), QStringLiteral("Image transfer was resumed by user (%1).").arg(AuditLog::userName()));
        if (transfer.ticketId.isEmpty())
            addTicket(transfer);
        transfer.phase = QStringLiteral("transferring");
    } else if (phase == QLatin1String("cancelled_user") || phase == QLatin1String("cancelled_system")) {
        removeTicket(transfer, true);
        transfer.operation.failed = {1033, QStringLiteral("normal"),
                                     QStringLiteral("Image %1 with disk %2 was cancelled.").arg(transferType(transfer.upload), transfer.alias)};
        transfer.phase = phase == QLatin1String("cancelled_user") ? QStringLiteral("finalizing_cleanup") : QStringLiteral("finalizing_failure");
    } else if (phase == QLatin1String("finalizing_cleanup")) {
        removeTicket(transfer, true);
        transfer.phase = QStringLiteral("finished_cleanup");
    } else if (phase == QLatin1String("finished_cleanup")) {
        conclude(transfer, false);
    } else if (phase == QLatin1String("finalizing_success")) {
        removeTicket(transfer, true);
        stopNbd(transfer);
        QString error;
        if (transfer.upload && !verifyUpload(transfer, &error)) {
            std::fprintf(stderr, "diskdesk-lab: the uploaded image of %s is refused: %s\n", qPrintable(transfer.alias), qPrintable(error));
            transfer.phase = QStringLiteral("finalizing_failure");
            return;
        }
        conclude(transfer, true);
    } else if (phase == QLatin1String("finalizing_failure")) {
        removeTicket(transfer, true);
        conclude(transfer, false);
    }
}

bool ImageTransferService::verifyUpload(const Transfer &transfer, QString *error)
{
    // vdsm's verify_untrusted_volume: the data must be an image of the volume's own format, with
    // no backing file of its own, and no larger than the disk.
    const QString path = absolutePath(transfer.path);
    m_qemu.forget(path);
    const VolumeInfo info = m_qemu.info(path);
    if (!info.valid) {
        *error = info.error;
        return false;
    }
    if (info.format != transfer.volumeFormat) {
        *error = QStringLiteral("Image has format %1, the volume is %2").arg(info.format, transfer.volumeFormat);
        return false;
    }
    if (!info.backingFile.isEmpty()) {
        *error = QStringLiteral("Image has a backing file: %1").arg(info.backingFile);
        return false;
    }
    return true;
}

void ImageTransferService::conclude(Transfer &transfer, bool success)
{
    removeTicket(transfer, true);
    stopNbd(transfer);
    QString error;
    if (!m_runner.end(transfer.operation, success, &error))
        std::fprintf(stderr, "diskdesk-lab: cannot record the end of the transfer of %s: %s\n", qPrintable(transfer.alias), qPrintable(error));
    m_qemu.forget(absolutePath(transfer.path));
    if (!success && transfer.upload) {
        // endWithFailure: "Do rollback only for upload - i.e. remove the disk".
        if (const auto disk = m_db.selectOne(QStringLiteral("SELECT * FROM disks WHERE id = ?"), {transfer.diskId})) {
            const LabResponse removal = m_disks.removeDisk(*disk, LabRequest{{}, transfer.operation.correlationId, {}, {}});
            if (removal.status >= 300)
                std::fprintf(stderr, "diskdesk-lab: cannot remove the disk of the failed upload %s: %s\n", qPrintable(transfer.alias),
                             removal.body.constData());
        }
    }
    transfer.phase = success ? QStringLiteral("finished_success") : QStringLiteral("finished_failure");
    transfer.finishedAt = steadyMs();
}
