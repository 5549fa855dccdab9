#include "client.h"
#include "connectionstartup.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "profilestore.h"
#include "trustpolicy.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

/// The first line of the file, without its line break; nullopt when it cannot be read.
std::optional<QString> readPassword(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

/// --help and --version print text only; they must work without a display (over ssh, in a
/// package check), and Qt cannot open its default platform without one.
bool printsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (printsTextOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DiskDesk"));
    // Matches the installed diskdesk.desktop (window icon and grouping on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("diskdesk"));
    QApplication::setOrganizationName(QStringLiteral("DiskDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DISKDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/diskdesk.svg")));
    // The language chosen in Preferences, else the system's (issue 9); before any text is made.
    UiLanguage::install(UiLanguage::locale(UiLanguage::stored()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Disks, snapshots and storage domains of an oVirt engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Connect with this saved profile (its password from the keychain)."),
        QStringLiteral("NAME"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QApplication::translate("main", "Engine API address (a host name is enough)."),
        QStringLiteral("URL"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "User name with profile (default admin@internal)."),
        QStringLiteral("USER"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        QApplication::translate("main", "Read the password from the first line of FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QApplication::translate("main", "Trust only this CA certificate (PEM) for the manager's HTTPS."),
        QStringLiteral("FILE"));
    parser.addOptions({profileOption, urlOption, userOption, passwordFileOption, caFileOption});
    parser.process(app);

    QString password;
    if (parser.isSet(passwordFileOption)) {
        QString error;
        const auto read = readPassword(parser.value(passwordFileOption), &error);
        if (!read) {
            printError(QApplication::translate("main", "Cannot read the password file %1: %2")
                           .arg(parser.value(passwordFileOption), error));
            return 1;
        }
        password = *read;
    }
    QByteArray caPem;
    if (parser.isSet(caFileOption)) {
        QString error;
        const TrustPolicy trust = TrustPolicy::fromCaFile(parser.value(caFileOption), &error);
        if (!trust.isPinned()) {
            printError(error);
            return 1;
        }
        caPem = trust.ca().toPem();
    }

    ProfileStore profiles;
    PasswordStore passwords;
    Client client;
    QPointer<MainWindow> window;

    ConnectionStartup::Options options;
    options.profile = parser.value(profileOption);
    options.url = parser.value(urlOption);
    options.user = parser.value(userOption);
    if (parser.isSet(passwordFileOption))
        options.password = password;
    options.caPem = caPem;
    ConnectionStartup startup(options, &client, &profiles, &passwords);
    if (!startup.error().isEmpty()) {
        printError(startup.error());
        return 1;
    }
    QObject::connect(&startup, &ConnectionStartup::connected, &app, [&](const ConnectionProfile &profile) {
        window = new MainWindow(&client);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1280, 800);
        // Saved searches and the window layout of this profile (after the default size).
        window->setProfileName(profile.name);
        window->show();
    });
    QObject::connect(&startup, &ConnectionStartup::keychainProblem, &app, [&](const QString &message) {
        if (window)
            window->statusBar()->showMessage(message, 15000);
    });
    QObject::connect(&startup, &ConnectionStartup::cancelled, &app, &QApplication::quit);
    startup.start();

    const int code = app.exec();

    // Log out at the manager so that the session does not linger until it expires; a manager
    // that is gone does not hold up quitting for more than a few seconds.
    if (client.isLoggedIn()) {
        QEventLoop loop;
        client.logout(nullptr, [&loop] { loop.quit(); });
        QTimer::singleShot(6000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return code;
}
