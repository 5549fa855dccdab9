// VmListLoader against a populated diskdesk-lab (issue 10): pages in flight two at a time, taken
// in order, appended in slices; the model ends with exactly the manager's list, in its order.

#include "client.h"
#include "clienttestsupport.h"
#include "labprocess.h"
#include "vmlistloader.h"
#include "vmlistmodel.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestE2eVmListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstLoadAppendsEveryPageInOrder();
    void reloadUpdatesInPlace();
    void searchReplacesTheRows();
    void newerLoadWins();

private:
    QStringList serverNames(const QString &search = {});
    static QStringList modelNames(const VmListModel &model);

    // 1100 VMs: pages of 250, 250, 500 and a last one of 100 rows out of 1000.
    static constexpr int VmCount = 1100;
    LabProcess m_lab;
    Client m_client;
};

void TestE2eVmListLoader::initTestCase()
{
    LabProcess::Options options;
    options.demo = false;
    options.extraArgs = {QStringLiteral("--populate"), QString::number(VmCount)};
    QVERIFY2(m_lab.start(options, 300000), qPrintable(m_lab.errorString()));
    m_client.setApiUrl(m_lab.apiUrl());
    const auto root = await<ApiRoot>([&](QObject *ctx, auto done) { m_client.login(QStringLiteral("admin@internal"), m_lab.password(), ctx, done); });
    QVERIFY2(root.ok(), why(root).constData());
}

QStringList TestE2eVmListLoader::serverNames(const QString &search)
{
    const auto vms = await<QList<Vm>>([&](QObject *ctx, auto done) { m_client.vms(search, ctx, done); }, 120000);
    QStringList names;
    for (const Vm &vm : vms.value)
        names << vm.name;
    return names;
}

QStringList TestE2eVmListLoader::modelNames(const VmListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, VmListModel::NameColumn).data().toString();
    return names;
}

void TestE2eVmListLoader::firstLoadAppendsEveryPageInOrder()
{
    VmListModel model;
    VmListLoader loader(&m_client, &model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(&loader, &VmListLoader::pageLoaded);
    QSignalSpy finished(&loader, &VmListLoader::finished);
    QSignalSpy failed(&loader, &VmListLoader::failed);
    // How far the load was when the first rows reached the model: slices are sized by time, so
    // how many inserts there are depends on the machine, but the first rows must not wait for
    // the whole list.
    int rowsAtFirstInsert = -1;
    qsizetype pagesAtFirstInsert = -1;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
        if (rowsAtFirstInsert < 0) {
            rowsAtFirstInsert = model.rowCount();
            pagesAtFirstInsert = pages.size();
        }
    });
    loader.load();
    QVERIFY(loader.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isLoading());
    QCOMPARE(model.rowCount(), VmCount);
    QCOMPARE(loader.loadedCount(), VmCount);
    QCOMPARE(pages.size(), 4);
    QCOMPARE(pages.last().first().toInt(), VmCount);
    QVERIFY2(inserted.size() >= 2 && rowsAtFirstInsert > 0 && rowsAtFirstInsert < VmCount
                 && pagesAtFirstInsert < pages.size(),
             qPrintable(QStringLiteral("rows arrive page by page, not at the end: first insert of %1 rows "
                                       "after %2 of %3 pages, %4 inserts")
                            .arg(rowsAtFirstInsert).arg(pagesAtFirstInsert).arg(pages.size()).arg(inserted.size())));
    const QStringList names = modelNames(model);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), VmCount);
    QCOMPARE(names, serverNames());
    // Late replies of pages past the end change nothing.
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), VmCount);
    QCOMPARE(finished.size(), 1);
}

void TestE2eVmListLoader::reloadUpdatesInPlace()
{
    VmListModel model;
    VmListLoader loader(&m_client, &model);
    QSignalSpy finished(&loader, &VmListLoader::finished);
    loader.load();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000));
    const QStringList before = modelNames(model);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    loader.load();
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 120000));
    QCOMPARE(modelNames(model), before);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
}

void TestE2eVmListLoader::searchReplacesTheRows()
{
    VmListModel model;
    VmListLoader loader(&m_client, &model);
    QSignalSpy finished(&loader, &VmListLoader::finished);
    loader.load();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000));

    const QString search = QStringLiteral("status=down");
    const QStringList expected = serverNames(search);
    QVERIFY(!expected.isEmpty() && expected.size() < VmCount);
    loader.load(search);
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 120000));
    QCOMPARE(modelNames(model), expected);
}

void TestE2eVmListLoader::newerLoadWins()
{
    VmListModel model;
    VmListLoader loader(&m_client, &model);
    QSignalSpy finished(&loader, &VmListLoader::finished);
    loader.load(QStringLiteral("status=down"));
    loader.load(); // takes over before any reply of the first arrived
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    const QStringList names = modelNames(model);
    QCOMPARE(names.size(), VmCount);
    QCOMPARE(names, serverNames());
}

QTEST_MAIN(TestE2eVmListLoader)
#include "tst_e2e_vmlistloader.moc"
