#pragma once

#include <QList>
#include <QLocale>
#include <QString>

/// The language of DiskDesk's texts: the system's, or one chosen in Preferences. The choice is
/// stored in QSettings and applied when the program starts (texts already on screen are not
/// re-translated, so a change takes effect at the next start).
class UiLanguage final
{
public:
    struct Choice
    {
        QString code; ///< "de", "ja", "en"; empty for the system's language
        QString name; ///< the language's own name ("Deutsch"), empty for the system's
    };

    /// English and the languages DiskDesk has a translation for, each by its own name, so that a
    /// person can find theirs whatever language the program is in now.
    static QList<Choice> available();

    /// The stored choice: a code from available(), or empty (follow the system).
    static QString stored();
    static void store(const QString &code);

    /// The locale for a choice: the system's for an empty code.
    static QLocale locale(const QString &code);

    /// Makes \a locale the program's: the default QLocale (numbers, sizes, dates) and the
    /// translators, Qt's own (qtbase: dialog buttons, context menus) and DiskDesk's from
    /// \a directory (":/i18n" in the program). Translators installed by an earlier call are
    /// removed first. True when DiskDesk's translation was loaded or none is needed (English).
    static bool install(const QLocale &locale, const QString &directory = QStringLiteral(":/i18n"));
};
