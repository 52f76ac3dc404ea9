// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's layout without widgets: rows from a snapshot and filters, the pending
// lane's sub-lanes, vertical geometry, hit testing and visible-range queries.
#include "calendar/calendarlayout.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QDateTime kDay(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc());

QDateTime at(int minutes)
{
    return kDay.addSecs(minutes * 60LL);
}

qint64 ms(int minutes)
{
    return at(minutes).toMSecsSinceEpoch();
}

Room room(qint64 id)
{
    Room r;
    r.id = id;
    r.email = QStringLiteral("room%1@u.example").arg(id);
    r.name = QStringLiteral("Room %1").arg(id);
    r.active = true;
    return r;
}

RoomRequest booking(qint64 id, qint64 roomId, int start, int minutes, int prep = 15, int after = 25)
{
    RoomRequest request;
    request.id = id;
    request.title = QStringLiteral("Session %1").arg(id);
    request.startUtc = at(start);
    request.timeZone = QStringLiteral("Europe/Madrid");
    request.durationMinutes = minutes;
    request.status = RoomRequest::Status::Allocated;
    request.roomId = roomId;
    request.blockedFromUtc = at(start - prep);
    request.blockedToUtc = at(start + minutes + after);
    return request;
}

RoomRequest pending(qint64 id, int start, int minutes)
{
    RoomRequest request = booking(id, 0, start, minutes);
    request.status = RoomRequest::Status::Pending;
    request.roomId = 0;
    request.blockedFromUtc = {};
    request.blockedToUtc = {};
    request.reason = QStringLiteral("No room is free");
    return request;
}

QList<qint64> ids(const CalendarLayout &layout, int row)
{
    QList<qint64> result;
    for (const CalendarBooking &b : layout.row(row).bookings)
        result.append(b.request.id);
    return result;
}

QList<qint64> visibleIds(const CalendarLayout &layout, int row, qint64 t0, qint64 t1)
{
    QList<qint64> result;
    for (qsizetype i : layout.visible(row, t0, t1))
        result.append(layout.booking(row, i).request.id);
    return result;
}

// Rooms 1–3 and five requests with organizers and kinds, for the filter table.
RoomPoolSnapshot filterSnapshot()
{
    RoomPoolSnapshot snapshot;
    snapshot.rooms = {room(1), room(2), room(3)};
    RoomRequest a = booking(10, 1, 600, 60);
    a.organizer = QStringLiteral("Ana Pérez");
    RoomRequest b = booking(11, 2, 600, 60);
    b.webinar = true;
    b.organizer = QStringLiteral("Boris");
    RoomRequest c = booking(12, 3, 600, 60);
    c.organizer = QStringLiteral("ana maría");
    RoomRequest d = pending(20, 600, 60);
    d.organizer = QStringLiteral("Carla");
    RoomRequest e = pending(21, 600, 60);
    e.webinar = true;
    e.organizer = QStringLiteral("ANA");
    snapshot.requests = {a, b, c, d, e};
    return snapshot;
}

} // namespace

class TestCalendarLayout final : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowAllocationOrder()
    {
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(3), room(1), room(2)};
        RoomRequest cancelled = booking(14, 3, 60, 60);
        cancelled.status = RoomRequest::Status::Cancelled;
        snapshot.requests = {booking(10, 1, 600, 60),
                             booking(11, 1, 120, 60),
                             booking(12, 2, 300, 30),
                             booking(13, 99, 300, 30),
                             cancelled,
                             pending(20, 300, 45)};
        CalendarLayout layout;
        layout.setSnapshot(snapshot);

        QCOMPARE(layout.rowCount(), 3);
        QCOMPARE(layout.row(0).room->id, 3);
        QCOMPARE(layout.row(1).room->id, 1);
        QCOMPARE(layout.row(2).room->id, 2);
        QVERIFY(!layout.row(CalendarLayout::kPendingRow).room);
        QCOMPARE(ids(layout, 0), QList<qint64>()); // the cancelled one is not drawn
        QCOMPARE(ids(layout, 1), QList<qint64>({11, 10})); // by blocked start
        QCOMPARE(ids(layout, 2), QList<qint64>({12}));
        QCOMPARE(ids(layout, CalendarLayout::kPendingRow), QList<qint64>({20}));
        QCOMPARE(layout.bookingCount(), 4); // the booking of an unknown room is not shown

        // The session and, either side of it, the buffers of the blocked interval.
        const CalendarBooking &early = layout.booking(1, 0);
        QCOMPARE(early.sessionFromMs, ms(120));
        QCOMPARE(early.sessionToMs, ms(180));
        QCOMPARE(early.fromMs, ms(105));
        QCOMPARE(early.toMs, ms(205));
        // Waiting requests occupy their session only.
        const CalendarBooking &waiting = layout.booking(CalendarLayout::kPendingRow, 0);
        QCOMPARE(waiting.fromMs, ms(300));
        QCOMPARE(waiting.toMs, ms(345));

        QCOMPARE(layout.find(12), std::optional(std::pair<int, qsizetype>(2, 0)));
        QCOMPARE(layout.find(20), std::optional(std::pair<int, qsizetype>(CalendarLayout::kPendingRow, 0)));
        QVERIFY(!layout.find(14));
    }

    void filters_data()
    {
        QTest::addColumn<QList<qint64>>("roomIds");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("organizer");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<qint64>>("bookings");
        QTest::addColumn<QList<qint64>>("waiting");
        const int all = int(CalendarFilter::Kind::All);
        const int meetings = int(CalendarFilter::Kind::Meeting);
        const int webinars = int(CalendarFilter::Kind::Webinar);
        using Ids = QList<qint64>;
        QTest::newRow("none") << Ids {} << all << "" << 3 << Ids {10, 11, 12} << Ids {20, 21};
        QTest::newRow("one room") << Ids {2} << all << "" << 1 << Ids {11} << Ids {20, 21};
        QTest::newRow("two rooms") << Ids {1, 3} << all << "" << 2 << Ids {10, 12} << Ids {20, 21};
        QTest::newRow("unknown room") << Ids {42} << all << "" << 0 << Ids {} << Ids {20, 21};
        QTest::newRow("meetings") << Ids {} << meetings << "" << 3 << Ids {10, 12} << Ids {20};
        QTest::newRow("webinars") << Ids {} << webinars << "" << 3 << Ids {11} << Ids {21};
        QTest::newRow("organizer in any case") << Ids {} << all << "ANA" << 3 << Ids {10, 12} << Ids {21};
        QTest::newRow("organizer part") << Ids {} << all << "bor" << 3 << Ids {11} << Ids {};
        QTest::newRow("organizer accented") << Ids {} << all << "pérez" << 3 << Ids {10} << Ids {};
        QTest::newRow("organizer trimmed") << Ids {} << all << "  carla " << 3 << Ids {} << Ids {20};
        QTest::newRow("all three") << Ids {1} << meetings << "ana" << 1 << Ids {10} << Ids {};
    }

    void filters()
    {
        QFETCH(QList<qint64>, roomIds);
        QFETCH(int, kind);
        QFETCH(QString, organizer);
        QFETCH(int, rows);
        QFETCH(QList<qint64>, bookings);
        QFETCH(QList<qint64>, waiting);

        CalendarLayout layout;
        layout.setSnapshot(filterSnapshot());
        CalendarFilter filter;
        filter.roomIds = QSet<qint64>(roomIds.cbegin(), roomIds.cend());
        filter.kind = static_cast<CalendarFilter::Kind>(kind);
        filter.organizer = organizer;
        layout.setFilter(filter);

        QCOMPARE(layout.rowCount(), rows);
        QList<qint64> shown;
        for (int row = 0; row < layout.rowCount(); ++row)
            shown += ids(layout, row);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, bookings);
        QCOMPARE(ids(layout, CalendarLayout::kPendingRow), waiting);
        QCOMPARE(layout.bookingCount(), bookings.size() + waiting.size());
        QCOMPARE(filter.isActive(),
                 !roomIds.isEmpty() || kind != int(CalendarFilter::Kind::All) || !organizer.trimmed().isEmpty());

        // Clearing the filter brings everything back.
        layout.setFilter({});
        QCOMPARE(layout.rowCount(), 3);
        QCOMPARE(layout.bookingCount(), 5);
    }

    void organizersAreDistinctAndSorted()
    {
        RoomPoolSnapshot snapshot = filterSnapshot();
        RoomRequest gone = booking(30, 1, 900, 30);
        gone.organizer = QStringLiteral("Zed");
        gone.status = RoomRequest::Status::Cancelled;
        RoomRequest anonymous = booking(31, 2, 900, 30);
        snapshot.requests += {gone, anonymous};
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        // "ANA" and "Ana Pérez" differ; Zed's request is cancelled; nobody is not a name.
        QStringList folded;
        for (const QString &name : layout.organizers())
            folded.append(name.toCaseFolded());
        QCOMPARE(folded, QStringList({"ana", "ana maría", "ana pérez", "boris", "carla"}));

        CalendarFilter filter;
        filter.organizer = QStringLiteral("boris");
        layout.setFilter(filter);
        QCOMPARE(layout.organizers().size(), 5); // the list to choose from does not shrink
    }

    void pendingSubLanes_data()
    {
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QList<int>>("durations");
        QTest::addColumn<QList<int>>("lanes");
        QTest::addColumn<int>("laneCount");
        QTest::newRow("none") << QList<int> {} << QList<int> {} << QList<int> {} << 1;
        QTest::newRow("alone") << QList<int> {0} << QList<int> {60} << QList<int> {0} << 1;
        QTest::newRow("touching") << QList<int> {0, 60} << QList<int> {60, 60} << QList<int> {0, 0} << 1;
        QTest::newRow("overlapping") << QList<int> {0, 30} << QList<int> {60, 60} << QList<int> {0, 1} << 2;
        QTest::newRow("three deep") << QList<int> {0, 30, 60} << QList<int> {120, 60, 60} << QList<int> {0, 1, 2} << 3;
        QTest::newRow("line reused") << QList<int> {0, 30, 60} << QList<int> {60, 60, 60} << QList<int> {0, 1, 0} << 2;
        QTest::newRow("apart") << QList<int> {0, 600} << QList<int> {60, 60} << QList<int> {0, 0} << 1;
    }

    void pendingSubLanes()
    {
        QFETCH(QList<int>, starts);
        QFETCH(QList<int>, durations);
        QFETCH(QList<int>, lanes);
        QFETCH(int, laneCount);
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(1)};
        for (qsizetype i = 0; i < starts.size(); ++i)
            snapshot.requests.append(pending(100 + i, starts.at(i), durations.at(i)));
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        const CalendarRow &lane = layout.row(CalendarLayout::kPendingRow);
        QCOMPARE(lane.subLanes, laneCount);
        QList<int> got;
        for (const CalendarBooking &b : lane.bookings)
            got.append(b.subLane);
        QCOMPARE(got, lanes);
        layout.setMetrics(40, 20);
        QCOMPARE(layout.rowHeight(CalendarLayout::kPendingRow), laneCount * 20 + 8);
    }

    void verticalGeometry()
    {
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(1), room(2), room(3)};
        snapshot.requests = {pending(20, 0, 60), pending(21, 30, 60)};
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        layout.setMetrics(40, 20);
        // The pending lane: two sub-lanes of 20 and 8 of padding.
        QCOMPARE(layout.rowTop(CalendarLayout::kPendingRow), 0);
        QCOMPARE(layout.rowTop(0), 48);
        QCOMPARE(layout.rowTop(2), 128);
        QCOMPARE(layout.contentHeight(), 168);
        QCOMPARE(layout.rowAt(-1), std::nullopt);
        QCOMPARE(layout.rowAt(0), std::optional(CalendarLayout::kPendingRow));
        QCOMPARE(layout.rowAt(47), std::optional(CalendarLayout::kPendingRow));
        QCOMPARE(layout.rowAt(48), std::optional(0));
        QCOMPARE(layout.rowAt(87), std::optional(0));
        QCOMPARE(layout.rowAt(88), std::optional(1));
        QCOMPARE(layout.rowAt(167), std::optional(2));
        QCOMPARE(layout.rowAt(168), std::nullopt);
        QCOMPARE(layout.subLaneAt(4), 0);
        QCOMPARE(layout.subLaneAt(23), 0);
        QCOMPARE(layout.subLaneAt(24), 1);
        QCOMPARE(layout.subLaneAt(200), 1);
    }

    void hitTesting()
    {
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(1), room(2)};
        // Room 1: A blocks [45, 145), B blocks [165, 265). Room 2: C and D touch at 300.
        snapshot.requests = {booking(1, 1, 60, 60),        booking(2, 1, 180, 60), booking(3, 2, 200, 60, 0, 40),
                             booking(4, 2, 300, 60, 0, 0), pending(20, 0, 60),     pending(21, 30, 60)};
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        const auto idAt = [&layout](int row, int minute, int tolerance = 0, int subLane = -1) -> qint64 {
            const qsizetype index = layout.bookingAt(row, ms(minute), tolerance * 60000LL, subLane);
            return index < 0 ? 0 : layout.booking(row, index).request.id;
        };
        QCOMPARE(idAt(0, 100), 1); // in the session
        QCOMPARE(idAt(0, 45), 1); // the first minute of preparation
        QCOMPARE(idAt(0, 144), 1); // the last minute of the buffers
        QCOMPARE(idAt(0, 145), 0); // half-open: the gap begins
        QCOMPARE(idAt(0, 164), 0);
        QCOMPARE(idAt(0, 165), 2);
        QCOMPARE(idAt(0, 150, 10), 1); // near A, within the tolerance
        QCOMPARE(idAt(0, 162, 10), 2); // nearer B
        QCOMPARE(idAt(0, 30, 10), 0); // too far from anything
        QCOMPARE(idAt(1, 300), 4); // touching: the later one owns the instant
        QCOMPARE(idAt(1, 299), 3);
        // In the pending lane the sub-lane decides.
        QCOMPARE(idAt(CalendarLayout::kPendingRow, 45, 0, 0), 20);
        QCOMPARE(idAt(CalendarLayout::kPendingRow, 45, 0, 1), 21);
        QCOMPARE(idAt(CalendarLayout::kPendingRow, 10, 0, 1), 0);
        QCOMPARE(idAt(CalendarLayout::kPendingRow, 45), 21); // any sub-lane: the topmost

        // Keyboard navigation: the session start nearest in time.
        QCOMPARE(layout.booking(0, layout.nearest(0, ms(100))).request.id, 1);
        QCOMPARE(layout.booking(0, layout.nearest(0, ms(130))).request.id, 2);
        RoomPoolSnapshot empty;
        empty.rooms = {room(1)};
        layout.setSnapshot(empty);
        QCOMPARE(layout.nearest(0, ms(0)), -1);
        QCOMPARE(layout.bookingAt(0, ms(0), 600000), -1);
    }

    void visibleRange_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<qint64>>("expected");
        using Ids = QList<qint64>;
        // Row 0 (no buffers): A [0, 60), B [60, 120), C [200, 260).
        QTest::newRow("exactly A") << 0 << 0 << 60 << Ids {1};
        QTest::newRow("exactly B, touching A") << 0 << 60 << 120 << Ids {2};
        QTest::newRow("across the touch") << 0 << 59 << 61 << Ids {1, 2};
        QTest::newRow("the gap") << 0 << 120 << 200 << Ids {};
        QTest::newRow("gap and edges") << 0 << 119 << 201 << Ids {2, 3};
        QTest::newRow("before") << 0 << -100 << 0 << Ids {};
        QTest::newRow("after") << 0 << 260 << 400 << Ids {};
        QTest::newRow("everything") << 0 << -1000 << 1000 << Ids {1, 2, 3};
        QTest::newRow("empty range") << 0 << 30 << 30 << Ids {};
        // Row 1, with conflicts reported by reconciliation: L [0, 300) holds M [10, 20),
        // N [100, 110); O [400, 460) is apart.
        QTest::newRow("inside the long one only") << 1 << 200 << 250 << Ids {11};
        QTest::newRow("long and both short") << 1 << 15 << 105 << Ids {11, 12, 13};
        QTest::newRow("long and the second") << 1 << 50 << 105 << Ids {11, 13};
        QTest::newRow("touching both sides") << 1 << 300 << 400 << Ids {};
        QTest::newRow("across both edges") << 1 << 299 << 401 << Ids {11, 14};
    }

    void visibleRange()
    {
        QFETCH(int, row);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<qint64>, expected);
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(1), room(2)};
        snapshot.requests = {booking(1, 1, 0, 60, 0, 0),   booking(2, 1, 60, 60, 0, 0),  booking(3, 1, 200, 60, 0, 0),
                             booking(11, 2, 0, 300, 0, 0), booking(12, 2, 10, 10, 0, 0), booking(13, 2, 100, 10, 0, 0),
                             booking(14, 2, 400, 60, 0, 0)};
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        QCOMPARE(visibleIds(layout, row, ms(from), ms(to)), expected);
    }

    void conflictsAreMarked()
    {
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(1), room(2)};
        snapshot.requests = {booking(1, 1, 0, 60, 0, 0),    booking(2, 1, 60, 60, 0, 0),
                             booking(11, 2, 0, 300, 0, 0),  booking(12, 2, 10, 10, 0, 0),
                             booking(13, 2, 100, 10, 0, 0), booking(14, 2, 400, 60, 0, 0)};
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        QList<bool> flags;
        for (int row = 0; row < 2; ++row)
            for (const CalendarBooking &b : layout.row(row).bookings)
                flags.append(b.conflict);
        // Touching is not a conflict; everything the long booking holds is.
        QCOMPARE(flags, QList<bool>({false, false, true, true, true, false}));
    }

    // Overlapping bookings at random, against a scan of every booking.
    void randomQueriesMatchAFullScan()
    {
        QRandomGenerator random(2026);
        RoomPoolSnapshot snapshot;
        snapshot.rooms = {room(1)};
        for (int i = 0; i < 400; ++i) {
            const int start = random.bounded(0, 20000);
            const int minutes = random.bounded(1, i % 10 == 0 ? 2000 : 120);
            snapshot.requests.append(booking(i + 1, 1, start, minutes, random.bounded(0, 30), random.bounded(0, 40)));
        }
        CalendarLayout layout;
        layout.setSnapshot(snapshot);
        const auto &bookings = layout.row(0).bookings;
        for (int query = 0; query < 1000; ++query) {
            const qint64 t0 = ms(random.bounded(-500, 22000));
            const qint64 t1 = t0 + random.bounded(0, 3000) * 60000LL;
            QList<qsizetype> scan;
            for (qsizetype i = 0; i < bookings.size(); ++i) {
                if (bookings.at(i).fromMs < t1 && bookings.at(i).toMs > t0)
                    scan.append(i);
            }
            QCOMPARE(layout.visible(0, t0, t1), scan);

            const qsizetype hit = layout.bookingAt(0, t0);
            const bool covered = std::any_of(bookings.cbegin(), bookings.cend(),
                                             [t0](const CalendarBooking &b) { return b.fromMs <= t0 && t0 < b.toMs; });
            QCOMPARE(hit >= 0, covered);
            if (hit >= 0)
                QVERIFY(bookings.at(hit).fromMs <= t0 && t0 < bookings.at(hit).toMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendarLayout)
#include "tst_calendarlayout.moc"
