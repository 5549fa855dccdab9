#pragma once

#include "inventorynode.h"

#include <QList>
#include <QObject>

/// Back and forward between the selections of the main window, like a web browser: visiting a
/// new place drops the places ahead of the current one.
class NavigationHistory final : public QObject
{
    Q_OBJECT
public:
    /// Older places beyond this are forgotten: a day of clicking should not grow without bound.
    static constexpr int MaxLength = 200;

    explicit NavigationHistory(QObject *parent = nullptr);

    /// Records \a node as the current place. Visiting the current place again does nothing.
    void visit(const InventoryNode &node);
    /// Moves one place back (forward) and returns it; an invalid node when there is none.
    InventoryNode back();
    InventoryNode forward();

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current >= 0 && m_current < m_places.size() - 1; }
    InventoryNode current() const;
    const QList<InventoryNode> &places() const { return m_places; }
    void clear();

signals:
    void changed();

private:
    QList<InventoryNode> m_places;
    qsizetype m_current = -1;
};
