#pragma once

#include "entities.h"

#include <QIcon>

/// The snapshot status icons of the portal's Snapshots list: an eye while in preview, a lock
/// while locked, otherwise a camera, with a memory badge when the snapshot holds memory.
/// Drawn here (not loaded from themes) so that they look the same on every desktop and in
/// screenshot tests.
class SnapshotIcons final
{
public:
    SnapshotIcons() = delete;

    static QIcon forSnapshot(const Snapshot &snapshot);
    static QIcon camera(bool withMemory);
    static QIcon eye();
    static QIcon lock();
};
