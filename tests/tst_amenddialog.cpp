// The Amend dialog (plan volume by volume, disks left out with the manager's words, rules of
// its Amend button) and the version upgrade confirmation (choices, consequences, the manager's
// ordering rule up front), with screenshots of both. Fixed entities, no lab.

#include "amenddialog.h"
#include "amendplanmodel.h"
#include "amendtestdata.h"
#include "client.h"
#include "screenshottest.h"
#include "upgradeversiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTextBrowser>

using namespace AmendTestData;

namespace {

const QString Test = QStringLiteral("amenddialog");

DataCenter dataCenter(const QList<Version> &supported)
{
    DataCenter dc;
    dc.id = id(700);
    dc.name = QStringLiteral("Default");
    dc.version = {4, 7};
    dc.storageFormat = StorageFormat::V5;
    dc.status = DataCenterStatus::Up;
    dc.supportedVersions = supported;
    return dc;
}

Cluster cluster(int minor)
{
    Cluster c;
    c.id = id(701);
    c.name = QStringLiteral("Default");
    c.version = {4, minor};
    c.dataCenterId = id(700);
    return c;
}

QList<StorageDomain> domains()
{
    StorageDomain legacy;
    legacy.id = id(501);
    legacy.name = QStringLiteral("data-legacy");
    legacy.type = StorageDomainType::Data;
    legacy.storageFormat = StorageFormat::V3;
    legacy.dataCenterIds = {id(700)};
    StorageDomain main = legacy;
    main.id = id(502);
    main.name = QStringLiteral("data-main");
    main.storageFormat = StorageFormat::V4;
    return {legacy, main};
}

} // namespace

class TestAmendDialog : public QObject
{
    Q_OBJECT

private slots:
    void planAndLeftOut();
    void nothingToAmend();
    void amendSeveralScreenshot();
    void upgradeDataCenterRules();
    void upgradeBlockedByCluster();
    void upgradeCluster();

private:
    void showAt(QWidget *widget, const QSize &size)
    {
        widget->resize(size);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
    }
    Client m_client;
};

void TestAmendDialog::planAndLeftOut()
{
    AmendDialog dialog(QStringLiteral("the 3 selected disks"), {legacyApp(), dbData(), mailDisk()});
    QCOMPARE(dialog.amendableCount(), 2);
    QCOMPARE(dialog.leftOut().size(), 1);
    QCOMPARE(dialog.leftOut().first().first, QStringLiteral("mail-01_Disk1"));
    QCOMPARE(dialog.leftOut().first().second, QStringLiteral("Cannot amend Virtual Disk. The disk mail-01_Disk1 is plugged to non-Down VMs: mail-01"));
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("leftOutView"))->toPlainText().contains(QStringLiteral("plugged to non-Down VMs")));
    // Volume by volume: 3 of legacy-app (2 change), 2 of db-01_Data (1 changes).
    AmendPlanModel *plan = dialog.plan();
    QCOMPARE(plan->rowCount(), 5);
    int changing = 0;
    for (int row = 0; row < plan->rowCount(); ++row)
        changing += plan->index(row, 0).data(AmendPlanModel::ChangesRole).toBool() ? 1 : 0;
    QCOMPARE(changing, 3);
    // Without a connection there is nothing to send with.
    auto *amend = dialog.findChild<QPushButton *>(QStringLiteral("amendButton"));
    QVERIFY(!amend->isEnabled());
    QCOMPARE(dialog.validationError(), QStringLiteral("Not connected to a manager."));
    dialog.setClient(&m_client);
    QVERIFY(amend->isEnabled());
    QVERIFY(dialog.validationError().isEmpty());
}

void TestAmendDialog::nothingToAmend()
{
    AmendDialog dialog(QStringLiteral("the disks of storage domain data-main"), {rawScratch(), lockedDisk(), dbSystemOnV3()});
    dialog.setClient(&m_client);
    QCOMPARE(dialog.amendableCount(), 0);
    QCOMPARE(dialog.leftOut().size(), 3);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("amendButton"))->isEnabled());
    QCOMPARE(dialog.validationError(), QStringLiteral("Nothing to amend: every disk is left out, for the reason given."));
    dialog.start(); // does nothing
    QVERIFY(!dialog.hasStarted());
}

void TestAmendDialog::amendSeveralScreenshot()
{
    AmendDialog dialog(QStringLiteral("the 3 selected disks"), {legacyApp(), dbData(), mailDisk()});
    dialog.setClient(&m_client);
    showAt(&dialog, QSize(780, 470));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, Test, QStringLiteral("amend-several"));
}

void TestAmendDialog::upgradeDataCenterRules()
{
    UpgradeVersionDialog dialog(dataCenter({{4, 7}, {4, 8}}), {cluster(8)}, domains());
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("versionCombo"));
    QCOMPARE(combo->count(), 1);
    QCOMPARE(dialog.selectedVersion(), (Version{4, 8}));
    const QStringList consequences = dialog.consequences();
    QVERIFY(consequences.first().contains(QStringLiteral("data-legacy from V3 to V5; data-main from V4 to V5")));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.validationError(), QStringLiteral("Confirm the upgrade to enable Upgrade."));
    showAt(&dialog, QSize(580, 360));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, Test, QStringLiteral("upgrade-datacenter"));
    dialog.setConfirmed(true);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.kind(), UpgradeVersionDialog::Kind::DataCenter);
    QCOMPARE(dialog.entityId(), id(700));
}

void TestAmendDialog::upgradeBlockedByCluster()
{
    // The manager offers nothing above 4.7 while the cluster is at 4.7: its own words say why.
    UpgradeVersionDialog dialog(dataCenter({{4, 7}}), {cluster(7)}, domains());
    dialog.setConfirmed(true);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheck"))->isChecked());
    QCOMPARE(dialog.validationError(), QStringLiteral("Cannot update Data Center compatibility version to a value that is greater than its "
                                                      "cluster's version. The following clusters should be upgraded: Default."));
    showAt(&dialog, QSize(580, 300));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, Test, QStringLiteral("upgrade-datacenter-blocked"));
}

void TestAmendDialog::upgradeCluster()
{
    UpgradeVersionDialog dialog(cluster(6), dataCenter({{4, 6}}));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("versionCombo"));
    QCOMPARE(combo->count(), 2); // 4.7, 4.8
    QCOMPARE(dialog.selectedVersion(), (Version{4, 7}));
    combo->setCurrentIndex(1);
    QCOMPARE(dialog.selectedVersion(), (Version{4, 8}));
    QVERIFY(dialog.consequences().last().contains(QStringLiteral("Data center Default (4.7) can be raised to 4.8")));
    dialog.setConfirmed(true);
    QVERIFY(dialog.validationError().isEmpty());
    QCOMPARE(UpgradeVersionDialog::storageFormatFor({4, 2}), StorageFormat::V4);
    QCOMPARE(UpgradeVersionDialog::storageFormatFor({4, 3}), StorageFormat::V5);
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestAmendDialog)
#include "tst_amenddialog.moc"
