// Models and proxies of the main window as a workspace (issue 8): navigation tree, history,
// all-disks list and its filter, events and their filter, the search language read locally,
// saved searches.
#include "csvexport.h"
#include "diskfilterproxymodel.h"
#include "disklistmodel.h"
#include "eventfilterproxymodel.h"
#include "eventlistmodel.h"
#include "inventorytreemodel.h"
#include "navigationhistory.h"
#include "savedsearches.h"
#include "searchsyntax.h"
#include "vmfilterproxymodel.h"
#include "vmlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

Vm makeVm(const QString &id, const QString &name, VmStatus status, const QString &clusterId = {})
{
    Vm vm;
    vm.id = id;
    vm.name = name;
    vm.status = status;
    vm.clusterId = clusterId;
    return vm;
}

Disk makeDisk(const QString &id, const QString &alias, QStringList domains, qint64 size,
              DiskStatus status = DiskStatus::Ok)
{
    Disk disk;
    disk.id = id;
    disk.alias = alias;
    disk.storageDomainIds = std::move(domains);
    disk.provisionedSize = size;
    disk.actualSize = size / 4;
    disk.format = DiskFormat::Cow;
    disk.status = status;
    return disk;
}

Event makeEvent(qint64 id, EventSeverity severity, const QString &text)
{
    Event event;
    event.id = id;
    event.severity = severity;
    event.description = text;
    event.code = int(id) + 100;
    return event;
}

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts.append(model.index(row, 0, parent).data().toString());
    return texts;
}

} // namespace

class TestWorkspaceModels : public QObject
{
    Q_OBJECT

private slots:
    void inventoryTree();
    void navigationHistory();
    void diskListAndFilter();
    void vmFilterSearchLanguage();
    void searchSyntax();
    void searchCompletions();
    void eventsNewestFirstOnce();
    void eventFilter();
    void savedSearches();
    void csvExport();
};

void TestWorkspaceModels::inventoryTree()
{
    InventoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DataCenter dc;
    dc.id = QStringLiteral("dc1");
    dc.name = QStringLiteral("Default");
    Cluster cluster;
    cluster.id = QStringLiteral("c1");
    cluster.name = QStringLiteral("Cluster1");
    cluster.dataCenterId = dc.id;
    StorageDomain data;
    data.id = QStringLiteral("sd1");
    data.name = QStringLiteral("data");
    model.setInventory({dc}, {cluster},
                       {makeVm(QStringLiteral("v2"), QStringLiteral("web02"), VmStatus::Up, cluster.id),
                        makeVm(QStringLiteral("v1"), QStringLiteral("db01"), VmStatus::Down, cluster.id),
                        makeVm(QStringLiteral("v3"), QStringLiteral("orphan"), VmStatus::Down, QStringLiteral("gone"))},
                       {data},
                       {makeDisk(QStringLiteral("d1"), QStringLiteral("web02_Disk1"), {data.id}, 10 * GiB),
                        makeDisk(QStringLiteral("d2"), QStringLiteral("lun"), {}, GiB)});

    QCOMPARE(childTexts(model, {}), (QStringList{QStringLiteral("Data Centers"), QStringLiteral("Storage Domains")}));
    const QModelIndex clusterIndex = model.indexOf({InventoryNode::Kind::Cluster, QStringLiteral("c1")});
    QVERIFY(clusterIndex.isValid());
    QCOMPARE(clusterIndex.parent(), model.indexOf({InventoryNode::Kind::DataCenter, QStringLiteral("dc1")}));
    // VMs by name under their cluster; a VM of an unknown cluster is still listed.
    QCOMPARE(childTexts(model, clusterIndex), (QStringList{QStringLiteral("db01"), QStringLiteral("web02")}));
    const QModelIndex orphan = model.indexOf({InventoryNode::Kind::Vm, QStringLiteral("v3")});
    QVERIFY(orphan.isValid());
    QCOMPARE(orphan.parent().data().toString(), QStringLiteral("Virtual machines of no known cluster"));

    const QModelIndex disk = model.indexOf({InventoryNode::Kind::Disk, QStringLiteral("d1")});
    QCOMPARE(disk.parent(), model.indexOf({InventoryNode::Kind::StorageDomain, QStringLiteral("sd1")}));
    const QModelIndex lun = model.indexOf({InventoryNode::Kind::Disk, QStringLiteral("d2")});
    QCOMPARE(lun.parent().data().toString(), QStringLiteral("Disks on no storage domain"));
    QCOMPARE(InventoryTreeModel::nodeAt(disk), (InventoryNode{InventoryNode::Kind::Disk, QStringLiteral("d1")}));
    QVERIFY(!InventoryTreeModel::nodeAt(model.index(0, 0)).isValid()); // a heading

    // A rebuild with fewer objects drops the old items.
    model.setInventory({dc}, {cluster}, {}, {}, {});
    QVERIFY(!model.indexOf({InventoryNode::Kind::Vm, QStringLiteral("v1")}).isValid());
    QCOMPARE(model.rowCount(model.indexOf({InventoryNode::Kind::Cluster, QStringLiteral("c1")})), 0);
}

void TestWorkspaceModels::navigationHistory()
{
    NavigationHistory history;
    QSignalSpy changed(&history, &NavigationHistory::changed);
    const InventoryNode a{InventoryNode::Kind::Vm, QStringLiteral("a")};
    const InventoryNode b{InventoryNode::Kind::Disk, QStringLiteral("b")};
    const InventoryNode c{InventoryNode::Kind::StorageDomain, QStringLiteral("c")};
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.back().isValid());
    history.visit(a);
    history.visit(a); // the same place again is no new step
    history.visit(b);
    QCOMPARE(history.places().size(), 2);
    QCOMPARE(changed.count(), 2);
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.back(), a);
    QVERIFY(history.canGoForward());
    QCOMPARE(history.forward(), b);
    QCOMPARE(history.back(), a);
    // A new place after going back drops what was ahead.
    history.visit(c);
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.places(), (QList<InventoryNode>{a, c}));
    QVERIFY(!history.forward().isValid());
    QCOMPARE(history.current(), c);
    history.visit({InventoryNode::Kind::Group, QString()}); // headings are not places
    QCOMPARE(history.current(), c);

    for (int i = 0; i < NavigationHistory::MaxLength + 10; ++i)
        history.visit({InventoryNode::Kind::Vm, QString::number(i)});
    QCOMPARE(history.places().size(), NavigationHistory::MaxLength);
    QCOMPARE(history.current().id, QString::number(NavigationHistory::MaxLength + 9));
}

void TestWorkspaceModels::diskListAndFilter()
{
    DiskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Disk> disks{makeDisk(QStringLiteral("1"), QStringLiteral("web_Disk1"), {QStringLiteral("sd1")}, 20 * GiB),
                      makeDisk(QStringLiteral("2"), QStringLiteral("db_Disk1"), {QStringLiteral("sd2")}, 5 * GiB, DiskStatus::Locked),
                      makeDisk(QStringLiteral("3"), QStringLiteral("web_Disk2"), {QStringLiteral("sd2")}, GiB)};
    model.setDisks(disks);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, DiskListModel::ProvisionedSizeColumn).data().toString(), QStringLiteral("20 GiB"));
    QCOMPARE(model.index(0, DiskListModel::StorageDomainColumn).data().toString(), QStringLiteral("sd1"));
    model.setStorageDomainNames({{QStringLiteral("sd1"), QStringLiteral("data1")}});
    QCOMPARE(model.index(0, DiskListModel::StorageDomainColumn).data().toString(), QStringLiteral("data1"));
    QCOMPARE(model.rowOf(QStringLiteral("3")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("x")), -1);
    // The compat level shows for qcow2 disks only.
    QCOMPARE(model.index(0, DiskListModel::QcowCompatColumn).data().toString(), QString());
    disks[0].qcowVersion = QcowVersion::Qcow2V2;
    model.setDisks(disks);
    QCOMPARE(model.index(0, DiskListModel::QcowCompatColumn).data().toString(), QStringLiteral("0.10"));
    disks[0].qcowVersion.reset();
    model.setDisks(disks);

    // Same ids: one row changes in place, no reset.
    changed.clear();
    disks[1].status = DiskStatus::Ok;
    model.setDisks(disks);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);

    proxy.setSearchFilter(QStringLiteral("WEB"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchFilter(QStringLiteral("alias=web* and status=ok"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStorageDomainId(QStringLiteral("sd2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("web_Disk2"));
    proxy.setSearchFilter(QString());
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStorageDomainId(QString());
    proxy.sort(DiskListModel::ProvisionedSizeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("web_Disk2"));
}

void TestWorkspaceModels::vmFilterSearchLanguage()
{
    VmListModel model;
    VmFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVms({makeVm(QStringLiteral("1"), QStringLiteral("web01"), VmStatus::Up),
                  makeVm(QStringLiteral("2"), QStringLiteral("web02"), VmStatus::Down),
                  makeVm(QStringLiteral("3"), QStringLiteral("db01"), VmStatus::Up)});
    proxy.setNameFilter(QStringLiteral("name=web*"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setNameFilter(QStringLiteral("status=up"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setNameFilter(QStringLiteral("name=web* and status=up"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, VmListModel::NameColumn).data().toString(), QStringLiteral("web01"));
    proxy.setNameFilter(QStringLiteral("status!=up"));
    QCOMPARE(proxy.rowCount(), 1);
    // A whole-value match, as the engine does: "web" alone is no name.
    proxy.setNameFilter(QStringLiteral("name=web"));
    QCOMPARE(proxy.rowCount(), 0);
    // Fields only the server knows do not hide rows the client cannot judge.
    proxy.setNameFilter(QStringLiteral("host=h1 sortby name desc"));
    QCOMPARE(proxy.rowCount(), 3);

    // A cluster chosen in the tree narrows the list further.
    model.setVms({makeVm(QStringLiteral("1"), QStringLiteral("web01"), VmStatus::Up, QStringLiteral("c1")),
                  makeVm(QStringLiteral("2"), QStringLiteral("web02"), VmStatus::Down, QStringLiteral("c2"))});
    proxy.setNameFilter(QString());
    proxy.setClusterIds({QStringLiteral("c2")});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, VmListModel::NameColumn).data().toString(), QStringLiteral("web02"));
    proxy.setNameFilter(QStringLiteral("status=up"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setClusterIds({});
    QCOMPARE(proxy.rowCount(), 1);
}

void TestWorkspaceModels::searchSyntax()
{
    const SearchSyntax syntax = SearchSyntax::parse(QStringLiteral("  name=Web*  AND status!=down sortby name desc page 2"));
    QCOMPARE(syntax.conditions().size(), 2);
    QCOMPARE(syntax.conditions().at(0).field, QStringLiteral("name"));
    QVERIFY(syntax.conditions().at(1).negated);
    QHash<QString, QString> row{{QStringLiteral("name"), QStringLiteral("web01")},
                                {QStringLiteral("status"), QStringLiteral("up")}};
    const auto value = [&row](const QString &field) { return row.value(field); };
    QVERIFY(syntax.matches(value));
    row[QStringLiteral("status")] = QStringLiteral("down");
    QVERIFY(!syntax.matches(value));
    QVERIFY(SearchSyntax::parse(QStringLiteral("  ")).isEmpty());
}

void TestWorkspaceModels::searchCompletions()
{
    const QStringList fields = VmFilterProxyModel::searchFields();
    const QHash<QString, QStringList> values{{QStringLiteral("status"), {QStringLiteral("up"), QStringLiteral("down")}}};
    QCOMPARE(SearchSyntax::completions(QStringLiteral("st"), fields, values), QStringList{QStringLiteral("status=")});
    QCOMPARE(SearchSyntax::completions(QStringLiteral("name=web* and n"), fields, values),
             QStringList{QStringLiteral("name=web* and name=")});
    QCOMPARE(SearchSyntax::completions(QStringLiteral("status=d"), fields, values), QStringList{QStringLiteral("status=down")});
    QCOMPARE(SearchSyntax::completions(QStringLiteral("status!="), fields, values),
             (QStringList{QStringLiteral("status!=up"), QStringLiteral("status!=down")}));
    QCOMPARE(SearchSyntax::completions(QStringLiteral("status=up "), fields, values), QStringList{QStringLiteral("status=up and ")});
    QVERIFY(SearchSyntax::completions(QStringLiteral("zz"), fields, values).isEmpty());
}

void TestWorkspaceModels::eventsNewestFirstOnce()
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents({makeEvent(2, EventSeverity::Normal, QStringLiteral("two")),
                     makeEvent(1, EventSeverity::Warning, QStringLiteral("one"))});
    QCOMPARE(model.lastId(), 2);
    // A poll from the last id may repeat an event; it is shown once.
    model.addEvents({makeEvent(2, EventSeverity::Normal, QStringLiteral("two")),
                     makeEvent(3, EventSeverity::Error, QStringLiteral("three"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, EventListModel::MessageColumn).data().toString(), QStringLiteral("three"));
    QCOMPARE(model.index(2, EventListModel::MessageColumn).data().toString(), QStringLiteral("one"));
    QCOMPARE(model.index(0, EventListModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QVERIFY(!model.index(0, EventListModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.lastId(), 3);

    QList<Event> many;
    for (qint64 id = 10; id < 10 + EventListModel::MaxEvents; ++id)
        many.append(makeEvent(id, EventSeverity::Normal, QString::number(id)));
    model.addEvents(many);
    QCOMPARE(model.rowCount(), EventListModel::MaxEvents);
    // The oldest went, the newest stayed on top.
    QCOMPARE(model.index(0, EventListModel::MessageColumn).data().toString(), QString::number(9 + EventListModel::MaxEvents));
    model.clear();
    QCOMPARE(model.lastId(), 0);
}

void TestWorkspaceModels::eventFilter()
{
    EventListModel model;
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents({makeEvent(1, EventSeverity::Normal, QStringLiteral("Snapshot created")),
                     makeEvent(2, EventSeverity::Warning, QStringLiteral("Low disk space")),
                     makeEvent(3, EventSeverity::Error, QStringLiteral("Snapshot failed")),
                     makeEvent(4, EventSeverity::Unknown, QStringLiteral("odd"))});
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setMinimumSeverity(int(EventSeverity::Warning));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setMinimumSeverity(int(EventSeverity::Error));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setMinimumSeverity(0);
    proxy.setTextFilter(QStringLiteral("snapshot"));
    QCOMPARE(proxy.rowCount(), 2);
    // New events pass through the filter as they arrive.
    model.addEvents({makeEvent(5, EventSeverity::Normal, QStringLiteral("Snapshot deleted"))});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestWorkspaceModels::savedSearches()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        SavedSearches lab(&settings, QStringLiteral("lab/one"));
        lab.save(QStringLiteral("Running web"), QStringLiteral("name=web* and status=up"));
        lab.save(QStringLiteral("Down"), QStringLiteral("status=down"));
        lab.save(QStringLiteral("Running web"), QStringLiteral("name=web*"));
        lab.save(QStringLiteral("  "), QStringLiteral("ignored"));
        SavedSearches other(&settings, QStringLiteral("production"));
        QVERIFY(other.all().isEmpty());
    }
    QSettings settings(path, QSettings::IniFormat);
    SavedSearches lab(&settings, QStringLiteral("lab/one"));
    QCOMPARE(lab.all(), (QList<SavedSearches::Search>{{QStringLiteral("Running web"), QStringLiteral("name=web*")},
                                                      {QStringLiteral("Down"), QStringLiteral("status=down")}}));
    lab.remove(QStringLiteral("Running web"));
    QCOMPARE(lab.all().size(), 1);
}

void TestWorkspaceModels::csvExport()
{
    DiskListModel model;
    Disk odd = makeDisk(QStringLiteral("2"), QStringLiteral("say \"hi\", then"), {}, GiB);
    odd.description = QStringLiteral("=SUM(A1)");
    model.setDisks({makeDisk(QStringLiteral("1"), QStringLiteral("données"), {}, 20 * GiB), odd});
    DiskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DiskListModel::AliasColumn, Qt::AscendingOrder);
    const QByteArray csv = CsvExport::toCsv(proxy, {DiskListModel::AliasColumn, DiskListModel::ProvisionedSizeColumn,
                                                    DiskListModel::DescriptionColumn});
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "Alias,Virtual Size,Description\r\n"
        + QStringLiteral("données").toUtf8() + ",20 GiB,\r\n"
        "\"say \"\"hi\"\", then\",1 GiB,'=SUM(A1)\r\n";
    QCOMPARE(csv, expected);
    // The rows as shown: a filter leaves the others out.
    proxy.setSearchFilter(QStringLiteral("say"));
    QCOMPARE(CsvExport::toCsv(proxy, {DiskListModel::AliasColumn}).count("\r\n"), 2);
}

QTEST_MAIN(TestWorkspaceModels)
#include "tst_workspacemodels.moc"
