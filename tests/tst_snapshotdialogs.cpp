#include "commiterasure.h"
#include "commitsnapshotdialog.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "custompreviewmodel.h"
#include "previewsnapshotdialog.h"
#include "snapshotactions.h"
#include "snapshotdiskrules.h"
#include "snapshottestdata.h"
#include "tasklistmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace SnapshotTestData;
using Action = SnapshotActions::Action;
Q_DECLARE_METATYPE(SnapshotActions::Action)

/// The rules of the snapshot dialogs and actions, without a manager: every input is an entity
/// built here.
class TestSnapshotDialogs : public QObject
{
    Q_OBJECT

private slots:
    void gating_data();
    void gating();
    void diskRules();
    void previewKeepingMissing();

    void createDefaults();
    void createDescriptionRequired();
    void createMemoryOnlyWhenRunning();
    void createWarnings();
    void createRequest();
    void createBlockedWhilePreviewing();

    void previewNeeded();
    void previewPartialChoice();
    void previewMemoryOnly();

    void customModelTester();
    void customInitialState();
    void customNotAvailableCells();
    void customMemoryCoupledToConfiguration();
    void customDiskColumnsExclusive();
    void customWarningsAndResult();
    void customRequest();
    void customDialogMouseAndKeyboard();

    void commitErasure();
    void commitDialog();
    void restoreDialog();

    void taskList();
};

void TestSnapshotDialogs::gating_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("vmStatus");
    QTest::addColumn<bool>("previewing");
    QTest::addColumn<QString>("lockedId");   // a snapshot in status locked, or empty
    QTest::addColumn<QString>("selectedId"); // empty: nothing selected
    QTest::addColumn<QString>("reason");     // empty: enabled; otherwise part of the reason

    const int down = int(VmStatus::Down);
    const int up = int(VmStatus::Up);
    const int suspended = int(VmStatus::Suspended);
    const int imageLocked = int(VmStatus::ImageLocked);
    const int migrating = int(VmStatus::Migrating);
    const QString s2 = QStringLiteral("s-2");
    const QString active = QStringLiteral("s-active");

    // Create: not previewing, nothing locked, VM not image-locked; running is fine.
    QTest::newRow("create down") << Action::Create << down << false << "" << "" << "";
    QTest::newRow("create up") << Action::Create << up << false << "" << "" << "";
    QTest::newRow("create previewing") << Action::Create << down << true << "" << ""
                                       << "VM is previewing a Snapshot";
    QTest::newRow("create locked") << Action::Create << up << false << "s-3" << ""
                                   << "performing an operation on a Snapshot";
    QTest::newRow("create image locked") << Action::Create << imageLocked << false << "" << ""
                                         << "VM is locked";
    // Preview / Custom / Restore: a regular snapshot, VM down, nothing locked or previewed.
    for (Action a : {Action::Preview, Action::CustomPreview, Action::Restore}) {
        const QByteArray n = a == Action::Preview ? "preview"
                           : a == Action::CustomPreview ? "custom" : "restore";
        QTest::newRow(n + " down") << a << down << false << "" << s2 << "";
        QTest::newRow(n + " none selected") << a << down << false << "" << "" << "Select a snapshot";
        QTest::newRow(n + " active selected") << a << down << false << "" << active
                                              << "Cannot preview Active VM snapshot";
        QTest::newRow(n + " up") << a << up << false << "" << s2 << "is not down";
        QTest::newRow(n + " locked") << a << down << false << "s-3" << s2 << "performing an operation";
        QTest::newRow(n + " previewing") << a << down << true << "" << s2 << "previewing a Snapshot";
    }
    // Commit / Undo: a preview, VM down or suspended.
    for (Action a : {Action::Commit, Action::Undo}) {
        const QByteArray n = a == Action::Commit ? "commit" : "undo";
        QTest::newRow(n + " previewing down") << a << down << true << "" << "" << "";
        QTest::newRow(n + " previewing suspended") << a << suspended << true << "" << "" << "";
        QTest::newRow(n + " previewing up") << a << up << true << "" << "" << "Down or Suspended";
        QTest::newRow(n + " not previewing") << a << down << false << "" << s2
                                             << "not previewing a Snapshot";
    }
    // Delete: a regular snapshot, nothing locked or previewed, VM down, up or paused.
    QTest::newRow("delete down") << Action::Delete << down << false << "" << s2 << "";
    QTest::newRow("delete up (live merge)") << Action::Delete << up << false << "" << s2 << "";
    QTest::newRow("delete migrating") << Action::Delete << migrating << false << "" << s2
                                      << "must be in status Down, Up or Paused";
    QTest::newRow("delete active") << Action::Delete << down << false << "" << active
                                   << "only allowed for regular snapshots";
    QTest::newRow("delete previewing") << Action::Delete << down << true << "" << s2
                                       << "previewing a Snapshot";
    QTest::newRow("delete locked") << Action::Delete << down << false << "s-3" << s2
                                   << "performing an operation";
    QTest::newRow("delete none") << Action::Delete << down << false << "" << "" << "Select a snapshot";
}

void TestSnapshotDialogs::gating()
{
    QFETCH(Action, action);
    QFETCH(int, vmStatus);
    QFETCH(bool, previewing);
    QFETCH(QString, lockedId);
    QFETCH(QString, selectedId);
    QFETCH(QString, reason);

    QList<Snapshot> list = previewing ? previewingSnapshots() : snapshots();
    for (Snapshot &s : list) {
        if (s.id == lockedId)
            s.status = SnapshotStatus::Locked;
    }
    const Snapshot *selected = nullptr;
    for (const Snapshot &s : std::as_const(list)) {
        if (s.id == selectedId)
            selected = &s;
    }
    const Vm v = vm(VmStatus(vmStatus));
    const QString actual = SnapshotActions::disabledReason(action, v, list, selected);
    QCOMPARE(SnapshotActions::isEnabled(action, v, list, selected), reason.isEmpty());
    if (reason.isEmpty())
        QVERIFY2(actual.isEmpty(), qPrintable(actual));
    else
        QVERIFY2(actual.contains(reason), qPrintable(actual));
}

void TestSnapshotDialogs::diskRules()
{
    const QList<Disk> now = currentDisks();
    QVERIFY(SnapshotDiskRules::allowsSnapshot(now.at(0)));
    QVERIFY(SnapshotDiskRules::exclusionReason(now.at(3)).contains(QLatin1String("Shared disk")));
    QVERIFY(SnapshotDiskRules::exclusionReason(now.at(4)).contains(QLatin1String("Direct LUN")));
    QCOMPARE(SnapshotDiskRules::sortedAliases(SnapshotDiskRules::snapshotCapable(now)),
             QStringList({"data", "logs", "os"}));
    // "data only" lacks os and logs; the shareable and LUN disks never count as missing.
    const auto disks = snapshotDisks();
    QCOMPARE(SnapshotDiskRules::sortedAliases(
                 SnapshotDiskRules::missingFrom(disks.value(QStringLiteral("s-2")), now)),
             QStringList({"logs", "os"}));
    QVERIFY(SnapshotDiskRules::missingFrom(disks.value(QStringLiteral("s-3")), now).isEmpty());
}

void TestSnapshotDialogs::previewKeepingMissing()
{
    const PreviewSnapshotRequest request = SnapshotDiskRules::previewKeepingMissing(
        QStringLiteral("vm-1"), snapshots().at(2), snapshotDisks().value(QStringLiteral("s-2")),
        QStringLiteral("s-active"), currentDisks(), false);
    QCOMPARE(request.snapshotId, QStringLiteral("s-2"));
    QVERIFY(request.disks.has_value());
    QCOMPARE(request.disks->size(), 3);
    // The snapshot's own disk from the snapshot, the missing ones at their current volume.
    QCOMPARE(request.disks->at(0).diskId, QStringLiteral("d-data"));
    QCOMPARE(request.disks->at(0).imageId, QStringLiteral("img-data-2"));
    QCOMPARE(request.disks->at(0).snapshotId, QStringLiteral("s-2"));
    QCOMPARE(request.disks->at(1).diskId, QStringLiteral("d-logs"));
    QCOMPARE(request.disks->at(1).imageId, QStringLiteral("img-logs-2"));
    QCOMPARE(request.disks->at(1).snapshotId, QStringLiteral("s-active"));
    QCOMPARE(request.disks->at(2).diskId, QStringLiteral("d-os"));
    QCOMPARE(request.disks->at(2).imageId, QStringLiteral("img-os-4"));
}

void TestSnapshotDialogs::createDefaults()
{
    CreateSnapshotDialog dialog(vm(VmStatus::Up), currentDisks(), snapshots());
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("diskList"));
    QVERIFY(ok && list);
    QVERIFY(!ok->isEnabled()); // no description yet
    QCOMPARE(list->topLevelItemCount(), 5);
    // Eligible disks first, sorted by alias, checked and enabled.
    QStringList aliases;
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        aliases.append(item->text(0));
        QCOMPARE(item->checkState(0), Qt::Checked);
        QVERIFY(item->flags() & Qt::ItemIsEnabled);
        QVERIFY(item->text(2).isEmpty());
    }
    QCOMPARE(aliases, QStringList({"data", "logs", "os"}));
    // Shareable and LUN disks are shown, disabled, with the reason.
    QTreeWidgetItem *shared = list->topLevelItem(3);
    QTreeWidgetItem *lun = list->topLevelItem(4);
    QCOMPARE(shared->text(0), QStringLiteral("cluster-quorum"));
    QVERIFY(!(shared->flags() & Qt::ItemIsEnabled));
    QVERIFY(shared->text(2).contains(QLatin1String("Shared disk")));
    QCOMPARE(lun->text(0), QStringLiteral("san-lun0"));
    QVERIFY(!(lun->flags() & Qt::ItemIsEnabled));
    QVERIFY(lun->text(2).contains(QLatin1String("Direct LUN")));
}

void TestSnapshotDialogs::createDescriptionRequired()
{
    CreateSnapshotDialog dialog(vm(VmStatus::Down), currentDisks(), snapshots());
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("hintLabel"));
    QVERIFY(ok && edit && hint);
    QVERIFY(hint->text().contains(QLatin1String("description")));
    QTest::keyClicks(edit, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no description
    QTest::keyClicks(edit, QStringLiteral("before upgrade"));
    QVERIFY(ok->isEnabled());
    QVERIFY2(hint->text().contains(QLatin1String("3 disk(s)")), qPrintable(hint->text()));
    dialog.setDescription(QStringLiteral("tab\there"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.validationError().contains(QLatin1String("punctuation")));
}

void TestSnapshotDialogs::createMemoryOnlyWhenRunning()
{
    for (VmStatus status : {VmStatus::Down, VmStatus::Suspended}) {
        CreateSnapshotDialog dialog(vm(status), currentDisks(), snapshots());
        auto *memory = dialog.findChild<QCheckBox *>(QStringLiteral("saveMemoryCheck"));
        QVERIFY(memory && memory->isHidden());
        dialog.setDescription(QStringLiteral("x"));
        QVERIFY(!dialog.request().persistMemorystate);
    }
    CreateSnapshotDialog dialog(vm(VmStatus::Up), currentDisks(), snapshots());
    auto *memory = dialog.findChild<QCheckBox *>(QStringLiteral("saveMemoryCheck"));
    QVERIFY(memory && !memory->isHidden());
    QVERIFY(memory->isChecked()); // the portal's default
    dialog.setDescription(QStringLiteral("x"));
    QVERIFY(dialog.request().persistMemorystate);
    memory->setChecked(false);
    QVERIFY(!dialog.request().persistMemorystate);
}

void TestSnapshotDialogs::createWarnings()
{
    CreateSnapshotDialog dialog(vm(VmStatus::Up), currentDisks(), snapshots());
    dialog.setDescription(QStringLiteral("x"));
    QStringList warnings = dialog.warnings();
    QVERIFY(warnings.contains(QStringLiteral("The VM will be paused while saving the memory.")));
    QVERIFY(warnings.contains(
        QStringLiteral("Shared disk(s) will not be a part of the VM snapshot: cluster-quorum.")));
    QVERIFY(warnings.contains(
        QStringLiteral("Direct LUN disk(s) will not be a part of the VM snapshot: san-lun0.")));
    QVERIFY(!warnings.contains(QStringLiteral("Saving memory may cause data loss when excluding disks!")));

    // Memory with a disk left out risks the guest's data.
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("diskList"));
    list->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    warnings = dialog.warnings();
    QCOMPARE(warnings.first(), QStringLiteral("Saving memory may cause data loss when excluding disks!"));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(label->text().contains(QLatin1String("data loss")));

    // Nothing left: configuration only (allowed, as in the portal).
    for (int i = 0; i < 3; ++i)
        list->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    QVERIFY(dialog.warnings().join(QLatin1Char(' ')).contains(QLatin1String("only the configuration")));
    QVERIFY(dialog.validationError().isEmpty());

    // No eligible disk at all.
    CreateSnapshotDialog onlyShared(vm(VmStatus::Down), currentDisks().mid(3), snapshots());
    QVERIFY(onlyShared.warnings().contains(
        QStringLiteral("There are no disks allowing a snapshot, only the configuration will be a "
                       "part of the VM snapshot.")));
}

void TestSnapshotDialogs::createRequest()
{
    CreateSnapshotDialog dialog(vm(VmStatus::Up), currentDisks(), snapshots());
    dialog.setDescription(QStringLiteral("  before upgrade "));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("diskList"));
    list->topLevelItem(1)->setCheckState(0, Qt::Unchecked); // logs
    const CreateSnapshotRequest request = dialog.request();
    QCOMPARE(request.vmId, QStringLiteral("vm-1"));
    QCOMPARE(request.description, QStringLiteral("before upgrade"));
    QVERIFY(request.persistMemorystate);
    QVERIFY(request.diskIds.has_value());
    QCOMPARE(*request.diskIds, QStringList({"d-data", "d-os"}));

    for (int i = 0; i < 3; ++i)
        list->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    QVERIFY(dialog.request().diskIds.has_value());
    QVERIFY(dialog.request().diskIds->isEmpty()); // configuration-only snapshot
}

void TestSnapshotDialogs::createBlockedWhilePreviewing()
{
    CreateSnapshotDialog dialog(vm(VmStatus::Down), currentDisks(), previewingSnapshots());
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("hintLabel"));
    dialog.setDescription(QStringLiteral("x"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(ok->isHidden());
    QVERIFY(hint->text().contains(QLatin1String("VM is previewing a Snapshot")));
    QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("diskList"))->isHidden());
}

void TestSnapshotDialogs::previewNeeded()
{
    const auto disks = snapshotDisks();
    const QList<Snapshot> list = snapshots();
    QVERIFY(PreviewSnapshotDialog::isNeeded(list.at(1), disks.value(QStringLiteral("s-3")),
                                            currentDisks())); // memory
    QVERIFY(PreviewSnapshotDialog::isNeeded(list.at(2), disks.value(QStringLiteral("s-2")),
                                            currentDisks())); // partial
    // Complete, without memory: the portal previews at once.
    QVERIFY(!PreviewSnapshotDialog::isNeeded(list.at(3), disks.value(QStringLiteral("s-1")),
                                             currentDisks().mid(0, 2)));
}

void TestSnapshotDialogs::previewPartialChoice()
{
    PreviewSnapshotDialog dialog(vm(VmStatus::Down), snapshots().at(2),
                                 snapshotDisks().value(QStringLiteral("s-2")),
                                 QStringLiteral("s-active"), currentDisks());
    QVERIFY(dialog.isPartial());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Preview Partial Snapshot"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *vmDisks = dialog.findChild<QLabel *>(QStringLiteral("vmDisksLabel"));
    auto *snapshotDisksLabel = dialog.findChild<QLabel *>(QStringLiteral("snapshotDisksLabel"));
    QVERIFY(ok && vmDisks && snapshotDisksLabel);
    QCOMPARE(vmDisks->text(), QStringLiteral("The VM contains 3 disk(s): data, logs, os."));
    QCOMPARE(snapshotDisksLabel->text(), QStringLiteral("(The snapshot contains 1 disk(s): data.)"));
    QVERIFY(!ok->isEnabled()); // the person decides about the missing disks
    QCOMPARE(dialog.choice(), PreviewSnapshotDialog::Choice::None);

    dialog.findChild<QRadioButton *>(QStringLiteral("keepAllDisksRadio"))->click();
    QVERIFY(ok->isEnabled());
    PreviewSnapshotRequest request = dialog.request();
    QVERIFY(request.disks.has_value());
    QCOMPARE(request.disks->size(), 3);

    dialog.findChild<QRadioButton *>(QStringLiteral("onlySnapshotDisksRadio"))->click();
    request = dialog.request();
    QCOMPARE(request.snapshotId, QStringLiteral("s-2"));
    QVERIFY(!request.disks.has_value()); // the manager's default: the snapshot's disks
    QVERIFY(!request.restoreMemory);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(
        QLatin1String("logs, os will be left out")));

    dialog.findChild<QRadioButton *>(QStringLiteral("customPreviewRadio"))->click();
    QCOMPARE(dialog.choice(), PreviewSnapshotDialog::Choice::CustomPreview);
    QCOMPARE(ok->text(), QStringLiteral("Custom Preview…"));
}

void TestSnapshotDialogs::previewMemoryOnly()
{
    PreviewSnapshotDialog dialog(vm(VmStatus::Down), snapshots().at(1),
                                 snapshotDisks().value(QStringLiteral("s-3")),
                                 QStringLiteral("s-active"), currentDisks());
    QVERIFY(!dialog.isPartial());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Preview Snapshot"));
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("keepAllDisksRadio")));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    auto *memory = dialog.findChild<QCheckBox *>(QStringLiteral("restoreMemoryCheck"));
    QVERIFY(memory && memory->isChecked());
    QVERIFY(dialog.request().restoreMemory);
    memory->setChecked(false);
    QVERIFY(!dialog.request().restoreMemory);
}

namespace {

int columnOf(const CustomPreviewModel &model, const QString &alias)
{
    for (int c = CustomPreviewModel::FirstDiskColumn; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == alias)
            return c;
    }
    return -1;
}

Qt::CheckState checkState(const CustomPreviewModel &model, int row, int column)
{
    return Qt::CheckState(model.index(row, column).data(Qt::CheckStateRole).toInt());
}

void setChecked(CustomPreviewModel &model, int row, int column, bool on)
{
    model.setData(model.index(row, column), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

} // namespace

void TestSnapshotDialogs::customModelTester()
{
    CustomPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    model.selectRow(2);
    setChecked(model, 1, CustomPreviewModel::ConfigurationColumn, true);
    setChecked(model, 1, CustomPreviewModel::MemoryColumn, true);
}

void TestSnapshotDialogs::customInitialState()
{
    CustomPreviewModel model;
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    // Rows: Active VM first, then newest first; columns: date, description, config, memory,
    // one per snapshot-capable disk (no shareable, no LUN).
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(CustomPreviewModel::IdRole).toString(), QStringLiteral("s-active"));
    QCOMPARE(model.index(3, 0).data(CustomPreviewModel::IdRole).toString(), QStringLiteral("s-1"));
    QCOMPARE(model.columnCount(), CustomPreviewModel::FirstDiskColumn + 3);
    QCOMPARE(model.headerData(CustomPreviewModel::FirstDiskColumn, Qt::Horizontal).toString(),
             QStringLiteral("data"));
    QCOMPARE(model.headerData(CustomPreviewModel::FirstDiskColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("d-data"));
    // Everything from the Active VM: nothing to preview yet.
    QCOMPARE(model.configurationRow(), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(model.diskRow(i), 0);
    QVERIFY(model.choosesActiveOnly());
    QVERIFY(!model.validationError().isEmpty());
}

void TestSnapshotDialogs::customNotAvailableCells()
{
    CustomPreviewModel model;
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    const int os = columnOf(model, QStringLiteral("os"));
    const int logs = columnOf(model, QStringLiteral("logs"));
    // "data only" (row 2) lacks os and logs; "fresh install" (row 3) lacks logs.
    QCOMPARE(model.index(2, os).data().toString(), QStringLiteral("N/A"));
    QVERIFY(!model.index(2, os).data(Qt::CheckStateRole).isValid());
    QVERIFY(!(model.flags(model.index(2, os)) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(3, logs).data().toString(), QStringLiteral("N/A"));
    QVERIFY(model.index(3, os).data().toString().isEmpty());
    // Memory: only "before upgrade" holds memory.
    QCOMPARE(model.index(2, CustomPreviewModel::MemoryColumn).data().toString(), QStringLiteral("N/A"));
    QVERIFY(model.index(1, CustomPreviewModel::MemoryColumn).data(Qt::CheckStateRole).isValid());
    // Checking an N/A cell does nothing.
    QVERIFY(!model.setData(model.index(2, os), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.diskRow(os - CustomPreviewModel::FirstDiskColumn), 0);

    // An illegal image is N/A too, with the portal's tooltip.
    QHash<QString, QList<Disk>> disks = snapshotDisks();
    disks[QStringLiteral("s-1")][0].status = DiskStatus::Illegal;
    model.setSnapshots(snapshots(), disks, currentDisks());
    QCOMPARE(model.index(3, os).data().toString(), QStringLiteral("N/A"));
    QCOMPARE(model.index(3, os).data(Qt::ToolTipRole).toString(), QStringLiteral("Disk in status Illegal"));
}

void TestSnapshotDialogs::customMemoryCoupledToConfiguration()
{
    CustomPreviewModel model;
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    const int memory = CustomPreviewModel::MemoryColumn;
    const int config = CustomPreviewModel::ConfigurationColumn;
    // Memory of "before upgrade" cannot be picked while another configuration is chosen.
    QVERIFY(!(model.flags(model.index(1, memory)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(1, memory), Qt::Checked, Qt::CheckStateRole));
    setChecked(model, 1, config, true);
    QCOMPARE(model.configurationRow(), 1);
    QCOMPARE(checkState(model, 0, config), Qt::Unchecked); // a radio: one per table
    QVERIFY(model.flags(model.index(1, memory)) & Qt::ItemIsUserCheckable);
    setChecked(model, 1, memory, true);
    QVERIFY(model.restoreMemory());
    // Another configuration clears the memory choice.
    setChecked(model, 3, config, true);
    QVERIFY(!model.restoreMemory());
    QCOMPARE(checkState(model, 1, memory), Qt::Unchecked);
    // The configuration cannot be unchecked, only moved.
    QVERIFY(!model.setData(model.index(3, config), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.configurationRow(), 3);
}

void TestSnapshotDialogs::customDiskColumnsExclusive()
{
    CustomPreviewModel model;
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    const int data = columnOf(model, QStringLiteral("data"));
    const int dataIndex = data - CustomPreviewModel::FirstDiskColumn;
    setChecked(model, 2, data, true);
    QCOMPARE(model.diskRow(dataIndex), 2);
    QCOMPARE(checkState(model, 0, data), Qt::Unchecked);
    QCOMPARE(checkState(model, 2, data), Qt::Checked);
    // Unchecking leaves the disk out.
    setChecked(model, 2, data, false);
    QCOMPARE(model.diskRow(dataIndex), -1);
    QCOMPARE(model.excludedCurrentDisks().size(), 1);

    // A whole row: its configuration and every disk it holds; the disks it lacks keep their
    // current choice.
    model.selectRow(3);
    QCOMPARE(model.configurationRow(), 3);
    QCOMPARE(model.diskRow(dataIndex), 3);
    QCOMPARE(model.diskRow(columnOf(model, QStringLiteral("os")) - CustomPreviewModel::FirstDiskColumn), 3);
    QCOMPARE(model.diskRow(columnOf(model, QStringLiteral("logs")) - CustomPreviewModel::FirstDiskColumn), 0);
}

void TestSnapshotDialogs::customWarningsAndResult()
{
    CustomPreviewModel model;
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    model.selectRow(1);
    QVERIFY(model.warnings().isEmpty());
    QVERIFY(model.validationError().isEmpty());

    const int logs = columnOf(model, QStringLiteral("logs"));
    setChecked(model, 1, logs, false);
    QCOMPARE(model.warnings(),
             QStringList({"Excluded disks will be deleted when the snapshot is committed."}));
    setChecked(model, 1, CustomPreviewModel::MemoryColumn, true);
    QCOMPARE(model.warnings(),
             QStringList({"Previewing memory may cause data loss when excluding disks!"}));
    // Memory with its disks taken from another snapshot is as risky as leaving them out.
    setChecked(model, 1, logs, true);
    QVERIFY(model.warnings().isEmpty());
    setChecked(model, 0, columnOf(model, QStringLiteral("os")), true);
    QCOMPARE(model.warnings(),
             QStringList({"Previewing memory may cause data loss when excluding disks!"}));

    setChecked(model, 1, logs, false);
    const QList<CustomPreviewModel::ResultLine> result = model.result();
    QCOMPARE(result.size(), 5);
    QCOMPARE(result.at(0).part, QStringLiteral("VM configuration"));
    QVERIFY(result.at(0).source.startsWith(QLatin1String("before upgrade (")));
    QCOMPARE(result.at(1).part, QStringLiteral("Memory"));
    QVERIFY(result.at(1).source.startsWith(QLatin1String("before upgrade (")));
    QCOMPARE(result.at(3).part, QStringLiteral("logs"));
    QVERIFY(result.at(3).excluded);
    QVERIFY(result.at(3).source.contains(QLatin1String("deleted when the snapshot is committed")));
    QCOMPARE(result.at(4).part, QStringLiteral("os"));
    QVERIFY(result.at(4).source.startsWith(QLatin1String("Active VM")));
}

void TestSnapshotDialogs::customRequest()
{
    CustomPreviewModel model;
    model.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    model.selectRow(3); // fresh install: config, os, data; logs stays current
    setChecked(model, 2, columnOf(model, QStringLiteral("data")), true);
    const PreviewSnapshotRequest request = model.request(QStringLiteral("vm-1"));
    QCOMPARE(request.vmId, QStringLiteral("vm-1"));
    QCOMPARE(request.snapshotId, QStringLiteral("s-1"));
    QVERIFY(!request.restoreMemory);
    QVERIFY(request.disks.has_value());
    QCOMPARE(request.disks->size(), 3);
    QHash<QString, std::pair<QString, QString>> byDisk;
    for (const DiskImageChoice &choice : *request.disks)
        byDisk.insert(choice.diskId, {choice.imageId, choice.snapshotId});
    QCOMPARE(byDisk.value(QStringLiteral("d-data")),
             std::make_pair(QStringLiteral("img-data-2"), QStringLiteral("s-2")));
    QCOMPARE(byDisk.value(QStringLiteral("d-os")),
             std::make_pair(QStringLiteral("img-os-1"), QStringLiteral("s-1")));
    QCOMPARE(byDisk.value(QStringLiteral("d-logs")),
             std::make_pair(QStringLiteral("img-logs-2"), QStringLiteral("s-active")));

    // An excluded disk is simply not in the list.
    setChecked(model, 0, columnOf(model, QStringLiteral("logs")), false);
    QCOMPARE(model.request(QStringLiteral("vm-1")).disks->size(), 2);
}

void TestSnapshotDialogs::customDialogMouseAndKeyboard()
{
    CustomPreviewDialog dialog(vm(VmStatus::Down), snapshots(), snapshotDisks(), currentDisks(),
                               QStringLiteral("s-2"));
    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CustomPreviewModel *model = dialog.model();
    QTableView *table = dialog.table();
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("warningLabel"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
    // The selected snapshot applied over the Active VM: config and data from "data only".
    QCOMPARE(model->configurationRow(), 2);
    QVERIFY(ok->isEnabled());
    QVERIFY(warning->isHidden());
    QVERIFY(result->text().contains(QLatin1String("data only")));

    // Double-click selects the whole row.
    const QModelIndex cell = model->index(3, CustomPreviewModel::DescriptionColumn);
    const QPoint center = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(model->configurationRow(), 3);

    // A click anywhere in a disk cell toggles it; unchecking shows the commit warning.
    const int logs = columnOf(*model, QStringLiteral("logs"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(0, logs)).center());
    QCOMPARE(model->diskRow(logs - CustomPreviewModel::FirstDiskColumn), -1);
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("Excluded disks will be deleted")));
    QVERIFY(result->text().contains(QLatin1String("excluded")));

    // Keyboard: Space toggles the current cell, Enter picks the current row.
    table->setFocus();
    table->setCurrentIndex(model->index(0, logs));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(model->diskRow(logs - CustomPreviewModel::FirstDiskColumn), 0);
    QVERIFY(warning->isHidden());
    table->setCurrentIndex(model->index(1, CustomPreviewModel::DateColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(model->configurationRow(), 1);
    QVERIFY(dialog.isVisible()); // Enter did not close the dialog
}

void TestSnapshotDialogs::commitErasure()
{
    // Previewing "data only": committing erases "before upgrade" (newer) and the disks the
    // preview left out (os and logs, held by the state before the preview).
    QList<Disk> previewedDisks = {snapshotDisks().value(QStringLiteral("s-2")).first()};
    const CommitErasure erasure = CommitErasure::forCommit(previewingSnapshots(),
                                                           previewingSnapshotDisks(), previewedDisks);
    QCOMPARE(erasure.snapshots.size(), 1);
    QCOMPARE(erasure.snapshots.first().id, QStringLiteral("s-3"));
    QCOMPARE(SnapshotDiskRules::sortedAliases(erasure.disks), QStringList({"logs", "os"}));

    const CommitErasure restore = CommitErasure::forRestore(snapshots(), snapshots().at(3));
    QCOMPARE(restore.snapshots.size(), 2);
    QCOMPARE(restore.snapshots.at(0).id, QStringLiteral("s-3")); // newest first
    QCOMPARE(restore.snapshots.at(1).id, QStringLiteral("s-2"));
    QVERIFY(restore.disks.isEmpty());
    QVERIFY(CommitErasure::forRestore(snapshots(), snapshots().at(1)).isEmpty());
}

void TestSnapshotDialogs::commitDialog()
{
    QList<Disk> previewedDisks = {snapshotDisks().value(QStringLiteral("s-2")).first()};
    const QList<Snapshot> list = previewingSnapshots();
    CommitSnapshotDialog dialog(CommitSnapshotDialog::Mode::Commit, list.at(2),
                                CommitErasure::forCommit(list, previewingSnapshotDisks(),
                                                         previewedDisks));
    QVERIFY(dialog.question().startsWith(
        QLatin1String("Are you sure you want to commit snapshot from")));
    QVERIFY(dialog.question().contains(QLatin1String("'data only'")));
    const QStringList items = dialog.erasedItems();
    QCOMPARE(items.size(), 4);
    QVERIFY(items.at(0).startsWith(QLatin1String("Snapshot 'before upgrade' from")));
    QVERIFY(items.at(1).contains(QLatin1String("Disk logs (excluded from the preview)")));
    QVERIFY(items.at(2).contains(QLatin1String("Disk os")));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("erasedList"))->count(), 4);
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QCOMPARE(ok->text(), QStringLiteral("Commit"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!ok->isDefault()); // erasing is never the default answer
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("restoreMemoryCheck"))->isHidden());
}

void TestSnapshotDialogs::restoreDialog()
{
    const QList<Snapshot> list = snapshots();
    CommitSnapshotDialog dialog(CommitSnapshotDialog::Mode::Restore, list.at(1),
                                CommitErasure::forRestore(list, list.at(1)));
    QVERIFY(dialog.question().contains(QLatin1String("restore snapshot")));
    // Nothing newer than "before upgrade": only the question, no list.
    QVERIFY(dialog.erasedItems().isEmpty());
    auto *memory = dialog.findChild<QCheckBox *>(QStringLiteral("restoreMemoryCheck"));
    QVERIFY(!memory->isHidden());
    QVERIFY(dialog.restoreMemory());
    memory->setChecked(false);
    QVERIFY(!dialog.restoreMemory());
}

void TestSnapshotDialogs::taskList()
{
    TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start(QStringLiteral("c1"), QStringLiteral("Create snapshot"), at("2026-03-02T09:30:00Z"));
    model.start(QStringLiteral("c2"), QStringLiteral("Delete snapshot"), at("2026-03-02T09:31:00Z"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("c2")), 0); // newest first
    QCOMPARE(model.runningCount(), 2);
    model.setProgress(QStringLiteral("c1"), QStringLiteral("Disk os is locked"));
    QCOMPARE(model.message(1), QStringLiteral("Disk os is locked"));
    model.finish(QStringLiteral("c1"), true, QStringLiteral("Snapshot 'x' creation for VM 'web01' has been completed."));
    model.finish(QStringLiteral("c2"), false, QStringLiteral("Cannot remove Snapshot."));
    QCOMPARE(model.runningCount(), 0);
    QCOMPARE(model.index(0, TaskListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QVERIFY(model.index(0, TaskListModel::MessageColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, TaskListModel::MessageColumn).data(Qt::ForegroundRole).isValid());
    // A late progress report does not overwrite the outcome.
    model.setProgress(QStringLiteral("c1"), QStringLiteral("late"));
    QVERIFY(model.message(1).endsWith(QLatin1String("has been completed.")));
}

QTEST_MAIN(TestSnapshotDialogs)
#include "tst_snapshotdialogs.moc"
