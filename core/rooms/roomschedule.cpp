// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomschedule.h"

#include <algorithm>

namespace Roomdesk {

RoomSchedule::RoomSchedule(const QList<Room> &rooms, const BufferPolicy &policy)
    : m_policy(policy)
{
    m_lanes.reserve(std::size_t(rooms.size()));
    for (const Room &room : rooms) {
        m_laneOfRoom.insert(room.id, m_lanes.size());
        m_lanes.push_back({room, {}});
        const Interval reach = blocked(room, policy, 0, 0);
        m_maxPrepMs = std::max(m_maxPrepMs, -reach.from);
        m_maxAfterMs = std::max(m_maxAfterMs, reach.to);
    }
}

RoomSchedule::Interval RoomSchedule::blocked(const Room &room, const BufferPolicy &policy, qint64 startMs,
                                             int durationMinutes)
{
    const qint64 prep = room.prepMinutes.value_or(policy.prepMinutes);
    const qint64 after =
        room.courtesyMinutes.value_or(policy.courtesyMinutes) + room.postMinutes.value_or(policy.postMinutes);
    return {startMs - prep * 60000, startMs + (durationMinutes + after) * 60000};
}

RoomSchedule::Interval RoomSchedule::reach(qint64 firstStartMs, qint64 lastEndMs) const
{
    return {firstStartMs - m_maxPrepMs, lastEndMs + m_maxAfterMs};
}

void RoomSchedule::add(qint64 roomId, const Interval &interval)
{
    const auto lane = m_laneOfRoom.constFind(roomId);
    if (lane == m_laneOfRoom.cend())
        return; // a room outside the pool cannot take requests
    auto &entries = m_lanes[*lane].entries;
    auto at = std::upper_bound(entries.begin(), entries.end(), interval.from,
                               [](qint64 from, const Entry &other) { return from < other.blocked.from; });
    const qint64 before = at == entries.begin() ? interval.to : std::max(std::prev(at)->latestEnd, interval.to);
    at = entries.insert(at, Entry {interval, before});
    // Later entries reach at least as far now; stop where nothing changes.
    for (auto next = std::next(at); next != entries.end() && next->latestEnd < at->latestEnd; ++next, ++at)
        next->latestEnd = at->latestEnd;
}

bool RoomSchedule::isFree(qint64 roomId, const Interval &interval) const
{
    const auto lane = m_laneOfRoom.constFind(roomId);
    if (lane == m_laneOfRoom.cend())
        return true;
    const auto &entries = m_lanes[*lane].entries;
    // Bookings starting at or after `interval.to` cannot overlap; of the earlier ones, the
    // latest end decides.
    const auto after = std::lower_bound(entries.begin(), entries.end(), interval.to,
                                        [](const Entry &other, qint64 to) { return other.blocked.from < to; });
    return after == entries.begin() || std::prev(after)->latestEnd <= interval.from;
}

std::optional<RoomSchedule::Placement> RoomSchedule::find(bool webinar, qint64 startMs, int durationMinutes,
                                                          Refusal *refusal) const
{
    Refusal seen;
    for (const Lane &lane : m_lanes) {
        const Room &room = lane.room;
        if (!room.active || room.assignment != Room::Assignment::Automatic)
            continue;
        if (webinar && !room.webinar) {
            ++seen.withoutWebinar;
            continue;
        }
        ++seen.candidates;
        const Interval interval = blocked(room, m_policy, startMs, durationMinutes);
        if (isFree(room.id, interval))
            return Placement {room.id, interval};
    }
    if (refusal)
        *refusal = seen;
    return std::nullopt;
}

qsizetype RoomSchedule::bookingCount() const
{
    qsizetype count = 0;
    for (const Lane &lane : m_lanes)
        count += qsizetype(lane.entries.size());
    return count;
}

} // namespace Roomdesk
