// diskdesk-cli: DiskDesk's command-line companion for scripts, on the same api library.

#include "clirunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as DiskDesk, so that --profile reads the profiles DiskDesk saved.
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DiskDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DISKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Lists the storage of an oVirt engine for scripts.\n\n"
            "Commands:\n"
            "  vms                      virtual machines\n"
            "  disks                    all disks\n"
            "  snapshots VM             snapshots of a VM (name or id), with the disks each covers\n"
            "  storagedomains           storage domains\n"
            "  attachments VM           disk attachments of a VM with their disks\n"
            "  snapshot create VM       create a snapshot (--description, --disk ID…, --memory)\n"
            "  amend DISK               amend every qcow2 volume of a disk (alias or id) to compat 1.1,\n"
            "                           through a VM's attachment with --vm VM; waits for the end and\n"
            "                           prints the manager's audit message\n\n"
            "Exit codes: 0 success, 1 the manager refused (its fault is printed), 2 usage,\n"
            "3 connection or trust failure."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
            QCoreApplication::translate("main", "A connection profile saved by DiskDesk."), QStringLiteral("NAME"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
            QCoreApplication::translate("main", "Engine API address (a host name is enough)."), QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"),
            QCoreApplication::translate("main", "User name with profile (default admin@internal)."), QStringLiteral("USER"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
            QCoreApplication::translate("main", "Read the password from the first line of FILE (- for standard input)."),
            QStringLiteral("FILE"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
            QCoreApplication::translate("main", "Trust only this CA certificate (PEM) for HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
            QCoreApplication::translate("main", "table (default), json or csv; json and csv carry every field."),
            QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"),
            QCoreApplication::translate("main", "snapshot create: the snapshot's description."), QStringLiteral("TEXT"));
    const QCommandLineOption diskOption(QStringLiteral("disk"),
            QCoreApplication::translate("main", "snapshot create: include this disk (repeat; default all disks)."),
            QStringLiteral("ID"));
    const QCommandLineOption memoryOption(QStringLiteral("memory"),
            QCoreApplication::translate("main", "snapshot create: save the memory state too."));
    const QCommandLineOption vmOption(QStringLiteral("vm"),
            QCoreApplication::translate("main", "amend: through this VM's disk attachment (name or id)."), QStringLiteral("VM"));
    parser.addOptions({profileOption, urlOption, userOption, passwordFileOption, caFileOption, formatOption,
                       descriptionOption, diskOption, memoryOption, vmOption});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "What to do (see above)."),
                                 QStringLiteral("COMMAND [ARGS]"));

    // parse(), not process(): a usage error must exit with 2, not QCommandLineParser's 1.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "diskdesk-cli: %s\n", qPrintable(parser.errorText()));
        return CliRunner::Usage;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return CliRunner::Success;
    }
    if (parser.isSet(versionOption)) {
        std::printf("diskdesk-cli %s\n", DISKDESK_VERSION);
        return CliRunner::Success;
    }

    CliRunner::Options options;
    options.profile = parser.value(profileOption);
    options.url = parser.value(urlOption);
    options.user = parser.value(userOption);
    options.passwordFile = parser.value(passwordFileOption);
    options.caFile = parser.value(caFileOption);
    options.format = parser.value(formatOption);
    options.arguments = parser.positionalArguments();
    options.description = parser.value(descriptionOption);
    options.diskIds = parser.values(diskOption);
    options.memory = parser.isSet(memoryOption);
    options.vm = parser.value(vmOption);

    CliRunner runner(options);
    int exitCode = CliRunner::Success;
    QObject::connect(&runner, &CliRunner::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::quit();
    });
    runner.start();
    app.exec();
    return exitCode;
}
