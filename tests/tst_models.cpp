#include "displaytext.h"
#include "snapshotlistmodel.h"
#include "storagedomainlistmodel.h"
#include "vmdisklistmodel.h"
#include "vmfilterproxymodel.h"
#include "vmlistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 MiB = qint64(1) << 20;

Vm makeVm(const QString &id, const QString &name, VmStatus status, qint64 memory)
{
    Vm vm;
    vm.id = id;
    vm.name = name;
    vm.status = status;
    vm.memory = memory;
    vm.description = QStringLiteral("%1 description").arg(name);
    return vm;
}

Disk makeDisk(const QString &id, const QString &alias, DiskFormat format, QcowVersion compat)
{
    Disk disk;
    disk.id = id;
    disk.alias = alias;
    disk.provisionedSize = 10 * GiB;
    disk.actualSize = 1536 * MiB;
    disk.format = format;
    if (format == DiskFormat::Cow)
        disk.qcowVersion = compat;
    disk.status = DiskStatus::Ok;
    disk.sparse = format == DiskFormat::Cow;
    return disk;
}

DiskAttachment attach(const Disk &disk, DiskInterface diskInterface, bool bootable = false,
                      bool readOnly = false)
{
    DiskAttachment attachment;
    attachment.id = disk.id;
    attachment.diskId = disk.id;
    attachment.vmId = QStringLiteral("vm-1");
    attachment.active = true;
    attachment.bootable = bootable;
    attachment.readOnly = readOnly;
    attachment.interface_ = diskInterface;
    attachment.disk = disk;
    return attachment;
}

Snapshot makeSnapshot(const QString &id, const QString &description, SnapshotType type,
                      const QDateTime &date)
{
    Snapshot snapshot;
    snapshot.id = id;
    snapshot.description = description;
    snapshot.type = type;
    snapshot.status = SnapshotStatus::Ok;
    snapshot.date = date;
    return snapshot;
}

StorageDomain makeDomain(const QString &id, const QString &name, HostStorageType storageType,
                         StorageFormat format)
{
    StorageDomain domain;
    domain.id = id;
    domain.name = name;
    domain.type = StorageDomainType::Data;
    domain.storageType = storageType;
    domain.storageFormat = format;
    domain.used = 12 * GiB;
    domain.available = 88 * GiB;
    domain.committed = 40 * GiB;
    return domain;
}

QString display(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

QVariant sortValue(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::UserRole); // every model's SortRole
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void displayText_dataSize();

    void vmList_columns();
    void vmList_refreshSameIdsUpdatesInPlace();
    void vmList_refreshOtherIdsResets();
    void vmFilterProxy_filtersOnName();

    void vmDisks_columns();
    void vmDisks_lunAndUnfollowedAttachment();
    void vmDisks_refreshKeepsRows();

    void snapshots_orderAndColumns();
    void snapshots_disksArriveLater();
    void snapshots_refreshKeepsDisks();

    void storageDomains_columns();
    void storageDomains_refreshKeepsRows();
};

void TestModels::initTestCase()
{
    // Display strings depend on the locale; the tests pin it like the screenshot tests do.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestModels::displayText_dataSize()
{
    QCOMPARE(DisplayText::dataSize(10 * GiB), QStringLiteral("10 GiB"));
    QCOMPARE(DisplayText::dataSize(1536 * MiB), QStringLiteral("1.5 GiB"));
    QCOMPARE(DisplayText::dataSize(512), QStringLiteral("512 bytes"));
    QCOMPARE(DisplayText::dataSize(std::nullopt), QString());
}

void TestModels::vmList_columns()
{
    VmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVms({makeVm(QStringLiteral("a"), QStringLiteral("web01"), VmStatus::Up, 4 * GiB),
                  makeVm(QStringLiteral("b"), QStringLiteral("db01"), VmStatus::ImageLocked,
                         1536 * MiB)});

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(VmListModel::ColumnCount));
    QCOMPARE(model.headerData(VmListModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(display(model, 0, VmListModel::NameColumn), QStringLiteral("web01"));
    QCOMPARE(display(model, 0, VmListModel::StatusColumn), QStringLiteral("Up"));
    QCOMPARE(display(model, 1, VmListModel::StatusColumn), QStringLiteral("Image Locked"));
    QCOMPARE(display(model, 0, VmListModel::MemoryColumn), QStringLiteral("4 GiB"));
    QCOMPARE(display(model, 1, VmListModel::MemoryColumn), QStringLiteral("1.5 GiB"));
    QCOMPARE(sortValue(model, 1, VmListModel::MemoryColumn).toLongLong(), 1536 * MiB);
    QCOMPARE(model.index(0, VmListModel::MemoryColumn).data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(1, 0).data(VmListModel::IdRole).toString(), QStringLiteral("b"));
    QCOMPARE(model.index(1, 0).data(VmListModel::EntityRole).value<Vm>().name,
             QStringLiteral("db01"));
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("zz")), -1);
}

void TestModels::vmList_refreshSameIdsUpdatesInPlace()
{
    VmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Vm> vms{makeVm(QStringLiteral("a"), QStringLiteral("a"), VmStatus::Down, GiB),
                  makeVm(QStringLiteral("b"), QStringLiteral("b"), VmStatus::Down, GiB),
                  makeVm(QStringLiteral("c"), QStringLiteral("c"), VmStatus::Down, GiB),
                  makeVm(QStringLiteral("d"), QStringLiteral("d"), VmStatus::Down, GiB)};
    model.setVms(vms);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Unchanged refresh: nothing to tell the views.
    model.setVms(vms);
    QCOMPARE(changed.count(), 0);

    // Rows 1 and 2 change (one run), row 3 is untouched, and a hidden-field change is no change.
    vms[1].status = VmStatus::Up;
    vms[2].memory = 2 * GiB;
    model.setVms(vms);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, VmListModel::ColumnCount - 1));
    QCOMPARE(display(model, 1, VmListModel::StatusColumn), QStringLiteral("Up"));

    // Two separated rows give two exact ranges.
    changed.clear();
    vms[0].name = QStringLiteral("a2");
    vms[3].comment = QStringLiteral("note");
    model.setVms(vms);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
    QCOMPARE(reset.count(), 0);
}

void TestModels::vmList_refreshOtherIdsResets()
{
    VmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVms({makeVm(QStringLiteral("a"), QStringLiteral("a"), VmStatus::Down, GiB)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setVms({makeVm(QStringLiteral("a"), QStringLiteral("a"), VmStatus::Down, GiB),
                  makeVm(QStringLiteral("b"), QStringLiteral("b"), VmStatus::Down, GiB)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.setVms({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::vmFilterProxy_filtersOnName()
{
    VmListModel model;
    VmFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVms({makeVm(QStringLiteral("1"), QStringLiteral("web02"), VmStatus::Up, 8 * GiB),
                  makeVm(QStringLiteral("2"), QStringLiteral("db01"), VmStatus::Up, 2 * GiB),
                  makeVm(QStringLiteral("3"), QStringLiteral("Web01"), VmStatus::Down, 4 * GiB)});

    proxy.sort(VmListModel::NameColumn);
    QCOMPARE(display(proxy, 0, VmListModel::NameColumn), QStringLiteral("db01"));
    QCOMPARE(display(proxy, 1, VmListModel::NameColumn), QStringLiteral("Web01"));

    // Memory sorts by bytes, not by the text ("8 GiB" > "2 GiB" > "4 GiB" as strings).
    proxy.sort(VmListModel::MemoryColumn, Qt::DescendingOrder);
    QCOMPARE(display(proxy, 0, VmListModel::NameColumn), QStringLiteral("web02"));
    QCOMPARE(display(proxy, 2, VmListModel::NameColumn), QStringLiteral("db01"));

    proxy.setNameFilter(QStringLiteral(" WEB "));
    QCOMPARE(proxy.rowCount(), 2);
    // The filter is on the name only, not on the description that also says "web".
    proxy.setNameFilter(QStringLiteral("description"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setNameFilter(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestModels::vmDisks_columns()
{
    VmDiskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Disk raw = makeDisk(QStringLiteral("d2"), QStringLiteral("data"), DiskFormat::Raw,
                        QcowVersion::Unknown);
    raw.shareable = true;
    model.setAttachments(
        {attach(makeDisk(QStringLiteral("d1"), QStringLiteral("boot"), DiskFormat::Cow,
                         QcowVersion::Qcow2V2),
                DiskInterface::VirtioScsi, true),
         attach(raw, DiskInterface::Virtio, false, true),
         attach(makeDisk(QStringLiteral("d3"), QStringLiteral("legacy"), DiskFormat::Cow,
                         QcowVersion::Qcow2V3),
                DiskInterface::Sata)});

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(display(model, 0, VmDiskListModel::AliasColumn), QStringLiteral("boot"));
    QCOMPARE(display(model, 0, VmDiskListModel::VirtualSizeColumn), QStringLiteral("10 GiB"));
    QCOMPARE(display(model, 0, VmDiskListModel::ActualSizeColumn), QStringLiteral("1.5 GiB"));
    QCOMPARE(sortValue(model, 0, VmDiskListModel::VirtualSizeColumn).toLongLong(), 10 * GiB);
    QCOMPARE(sortValue(model, 0, VmDiskListModel::ActualSizeColumn).toLongLong(), 1536 * MiB);
    QCOMPARE(display(model, 0, VmDiskListModel::AllocationColumn), QStringLiteral("Thin"));
    QCOMPARE(display(model, 1, VmDiskListModel::AllocationColumn), QStringLiteral("Preallocated"));
    QCOMPARE(display(model, 0, VmDiskListModel::FormatColumn), QStringLiteral("QCOW2"));
    QCOMPARE(display(model, 1, VmDiskListModel::FormatColumn), QStringLiteral("RAW"));
    QCOMPARE(display(model, 0, VmDiskListModel::CompatColumn), QStringLiteral("0.10"));
    QCOMPARE(display(model, 1, VmDiskListModel::CompatColumn), QString());
    QCOMPARE(display(model, 2, VmDiskListModel::CompatColumn), QStringLiteral("1.1"));
    QCOMPARE(display(model, 0, VmDiskListModel::InterfaceColumn), QStringLiteral("VirtIO-SCSI"));
    QCOMPARE(display(model, 1, VmDiskListModel::InterfaceColumn), QStringLiteral("VirtIO"));
    QCOMPARE(display(model, 2, VmDiskListModel::InterfaceColumn), QStringLiteral("SATA"));
    QCOMPARE(display(model, 0, VmDiskListModel::BootableColumn), QStringLiteral("Yes"));
    QCOMPARE(display(model, 1, VmDiskListModel::BootableColumn), QStringLiteral("No"));
    QCOMPARE(display(model, 1, VmDiskListModel::ReadOnlyColumn), QStringLiteral("Yes"));
    QCOMPARE(display(model, 0, VmDiskListModel::ReadOnlyColumn), QStringLiteral("No"));
    QCOMPARE(display(model, 1, VmDiskListModel::ShareableColumn), QStringLiteral("Yes"));
    QCOMPARE(display(model, 0, VmDiskListModel::StatusColumn), QStringLiteral("OK"));
    QCOMPARE(model.index(1, 0).data(VmDiskListModel::IdRole).toString(), QStringLiteral("d2"));
    QCOMPARE(model.index(1, 0).data(VmDiskListModel::EntityRole).value<DiskAttachment>().readOnly,
             true);
    QCOMPARE(model.headerData(VmDiskListModel::CompatColumn, Qt::Horizontal).toString(),
             QStringLiteral("QCOW2 Compat"));
}

void TestModels::vmDisks_lunAndUnfollowedAttachment()
{
    VmDiskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Disk lun;
    lun.id = QStringLiteral("lun-disk");
    lun.alias = QStringLiteral("shared-lun");
    lun.storageType = DiskStorageType::Lun;
    LogicalUnit unit;
    unit.id = QStringLiteral("36001405abc");
    unit.size = 50 * GiB;
    lun.lunStorage = LunStorage{unit.id, HostStorageType::Iscsi, {unit}};

    DiskAttachment bare; // read without follow=disk
    bare.id = bare.diskId = QStringLiteral("bare-disk");
    bare.interface_ = DiskInterface::Ide;

    model.setAttachments({attach(lun, DiskInterface::VirtioScsi), bare});
    QCOMPARE(display(model, 0, VmDiskListModel::VirtualSizeColumn), QStringLiteral("50 GiB"));
    QCOMPARE(display(model, 0, VmDiskListModel::FormatColumn), QStringLiteral("Direct LUN"));
    QCOMPARE(display(model, 0, VmDiskListModel::CompatColumn), QString());
    QCOMPARE(display(model, 0, VmDiskListModel::StatusColumn), QString());
    QCOMPARE(display(model, 0, VmDiskListModel::AllocationColumn), QString());
    QCOMPARE(display(model, 1, VmDiskListModel::AliasColumn), QStringLiteral("bare-disk"));
    QCOMPARE(display(model, 1, VmDiskListModel::InterfaceColumn), QStringLiteral("IDE"));
    QCOMPARE(display(model, 1, VmDiskListModel::VirtualSizeColumn), QString());
    QCOMPARE(sortValue(model, 1, VmDiskListModel::VirtualSizeColumn).toLongLong(), -1);
}

void TestModels::vmDisks_refreshKeepsRows()
{
    VmDiskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DiskAttachment> attachments{
        attach(makeDisk(QStringLiteral("d1"), QStringLiteral("one"), DiskFormat::Cow,
                        QcowVersion::Qcow2V2),
               DiskInterface::VirtioScsi),
        attach(makeDisk(QStringLiteral("d2"), QStringLiteral("two"), DiskFormat::Cow,
                        QcowVersion::Qcow2V2),
               DiskInterface::VirtioScsi)};
    model.setAttachments(attachments);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // An amend finished on the second disk: one row changes, in place.
    attachments[1].disk->qcowVersion = QcowVersion::Qcow2V3;
    model.setAttachments(attachments);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, VmDiskListModel::ColumnCount - 1));
    QCOMPARE(display(model, 1, VmDiskListModel::CompatColumn), QStringLiteral("1.1"));

    // A detached disk changes the row set: reset.
    attachments.removeFirst();
    model.setAttachments(attachments);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestModels::snapshots_orderAndColumns()
{
    SnapshotListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime older(QDate(2026, 2, 27), QTime(14, 5), Qt::UTC);
    const QDateTime newer(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    Snapshot withMemory = makeSnapshot(QStringLiteral("s2"), QStringLiteral("before upgrade"),
                                       SnapshotType::Regular, newer);
    withMemory.persistMemorystate = true;
    withMemory.status = SnapshotStatus::Locked;
    // The manager's order is not the portal's: active first, then newest first.
    model.setSnapshots({makeSnapshot(QStringLiteral("s1"), QStringLiteral("installed"),
                                     SnapshotType::Regular, older),
                        withMemory,
                        makeSnapshot(QStringLiteral("active"), QStringLiteral("Active VM"),
                                     SnapshotType::Active, newer.addDays(1))});

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(SnapshotListModel::IdRole).toString(), QStringLiteral("active"));
    QCOMPARE(model.index(1, 0).data(SnapshotListModel::IdRole).toString(), QStringLiteral("s2"));
    QCOMPARE(model.index(2, 0).data(SnapshotListModel::IdRole).toString(), QStringLiteral("s1"));

    QCOMPARE(display(model, 0, SnapshotListModel::DateColumn), QStringLiteral("Current"));
    QCOMPARE(display(model, 1, SnapshotListModel::DateColumn),
             QLocale().toString(newer.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(sortValue(model, 2, SnapshotListModel::DateColumn).toDateTime(), older);
    QCOMPARE(display(model, 0, SnapshotListModel::DescriptionColumn), QStringLiteral("Active VM"));
    QCOMPARE(display(model, 0, SnapshotListModel::TypeColumn), QStringLiteral("Active"));
    QCOMPARE(display(model, 1, SnapshotListModel::TypeColumn), QStringLiteral("Regular"));
    QCOMPARE(display(model, 1, SnapshotListModel::StatusColumn), QStringLiteral("Locked"));
    QCOMPARE(display(model, 2, SnapshotListModel::StatusColumn), QStringLiteral("OK"));
    QCOMPARE(display(model, 1, SnapshotListModel::MemoryColumn), QStringLiteral("Yes"));
    QCOMPARE(display(model, 2, SnapshotListModel::MemoryColumn), QStringLiteral("No"));
    // Disks not known yet: an empty cell, not "None".
    QCOMPARE(display(model, 1, SnapshotListModel::DisksColumn), QString());
}

void TestModels::snapshots_disksArriveLater()
{
    SnapshotListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime date(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    model.setSnapshots({makeSnapshot(QStringLiteral("active"), QStringLiteral("Active VM"),
                                     SnapshotType::Active, date),
                        makeSnapshot(QStringLiteral("s1"), QStringLiteral("partial"),
                                     SnapshotType::Regular, date.addDays(-1)),
                        makeSnapshot(QStringLiteral("s0"), QStringLiteral("config only"),
                                     SnapshotType::Regular, date.addDays(-2))});
    const Disk sys = makeDisk(QStringLiteral("d1"), QStringLiteral("sys"), DiskFormat::Cow,
                              QcowVersion::Qcow2V3);
    const Disk data10 = makeDisk(QStringLiteral("d2"), QStringLiteral("data10"), DiskFormat::Raw,
                                 QcowVersion::Unknown);
    const Disk data9 = makeDisk(QStringLiteral("d3"), QStringLiteral("data9"), DiskFormat::Raw,
                                QcowVersion::Unknown);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setSnapshotDisks(QStringLiteral("s1"), {sys, data10});
    QCOMPARE(changed.count(), 1);
    const QModelIndex s1Disks = model.index(1, SnapshotListModel::DisksColumn);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), s1Disks);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), s1Disks);
    QCOMPARE(s1Disks.data().toString(), QStringLiteral("data10, sys"));

    // The Active VM row lists the current disks, in natural order (data9 before data10).
    model.setCurrentDisks({sys, data10, data9});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(0, SnapshotListModel::DisksColumn));
    QCOMPARE(display(model, 0, SnapshotListModel::DisksColumn),
             QStringLiteral("data9, data10, sys"));

    model.setSnapshotDisks(QStringLiteral("s0"), {});
    QCOMPARE(display(model, 2, SnapshotListModel::DisksColumn), QStringLiteral("None"));

    // Disks for a snapshot that is not listed (a stale reply) change nothing visible.
    changed.clear();
    model.setSnapshotDisks(QStringLiteral("elsewhere"), {sys});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::snapshots_refreshKeepsDisks()
{
    SnapshotListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime date(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    QList<Snapshot> snapshots{makeSnapshot(QStringLiteral("active"), QStringLiteral("Active VM"),
                                           SnapshotType::Active, date),
                              makeSnapshot(QStringLiteral("s1"), QStringLiteral("one"),
                                           SnapshotType::Regular, date.addDays(-1))};
    snapshots[1].status = SnapshotStatus::Locked;
    model.setSnapshots(snapshots);
    model.setSnapshotDisks(QStringLiteral("s1"),
                           {makeDisk(QStringLiteral("d1"), QStringLiteral("sys"), DiskFormat::Cow,
                                     QcowVersion::Qcow2V3)});

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    snapshots[1].status = SnapshotStatus::Ok; // the snapshot finished
    model.setSnapshots(snapshots);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(display(model, 1, SnapshotListModel::StatusColumn), QStringLiteral("OK"));
    QCOMPARE(display(model, 1, SnapshotListModel::DisksColumn), QStringLiteral("sys"));

    // A deleted snapshot takes its disks along.
    snapshots.removeLast();
    model.setSnapshots(snapshots);
    QCOMPARE(reset.count(), 1);
    snapshots.append(makeSnapshot(QStringLiteral("s1"), QStringLiteral("one"),
                                  SnapshotType::Regular, date.addDays(-1)));
    model.setSnapshots(snapshots);
    QCOMPARE(display(model, 1, SnapshotListModel::DisksColumn), QString());
}

void TestModels::storageDomains_columns()
{
    StorageDomainListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StorageDomain iscsi = makeDomain(QStringLiteral("sd2"), QStringLiteral("san"),
                                     HostStorageType::Iscsi, StorageFormat::V4);
    iscsi.status = StorageDomainStatus::Maintenance;
    model.setStorageDomains({makeDomain(QStringLiteral("sd1"), QStringLiteral("nfs-data"),
                                        HostStorageType::Nfs, StorageFormat::V3),
                             iscsi});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(display(model, 0, StorageDomainListModel::NameColumn), QStringLiteral("nfs-data"));
    QCOMPARE(display(model, 0, StorageDomainListModel::TypeColumn), QStringLiteral("Data"));
    QCOMPARE(display(model, 0, StorageDomainListModel::StorageTypeColumn), QStringLiteral("NFS"));
    QCOMPARE(display(model, 1, StorageDomainListModel::StorageTypeColumn), QStringLiteral("iSCSI"));
    QCOMPARE(display(model, 0, StorageDomainListModel::StorageFormatColumn), QStringLiteral("V3"));
    QCOMPARE(display(model, 1, StorageDomainListModel::StorageFormatColumn), QStringLiteral("V4"));
    QCOMPARE(display(model, 0, StorageDomainListModel::StatusColumn), QString());
    QCOMPARE(display(model, 1, StorageDomainListModel::StatusColumn), QStringLiteral("Maintenance"));
    QCOMPARE(display(model, 0, StorageDomainListModel::UsedColumn), QStringLiteral("12 GiB"));
    QCOMPARE(display(model, 0, StorageDomainListModel::AvailableColumn), QStringLiteral("88 GiB"));
    QCOMPARE(display(model, 0, StorageDomainListModel::CommittedColumn), QStringLiteral("40 GiB"));
    QCOMPARE(sortValue(model, 0, StorageDomainListModel::AvailableColumn).toLongLong(), 88 * GiB);
    QCOMPARE(model.index(0, StorageDomainListModel::UsedColumn).data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(1, 0).data(StorageDomainListModel::EntityRole).value<StorageDomain>().name,
             QStringLiteral("san"));
}

void TestModels::storageDomains_refreshKeepsRows()
{
    StorageDomainListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<StorageDomain> domains{makeDomain(QStringLiteral("sd1"), QStringLiteral("a"),
                                            HostStorageType::Nfs, StorageFormat::V4),
                                 makeDomain(QStringLiteral("sd2"), QStringLiteral("b"),
                                            HostStorageType::Nfs, StorageFormat::V4)};
    model.setStorageDomains(domains);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    domains[0].available = *domains[0].available - GiB;
    model.setStorageDomains(domains);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             model.index(0, StorageDomainListModel::ColumnCount - 1));
    QCOMPARE(display(model, 0, StorageDomainListModel::AvailableColumn), QStringLiteral("87 GiB"));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
