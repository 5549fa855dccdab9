#include "labprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

#include <sys/prctl.h>

LabProcess::LabProcess() = default;

LabProcess::~LabProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

bool LabProcess::start(const Options &options, int timeoutMs)
{
    if (options.dataDir.isEmpty()) {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_dataDirPath = m_dataDir->path();
    } else {
        m_dataDirPath = options.dataDir;
    }
    m_password = options.password;
    m_output.clear(); // a restart must wait for its own "listening on" line
    QStringList args{QStringLiteral("--data-dir"), m_dataDirPath, QStringLiteral("--port"),
                     QString::number(options.port)};
    if (!options.https)
        args << QStringLiteral("--http");
    if (options.demo)
        args << QStringLiteral("--demo");
    if (!options.password.isEmpty())
        args << QStringLiteral("--password") << options.password;
    if (!options.fixedTime.isEmpty())
        args << QStringLiteral("--fixed-time") << options.fixedTime;
    args << options.extraArgs;

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes must not leave its engine running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(QStringLiteral(DISKDESK_LAB_EXE), args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression ready(
        QStringLiteral("diskdesk-lab listening on (http\\S+/ovirt-engine/api)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        m_output += QString::fromUtf8(m_process.readAll());
        const auto match = ready.match(m_output);
        if (match.hasMatch()) {
            m_apiUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
    m_error = QStringLiteral("diskdesk-lab did not start: ") + m_output;
    return false;
}

QString LabProcess::caPath() const
{
    return m_dataDirPath + QStringLiteral("/pki/ca.pem");
}

int LabProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    m_output += QString::fromUtf8(m_process.readAll());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}
