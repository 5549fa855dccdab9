#include "tgtdtarget.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QString SocketDir = QStringLiteral("/var/run/tgtd");

// Asks the kernel for a currently free loopback port. tgtd binds it a moment later; if someone
// else wins that race, start() notices the missing portal and tries again.
quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

// tgtd's control "port" only names a unix socket; pick one no live tgtd uses (tgtd refuses a
// locked one anyway, which start() treats as "try another"). tgtd and tgtadm reject values above
// 32767 ("-C argument value '40000' out of range").
int unusedControlPort()
{
    for (;;) {
        const int candidate = int(QRandomGenerator::global()->bounded(1024, 32000));
        if (!QFile::exists(SocketDir + QStringLiteral("/socket.%1").arg(candidate)))
            return candidate;
    }
}

} // namespace

TgtdTarget::TgtdTarget() = default;

TgtdTarget::~TgtdTarget()
{
    stop();
}

bool TgtdTarget::toolsAvailable(QString *why)
{
    for (const QString &tool : {QStringLiteral("tgtd"), QStringLiteral("tgtadm")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()
            && QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                   .isEmpty()) {
            if (why)
                *why = QStringLiteral("%1 not installed (Debian package tgt)").arg(tool);
            return false;
        }
    }
    if (::geteuid() != 0) {
        if (why)
            *why = QStringLiteral("tgtd needs root (it creates %1 and opens backing files)").arg(SocketDir);
        return false;
    }
    return true;
}

bool TgtdTarget::start(int timeoutMs)
{
    QString why;
    if (!toolsAvailable(&why)) {
        m_error = why;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("Cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    // Port races with parallel tests are rare; a few attempts make them harmless.
    QString errors;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        if (startOnce(timeoutMs))
            return true;
        errors += QStringLiteral("attempt %1: %2\n").arg(attempt).arg(m_error);
    }
    m_error = errors;
    return false;
}

bool TgtdTarget::startOnce(int timeoutMs)
{
    m_port = freeLoopbackPort();
    m_controlPort = unusedControlPort();
    m_log.clear();
    if (m_port == 0) {
        m_error = QStringLiteral("No free loopback port");
        return false;
    }

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // If the test process dies, take tgtd with it instead of leaving a daemon behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    const QString portal = QStringLiteral("portal=%1:%2").arg(address()).arg(m_port);
    m_process.start(QStringLiteral("tgtd"),
                    {QStringLiteral("-f"), QStringLiteral("-C"), QString::number(m_controlPort),
                     QStringLiteral("--iscsi"), portal});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("tgtd did not start: %1").arg(m_process.errorString());
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    const QString expectedPortal = QStringLiteral("Portal: %1:%2,").arg(address()).arg(m_port);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_process.waitForFinished(1000);
            m_error = QStringLiteral("tgtd exited (code %1): %2")
                          .arg(m_process.exitCode())
                          .arg(log().trimmed());
            removeSocketFiles();
            return false;
        }
        QString portals;
        if (tgtadm({QStringLiteral("--mode"), QStringLiteral("target"), QStringLiteral("--op"),
                    QStringLiteral("show")},
                   nullptr, 2000)
            && tgtadm({QStringLiteral("--mode"), QStringLiteral("portal"), QStringLiteral("--op"),
                       QStringLiteral("show")},
                      &portals, 2000)) {
            // tgtd falls back to 0.0.0.0:3260 / [::]:3260 when our port was taken: not ours.
            const bool bindFailed = log().contains(QStringLiteral("failed to create/bind to portal"));
            if (portals.contains(expectedPortal) && !bindFailed) {
                m_confirmed = true;
                return true;
            }
            m_error = QStringLiteral("tgtd could not bind %1:%2 (portals: %3)")
                          .arg(address())
                          .arg(m_port)
                          .arg(portals.simplified());
            stop();
            return false;
        }
        // Also the only way to notice an early exit without an event loop.
        m_process.waitForFinished(50);
    }
    m_error = QStringLiteral("tgtadm -C %1 did not answer within %2 ms; tgtd said: %3")
                  .arg(m_controlPort)
                  .arg(timeoutMs)
                  .arg(log().trimmed());
    stop();
    return false;
}

void TgtdTarget::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        // Only talk to the control channel once we know the tgtd behind it is ours (it listed
        // our portal); otherwise a control-port clash could shut down another test's tgtd.
        // tgtd refuses to delete the system while targets exist, and a target with sessions
        // needs --force; "--mode system" itself must be sent without --lld.
        if (m_confirmed) {
            for (const int tid : std::as_const(m_targetIds)) {
                tgtadm({QStringLiteral("--mode"), QStringLiteral("target"), QStringLiteral("--op"),
                        QStringLiteral("delete"), QStringLiteral("--force"), QStringLiteral("--tid"),
                        QString::number(tid)},
                       nullptr, 5000);
            }
            runTgtadm({QStringLiteral("--op"), QStringLiteral("delete"), QStringLiteral("--mode"),
                       QStringLiteral("system")},
                      nullptr, 5000);
        }
        m_targetIds.clear();
        if (!m_process.waitForFinished(m_confirmed ? 5000 : 0)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        log(); // keep its last words for errorString()/debugging
    }
    removeSocketFiles();
}

bool TgtdTarget::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString TgtdTarget::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    return m_log;
}

void TgtdTarget::removeSocketFiles()
{
    m_confirmed = false;
    if (m_controlPort == 0)
        return;
    // tgtd holds a lockf() lock on socket.N.lock while it runs. If we can take that lock nobody
    // uses N any more and the files are leftovers; if not, they belong to a live tgtd.
    const QByteArray lockPath = QFile::encodeName(SocketDir + QStringLiteral("/socket.%1.lock").arg(m_controlPort));
    const int fd = ::open(lockPath.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::lockf(fd, F_TLOCK, 0) == 0) {
        QFile::remove(SocketDir + QStringLiteral("/socket.%1").arg(m_controlPort));
        ::unlink(lockPath.constData());
    }
    ::close(fd);
}

bool TgtdTarget::tgtadm(const QStringList &args, QString *output, int timeoutMs)
{
    return runTgtadm(QStringList{QStringLiteral("--lld"), QStringLiteral("iscsi")} + args, output,
                     timeoutMs);
}

bool TgtdTarget::runTgtadm(const QStringList &args, QString *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("tgtadm"),
                  QStringList{QStringLiteral("-C"), QString::number(m_controlPort)} + args);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    const bool ok = finished && process.exitStatus() == QProcess::NormalExit
                    && process.exitCode() == 0;
    if (!ok) {
        m_error = QStringLiteral("tgtadm %1 failed (exit %2): %3")
                      .arg(args.join(u' '))
                      .arg(process.exitCode())
                      .arg(text.trimmed());
    }
    return ok;
}

bool TgtdTarget::addTarget(int tid, const QString &iqn, const QString &initiatorAddress)
{
    const QString id = QString::number(tid);
    if (!tgtadm({QStringLiteral("--mode"), QStringLiteral("target"), QStringLiteral("--op"),
                 QStringLiteral("new"), QStringLiteral("--tid"), id, QStringLiteral("-T"), iqn})) {
        return false;
    }
    m_targetIds.append(tid);
    return initiatorAddress.isEmpty()
           || tgtadm({QStringLiteral("--mode"), QStringLiteral("target"), QStringLiteral("--op"),
                      QStringLiteral("bind"), QStringLiteral("--tid"), id, QStringLiteral("-I"),
                      initiatorAddress});
}

bool TgtdTarget::addLun(int tid, int lun, qint64 sizeBytes, const LunOptions &options)
{
    const QString path = m_dir->filePath(QStringLiteral("tid%1-lun%2.img").arg(tid).arg(lun));
    QFile backing(path);
    // resize() on a fresh file only sets its length: sparse, no disk space used.
    if (!backing.open(QIODevice::WriteOnly) || !backing.resize(sizeBytes)) {
        m_error = QStringLiteral("Cannot create backing file %1: %2").arg(path, backing.errorString());
        return false;
    }
    backing.close();

    const QStringList lunArgs{QStringLiteral("--tid"), QString::number(tid), QStringLiteral("--lun"),
                              QString::number(lun)};
    if (!tgtadm(QStringList{QStringLiteral("--mode"), QStringLiteral("logicalunit"),
                            QStringLiteral("--op"), QStringLiteral("new"), QStringLiteral("-b"), path}
                + lunArgs)) {
        return false;
    }

    QStringList params;
    if (!options.scsiId.isEmpty())
        params << QStringLiteral("scsi_id=") + options.scsiId;
    if (!options.scsiSn.isEmpty())
        params << QStringLiteral("scsi_sn=") + options.scsiSn;
    if (!options.vendorId.isEmpty())
        params << QStringLiteral("vendor_id=") + options.vendorId;
    if (!options.productId.isEmpty())
        params << QStringLiteral("product_id=") + options.productId;
    if (options.readOnly)
        params << QStringLiteral("readonly=1");
    if (params.isEmpty())
        return true;
    return tgtadm(QStringList{QStringLiteral("--mode"), QStringLiteral("logicalunit"),
                              QStringLiteral("--op"), QStringLiteral("update"),
                              QStringLiteral("--params"), params.join(u',')}
                  + lunArgs);
}

bool TgtdTarget::requireChap(int tid, const QString &user, const QString &password)
{
    return tgtadm({QStringLiteral("--mode"), QStringLiteral("account"), QStringLiteral("--op"),
                   QStringLiteral("new"), QStringLiteral("--user"), user,
                   QStringLiteral("--password"), password})
           && tgtadm({QStringLiteral("--mode"), QStringLiteral("account"), QStringLiteral("--op"),
                      QStringLiteral("bind"), QStringLiteral("--tid"), QString::number(tid),
                      QStringLiteral("--user"), user});
}
