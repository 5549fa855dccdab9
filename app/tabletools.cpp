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
