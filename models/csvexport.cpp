#include "csvexport.h"

#include <QAbstractItemModel>
#include <QString>

QByteArray CsvExport::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    const bool formula = !bytes.isEmpty() && QByteArrayView("=+-@").contains(bytes.at(0));
    if (formula)
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray CsvExport::toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray csv("\xEF\xBB\xBF");
    const auto line = [&](auto text) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                csv += ',';
            csv += field(text(columns.at(i)));
        }
        csv += "\r\n";
    };
    line([&](int column) { return model.headerData(column, Qt::Horizontal).toString(); });
    for (int row = 0; row < model.rowCount(); ++row)
        line([&](int column) { return model.index(row, column).data().toString(); });
    return csv;
}
