// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/roompoolservice.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Roomdesk {

// Which bookings the calendar shows.
struct CalendarFilter final
{
    enum class Kind { All, Meeting, Webinar };

    QSet<qint64> roomIds; // empty: every room
    Kind kind = Kind::All;
    QString organizer; // part of the organizer's name, any case; empty: anyone

    bool isActive() const { return !roomIds.isEmpty() || kind != Kind::All || !organizer.trimmed().isEmpty(); }
    bool matches(const RoomRequest &request) const;
};

// A request as the calendar draws it; times in UTC milliseconds, intervals half-open.
struct CalendarBooking final
{
    RoomRequest request;
    qint64 sessionFromMs = 0;
    qint64 sessionToMs = 0;
    qint64 fromMs = 0; // what it occupies: the blocked interval, or the session while pending
    qint64 toMs = 0;
    int subLane = 0; // pending lane: the line it is stacked on
    bool conflict = false; // overlaps another booking of its room (reconciliation reported it)
};

struct CalendarRow final
{
    std::optional<Room> room; // nullopt: the pending lane
    QList<CalendarBooking> bookings; // by fromMs, then session start, then id
    // maxEndMs[i] = max(toMs of bookings 0…i): non-decreasing even when bookings overlap,
    // so "the first booking that may still reach t" is a binary search.
    QList<qint64> maxEndMs;
    int subLanes = 1;
};

// The calendar's content without widgets: rows of bookings from a snapshot and a filter,
// their vertical geometry, and the queries painting, hit-testing and keyboard navigation
// need. Rows are addressed by index; kPendingRow is the "waiting for a room" lane on top.
class CalendarLayout final
{
public:
    static constexpr int kPendingRow = -1;

    void setSnapshot(RoomPoolSnapshot snapshot);
    void setFilter(CalendarFilter filter);
    const RoomPoolSnapshot &snapshot() const { return m_snapshot; }
    const CalendarFilter &filter() const { return m_filter; }

    // Room rows (the pending lane is not counted).
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const CalendarRow &row(int index) const { return index == kPendingRow ? m_pending : m_rows.at(index); }
    const CalendarBooking &booking(int rowIndex, qsizetype index) const { return row(rowIndex).bookings.at(index); }
    int bookingCount() const { return m_bookingCount; } // shown, pending ones included
    std::optional<std::pair<int, qsizetype>> find(qint64 requestId) const;
    // Every organizer of the snapshot's requests (filters do not shrink it), sorted.
    const QStringList &organizers() const { return m_organizers; }

    // Vertical geometry in content pixels: the pending lane from y = 0, then one row per room.
    void setMetrics(int rowHeight, int subLaneHeight);
    int rowHeight() const { return m_rowHeight; }
    int subLaneHeight() const { return m_subLaneHeight; }
    int rowTop(int rowIndex) const;
    int rowHeight(int rowIndex) const;
    int contentHeight() const;
    std::optional<int> rowAt(int y) const; // kPendingRow, a room row, or nullopt below the last
    int subLaneAt(int y) const; // in the pending lane

    // Bookings of the row whose [fromMs, toMs) overlaps [t0, t1), in order.
    template<typename Visit>
    void forEachVisible(int rowIndex, qint64 t0, qint64 t1, Visit &&visit) const;
    QList<qsizetype> visible(int rowIndex, qint64 t0, qint64 t1) const;
    // The booking at time t (within ± tolerance): one that contains t wins, the last drawn
    // (topmost) first; otherwise the nearest. -1 when none. subLane < 0: any sub-lane.
    qsizetype bookingAt(int rowIndex, qint64 t, qint64 toleranceMs = 0, int subLane = -1) const;
    // The booking whose session starts nearest to t; -1 in an empty row.
    qsizetype nearest(int rowIndex, qint64 t) const;

private:
    void rebuild();

    RoomPoolSnapshot m_snapshot;
    CalendarFilter m_filter;
    QList<CalendarRow> m_rows;
    CalendarRow m_pending;
    QStringList m_organizers;
    int m_bookingCount = 0;
    int m_rowHeight = 44;
    int m_subLaneHeight = 26;
};

template<typename Visit>
void CalendarLayout::forEachVisible(int rowIndex, qint64 t0, qint64 t1, Visit &&visit) const
{
    if (t1 <= t0)
        return; // [t0, t0) holds no instant
    const CalendarRow &r = row(rowIndex);
    // Everything before `first` ends by t0; from there on, starts are sorted.
    const auto first = std::upper_bound(r.maxEndMs.cbegin(), r.maxEndMs.cend(), t0) - r.maxEndMs.cbegin();
    for (qsizetype i = first; i < r.bookings.size() && r.bookings.at(i).fromMs < t1; ++i) {
        if (r.bookings.at(i).toMs > t0)
            visit(i);
    }
}

} // namespace Roomdesk
