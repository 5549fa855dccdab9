// The attach dialogs in each state a person meets (issue 4), from fixed entities, against
// goldens in screenshots/attach/: Attach with a shareable disk used read-only elsewhere, the
// Direct LUN table with automatic read-only on a write-protected LUN, a new image disk for a
// running VM, the Direct LUN discovery → targets → LUN table with "Automatic" chosen, and the
// "Used by" view.

#include "attachdiskdialog.h"
#include "attachtestdata.h"
#include "diskusagedialog.h"
#include "newdiskdialog.h"
#include "screenshottest.h"

using namespace AttachTestData;

namespace {

const QString test = QStringLiteral("attach");

} // namespace

class TestAttachDialogsScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void attachSharedUsedReadOnlyElsewhere();
    void attachLunAutomatic();
    void newImageDiskOnRunningVm();
    void newLunDiscoveryTargetsLuns();
    void usedBy();

private:
    void showAt(QWidget *widget, const QSize &size);
};

void TestAttachDialogsScreenshot::showAt(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestAttachDialogsScreenshot::attachSharedUsedReadOnlyElsewhere()
{
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    dialog.setChecked(QStringLiteral("sh"), true);
    dialog.setInterface(QStringLiteral("sh"), DiskInterface::Virtio);
    dialog.setReadOnlyMode(QStringLiteral("sh"), ReadOnlyMode::ReadOnly);
    showAt(&dialog, QSize(1180, 420));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, test, QStringLiteral("attach-image"));
}

void TestAttachDialogsScreenshot::attachLunAutomatic()
{
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    dialog.showLuns(true);
    dialog.setChecked(QStringLiteral("lp"), true);
    dialog.setReadOnlyMode(QStringLiteral("lp"), ReadOnlyMode::Automatic);
    showAt(&dialog, QSize(1180, 420));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, test, QStringLiteral("attach-lun-automatic"));
}

void TestAttachDialogsScreenshot::newImageDiskOnRunningVm()
{
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("web-02"), VmStatus::Up), {}, {}, storageDomains(), hosts(), disks(), usage());
    dialog.setBootable(false);
    dialog.setSizeGiB(20);
    dialog.setInterface(DiskInterface::Virtio);
    showAt(&dialog, QSize(720, 430));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, test, QStringLiteral("new-image"));
}

void TestAttachDialogsScreenshot::newLunDiscoveryTargetsLuns()
{
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, storageDomains(), hosts(), disks(),
                         usage());
    dialog.setMode(NewDiskDialog::Mode::DirectLun);
    dialog.setAlias(QStringLiteral("archive-lun"));
    dialog.setHost(QStringLiteral("host-a-id"));
    dialog.setDiscovery(QStringLiteral("192.0.2.10"), 3260, QStringLiteral("labchap"), QStringLiteral("secret"));
    dialog.setTargets(targets());
    dialog.setLoggedIn(DisksIqn, true);
    dialog.setLuns(hostLuns());
    QVERIFY(dialog.selectLun(lun(QStringLiteral("04"), 0, {}, true).id));
    dialog.setReadOnlyMode(ReadOnlyMode::Automatic);
    showAt(&dialog, QSize(960, 800));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, test, QStringLiteral("new-lun"));
}

void TestAttachDialogsScreenshot::usedBy()
{
    DiskUsageDialog dialog(sharedData());
    dialog.setUses(usage().value(QStringLiteral("sh")));
    showAt(&dialog, QSize(560, 260));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, test, QStringLiteral("used-by"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestAttachDialogsScreenshot)
#include "tst_attachdialogs_screenshot.moc"
