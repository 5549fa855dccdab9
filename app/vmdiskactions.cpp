#include "vmdiskactions.h"

#include "amenddialog.h"
#include "amendinventoryloader.h"
#include "amendrules.h"
#include "attachdiskdialog.h"
#include "client.h"
#include "diskattachrules.h"
#include "diskusage.h"
#include "diskusagedialog.h"
#include "newdiskdialog.h"
#include "operationtracker.h"
#include "vmdisklistmodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QTableView>
#include <QToolBar>

#include <memory>

VmDiskActions::VmDiskActions(Client *client, QTableView *diskTable, VmDiskListModel *model,
                             std::function<std::optional<Vm>()> currentVm, std::function<QList<Snapshot>()> snapshots,
                             QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_table(diskTable)
    , m_model(model)
    , m_currentVm(std::move(currentVm))
    , m_snapshots(std::move(snapshots))
    , m_parent(parent)
{
    const auto make = [this](const QString &text, const QString &objectName, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        // Only while the Disks tab has the focus (Delete must not fire in the VM filter).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New…"), QStringLiteral("newDiskAction"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newDisk(); });
    m_attachAction = make(tr("&Attach…"), QStringLiteral("attachDiskAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                          [this] { attachDisks(); });
    m_activateAction = make(tr("Ac&tivate"), QStringLiteral("activateDiskAction"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                            [this] { setActive(true); });
    m_deactivateAction = make(tr("D&eactivate"), QStringLiteral("deactivateDiskAction"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
                              [this] { setActive(false); });
    m_detachAction = make(tr("&Detach…"), QStringLiteral("detachDiskAction"), QKeySequence::Delete, [this] { detach(false); });
    m_removeAction = make(tr("&Remove…"), QStringLiteral("removeDiskAction"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                          [this] { detach(true); });
    m_usedByAction = make(tr("&Used by…"), QStringLiteral("usedByAction"), QKeySequence(Qt::CTRL | Qt::Key_U), [this] { usedBy(); });
    m_amendAction = make(tr("A&mend…"), QStringLiteral("amendDiskAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] { amend(); });

    m_toolBar = new QToolBar(parent);
    m_toolBar->setObjectName(QStringLiteral("diskToolBar"));
    m_toolBar->setAccessibleName(tr("Disk actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : actions()) {
        m_toolBar->addAction(action);
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(m_table);
        menu.setObjectName(QStringLiteral("diskContextMenu"));
        menu.addActions(actions());
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmDiskActions::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VmDiskActions::update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VmDiskActions::update);
    update();
}

QList<QAction *> VmDiskActions::actions() const
{
    return {m_newAction, m_attachAction, m_activateAction, m_deactivateAction, m_detachAction, m_removeAction, m_usedByAction, m_amendAction};
}

std::optional<DiskAttachment> VmDiskActions::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.constFirst().row();
    if (row < 0 || row >= m_model->attachments().size())
        return std::nullopt;
    return m_model->attachments().at(row);
}

void VmDiskActions::update()
{
    const std::optional<Vm> vm = m_currentVm();
    const std::optional<DiskAttachment> attachment = selected();
    const QString preview = DiskAttachRules::previewRefusal(DiskAttachRules::Action::Attach, m_snapshots());
    m_newAction->setEnabled(vm.has_value());
    m_attachAction->setEnabled(vm.has_value());
    // A disabled action says why in its tooltip, in the manager's words.
    m_attachAction->setToolTip(preview.isEmpty() ? tr("Attach existing disks to this virtual machine") : preview);
    m_activateAction->setEnabled(vm && attachment && !attachment->active);
    m_deactivateAction->setEnabled(vm && attachment && attachment->active);
    m_detachAction->setEnabled(vm && attachment);
    m_removeAction->setEnabled(vm && attachment);
    m_usedByAction->setEnabled(attachment.has_value());

    // Amend… helps when a target disk has a qcow2 volume below 1.1 and nothing the manager would
    // refuse is known. Only the active volumes are at hand here: when the VM has snapshots, a
    // disk whose active qcow2 volume is 1.1 may still have older 0.10 volumes, so it is judged
    // as if it had one (the dialog, which reads the whole chains, tells for sure). A raw active
    // volume means a raw disk without snapshots: qcow2 overlays always sit on top.
    bool hasSnapshots = false;
    for (const Snapshot &snapshot : m_snapshots())
        hasSnapshots = hasSnapshots || snapshot.type != SnapshotType::Active;
    QString refusal;
    bool helps = false;
    for (const DiskAttachment &target : vm ? amendTargets() : QList<DiskAttachment>()) {
        if (!target.disk)
            continue;
        AmendCandidate candidate;
        candidate.disk = *target.disk;
        if (hasSnapshots && target.disk->format == DiskFormat::Cow)
            candidate.volumes.append({QString(), QString(), QString(), std::nullopt, DiskFormat::Cow, QcowVersion::Qcow2V2, false});
        candidate.volumes.append({target.disk->imageId, {}, {}, std::nullopt, target.disk->format, target.disk->qcowVersion, true});
        candidate.vms.append({vm->id, vm->name, vm->status, target.active});
        const AmendRules::Verdict verdict = AmendRules::evaluate(candidate);
        if (verdict.amendable())
            helps = true;
        else if (refusal.isEmpty())
            refusal = verdict.text;
    }
    m_amendAction->setEnabled(helps);
    m_amendAction->setToolTip(helps || refusal.isEmpty()
                                  ? tr("Amend the qcow2 compat level to 1.1 (the selected disk, or every disk of the VM when none is selected)")
                                  : refusal);
}

QList<DiskAttachment> VmDiskActions::amendTargets() const
{
    if (const std::optional<DiskAttachment> attachment = selected())
        return {*attachment};
    return m_model->attachments();
}

void VmDiskActions::amend()
{
    const std::optional<Vm> vm = m_currentVm();
    if (!vm || !m_client || !m_amendAction->isEnabled())
        return;
    const QList<DiskAttachment> targets = amendTargets();
    const bool wholeVm = !selected().has_value();
    emit message(tr("Reading the volumes of %1…").arg(vm->name));
    struct Reads
    {
        QList<DiskAttachment> attachments;
        QList<Snapshot> snapshots;
        QList<StorageDomain> domains;
        int pending = 3;
        bool failed = false;
    };
    auto reads = std::make_shared<Reads>();
    const auto done = [this, reads, vm, targets, wholeVm](const std::optional<ApiError> &error) {
        if (error && !std::exchange(reads->failed, true))
            emit message(tr("Could not read the volumes of %1: %2").arg(vm->name, error->text()));
        if (--reads->pending > 0 || reads->failed)
            return;
        emit message(QString());
        // The same candidates the Disks and qcow2 Compat Levels window builds, for this VM only.
        QList<Disk> disks;
        QSet<QString> wanted;
        for (const DiskAttachment &target : targets)
            wanted.insert(target.diskId.isEmpty() ? target.id : target.diskId);
        for (const DiskAttachment &attachment : std::as_const(reads->attachments)) {
            if (attachment.disk && wanted.contains(attachment.disk->id))
                disks << *attachment.disk;
        }
        const QList<AmendCandidate> candidates = AmendInventoryLoader::assemble(
            disks, {*vm}, {{vm->id, reads->attachments}}, {{vm->id, reads->snapshots}}, reads->domains);
        if (candidates.isEmpty())
            return;
        const QString scope = wholeVm ? tr("the disks of %1").arg(vm->name) : candidates.first().disk.alias;
        auto *dialog = new AmendDialog(scope, candidates, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setClient(m_client, this);
        connect(dialog, &AmendDialog::trackerStarted, this, &VmDiskActions::trackerStarted);
        dialog->open();
    };
    m_client->diskAttachments(vm->id, true, this, [reads, done](Result<QList<DiskAttachment>> r) {
        reads->attachments = r.value;
        done(r.error);
    });
    m_client->snapshotsWithDisks(vm->id, this, [reads, done](Result<QList<Snapshot>> r) {
        reads->snapshots = r.value;
        done(r.error);
    });
    m_client->storageDomains(this, [reads, done](Result<QList<StorageDomain>> r) {
        reads->domains = r.value;
        done(r.error);
    });
}

void VmDiskActions::loadInventory(std::function<void(QList<Disk>, QList<Vm>, QList<Host>, QList<StorageDomain>)> open)
{
    if (!m_client)
        return;
    emit message(tr("Reading disks, hosts and storage domains…"));
    struct Inventory
    {
        QList<Disk> disks;
        QList<Vm> vms;
        QList<Host> hosts;
        QList<StorageDomain> domains;
        int pending = 4;
        bool failed = false;
    };
    auto inventory = std::make_shared<Inventory>();
    const auto done = [this, inventory, open](const std::optional<ApiError> &error) {
        if (error && !std::exchange(inventory->failed, true))
            emit message(tr("Could not read the inventory: %1").arg(error->text()));
        if (--inventory->pending == 0 && !inventory->failed) {
            emit message(QString());
            open(inventory->disks, inventory->vms, inventory->hosts, inventory->domains);
        }
    };
    m_client->disks(QString(), this, [inventory, done](Result<QList<Disk>> r) {
        inventory->disks = r.value;
        done(r.error);
    });
    m_client->vmsWithAttachments(this, [inventory, done](Result<QList<Vm>> r) {
        inventory->vms = r.value;
        done(r.error);
    });
    m_client->hosts(this, [inventory, done](Result<QList<Host>> r) {
        inventory->hosts = r.value;
        done(r.error);
    });
    m_client->storageDomains(this, [inventory, done](Result<QList<StorageDomain>> r) {
        inventory->domains = r.value;
        done(r.error);
    });
}

void VmDiskActions::newDisk()
{
    const std::optional<Vm> vm = m_currentVm();
    if (!vm || !m_newAction->isEnabled())
        return;
    const QList<DiskAttachment> attachments = m_model->attachments();
    const QList<Snapshot> snapshots = m_snapshots();
    loadInventory([this, vm, attachments, snapshots](QList<Disk> disks, QList<Vm> vms, QList<Host> hosts, QList<StorageDomain> domains) {
        auto *dialog = new NewDiskDialog(m_client, *vm, attachments, snapshots, domains, hosts, disks, DiskUsage::fromVms(vms), m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, vm] {
            OperationTracker *tracker = nullptr;
            if (dialog->attachesExisting()) {
                tracker = OperationTracker::attachDisk(m_client, dialog->attachRequest(), dialog->readOnlyMode(), dialog->writeProtected());
                tracker->setDescription(tr("Attach a LUN disk to %1").arg(vm->name));
            } else {
                const NewDiskRequest request = dialog->newDiskRequest();
                tracker = OperationTracker::addDisk(m_client, request, dialog->readOnlyMode(), dialog->writeProtected());
                tracker->setDescription(tr("Add disk \u201c%1\u201d to %2").arg(request.alias, vm->name));
            }
            emit trackerStarted(tracker);
        });
        dialog->open();
    });
}

void VmDiskActions::attachDisks()
{
    const std::optional<Vm> vm = m_currentVm();
    if (!vm || !m_attachAction->isEnabled())
        return;
    const QList<DiskAttachment> attachments = m_model->attachments();
    const QList<Snapshot> snapshots = m_snapshots();
    loadInventory([this, vm, attachments, snapshots](QList<Disk> disks, QList<Vm> vms, QList<Host>, QList<StorageDomain>) {
        auto *dialog = new AttachDiskDialog(*vm, attachments, snapshots, disks, DiskUsage::fromVms(vms), m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, vm] {
            // One attach per disk, as the portal sends them.
            for (const AttachDiskDialog::Choice &choice : dialog->choices()) {
                OperationTracker *tracker = OperationTracker::attachDisk(m_client, choice.request, choice.mode, choice.writeProtected);
                tracker->setDescription(tr("Attach disk \u201c%1\u201d to %2").arg(choice.alias, vm->name));
                emit trackerStarted(tracker);
            }
        });
        dialog->open();
    });
}

void VmDiskActions::setActive(bool active)
{
    const std::optional<Vm> vm = m_currentVm();
    const std::optional<DiskAttachment> attachment = selected();
    if (!vm || !attachment)
        return;
    const QString alias = attachment->disk ? attachment->disk->alias : attachment->id;
    // Explained before sending: the manager would refuse these.
    QString refusal = DiskAttachRules::previewRefusal(active ? DiskAttachRules::Action::HotPlug : DiskAttachRules::Action::HotUnplug,
                                                      m_snapshots());
    if (refusal.isEmpty() && active)
        refusal = DiskAttachRules::hotPlugRefusal(DiskAttachRules::Action::HotPlug, *vm, attachment->interface_, alias, true);
    if (refusal.isEmpty())
        refusal = DiskAttachRules::plugStateRefusal(*attachment, active);
    if (!refusal.isEmpty()) {
        emit message(refusal);
        return;
    }
    UpdateAttachmentRequest request;
    request.vmId = vm->id;
    request.diskId = attachment->diskId.isEmpty() ? attachment->id : attachment->diskId;
    request.active = active;
    OperationTracker *tracker = OperationTracker::updateDiskAttachment(m_client, request);
    tracker->setDescription(active ? tr("Activate disk \u201c%1\u201d of %2").arg(alias, vm->name)
                                   : tr("Deactivate disk \u201c%1\u201d of %2").arg(alias, vm->name));
    emit trackerStarted(tracker);
}

void VmDiskActions::detach(bool remove)
{
    const std::optional<Vm> vm = m_currentVm();
    const std::optional<DiskAttachment> attachment = selected();
    if (!vm || !attachment)
        return;
    const QString alias = attachment->disk ? attachment->disk->alias : attachment->id;
    QMessageBox box(QMessageBox::Question, remove ? tr("Remove Disk") : tr("Detach Disk"),
                    remove ? tr("Are you sure you want to remove the disk %1? It is deleted with its data, not only detached from %2.")
                                 .arg(alias, vm->name)
                           : tr("Are you sure you want to detach the disk %1 from %2? The disk stays, as a floating disk.").arg(alias, vm->name),
                    QMessageBox::Yes | QMessageBox::Cancel, m_parent);
    box.setObjectName(remove ? QStringLiteral("removeDiskBox") : QStringLiteral("detachDiskBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const QString diskId = attachment->diskId.isEmpty() ? attachment->id : attachment->diskId;
    OperationTracker *tracker = OperationTracker::detachDisk(m_client, vm->id, diskId, !remove);
    tracker->setDescription(remove ? tr("Remove disk \u201c%1\u201d").arg(alias) : tr("Detach disk \u201c%1\u201d from %2").arg(alias, vm->name));
    emit trackerStarted(tracker);
}

void VmDiskActions::usedBy()
{
    const std::optional<DiskAttachment> attachment = selected();
    if (!attachment || !m_client)
        return;
    Disk disk = attachment->disk.value_or(Disk{});
    if (disk.id.isEmpty())
        disk.id = attachment->diskId.isEmpty() ? attachment->id : attachment->diskId;
    auto *dialog = new DiskUsageDialog(disk, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 260)));
    dialog->load(m_client);
    dialog->open();
}
