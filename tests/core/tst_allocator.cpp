// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation rules of DESIGN §3 on real SQLite files, and the wall-clock conversion.
#include "i18n/languagemanager.h"
#include "rooms/allocator.h"
#include "rooms/bufferpolicy.h"
#include "rooms/roomrepository.h"
#include "rooms/wallclock.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
const QDateTime kNine(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());

struct RoomSetup
{
    const char *email;
    bool active = true;
    bool manual = false;
    bool webinar = false;
    int prep = -1; // -1: the policy's
};

} // namespace

// Declared before the test data tables instantiate QMetaType for it (the release build's
// optimiser instantiates them earlier than a debug build does).
Q_DECLARE_METATYPE(RoomSetup)

class TestAllocator final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Database> withRooms(const QList<RoomSetup> &setups, const BufferPolicy &policy = {})
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("alloc-%1.sqlite").arg(++m_databases)));
        if (!db)
            return nullptr;
        if (!BufferPolicyStore::save(*db.value(), policy))
            return nullptr;
        RoomRepository rooms(*db.value());
        for (const RoomSetup &setup : setups) {
            Room room;
            room.email = QLatin1String(setup.email);
            room.name = room.email.section(QLatin1Char('@'), 0, 0);
            room.active = setup.active;
            room.assignment = setup.manual ? Room::Assignment::Manual : Room::Assignment::Automatic;
            room.webinar = setup.webinar;
            if (setup.prep >= 0)
                room.prepMinutes = setup.prep;
            if (!rooms.add(room, kNow))
                return nullptr;
        }
        return std::move(db.value());
    }

    static RoomRequestSpec at(const QDateTime &startUtc, int minutes, bool webinar = false)
    {
        RoomRequestSpec spec;
        spec.title = QStringLiteral("Session");
        spec.startUtc = startUtc;
        spec.timeZone = QStringLiteral("UTC");
        spec.durationMinutes = minutes;
        spec.webinar = webinar;
        return spec;
    }

private slots:
    void reasonsAreReadInTheReadersLanguage()
    {
        // Stored as a code, so a request refused by an English command reads in Russian
        // in a Russian window, and every kind of refusal keeps its own wording.
        auto db = withRooms({{"a@u.example"}, {"b@u.example", false}});
        Allocator allocator(*db);
        QVERIFY(allocator.request(at(kNine, 60), kNow));
        const RoomRequest waiting = allocator.request(at(kNine, 60), kNow).value();
        const RoomRequest webinar = allocator.request(at(kNine, 60, true), kNow).value();
        SqlStatement stored(db->connection(), QStringLiteral("SELECT reason FROM room_requests ORDER BY id"));
        QVERIFY(stored.exec());
        QStringList codes;
        while (stored.next())
            codes.append(stored.value(0).toString());
        QCOMPARE(codes, QStringList({QString(), QStringLiteral("booked:1"), QStringLiteral("no_webinar_rooms")}));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ru")));
        const QString russian = allocator.find(waiting.id).value().reason;
        QVERIFY2(russian.contains(QStringLiteral("администратор")), qPrintable(russian));
        QVERIFY(allocator.find(webinar.id).value().reason.contains(QStringLiteral("вебинар")));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(allocator.find(waiting.id).value().reason.contains(QStringLiteral("booked at that time")));
        // Text stored by an older Roomdesk is shown as it is.
        QCOMPARE(Allocator::reasonText(QStringLiteral("Esperando.")), QStringLiteral("Esperando."));
        QCOMPARE(Allocator::reasonText(QStringLiteral("booked:x")), QStringLiteral("booked:x"));
    }

    void blockedIntervalHasTheBuffers()
    {
        BufferPolicy policy;
        policy.prepMinutes = 15;
        policy.courtesyMinutes = 10;
        policy.postMinutes = 20;
        auto db = withRooms({{"a@u.example"}}, policy);
        QVERIFY(db);
        const RoomRequest booked = Allocator(*db).request(at(kNine, 60), kNow).value();
        QCOMPARE(booked.status, RoomRequest::Status::Allocated);
        QCOMPARE(booked.roomEmail, QStringLiteral("a@u.example"));
        QCOMPARE(booked.blockedFromUtc, kNine.addSecs(-15 * 60));
        QCOMPARE(booked.blockedToUtc, kNine.addSecs((60 + 10 + 20) * 60));
    }

    void firstFreeRoomInPositionOrder_data()
    {
        QTest::addColumn<int>("offsetMinutes"); // second request's start after the first's
        QTest::addColumn<QString>("room");
        // Policy 15 / 10 / 15 around a 60-minute session at 09:00: blocked 08:45–10:25.
        QTest::newRow("same time: next room") << 0 << "b@u.example";
        QTest::newRow("overlapping buffers") << 85 << "b@u.example"; // 10:25 − 15 = 10:10 < 10:25
        QTest::newRow("touching is fine") << 100 << "a@u.example"; // 10:40 − 15 = 10:25
        QTest::newRow("before, touching") << -100 << "a@u.example"; // ends 08:45 exactly
        QTest::newRow("before, overlapping") << -99 << "b@u.example";
    }

    void firstFreeRoomInPositionOrder()
    {
        QFETCH(int, offsetMinutes);
        QFETCH(QString, room);
        auto db = withRooms({{"a@u.example"}, {"b@u.example"}});
        Allocator allocator(*db);
        QCOMPARE(allocator.request(at(kNine, 60), kNow).value().roomEmail, QStringLiteral("a@u.example"));
        const RoomRequest second = allocator.request(at(kNine.addSecs(offsetMinutes * 60), 60), kNow).value();
        QCOMPARE(second.roomEmail, room);
    }

    void onlyActiveAutomaticAndCapableRooms_data()
    {
        QTest::addColumn<QList<RoomSetup>>("rooms");
        QTest::addColumn<bool>("webinar");
        QTest::addColumn<QString>("room"); // empty: pending
        QTest::addColumn<QString>("reason");
        QTest::newRow("inactive skipped")
            << QList<RoomSetup> {{"a@u.example", false}, {"b@u.example"}} << false << "b@u.example"
            << "";
        QTest::newRow("manual skipped") << QList<RoomSetup> {{"a@u.example", true, true}, {"b@u.example"}} << false
                                        << "b@u.example"
                                        << "";
        QTest::newRow("webinar needs licence")
            << QList<RoomSetup> {{"a@u.example"}, {"b@u.example", true, false, true}} << true << "b@u.example"
            << "";
        QTest::newRow("no webinar room") << QList<RoomSetup> {{"a@u.example"}} << true << ""
                                         << "webinar licence";
        QTest::newRow("no room at all") << QList<RoomSetup> {{"a@u.example", false}} << false << ""
                                        << "No room is active";
        QTest::newRow("meeting in webinar room")
            << QList<RoomSetup> {{"a@u.example", true, false, true}} << false << "a@u.example"
            << "";
    }

    void onlyActiveAutomaticAndCapableRooms()
    {
        QFETCH(QList<RoomSetup>, rooms);
        QFETCH(bool, webinar);
        QFETCH(QString, room);
        QFETCH(QString, reason);
        auto db = withRooms(rooms);
        const RoomRequest request = Allocator(*db).request(at(kNine, 60, webinar), kNow).value();
        if (room.isEmpty()) {
            QCOMPARE(request.status, RoomRequest::Status::Pending);
            QVERIFY2(request.reason.contains(reason), qPrintable(request.reason));
            QVERIFY(request.reason.contains(QStringLiteral("administrators")));
        } else {
            QCOMPARE(request.status, RoomRequest::Status::Allocated);
            QCOMPARE(request.roomEmail, room);
        }
    }

    void aRoomsOwnBufferCounts()
    {
        auto db = withRooms({{"a@u.example", true, false, false, 0}, {"b@u.example"}});
        Allocator allocator(*db);
        // Room a has no preparation time: a session right after a's booking (its post ends at
        // 10:25 with the policy's courtesy and post) fits in a at 10:25.
        QCOMPARE(allocator.request(at(kNine, 60), kNow).value().blockedFromUtc, kNine);
        QCOMPARE(allocator.request(at(kNine.addSecs(85 * 60), 30), kNow).value().roomEmail,
                 QStringLiteral("a@u.example"));
    }

    void pendingWaitsInArrivalOrderAndGetsTheFreedRoom()
    {
        auto db = withRooms({{"a@u.example"}});
        Allocator allocator(*db);
        const RoomRequest first = allocator.request(at(kNine, 60), kNow).value();
        const RoomRequest second = allocator.request(at(kNine, 60), kNow).value();
        const RoomRequest third = allocator.request(at(kNine.addSecs(30 * 60), 60), kNow).value();
        QCOMPARE(second.status, RoomRequest::Status::Pending);
        QCOMPARE(third.status, RoomRequest::Status::Pending);
        QVERIFY(second.reason.contains(QStringLiteral("booked at that time")));
        const RoomRequest cancelled = allocator.cancel(first.id).value();
        QCOMPARE(cancelled.status, RoomRequest::Status::Cancelled);
        // The older pending request gets the room; the younger still overlaps it and waits.
        QCOMPARE(allocator.find(second.id).value().status, RoomRequest::Status::Allocated);
        QCOMPARE(allocator.find(third.id).value().status, RoomRequest::Status::Pending);
        QCOMPARE(allocator.cancel(first.id).error().code, QStringLiteral("request.cancelled"));
        QCOMPARE(allocator.cancel(999).error().code, QStringLiteral("request.not_found"));
        // A room activated later: retrying finds it.
        Room extra;
        extra.email = QStringLiteral("b@u.example");
        extra.name = QStringLiteral("b");
        extra.active = true;
        QVERIFY(RoomRepository(*db).add(extra, kNow));
        QCOMPARE(allocator.retryPending().value(), 1);
        QCOMPARE(allocator.find(third.id).value().roomEmail, QStringLiteral("b@u.example"));
    }

    void changesToRoomsAndBuffersAreReconciled()
    {
        BufferPolicy policy;
        policy.prepMinutes = 0;
        policy.courtesyMinutes = 0;
        policy.postMinutes = 0;
        auto db = withRooms({{"a@u.example"}, {"b@u.example", false}}, policy);
        Allocator allocator(*db);
        const RoomRequest first = allocator.request(at(kNine, 60), kNow).value();
        const RoomRequest next = allocator.request(at(kNine.addSecs(60 * 60), 60), kNow).value();
        QCOMPARE(next.roomEmail, QStringLiteral("a@u.example")); // touching, no buffers
        const RoomRequest waiting = allocator.request(at(kNine, 30), kNow).value();
        QCOMPARE(waiting.status, RoomRequest::Status::Pending);

        // Room b is activated: the waiting request gets it.
        RoomChange activate;
        activate.active = true;
        QVERIFY(RoomRepository(*db).update(2, activate));
        auto outcome = allocator.reconcile(kNow);
        QVERIFY(outcome);
        QCOMPARE(outcome.value().allocated, 1);
        QCOMPARE(allocator.find(waiting.id).value().roomEmail, QStringLiteral("b@u.example"));
        QVERIFY(outcome.value().conflicts.isEmpty());

        // Longer buffers: a's two touching bookings now overlap; reported, not moved.
        policy.courtesyMinutes = 10;
        QVERIFY(BufferPolicyStore::save(*db, policy));
        outcome = allocator.reconcile(kNow);
        QVERIFY(outcome);
        QCOMPARE(outcome.value().conflicts.size(), 1);
        QCOMPARE(outcome.value().conflicts.at(0).first.id, first.id);
        QCOMPARE(outcome.value().conflicts.at(0).second.id, next.id);
        QCOMPARE(allocator.find(first.id).value().blockedToUtc, kNine.addSecs(70 * 60));
        QCOMPARE(allocator.find(next.id).value().roomEmail, QStringLiteral("a@u.example"));

        // Ended bookings are history: their intervals stay as they were.
        outcome = allocator.reconcile(kNine.addDays(1));
        QVERIFY(outcome);
        QVERIFY(outcome.value().conflicts.isEmpty());

        // A room with bookings is kept for history.
        const auto removed = RoomRepository(*db).remove(1);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, QStringLiteral("rooms.in_use"));
    }

    void assignmentByHandNeverDoubleBooks()
    {
        auto db = withRooms({{"a@u.example"}, {"m@u.example", true, true}, {"w@u.example", false, false, true}});
        Allocator allocator(*db);
        const RoomRequest first = allocator.request(at(kNine, 60), kNow).value();
        const RoomRequest second = allocator.request(at(kNine, 60), kNow).value();
        QCOMPARE(second.status, RoomRequest::Status::Pending);
        // The manual room is free: the administrator gives it to the waiting request.
        const auto manual = allocator.assign(second.id, 2);
        QVERIFY2(manual, manual ? "" : qPrintable(manual.error().message));
        QCOMPARE(manual.value().roomEmail, QStringLiteral("m@u.example"));
        // Room a is taken at that time: refused, with the booking in the way named.
        const auto clash = allocator.assign(second.id, 1);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, QStringLiteral("request.conflict"));
        QVERIFY(clash.error().message.contains(QString::number(first.id)));
        QCOMPARE(allocator.find(second.id).value().roomEmail, QStringLiteral("m@u.example"));
        // Moving the first request to the inactive webinar room frees a for… nobody waiting.
        QVERIFY(allocator.assign(first.id, 3));
        QCOMPARE(allocator.find(first.id).value().roomEmail, QStringLiteral("w@u.example"));
        // A webinar cannot go to a room without the licence, even by hand.
        const RoomRequest webinar = allocator.request(at(kNine.addDays(1), 60, true), kNow).value();
        QCOMPARE(allocator.assign(webinar.id, 1).error().code, QStringLiteral("request.no_webinar_licence"));
        QVERIFY(allocator.cancel(webinar.id));
        QCOMPARE(allocator.assign(webinar.id, 3).error().code, QStringLiteral("request.cancelled"));
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("message");
        QTest::newRow("no title") << " " << 60 << "needs a title";
        QTest::newRow("long title") << QString(256, QLatin1Char('x')) << 60 << "at most 255";
        QTest::newRow("zero minutes") << "T" << 0 << "from 1 minute to 23 h 59 min";
        QTest::newRow("a whole day") << "T" << 1440 << "from 1 minute to 23 h 59 min";
    }

    void badRequestsAreRefused()
    {
        QFETCH(QString, title);
        QFETCH(int, minutes);
        QFETCH(QString, message);
        auto db = withRooms({{"a@u.example"}});
        RoomRequestSpec spec = at(kNine, minutes);
        spec.title = title;
        const auto refused = Allocator(*db).request(spec, kNow);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QVERIFY(Allocator(*db).list().value().isEmpty());
    }

    void wallClockTimesInIanaZones_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("utc"); // empty: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("winter Madrid") << "2026-03-02T09:30"
                                       << "Europe/Madrid"
                                       << "2026-03-02T08:30:00Z"
                                       << "";
        QTest::newRow("summer Madrid") << "2026-07-02T09:30"
                                       << "Europe/Madrid"
                                       << "2026-07-02T07:30:00Z"
                                       << "";
        QTest::newRow("Bogota") << "2026-07-02T09:30:00"
                                << "America/Bogota"
                                << "2026-07-02T14:30:00Z"
                                << "";
        QTest::newRow("Moscow") << "2026-12-31T23:00"
                                << "Europe/Moscow"
                                << "2026-12-31T20:00:00Z"
                                << "";
        QTest::newRow("spring gap") << "2026-03-29T02:30"
                                    << "Europe/Madrid"
                                    << ""
                                    << "does not exist";
        QTest::newRow("autumn repeat") << "2026-10-25T02:30"
                                       << "Europe/Madrid"
                                       << ""
                                       << "happens twice";
        QTest::newRow("after the gap") << "2026-03-29T03:00"
                                       << "Europe/Madrid"
                                       << "2026-03-29T01:00:00Z"
                                       << "";
        QTest::newRow("New York gap") << "2026-03-08T02:15"
                                      << "America/New_York"
                                      << ""
                                      << "does not exist";
        QTest::newRow("unknown zone") << "2026-03-02T09:30"
                                      << "Mars/Olympus"
                                      << ""
                                      << "not a time zone";
        QTest::newRow("offset given") << "2026-03-02T09:30+01:00"
                                      << "Europe/Madrid"
                                      << ""
                                      << "no offset";
        QTest::newRow("not a date") << "next monday"
                                    << "Europe/Madrid"
                                    << ""
                                    << "not a local date";
    }

    void wallClockTimesInIanaZones()
    {
        QFETCH(QString, local);
        QFETCH(QString, zone);
        QFETCH(QString, utc);
        QFETCH(QString, message);
        const auto converted = WallClock::toUtc(local, zone);
        if (utc.isEmpty()) {
            QVERIFY(!converted);
            QVERIFY2(converted.error().message.contains(message), qPrintable(converted.error().message));
        } else {
            QVERIFY2(converted, converted ? "" : qPrintable(converted.error().message));
            QCOMPARE(converted.value().toUTC().toString(Qt::ISODate), utc);
        }
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
