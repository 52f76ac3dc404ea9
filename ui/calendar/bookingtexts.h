// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/allocator.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Roomdesk {

// How a booking is described in words, the same in the calendar's tooltips and in the
// booking dialog: kind, state, and times both in the request's own zone and in the viewer's.
class BookingTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::BookingTexts)

public:
    static QString kind(const RoomRequest &request);
    static QString status(const RoomRequest &request);
    static QString admission(const RoomRequest &request);
    static QString organizer(const RoomRequest &request);
    // "Tuesday, 24 November 2026, 10:00 – 11:30 (Europe/Madrid)"
    static QString sessionInOwnZone(const RoomRequest &request);
    static QString sessionIn(const RoomRequest &request, const QTimeZone &zone);
    static QString blockedIn(const RoomRequest &request, const QTimeZone &zone); // empty when not allocated
    // [from, to) in `zone`: the date once when both ends share it; the zone's name at the end.
    static QString interval(const QDateTime &fromUtc, const QDateTime &toUtc, const QTimeZone &zone);
    static QString zoneName(const QTimeZone &zone);
};

} // namespace Roomdesk
