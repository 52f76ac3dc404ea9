// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bufferpolicy.h"
#include "room.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace Roomdesk {

// The allocation rule of DESIGN §3 in memory: rooms in allocation order, each with its
// blocked intervals sorted by start. A booking blocks [start − prep, start + duration +
// courtesy + post) with the room's buffers before the policy's; half-open intervals that
// only touch do not overlap. Finding a room is a binary search per candidate room, so the
// cost grows with the number of rooms, not with the number of bookings.
class RoomSchedule final
{
public:
    // A blocked interval [from, to) in UTC milliseconds.
    struct Interval
    {
        qint64 from = 0;
        qint64 to = 0;
    };
    struct Placement
    {
        qint64 roomId = 0;
        Interval blocked;
    };
    // Why no room was found, for the translated reason the allocator gives.
    struct Refusal
    {
        int candidates = 0; // active, automatic rooms that could have taken it
        int withoutWebinar = 0; // such rooms skipped for lack of a webinar licence
    };

    RoomSchedule(const QList<Room> &rooms, const BufferPolicy &policy);

    static Interval blocked(const Room &room, const BufferPolicy &policy, qint64 startMs, int durationMinutes);
    // The longest a blocked interval can be: the longest session and three maximal buffers.
    static constexpr qint64 kMaxBlockedMs = qint64(1439 + 3 * BufferPolicy::kMaxMinutes) * 60000;

    // What bookings may matter to sessions starting in [firstStartMs, lastEndMs]: the
    // blocked intervals to load before asking.
    Interval reach(qint64 firstStartMs, qint64 lastEndMs) const;

    // Records an existing booking (any room of the pool, also manual or inactive ones).
    void add(qint64 roomId, const Interval &blocked);
    // The first free active, automatic room in allocation order (webinar rooms for webinars).
    std::optional<Placement> find(bool webinar, qint64 startMs, int durationMinutes, Refusal *refusal) const;
    bool isFree(qint64 roomId, const Interval &blocked) const;
    qsizetype bookingCount() const;

private:
    struct Entry
    {
        Interval blocked;
        qint64 latestEnd = 0; // the latest `to` of this entry and every earlier one
    };
    struct Lane
    {
        Room room;
        // By `from`. Bookings in one room normally do not overlap, but reconciliation may
        // leave overlaps after longer buffers; the running latest end keeps the search exact.
        std::vector<Entry> entries;
    };
    std::vector<Lane> m_lanes; // allocation order
    QHash<qint64, std::size_t> m_laneOfRoom;
    BufferPolicy m_policy;
    qint64 m_maxPrepMs = 0;
    qint64 m_maxAfterMs = 0;
};

} // namespace Roomdesk
