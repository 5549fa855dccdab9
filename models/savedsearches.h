#pragma once

#include <QList>
#include <QString>

class QSettings;

/// Searches a person named and kept (the portal's bookmarks), in QSettings under
/// `savedSearches/<scope>` — the scope is the connection profile, so that each manager has its
/// own. Saving under an existing name replaces that search.
class SavedSearches final
{
public:
    struct Search
    {
        QString name;
        QString query;
        friend bool operator==(const Search &, const Search &) = default;
    };

    SavedSearches(QSettings *settings, const QString &scope);

    QList<Search> all() const;
    void save(const QString &name, const QString &query);
    void remove(const QString &name);

private:
    void write(const QList<Search> &searches);

    QSettings *m_settings;
    QString m_group;
};
