// Keyboard use of every dialog in dialogs/ (issue 9, item 2): pressing Tab from the dialog's
// first focus visits every visible, enabled widget that takes focus, comes back to where it
// started (no trap), each stop has an accessible name, and the order reads like the layout
// (top to bottom; left to right within a row; a new column may start higher up).

#include "amenddialog.h"
#include "amendtestdata.h"
#include "attachdiskdialog.h"
#include "attachtestdata.h"
#include "commiterasure.h"
#include "commitsnapshotdialog.h"
#include "connectiondialog.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "diskusagedialog.h"
#include "newdiskdialog.h"
#include "preferencesdialog.h"
#include "previewsnapshotdialog.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "snapshottestdata.h"
#include "trustcertificatedialog.h"
#include "upgradeversiondialog.h"
#include "uploaddiskdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

QRect rectIn(const QWidget *widget, const QWidget *dialog)
{
    return QRect(widget->mapTo(dialog, QPoint(0, 0)), widget->size());
}

QString describe(const QWidget *widget, const QWidget *dialog)
{
    const QRect r = rectIn(widget, dialog);
    return QStringLiteral("%1 \"%2\" (%3) at %4,%5")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
             widget->objectName().isEmpty() ? QStringLiteral("<no objectName>") : widget->objectName(),
             QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget))->text(QAccessible::Name))
        .arg(r.x())
        .arg(r.y());
}

// Widgets a person can reach with Tab: they take focus by Tab, are shown and enabled, and are not
// a part standing in for another (a spin box's line edit has the spin box as focus proxy).
QList<QWidget *> focusableWidgets(QWidget *dialog)
{
    QList<QWidget *> result;
    const QList<QWidget *> all = dialog->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() == dialog && widget->isVisibleTo(dialog) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            result.append(widget);
    }
    return result;
}

// Qt lets Tab visit only the checked button of an exclusive group (the arrows move inside it),
// so one reached member counts for the group.
QList<QAbstractButton *> exclusiveGroupOf(QAbstractButton *button)
{
    if (QButtonGroup *group = button->group(); group && group->exclusive())
        return group->buttons();
    if (button->autoExclusive() && button->parentWidget()) {
        QList<QAbstractButton *> siblings;
        for (QAbstractButton *sibling : button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
            if (sibling->autoExclusive() && !sibling->group())
                siblings.append(sibling);
        }
        return siblings;
    }
    return {};
}

} // namespace

class TestFocusChain : public QObject
{
    Q_OBJECT

private slots:
    void connectionDialog();
    void profileDialog();
    void trustCertificateDialog();
    void createSnapshotDialog();
    void previewSnapshotDialog();
    void customPreviewDialog();
    void commitSnapshotDialog();
    void amendDialog();
    void upgradeDataCenterDialog();
    void upgradeClusterDialog();
    void attachDiskDialogImages();
    void attachDiskDialogLuns();
    void newDiskDialogImage();
    void newDiskDialogDirectLun();
    void diskUsageDialog();
    void uploadDiskDialog();
    void preferencesDialog();

private:
    void walk(QDialog *dialog, const QSize &size);
};

void TestFocusChain::walk(QDialog *dialog, const QSize &size)
{
    dialog->resize(size);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QWidget *start = QApplication::focusWidget();
    QVERIFY2(start && start->window() == dialog, "the dialog opens with no widget focused");

    QStringList problems;
    QList<QWidget *> chain{start};
    const QList<QWidget *> focusable = focusableWidgets(dialog);
    // Far more presses than stops: a chain that has not come back by then never will.
    const int maxPresses = int(focusable.size()) * 3 + 10;
    for (int press = 0; press < maxPresses; ++press) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != dialog) {
            problems.append(QStringLiteral("Tab from %1 leaves the dialog").arg(describe(before, dialog)));
            break;
        }
        if (now == before) {
            problems.append(QStringLiteral("Tab stays in %1 (a keyboard trap)").arg(describe(now, dialog)));
            break;
        }
        if (now == start)
            break;
        if (chain.contains(now)) {
            problems.append(QStringLiteral("Tab cycles back to %1 without reaching %2 again")
                                .arg(describe(now, dialog), describe(start, dialog)));
            break;
        }
        chain.append(now);
    }
    if (problems.isEmpty() && QApplication::focusWidget() != start)
        problems.append(QStringLiteral("Tab never comes back to %1").arg(describe(start, dialog)));

    // Every focusable widget is a stop (radio buttons: one per exclusive group).
    for (QWidget *widget : focusable) {
        if (chain.contains(widget))
            continue;
        if (auto *button = qobject_cast<QRadioButton *>(widget)) {
            const auto group = exclusiveGroupOf(button);
            if (std::any_of(group.cbegin(), group.cend(), [&chain](QAbstractButton *b) { return chain.contains(b); }))
                continue;
        }
        problems.append(QStringLiteral("never reached by Tab: %1").arg(describe(widget, dialog)));
    }

    for (QWidget *widget : std::as_const(chain)) {
        const QString name = QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
        if (name.trimmed().isEmpty())
            problems.append(QStringLiteral("no accessible name: %1").arg(describe(widget, dialog)));
        if (widget->objectName().isEmpty())
            problems.append(QStringLiteral("no objectName: %1").arg(describe(widget, dialog)));
    }

    // A label with an Alt key (one "&") leads to its field; without a buddy Qt shows the "&".
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        QString text = label->text();
        if (Qt::mightBeRichText(text) || label->textFormat() == Qt::RichText)
            continue;
        if (text.remove(QStringLiteral("&&")).contains(QLatin1Char('&')) && !label->buddy())
            problems.append(QStringLiteral("label \"%1\" has an Alt key but no buddy").arg(label->text()));
    }

    // Reading order: the chain starts at the stop a reader meets first (top, then left); from
    // each stop the next may not go back up in the same column, nor left in the same row.
    const auto readingFirst = std::min_element(chain.cbegin(), chain.cend(), [dialog](QWidget *a, QWidget *b) {
        const QRect ra = rectIn(a, dialog);
        const QRect rb = rectIn(b, dialog);
        return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
    });
    QList<QWidget *> ordered = chain.mid(readingFirst - chain.cbegin()) + chain.mid(0, readingFirst - chain.cbegin());
    for (qsizetype i = 0; i + 1 < ordered.size(); ++i) {
        const QRect a = rectIn(ordered.at(i), dialog);
        const QRect b = rectIn(ordered.at(i + 1), dialog);
        const bool sameColumn = b.left() < a.right() && a.left() < b.right();
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        if ((sameColumn && b.bottom() < a.top()) || (sameRow && !sameColumn && b.right() < a.left())) {
            problems.append(QStringLiteral("Tab goes back against the layout: %1 → %2")
                                .arg(describe(ordered.at(i), dialog), describe(ordered.at(i + 1), dialog)));
        }
    }

    QStringList order;
    for (QWidget *widget : std::as_const(ordered))
        order.append(describe(widget, dialog));
    qInfo("%s focus chain:\n  %s", dialog->metaObject()->className(), qPrintable(order.join(QStringLiteral("\n  "))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestFocusChain::connectionDialog()
{
    ConnectionDialog dialog;
    walk(&dialog, dialog.sizeHint());
}

void TestFocusChain::profileDialog()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    ConnectionProfile production;
    production.name = QStringLiteral("Production");
    production.address = QStringLiteral("engine.example.com");
    ConnectionProfile lab;
    lab.name = QStringLiteral("Lab");
    lab.address = QStringLiteral("https://127.0.0.1:8443/ovirt-engine/api");
    store.save(production);
    store.save(lab);
    ProfileDialog dialog(&store);
    walk(&dialog, QSize(760, 380));
}

void TestFocusChain::trustCertificateDialog()
{
    QFile file(QStringLiteral(DISKDESK_TEST_DATA "/connection/engine-ca.pem"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate ca(file.readAll(), QSsl::Pem);
    TrustCertificateDialog dialog;
    dialog.setCertificate(QStringLiteral("engine.example.com"), ca);
    dialog.setUntrustedErrors({QSslError(QSslError::SelfSignedCertificateInChain, ca)});
    walk(&dialog, QSize(640, 260));
}

void TestFocusChain::createSnapshotDialog()
{
    using namespace SnapshotTestData;
    CreateSnapshotDialog dialog(vm(VmStatus::Up), currentDisks(), snapshots());
    walk(&dialog, QSize(620, 420));
}

void TestFocusChain::previewSnapshotDialog()
{
    using namespace SnapshotTestData;
    PreviewSnapshotDialog dialog(vm(VmStatus::Down), snapshots().at(2), snapshotDisks().value(QStringLiteral("s-2")),
                                 QStringLiteral("s-active"), currentDisks());
    walk(&dialog, dialog.sizeHint().expandedTo(QSize(640, 0)));
}

void TestFocusChain::customPreviewDialog()
{
    using namespace SnapshotTestData;
    CustomPreviewDialog dialog(vm(VmStatus::Down), snapshots(), snapshotDisks(), currentDisks(), QStringLiteral("s-1"));
    walk(&dialog, QSize(860, 520));
}

void TestFocusChain::commitSnapshotDialog()
{
    using namespace SnapshotTestData;
    const QList<Snapshot> list = previewingSnapshots();
    const QList<Disk> previewedDisks = {snapshotDisks().value(QStringLiteral("s-2")).first()};
    CommitSnapshotDialog dialog(CommitSnapshotDialog::Mode::Commit, list.at(2),
                                CommitErasure::forCommit(list, previewingSnapshotDisks(), previewedDisks));
    walk(&dialog, dialog.sizeHint().expandedTo(QSize(620, 0)));
}

void TestFocusChain::amendDialog()
{
    using namespace AmendTestData;
    AmendDialog dialog(QStringLiteral("the 3 selected disks"), {legacyApp(), dbData(), mailDisk()});
    walk(&dialog, QSize(900, 560));
}

void TestFocusChain::upgradeDataCenterDialog()
{
    UpgradeVersionDialog dialog(AmendTestData::dataCenterAt47(), {AmendTestData::clusterAt(8)}, AmendTestData::dataDomains());
    walk(&dialog, dialog.sizeHint().expandedTo(QSize(640, 0)));
}

void TestFocusChain::upgradeClusterDialog()
{
    UpgradeVersionDialog dialog(AmendTestData::clusterAt(6), AmendTestData::dataCenterAt47());
    walk(&dialog, dialog.sizeHint().expandedTo(QSize(640, 0)));
}

void TestFocusChain::attachDiskDialogImages()
{
    using namespace AttachTestData;
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    walk(&dialog, QSize(1180, 420));
}

void TestFocusChain::attachDiskDialogLuns()
{
    using namespace AttachTestData;
    AttachDiskDialog dialog(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
    dialog.showLuns(true);
    walk(&dialog, QSize(1180, 420));
}

void TestFocusChain::newDiskDialogImage()
{
    using namespace AttachTestData;
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("web-02"), VmStatus::Up), {}, {}, storageDomains(), hosts(), disks(), usage());
    walk(&dialog, QSize(720, 430));
}

void TestFocusChain::newDiskDialogDirectLun()
{
    using namespace AttachTestData;
    NewDiskDialog dialog(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, storageDomains(), hosts(),
                         disks(), usage());
    dialog.setMode(NewDiskDialog::Mode::DirectLun);
    dialog.setHost(QStringLiteral("host-a-id"));
    dialog.setTargets(targets());
    dialog.setLoggedIn(DisksIqn, true);
    dialog.setLuns(hostLuns());
    walk(&dialog, QSize(960, 800));
}

void TestFocusChain::diskUsageDialog()
{
    using namespace AttachTestData;
    DiskUsageDialog dialog(sharedData());
    dialog.setUses(usage().value(QStringLiteral("sh")));
    walk(&dialog, QSize(560, 260));
}

void TestFocusChain::uploadDiskDialog()
{
    UploadDiskDialog dialog(AttachTestData::storageDomains());
    walk(&dialog, QSize(640, 360));
}

void TestFocusChain::preferencesDialog()
{
    PreferencesDialog dialog;
    walk(&dialog, dialog.sizeHint());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Fusion everywhere, so that focus policies (buttons, tab bars) are the same on every desktop.
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestFocusChain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_focus_chain.moc"
