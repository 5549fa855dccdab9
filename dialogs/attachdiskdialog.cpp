#include "attachdiskdialog.h"

#include "dialogparts.h"
#include "diskattachrules.h"
#include "displaytext.h"
#include "readonlymodeselector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum ImageColumn { ImAlias, ImDescription, ImVirtualSize, ImActualSize, ImFormat, ImInterface, ImReadOnly, ImBootable,
                   ImShareable, ImUsedBy, ImColumnCount };
enum LunColumn { LuAlias, LuLunId, LuSize, LuSerial, LuInterface, LuReadOnly, LuBootable, LuShareable, LuUsedBy,
                 LuColumnCount };

const QColor warningColor(0xc0, 0x1c, 0x28);

QTableWidget *createTable(const QString &objectName, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (to its row's combo boxes and on); arrows move between cells.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *textItem(const QString &text, bool enabled, bool rightAligned = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(enabled ? Qt::ItemIsEnabled : Qt::NoItemFlags);
    if (rightAligned)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

std::optional<qint64> lunSize(const Disk &disk)
{
    if (!disk.lunStorage || disk.lunStorage->logicalUnits.isEmpty())
        return std::nullopt;
    return disk.lunStorage->logicalUnits.constFirst().size;
}

} // namespace

AttachDiskDialog::AttachDiskDialog(const Vm &vm, const QList<DiskAttachment> &vmAttachments,
                                   const QList<Snapshot> &snapshots, const QList<Disk> &disks,
                                   const QHash<QString, QList<DiskUse>> &usage, QWidget *parent)
    : QDialog(parent)
    , m_vm(vm)
    , m_vmAttachments(vmAttachments)
    , m_snapshots(snapshots)
{
    setObjectName(QStringLiteral("attachDiskDialog"));
    setWindowTitle(tr("Attach Virtual Disks"));

    const DialogParts::DiskTypeChoice type =
        DialogParts::diskTypeChoice(this, tr("&Image"), tr("Image disks"), tr("&Direct LUN"), tr("Direct LUN disks"));
    m_imageRadio = type.image;
    m_lunRadio = type.lun;

    m_imageTable = createTable(QStringLiteral("imageDiskTable"), tr("Image disks"),
                               {tr("Alias"), tr("Description"), tr("Virtual Size"), tr("Actual Size"), tr("Format"),
                                tr("Interface"), tr("Read-Only"), tr("Bootable"), tr("Shareable"), tr("Used by")},
                               this);
    m_lunTable = createTable(QStringLiteral("lunDiskTable"), tr("Direct LUN disks"),
                             {tr("Alias"), tr("LUN ID"), tr("Size"), tr("Serial"), tr("Interface"), tr("Read-Only"),
                              tr("Bootable"), tr("Shareable"), tr("Used by")},
                             this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("diskTypeStack"));
    m_stack->addWidget(m_imageTable);
    m_stack->addWidget(m_lunTable);

    QSet<QString> own;
    for (const DiskAttachment &attachment : vmAttachments)
        own.insert(attachment.diskId.isEmpty() ? attachment.id : attachment.diskId);
    // Attachable ones first, then those the manager would refuse (shown, disabled, with why).
    QList<Disk> candidates;
    for (const Disk &disk : disks) {
        if (own.contains(disk.id) || disk.contentType != DiskContentType::Data || !disk.snapshotId.isEmpty())
            continue;
        if (disk.storageType != DiskStorageType::Image && disk.storageType != DiskStorageType::Lun)
            continue;
        candidates.append(disk);
    }
    const auto blockedReason = [&](const Disk &disk) {
        QString reason = DiskAttachRules::attachRefusal(disk, vm.id, usage.value(disk.id));
        if (reason.isEmpty())
            reason = DiskAttachRules::diskStateRefusal(DiskAttachRules::Action::Attach, disk);
        return reason;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Disk &a, const Disk &b) {
        const bool blockedA = !blockedReason(a).isEmpty();
        const bool blockedB = !blockedReason(b).isEmpty();
        if (blockedA != blockedB)
            return !blockedA;
        return a.alias.compare(b.alias, Qt::CaseInsensitive) < 0;
    });
    for (const Disk &disk : std::as_const(candidates))
        addRow(disk, blockedReason(disk), usage.value(disk.id));
    for (QTableWidget *table : {m_imageTable, m_lunTable}) {
        table->resizeColumnsToContents();
        table->setMinimumHeight(table->fontMetrics().height() * 10);
    }
    m_imageTable->setMinimumWidth(m_imageTable->fontMetrics().averageCharWidth() * 130);

    // The portal's default: attached disks are plugged.
    m_activateCheck = new QCheckBox(tr("&Activate Disk(s)"), this);
    m_activateCheck->setObjectName(QStringLiteral("activateCheck"));
    m_activateCheck->setAccessibleName(tr("Activate Disk(s)"));
    m_activateCheck->setToolTip(tr("When the VM is running, disks attached with an IDE interface won't be activated."));
    m_activateCheck->setChecked(vm.status == VmStatus::Up || vm.status == VmStatus::Paused || vm.status == VmStatus::Down);

    m_noteLabel = DialogParts::noteLabel(this);
    m_hintLabel = DialogParts::hintLabel(this, tr("Hint"));

    auto *buttons = DialogParts::okCancelButtons(this, tr("OK"), tr("Cancel"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(type.row);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_activateCheck);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(buttons);

    DialogParts::acceptWhenValid(this, buttons, [this] { return validationError(); });
    connect(m_lunRadio, &QRadioButton::toggled, this, [this](bool luns) { m_stack->setCurrentIndex(luns ? 1 : 0); });
    connect(m_activateCheck, &QCheckBox::toggled, this, &AttachDiskDialog::updateWidgets);
    connect(m_imageTable, &QTableWidget::itemChanged, this, &AttachDiskDialog::updateWidgets);
    connect(m_lunTable, &QTableWidget::itemChanged, this, &AttachDiskDialog::updateWidgets);
    updateWidgets();
}

void AttachDiskDialog::addRow(const Disk &disk, const QString &blockedReason, const QList<DiskUse> &uses)
{
    const bool lun = disk.storageType == DiskStorageType::Lun;
    QTableWidget *table = lun ? m_lunTable : m_imageTable;
    const bool enabled = blockedReason.isEmpty();
    const int row = table->rowCount();
    table->insertRow(row);

    auto *alias = new QTableWidgetItem(disk.alias);
    alias->setData(Qt::UserRole, disk.id);
    alias->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
    alias->setCheckState(Qt::Unchecked);
    alias->setToolTip(enabled ? disk.id : blockedReason);
    auto *bootable = new QTableWidgetItem;
    bootable->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
    bootable->setCheckState(Qt::Unchecked);
    // Who else uses it, and how; for a disk that cannot be attached, why.
    QString usedBy = DiskUsage::describe(uses);
    if (!enabled)
        usedBy = usedBy.isEmpty() ? blockedReason : tr("%1 — %2").arg(usedBy, blockedReason);
    auto *usedByItem = textItem(usedBy, enabled);
    usedByItem->setToolTip(usedBy);

    auto *interfaceCombo = new QComboBox(table);
    interfaceCombo->setObjectName(QStringLiteral("interfaceCombo_") + disk.id);
    interfaceCombo->setAccessibleName(tr("Interface of %1").arg(disk.alias));
    for (DiskInterface i : DiskAttachRules::interfaces())
        interfaceCombo->addItem(DisplayText::diskInterface(i), int(i));
    interfaceCombo->setEnabled(enabled);
    auto *readOnly = new ReadOnlyModeSelector(table);
    readOnly->setObjectName(QStringLiteral("readOnlyMode_") + disk.id);
    readOnly->setAccessibleName(tr("Read-only mode of %1").arg(disk.alias));
    readOnly->setEnabled(enabled);
    connect(interfaceCombo, &QComboBox::currentIndexChanged, this, &AttachDiskDialog::updateWidgets);
    connect(readOnly, &ReadOnlyModeSelector::modeChanged, this, &AttachDiskDialog::updateWidgets);

    const QSignalBlocker blocker(table);
    if (lun) {
        const LogicalUnit unit = disk.lunStorage && !disk.lunStorage->logicalUnits.isEmpty()
            ? disk.lunStorage->logicalUnits.constFirst()
            : LogicalUnit{};
        table->setItem(row, LuAlias, alias);
        table->setItem(row, LuLunId, textItem(unit.id.isEmpty() && disk.lunStorage ? disk.lunStorage->id : unit.id, enabled));
        table->setItem(row, LuSize, textItem(DisplayText::dataSize(lunSize(disk)), enabled, true));
        QString serial = unit.serial;
        if (unit.writeProtected.value_or(false))
            serial = tr("%1 (write-protected)").arg(serial);
        table->setItem(row, LuSerial, textItem(serial, enabled));
        table->setCellWidget(row, LuInterface, interfaceCombo);
        table->setCellWidget(row, LuReadOnly, readOnly);
        table->setItem(row, LuBootable, bootable);
        table->setItem(row, LuShareable, textItem(DisplayText::yesNo(disk.shareable), enabled));
        table->setItem(row, LuUsedBy, usedByItem);
    } else {
        table->setItem(row, ImAlias, alias);
        table->setItem(row, ImDescription, textItem(disk.description, enabled));
        table->setItem(row, ImVirtualSize, textItem(DisplayText::dataSize(disk.provisionedSize), enabled, true));
        table->setItem(row, ImActualSize, textItem(DisplayText::dataSize(disk.actualSize), enabled, true));
        table->setItem(row, ImFormat, textItem(disk.format ? DisplayText::diskFormat(*disk.format) : QString(), enabled));
        table->setCellWidget(row, ImInterface, interfaceCombo);
        table->setCellWidget(row, ImReadOnly, readOnly);
        table->setItem(row, ImBootable, bootable);
        table->setItem(row, ImShareable, textItem(DisplayText::yesNo(disk.shareable), enabled));
        table->setItem(row, ImUsedBy, usedByItem);
    }
    m_rows.append(Row{disk, table, row, blockedReason, readOnly, interfaceCombo});
}

const AttachDiskDialog::Row *AttachDiskDialog::rowOf(const QString &diskId) const
{
    for (const Row &row : m_rows) {
        if (row.disk.id == diskId)
            return &row;
    }
    return nullptr;
}

bool AttachDiskDialog::isChecked(const Row &row) const
{
    return row.blockedReason.isEmpty() && row.table->item(row.row, 0)->checkState() == Qt::Checked;
}

bool AttachDiskDialog::isBootable(const Row &row) const
{
    const int column = row.table == m_lunTable ? int(LuBootable) : int(ImBootable);
    return row.table->item(row.row, column)->checkState() == Qt::Checked;
}

DiskInterface AttachDiskDialog::interfaceOf(const Row &row) const
{
    return DiskInterface(row.interfaceCombo->currentData().toInt());
}

void AttachDiskDialog::showLuns(bool luns)
{
    (luns ? m_lunRadio : m_imageRadio)->setChecked(true);
}

void AttachDiskDialog::setChecked(const QString &diskId, bool checked)
{
    if (const Row *row = rowOf(diskId))
        row->table->item(row->row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void AttachDiskDialog::setInterface(const QString &diskId, DiskInterface diskInterface)
{
    if (const Row *row = rowOf(diskId))
        row->interfaceCombo->setCurrentIndex(row->interfaceCombo->findData(int(diskInterface)));
}

void AttachDiskDialog::setReadOnlyMode(const QString &diskId, ReadOnlyMode mode)
{
    if (const Row *row = rowOf(diskId))
        row->readOnly->setMode(mode);
}

void AttachDiskDialog::setBootable(const QString &diskId, bool bootable)
{
    if (const Row *row = rowOf(diskId))
        row->table->item(row->row, row->table == m_lunTable ? int(LuBootable) : int(ImBootable))
            ->setCheckState(bootable ? Qt::Checked : Qt::Unchecked);
}

void AttachDiskDialog::setActivate(bool activate)
{
    m_activateCheck->setChecked(activate);
}

bool AttachDiskDialog::isListed(const QString &diskId) const
{
    return rowOf(diskId) != nullptr;
}

bool AttachDiskDialog::isSelectable(const QString &diskId) const
{
    const Row *row = rowOf(diskId);
    return row && row->blockedReason.isEmpty();
}

QString AttachDiskDialog::usedByText(const QString &diskId) const
{
    const Row *row = rowOf(diskId);
    if (!row)
        return {};
    return row->table->item(row->row, row->table == m_lunTable ? int(LuUsedBy) : int(ImUsedBy))->text();
}

QString AttachDiskDialog::validationError() const
{
    using Action = DiskAttachRules::Action;
    QString error = DiskAttachRules::previewRefusal(Action::Attach, m_snapshots);
    if (!error.isEmpty())
        return error;
    int checked = 0;
    int bootable = 0;
    for (const Row &row : m_rows) {
        if (!isChecked(row))
            continue;
        ++checked;
        const DiskInterface diskInterface = interfaceOf(row);
        const std::optional<bool> protectedStorage = DiskAttachRules::writeProtected(row.disk);
        const ReadOnlyMode mode = row.readOnly->mode();
        const bool readOnly = DiskAttachRules::effectiveReadOnly(mode, protectedStorage);
        const QString lunId = row.disk.lunStorage ? row.disk.lunStorage->id : QString();
        const QStringList refusals{
            DiskAttachRules::readOnlyRefusal(Action::Attach, diskInterface, readOnly, row.disk.sgio),
            mode == ReadOnlyMode::ReadWrite ? DiskAttachRules::writeProtectedRefusal(Action::Attach, lunId, false, protectedStorage)
                                            : QString(),
            DiskAttachRules::bootableRefusal(Action::Attach, m_vm, m_vmAttachments, isBootable(row)),
            DiskAttachRules::hotPlugRefusal(Action::Attach, m_vm, diskInterface, row.disk.alias, m_activateCheck->isChecked()),
        };
        for (const QString &refusal : refusals) {
            if (!refusal.isEmpty())
                return refusal;
        }
        if (isBootable(row))
            ++bootable;
    }
    if (checked == 0)
        return tr("No disks selected");
    if (bootable > 1)
        return tr("There can be only one bootable disk defined");
    return {};
}

QList<AttachDiskDialog::Choice> AttachDiskDialog::choices() const
{
    QList<Choice> choices;
    for (const Row &row : m_rows) {
        if (!isChecked(row))
            continue;
        Choice choice;
        choice.request.vmId = m_vm.id;
        choice.request.diskId = row.disk.id;
        choice.request.options.interface_ = interfaceOf(row);
        choice.request.options.bootable = isBootable(row);
        choice.request.options.active = m_activateCheck->isChecked();
        choice.mode = row.readOnly->mode();
        choice.writeProtected = DiskAttachRules::writeProtected(row.disk);
        choice.request.options.readOnly = DiskAttachRules::effectiveReadOnly(choice.mode, choice.writeProtected);
        choice.alias = row.disk.alias;
        choices.append(choice);
    }
    return choices;
}

void AttachDiskDialog::updateWidgets()
{
    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    QStringList notes;
    for (const Row &row : m_rows) {
        if (!isChecked(row))
            continue;
        if (row.readOnly->mode() == ReadOnlyMode::Automatic) {
            notes.append(DiskAttachRules::writeProtected(row.disk).value_or(false)
                             ? tr("%1: its storage is write-protected, so it will be attached read-only.").arg(row.disk.alias)
                             : tr("%1: read-write; read-only instead if the storage turns out write-protected.").arg(row.disk.alias));
        }
    }
    m_noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_noteLabel->setVisible(!notes.isEmpty());
    QPalette palette = m_hintLabel->palette();
    palette.setColor(QPalette::WindowText, error.isEmpty() ? QPalette().color(QPalette::WindowText) : warningColor);
    m_hintLabel->setPalette(palette);
    if (!error.isEmpty()) {
        m_hintLabel->setText(error);
        return;
    }
    const int count = int(choices().size());
    m_hintLabel->setText(m_activateCheck->isChecked()
                             ? (DiskAttachRules::vmRuns(m_vm.status)
                                    ? tr("Attaches %n disk(s) to %1 and hot plugs them.", nullptr, count).arg(m_vm.name)
                                    : tr("Attaches %n disk(s) to %1, activated.", nullptr, count).arg(m_vm.name))
                             : tr("Attaches %n disk(s) to %1, not activated.", nullptr, count).arg(m_vm.name));
}
