#include "commiterasure.h"
#include "commitsnapshotdialog.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "custompreviewmodel.h"
#include "previewsnapshotdialog.h"
#include "screenshottest.h"
#include "snapshottestdata.h"
#include "snapshottimelineplot.h"

#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>

using namespace SnapshotTestData;

namespace {

const QString dialogsTest = QStringLiteral("snapshotdialogs");
const QString timelineTest = QStringLiteral("timeline");

int columnOf(const CustomPreviewModel &model, const QString &alias)
{
    for (int c = CustomPreviewModel::FirstDiskColumn; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == alias)
            return c;
    }
    return -1;
}

} // namespace

/// The snapshot dialogs and the timeline, from fixed entities (dates, sizes, ids), so that no
/// lab is needed and every run draws the same pixels.
class TestSnapshotDialogsScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void createSnapshot();
    void previewPartial();
    void customPreview();
    void commitConfirmation();
    void timeline();
    void timelinePreviewing();

private:
    void showAt(QWidget *widget, const QSize &size);
};

void TestSnapshotDialogsScreenshot::showAt(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestSnapshotDialogsScreenshot::createSnapshot()
{
    CreateSnapshotDialog dialog(vm(VmStatus::Up), currentDisks(), snapshots());
    dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))
        ->setText(QStringLiteral("before upgrade"));
    showAt(&dialog, QSize(620, 420));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, dialogsTest, QStringLiteral("create"));
}

void TestSnapshotDialogsScreenshot::previewPartial()
{
    PreviewSnapshotDialog dialog(vm(VmStatus::Down), snapshots().at(2),
                                 snapshotDisks().value(QStringLiteral("s-2")),
                                 QStringLiteral("s-active"), currentDisks());
    dialog.findChild<QRadioButton *>(QStringLiteral("onlySnapshotDisksRadio"))->setChecked(true);
    showAt(&dialog, dialog.sizeHint().expandedTo(QSize(640, 0)));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, dialogsTest, QStringLiteral("preview-partial"));
}

void TestSnapshotDialogsScreenshot::customPreview()
{
    CustomPreviewDialog dialog(vm(VmStatus::Down), snapshots(), snapshotDisks(), currentDisks(),
                               QStringLiteral("s-1"));
    // "fresh install" without its logs (it had none): logs left out, so the commit warning.
    CustomPreviewModel *model = dialog.model();
    model->setData(model->index(0, columnOf(*model, QStringLiteral("logs"))), Qt::Unchecked,
                   Qt::CheckStateRole);
    showAt(&dialog, QSize(860, 520));
    dialog.table()->clearFocus();
    DISKDESK_VERIFY_SCREENSHOT(&dialog, dialogsTest, QStringLiteral("custom-preview"));
}

void TestSnapshotDialogsScreenshot::commitConfirmation()
{
    const QList<Snapshot> list = previewingSnapshots();
    const QList<Disk> previewedDisks = {snapshotDisks().value(QStringLiteral("s-2")).first()};
    CommitSnapshotDialog dialog(CommitSnapshotDialog::Mode::Commit, list.at(2),
                                CommitErasure::forCommit(list, previewingSnapshotDisks(),
                                                         previewedDisks));
    showAt(&dialog, dialog.sizeHint().expandedTo(QSize(620, 0)));
    DISKDESK_VERIFY_SCREENSHOT(&dialog, dialogsTest, QStringLiteral("commit"));
}

void TestSnapshotDialogsScreenshot::timeline()
{
    SnapshotTimelinePlot plot;
    plot.setNow(at("2026-03-02T09:30:00Z"));
    plot.setSnapshots(snapshots(), snapshotDisks(), currentDisks());
    QCOMPARE(plot.laneLabels(), QStringList({"data", "logs", "os"}));
    QCOMPARE(plot.snapshotMarkCount(), 6); // 3 + 1 + 2 images in snapshots
    QCOMPARE(plot.previewMarkCount(), 0);
    showAt(&plot, QSize(900, 380));
    plot.replot();
    DISKDESK_VERIFY_SCREENSHOT(&plot, timelineTest, QStringLiteral("snapshots"));
}

void TestSnapshotDialogsScreenshot::timelinePreviewing()
{
    SnapshotTimelinePlot plot;
    plot.setNow(at("2026-03-02T09:30:00Z"));
    const QList<Disk> previewedDisks = {snapshotDisks().value(QStringLiteral("s-2")).first()};
    plot.setSnapshots(previewingSnapshots(), previewingSnapshotDisks(), previewedDisks);
    QCOMPARE(plot.previewMarkCount(), 1);
    QCOMPARE(plot.snapshotMarkCount(), 9); // with the 3 images of the state before the preview
    showAt(&plot, QSize(900, 380));
    plot.replot();
    DISKDESK_VERIFY_SCREENSHOT(&plot, timelineTest, QStringLiteral("previewing"));
}

DISKDESK_SCREENSHOT_TEST_MAIN(TestSnapshotDialogsScreenshot)
#include "tst_snapshotdialogs_screenshot.moc"
