#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

const char settingsKey[] = "ui/language";

// Installed by the last install(); owned by the application object.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

} // namespace

QList<UiLanguage::Choice> UiLanguage::available()
{
    // Not translated on purpose: each language by its own name.
    return {
        {QString(), QString()},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

QString UiLanguage::stored()
{
    const QString code = QSettings().value(QLatin1String(settingsKey)).toString();
    for (const Choice &choice : available()) {
        if (choice.code == code)
            return code;
    }
    return QString(); // unknown (a newer version's language): the system's
}

void UiLanguage::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), code);
}

QLocale UiLanguage::locale(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(code);
}

bool UiLanguage::install(const QLocale &locale, const QString &directory)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    QLocale::setDefault(locale);

    // Qt's own texts; missing for some languages (and not needed for English).
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    auto *ours = new QTranslator(QCoreApplication::instance());
    const bool found = ours->load(locale, QStringLiteral("diskdesk"), QStringLiteral("_"), directory);
    // No translation for this language: the texts stay English, and English needs its file too
    // (the plural forms of "%n disk(s)").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if ((!found && !ours->load(QStringLiteral("diskdesk_en"), directory)) || ours->isEmpty()) {
        delete ours;
        return english;
    }
    QCoreApplication::installTranslator(ours);
    installed().append(ours);
    return found || english;
}
