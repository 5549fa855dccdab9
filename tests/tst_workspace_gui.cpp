// The main window as a workspace (issue 8), driven through its widgets by objectName against a
// real diskdesk-lab: the navigation tree, back/forward, the Disks tab with a disk's related
// objects and chain, the search field (local filter, server search, completion, saved searches),
// the events pane, paged VM loading, and the empty and error states.
#include "client.h"
#include "clienttestsupport.h"
#include "diskchainplot.h"
#include "diskdetailspane.h"
#include "disklistmodel.h"
#include "eventlistmodel.h"
#include "eventspane.h"
#include "inventorytreemodel.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "savedsearches.h"
#include "storagecapacityplot.h"
#include "storagedomainlistmodel.h"
#include "vmlistloader.h"
#include "vmlistmodel.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QAbstractItemView>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

namespace {

constexpr int timeoutMs = 60000;

/// The lab's id of the VM named, or the disk with alias, \a name.
QString idOf(const QString &kind, const QString &name, Client &client)
{
    return kind == QLatin1String("vm") ? vmIdByName(client, name) : diskByAlias(client, name).id;
}

} // namespace

class TestWorkspaceGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void treeShowsInventory();
    void treeSelectsInTabs();
    void diskDetailsShowRelatedObjects();
    void relatedObjectNavigates();
    void backAndForward();
    void clusterScopesVmList();
    void localFilterAndCompletion();
    void serverSearch();
    void savedSearches();
    void eventsPaneFollowsAuditLog();
    void storageDomainDetails();
    void pagedVmLoading();
    void statusBarNamesTheConnection();
    void errorStates();

private:
    template <class T> T *child(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void waitUntilLoaded(MainWindow *window = nullptr);
    QModelIndex treeIndex(InventoryNode::Kind kind, const QString &id);
    QString selectedId(const char *table, int role);

    LabProcess m_lab;
    Client m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspaceGui::initTestCase()
{
    // Saved searches and layout go to a test location, never into the person's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace_gui"));
    QSettings().clear();

    LabProcess::Options options;
    options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    const QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = WindowTest::openMainWindow(&m_client);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    waitUntilLoaded();
}

void TestWorkspaceGui::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
}

void TestWorkspaceGui::waitUntilLoaded(MainWindow *window)
{
    window = window ? window : m_window.get();
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("inventoryTree"));
    QVERIFY(tree);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading() && tree->model()->rowCount() > 0, timeoutMs);
}

QModelIndex TestWorkspaceGui::treeIndex(InventoryNode::Kind kind, const QString &id)
{
    auto *tree = child<QTreeView>("inventoryTree");
    return static_cast<InventoryTreeModel *>(tree->model())->indexOf({kind, id});
}

QString TestWorkspaceGui::selectedId(const char *table, int role)
{
    auto *view = child<QTableView>(table);
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(role).toString();
}

void TestWorkspaceGui::treeShowsInventory()
{
    auto *tree = child<QTreeView>("inventoryTree");
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Data Centers"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Storage Domains"));
    const QModelIndex dc = model->index(0, 0, model->index(0, 0));
    QCOMPARE(dc.data().toString(), QStringLiteral("Default"));
    QVERIFY(tree->isExpanded(dc));
    const QModelIndex cluster = model->index(0, 0, dc);
    QCOMPARE(model->rowCount(cluster), 6); // the demo's six VMs
    const QModelIndex domains = model->index(1, 0);
    QStringList domainNames;
    for (int row = 0; row < model->rowCount(domains); ++row)
        domainNames.append(model->index(row, 0, domains).data().toString());
    QCOMPARE(domainNames, (QStringList{QStringLiteral("data-legacy"), QStringLiteral("data-main")}));
    const QString disk = idOf(QStringLiteral("disk"), QStringLiteral("web-01_Disk1"), m_client);
    QVERIFY(!disk.isEmpty());
    QCOMPARE(treeIndex(InventoryNode::Kind::Disk, disk).parent().data().toString(), QStringLiteral("data-main"));
}

void TestWorkspaceGui::treeSelectsInTabs()
{
    auto *tree = child<QTreeView>("inventoryTree");
    auto *tabs = child<QTabWidget>("mainTabs");
    const QString vm = idOf(QStringLiteral("vm"), QStringLiteral("db-01"), m_client);
    tree->setCurrentIndex(treeIndex(InventoryNode::Kind::Vm, vm));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("vmsPage"));
    QCOMPARE(selectedId("vmTable", VmListModel::IdRole), vm);
    // The VM's storage follows: its disks load into the Disks sub-tab.
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>("diskTable")->model()->rowCount() == 2, timeoutMs);

    const QString disk = idOf(QStringLiteral("disk"), QStringLiteral("db-01_Data"), m_client);
    tree->setCurrentIndex(treeIndex(InventoryNode::Kind::Disk, disk));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("allDisksPage"));
    QCOMPARE(selectedId("allDisksTable", DiskListModel::IdRole), disk);

    // And the other way: a table selection moves the tree along.
    auto *vmTable = child<QTableView>("vmTable");
    tabs->setCurrentWidget(child<QWidget>("vmsPage"));
    const QString web = idOf(QStringLiteral("vm"), QStringLiteral("web-02"), m_client);
    QCOMPARE(WindowTest::selectVmById(m_window.get(), web), vmTable);
    QCOMPARE(tree->currentIndex(), treeIndex(InventoryNode::Kind::Vm, web));
    QCOMPARE(m_window->currentNode(), (InventoryNode{InventoryNode::Kind::Vm, web}));
}

void TestWorkspaceGui::diskDetailsShowRelatedObjects()
{
    const QString disk = idOf(QStringLiteral("disk"), QStringLiteral("web-01_Disk1"), m_client);
    auto *details = m_window->findChild<DiskDetailsPane *>(QStringLiteral("diskDetailsPane"));
    QVERIFY(details);
    QSignalSpy loaded(details, &DiskDetailsPane::loaded);
    m_window->navigateTo({InventoryNode::Kind::Disk, disk});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeoutMs);
    QVERIFY(!details->isLoading());

    auto *related = child<QTreeWidget>("diskRelatedTree");
    QCOMPARE(related->topLevelItemCount(), 3);
    QTreeWidgetItem *domain = related->topLevelItem(0);
    QCOMPARE(domain->childCount(), 1);
    QCOMPARE(domain->child(0)->text(0), QStringLiteral("data-main"));
    QTreeWidgetItem *vms = related->topLevelItem(1);
    QCOMPARE(vms->childCount(), 1);
    QCOMPARE(vms->child(0)->text(0), QStringLiteral("web-01"));
    // "before upgrade", "nightly", then the active volume: oldest first.
    QTreeWidgetItem *chain = related->topLevelItem(2);
    QCOMPARE(chain->childCount(), 3);
    QCOMPARE(chain->child(0)->text(0), QStringLiteral("before upgrade"));
    QCOMPARE(chain->child(1)->text(0), QStringLiteral("nightly"));
    QCOMPARE(chain->child(2)->text(0), QStringLiteral("Active volume"));
    auto *plot = m_window->findChild<DiskChainPlot *>(QStringLiteral("diskChainPlot"));
    QVERIFY(plot);
    QCOMPARE(plot->volumeCount(), 3);
    QVERIFY(plot->labels().first().startsWith(QStringLiteral("before upgrade")));
    auto *properties = child<QLabel>("diskPropertiesLabel");
    QVERIFY(properties->text().contains(QStringLiteral("web-01_Disk1")));
    QVERIFY(properties->text().contains(QStringLiteral("20 GiB")));

    // The shared disk is used by two VMs.
    const QString shared = idOf(QStringLiteral("disk"), QStringLiteral("shared-data"), m_client);
    loaded.clear();
    m_window->navigateTo({InventoryNode::Kind::Disk, shared});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeoutMs);
    QStringList users;
    for (int i = 0; i < related->topLevelItem(1)->childCount(); ++i)
        users.append(related->topLevelItem(1)->child(i)->text(0));
    users.sort();
    QCOMPARE(users, (QStringList{QStringLiteral("web-01"), QStringLiteral("web-02")}));
}

void TestWorkspaceGui::relatedObjectNavigates()
{
    const QString disk = idOf(QStringLiteral("disk"), QStringLiteral("mail-01_Disk1"), m_client);
    auto *details = m_window->findChild<DiskDetailsPane *>(QStringLiteral("diskDetailsPane"));
    QSignalSpy loaded(details, &DiskDetailsPane::loaded);
    m_window->navigateTo({InventoryNode::Kind::Disk, disk});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeoutMs);
    auto *related = child<QTreeWidget>("diskRelatedTree");
    related->setFocus();
    related->setCurrentItem(related->topLevelItem(0)->child(0)); // data-legacy
    QTest::keyClick(related, Qt::Key_Return);
    QCOMPARE(child<QTabWidget>("mainTabs")->currentWidget()->objectName(), QStringLiteral("storageDomainsPage"));
    QCOMPARE(selectedId("storageDomainTable", Qt::DisplayRole),
             QStringLiteral("data-legacy"));

    // Back to the disk, then to its VM from the "Attached to" section.
    m_window->navigateTo({InventoryNode::Kind::Disk, disk});
    QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading() && related->topLevelItem(1)->childCount() == 1
                                 && related->topLevelItem(1)->child(0)->text(0) == QLatin1String("mail-01"), timeoutMs);
    related->setCurrentItem(related->topLevelItem(1)->child(0));
    QTest::keyClick(related, Qt::Key_Return);
    QCOMPARE(child<QTabWidget>("mainTabs")->currentWidget()->objectName(), QStringLiteral("vmsPage"));
    QCOMPARE(selectedId("vmTable", Qt::DisplayRole), QStringLiteral("mail-01"));
}

void TestWorkspaceGui::backAndForward()
{
    const QString vm = idOf(QStringLiteral("vm"), QStringLiteral("build-01"), m_client);
    const QString disk = idOf(QStringLiteral("disk"), QStringLiteral("build-01_Cache"), m_client);
    auto *back = child<QAction>("backAction");
    auto *forward = child<QAction>("forwardAction");
    QVERIFY(back && forward);
    QCOMPARE(back->shortcut(), QKeySequence(QKeySequence::Back));
    m_window->navigateTo({InventoryNode::Kind::Vm, vm});
    m_window->navigateTo({InventoryNode::Kind::Disk, disk});
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    // Alt+Left, as in a browser.
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentNode(), (InventoryNode{InventoryNode::Kind::Vm, vm}));
    QCOMPARE(selectedId("vmTable", VmListModel::IdRole), vm);
    QCOMPARE(child<QTabWidget>("mainTabs")->currentWidget()->objectName(), QStringLiteral("vmsPage"));
    QVERIFY(forward->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->currentNode(), (InventoryNode{InventoryNode::Kind::Disk, disk}));
    QCOMPARE(selectedId("allDisksTable", DiskListModel::IdRole), disk);
    QVERIFY(!forward->isEnabled());
    // Going back does not itself become a new step.
    back->trigger();
    back->trigger();
    QVERIFY(m_window->currentNode() != (InventoryNode{InventoryNode::Kind::Vm, vm}));
    forward->trigger();
    QCOMPARE(m_window->currentNode(), (InventoryNode{InventoryNode::Kind::Vm, vm}));
}

void TestWorkspaceGui::clusterScopesVmList()
{
    auto *tree = child<QTreeView>("inventoryTree");
    QAbstractItemModel *model = tree->model();
    const QModelIndex cluster = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    tree->setCurrentIndex(cluster);
    auto *scope = child<QLabel>("vmScopeLabel");
    QVERIFY(scope->isVisible());
    QVERIFY(scope->text().contains(cluster.data().toString()));
    QCOMPARE(child<QTableView>("vmTable")->model()->rowCount(), 6);
    // The data center: the same VMs; "Show all" ends the scope.
    tree->setCurrentIndex(cluster.parent());
    QVERIFY(scope->text().contains(QStringLiteral("Default")));
    emit scope->linkActivated(QStringLiteral("all"));
    QVERIFY(!scope->isVisible());
    QCOMPARE(child<QTableView>("vmTable")->model()->rowCount(), 6);
}

void TestWorkspaceGui::localFilterAndCompletion()
{
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("vmsPage"));
    auto *edit = child<QLineEdit>("searchEdit");
    auto *vmTable = child<QTableView>("vmTable");
    QCOMPARE(child<QLabel>("searchPrompt")->text(), QStringLiteral("Vms:"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("st"));
    auto *completionModel = qobject_cast<QAbstractItemModel *>(edit->completer()->model());
    QCOMPARE(completionModel->rowCount(), 1);
    QCOMPARE(completionModel->index(0, 0).data().toString(), QStringLiteral("status="));
    edit->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), timeoutMs);
    // Instant, before any Enter: only the loaded rows are filtered, nothing is asked.
    QTest::keyClicks(edit, QStringLiteral("name=web*"));
    QCOMPARE(vmTable->model()->rowCount(), 2);
    QVERIFY(!m_window->isLoading());
    QTest::keyClicks(edit, QStringLiteral(" and status=u"));
    QCOMPARE(completionModel->index(0, 0).data().toString(), QStringLiteral("name=web* and status=up"));
    QTest::keyClick(edit, Qt::Key_P);
    QCOMPARE(vmTable->model()->rowCount(), 2);

    // Each tab keeps its own search text.
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("allDisksPage"));
    QCOMPARE(child<QLabel>("searchPrompt")->text(), QStringLiteral("Disks:"));
    QVERIFY(edit->text().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("db"));
    QCOMPARE(child<QTableView>("allDisksTable")->model()->rowCount(), 2);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(child<QTableView>("allDisksTable")->model()->rowCount(), 12);
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("vmsPage"));
    QCOMPARE(edit->text(), QStringLiteral("name=web* and status=up"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(vmTable->model()->rowCount(), 6);
}

void TestWorkspaceGui::serverSearch()
{
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("vmsPage"));
    auto *edit = child<QLineEdit>("searchEdit");
    auto *vmTable = child<QTableView>("vmTable");
    auto *loader = m_window->findChild<VmListLoader *>();
    QVERIFY(loader);
    QSignalSpy finished(loader, &VmListLoader::finished);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("status=up"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && !m_window->isLoading(), timeoutMs);
    // The server answered with the running VMs only: the loaded rows themselves are fewer.
    auto *source = qobject_cast<QSortFilterProxyModel *>(vmTable->model())->sourceModel();
    QCOMPARE(source->rowCount(), 3);
    QCOMPARE(vmTable->model()->rowCount(), 3);

    // Nothing matches: a message and the way out, not a blank table.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("name=nothing-like-this*"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 && !m_window->isLoading(), timeoutMs);
    QCOMPARE(source->rowCount(), 0);
    auto *placeholder = child<QLabel>("vmPlaceholder");
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().contains(QStringLiteral("No virtual machine matches")), qPrintable(placeholder->text()));
    QVERIFY(placeholder->text().contains(QStringLiteral("Esc")));

    edit->completer()->popup()->hide(); // Esc would close the completion list first
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3 && !m_window->isLoading(), timeoutMs);
    QCOMPARE(source->rowCount(), 6);

    // Disks are searched on the server too.
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("allDisksPage"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("alias=web-01*"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *disks = child<QTableView>("allDisksTable");
    auto *diskSource = qobject_cast<QSortFilterProxyModel *>(disks->model())->sourceModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading() && diskSource->rowCount() == 2, timeoutMs);
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading() && diskSource->rowCount() == 12, timeoutMs);
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("vmsPage"));
}

void TestWorkspaceGui::savedSearches()
{
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("vmsPage"));
    auto *edit = child<QLineEdit>("searchEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("name=web*"));
    QVERIFY(child<QAction>("saveSearchAction"));
    // Saved as the Save… action does after its name dialog; the menu is rebuilt from settings.
    {
        QSettings settings;
        SavedSearches(&settings, QStringLiteral("profile:lab")).save(QStringLiteral("Web servers"), QStringLiteral("name=web*"));
    }
    m_window->setProfileName(QStringLiteral("lab"));
    auto *menu = child<QMenu>("savedSearchesMenu");
    QAction *saved = menu->findChild<QAction *>(QStringLiteral("savedSearch:Web servers"));
    QVERIFY(saved);
    QCOMPARE(saved->data().toString(), QStringLiteral("name=web*"));
    // Stored for this manager and user, read back by a new window.
    {
        MainWindow other(&m_client);
        other.setProfileName(QStringLiteral("lab"));
        auto *otherSaved = other.findChild<QMenu *>(QStringLiteral("savedSearchesMenu"))
                               ->findChild<QAction *>(QStringLiteral("savedSearch:Web servers"));
        QVERIFY(otherSaved);
        waitUntilLoaded(&other);
    }

    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), timeoutMs);
    auto *loader = m_window->findChild<VmListLoader *>();
    QSignalSpy finished(loader, &VmListLoader::finished);
    saved->trigger();
    QCOMPARE(edit->text(), QStringLiteral("name=web*"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && !m_window->isLoading(), timeoutMs);
    QCOMPARE(child<QTableView>("vmTable")->model()->rowCount(), 2);
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 && !m_window->isLoading(), timeoutMs);
}

void TestWorkspaceGui::eventsPaneFollowsAuditLog()
{
    EventsPane *pane = m_window->eventsPane();
    QVERIFY(pane);
    EventListModel *model = pane->model();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isPolling(), timeoutMs);
    auto *table = child<QTableView>("eventsTable");
    const qint64 before = model->lastId();
    const int rowsBefore = model->rowCount();

    // Something happens on the manager: a snapshot of build-01, which the audit log records.
    const QString vm = idOf(QStringLiteral("vm"), QStringLiteral("build-01"), m_client);
    const auto created = await<Snapshot>([&](QObject *c, auto done) {
        m_client.createSnapshot(CreateSnapshotRequest{vm, QStringLiteral("events pane test"), false, std::nullopt}, c, done);
    });
    QVERIFY2(created.ok(), why(created).constData());
    QSignalSpy polled(pane, &EventsPane::polled);
    pane->poll();
    QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT((pane->poll(), model->lastId() > before), timeoutMs);
    QVERIFY(model->rowCount() > rowsBefore);
    QVERIFY(model->index(0, EventListModel::MessageColumn).data().toString().contains(QStringLiteral("events pane test")));
    QVERIFY(table->isVisible());
    QVERIFY(!table->model()->index(0, EventListModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // Each event once, however often the log is read (the snapshot may still be adding events
    // meanwhile, so count distinct ids rather than rows).
    polled.clear();
    pane->poll();
    QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), timeoutMs);
    QSet<qint64> ids;
    for (const Event &event : model->events())
        ids.insert(event.id);
    QCOMPARE(ids.size(), model->rowCount());

    // Only errors: the demo has none, so the pane says so and how to see all.
    auto *severity = child<QComboBox>("eventSeverityCombo");
    severity->setCurrentIndex(severity->findData(int(EventSeverity::Error)));
    auto *placeholder = child<QLabel>("eventsPlaceholder");
    if (table->model()->rowCount() == 0) {
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("All events")));
    }
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, 0).data(EventListModel::SeverityRole).toInt() >= int(EventSeverity::Error));
    severity->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), model->rowCount());
    auto *filter = child<QLineEdit>("eventFilterEdit");
    filter->setText(QStringLiteral("events pane test"));
    QVERIFY(table->model()->rowCount() >= 1);
    filter->setText(QStringLiteral("no event says this"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("clear the filter")));
    filter->clear();
}

void TestWorkspaceGui::storageDomainDetails()
{
    m_window->refresh();
    waitUntilLoaded();
    auto *domains = child<QTableView>("storageDomainTable");
    m_window->navigateTo({InventoryNode::Kind::StorageDomain,
                          domains->model()->index(0, 0).data(StorageDomainListModel::IdRole).toString()});
    const QString name = selectedId("storageDomainTable", Qt::DisplayRole);
    auto *disks = child<QTableView>("domainDiskTable");
    // data-legacy holds db-01's two disks, build-01_Cache, legacy-app_Disk1 and mail-01_Disk1.
    QCOMPARE(name, QStringLiteral("data-legacy"));
    QCOMPARE(disks->model()->rowCount(), 5);
    auto *plot = m_window->findChild<StorageCapacityPlot *>(QStringLiteral("storageCapacityPlot"));
    QVERIFY(plot);
    QCOMPARE(plot->domainNames().size(), 2);
    QVERIFY(plot->domainNames().contains(QStringLiteral("data-main")));
    // A disk of the domain opens in the Disks tab.
    emit disks->activated(disks->model()->index(0, 0));
    QCOMPARE(child<QTabWidget>("mainTabs")->currentWidget()->objectName(), QStringLiteral("allDisksPage"));
    QCOMPARE(selectedId("allDisksTable", DiskListModel::IdRole), disks->model()->index(0, 0).data(DiskListModel::IdRole).toString());
}

void TestWorkspaceGui::pagedVmLoading()
{
    // A manager with more VMs than the first page: rows show page by page.
    LabProcess lab;
    LabProcess::Options options;
    options.extraArgs = {QStringLiteral("--populate"), QString::number(VmListLoader::FirstPageSize + 50)};
    QVERIFY2(lab.start(options, 180000), qPrintable(lab.errorString()));
    Client client;
    const QString error = loginTo(client, lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(&client);
    auto *loader = window.findChild<VmListLoader *>();
    QVERIFY(loader);
    QSignalSpy pages(loader, &VmListLoader::pageLoaded);
    auto *vmTable = window.findChild<QTableView *>(QStringLiteral("vmTable"));
    // The first rows reach the table while later pages are still being fetched.
    int firstRows = -1;
    bool loadingAtFirstRows = false;
    QAbstractItemModel *source = qobject_cast<QSortFilterProxyModel *>(vmTable->model())->sourceModel();
    connect(source, &QAbstractItemModel::rowsInserted, this, [&] {
        if (firstRows < 0) {
            firstRows = source->rowCount();
            loadingAtFirstRows = loader->isLoading();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
    QVERIFY(pages.size() >= 2);
    QVERIFY2(firstRows > 0 && firstRows <= VmListLoader::FirstPageSize, qPrintable(QString::number(firstRows)));
    QVERIFY(loadingAtFirstRows);
    QCOMPARE(vmTable->model()->rowCount(), VmListLoader::FirstPageSize + 50 + 6);
    // F5 keeps the selected VM.
    vmTable->selectRow(VmListLoader::FirstPageSize + 10);
    const QString selected = vmTable->selectionModel()->selectedRows().first().data(VmListModel::IdRole).toString();
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 120000);
    QCOMPARE(vmTable->selectionModel()->selectedRows().first().data(VmListModel::IdRole).toString(), selected);
}

void TestWorkspaceGui::statusBarNamesTheConnection()
{
    // Who is connected where, and to which manager, read apart from the window.
    auto *connection = child<QLabel>("connectionLabel");
    QVERIFY(connection && connection->isVisible());
    QCOMPARE(connection->text(), QStringLiteral("admin@internal at %1").arg(m_lab.apiUrl().toDisplayString()));
    const auto root = await<ApiRoot>([&](QObject *c, auto done) { m_client.apiRoot(c, done); });
    QVERIFY2(root.ok(), why(root).constData());
    QVERIFY(!root.value.productName.isEmpty() && !root.value.fullVersion.isEmpty());
    auto *version = child<QLabel>("versionLabel");
    QVERIFY(version && version->isVisible());
    QCOMPARE(version->text(), root.value.productName + QLatin1Char(' ') + root.value.fullVersion);
    // While all is well the connection state says nothing more.
    QVERIFY(!child<QWidget>("connectionStatus")->isVisible());
}

void TestWorkspaceGui::errorStates()
{
    // The manager goes away: every list says what failed and what to do, not a blank area.
    m_lab.stop();
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("allDisksPage"));
    auto *edit = child<QLineEdit>("searchEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("alias=none*"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), timeoutMs);
    auto *placeholder = child<QLabel>("allDisksPlaceholder");
    QTRY_VERIFY_WITH_TIMEOUT(placeholder->isVisible(), timeoutMs);
    QVERIFY2(placeholder->text().contains(QStringLiteral("Could not load the disks")), qPrintable(placeholder->text()));
    QVERIFY(placeholder->text().contains(QStringLiteral("Is the engine running")));
    QVERIFY(placeholder->text().contains(QStringLiteral("F5")));

    // The status bar says the connection is lost and offers to reconnect now.
    auto *state = child<QLabel>("connectionStateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("connectionStatus")->isVisible(), timeoutMs);
    QVERIFY2(state->text().startsWith(QStringLiteral("Connection lost; retrying")), qPrintable(state->text()));
    QVERIFY(child<QToolButton>("reconnectButton")->isVisible());

    // What was loaded stays (nothing is taken away while the manager is out of reach), and a line
    // above the tabs says it is not fresh, why, and how to try again.
    auto *banner = child<QWidget>("staleDataBanner");
    QVERIFY(banner->isVisible());
    const QString stale = child<QLabel>("staleDataText")->text();
    QVERIFY2(stale.startsWith(QStringLiteral("Could not refresh from the manager: Cannot reach the manager at")),
             qPrintable(stale));
    QVERIFY(stale.contains(QStringLiteral("what was last loaded")));
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("storageDomainsPage"));
    QVERIFY(child<QTableView>("storageDomainTable")->isVisible());
    QVERIFY(child<QTableView>("storageDomainTable")->model()->rowCount() > 0);
    child<QTabWidget>("mainTabs")->setCurrentWidget(child<QWidget>("vmsPage"));
    QVERIFY(child<QTableView>("vmTable")->model()->rowCount() > 0);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Could not")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Try Again while the manager is still away: the same line, nothing lost; F5 does the same.
    QTest::mouseClick(child<QToolButton>("staleDataRetryButton"), Qt::LeftButton);
    QVERIFY(m_window->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), timeoutMs);
    QVERIFY(banner->isVisible());
    QVERIFY(child<QTableView>("vmTable")->model()->rowCount() > 0);

    // The manager comes back (the same data, the same port): the window reconnects by itself,
    // reads everything again, and the line goes away.
    LabProcess revived;
    LabProcess::Options options;
    options.demo = false;
    options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
    options.dataDir = m_lab.dataDir();
    options.port = quint16(m_lab.apiUrl().port());
    QVERIFY2(revived.start(options), qPrintable(revived.errorString()));
    QTest::mouseClick(child<QToolButton>("reconnectButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>("connectionStatus")->isVisible() || child<QLabel>("connectionStateLabel")->text().startsWith(QStringLiteral("Connected")), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), timeoutMs);
    QVERIFY(child<QTableView>("vmTable")->model()->rowCount() > 0);
    m_window.reset();
    QCOMPARE(revived.stop(), 0);
}

QTEST_MAIN(TestWorkspaceGui)
#include "tst_workspace_gui.moc"
