#pragma once

#include <QByteArray>
#include <QList>

class QAbstractItemModel;

/// Any table of the main window as CSV (RFC 4180: comma, CRLF, quotes doubled), as the person
/// sees it: the given columns in the given order, header line first, the display texts of the
/// rows in the model's (sorted, filtered) order. UTF-8 with a byte order mark, so that
/// spreadsheet programs read names with accents right.
class CsvExport final
{
public:
    CsvExport() = delete;

    static QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
    /// One field, quoted when it holds a comma, quote or line break.
    static QByteArray field(const QString &text);
};
