#pragma once

#include <QMetaType>
#include <QString>

/// One thing a person can select anywhere in the main window (tree, tables, details links): what
/// kind of object it is and its id. The window's back/forward history is a list of these.
struct InventoryNode
{
    enum class Kind { None, DataCenter, Cluster, Vm, StorageDomain, Disk, Group };

    Kind kind = Kind::None;
    QString id;

    bool isValid() const { return kind != Kind::None && kind != Kind::Group && !id.isEmpty(); }
    friend bool operator==(const InventoryNode &a, const InventoryNode &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
};

Q_DECLARE_METATYPE(InventoryNode)
