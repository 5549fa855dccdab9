#pragma once

#include "labdatabase.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

/// A small subset of the engine's search language, enough for what clients send:
/// `name=web*`, `status=up`, `alias!=foo`, joined with `and`; `sortby FIELD [asc|desc]`;
/// `page N` (paired with the max parameter). Matching is case-insensitive (the engine's default),
/// `*` is the wildcard.
class SearchQuery final
{
public:
    /// \a fields maps search keys to row columns, e.g. {"name" -> "name", "alias" -> "alias"}.
    static SearchQuery parse(const QString &text, const QHash<QString, QString> &fields);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Filters, sorts (by \a defaultSortColumn unless sortby says otherwise) and pages \a rows.
    /// \a max < 0 means no limit.
    QList<LabRow> apply(const QList<LabRow> &rows, const QString &defaultSortColumn, int max) const;

private:
    struct Condition
    {
        QString column;
        bool negated = false;
        QRegularExpression pattern;
    };

    QList<Condition> m_conditions;
    QString m_sortColumn;
    bool m_descending = false;
    int m_page = 0;
    QString m_error;
};
