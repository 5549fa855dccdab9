#include "savedsearches.h"

#include <QSettings>

SavedSearches::SavedSearches(QSettings *settings, const QString &scope)
    : m_settings(settings)
    // Keys may not hold slashes; a profile name might.
    , m_group(QStringLiteral("savedSearches/") + QString(scope).replace(QLatin1Char('/'), QLatin1Char('_')))
{
}

QList<SavedSearches::Search> SavedSearches::all() const
{
    QList<Search> searches;
    const int count = m_settings->beginReadArray(m_group);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const Search search{m_settings->value(QStringLiteral("name")).toString(),
                            m_settings->value(QStringLiteral("query")).toString()};
        if (!search.name.isEmpty())
            searches.append(search);
    }
    m_settings->endArray();
    return searches;
}

void SavedSearches::save(const QString &name, const QString &query)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QList<Search> searches = all();
    bool replaced = false;
    for (Search &search : searches) {
        if (search.name == trimmed) {
            search.query = query;
            replaced = true;
        }
    }
    if (!replaced)
        searches.append({trimmed, query});
    write(searches);
}

void SavedSearches::remove(const QString &name)
{
    QList<Search> searches = all();
    searches.removeIf([&](const Search &search) { return search.name == name; });
    write(searches);
}

void SavedSearches::write(const QList<Search> &searches)
{
    m_settings->remove(m_group);
    m_settings->beginWriteArray(m_group, int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), searches.at(i).name);
        m_settings->setValue(QStringLiteral("query"), searches.at(i).query);
    }
    m_settings->endArray();
    m_settings->sync();
}
