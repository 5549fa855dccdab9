#include "createsnapshotdialog.h"

#include "snapshotactions.h"
#include "snapshotdiskrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The portal's limit for a snapshot description.
constexpr int maxDescriptionLength = 4000;
const QColor warningColor(0xc0, 0x1c, 0x28);

enum DiskListColumn { AliasColumn, DescriptionColumn, NoteColumn };

} // namespace

CreateSnapshotDialog::CreateSnapshotDialog(const Vm &vm, const QList<Disk> &currentDisks,
                                           const QList<Snapshot> &snapshots, QWidget *parent)
    : QDialog(parent)
    , m_vm(vm)
{
    setObjectName(QStringLiteral("createSnapshotDialog"));
    setWindowTitle(tr("Create Snapshot"));

    m_capableDisks = SnapshotDiskRules::snapshotCapable(currentDisks);
    for (const Disk &disk : currentDisks) {
        if (!SnapshotDiskRules::allowsSnapshot(disk))
            m_excludedDisks.append(disk);
    }
    // The portal refuses the whole dialog while a snapshot operation or preview is under way.
    if (SnapshotActions::previewed(snapshots) || SnapshotActions::beforePreview(snapshots)
        || std::any_of(snapshots.cbegin(), snapshots.cend(),
                       [](const Snapshot &s) { return s.status == SnapshotStatus::Locked
                                                      || s.type == SnapshotType::Stateless; }))
        m_blockedReason = SnapshotActions::disabledReason(SnapshotActions::Action::Create, vm,
                                                          snapshots, nullptr);

    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setMaxLength(maxDescriptionLength);
    m_descriptionEdit->setMinimumWidth(m_descriptionEdit->fontMetrics().averageCharWidth() * 56);

    m_diskList = new QTreeWidget(this);
    m_diskList->setObjectName(QStringLiteral("diskList"));
    m_diskList->setAccessibleName(tr("Disks to include"));
    m_diskList->setRootIsDecorated(false);
    m_diskList->setColumnCount(3);
    m_diskList->setHeaderLabels({tr("Alias"), tr("Description"), tr("Note")});
    m_diskList->header()->setStretchLastSection(true);
    m_diskList->setSelectionMode(QAbstractItemView::NoSelection);
    // All disks that allow a snapshot, checked (the portal selects every row on load); then
    // the ones that never can be, disabled, with the reason.
    for (const Disk &disk : std::as_const(m_capableDisks)) {
        auto *item = new QTreeWidgetItem(m_diskList);
        item->setText(AliasColumn, SnapshotDiskRules::aliasOf(disk));
        item->setText(DescriptionColumn, disk.description);
        item->setData(AliasColumn, Qt::UserRole, disk.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(AliasColumn, Qt::Checked);
    }
    for (const Disk &disk : std::as_const(m_excludedDisks)) {
        auto *item = new QTreeWidgetItem(m_diskList);
        item->setText(AliasColumn, SnapshotDiskRules::aliasOf(disk));
        item->setText(DescriptionColumn, disk.description);
        item->setText(NoteColumn, SnapshotDiskRules::exclusionReason(disk));
        item->setToolTip(NoteColumn, SnapshotDiskRules::exclusionReason(disk));
        item->setData(AliasColumn, Qt::UserRole, disk.id);
        item->setFlags(Qt::ItemIsUserCheckable); // shown, but disabled
        item->setCheckState(AliasColumn, Qt::Unchecked);
    }
    for (int column = 0; column < m_diskList->columnCount() - 1; ++column)
        m_diskList->resizeColumnToContents(column);
    m_diskList->setColumnWidth(AliasColumn, m_diskList->columnWidth(AliasColumn) + 24);
    m_diskList->setMinimumHeight(m_diskList->fontMetrics().height() * 8);

    m_memoryCheck = new QCheckBox(tr("Save &Memory"), this);
    m_memoryCheck->setObjectName(QStringLiteral("saveMemoryCheck"));
    m_memoryCheck->setAccessibleName(tr("Save Memory"));
    // Only a running VM has memory to save; the portal hides the box otherwise (forced off).
    m_memoryCheck->setChecked(vmRuns(vm.status));
    m_memoryCheck->setVisible(vmRuns(vm.status));

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_warningLabel->setWordWrap(true);
    QPalette warningPalette = m_warningLabel->palette();
    warningPalette.setColor(QPalette::WindowText, warningColor);
    m_warningLabel->setPalette(warningPalette);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setAccessibleName(tr("OK"));
    m_okButton->setEnabled(false);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_descriptionEdit);
    auto *disksLabel = new QLabel(tr("Disks to &include:"), this);
    disksLabel->setBuddy(m_diskList);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(disksLabel);
    layout->addWidget(m_diskList, 1);
    layout->addWidget(m_memoryCheck);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttons);

    if (!m_blockedReason.isEmpty()) {
        // Nothing to choose: only the reason and Close, as in the portal.
        for (QWidget *w : {static_cast<QWidget *>(m_descriptionEdit),
                           static_cast<QWidget *>(m_diskList), static_cast<QWidget *>(disksLabel),
                           static_cast<QWidget *>(m_memoryCheck)})
            w->hide();
        form->labelForField(m_descriptionEdit)->hide();
        m_okButton->hide();
        cancel->setText(tr("Close"));
        cancel->setAccessibleName(tr("Close"));
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validationError().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &CreateSnapshotDialog::updateWidgets);
    connect(m_diskList, &QTreeWidget::itemChanged, this, &CreateSnapshotDialog::updateWidgets);
    connect(m_memoryCheck, &QCheckBox::toggled, this, &CreateSnapshotDialog::updateWidgets);

    updateWidgets();
}

bool CreateSnapshotDialog::vmRuns(VmStatus status)
{
    switch (status) {
    case VmStatus::Up:
    case VmStatus::Paused:
    case VmStatus::PoweringUp:
    case VmStatus::PoweringDown:
    case VmStatus::RebootInProgress:
        return true;
    default:
        return false;
    }
}

void CreateSnapshotDialog::setDescription(const QString &description)
{
    m_descriptionEdit->setText(description);
}

QStringList CreateSnapshotDialog::checkedDiskIds() const
{
    QStringList ids;
    for (int i = 0; i < m_diskList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_diskList->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(AliasColumn) == Qt::Checked)
            ids.append(item->data(AliasColumn, Qt::UserRole).toString());
    }
    return ids;
}

QString CreateSnapshotDialog::validationError() const
{
    if (!m_blockedReason.isEmpty())
        return m_blockedReason;
    const QString description = m_descriptionEdit->text();
    if (description.trimmed().isEmpty())
        return tr("Enter a description: it is required.");
    if (description.size() > maxDescriptionLength)
        return tr("The description can be at most %1 characters long.").arg(maxDescriptionLength);
    const bool control = std::any_of(description.cbegin(), description.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control)
        return tr("The description may contain only letters, numbers, spaces and "
                  "punctuation.");
    return {};
}

QStringList CreateSnapshotDialog::warnings() const
{
    QStringList warnings;
    if (!m_blockedReason.isEmpty())
        return warnings;
    const bool memory = vmRuns(m_vm.status) && m_memoryCheck->isChecked();
    const int checked = int(checkedDiskIds().size());
    if (memory && checked < m_capableDisks.size())
        warnings.append(tr("Saving memory may cause data loss when excluding disks!"));
    if (memory)
        warnings.append(tr("The VM will be paused while saving the memory."));

    QList<Disk> shared;
    QList<Disk> luns;
    for (const Disk &disk : m_excludedDisks)
        (disk.storageType == DiskStorageType::Lun ? luns : shared).append(disk);
    if (!shared.isEmpty())
        warnings.append(tr("Shared disk(s) will not be a part of the VM snapshot: %1.")
                            .arg(SnapshotDiskRules::sortedAliases(shared).join(QLatin1String(", "))));
    if (!luns.isEmpty())
        warnings.append(tr("Direct LUN disk(s) will not be a part of the VM snapshot: %1.")
                            .arg(SnapshotDiskRules::sortedAliases(luns).join(QLatin1String(", "))));
    if (m_capableDisks.isEmpty())
        warnings.append(tr("There are no disks allowing a snapshot, only the configuration "
                           "will be a part of the VM snapshot."));
    else if (checked == 0)
        warnings.append(tr("No disk is selected: only the configuration will be a part of the "
                           "VM snapshot."));
    return warnings;
}

CreateSnapshotRequest CreateSnapshotDialog::request() const
{
    CreateSnapshotRequest request;
    request.vmId = m_vm.id;
    request.description = m_descriptionEdit->text().trimmed();
    request.persistMemorystate = vmRuns(m_vm.status) && m_memoryCheck->isChecked();
    // Always the explicit set the person checked, as the portal sends it: an empty set is a
    // configuration-only snapshot.
    request.diskIds = checkedDiskIds();
    return request;
}

void CreateSnapshotDialog::updateWidgets()
{
    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    m_warningLabel->setText(warnings().join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!m_warningLabel->text().isEmpty());
    if (!error.isEmpty()) {
        m_hintLabel->setText(error);
    } else {
        const int checked = int(checkedDiskIds().size());
        m_hintLabel->setText(
            request().persistMemorystate
                ? tr("Creates a snapshot of %1: its configuration, %n disk(s) and its memory.",
                     nullptr, checked).arg(m_vm.name)
                : tr("Creates a snapshot of %1: its configuration and %n disk(s).", nullptr,
                     checked).arg(m_vm.name));
    }
}
