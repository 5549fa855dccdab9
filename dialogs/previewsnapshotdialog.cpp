#include "previewsnapshotdialog.h"

#include "displaytext.h"
#include "snapshotdiskrules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLabel *wrappedLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QRadioButton *radio(const QString &text, const QString &objectName, const QString &accessible,
                    QWidget *parent)
{
    auto *button = new QRadioButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessible);
    return button;
}

} // namespace

PreviewSnapshotDialog::PreviewSnapshotDialog(const Vm &vm, const Snapshot &snapshot,
                                             const QList<Disk> &snapshotDisks,
                                             const QString &activeSnapshotId,
                                             const QList<Disk> &currentDisks, QWidget *parent)
    : QDialog(parent)
    , m_vm(vm)
    , m_snapshot(snapshot)
    , m_snapshotDisks(snapshotDisks)
    , m_activeSnapshotId(activeSnapshotId)
    , m_currentDisks(currentDisks)
    , m_missingDisks(SnapshotDiskRules::missingFrom(snapshotDisks, currentDisks))
{
    setObjectName(QStringLiteral("previewSnapshotDialog"));
    setWindowTitle(isPartial() ? tr("Preview Partial Snapshot") : tr("Preview Snapshot"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Snapshot '%1' from %2.").arg(snapshot.description, DisplayText::dateTime(snapshot.date)),
        QStringLiteral("snapshotLabel"), this));

    m_choiceGroup = new QButtonGroup(this);
    if (isPartial()) {
        const QList<Disk> vmDisks = SnapshotDiskRules::snapshotCapable(currentDisks);
        const QString vmAliases = SnapshotDiskRules::sortedAliases(vmDisks).join(QLatin1String(", "));
        const QString snapshotAliases =
            SnapshotDiskRules::sortedAliases(snapshotDisks).join(QLatin1String(", "));
        auto *partial = new QGroupBox(tr("Partial snapshot"), this);
        partial->setObjectName(QStringLiteral("partialGroup"));
        auto *partialLayout = new QVBoxLayout(partial);
        partialLayout->addWidget(wrappedLabel(
            tr("The VM contains %n disk(s): %1.", nullptr, int(vmDisks.size())).arg(vmAliases),
            QStringLiteral("vmDisksLabel"), partial));
        partialLayout->addWidget(wrappedLabel(
            tr("You chose to preview a snapshot that contains only a subset of these disks."),
            QStringLiteral("subsetLabel"), partial));
        partialLayout->addWidget(wrappedLabel(
            snapshotDisks.isEmpty()
                ? tr("(The snapshot contains no disks.)")
                : tr("(The snapshot contains %n disk(s): %1.)", nullptr, int(snapshotDisks.size()))
                      .arg(snapshotAliases),
            QStringLiteral("snapshotDisksLabel"), partial));
        partialLayout->addSpacing(4);
        partialLayout->addWidget(wrappedLabel(tr("What would you like to do?"),
                                              QStringLiteral("questionLabel"), partial));
        m_keepAllRadio = radio(tr("Include in the previewed VM all disks (keep the disks that are "
                                  "not included in the snapshot as-is)"),
                               QStringLiteral("keepAllDisksRadio"),
                               tr("Include all disks"), partial);
        m_onlySnapshotRadio = radio(tr("Include in the previewed VM only the disks that are "
                                       "included in the snapshot"),
                                    QStringLiteral("onlySnapshotDisksRadio"),
                                    tr("Include only the snapshot's disks"), partial);
        m_customRadio = radio(tr("None of the above, take me to the 'Custom Preview Snapshot' "
                                 "dialog"),
                              QStringLiteral("customPreviewRadio"), tr("Custom preview"), partial);
        // Long choices wrap inside the dialog rather than widening it.
        for (QRadioButton *button : {m_keepAllRadio, m_onlySnapshotRadio, m_customRadio}) {
            m_choiceGroup->addButton(button);
            partialLayout->addWidget(button);
        }
        layout->addWidget(partial);
    }

    m_memoryCheck = new QCheckBox(tr("Restore &Memory"), this);
    m_memoryCheck->setObjectName(QStringLiteral("restoreMemoryCheck"));
    m_memoryCheck->setAccessibleName(tr("Restore Memory"));
    m_memoryCheck->setChecked(snapshot.persistMemorystate);
    if (snapshot.persistMemorystate) {
        auto *memory = new QGroupBox(tr("Memory"), this);
        memory->setObjectName(QStringLiteral("memoryGroup"));
        auto *memoryLayout = new QVBoxLayout(memory);
        memoryLayout->addWidget(wrappedLabel(
            tr("The selected snapshot to be previewed contains memory."),
            QStringLiteral("memoryLabel"), memory));
        m_memoryCheck->setParent(memory);
        memoryLayout->addWidget(m_memoryCheck);
        layout->addWidget(memory);
    } else {
        m_memoryCheck->hide();
    }

    m_hintLabel = wrappedLabel(QString(), QStringLiteral("hintLabel"), this);
    m_hintLabel->setAccessibleName(tr("Hint"));
    layout->addWidget(m_hintLabel);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setAccessibleName(tr("OK"));
    m_okButton->setEnabled(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validationError().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choiceGroup, &QButtonGroup::buttonToggled, this, &PreviewSnapshotDialog::updateWidgets);
    connect(m_memoryCheck, &QCheckBox::toggled, this, &PreviewSnapshotDialog::updateWidgets);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateWidgets();
}

bool PreviewSnapshotDialog::isNeeded(const Snapshot &snapshot, const QList<Disk> &snapshotDisks,
                                     const QList<Disk> &currentDisks)
{
    return snapshot.persistMemorystate
        || !SnapshotDiskRules::missingFrom(snapshotDisks, currentDisks).isEmpty();
}

void PreviewSnapshotDialog::setChoice(Choice choice)
{
    switch (choice) {
    case Choice::KeepAllDisks: if (m_keepAllRadio) m_keepAllRadio->setChecked(true); break;
    case Choice::OnlySnapshotDisks: if (m_onlySnapshotRadio) m_onlySnapshotRadio->setChecked(true); break;
    case Choice::CustomPreview: if (m_customRadio) m_customRadio->setChecked(true); break;
    case Choice::None: break;
    }
}

PreviewSnapshotDialog::Choice PreviewSnapshotDialog::choice() const
{
    if (!isPartial())
        return Choice::OnlySnapshotDisks; // all of the VM's disks are in the snapshot
    if (m_keepAllRadio->isChecked())
        return Choice::KeepAllDisks;
    if (m_onlySnapshotRadio->isChecked())
        return Choice::OnlySnapshotDisks;
    if (m_customRadio->isChecked())
        return Choice::CustomPreview;
    return Choice::None;
}

bool PreviewSnapshotDialog::restoreMemory() const
{
    return m_snapshot.persistMemorystate && m_memoryCheck->isChecked();
}

QString PreviewSnapshotDialog::validationError() const
{
    // No preselected answer: what happens to the missing disks is the person's decision.
    if (choice() == Choice::None)
        return tr("Choose what to do with the disks the snapshot does not contain.");
    return {};
}

PreviewSnapshotRequest PreviewSnapshotDialog::request() const
{
    if (choice() == Choice::KeepAllDisks)
        return SnapshotDiskRules::previewKeepingMissing(m_vm.id, m_snapshot, m_snapshotDisks,
                                                        m_activeSnapshotId, m_currentDisks,
                                                        restoreMemory());
    PreviewSnapshotRequest request;
    request.vmId = m_vm.id;
    request.snapshotId = m_snapshot.id;
    request.restoreMemory = restoreMemory();
    // No disk list: the manager previews exactly the snapshot's disks.
    return request;
}

void PreviewSnapshotDialog::updateWidgets()
{
    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    m_okButton->setText(choice() == Choice::CustomPreview ? tr("Custom Preview…") : tr("OK"));
    if (!error.isEmpty()) {
        m_hintLabel->setText(error);
        return;
    }
    const QStringList missing = SnapshotDiskRules::sortedAliases(m_missingDisks);
    switch (choice()) {
    case Choice::KeepAllDisks:
        m_hintLabel->setText(tr("%1 will be previewed as they are now.")
                                 .arg(missing.join(QLatin1String(", "))));
        break;
    case Choice::OnlySnapshotDisks:
        m_hintLabel->setText(isPartial()
                                 ? tr("%1 will be left out of the preview, and deleted if the "
                                      "preview is committed.")
                                       .arg(missing.join(QLatin1String(", ")))
                                 : tr("All disks of the VM are previewed from this snapshot."));
        break;
    case Choice::CustomPreview:
        m_hintLabel->setText(tr("Choose the configuration, memory and each disk in the Custom "
                                "Preview Snapshot dialog."));
        break;
    case Choice::None:
        break;
    }
}
