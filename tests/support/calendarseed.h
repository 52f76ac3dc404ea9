// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roompoolfixture.h"

namespace Roomdesk::Test {

// The week of Monday 23 November 2026 (UTC), as the calendar tests see it:
//   a@  active            Alpha Mon 10:00, Bravo Mon 14:00, Charlie Tue 09:00
//   b@  active, webinar   Delta Mon 10:00, Webinar Wed 10:00
//   c@  inactive          —
//   d@  active, by hand   —
//   waiting for a room:   Foxtrot Mon 10:00 (a and b are busy, c inactive, d by hand)
//   Golf Thu 15:00 UTC, asked in New York, lands in a.
struct CalendarSeed final
{
    static inline const QDateTime now {QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()};
    static QDateTime monday(int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), QTimeZone::utc());
    }

    qint64 a = 0, b = 0, c = 0, d = 0;
    RoomRequest alpha, bravo, charlie, delta, webinar, foxtrot, golf;

    bool seed(RoomPoolFixture &fixture)
    {
        a = fixture.addRoom(QStringLiteral("a@u.example"));
        b = fixture.addRoom(QStringLiteral("b@u.example"), true, true);
        c = fixture.addRoom(QStringLiteral("c@u.example"), false);
        d = fixture.addRoom(QStringLiteral("d@u.example"), true, false, true);
        alpha = fixture.request(QStringLiteral("Alpha"), monday(10), 60, false, QStringLiteral("Lucía Gómez"));
        bravo = fixture.request(QStringLiteral("Bravo"), monday(14), 90, false, QStringLiteral("Boris"));
        charlie = fixture.request(QStringLiteral("Charlie"), monday(9).addDays(1), 60, false, QStringLiteral("lucía"));
        delta = fixture.request(QStringLiteral("Delta"), monday(10), 60, false, QStringLiteral("Boris"));
        webinar = fixture.request(QStringLiteral("Webinar"), monday(10).addDays(2), 60, true, QStringLiteral("Carla"));
        foxtrot = fixture.request(QStringLiteral("Foxtrot"), monday(10), 60, false, QStringLiteral("Carla"));
        golf = fixture.request(QStringLiteral("Golf"), monday(15).addDays(3), 60, false, QString(),
                               QStringLiteral("America/New_York"));
        return a && b && c && d && alpha.roomId == a && bravo.roomId == a && charlie.roomId == a && delta.roomId == b &&
            webinar.roomId == b && foxtrot.status == RoomRequest::Status::Pending && golf.roomId == a;
    }
};

} // namespace Roomdesk::Test
