#include "snapshotactions.h"

#include <algorithm>

namespace {

bool anyLocked(const QList<Snapshot> &snapshots)
{
    return std::any_of(snapshots.cbegin(), snapshots.cend(), [](const Snapshot &s) {
        return s.status == SnapshotStatus::Locked;
    });
}

bool anyStateless(const QList<Snapshot> &snapshots)
{
    return std::any_of(snapshots.cbegin(), snapshots.cend(), [](const Snapshot &s) {
        return s.type == SnapshotType::Stateless;
    });
}

bool inPreview(const QList<Snapshot> &snapshots)
{
    return std::any_of(snapshots.cbegin(), snapshots.cend(), [](const Snapshot &s) {
        return s.status == SnapshotStatus::InPreview || s.type == SnapshotType::Preview;
    });
}

const Snapshot *findFirst(const QList<Snapshot> &snapshots, auto predicate)
{
    const auto it = std::find_if(snapshots.cbegin(), snapshots.cend(), predicate);
    return it == snapshots.cend() ? nullptr : &*it;
}

} // namespace

const Snapshot *SnapshotActions::previewed(const QList<Snapshot> &snapshots)
{
    return findFirst(snapshots,
                     [](const Snapshot &s) { return s.status == SnapshotStatus::InPreview; });
}

const Snapshot *SnapshotActions::beforePreview(const QList<Snapshot> &snapshots)
{
    return findFirst(snapshots, [](const Snapshot &s) { return s.type == SnapshotType::Preview; });
}

const Snapshot *SnapshotActions::active(const QList<Snapshot> &snapshots)
{
    return findFirst(snapshots, [](const Snapshot &s) { return s.type == SnapshotType::Active; });
}

QString SnapshotActions::disabledReason(Action action, const Vm &vm,
                                        const QList<Snapshot> &snapshots,
                                        const Snapshot *selected)
{
    // The manager builds its refusals as "Cannot ${action} ${type}. ${reason}"; the same
    // words here, so that a greyed-out button and a refused request read alike.
    QString verb;
    switch (action) {
    case Action::Create: verb = tr("create"); break;
    case Action::Preview:
    case Action::CustomPreview: verb = tr("preview"); break;
    case Action::Commit:
    case Action::Undo: verb = tr("revert to"); break;
    case Action::Restore: verb = tr("restore"); break;
    case Action::Delete: verb = tr("remove"); break;
    }
    const auto cannot = [&verb](const QString &reason) {
        return tr("Cannot %1 Snapshot. %2").arg(verb, reason);
    };
    const QString locked = tr("The VM is performing an operation on a Snapshot. Please wait for "
                              "the operation to finish, and try again.");
    const QString previewing = tr("VM is previewing a Snapshot.");
    const QString stateless = tr("The VM is running as Stateless.");
    const bool previewActive = inPreview(snapshots);

    switch (action) {
    case Action::Create:
        if (previewActive)
            return cannot(previewing);
        if (anyLocked(snapshots))
            return cannot(locked);
        if (vm.status == VmStatus::ImageLocked)
            return cannot(tr("VM is locked. Please try again in a few minutes."));
        if (anyStateless(snapshots))
            return cannot(stateless);
        return {};

    case Action::Preview:
    case Action::CustomPreview:
    case Action::Restore:
    case Action::Delete:
        if (!selected)
            return tr("Select a snapshot.");
        if (selected->type == SnapshotType::Active)
            return action == Action::Delete
                       ? cannot(tr("The operation is only allowed for regular snapshots."))
                       : tr("Cannot preview Active VM snapshot.");
        if (selected->type != SnapshotType::Regular)
            return cannot(tr("The operation is only allowed for regular snapshots."));
        if (anyLocked(snapshots))
            return cannot(locked);
        if (previewActive)
            return cannot(previewing);
        if (anyStateless(snapshots))
            return cannot(stateless);
        if (action == Action::Delete) {
            // Cold merge when down, live merge when running; nothing in between.
            switch (vm.status) {
            case VmStatus::Down:
            case VmStatus::Up:
            case VmStatus::Paused:
            case VmStatus::PoweringUp:
            case VmStatus::RebootInProgress:
                return {};
            default:
                return cannot(tr("VM %1 must be in status Down, Up or Paused.").arg(vm.name));
            }
        }
        if (vm.status != VmStatus::Down)
            return cannot(tr("At least one of the VMs is not down."));
        return {};

    case Action::Commit:
    case Action::Undo:
        if (!previewActive)
            return cannot(tr("VM is not previewing a Snapshot."));
        if (anyStateless(snapshots))
            return cannot(stateless);
        // The manager's status matrix would let a running VM through; the portal (and the
        // manager's documentation) only allow Down or Suspended.
        if (vm.status != VmStatus::Down && vm.status != VmStatus::Suspended)
            return cannot(tr("VM %1 must be in status Down or Suspended.").arg(vm.name));
        return {};
    }
    return {};
}
