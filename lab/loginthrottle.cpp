#include "loginthrottle.h"

#include <algorithm>

namespace {

QString userKey(const QString &user)
{
    return QStringLiteral("user:") + user.toCaseFolded();
}

QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}

} // namespace

LoginThrottle::LoginThrottle()
{
    m_clock.start();
}

LoginThrottle::Record &LoginThrottle::record(const QString &key)
{
    Record &r = m_records[key];
    if (r.failures > 0 && m_clock.elapsed() - r.lastFailureMs > ForgetAfterMs)
        r = Record{};
    return r;
}

qint64 LoginThrottle::pauseAfter(int failures)
{
    if (failures <= FreeFailures)
        return 0;
    const int doublings = std::min(failures - FreeFailures - 1, 16);
    return std::min(FirstPauseMs << doublings, MaxPauseMs);
}

qint64 LoginThrottle::takeSlot(const QString &user, const QString &address)
{
    const qint64 now = m_clock.elapsed();
    if (m_records.size() > 10000) {
        // Made-up user names must not grow the table for ever: drop what is quiet and free.
        m_records.removeIf([now](const auto &item) { return item.value().nextSlotMs <= now && now - item.value().lastFailureMs > ForgetAfterMs; });
    }
    // Both entries first: a second insertion may rehash and move the first.
    record(userKey(user));
    record(addressKey(address));
    Record &byUser = m_records[userKey(user)];
    Record &byAddress = m_records[addressKey(address)];
    const qint64 slot = std::max({now, byUser.nextSlotMs, byAddress.nextSlotMs});
    // Until this check's outcome is known, the next one waits for this slot at least: checks are
    // answered in the order they came.
    for (Record *r : {&byUser, &byAddress}) {
        r->lastSlotMs = slot;
        r->nextSlotMs = std::max(r->nextSlotMs, slot);
    }
    return slot - now;
}

void LoginThrottle::failed(const QString &user, const QString &address)
{
    const qint64 now = m_clock.elapsed();
    for (const QString &key : {userKey(user), addressKey(address)}) {
        Record &r = record(key);
        ++r.failures;
        r.lastFailureMs = now;
        r.nextSlotMs = std::max(r.nextSlotMs, r.lastSlotMs + pauseAfter(r.failures));
    }
}

void LoginThrottle::succeeded(const QString &user, const QString &address)
{
    for (const QString &key : {userKey(user), addressKey(address)}) {
        Record &r = record(key);
        // Checks already queued keep their slots; failures count from zero again.
        r.failures = 0;
    }
}
