#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// A private tgtd (Linux SCSI target framework daemon) for one test, serving iSCSI on
/// 127.0.0.1 only, with LUNs backed by sparse files in a temporary directory.
///
/// Facts about tgtd 1.0.85 this helper relies on (found by running it here, as root):
/// * `-f` keeps it in the foreground; without it it daemonizes.
/// * `-C N` names the management channel: the unix socket /var/run/tgtd/socket.N plus a
///   socket.N.lock (tgtd creates the directory). A second tgtd with the same N exits at once
///   ("another tgtd is using ..."). tgtd leaves both files behind when it exits.
/// * `--iscsi portal=127.0.0.1:PORT` sets the listening portal. If that port is taken tgtd does
///   NOT exit: it logs "failed to create/bind to portal" and falls back to 0.0.0.0:3260 and
///   [::]:3260. So the helper checks the portal list and retries on another port.
/// * `-C` accepts at most 32767 (larger values: "out of range", tgtd exits).
/// * SIGTERM is caught and ignored. `tgtadm --op delete --mode system` (no --lld) stops it, but
///   only once no target is left, so targets are deleted (--force) first.
/// Several instances can run side by side (parallel tests): ports and N are picked per instance.
class TgtdTarget final
{
public:
    /// Optional INQUIRY identity of a LUN, set via `tgtadm --params`. Empty keeps tgtd's default.
    struct LunOptions
    {
        QString scsiId;    ///< VPD 0x83 T10 id (and, as hex digits, the NAA 6 id); <= 24 chars
        QString scsiSn;    ///< VPD 0x80 unit serial number; <= 36 chars
        QString vendorId;  ///< <= 8 chars
        QString productId; ///< <= 16 chars
        bool readOnly = false;
    };

    TgtdTarget();
    ~TgtdTarget();
    TgtdTarget(const TgtdTarget &) = delete;
    TgtdTarget &operator=(const TgtdTarget &) = delete;

    /// Starts tgtd and waits until tgtadm answers and the portal is bound. On failure returns
    /// false and errorString() says why (including tgtd's own output).
    bool start(int timeoutMs = 20000);
    /// Deletes the system via tgtadm (SIGKILL as a last resort) and removes its files.
    void stop();
    bool isRunning() const;

    QString address() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    int controlPort() const { return m_controlPort; }
    QString errorString() const { return m_error; }
    /// Everything tgtd printed so far.
    QString log();

    /// `--mode target --op new`, then binds it to `initiatorAddress` ("ALL" = any initiator).
    /// Pass an empty address to leave it unbound (then bind by name with tgtadm()).
    bool addTarget(int tid, const QString &iqn, const QString &initiatorAddress = QStringLiteral("ALL"));
    /// Creates a sparse backing file of `sizeBytes` and exports it as `lun` of target `tid`.
    bool addLun(int tid, int lun, qint64 sizeBytes, const LunOptions &options);
    /// Requires one-way CHAP with this account for logins to target `tid`.
    bool requireChap(int tid, const QString &user, const QString &password);

    /// Runs `tgtadm -C <controlPort> --lld iscsi <args>`; output (stdout+stderr) to *output.
    bool tgtadm(const QStringList &args, QString *output = nullptr, int timeoutMs = 10000);

    /// Whether this machine has the tgtd/tgtadm binaries at all (for QSKIP with a reason).
    static bool toolsAvailable(QString *why);

private:
    bool startOnce(int timeoutMs);
    bool runTgtadm(const QStringList &args, QString *output, int timeoutMs);
    void removeSocketFiles();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    int m_controlPort = 0;
    QList<int> m_targetIds;
    bool m_confirmed = false; // tgtd answered on m_controlPort listing our portal: it is ours
    QString m_error;
    QString m_log;
};
