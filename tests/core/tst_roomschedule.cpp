// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory allocation rule against a literal scan of every booking, on random pools
// with overlapping leftovers (as reconciliation can leave), plus the edge cases by hand.
#include "rooms/roomschedule.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Roomdesk;

namespace {

constexpr qint64 kMinute = 60000;

Room makeRoom(qint64 id, bool webinar = false, bool active = true, bool manual = false)
{
    Room room;
    room.id = id;
    room.email = QStringLiteral("r%1@u.example").arg(id);
    room.webinar = webinar;
    room.active = active;
    room.assignment = manual ? Room::Assignment::Manual : Room::Assignment::Automatic;
    return room;
}

struct Booking
{
    qint64 room;
    RoomSchedule::Interval blocked;
};

// DESIGN §3 read literally: walk the rooms in order and look at every booking.
std::optional<RoomSchedule::Placement> naive(const QList<Room> &rooms, const BufferPolicy &policy,
                                             const QList<Booking> &bookings, bool webinar, qint64 start, int minutes)
{
    for (const Room &room : rooms) {
        if (!room.active || room.assignment != Room::Assignment::Automatic || (webinar && !room.webinar))
            continue;
        const RoomSchedule::Interval want = RoomSchedule::blocked(room, policy, start, minutes);
        bool free = true;
        for (const Booking &booking : bookings) {
            if (booking.room == room.id && booking.blocked.from < want.to && want.from < booking.blocked.to)
                free = false;
        }
        if (free)
            return RoomSchedule::Placement {room.id, want};
    }
    return std::nullopt;
}

} // namespace

class TestRoomSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void halfOpenIntervalsTouchWithoutOverlap()
    {
        BufferPolicy policy;
        policy.prepMinutes = 15;
        policy.courtesyMinutes = 10;
        policy.postMinutes = 15;
        RoomSchedule schedule({makeRoom(1)}, policy);
        const qint64 nine = 9 * 60 * kMinute;
        const auto first = schedule.find(false, nine, 60, nullptr);
        QVERIFY(first);
        QCOMPARE(first->blocked.from, nine - 15 * kMinute);
        QCOMPARE(first->blocked.to, nine + 85 * kMinute);
        schedule.add(first->roomId, first->blocked);
        // Starts exactly when the first one's blocked time ends (its own prep included).
        QVERIFY(schedule.find(false, nine + 100 * kMinute, 30, nullptr));
        QVERIFY(!schedule.find(false, nine + 99 * kMinute, 30, nullptr));
        // Ends exactly when the first one's blocked time starts.
        QVERIFY(schedule.find(false, nine - 15 * kMinute - 85 * kMinute, 60, nullptr));
        QVERIFY(!schedule.find(false, nine - 15 * kMinute - 84 * kMinute, 60, nullptr));
    }

    void overlapsLeftByReconciliationAreSeen()
    {
        // A long booking followed by short ones that start inside it: the running latest end
        // must still see the long one after the short ones have ended.
        RoomSchedule schedule({makeRoom(1)}, BufferPolicy {0, 0, 0});
        schedule.add(1, {0, 1000 * kMinute});
        schedule.add(1, {10 * kMinute, 20 * kMinute});
        schedule.add(1, {30 * kMinute, 40 * kMinute});
        QVERIFY(!schedule.isFree(1, {500 * kMinute, 510 * kMinute}));
        QVERIFY(schedule.isFree(1, {1000 * kMinute, 1010 * kMinute}));
        // Inserted out of order, the long one last.
        RoomSchedule later({makeRoom(1)}, BufferPolicy {0, 0, 0});
        later.add(1, {30 * kMinute, 40 * kMinute});
        later.add(1, {10 * kMinute, 20 * kMinute});
        later.add(1, {0, 1000 * kMinute});
        QVERIFY(!later.isFree(1, {500 * kMinute, 510 * kMinute}));
        QCOMPARE(later.bookingCount(), 3);
    }

    void refusalCountsCandidates()
    {
        const QList<Room> rooms = {makeRoom(1), makeRoom(2, true, false), makeRoom(3, true, true, true), makeRoom(4)};
        RoomSchedule schedule(rooms, BufferPolicy {});
        RoomSchedule::Refusal refusal;
        QVERIFY(!schedule.find(true, 0, 60, &refusal));
        QCOMPARE(refusal.candidates, 0);
        QCOMPARE(refusal.withoutWebinar, 2);
        schedule.add(1, {-kMinute * 100, kMinute * 100});
        schedule.add(4, {-kMinute * 100, kMinute * 100});
        QVERIFY(!schedule.find(false, 0, 30, &refusal));
        QCOMPARE(refusal.candidates, 2);
    }

    void agreesWithALiteralScan()
    {
        QRandomGenerator random(20261122);
        for (int round = 0; round < 40; ++round) {
            QList<Room> rooms;
            const int roomCount = 1 + int(random.bounded(8));
            for (int i = 0; i < roomCount; ++i) {
                Room room = makeRoom(i + 1, random.bounded(3) == 0, random.bounded(6) != 0, random.bounded(6) == 0);
                if (random.bounded(3) == 0)
                    room.prepMinutes = int(random.bounded(90));
                if (random.bounded(3) == 0)
                    room.postMinutes = int(random.bounded(90));
                rooms.append(room);
            }
            const BufferPolicy policy {int(random.bounded(30)), int(random.bounded(20)), int(random.bounded(30))};
            RoomSchedule schedule(rooms, policy);
            QList<Booking> bookings;
            // Leftovers that may overlap, in any room (also inactive or manual ones).
            for (int i = 0; i < 20; ++i) {
                const qint64 from = qint64(random.bounded(3000)) * kMinute;
                const Booking booking {1 + random.bounded(roomCount),
                                       {from, from + (1 + random.bounded(400)) * kMinute}};
                schedule.add(booking.room, booking.blocked);
                bookings.append(booking);
            }
            for (int i = 0; i < 150; ++i) {
                const bool webinar = random.bounded(4) == 0;
                const qint64 start = qint64(random.bounded(3000)) * kMinute;
                const int minutes = 1 + int(random.bounded(240));
                const auto fast = schedule.find(webinar, start, minutes, nullptr);
                const auto slow = naive(rooms, policy, bookings, webinar, start, minutes);
                QCOMPARE(fast.has_value(), slow.has_value());
                if (!fast)
                    continue;
                QCOMPARE(fast->roomId, slow->roomId);
                QCOMPARE(fast->blocked.from, slow->blocked.from);
                QCOMPARE(fast->blocked.to, slow->blocked.to);
                schedule.add(fast->roomId, fast->blocked);
                bookings.append({fast->roomId, fast->blocked});
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRoomSchedule)
#include "tst_roomschedule.moc"
