#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// A diskdesk-lab engine started for one test on a free loopback port, stopped with SIGTERM.
class LabProcess final
{
public:
    struct Options
    {
        bool demo = true;
        QString password = QStringLiteral("lab-test-password");
        QString fixedTime; ///< --fixed-time, for deterministic dates in screenshots
        QStringList extraArgs;
        /// Reuse this data folder (e.g. the dataDir() of an earlier run) instead of a new
        /// temporary one, to test restarts. The caller owns it.
        QString dataDir;
        /// Serve HTTPS with the lab's own CA (caPath()) instead of plain HTTP (--http).
        bool https = false;
        /// A fixed port (e.g. the port of an earlier run, to restart "the same manager"); 0 picks one.
        quint16 port = 0;
    };

    LabProcess();
    ~LabProcess();

    /// Starts the engine and waits for its "listening on" line. Returns false (and sets
    /// errorString()) when it did not come up within the timeout.
    bool start(const Options &options, int timeoutMs = 60000);
    /// Sends SIGTERM and waits; returns the exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 15000);

    QUrl apiUrl() const { return m_apiUrl; }
    QString password() const { return m_password; }
    QString dataDir() const { return m_dataDirPath; }
    /// The lab's CA certificate (PEM) when started with Options::https.
    QString caPath() const;
    QString errorString() const { return m_error; }
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QString m_dataDirPath;
    QProcess m_process;
    QUrl m_apiUrl;
    QString m_password;
    QString m_error;
    QString m_output;
};
