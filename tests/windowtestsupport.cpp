#include "windowtestsupport.h"

#include "diskdetailspane.h"
#include "mainwindow.h"
#include "vmlistmodel.h"

#include <QCoreApplication>
#include <QTableView>
#include <QTest>

namespace WindowTest {

namespace {

QTableView *selectVmRow(MainWindow *window, int column, int role, const QString &value)
{
    auto *vmTable = window->findChild<QTableView *>(QStringLiteral("vmTable"));
    if (!vmTable)
        return nullptr;
    QAbstractItemModel *model = vmTable->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data(role).toString() == value) {
            vmTable->selectRow(row);
            return vmTable;
        }
    }
    return nullptr;
}

} // namespace

std::unique_ptr<MainWindow> openMainWindow(Client *client, const QSize &size)
{
    auto window = std::make_unique<MainWindow>(client);
    window->resize(size);
    window->show();
    window->activateWindow();
    return window;
}

void waitUntilVmsLoaded(MainWindow *window, int timeoutMs)
{
    auto *vmTable = window->findChild<QTableView *>(QStringLiteral("vmTable"));
    QVERIFY(vmTable);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading() && vmTable->model()->rowCount() > 0, timeoutMs);
}

void waitUntilIdle(MainWindow *window, int timeoutMs)
{
    waitUntilVmsLoaded(window, timeoutMs);
    auto *details = window->findChild<DiskDetailsPane *>(QStringLiteral("diskDetailsPane"));
    QVERIFY(details);
    QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading(), timeoutMs);
    QCoreApplication::sendPostedEvents();
}

QTableView *selectVmByName(MainWindow *window, const QString &name)
{
    return selectVmRow(window, VmListModel::NameColumn, Qt::DisplayRole, name);
}

QTableView *selectVmById(MainWindow *window, const QString &id)
{
    return selectVmRow(window, 0, VmListModel::IdRole, id);
}

} // namespace WindowTest
