// Issue 11 item 3: every dialog refuses every invalid value before anything is sent. For each
// dialog a valid form is filled first (OK must then be enabled, so that each refusal below is
// caused by the one value changed), then each invalid value is set through the widgets and the
// dialog must disable OK and show the reason in its visible hint line. Fixed entities, no lab.

#include "amenddialog.h"
#include "amendtestdata.h"
#include "attachdiskdialog.h"
#include "attachtestdata.h"
#include "client.h"
#include "connectiondialog.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "custompreviewmodel.h"
#include "newdiskdialog.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "snapshottestdata.h"
#include "upgradeversiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

/// One invalid value: what to set, and the words the hint must show.
struct Case
{
    QString name;
    std::function<void(QDialog &)> set;
    QString expected;
};

template <class W>
W *widget(QDialog &dialog, const char *name)
{
    W *w = dialog.findChild<W *>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

QLineEdit *edit(QDialog &dialog, const char *name)
{
    return widget<QLineEdit>(dialog, name);
}

/// Builds a fresh dialog for each case, fills it validly, checks OK is enabled, then applies
/// the case and checks OK is disabled and the visible hint says why. Returns the failures.
QStringList runCases(const std::function<std::unique_ptr<QDialog>()> &make, const std::function<void(QDialog &)> &fillValid,
                     const char *okName, const char *hintName, const QList<Case> &cases)
{
    QStringList failures;
    for (const Case &c : cases) {
        std::unique_ptr<QDialog> dialog = make();
        dialog->show();
        if (fillValid)
            fillValid(*dialog);
        auto *ok = widget<QPushButton>(*dialog, okName);
        auto *hint = widget<QLabel>(*dialog, hintName);
        if (!ok->isEnabled()) {
            failures << QStringLiteral("%1: OK not enabled for the valid form (hint: \u201c%2\u201d)").arg(c.name, hint->text());
            continue;
        }
        c.set(*dialog);
        if (ok->isEnabled())
            failures << QStringLiteral("%1: OK stays enabled").arg(c.name);
        if (!hint->isVisible() || !hint->text().contains(c.expected))
            failures << QStringLiteral("%1: hint \u201c%2\u201d (visible %3), expected \u201c%4\u201d")
                            .arg(c.name, hint->text())
                            .arg(hint->isVisible())
                            .arg(c.expected);
    }
    return failures;
}

} // namespace

class TestDialogValidation : public QObject
{
    Q_OBJECT

private slots:
    void newImageDisk();
    void newLunDiskDiscovery();
    void attachDisk();
    void createSnapshot();
    void connection();
    void profiles();
    void amend();
    void customPreview();
    void upgradeVersion();
};

void TestDialogValidation::newImageDisk()
{
    using namespace AttachTestData;
    auto make = [] {
        return std::make_unique<NewDiskDialog>(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(),
                                               QList<Snapshot>{}, storageDomains(), hosts(), disks(), usage());
    };
    auto valid = [](QDialog &d) {
        edit(d, "aliasEdit")->setText(QStringLiteral("build-01_Disk2"));
        widget<QSpinBox>(d, "sizeSpin")->setValue(10);
    };
    auto combo = [](QDialog &d, const char *name, const QVariant &data) {
        auto *c = widget<QComboBox>(d, name);
        c->setCurrentIndex(c->findData(data));
    };
    const QList<Case> cases{
        {QStringLiteral("empty alias"), [](QDialog &d) { edit(d, "aliasEdit")->clear(); }, QStringLiteral("Enter an alias for the new disk.")},
        {QStringLiteral("blank alias"), [](QDialog &d) { edit(d, "aliasEdit")->setText(QStringLiteral("   ")); },
         QStringLiteral("Enter an alias for the new disk.")},
        {QStringLiteral("alias with a space"), [](QDialog &d) { edit(d, "aliasEdit")->setText(QStringLiteral("my disk")); },
         QStringLiteral("The alias can contain only letters, numbers")},
        {QStringLiteral("alias with a path"), [](QDialog &d) { edit(d, "aliasEdit")->setText(QStringLiteral("../../etc/x")); },
         QStringLiteral("The alias can contain only letters, numbers")},
        {QStringLiteral("size 0"), [](QDialog &d) { widget<QSpinBox>(d, "sizeSpin")->setValue(0); },
         QStringLiteral("Disk's provisioned size has to be greater than 0.")},
        {QStringLiteral("preallocated beyond the free space"),
         [combo](QDialog &d) {
             combo(d, "formatCombo", int(DiskFormat::Raw));
             combo(d, "allocationCombo", false);
             widget<QSpinBox>(d, "sizeSpin")->setValue(200); // data-main has 180 GiB free
         },
         QStringLiteral("Low disk space on Storage Domain data-main.")},
        {QStringLiteral("qcow2 preallocated"),
         [combo](QDialog &d) {
             combo(d, "formatCombo", int(DiskFormat::Cow));
             combo(d, "allocationCombo", false);
         },
         QStringLiteral("is incompatible with the storage domain type")},
        {QStringLiteral("IDE read-only"),
         [combo](QDialog &d) {
             combo(d, "interfaceCombo", int(DiskInterface::Ide));
             static_cast<NewDiskDialog &>(d).setReadOnlyMode(ReadOnlyMode::ReadOnly);
         },
         QStringLiteral("can't be read-only")},
        {QStringLiteral("second bootable disk"), [](QDialog &d) { widget<QCheckBox>(d, "bootableCheck")->setChecked(true); },
         QStringLiteral("is already marked as boot")},
    };
    const QStringList failures = runCases(make, valid, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // Beyond the manager's limit (MaxBlockDiskSizeInGibiBytes, 8192 GiB) cannot even be typed.
    auto dialog = make();
    auto *size = widget<QSpinBox>(*dialog, "sizeSpin");
    size->setValue(9000);
    QCOMPARE(size->value(), 8192);
    // The alias and description fields stop at the manager's lengths (255, 500).
    QCOMPARE(edit(*dialog, "aliasEdit")->maxLength(), 255);
    QCOMPARE(edit(*dialog, "descriptionEdit")->maxLength(), 500);
}

void TestDialogValidation::newLunDiskDiscovery()
{
    using namespace AttachTestData;
    auto make = [] {
        auto dialog = std::make_unique<NewDiskDialog>(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(),
                                                      QList<Snapshot>{}, storageDomains(), hosts(), disks(), usage());
        dialog->setMode(NewDiskDialog::Mode::DirectLun);
        return dialog;
    };
    // Discovery is the step here: its button is what a bad value must disable.
    auto valid = [](QDialog &d) {
        auto *host = widget<QComboBox>(d, "hostCombo");
        host->setCurrentIndex(host->findData(QStringLiteral("host-a-id")));
        edit(d, "addressEdit")->setText(QStringLiteral("192.0.2.10"));
        widget<QSpinBox>(d, "portSpin")->setValue(3260);
    };
    const QList<Case> cases{
        {QStringLiteral("empty address"), [](QDialog &d) { edit(d, "addressEdit")->clear(); },
         QStringLiteral("Enter the address of the iSCSI target")},
        {QStringLiteral("address with a space"), [](QDialog &d) { edit(d, "addressEdit")->setText(QStringLiteral("san 01")); },
         QStringLiteral("is not a host name or an IP address")},
        {QStringLiteral("address with a slash"), [](QDialog &d) { edit(d, "addressEdit")->setText(QStringLiteral("san01/../x")); },
         QStringLiteral("is not a host name or an IP address")},
        {QStringLiteral("address that is a URL"), [](QDialog &d) { edit(d, "addressEdit")->setText(QStringLiteral("iscsi://san01")); },
         QStringLiteral("is not a host name or an IP address")},
        {QStringLiteral("port 0"), [](QDialog &d) { widget<QSpinBox>(d, "portSpin")->setValue(0); }, QStringLiteral("Enter the target's port")},
        {QStringLiteral("CHAP without a user"),
         [](QDialog &d) {
             widget<QGroupBox>(d, "chapGroup")->setChecked(true);
             edit(d, "chapPasswordEdit")->setText(QStringLiteral("secret"));
         },
         QStringLiteral("Enter the CHAP user name and password")},
        {QStringLiteral("CHAP without a password"),
         [](QDialog &d) {
             widget<QGroupBox>(d, "chapGroup")->setChecked(true);
             edit(d, "chapUserEdit")->setText(QStringLiteral("iscsiuser"));
         },
         QStringLiteral("Enter the CHAP user name and password")},
    };
    const QStringList failures = runCases(make, valid, "discoverButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // IPv6 and host names are fine.
    auto dialog = make();
    dialog->show();
    valid(*dialog);
    for (const QString &address : {QStringLiteral("2001:db8::10"), QStringLiteral("san-01.example.com")}) {
        edit(*dialog, "addressEdit")->setText(address);
        QVERIFY2(widget<QPushButton>(*dialog, "discoverButton")->isEnabled(), qPrintable(address));
    }
}

void TestDialogValidation::attachDisk()
{
    using namespace AttachTestData;
    auto make = [] {
        return std::make_unique<AttachDiskDialog>(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), QList<Snapshot>{},
                                                  disks(), usage());
    };
    auto valid = [](QDialog &d) { static_cast<AttachDiskDialog &>(d).setChecked(floatingScratch().id, true); };
    const QList<Case> cases{
        {QStringLiteral("no disk chosen"), [](QDialog &d) { static_cast<AttachDiskDialog &>(d).setChecked(floatingScratch().id, false); },
         QStringLiteral("No disks selected")},
        {QStringLiteral("second bootable disk"), [](QDialog &d) { static_cast<AttachDiskDialog &>(d).setBootable(floatingScratch().id, true); },
         QStringLiteral("is already marked as boot")},
        {QStringLiteral("IDE read-only"),
         [](QDialog &d) {
             auto &dialog = static_cast<AttachDiskDialog &>(d);
             dialog.setInterface(floatingScratch().id, DiskInterface::Ide);
             dialog.setReadOnlyMode(floatingScratch().id, ReadOnlyMode::ReadOnly);
         },
         QStringLiteral("can't be read-only")},
    };
    const QStringList failures = runCases(make, valid, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestDialogValidation::createSnapshot()
{
    auto make = [] {
        return std::make_unique<CreateSnapshotDialog>(SnapshotTestData::vm(VmStatus::Down), SnapshotTestData::currentDisks(),
                                                      SnapshotTestData::snapshots());
    };
    auto valid = [](QDialog &d) { edit(d, "descriptionEdit")->setText(QStringLiteral("before upgrade")); };
    const QList<Case> cases{
        {QStringLiteral("empty description"), [](QDialog &d) { edit(d, "descriptionEdit")->clear(); }, QStringLiteral("Enter a description")},
        {QStringLiteral("blank description"), [](QDialog &d) { edit(d, "descriptionEdit")->setText(QStringLiteral("  \t ")); },
         QStringLiteral("Enter a description")},
        {QStringLiteral("control character"), [](QDialog &d) { edit(d, "descriptionEdit")->setText(QStringLiteral("nightly\x01")); },
         QStringLiteral("may contain only letters, numbers, spaces and punctuation")},
    };
    const QStringList failures = runCases(make, valid, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    auto dialog = make();
    QCOMPARE(edit(*dialog, "descriptionEdit")->maxLength(), 4000);
}

void TestDialogValidation::connection()
{
    auto make = [] { return std::make_unique<ConnectionDialog>(); };
    auto valid = [](QDialog &d) {
        edit(d, "urlEdit")->setText(QStringLiteral("engine.example.com"));
        edit(d, "userEdit")->setText(QStringLiteral("admin@internal"));
        edit(d, "passwordEdit")->setText(QStringLiteral("secret"));
    };
    auto url = [](const QString &text) { return [text](QDialog &d) { edit(d, "urlEdit")->setText(text); }; };
    auto user = [](const QString &text) { return [text](QDialog &d) { edit(d, "userEdit")->setText(text); }; };
    const QString badAddress = QStringLiteral("must be a host name or an http(s) URL");
    const QString needsProfile = QStringLiteral("The user name needs a profile");
    const QList<Case> cases{
        {QStringLiteral("empty address"), url(QString()), QStringLiteral("Enter the engine's host name or API address.")},
        {QStringLiteral("ftp URL"), url(QStringLiteral("ftp://engine.example.com")), badAddress},
        {QStringLiteral("space in the host"), url(QStringLiteral("engine example.com")), badAddress},
        {QStringLiteral("port out of range"), url(QStringLiteral("engine.example.com:99999")), badAddress},
        {QStringLiteral("scheme only"), url(QStringLiteral("https://")), badAddress},
        {QStringLiteral("empty user"), user(QString()), QStringLiteral("Enter a user name")},
        {QStringLiteral("user without profile"), user(QStringLiteral("admin")), needsProfile},
        {QStringLiteral("empty profile"), user(QStringLiteral("admin@")), needsProfile},
        {QStringLiteral("empty user part"), user(QStringLiteral("@internal")), needsProfile},
        {QStringLiteral("empty password"), [](QDialog &d) { edit(d, "passwordEdit")->clear(); }, QStringLiteral("Enter the password.")},
    };
    const QStringList failures = runCases(make, valid, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestDialogValidation::profiles()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    for (const char *name : {"Production", "Lab"}) {
        ConnectionProfile profile;
        profile.name = QLatin1String(name);
        profile.address = QStringLiteral("engine.example.com");
        store.save(profile);
    }
    auto make = [&store] {
        auto dialog = std::make_unique<ProfileDialog>(&store);
        dialog->selectProfile(QStringLiteral("Lab"));
        return dialog;
    };
    // Typed like a person does: the dialog takes edits from the keyboard (textEdited).
    auto set = [](const char *name, const QString &text) {
        return [name, text](QDialog &d) {
            QLineEdit *line = edit(d, name);
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Backspace);
            QTest::keyClicks(line, text);
        };
    };
    const QList<Case> cases{
        {QStringLiteral("empty name"), set("nameEdit", QString()), QStringLiteral("Every profile needs a name.")},
        {QStringLiteral("blank name"), set("nameEdit", QStringLiteral("   ")), QStringLiteral("Every profile needs a name.")},
        {QStringLiteral("duplicate name"), set("nameEdit", QStringLiteral("Production")),
         QStringLiteral("Two profiles are named \u201cProduction\u201d")},
        {QStringLiteral("duplicate name with spaces"), set("nameEdit", QStringLiteral(" Production ")),
         QStringLiteral("Two profiles are named \u201cProduction\u201d")},
        {QStringLiteral("empty address"), set("addressEdit", QString()), QStringLiteral("Enter the engine's host name or API address")},
        {QStringLiteral("ftp URL"), set("addressEdit", QStringLiteral("ftp://engine.example.com")),
         QStringLiteral("must be a host name or an http(s) URL")},
        {QStringLiteral("user without profile"), set("userEdit", QStringLiteral("admin")), QStringLiteral("needs a profile")},
    };
    const QStringList failures = runCases(make, {}, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestDialogValidation::amend()
{
    using namespace AmendTestData;
    Client client;
    // Nothing amendable: every disk is left out, with the manager's reason.
    AmendDialog nothing(QStringLiteral("the disks of mail-01"), {mailDisk()});
    nothing.setClient(&client);
    nothing.show();
    QVERIFY(!widget<QPushButton>(nothing, "amendButton")->isEnabled());
    QVERIFY(widget<QLabel>(nothing, "hintLabel")->isVisible());
    QVERIFY2(widget<QLabel>(nothing, "hintLabel")->text().contains(QStringLiteral("Nothing to amend")),
             qPrintable(widget<QLabel>(nothing, "hintLabel")->text()));
    // Not connected.
    AmendDialog offline(QStringLiteral("the disks of legacy-app"), {legacyApp()});
    offline.show();
    QVERIFY(!widget<QPushButton>(offline, "amendButton")->isEnabled());
    QVERIFY2(widget<QLabel>(offline, "hintLabel")->text().contains(QStringLiteral("Not connected")),
             qPrintable(widget<QLabel>(offline, "hintLabel")->text()));
    offline.setClient(&client);
    QVERIFY(widget<QPushButton>(offline, "amendButton")->isEnabled());
}

void TestDialogValidation::customPreview()
{
    using namespace SnapshotTestData;
    auto make = [] {
        return std::make_unique<CustomPreviewDialog>(vm(VmStatus::Down), snapshots(), snapshotDisks(), currentDisks(), QStringLiteral("s-2"));
    };
    // Everything taken back from the Active VM: nothing would be previewed.
    const QList<Case> cases{
        {QStringLiteral("only the Active VM"),
         [](QDialog &d) {
             auto &dialog = static_cast<CustomPreviewDialog &>(d);
             CustomPreviewModel *model = dialog.model();
             const int active = 0;
             for (int column = 0; column < model->columnCount(); ++column) {
                 const QModelIndex index = model->index(active, column);
                 if (model->flags(index) & Qt::ItemIsUserCheckable)
                     model->setData(index, Qt::Checked, Qt::CheckStateRole);
             }
         },
         QStringLiteral("Everything is chosen from the Active VM")},
    };
    const QStringList failures = runCases(make, {}, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestDialogValidation::upgradeVersion()
{
    Cluster cluster;
    cluster.id = QStringLiteral("c1");
    cluster.name = QStringLiteral("Default");
    cluster.version = {4, 6};
    auto make = [cluster] { return std::make_unique<UpgradeVersionDialog>(cluster, std::nullopt); };
    auto valid = [](QDialog &d) { widget<QCheckBox>(d, "confirmCheck")->setChecked(true); };
    const QList<Case> cases{
        {QStringLiteral("not confirmed"), [](QDialog &d) { widget<QCheckBox>(d, "confirmCheck")->setChecked(false); },
         QStringLiteral("Confirm the upgrade")},
        {QStringLiteral("no version chosen"), [](QDialog &d) { widget<QComboBox>(d, "versionCombo")->setCurrentIndex(-1); },
         QStringLiteral("Choose the new version.")},
    };
    const QStringList failures = runCases(make, valid, "okButton", "hintLabel", cases);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestDialogValidation)
#include "tst_dialog_validation.moc"
