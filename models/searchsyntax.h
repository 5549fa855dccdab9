#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

/// The part of the manager's search language a person types in the main window's search field
/// (`name=web*`, `status=up and name!=test*`, or plain words), read on the client side: to filter
/// already loaded rows at once while the same text goes to the server on Enter, and to complete
/// field names and values as the person types.
class SearchSyntax final
{
public:
    struct Condition
    {
        QString field;  ///< empty for a plain word (matched against the name)
        bool negated = false;
        QRegularExpression pattern;
    };

    /// Reads \a text; unknown fields are kept (the server judges them), sortby/page are skipped.
    static SearchSyntax parse(const QString &text);

    bool isEmpty() const { return m_conditions.isEmpty(); }
    const QList<Condition> &conditions() const { return m_conditions; }
    /// True when every condition holds; \a value gives a row's text for a field name ("" for a
    /// plain word: the name). Fields the row does not know (value returns a null string) pass.
    bool matches(const std::function<QString(const QString &field)> &value) const;

    /// Whole-text completions of \a text: its last word completed to one of \a fields
    /// (`st` → `status=`), or to one of \a values of that field (`status=u` → `status=up`),
    /// or `and` after a complete condition.
    static QStringList completions(const QString &text, const QStringList &fields,
                                   const QHash<QString, QStringList> &values);

private:
    QList<Condition> m_conditions;
};
