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

    // The same, for callers that stream rows from SQL in order instead of filtering a list:
    /// Whether \a row passes every condition.
    bool matches(const LabRow &row) const;
    /// The column to sort by (one of the \a fields values given to parse()).
    QString sortColumn(const QString &defaultSortColumn) const { return m_sortColumn.isEmpty() ? defaultSortColumn : m_sortColumn; }
    bool isDescending() const { return m_descending; }
    bool hasConditions() const { return !m_conditions.isEmpty(); }
    /// How many matching rows `page N` skips with \a max rows per page.
    qsizetype offset(int max) const { return max >= 0 && m_page > 1 ? qsizetype(m_page - 1) * max : 0; }

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
