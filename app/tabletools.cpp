#include "tabletools.h"

#include "csvexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>

#include <memory>
#include <utility>

namespace {

QMenu *columnMenu(QTableView *table, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnChooserMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView *header = table->horizontalHeader();
    const QList<int> visible = TableTools::visibleColumns(table);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(table->model()->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1Action").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // One column always stays: a table without columns looks broken, not filtered.
        action->setEnabled(!(visible.size() == 1 && visible.first() == column));
        QObject::connect(action, &QAction::toggled, table, [header, column](bool on) {
            header->setSectionHidden(column, !on);
        });
    }
    return menu;
}

} // namespace

void TableTools::installColumnChooser(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    QObject::connect(header, &QWidget::customContextMenuRequested, table, [table, header](const QPoint &position) {
        showColumnMenu(table, header->mapToGlobal(position));
    });
}

void TableTools::showColumnMenu(QTableView *table, const QPoint &globalPosition)
{
    columnMenu(table, table)->popup(globalPosition);
}

QList<int> TableTools::visibleColumns(const QTableView *table)
{
    QList<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

QByteArray TableTools::csv(const QTableView *table)
{
    return CsvExport::toCsv(*table->model(), visibleColumns(table));
}

bool TableTools::writeCsv(const QTableView *table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(table)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString TableTools::exportWithDialog(QTableView *table, QWidget *parent)
{
    const QString suggested = QDir::home().filePath(table->accessibleName().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                                                    + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export to CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!writeCsv(table, path, &error))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error);
    return tr("%n rows exported to %1.", nullptr, table->model()->rowCount()).arg(QDir::toNativeSeparators(path));
}

void TableTools::keepSelectionAcrossResets(QTableView *table, int idRole)
{
    // Shared by the two handlers: the id is read before the reset, while the rows still exist.
    auto previous = std::make_shared<QString>();
    QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, table, [table, idRole, previous] {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        *previous = rows.isEmpty() ? QString() : rows.first().data(idRole).toString();
    });
    // Connected after the view's and the selection model's own handlers (made in setModel()),
    // so this runs once they have cleared the selection.
    QObject::connect(model, &QAbstractItemModel::modelReset, table, [table, idRole, previous] {
        const QString id = std::exchange(*previous, QString());
        if (id.isEmpty() || table->model()->rowCount() == 0)
            return;
        const QModelIndexList found = table->model()->match(table->model()->index(0, 0), idRole, id, 1,
                                                            Qt::MatchExactly);
        if (!found.isEmpty())
            table->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect
                                                                        | QItemSelectionModel::Rows);
    });
}

void TableTools::saveLayout(QSettings &settings, const QString &group, const QTableView *table)
{
    settings.setValue(group + QLatin1Char('/') + table->objectName(), table->horizontalHeader()->saveState());
}

void TableTools::restoreLayout(QSettings &settings, const QString &group, QTableView *table)
{
    const QByteArray state = settings.value(group + QLatin1Char('/') + table->objectName()).toByteArray();
    if (!state.isEmpty())
        table->horizontalHeader()->restoreState(state);
}

void TableTools::useUniformRowHeights(QTableView *table)
{
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    // The height is measured on a real row (its icons and font), once: lists loaded in slices
    // start empty.
    const auto measure = [table] {
        if (table->property("rowHeightMeasured").toBool() || table->model()->rowCount() == 0)
            return;
        table->setProperty("rowHeightMeasured", true);
        table->resizeRowToContents(0);
        table->verticalHeader()->setDefaultSectionSize(table->rowHeight(0));
    };
    QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, measure);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, measure);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, table, measure);
    measure();
}

// Read-only lists: whole rows, one at a time. Columns are sized to their contents whenever
// the rows are replaced (not on every in-place update, so a refresh does not make columns
// jump); `stretchColumn` takes the remaining width.
QTableView *TableTools::createListTable(const QString &objectName, const QString &accessibleName,
                                        QAbstractItemModel *model, int stretchColumn,
                                        QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    useUniformRowHeights(table);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    // Headers line up with their (left-aligned) text; the models right-align number headers.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // An explicit Stretch section: resizeColumnsToContents() on a visible view would size a
    // stretched last section to its contents and leave a blank band to its right.
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    const auto resize = [table, stretchColumn] {
        if (table->property("keepColumnWidths").toBool())
            return;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (column != stretchColumn)
                table->resizeColumnToContents(column);
        }
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, table, resize);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, table, resize);
    // Lists loaded in slices (VmListLoader) start empty: size the columns to the first rows too,
    // or long names and translated statuses ("Heruntergefahren") stay cut to the header's width.
    // Only the first slice, so that a long list does not re-measure on every insert.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table,
                     [resize](const QModelIndex &parent, int first) {
                         if (!parent.isValid() && first == 0)
                             resize();
                     });
    return table;
}
