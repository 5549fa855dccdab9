#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// When each snapshot action of the VM → Snapshots view is available, with the administration
/// portal's rules (`VmSnapshotListModel.updateActionAvailability`) and, for a disabled action,
/// the reason in the manager's words. Plain functions so that the rules are tested without
/// widgets.
class SnapshotActions final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotActions)
public:
    enum class Action { Create, Preview, CustomPreview, Commit, Undo, Restore, Delete };

    SnapshotActions() = delete;

    /// Why `action` is unavailable for `vm` with its `snapshots` and the `selected` snapshot
    /// (nullptr: none), or an empty string when it is available.
    static QString disabledReason(Action action, const Vm &vm, const QList<Snapshot> &snapshots,
                                  const Snapshot *selected);
    static bool isEnabled(Action action, const Vm &vm, const QList<Snapshot> &snapshots,
                          const Snapshot *selected)
    {
        return disabledReason(action, vm, snapshots, selected).isEmpty();
    }

    /// The snapshot being previewed (status in_preview), or nullptr.
    static const Snapshot *previewed(const QList<Snapshot> &snapshots);
    /// The "Active VM before the preview" entry (type preview), or nullptr.
    static const Snapshot *beforePreview(const QList<Snapshot> &snapshots);
    /// The live state (type active), or nullptr.
    static const Snapshot *active(const QList<Snapshot> &snapshots);
};
