// End to end through the real main window (issue 7): File → Upload Image… with its dialog filled
// as a person would, the transfer followed in the Tasks pane to its end, the new disk checked
// through the api and its lab volume compared with the source (`qemu-img compare`); then the
// disk, attached to a down VM, selected in that VM's Disks tab and saved with File → Download
// Image… through the save dialog, and the downloaded file compared with the source again.
#include "client.h"
#include "clienttestsupport.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "tasklistmodel.h"
#include "taskspane.h"
#include "uploaddiskdialog.h"
#include "vmdisklistmodel.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {

constexpr int loadTimeoutMs = 60000;
constexpr int transferTimeoutMs = 180000;
constexpr qint64 MiB = qint64(1) << 20;

// Empty when the command succeeded, else what it said.
QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return program + QStringLiteral(" did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 -> exit %3: %4").arg(program, args.join(u' ')).arg(p.exitCode()).arg(QString::fromUtf8(p.readAll()));
    return {};
}

// `qemu-img compare` (guest data; -U because the lab may hold the volume open): empty when identical.
QString compareImages(const QString &a, const QString &b)
{
    return runTool(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-q"), QStringLiteral("-U"), a, b});
}

/// Fills the modal dialog an action opens: modal dialogs run their own event loop, so the test
/// cannot wait for them in its own code; this polls from a timer until a modal \a T shows, hands
/// it to \a fill once, and remembers whether it came at all.
template <class T>
class ModalDriver
{
public:
    explicit ModalDriver(std::function<void(T *)> fill) : m_fill(std::move(fill))
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = true;
                m_fill(dialog);
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    std::function<void(T *)> m_fill;
    QTimer m_timer;
    bool m_seen = false;
};

} // namespace

class TestE2eTransferGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void uploadThenDownloadThroughMenus();

private:
    /// Waits until the Tasks pane has \a rows tasks and none is running; the newest must have succeeded.
    void waitForTransfer(int rows);
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    LabProcess m_lab;
    Client m_client;
    QTemporaryDir m_dir;
    QString m_domainId;
    std::unique_ptr<MainWindow> m_window;
};

void TestE2eTransferGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qemu-io")).isEmpty(), "qemu-io is not installed");
    // The window's layout and searches go to a test location, never into the person's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiskDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_e2e_transfer_gui"));

    // HTTPS with the lab's CA pinned: the transfer's imageio URL is TLS too, as with a manager.
    LabProcess::Options options;
    options.https = true;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.apiUrl().scheme(), QStringLiteral("https")); // so loginTo pins the lab's CA
    QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_domainId = activeFileDataDomainId(m_client, &error);
    QVERIFY2(!m_domainId.isEmpty(), qPrintable(error));

    m_window = WindowTest::openMainWindow(&m_client);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    WindowTest::waitUntilVmsLoaded(m_window.get(), loadTimeoutMs);
}

void TestE2eTransferGui::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
}

void TestE2eTransferGui::waitForTransfer(int rows)
{
    auto *pane = m_window->findChild<TasksPane *>(QStringLiteral("tasksPane"));
    QVERIFY(pane);
    TaskListModel *tasks = pane->model();
    QTRY_VERIFY_WITH_TIMEOUT(tasks->rowCount() == rows && tasks->runningCount() == 0, transferTimeoutMs);
    // The pane lists the newest task first.
    QVERIFY2(tasks->state(0) == TaskListModel::State::Succeeded, qPrintable(tasks->message(0)));
    // What the person reads in the pane: the final word in the message column.
    QCOMPARE(tasks->index(0, TaskListModel::MessageColumn).data().toString(), tasks->message(0));
}

void TestE2eTransferGui::uploadThenDownloadThroughMenus()
{
    // 4 MiB raw with 1 MiB of 0x5a at the start: data and a hole.
    const QString source = path(QStringLiteral("gui-source.raw"));
    QCOMPARE(runTool(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                  QStringLiteral("raw"), source, QString::number(4 * MiB)}),
             QString());
    QCOMPARE(runTool(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-c"),
                                                 QStringLiteral("write -P 0x5a 0 1M"), source}),
             QString());
    const QString alias = QStringLiteral("gui-uploaded");

    // --- File → Upload Image…: the dialog filled through its widgets, then Upload.
    QAction *upload = action("uploadImageAction");
    QVERIFY(upload);
    QVERIFY(upload->isEnabled());
    QString uploadProblem;
    ModalDriver<UploadDiskDialog> fillUpload([&](UploadDiskDialog *dialog) {
        // What Browse… does with the chosen file: qemu-img info fills format and size.
        dialog->setFile(source);
        auto *aliasEdit = dialog->findChild<QLineEdit *>(QStringLiteral("uploadAliasEdit"));
        auto *domainCombo = dialog->findChild<QComboBox *>(QStringLiteral("uploadStorageDomainCombo"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("uploadOkButton"));
        if (!aliasEdit || !domainCombo || !ok) {
            uploadProblem = QStringLiteral("the upload dialog lacks its alias, domain or Upload widgets");
            dialog->reject();
            return;
        }
        aliasEdit->clear();
        QTest::keyClicks(aliasEdit, alias);
        domainCombo->setCurrentIndex(domainCombo->findData(m_domainId));
        if (!ok->isEnabled()) {
            uploadProblem = QStringLiteral("Upload is disabled: ") + dialog->problem();
            dialog->reject();
            return;
        }
        ok->click();
    });
    upload->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(fillUpload.seen(), loadTimeoutMs);
    QVERIFY2(uploadProblem.isEmpty(), qPrintable(uploadProblem));
    waitForTransfer(1);

    // The manager's view: one new disk with the alias, ok, raw, the source's size.
    const auto found = await<QList<Disk>>([&](QObject *c, auto done) { m_client.disks(QStringLiteral("alias=") + alias, c, done); });
    QVERIFY2(found.ok(), why(found).constData());
    QCOMPARE(found.value.size(), 1);
    const Disk disk = found.value.constFirst();
    QCOMPARE(disk.alias, alias);
    QVERIFY(disk.status == DiskStatus::Ok);
    QVERIFY(disk.format == DiskFormat::Raw);
    QCOMPARE(disk.provisionedSize.value_or(0), 4 * MiB);
    QCOMPARE(disk.storageDomainIds, QStringList{m_domainId});
    // The lab's volume file holds exactly the source's data.
    const QString volume = QDir(m_lab.dataDir())
                                   .filePath(QStringLiteral("domains/%1/images/%2/%3").arg(m_domainId, disk.id, disk.imageId));
    QVERIFY2(QFileInfo::exists(volume), qPrintable(volume));
    QCOMPARE(compareImages(source, volume), QString());

    // --- Download acts on the selected disk of a VM's Disks tab: attach the new disk to db-01
    // (down) through the api, then select it there as a person would.
    const auto vms = await<QList<Vm>>([&](QObject *c, auto done) { m_client.vms(QStringLiteral("name=db-01"), c, done); });
    QVERIFY2(vms.ok(), why(vms).constData());
    QCOMPARE(vms.value.size(), 1);
    AttachDiskRequest attach;
    attach.vmId = vms.value.constFirst().id;
    attach.diskId = disk.id;
    attach.options.active = false;
    const auto attached = await<DiskAttachment>([&](QObject *c, auto done) { m_client.attachDisk(attach, c, done); });
    QVERIFY2(attached.ok(), why(attached).constData());

    m_window->refresh();
    WindowTest::waitUntilVmsLoaded(m_window.get(), loadTimeoutMs);
    QVERIFY2(WindowTest::selectVmByName(m_window.get(), QStringLiteral("db-01")), "db-01 is not in the VM list");
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("vmDetailsTabs"));
    QVERIFY(details);
    details->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("disksPage")));
    auto *diskTable = m_window->findChild<QTableView *>(QStringLiteral("diskTable"));
    QVERIFY(diskTable);
    int diskRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading() && [&] {
        for (int row = 0; row < diskTable->model()->rowCount(); ++row) {
            if (diskTable->model()->index(row, VmDiskListModel::AliasColumn).data().toString() == alias) {
                diskRow = row;
                return true;
            }
        }
        return false;
    }(), loadTimeoutMs);
    diskTable->selectRow(diskRow);

    // --- File → Download Image…: the save dialog answered with a new file's path.
    const QString downloaded = path(QStringLiteral("gui-downloaded.raw"));
    QAction *download = action("downloadImageAction");
    QVERIFY(download);
    QString suggested;
    QString saveProblem;
    ModalDriver<QFileDialog> fillSave([&](QFileDialog *dialog) {
        suggested = dialog->selectedFiles().value(0);
        // Into the test's folder, under a name typed over the suggested one (selectFile() with a
        // path to a new file kept the suggested name here).
        dialog->setDirectory(m_dir.path());
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!nameEdit) {
            saveProblem = QStringLiteral("the save dialog has no file name field");
            dialog->reject();
            return;
        }
        nameEdit->setText(QFileInfo(downloaded).fileName());
        // Save, as the dialog's button does (QFileDialog::accept() checks the path first).
        static_cast<QDialog *>(dialog)->accept();
    });
    download->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(fillSave.seen(), loadTimeoutMs);
    QVERIFY2(saveProblem.isEmpty(), qPrintable(saveProblem));
    // The dialog offered the disk's alias with the suffix of its format.
    QCOMPARE(QFileInfo(suggested).fileName(), alias + QStringLiteral(".raw"));
    waitForTransfer(2);

    const QString finalWord = m_window->findChild<TasksPane *>(QStringLiteral("tasksPane"))->model()->message(0);
    QVERIFY2(finalWord.contains(downloaded), qPrintable(finalWord));
    QVERIFY2(QFileInfo::exists(downloaded), qPrintable(downloaded));
    QCOMPARE(QFileInfo(downloaded).size(), 4 * MiB);
    QCOMPARE(compareImages(source, downloaded), QString());
    // A download leaves the volume as it was.
    QCOMPARE(compareImages(source, volume), QString());
}

QTEST_MAIN(TestE2eTransferGui)
#include "tst_e2e_transfer_gui.moc"
