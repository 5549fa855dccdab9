#include "navigationhistory.h"

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{
}

void NavigationHistory::visit(const InventoryNode &node)
{
    if (!node.isValid() || current() == node)
        return;
    m_places.resize(m_current + 1);
    m_places.append(node);
    if (m_places.size() > MaxLength)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
    emit changed();
}

InventoryNode NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    --m_current;
    emit changed();
    return m_places.at(m_current);
}

InventoryNode NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    ++m_current;
    emit changed();
    return m_places.at(m_current);
}

InventoryNode NavigationHistory::current() const
{
    return m_current >= 0 ? m_places.at(m_current) : InventoryNode{};
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_current = -1;
    emit changed();
}
