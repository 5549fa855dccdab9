#include "client.h"
#include "connectiondialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
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
    parser.addOptions({urlOption, userOption, passwordFileOption});
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

    Client client;
    QPointer<MainWindow> window;

    ConnectionDialog dialog;
    if (parser.isSet(urlOption))
        dialog.setUrl(parser.value(urlOption));
    if (parser.isSet(userOption))
        dialog.setUser(parser.value(userOption));
    dialog.setPassword(password);

    // The dialog stays open until the engine accepted the credentials; a refusal is shown
    // in it with the engine's words.
    QObject::connect(&dialog, &ConnectionDialog::loginRequested, &dialog,
                     [&](const QUrl &apiUrl, const QString &user, const QString &secret) {
                         client.setApiUrl(apiUrl);
                         client.login(user, secret, &dialog, [&](Result<ApiRoot> result) {
                             if (!result.ok()) {
                                 dialog.setError(result.error->text());
                                 if (!dialog.isVisible())
                                     dialog.show();
                                 return;
                             }
                             dialog.loginSucceeded();
                             window = new MainWindow(&client);
                             window->setAttribute(Qt::WA_DeleteOnClose);
                             window->resize(1280, 800);
                             window->show();
                         });
                     });
    QObject::connect(&dialog, &QDialog::rejected, &app, &QApplication::quit);

    // With an address and a password at hand, log in straight away; the dialog only shows
    // up if that fails.
    const bool direct = parser.isSet(urlOption) && parser.isSet(passwordFileOption);
    if (direct && dialog.validationError().isEmpty())
        dialog.accept();
    else
        dialog.show();

    return app.exec();
}
