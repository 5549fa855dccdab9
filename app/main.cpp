#include "client.h"
#include "connectiondialog.h"
#include "connectionflow.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "trustpolicy.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

void installTranslations(QApplication &app)
{
    // Qt's own strings (dialog buttons, context menus), then ours; either may be missing.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("diskdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DiskDesk"));
    QApplication::setOrganizationName(QStringLiteral("DiskDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DISKDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/diskdesk.svg")));
    installTranslations(app);

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

    QString chosenProfile = parser.value(profileOption);
    if (!chosenProfile.isEmpty() && !profiles.profile(chosenProfile)) {
        printError(QApplication::translate("main", "There is no saved profile \u201c%1\u201d.").arg(chosenProfile));
        return 1;
    }
    if (chosenProfile.isEmpty() && !parser.isSet(urlOption))
        chosenProfile = profiles.defaultProfileName();

    ConnectionDialog dialog;
    ConnectionFlow flow(&client, &profiles, &passwords, &dialog);
    dialog.setProfiles(profiles.profiles(), chosenProfile);
    if (parser.isSet(urlOption))
        dialog.setUrl(parser.value(urlOption));
    if (parser.isSet(userOption))
        dialog.setUser(parser.value(userOption));
    dialog.setPassword(password);
    dialog.setTrustedCaPem(caPem);

    // The dialog stays open until the engine accepted the credentials; a refusal is shown
    // in it with the engine's words.
    QObject::connect(&dialog, &ConnectionDialog::loginRequested, &dialog,
                     [&](const QUrl &, const QString &, const QString &secret) {
                         ConnectionProfile profile = dialog.profile();
                         // --ca-file wins for this run (and is kept in a saved profile that logs in).
                         if (!caPem.isEmpty())
                             profile.caCertificatePem = caPem;
                         flow.connectTo(profile, secret);
                     });
    QObject::connect(&flow, &ConnectionFlow::failed, &dialog, [&](const QString &message) {
        dialog.setError(message);
        if (!dialog.isVisible())
            dialog.show();
    });
    QObject::connect(&flow, &ConnectionFlow::succeeded, &dialog, [&](const ConnectionProfile &) {
        dialog.loginSucceeded();
        window = new MainWindow(&client);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1280, 800);
        window->show();
    });
    QObject::connect(&flow, &ConnectionFlow::keychainProblem, &dialog, [&](const QString &message) {
        if (window)
            window->statusBar()->showMessage(message, 15000);
    });
    QObject::connect(&dialog, &QDialog::rejected, &app, &QApplication::quit);

    // Choosing a profile fills in its remembered password, if there is one.
    const auto fillPassword = [&](const QString &name, bool loginWhenFound) {
        const auto profile = profiles.profile(name);
        if (!profile || !profile->rememberPassword) {
            if (loginWhenFound)
                dialog.show();
            return;
        }
        passwords.read(PasswordStore::keyFor(*profile), &dialog, [&, loginWhenFound](PasswordStore::Outcome outcome) {
            if (outcome.status == PasswordStore::Status::Ok) {
                dialog.setPassword(outcome.password);
                if (loginWhenFound && dialog.validationError().isEmpty()) {
                    dialog.accept();
                    return;
                }
            } else if (outcome.status == PasswordStore::Status::Unavailable) {
                dialog.setKeychainUnavailable(outcome.message);
            }
            if (loginWhenFound)
                dialog.show();
        });
    };
    QObject::connect(&dialog, &ConnectionDialog::profileChosen, &dialog,
                     [&](const QString &name) { fillPassword(name, false); });
    QObject::connect(&dialog, &ConnectionDialog::manageProfilesRequested, &dialog, [&] {
        ProfileDialog profileDialog(&profiles, &dialog);
        profileDialog.selectProfile(dialog.profileName());
        if (profileDialog.exec() == QDialog::Accepted)
            dialog.setProfiles(profiles.profiles(), profileDialog.currentProfileName());
    });

    // Without a keychain service the person is told once, before typing, why the password is
    // asked for each time.
    passwords.read(QStringLiteral("availability check"), &dialog, [&](PasswordStore::Outcome outcome) {
        if (outcome.status == PasswordStore::Status::Unavailable)
            dialog.setKeychainUnavailable(outcome.message);
    });

    // With an address and a password at hand, or a saved profile named on the command line,
    // log in straight away; the dialog only shows up if that fails.
    const bool direct = parser.isSet(urlOption) && parser.isSet(passwordFileOption);
    if (direct && dialog.validationError().isEmpty())
        dialog.accept();
    else if (parser.isSet(profileOption) && !parser.isSet(passwordFileOption))
        fillPassword(chosenProfile, true);
    else if (parser.isSet(profileOption) && dialog.validationError().isEmpty())
        dialog.accept();
    else
        dialog.show();

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
