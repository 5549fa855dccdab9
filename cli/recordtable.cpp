#include "recordtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString plainText(const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(' '));
    return value.toString();
}

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int:
        // Sizes fit a double exactly up to 2^53 bytes (8 PiB).
        return QJsonValue(value.toLongLong());
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    default:
        return value.toString();
    }
}

QByteArray csvField(const QString &text)
{
    // RFC 4180: quote when needed, double the quotes inside.
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

void RecordTable::addRow(QList<QVariant> values)
{
    values.resize(m_columns.size());
    m_rows.append(std::move(values));
}

QString RecordTable::humanSize(qint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString RecordTable::toTable() const
{
    QList<int> shown;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).inTable)
            shown << c;
    }
    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (int c : shown)
        widths << m_columns.at(c).header.size();
    for (const QList<QVariant> &row : m_rows) {
        QStringList line;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const Column &column = m_columns.at(shown.at(i));
            const QVariant &value = row.at(shown.at(i));
            QString text = !value.isValid() ? QStringLiteral("-")
                    : column.size           ? humanSize(value.toLongLong())
                    : value.typeId() == QMetaType::Bool ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                    : value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", "))
                                                               : value.toString();
            if (text.isEmpty())
                text = QStringLiteral("-");
            widths[i] = qMax(widths.at(i), text.size());
            line << text;
        }
        cells << line;
    }
    const auto format = [&](const QStringList &line) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const Column &column = m_columns.at(shown.at(i));
            const bool last = i == line.size() - 1;
            // Numbers right-aligned so that digits line up; the last column is not padded.
            const bool right = column.size;
            QString cell = right ? line.at(i).rightJustified(widths.at(i)) : last ? line.at(i) : line.at(i).leftJustified(widths.at(i));
            out += cell;
            if (!last)
                out += QStringLiteral("  ");
        }
        return out + QLatin1Char('\n');
    };
    QStringList headers;
    for (int c : shown)
        headers << m_columns.at(c).header;
    QString out = format(headers);
    for (const QStringList &line : std::as_const(cells))
        out += format(line);
    return out;
}

QByteArray RecordTable::toJson() const
{
    QJsonArray array;
    for (const QList<QVariant> &row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            object.insert(m_columns.at(c).key, jsonValue(row.at(c)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray RecordTable::toCsv() const
{
    QByteArray out;
    QStringList keys;
    for (const Column &column : m_columns)
        keys << column.key;
    for (qsizetype c = 0; c < keys.size(); ++c)
        out += (c ? "," : "") + csvField(keys.at(c));
    out += "\r\n";
    for (const QList<QVariant> &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            out += (c ? "," : "") + csvField(plainText(row.at(c)));
        out += "\r\n";
    }
    return out;
}
