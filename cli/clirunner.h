#pragma once

#include "apierror.h"
#include "client.h"
#include "recordtable.h"

#include <QObject>
#include <QStringList>

/// One diskdesk-cli run: connect (profile or URL), run one command, print, log out, and finish
/// with the exit code: 0 success, 1 the manager refused (its fault printed), 2 usage,
/// 3 connection or trust failure.
class CliRunner final : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, Refused = 1, Usage = 2, ConnectionFailed = 3 };

    struct Options
    {
        QString profile;
        QString url;
        QString user;
        QString passwordFile; ///< "-" reads standard input
        QString caFile;
        QString format = QStringLiteral("table");
        QStringList arguments; ///< the command and its operands
        QString description;   ///< snapshot create --description
        QStringList diskIds;   ///< snapshot create --disk (repeatable)
        bool memory = false;   ///< snapshot create --memory
        QString vm;            ///< amend --vm: amend through that VM's attachment
    };

    explicit CliRunner(const Options &options, QObject *parent = nullptr);

    /// Checks the command line without connecting; empty when usable.
    QString usageError() const;
    /// Starts; finished() follows (possibly before start() returns).
    void start();

signals:
    void finished(int exitCode);

private:
    void connectAndRun();
    void runCommand();
    void withVm(const QString &nameOrId, std::function<void(const Vm &)> next);
    /// amend DISK [--vm VM]: finds the disk by id or alias, sends the amend to compat 1.1 and
    /// follows it to the manager's audit message.
    void amend();
    void followAmend(const QString &vmId, const Disk &disk);
    void print(const RecordTable &table);
    /// Prints the error and finishes (after logging out) with its exit code.
    void fail(const ApiError &error, bool duringLogin);
    void fail(const QString &message, int code);
    void finish(int code);

    Options m_options;
    Client m_client;
    bool m_finished = false;
    bool m_connectionLost = false; ///< the manager stopped answering while an amend was followed
};
