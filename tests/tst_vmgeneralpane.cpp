// The VM → General tab (issue 8) from entities built here: what each field says, the sums over
// the disks, the snapshot count without "Active VM", the states while loading and without a VM,
// and the copy button. The same tab against a lab is in tst_workspace_panes_screenshot.

#include "vmgeneralpane.h"

#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

Disk disk(const QString &id, std::optional<qint64> provisioned, std::optional<qint64> actual)
{
    Disk d;
    d.id = id;
    d.alias = id;
    d.provisionedSize = provisioned;
    d.actualSize = actual;
    return d;
}

DiskAttachment attachment(const Disk &d)
{
    DiskAttachment a;
    a.id = d.id;
    a.disk = d;
    return a;
}

Snapshot snapshot(const QString &id, SnapshotType type)
{
    Snapshot s;
    s.id = id;
    s.type = type;
    return s;
}

Vm vm()
{
    Vm v;
    v.id = QStringLiteral("4f6c0a52-27e3-4c8a-9d6e-0e0d3b0c9a11");
    v.name = QStringLiteral("web-01");
    v.description = QStringLiteral("Front-end web server");
    v.status = VmStatus::Up;
    v.memory = qint64(4) << 30;
    v.cpuSockets = 2;
    v.cpuCores = 2;
    v.cpuThreads = 1;
    v.osType = QStringLiteral("rhel_9x64");
    v.creationTime = QDateTime(QDate(2026, 1, 21), QTime(9, 30), Qt::UTC);
    v.clusterId = QStringLiteral("cluster-id");
    v.hostId = QString(); // no client to ask for host names here
    return v;
}

constexpr qint64 GiB = qint64(1) << 30;

} // namespace

class TestVmGeneralPane : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheVm()
    {
        VmGeneralPane pane(nullptr);
        VmGeneralPane::Related related;
        related.clusterName = QStringLiteral("Default");
        related.dataCenterName = QStringLiteral("Main");
        related.attachments = {attachment(disk(QStringLiteral("a"), 20 * GiB, 3 * GiB)),
                               attachment(disk(QStringLiteral("b"), 100 * GiB, GiB / 2))};
        related.snapshots = {snapshot(QStringLiteral("active"), SnapshotType::Active),
                             snapshot(QStringLiteral("s1"), SnapshotType::Regular),
                             snapshot(QStringLiteral("s2"), SnapshotType::Regular)};
        related.storageLoaded = true;
        pane.setVm(vm(), related);

        QCOMPARE(pane.value(QStringLiteral("name")), QStringLiteral("web-01"));
        QCOMPARE(pane.value(QStringLiteral("description")), QStringLiteral("Front-end web server"));
        QCOMPARE(pane.value(QStringLiteral("status")), QStringLiteral("Up"));
        QCOMPARE(pane.value(QStringLiteral("os")), QStringLiteral("rhel_9x64"));
        QCOMPARE(pane.value(QStringLiteral("memory")), QStringLiteral("4 GiB"));
        QCOMPARE(pane.value(QStringLiteral("cpus")), QStringLiteral("4 (sockets 2, cores per socket 2, threads per core 1)"));
        QCOMPARE(pane.value(QStringLiteral("cluster")), QStringLiteral("Default"));
        QCOMPARE(pane.value(QStringLiteral("dataCenter")), QStringLiteral("Main"));
        QCOMPARE(pane.value(QStringLiteral("host")), QStringLiteral("\u2014")); // down or unknown: nowhere
        // In the person's locale and time zone (the test runs with TZ=UTC).
        QCOMPARE(pane.value(QStringLiteral("created")),
                 QLocale().toString(vm().creationTime->toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(pane.value(QStringLiteral("disks")), QStringLiteral("2 disks"));
        QCOMPARE(pane.value(QStringLiteral("provisioned")), QStringLiteral("120 GiB"));
        QCOMPARE(pane.value(QStringLiteral("actual")), QStringLiteral("3.5 GiB"));
        QCOMPARE(pane.value(QStringLiteral("snapshots")), QStringLiteral("2 snapshots")); // not "Active VM"
        QCOMPARE(pane.value(QStringLiteral("id")), vm().id);
    }

    void partialSizesSaySo()
    {
        VmGeneralPane pane(nullptr);
        VmGeneralPane::Related related;
        related.attachments = {attachment(disk(QStringLiteral("a"), 20 * GiB, GiB)),
                               attachment(disk(QStringLiteral("lun"), std::nullopt, std::nullopt))};
        related.storageLoaded = true;
        pane.setVm(vm(), related);
        QCOMPARE(pane.value(QStringLiteral("disks")), QStringLiteral("2 disks"));
        QCOMPARE(pane.value(QStringLiteral("provisioned")), QStringLiteral("at least 20 GiB"));
        QCOMPARE(pane.value(QStringLiteral("actual")), QStringLiteral("at least 1 GiB"));
        // No cluster name known: the id rather than nothing.
        QCOMPARE(pane.value(QStringLiteral("cluster")), QStringLiteral("cluster-id"));
        QCOMPARE(pane.value(QStringLiteral("dataCenter")), QStringLiteral("\u2014"));
    }

    void loadingAndEmpty()
    {
        VmGeneralPane pane(nullptr);
        auto *copy = pane.findChild<QToolButton *>(QStringLiteral("vmGeneralCopyIdButton"));
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled());
        QCOMPARE(pane.value(QStringLiteral("name")), QStringLiteral("\u2014"));

        VmGeneralPane::Related loading;
        pane.setVm(vm(), loading);
        QCOMPARE(pane.value(QStringLiteral("disks")), QStringLiteral("Loading…"));
        QCOMPARE(pane.value(QStringLiteral("snapshots")), QStringLiteral("Loading…"));
        QVERIFY(copy->isEnabled());

        VmGeneralPane::Related none;
        none.storageLoaded = true;
        Vm bare;
        bare.id = QStringLiteral("x");
        pane.setVm(bare, none);
        QCOMPARE(pane.value(QStringLiteral("disks")), QStringLiteral("0 disks"));
        QCOMPARE(pane.value(QStringLiteral("provisioned")), QStringLiteral("\u2014"));
        QCOMPARE(pane.value(QStringLiteral("cpus")), QStringLiteral("\u2014"));
        QCOMPARE(pane.value(QStringLiteral("memory")), QStringLiteral("\u2014"));
        QCOMPARE(pane.value(QStringLiteral("snapshots")), QStringLiteral("0 snapshots"));

        pane.setVm(std::nullopt, none);
        QVERIFY(!copy->isEnabled());
        QCOMPARE(pane.value(QStringLiteral("id")), QStringLiteral("\u2014"));
    }

    void copyButtonCopiesTheId()
    {
        VmGeneralPane pane(nullptr);
        pane.setVm(vm(), {});
        QSignalSpy copied(&pane, &VmGeneralPane::copied);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(pane.findChild<QToolButton *>(QStringLiteral("vmGeneralCopyIdButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), vm().id);
        QCOMPARE(copied.size(), 1);
    }
};

QTEST_MAIN(TestVmGeneralPane)
#include "tst_vmgeneralpane.moc"
