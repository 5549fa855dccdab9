#include "searchsyntax.h"

#include <QHash>

namespace {

// The manager's wildcard is `*`; matching is case-insensitive and whole-value, like the engine.
QRegularExpression wildcard(const QString &value)
{
    return QRegularExpression(
        QRegularExpression::wildcardToRegularExpression(value,
                                                        QRegularExpression::UnanchoredWildcardConversion)
            .prepend(QLatin1Char('^'))
            .append(QLatin1Char('$')),
        QRegularExpression::CaseInsensitiveOption);
}

} // namespace

SearchSyntax SearchSyntax::parse(const QString &text)
{
    SearchSyntax syntax;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
            continue;
        // Ordering and paging change nothing about which rows match.
        if (word.compare(QLatin1String("sortby"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String("page"), Qt::CaseInsensitive) == 0) {
            ++i;
            if (i + 1 < words.size()
                && (words.at(i + 1).compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0
                    || words.at(i + 1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0))
                ++i;
            continue;
        }
        Condition condition;
        const qsizetype notEqual = word.indexOf(QLatin1String("!="));
        const qsizetype equal = word.indexOf(QLatin1Char('='));
        if (notEqual > 0) {
            condition.field = word.left(notEqual).toLower();
            condition.negated = true;
            condition.pattern = wildcard(word.mid(notEqual + 2));
        } else if (equal > 0) {
            condition.field = word.left(equal).toLower();
            condition.pattern = wildcard(word.mid(equal + 1));
        } else {
            // A plain word filters as the quick filter always did: part of the name.
            condition.pattern = wildcard(QLatin1Char('*') + word + QLatin1Char('*'));
        }
        syntax.m_conditions.append(condition);
    }
    return syntax;
}

bool SearchSyntax::matches(const std::function<QString(const QString &field)> &value) const
{
    for (const Condition &condition : m_conditions) {
        const QString text = value(condition.field);
        if (text.isNull())
            continue;
        if (condition.pattern.match(text).hasMatch() == condition.negated)
            return false;
    }
    return true;
}

QStringList SearchSyntax::completions(const QString &text, const QStringList &fields,
                                      const QHash<QString, QStringList> &values)
{
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    const QString head = text.left(space + 1);
    const QString last = text.mid(space + 1);
    QStringList result;
    if (last.isEmpty()) {
        // After a finished condition the next word joins another one.
        if (!head.trimmed().isEmpty() && !head.trimmed().endsWith(QLatin1String(" and")))
            result.append(head + QStringLiteral("and "));
        return result;
    }
    const qsizetype equal = last.indexOf(QLatin1Char('='));
    if (equal < 0) {
        for (const QString &field : fields) {
            if (field.startsWith(last, Qt::CaseInsensitive))
                result.append(head + field + QLatin1Char('='));
        }
        return result;
    }
    const bool negated = equal > 0 && last.at(equal - 1) == QLatin1Char('!');
    const QString field = last.left(negated ? equal - 1 : equal).toLower();
    const QString typed = last.mid(equal + 1);
    for (const QString &value : values.value(field)) {
        if (value.startsWith(typed, Qt::CaseInsensitive) && value != typed)
            result.append(head + last.left(equal + 1) + value);
    }
    return result;
}
