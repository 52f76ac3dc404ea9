// SPDX-License-Identifier: GPL-3.0-or-later
// bench_allocation: the allocation engine at an institution's scale.
//
//  1. In memory: 500 rooms, 200,000 existing bookings, 10,000 new requests through
//     RoomSchedule (what every allocation, retry and import uses); p50/p99 latency per request.
//     The baseline, in the same run, is DESIGN §3 done literally (SYMPOSIUM's walk): rooms in
//     order, every booking looked at for each room; it must choose the same rooms.
//     Target: p99 < 200 µs.
//  2. `roomdeskctl request import --csv` of 10,000 rows into a database that already holds the
//     500 rooms and 200,000 bookings, as a separate process, commits included, against a
//     baseline of the same rows inserted without allocation. Target: < 2 s.
//
//   bench_allocation [--rooms N] [--bookings N] [--requests N] [--naive N]
#include "rooms/roomschedule.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Roomdesk;

namespace {

constexpr qint64 kMinute = 60000;
const qint64 kYearStart = QDateTime(QDate(2027, 1, 4), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Booking
{
    qint64 room;
    RoomSchedule::Interval blocked;
};

struct Request
{
    bool webinar;
    qint64 start;
    int minutes;
};

QList<Room> makeRooms(int count)
{
    QList<Room> rooms;
    for (int i = 0; i < count; ++i) {
        Room room;
        room.id = i + 1;
        room.email = QStringLiteral("room%1@bench.example").arg(i + 1);
        room.name = QStringLiteral("Room %1").arg(i + 1);
        room.position = i + 1;
        room.webinar = i % 10 == 0;
        room.active = i % 20 != 7;
        room.assignment = i % 20 == 11 ? Room::Assignment::Manual : Room::Assignment::Automatic;
        if (i % 7 == 0)
            room.prepMinutes = 30;
        rooms.append(room);
    }
    return rooms;
}

// Sessions of 30–180 minutes on working days between 7:00 and 21:00, packed per room.
std::vector<Booking> makeBookings(const QList<Room> &rooms, const BufferPolicy &policy, int count,
                                  QRandomGenerator &random)
{
    std::vector<Booking> bookings;
    bookings.reserve(std::size_t(count));
    const int perRoom = count / int(rooms.size());
    for (const Room &room : rooms) {
        qint64 cursor = kYearStart;
        for (int i = 0; i < perRoom; ++i) {
            cursor += qint64(30 + random.bounded(600)) * kMinute;
            const int minutes = 30 + int(random.bounded(150));
            const RoomSchedule::Interval blocked = RoomSchedule::blocked(room, policy, cursor, minutes);
            bookings.push_back({room.id, blocked});
            cursor = blocked.to + (room.prepMinutes.value_or(policy.prepMinutes)) * kMinute;
        }
    }
    return bookings;
}

std::optional<RoomSchedule::Placement> naiveFind(const QList<Room> &rooms, const BufferPolicy &policy,
                                                 const std::vector<Booking> &bookings, const Request &request)
{
    for (const Room &room : rooms) {
        if (!room.active || room.assignment != Room::Assignment::Automatic || (request.webinar && !room.webinar))
            continue;
        const RoomSchedule::Interval want = RoomSchedule::blocked(room, policy, request.start, request.minutes);
        bool free = true;
        for (const Booking &booking : bookings) {
            if (booking.room == room.id && booking.blocked.from < want.to && want.from < booking.blocked.to) {
                free = false;
                break;
            }
        }
        if (free)
            return RoomSchedule::Placement {room.id, want};
    }
    return std::nullopt;
}

double percentile(std::vector<qint64> nanoseconds, double p)
{
    if (nanoseconds.empty())
        return 0;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto index = std::size_t(p * double(nanoseconds.size() - 1));
    return double(nanoseconds.at(index)) / 1000.0; // µs
}

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// Rooms and bookings straight into a Roomdesk database, as years of use would leave them.
bool seedDatabase(const QString &path, const QList<Room> &rooms, const std::vector<Booking> &bookings)
{
    auto database = Database::open(path);
    if (!database)
        return false;
    QSqlDatabase db = database.value()->connection();
    db.transaction();
    SqlStatement room(db,
                      QStringLiteral("INSERT INTO rooms (id, name, email, webinar, active, assignment, position, "
                                     "prep_minutes, notes, created_at) VALUES (:id, :name, :email, :webinar, "
                                     ":active, :assignment, :position, :prep, '', '2027-01-01T00:00:00Z')"));
    for (const Room &r : rooms) {
        room.bind(QStringLiteral(":id"), r.id)
            .bind(QStringLiteral(":name"), r.name)
            .bind(QStringLiteral(":email"), r.email)
            .bind(QStringLiteral(":webinar"), r.webinar ? 1 : 0)
            .bind(QStringLiteral(":active"), r.active ? 1 : 0)
            .bind(QStringLiteral(":assignment"), Room::assignmentName(r.assignment))
            .bind(QStringLiteral(":position"), r.position)
            .bind(QStringLiteral(":prep"),
                  r.prepMinutes ? QVariant(*r.prepMinutes) : QVariant(QMetaType::fromType<int>()));
        if (!room.exec())
            return false;
    }
    SqlStatement booking(db,
                         QStringLiteral("INSERT INTO room_requests (title, kind, start_ms, time_zone, "
                                        "duration_minutes, waiting_room, status, room_id, blocked_from_ms, "
                                        "blocked_to_ms, reason, created_at) VALUES ('Existing', 'meeting', :start, "
                                        "'UTC', 60, 1, 'allocated', :room, :from, :to, '', '2027-01-01T00:00:00Z')"));
    for (const Booking &b : bookings) {
        booking.bind(QStringLiteral(":start"), b.blocked.from + 15 * kMinute)
            .bind(QStringLiteral(":room"), b.room)
            .bind(QStringLiteral(":from"), b.blocked.from)
            .bind(QStringLiteral(":to"), b.blocked.to);
        if (!booking.exec())
            return false;
    }
    return db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int roomCount = option(args, "--rooms", 500);
    const int bookingCount = option(args, "--bookings", 200000);
    const int requestCount = option(args, "--requests", 10000);
    const int naiveCount = option(args, "--naive", 300);

    QRandomGenerator random(2027);
    const BufferPolicy policy;
    const QList<Room> rooms = makeRooms(roomCount);
    const std::vector<Booking> existing = makeBookings(rooms, policy, bookingCount, random);
    std::vector<Request> requests;
    const qint64 span = existing.empty() ? 365 * 24 * 60 : (existing.back().blocked.to - kYearStart) / kMinute;
    for (int i = 0; i < requestCount; ++i)
        requests.push_back({random.bounded(8) == 0, kYearStart + qint64(random.bounded(int(span))) * kMinute,
                            30 + int(random.bounded(150))});

    std::printf("bench_allocation: %d rooms, %zu existing bookings, %d new requests\n", roomCount, existing.size(),
                requestCount);

    // 1. In memory, engine.
    QElapsedTimer timer;
    timer.start();
    RoomSchedule schedule(rooms, policy);
    for (const Booking &booking : existing)
        schedule.add(booking.room, booking.blocked);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    std::vector<qint64> fast;
    std::vector<std::optional<RoomSchedule::Placement>> chosen;
    int allocated = 0;
    for (const Request &request : requests) {
        timer.restart();
        const auto found = schedule.find(request.webinar, request.start, request.minutes, nullptr);
        if (found)
            schedule.add(found->roomId, found->blocked);
        fast.push_back(timer.nsecsElapsed());
        chosen.push_back(found);
        allocated += found ? 1 : 0;
    }
    // Baseline: the literal walk, on the same state, for the first requests.
    std::vector<Booking> flat = existing;
    std::vector<qint64> slow;
    int disagreements = 0;
    for (int i = 0; i < std::min(naiveCount, requestCount); ++i) {
        timer.restart();
        const auto found = naiveFind(rooms, policy, flat, requests.at(std::size_t(i)));
        if (found)
            flat.push_back({found->roomId, found->blocked});
        slow.push_back(timer.nsecsElapsed());
        const auto &engine = chosen.at(std::size_t(i));
        if (found.has_value() != engine.has_value() || (found && found->roomId != engine->roomId))
            ++disagreements;
    }
    const double p50 = percentile(fast, 0.50);
    const double p99 = percentile(fast, 0.99);
    const double naiveP50 = percentile(slow, 0.50);
    const double naiveP99 = percentile(slow, 0.99);
    std::printf("  index of %zu bookings built in %.1f ms\n", existing.size(), loadMs);
    std::printf("  engine:   p50 %.1f µs, p99 %.1f µs per request (%d allocated, %d pending)\n", p50, p99, allocated,
                requestCount - allocated);
    std::printf("  baseline: p50 %.1f µs, p99 %.1f µs per request (literal walk, first %zu requests)\n", naiveP50,
                naiveP99, slow.size());
    std::printf("  speed-up: %.0fx at p50, %.0fx at p99; same rooms chosen: %s\n", naiveP50 / std::max(p50, 0.001),
                naiveP99 / std::max(p99, 0.001), disagreements == 0 ? "yes" : "NO");
    std::printf("  target p99 < 200 µs: %s\n", p99 < 200 ? "met" : "MISSED");

    // 2. request import through the real command, against plain inserts of the same rows.
    QTemporaryDir dir;
    const QString ctl = QStringLiteral(ROOMDESK_CTL);
    const QString importDb = dir.filePath(QStringLiteral("import.sqlite"));
    const QString plainDb = dir.filePath(QStringLiteral("plain.sqlite"));
    timer.restart();
    if (!seedDatabase(importDb, rooms, existing) || !QFile::copy(importDb, plainDb)) {
        std::printf("  could not seed the database\n");
        return 1;
    }
    std::printf("  database with %zu bookings seeded in %.1f s\n", existing.size(), double(timer.elapsed()) / 1000);
    QByteArray csv = "title,start,tz,duration,webinar\n";
    for (int i = 0; i < requestCount; ++i) {
        const Request &request = requests.at(std::size_t(i));
        csv += QStringLiteral("Session %1,%2,UTC,%3,%4\n")
                   .arg(i)
                   .arg(QDateTime::fromMSecsSinceEpoch(request.start, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                   .arg(request.minutes)
                   .arg(request.webinar ? QStringLiteral("yes") : QStringLiteral("no"))
                   .toUtf8();
    }
    const QString csvPath = dir.filePath(QStringLiteral("semester.csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return 1;
    file.close();

    QProcess import;
    timer.restart();
    import.start(ctl,
                 {QStringLiteral("--db"), importDb, QStringLiteral("--json"), QStringLiteral("request"),
                  QStringLiteral("import"), QStringLiteral("--csv"), csvPath});
    import.waitForFinished(120000);
    const double importS = double(timer.nsecsElapsed()) / 1e9;
    if (import.exitCode() != 0) {
        std::printf("  import failed: %s\n", import.readAllStandardError().constData());
        return 1;
    }
    const QByteArray summary = import.readAllStandardOutput();
    const bool sameAllocation = summary.contains(QStringLiteral("\"allocated\":%1,").arg(allocated).toUtf8());

    // Baseline: the same rows inserted without allocation, one transaction, same kind of file.
    timer.restart();
    {
        auto database = Database::open(plainDb);
        if (!database)
            return 1;
        QSqlDatabase db = database.value()->connection();
        db.transaction();
        SqlStatement insert(db,
                            QStringLiteral("INSERT INTO room_requests (title, kind, start_ms, time_zone, "
                                           "duration_minutes, waiting_room, status, reason, created_at) VALUES "
                                           "(:title, :kind, :start, 'UTC', :minutes, 1, 'pending', '', "
                                           "'2027-01-01T00:00:00Z')"));
        for (int i = 0; i < requestCount; ++i) {
            const Request &request = requests.at(std::size_t(i));
            insert.bind(QStringLiteral(":title"), QStringLiteral("Session %1").arg(i))
                .bind(QStringLiteral(":kind"), request.webinar ? QStringLiteral("webinar") : QStringLiteral("meeting"))
                .bind(QStringLiteral(":start"), request.start)
                .bind(QStringLiteral(":minutes"), request.minutes);
            if (!insert.exec())
                return 1;
        }
        db.commit();
    }
    const double plainS = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  request import of %d rows: %.2f s as a process, commits included (baseline: plain inserts "
                "%.2f s, ratio %.1fx); same allocation as in memory: %s\n",
                requestCount, importS, plainS, importS / std::max(plainS, 1e-6), sameAllocation ? "yes" : "NO");
    std::printf("  target import < 2 s: %s\n", importS < 2.0 ? "met" : "MISSED");
    return disagreements == 0 && sameAllocation ? 0 : 1;
}
