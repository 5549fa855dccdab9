#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QSettings;
class QTableView;
class QWidget;

/// What every table of the main window offers: a column chooser on its header, CSV export of
/// the rows as shown, and column widths, order and visibility remembered in QSettings.
class TableTools final
{
    Q_DECLARE_TR_FUNCTIONS(TableTools)
public:
    TableTools() = delete;

    /// The main window's read-only list: whole rows selected one at a time, uniform row
    /// heights, columns sized to their contents when rows are replaced, \a stretchColumn taking
    /// the remaining width.
    static QTableView *createListTable(const QString &objectName, const QString &accessibleName,
                                       QAbstractItemModel *model, int stretchColumn,
                                       QWidget *parent);
    /// A checkable list of the columns on the header's context menu (the last visible column
    /// cannot be hidden).
    static void installColumnChooser(QTableView *table);
    /// The same choices as a menu, for the window's Columns… action.
    static void showColumnMenu(QTableView *table, const QPoint &globalPosition);
    /// The visible columns in the order they are shown.
    static QList<int> visibleColumns(const QTableView *table);
    static QByteArray csv(const QTableView *table);
    /// Writes csv() to \a path; the reason in \a error when it cannot.
    static bool writeCsv(const QTableView *table, const QString &path, QString *error);
    /// Asks for a file and exports; the outcome (or failure) is returned as a sentence.
    static QString exportWithDialog(QTableView *table, QWidget *parent);

    /// Every row as high as the first one the model gives. A view with rows sized to their
    /// contents asks each of 10,000 rows for its height on every layout (half a second on a
    /// whole VM list); one fixed height costs nothing.
    static void useUniformRowHeights(QTableView *table);

    /// A model reset (a refresh whose rows changed: a disk added or removed elsewhere) clears
    /// the view's selection; the row selected before is selected again by its \a idRole value
    /// if it is still in the list.
    static void keepSelectionAcrossResets(QTableView *table, int idRole);

    static void saveLayout(QSettings &settings, const QString &group, const QTableView *table);
    static void restoreLayout(QSettings &settings, const QString &group, QTableView *table);
};
