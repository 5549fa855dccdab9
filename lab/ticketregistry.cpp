#include "ticketregistry.h"

void TicketRegistry::add(const ImageTicket &ticket)
{
    std::lock_guard lock(m_mutex);
    Entry entry;
    entry.ticket = ticket;
    entry.lastActivity = Clock::now();
    m_entries.insert(ticket.id, entry);
}

void TicketRegistry::remove(const QString &id)
{
    std::lock_guard lock(m_mutex);
    m_entries.remove(id);
}

bool TicketRegistry::expired(const Entry &entry, Clock::time_point now) const
{
    const int timeout = entry.ticket.inactivityTimeoutSeconds;
    return timeout > 0 && entry.active == 0 && now - entry.lastActivity > std::chrono::seconds(timeout);
}

TicketRegistry::Status TicketRegistry::status(const QString &id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return {};
    Status status;
    status.exists = true;
    status.active = it->active > 0;
    status.transferred = it->transferred;
    status.idleMs = it->active > 0 ? 0 : std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - it->lastActivity).count();
    return status;
}

std::optional<ImageTicket> TicketRegistry::begin(const QString &id, bool *wasExpired)
{
    std::lock_guard lock(m_mutex);
    if (wasExpired)
        *wasExpired = false;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return std::nullopt;
    const Clock::time_point now = Clock::now();
    if (expired(*it, now)) {
        if (wasExpired)
            *wasExpired = true;
        return std::nullopt;
    }
    ++it->active;
    it->lastActivity = now;
    return it->ticket;
}

void TicketRegistry::end(const QString &id, qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->active > 0)
        --it->active;
    it->transferred += bytes;
    it->lastActivity = Clock::now();
}

bool TicketRegistry::progress(const QString &id, qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    it->transferred += bytes;
    it->lastActivity = Clock::now();
    return true;
}
