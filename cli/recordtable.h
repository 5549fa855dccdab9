#pragma once

#include <QList>
#include <QString>
#include <QVariant>

/// Rows of named fields, printed as an aligned text table (for people) or as JSON or CSV with
/// every field (for scripts).
///
/// A field value is a QString, a qint64, a bool, a QStringList, or an invalid QVariant for a
/// field the manager did not send (JSON null, empty in CSV, "-" in the table).
class RecordTable final
{
public:
    struct Column
    {
        QString key;     ///< the wire-like name, e.g. `provisioned_size` (JSON key, CSV header)
        QString header;  ///< the table heading
        bool inTable = true;
        bool size = false; ///< bytes: the table shows GiB/MiB, JSON and CSV the exact number
    };

    explicit RecordTable(QList<Column> columns) : m_columns(std::move(columns)) { }

    void addRow(QList<QVariant> values);
    qsizetype rowCount() const { return m_rows.size(); }
    const QList<Column> &columns() const { return m_columns; }
    const QList<QList<QVariant>> &rows() const { return m_rows; }

    QString toTable() const;
    QByteArray toJson() const;
    QByteArray toCsv() const;

    /// "20.0 GiB", "512.0 MiB", "0 B".
    static QString humanSize(qint64 bytes);

private:
    QList<Column> m_columns;
    QList<QList<QVariant>> m_rows;
};
