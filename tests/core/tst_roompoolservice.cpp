// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's room pool service: every read and change on its worker thread, against a real
// SQLite file, with the same rules as the command line.
#include "backend/roompoolservice.h"
#include "clock.h"
#include "demo/demoschedule.h"
#include "sandbox/zoomsandbox.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
const QDateTime kMonday(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

// Waits for one callback and hands back its result.
template<typename T>
class Awaited final
{
public:
    typename RoomPoolService::Callback<T> callback()
    {
        return [this](const Result<T> &result) {
            m_result.emplace(result);
            m_thread = QThread::currentThread();
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 10000);
    }
    const Result<T> &result() const { return *m_result; }
    QThread *thread() const { return m_thread; }

private:
    std::optional<Result<T>> m_result;
    QThread *m_thread = nullptr;
};

} // namespace

class TestRoomPoolService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("pool-%1.sqlite").arg(++m_files)); }

    static Room room(const char *email, bool active = true, bool webinar = false)
    {
        Room result;
        result.email = QLatin1String(email);
        result.name = result.email.section(QLatin1Char('@'), 0, 0);
        result.active = active;
        result.webinar = webinar;
        return result;
    }

    static RoomRequestSpec session(const QDateTime &start, int minutes, bool webinar = false)
    {
        RoomRequestSpec spec;
        spec.title = QStringLiteral("Session");
        spec.startUtc = start;
        spec.timeZone = QStringLiteral("Europe/Madrid");
        spec.durationMinutes = minutes;
        spec.webinar = webinar;
        return spec;
    }

    static PoolChangeOutcome change(const std::function<void(RoomPoolService::Callback<PoolChangeOutcome>)> &call,
                                    bool *ok)
    {
        Awaited<PoolChangeOutcome> awaited;
        call(awaited.callback());
        *ok = awaited.wait() && awaited.result().ok();
        return *ok ? awaited.result().value() : PoolChangeOutcome {};
    }

private slots:
    void readsAndChangesOnTheWorkerThread()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        QSignalSpy changed(&service, &RoomPoolService::changed);
        bool ok = false;
        const auto added = change([&](auto done) { service.addRoom(room("a@u.example"), this, done); }, &ok);
        QVERIFY(ok);
        QVERIFY(added.room);
        QCOMPARE(added.room->position, 1);
        QCOMPARE(changed.count(), 1);

        Awaited<RoomPoolSnapshot> snapshot;
        service.snapshot(kMonday.addDays(-1), kMonday.addDays(1), this, snapshot.callback());
        QVERIFY(snapshot.wait());
        QVERIFY(snapshot.result());
        QCOMPARE(snapshot.thread(), QThread::currentThread()); // delivered to the caller's thread
        QCOMPARE(snapshot.result().value().rooms.size(), 1);
        QCOMPARE(snapshot.result().value().policy.prepMinutes, BufferPolicy {}.prepMinutes);
        QCOMPARE(changed.count(), 1); // reading changes nothing
    }

    void snapshotHoldsTheRangeOnly()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        bool ok = false;
        change([&](auto done) { service.addRoom(room("a@u.example"), this, done); }, &ok);
        QVERIFY(ok);
        for (int day = 0; day < 5; ++day) {
            change([&](auto done) { service.request(session(kMonday.addDays(day), 60), this, done); }, &ok);
            QVERIFY(ok);
        }
        // A webinar cannot get the room: it waits in the pending lane.
        const auto waiting =
            change([&](auto done) { service.request(session(kMonday.addDays(1), 60, true), this, done); }, &ok);
        QVERIFY(ok);
        QCOMPARE(waiting.request->status, RoomRequest::Status::Pending);

        Awaited<RoomPoolSnapshot> snapshot;
        service.snapshot(kMonday.addDays(1).addSecs(-3600), kMonday.addDays(2).addSecs(-3600), this,
                         snapshot.callback());
        QVERIFY(snapshot.wait());
        QVERIFY(snapshot.result());
        const auto &requests = snapshot.result().value().requests;
        QCOMPARE(requests.size(), 2); // Tuesday's booking and the waiting webinar
        QCOMPARE(requests.at(0).startUtc, kMonday.addDays(1));
        QCOMPARE(requests.at(1).status, RoomRequest::Status::Pending);

        // The blocked interval counts, not the session: Wednesday's preparation starts at 8:45.
        Awaited<RoomPoolSnapshot> edge;
        service.snapshot(kMonday.addDays(2).addSecs(-30 * 60), kMonday.addDays(2).addSecs(-10 * 60), this,
                         edge.callback());
        QVERIFY(edge.wait());
        QCOMPARE(edge.result().value().requests.size(), 1);
    }

    void moveRenumbersPositions()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        bool ok = false;
        for (const char *email : {"a@u.example", "b@u.example", "c@u.example", "d@u.example"}) {
            change([&](auto done) { service.addRoom(room(email), this, done); }, &ok);
            QVERIFY(ok);
        }
        const auto moved = change([&](auto done) { service.moveRoom(4, 0, this, done); }, &ok);
        QVERIFY(ok);
        QCOMPARE(moved.room->position, 1);
        Awaited<RoomPoolSnapshot> snapshot;
        service.snapshot({}, {}, this, snapshot.callback());
        QVERIFY(snapshot.wait());
        QStringList order;
        QList<int> positions;
        for (const Room &r : snapshot.result().value().rooms) {
            order.append(r.email.left(1));
            positions.append(r.position);
        }
        QCOMPARE(order, QStringList({"d", "a", "b", "c"}));
        QCOMPARE(positions, QList<int>({1, 2, 3, 4}));

        // Past the end means last; an unknown room is refused and nothing moves.
        change([&](auto done) { service.moveRoom(4, 99, this, done); }, &ok);
        QVERIFY(ok);
        Awaited<PoolChangeOutcome> unknown;
        service.moveRoom(42, 0, this, unknown.callback());
        QVERIFY(unknown.wait());
        QVERIFY(!unknown.result());
        QCOMPARE(unknown.result().error().code, QStringLiteral("rooms.not_found"));
    }

    void activationAllocatesWaitingRequests()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        bool ok = false;
        change([&](auto done) { service.addRoom(room("a@u.example", false), this, done); }, &ok);
        QVERIFY(ok);
        const auto waiting = change([&](auto done) { service.request(session(kMonday, 90), this, done); }, &ok);
        QCOMPARE(waiting.request->status, RoomRequest::Status::Pending);
        RoomChange activate;
        activate.active = true;
        const auto activated = change([&](auto done) { service.updateRoom(1, activate, this, done); }, &ok);
        QVERIFY(ok);
        QCOMPARE(activated.reconciliation.allocated, 1);

        // Longer preparation makes two back-to-back bookings overlap: reported, not moved.
        change([&](auto done) { service.request(session(kMonday.addSecs(150 * 60), 30), this, done); }, &ok);
        QVERIFY(ok);
        BufferPolicy longer;
        longer.prepMinutes = 60;
        const auto changed = change([&](auto done) { service.setPolicy(longer, this, done); }, &ok);
        QVERIFY(ok);
        QCOMPARE(changed.reconciliation.conflicts.size(), 1);
    }

    void refusalsAreExplainedAndChangeNothing()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        QSignalSpy changed(&service, &RoomPoolService::changed);
        Awaited<PoolChangeOutcome> bad;
        service.addRoom(room("not-an-address"), this, bad.callback());
        QVERIFY(bad.wait());
        QVERIFY(!bad.result());
        QCOMPARE(bad.result().error().code, QStringLiteral("rooms.invalid"));
        QVERIFY(bad.result().error().message.contains(QStringLiteral("not-an-address")));
        QCOMPARE(changed.count(), 0);
    }

    void callbackOfAGoneContextIsDropped()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        QSignalSpy changed(&service, &RoomPoolService::changed);
        bool called = false;
        auto *context = new QObject;
        service.addRoom(room("a@u.example"), context, [&](const auto &) { called = true; });
        delete context;
        QVERIFY(changed.wait(10000)); // the change itself still happened
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void demoSeedsAPoolAndAWeekOnce()
    {
        SandboxOptions options;
        options.seed = 2026;
        ZoomSandbox sandbox(options); // its users, not its server
        const QList<Room> rooms = DemoSchedule::rooms(sandbox.users());
        QVERIFY(rooms.size() >= 4);
        const QDate monday(2026, 11, 23);
        const QList<RoomRequestSpec> week = DemoSchedule::week(monday);
        QVERIFY(week.size() >= 20);
        for (const RoomRequestSpec &spec : week) {
            const QDate local = spec.startUtc.toTimeZone(QTimeZone("Europe/Madrid")).date();
            QVERIFY(local >= monday && local < monday.addDays(5));
            QVERIFY(!Allocator::problem(spec));
        }
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        Awaited<bool> seeded;
        service.seedIfEmpty(rooms, week, this, seeded.callback());
        QVERIFY(seeded.wait());
        QVERIFY(seeded.result() && seeded.result().value());
        Awaited<RoomPoolSnapshot> snapshot;
        service.snapshot(QDateTime(monday, QTime(0, 0), QTimeZone::utc()),
                         QDateTime(monday.addDays(7), QTime(0, 0), QTimeZone::utc()), this, snapshot.callback());
        QVERIFY(snapshot.wait());
        const auto &requests = snapshot.result().value().requests;
        QCOMPARE(requests.size(), week.size());
        const auto pending = std::count_if(requests.cbegin(), requests.cend(), [](const RoomRequest &r) {
            return r.status == RoomRequest::Status::Pending;
        });
        // A realistic week: most sessions get a room, the crowded Wednesday leaves some waiting.
        QVERIFY2(pending >= 1 && pending <= 6, qPrintable(QString::number(pending)));
        // Seeding again changes nothing.
        Awaited<bool> again;
        service.seedIfEmpty(rooms, week, this, again.callback());
        QVERIFY(again.wait());
        QVERIFY(again.result() && !again.result().value());
    }

    void exportsTheRangeAsICalendarOffTheCallersThread()
    {
        ManualClock clock(kNow);
        RoomPoolService service(freshPath(), clock);
        bool ok = false;
        change([&](auto done) { service.addRoom(room("a@u.example"), this, done); }, &ok);
        change([&](auto done) { service.addRoom(room("b@u.example"), this, done); }, &ok);
        for (int i = 0; i < 3; ++i)
            change([&](auto done) { service.request(session(kMonday, 60), this, done); }, &ok); // a, b, waiting
        change([&](auto done) { service.request(session(kMonday.addDays(9), 60), this, done); }, &ok); // outside
        QVERIFY(ok);
        const QString all = m_dir.filePath(QStringLiteral("all.ics"));
        Awaited<int> exported;
        service.exportICalendar(kMonday.addDays(-1), kMonday.addDays(6), 0, all, this, exported.callback());
        QVERIFY(exported.wait());
        QVERIFY2(exported.result(), exported.result() ? "" : qPrintable(exported.result().error().message));
        QCOMPARE(exported.result().value(), 3);
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count("BEGIN:VEVENT"), 3);
        QCOMPARE(text.count("STATUS:TENTATIVE"), 1);
        QVERIFY(text.contains("TZID:Europe/Madrid"));

        Awaited<int> one;
        service.exportICalendar(kMonday.addDays(-1), kMonday.addDays(6), 2, m_dir.filePath(QStringLiteral("b.ics")),
                                this, one.callback());
        QVERIFY(one.wait());
        QCOMPARE(one.result().value(), 1);

        Awaited<int> refused;
        service.exportICalendar(kMonday.addDays(-1), kMonday.addDays(6), 0, QStringLiteral("/proc/no/such.ics"), this,
                                refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().code, QStringLiteral("calendar.write"));
    }

    void unusableDatabaseIsAnError()
    {
        ManualClock clock(kNow);
        const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        RoomPoolService service(path, clock);
        Awaited<RoomPoolSnapshot> snapshot;
        service.snapshot({}, {}, this, snapshot.callback());
        QVERIFY(snapshot.wait());
        QVERIFY(!snapshot.result());
        QCOMPARE(snapshot.result().error().code, QStringLiteral("db.corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestRoomPoolService)
#include "tst_roompoolservice.moc"
