#pragma once

#include "imageticket.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>
#include <optional>

/// The tickets of the imageio endpoint, shared between the engine (main thread: adds, removes,
/// reads the progress) and the imageio connections (one thread each: check a ticket before and
/// during each request). A ticket idle longer than its inactivity timeout, with no request in
/// progress, is expired: it no longer opens anything, as imageio's own expiry.
class TicketRegistry final
{
public:
    using Clock = std::chrono::steady_clock;

    void add(const ImageTicket &ticket);
    void remove(const QString &id);

    /// What the engine polls (vdsm's get_image_ticket): bytes moved, requests in progress, idle time.
    struct Status
    {
        bool exists = false;
        bool active = false;
        qint64 transferred = 0;
        qint64 idleMs = 0;
    };
    Status status(const QString &id) const;

    /// Starts one request on \a id: the ticket, or nothing when it does not exist or expired (then
    /// \a expired says which). Every begin() must be followed by one end().
    std::optional<ImageTicket> begin(const QString &id, bool *expired = nullptr);
    /// Ends a request, counting \a bytes as transferred.
    void end(const QString &id, qint64 bytes);
    /// Progress within a long request: counts \a bytes and keeps the ticket alive; false when
    /// the ticket was removed meanwhile (cancelled), so the request must stop.
    bool progress(const QString &id, qint64 bytes);

private:
    struct Entry
    {
        ImageTicket ticket;
        int active = 0;
        qint64 transferred = 0;
        Clock::time_point lastActivity;
    };
    bool expired(const Entry &entry, Clock::time_point now) const;

    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};
