// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarlayout.h"

#include <QCollator>
#include <QHash>

namespace Roomdesk {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;

CalendarBooking bookingOf(const RoomRequest &request)
{
    CalendarBooking booking;
    booking.request = request;
    booking.sessionFromMs = request.startUtc.toMSecsSinceEpoch();
    booking.sessionToMs = booking.sessionFromMs + request.durationMinutes * kMsPerMinute;
    const bool blocked = request.status == RoomRequest::Status::Allocated && request.blockedFromUtc.isValid() &&
        request.blockedToUtc.isValid();
    booking.fromMs =
        blocked ? std::min(request.blockedFromUtc.toMSecsSinceEpoch(), booking.sessionFromMs) : booking.sessionFromMs;
    booking.toMs =
        blocked ? std::max(request.blockedToUtc.toMSecsSinceEpoch(), booking.sessionToMs) : booking.sessionToMs;
    return booking;
}

bool earlier(const CalendarBooking &a, const CalendarBooking &b)
{
    if (a.fromMs != b.fromMs)
        return a.fromMs < b.fromMs;
    if (a.sessionFromMs != b.sessionFromMs)
        return a.sessionFromMs < b.sessionFromMs;
    return a.request.id < b.request.id;
}

// Sorts the row and fills its running maximum of ends. In a room row, bookings that overlap
// an earlier one are conflicts, and so is the earlier one reaching furthest.
void finish(CalendarRow &row, bool markConflicts)
{
    std::sort(row.bookings.begin(), row.bookings.end(), earlier);
    row.maxEndMs.resize(row.bookings.size());
    qint64 maxEnd = std::numeric_limits<qint64>::min();
    qsizetype reaching = -1;
    for (qsizetype i = 0; i < row.bookings.size(); ++i) {
        CalendarBooking &booking = row.bookings[i];
        if (markConflicts && reaching >= 0 && booking.fromMs < maxEnd) {
            booking.conflict = true;
            row.bookings[reaching].conflict = true;
        }
        if (booking.toMs > maxEnd) {
            maxEnd = booking.toMs;
            reaching = i;
        }
        row.maxEndMs[i] = maxEnd;
    }
}

// Overlapping waiting requests go on separate lines: each takes the first line free at its
// start (touching is free, intervals are half-open).
int stack(QList<CalendarBooking> &bookings)
{
    QList<qint64> lineEnds;
    for (CalendarBooking &booking : bookings) {
        qsizetype line = 0;
        while (line < lineEnds.size() && lineEnds.at(line) > booking.fromMs)
            ++line;
        if (line == lineEnds.size())
            lineEnds.append(booking.toMs);
        else
            lineEnds[line] = booking.toMs;
        booking.subLane = static_cast<int>(line);
    }
    return std::max(1, static_cast<int>(lineEnds.size()));
}

} // namespace

bool CalendarFilter::matches(const RoomRequest &request) const
{
    if (kind == Kind::Meeting && request.webinar)
        return false;
    if (kind == Kind::Webinar && !request.webinar)
        return false;
    const QString part = organizer.trimmed();
    return part.isEmpty() || request.organizer.contains(part, Qt::CaseInsensitive);
}

void CalendarLayout::setSnapshot(RoomPoolSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    rebuild();
}

void CalendarLayout::setFilter(CalendarFilter filter)
{
    m_filter = std::move(filter);
    rebuild();
}

void CalendarLayout::rebuild()
{
    m_rows.clear();
    m_pending = CalendarRow {};
    m_bookingCount = 0;
    QHash<qint64, qsizetype> rowOfRoom;
    for (const Room &room : std::as_const(m_snapshot.rooms)) {
        if (!m_filter.roomIds.isEmpty() && !m_filter.roomIds.contains(room.id))
            continue;
        rowOfRoom.insert(room.id, m_rows.size());
        m_rows.append(CalendarRow {room, {}, {}, 1});
    }

    QHash<QString, QString> organizers; // folded → as first written
    for (const RoomRequest &request : std::as_const(m_snapshot.requests)) {
        if (request.status == RoomRequest::Status::Cancelled)
            continue;
        if (!request.organizer.trimmed().isEmpty())
            organizers.insert(request.organizer.trimmed().toCaseFolded(), request.organizer.trimmed());
        if (!m_filter.matches(request))
            continue;
        if (request.status == RoomRequest::Status::Pending) {
            m_pending.bookings.append(bookingOf(request));
            ++m_bookingCount;
        } else if (const auto row = rowOfRoom.constFind(request.roomId); row != rowOfRoom.cend()) {
            m_rows[*row].bookings.append(bookingOf(request));
            ++m_bookingCount;
        }
    }
    for (CalendarRow &row : m_rows)
        finish(row, true);
    finish(m_pending, false);
    m_pending.subLanes = stack(m_pending.bookings);

    m_organizers = organizers.values();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(m_organizers.begin(), m_organizers.end(), collator);
}

std::optional<std::pair<int, qsizetype>> CalendarLayout::find(qint64 requestId) const
{
    for (int r = kPendingRow; r < rowCount(); ++r) {
        const auto &bookings = row(r).bookings;
        for (qsizetype i = 0; i < bookings.size(); ++i) {
            if (bookings.at(i).request.id == requestId)
                return std::pair {r, i};
        }
    }
    return std::nullopt;
}

void CalendarLayout::setMetrics(int rowHeight, int subLaneHeight)
{
    m_rowHeight = std::max(1, rowHeight);
    m_subLaneHeight = std::max(1, subLaneHeight);
}

int CalendarLayout::rowTop(int rowIndex) const
{
    const int pendingHeight = rowHeight(kPendingRow);
    return rowIndex == kPendingRow ? 0 : pendingHeight + rowIndex * m_rowHeight;
}

int CalendarLayout::rowHeight(int rowIndex) const
{
    return rowIndex == kPendingRow ? m_pending.subLanes * m_subLaneHeight + 8 : m_rowHeight;
}

int CalendarLayout::contentHeight() const
{
    return rowTop(0) + rowCount() * m_rowHeight;
}

std::optional<int> CalendarLayout::rowAt(int y) const
{
    if (y < 0)
        return std::nullopt;
    const int pendingHeight = rowHeight(kPendingRow);
    if (y < pendingHeight)
        return kPendingRow;
    const int row = (y - pendingHeight) / m_rowHeight;
    if (row >= rowCount())
        return std::nullopt;
    return row;
}

int CalendarLayout::subLaneAt(int y) const
{
    return std::clamp((y - 4) / m_subLaneHeight, 0, m_pending.subLanes - 1);
}

QList<qsizetype> CalendarLayout::visible(int rowIndex, qint64 t0, qint64 t1) const
{
    QList<qsizetype> indices;
    forEachVisible(rowIndex, t0, t1, [&indices](qsizetype i) { indices.append(i); });
    return indices;
}

qsizetype CalendarLayout::bookingAt(int rowIndex, qint64 t, qint64 toleranceMs, int subLane) const
{
    const auto &bookings = row(rowIndex).bookings;
    qsizetype exact = -1;
    qsizetype near = -1;
    qint64 nearDistance = std::numeric_limits<qint64>::max();
    forEachVisible(rowIndex, t - toleranceMs, t + toleranceMs + 1, [&](qsizetype i) {
        const CalendarBooking &booking = bookings.at(i);
        if (subLane >= 0 && booking.subLane != subLane)
            return;
        if (booking.fromMs <= t && t < booking.toMs) {
            exact = i; // later ones are drawn on top
            return;
        }
        const qint64 distance = t < booking.fromMs ? booking.fromMs - t : t - booking.toMs + 1;
        if (distance < nearDistance) {
            nearDistance = distance;
            near = i;
        }
    });
    return exact >= 0 ? exact : near;
}

qsizetype CalendarLayout::nearest(int rowIndex, qint64 t) const
{
    // Keyboard navigation only: a row holds a few dozen bookings, a scan is plenty.
    const auto &bookings = row(rowIndex).bookings;
    qsizetype best = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        const qint64 distance = std::abs(bookings.at(i).sessionFromMs - t);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace Roomdesk
