#include "searchquery.h"

#include <algorithm>

SearchQuery SearchQuery::parse(const QString &text, const QHash<QString, QString> &fields)
{
    SearchQuery query;
    QString rest = text.trimmed();
    // The engine accepts an optional "Vms:" style prefix naming the entity.
    static const QRegularExpression prefix(QStringLiteral("^\\w+\\s*:\\s*"));
    if (!rest.contains(QLatin1Char('=')) || rest.indexOf(QLatin1Char(':')) < rest.indexOf(QLatin1Char('=')))
        rest.remove(prefix);

    static const QRegularExpression token(
        QStringLiteral("\\G\\s*(?:(page)\\s+(\\d+)|(sortby)\\s+([\\w.]+)(?:\\s+(asc|desc))?|(and)\\b|(or)\\b"
                       "|([\\w.]+)\\s*(!=|=)\\s*(\"[^\"]*\"|[^\\s\"]+))\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype position = 0;
    while (position < rest.size()) {
        const QRegularExpressionMatch match = token.match(rest, position);
        if (!match.hasMatch() || match.capturedLength() == 0) {
            query.m_error = QStringLiteral("cannot parse search query at '%1'").arg(rest.mid(position));
            return query;
        }
        position = match.capturedEnd();
        if (!match.captured(1).isEmpty()) {
            query.m_page = match.captured(2).toInt();
        } else if (!match.captured(3).isEmpty()) {
            query.m_sortColumn = fields.value(match.captured(4).toLower());
            if (query.m_sortColumn.isEmpty()) {
                query.m_error = QStringLiteral("unsupported sort field '%1'").arg(match.captured(4));
                return query;
            }
            query.m_descending = match.captured(5).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
        } else if (!match.captured(6).isEmpty()) {
            continue;
        } else if (!match.captured(7).isEmpty()) {
            query.m_error = QStringLiteral("'or' is not supported by diskdesk-lab search");
            return query;
        } else {
            const QString key = match.captured(8).toLower();
            const QString column = fields.value(key);
            if (column.isEmpty()) {
                query.m_error = QStringLiteral("unsupported search field '%1'").arg(match.captured(8));
                return query;
            }
            QString value = match.captured(10);
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            Condition condition;
            condition.column = column;
            condition.negated = match.captured(9) == QLatin1String("!=");
            // Only '*' is a wildcard in the engine's language; everything else is literal.
            QString pattern = QRegularExpression::escape(value);
            pattern.replace(QLatin1String("\\*"), QLatin1String(".*"));
            condition.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                   QRegularExpression::CaseInsensitiveOption);
            query.m_conditions.append(condition);
        }
    }
    return query;
}

bool SearchQuery::matches(const LabRow &row) const
{
    return std::all_of(m_conditions.cbegin(), m_conditions.cend(), [&row](const Condition &condition) {
        return condition.pattern.match(row.value(condition.column).toString()).hasMatch() != condition.negated;
    });
}

QList<LabRow> SearchQuery::apply(const QList<LabRow> &rows, const QString &defaultSortColumn, int max) const
{
    QList<LabRow> result;
    for (const LabRow &row : rows) {
        const bool matches = std::all_of(m_conditions.cbegin(), m_conditions.cend(), [&row](const Condition &condition) {
            return condition.pattern.match(row.value(condition.column).toString()).hasMatch() != condition.negated;
        });
        if (matches)
            result.append(row);
    }
    const QString sortColumn = m_sortColumn.isEmpty() ? defaultSortColumn : m_sortColumn;
    std::stable_sort(result.begin(), result.end(), [&](const LabRow &a, const LabRow &b) {
        const int order = a.value(sortColumn).toString().compare(b.value(sortColumn).toString(), Qt::CaseInsensitive);
        return m_descending ? order > 0 : order < 0;
    });
    if (max >= 0) {
        const qsizetype offset = m_page > 1 ? qsizetype(m_page - 1) * max : 0;
        result = result.mid(offset, max);
    }
    return result;
}
