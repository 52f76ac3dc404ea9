// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocator.h"

#include "bufferpolicy.h"
#include "roomrepository.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <tuple>

namespace Roomdesk {

namespace {

constexpr int kMaxTitle = 255;
constexpr int kMaxOrganizer = 200;
constexpr int kMaxDurationMinutes = 23 * 60 + 59;

const QString kRequestColumns =
    QStringLiteral("r.id, r.title, r.kind, r.start_ms, r.time_zone, r.duration_minutes, r.waiting_room, r.status, "
                   "r.room_id, rooms.email, r.blocked_from_ms, r.blocked_to_ms, r.reason, r.organizer");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

RoomRequest readRequest(SqlStatement &select)
{
    RoomRequest request;
    request.id = select.value(0).toLongLong();
    request.title = select.value(1).toString();
    request.webinar = select.value(2).toString() == QLatin1String("webinar");
    request.startUtc = fromMs(select.value(3));
    request.timeZone = select.value(4).toString();
    request.durationMinutes = select.value(5).toInt();
    request.waitingRoom = select.value(6).toBool();
    const QString status = select.value(7).toString();
    request.status = status == QLatin1String("allocated") ? RoomRequest::Status::Allocated
        : status == QLatin1String("cancelled")            ? RoomRequest::Status::Cancelled
                                                          : RoomRequest::Status::Pending;
    request.roomId = select.value(8).toLongLong();
    request.roomEmail = select.value(9).toString();
    request.blockedFromUtc = fromMs(select.value(10));
    request.blockedToUtc = fromMs(select.value(11));
    request.reason = Allocator::reasonText(select.value(12).toString());
    request.organizer = select.value(13).toString();
    return request;
}

} // namespace

QString RoomRequest::statusName(Status status)
{
    switch (status) {
    case Status::Allocated:
        return QStringLiteral("allocated");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Allocator::Allocator(const Database &database)
    : m_database(database)
{}

std::optional<QString> Allocator::titleProblem(const QString &title)
{
    if (title.trimmed().isEmpty())
        return tr("A request needs a title.");
    if (title.size() > kMaxTitle)
        return tr("A title has at most %1 characters; this one has %2.").arg(kMaxTitle).arg(title.size());
    return std::nullopt;
}

std::optional<QString> Allocator::organizerProblem(const QString &organizer)
{
    if (organizer.size() > kMaxOrganizer)
        return tr("An organizer's name has at most %1 characters; this one has %2.")
            .arg(kMaxOrganizer)
            .arg(organizer.size());
    return std::nullopt;
}

std::optional<QString> Allocator::durationProblem(int minutes)
{
    if (minutes < 1 || minutes > kMaxDurationMinutes)
        return tr("The duration must be from 1 minute to 23 h 59 min (%1 minutes), not %2.")
            .arg(kMaxDurationMinutes)
            .arg(minutes);
    return std::nullopt;
}

std::optional<QString> Allocator::problem(const RoomRequestSpec &spec)
{
    if (auto bad = titleProblem(spec.title))
        return bad;
    if (auto bad = organizerProblem(spec.organizer))
        return bad;
    if (!spec.startUtc.isValid())
        return tr("A request needs a start date and time.");
    return durationProblem(spec.durationMinutes);
}

Result<Allocator::Pool> Allocator::loadPool() const
{
    auto policy = BufferPolicyStore::load(m_database);
    if (!policy)
        return policy.error();
    auto rooms = RoomRepository(m_database).list();
    if (!rooms)
        return rooms.error();
    return Pool {policy.value(), rooms.value()};
}

Result<RoomSchedule> Allocator::loadSchedule(const Pool &pool, qint64 firstStartMs, qint64 lastEndMs) const
{
    RoomSchedule schedule(pool.rooms, pool.policy);
    const RoomSchedule::Interval reach = schedule.reach(firstStartMs, lastEndMs);
    // Blocked intervals are never longer than kMaxBlockedMs, so the start index bounds the scan.
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT room_id, blocked_from_ms, blocked_to_ms FROM room_requests WHERE "
                                       "status = 'allocated' AND blocked_from_ms < :to AND blocked_from_ms > :earliest "
                                       "AND blocked_to_ms > :from"));
    select.bind(QStringLiteral(":to"), reach.to)
        .bind(QStringLiteral(":earliest"), reach.from - RoomSchedule::kMaxBlockedMs)
        .bind(QStringLiteral(":from"), reach.from);
    if (auto result = select.exec(); !result)
        return result.error();
    while (select.next())
        schedule.add(select.value(0).toLongLong(), {select.value(1).toLongLong(), select.value(2).toLongLong()});
    return schedule;
}

// Stored reasons are codes, translated when read, so each reader sees them in its own
// language: "no_rooms", "no_webinar_rooms", "booked:<candidates>".
QString Allocator::refusalCode(const RoomSchedule::Refusal &refusal)
{
    if (refusal.candidates == 0)
        return refusal.withoutWebinar > 0 ? QStringLiteral("no_webinar_rooms") : QStringLiteral("no_rooms");
    return QStringLiteral("booked:%1").arg(refusal.candidates);
}

QString Allocator::reasonText(const QString &stored)
{
    RoomSchedule::Refusal refusal;
    if (stored == QLatin1String("no_rooms"))
        return refusalReason(refusal);
    if (stored == QLatin1String("no_webinar_rooms")) {
        refusal.withoutWebinar = 1;
        return refusalReason(refusal);
    }
    if (stored.startsWith(QLatin1String("booked:"))) {
        bool ok = false;
        refusal.candidates = stored.mid(7).toInt(&ok);
        if (ok && refusal.candidates > 0)
            return refusalReason(refusal);
    }
    return stored; // text stored before reasons were codes
}

QString Allocator::refusalReason(const RoomSchedule::Refusal &refusal)
{
    if (refusal.candidates == 0 && refusal.withoutWebinar > 0)
        return tr("No active, automatically assigned room has a webinar licence. Contact the administrators "
                  "for a room.");
    if (refusal.candidates == 0)
        return tr("No room is active and assigned automatically. Contact the administrators for a room.");
    return tr("All %n suitable room(s) are booked at that time, buffers included. The request waits and "
              "gets a room as soon as one is free; contact the administrators for a room sooner.",
              nullptr, refusal.candidates);
}

SqlStatement Allocator::insertStatement() const
{
    return SqlStatement(m_database.connection(),
                        QStringLiteral("INSERT INTO room_requests (title, kind, start_ms, time_zone, duration_minutes, "
                                       "waiting_room, status, room_id, blocked_from_ms, blocked_to_ms, reason, "
                                       "created_at, organizer) VALUES (:title, :kind, :start, :zone, :duration, "
                                       ":waiting, :status, :room, :from, :to, :reason, :now, :organizer)"));
}

Result<RoomRequest> Allocator::insertLocked(SqlStatement &insert, const Pool &pool, RoomSchedule &schedule,
                                            const RoomRequestSpec &spec, const QString &createdAt)
{
    const qint64 start = spec.startUtc.toMSecsSinceEpoch();
    RoomSchedule::Refusal refusal;
    const auto found = schedule.find(spec.webinar, start, spec.durationMinutes, &refusal);
    RoomRequest request;
    request.title = spec.title.trimmed();
    request.webinar = spec.webinar;
    request.startUtc = spec.startUtc.toUTC();
    request.timeZone = spec.timeZone;
    request.durationMinutes = spec.durationMinutes;
    request.waitingRoom = spec.waitingRoom;
    request.organizer = spec.organizer.isNull() ? QStringLiteral("") : spec.organizer.trimmed();
    if (found) {
        schedule.add(found->roomId, found->blocked);
        request.status = RoomRequest::Status::Allocated;
        request.roomId = found->roomId;
        for (const Room &room : pool.rooms) {
            if (room.id == found->roomId)
                request.roomEmail = room.email;
        }
        request.blockedFromUtc = QDateTime::fromMSecsSinceEpoch(found->blocked.from, QTimeZone::utc());
        request.blockedToUtc = QDateTime::fromMSecsSinceEpoch(found->blocked.to, QTimeZone::utc());
        request.reason = QStringLiteral("");
    } else {
        request.status = RoomRequest::Status::Pending;
        request.reason = refusalReason(refusal);
    }
    const QVariant none(QMetaType::fromType<qint64>());
    insert.bind(QStringLiteral(":title"), request.title)
        .bind(QStringLiteral(":kind"), spec.webinar ? QStringLiteral("webinar") : QStringLiteral("meeting"))
        .bind(QStringLiteral(":start"), start)
        .bind(QStringLiteral(":zone"), spec.timeZone)
        .bind(QStringLiteral(":duration"), spec.durationMinutes)
        .bind(QStringLiteral(":waiting"), spec.waitingRoom ? 1 : 0)
        .bind(QStringLiteral(":status"), RoomRequest::statusName(request.status))
        .bind(QStringLiteral(":room"), found ? QVariant(found->roomId) : none)
        .bind(QStringLiteral(":from"), found ? QVariant(found->blocked.from) : none)
        .bind(QStringLiteral(":to"), found ? QVariant(found->blocked.to) : none)
        .bind(QStringLiteral(":reason"), found ? QStringLiteral("") : refusalCode(refusal))
        .bind(QStringLiteral(":now"), createdAt)
        .bind(QStringLiteral(":organizer"), request.organizer);
    if (auto result = insert.exec(); !result)
        return result.error();
    request.id = insert.query().lastInsertId().toLongLong();
    return request;
}

Result<RoomRequest> Allocator::request(const RoomRequestSpec &spec, const QDateTime &nowUtc)
{
    auto made = requestAll({spec}, nowUtc);
    if (!made)
        return made.error();
    return made.value().constFirst();
}

Result<RoomRequest> Allocator::request(const RoomRequestSpec &spec, const QDateTime &nowUtc, qint64 chosenRoomId,
                                       const AlsoStore &also)
{
    if (auto bad = problem(spec))
        return Error {QStringLiteral("request.invalid"), *bad};
    const qint64 start = spec.startUtc.toMSecsSinceEpoch();
    const QString createdAt = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    qint64 id = 0;
    auto done = inWriteTransaction(m_database, [&]() -> Result<int> {
        auto pool = loadPool();
        if (!pool)
            return pool.error();
        auto schedule = loadSchedule(pool.value(), start, start + qint64(spec.durationMinutes) * 60000);
        if (!schedule)
            return schedule.error();
        SqlStatement insert = insertStatement();
        auto made = insertLocked(insert, pool.value(), schedule.value(), spec, createdAt);
        if (!made)
            return made.error();
        id = made.value().id;
        if (chosenRoomId != 0) {
            if (auto assigned = assignLocked(id, chosenRoomId); !assigned)
                return assigned.error();
        }
        if (auto extra = storeAlso(id, also); !extra)
            return extra.error();
        return 0;
    });
    if (!done)
        return done.error();
    return find(id);
}

Result<void> Allocator::storeAlso(qint64 id, const AlsoStore &also) const
{
    if (!also)
        return {};
    auto stored = find(id);
    if (!stored)
        return stored.error();
    return also(stored.value());
}

Result<RoomRequest> Allocator::reschedule(qint64 id, const RoomRequestSpec &spec, const AlsoStore &also)
{
    if (auto bad = problem(spec))
        return Error {QStringLiteral("request.invalid"), *bad};
    auto done = inWriteTransaction(m_database, [&]() -> Result<int> {
        auto current = find(id);
        if (!current)
            return current.error();
        if (current.value().status == RoomRequest::Status::Cancelled)
            return Error {QStringLiteral("request.cancelled"),
                          tr("Request %1 is cancelled; it cannot change.").arg(id)};
        if (current.value().webinar != spec.webinar)
            return Error {QStringLiteral("request.kind_change"),
                          tr("Request %1 cannot change between meeting and webinar.").arg(id)};
        SqlStatement update(m_database.connection(),
                            QStringLiteral("UPDATE room_requests SET title = :title, start_ms = :start, time_zone = "
                                           ":zone, duration_minutes = :duration, waiting_room = :waiting WHERE id = "
                                           ":id"));
        update.bind(QStringLiteral(":title"), spec.title.trimmed())
            .bind(QStringLiteral(":start"), spec.startUtc.toMSecsSinceEpoch())
            .bind(QStringLiteral(":zone"), spec.timeZone)
            .bind(QStringLiteral(":duration"), spec.durationMinutes)
            .bind(QStringLiteral(":waiting"), spec.waitingRoom ? 1 : 0)
            .bind(QStringLiteral(":id"), id);
        if (auto result = update.exec(); !result)
            return result.error();
        auto retried = current.value().status == RoomRequest::Status::Allocated
            ? assignLocked(id, current.value().roomId)
            : retryPendingLocked();
        if (!retried)
            return retried.error();
        if (auto extra = storeAlso(id, also); !extra)
            return extra.error();
        return 0;
    });
    if (!done)
        return done.error();
    return find(id);
}

Result<QList<RoomRequest>> Allocator::requestAll(const QList<RoomRequestSpec> &specs, const QDateTime &nowUtc)
{
    if (specs.isEmpty())
        return QList<RoomRequest>();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const RoomRequestSpec &spec : specs) {
        if (auto bad = problem(spec))
            return Error {QStringLiteral("request.invalid"), *bad};
        const qint64 start = spec.startUtc.toMSecsSinceEpoch();
        first = std::min(first, start);
        last = std::max(last, start + qint64(spec.durationMinutes) * 60000);
    }
    const QString createdAt = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    return inWriteTransaction(m_database, [&]() -> Result<QList<RoomRequest>> {
        auto pool = loadPool();
        if (!pool)
            return pool.error();
        auto schedule = loadSchedule(pool.value(), first, last);
        if (!schedule)
            return schedule.error();
        QList<RoomRequest> made;
        made.reserve(specs.size());
        SqlStatement insert = insertStatement(); // prepared once for the whole batch
        for (const RoomRequestSpec &spec : specs) {
            auto request = insertLocked(insert, pool.value(), schedule.value(), spec, createdAt);
            if (!request)
                return request.error();
            made.append(request.value());
        }
        return made;
    });
}

Result<int> Allocator::retryPendingLocked()
{
    SqlStatement pending(m_database.connection(),
                         QStringLiteral("SELECT id, title, kind, start_ms, time_zone, duration_minutes, waiting_room "
                                        "FROM room_requests WHERE status = 'pending' ORDER BY id"));
    if (auto result = pending.exec(); !result)
        return result.error();
    QList<std::pair<qint64, RoomRequestSpec>> waiting;
    while (pending.next()) {
        RoomRequestSpec spec;
        spec.title = pending.value(1).toString();
        spec.webinar = pending.value(2).toString() == QLatin1String("webinar");
        spec.startUtc = fromMs(pending.value(3));
        spec.timeZone = pending.value(4).toString();
        spec.durationMinutes = pending.value(5).toInt();
        spec.waitingRoom = pending.value(6).toBool();
        waiting.append({pending.value(0).toLongLong(), spec});
    }
    if (waiting.isEmpty())
        return 0;
    auto pool = loadPool();
    if (!pool)
        return pool.error();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const auto &[id, spec] : waiting) {
        first = std::min(first, spec.startUtc.toMSecsSinceEpoch());
        last = std::max(last, spec.startUtc.toMSecsSinceEpoch() + qint64(spec.durationMinutes) * 60000);
    }
    auto schedule = loadSchedule(pool.value(), first, last);
    if (!schedule)
        return schedule.error();
    int allocated = 0;
    SqlStatement allocate(m_database.connection(),
                          QStringLiteral("UPDATE room_requests SET status = 'allocated', room_id = :room, "
                                         "blocked_from_ms = :from, blocked_to_ms = :to, reason = '' WHERE id = :id"));
    SqlStatement explain(m_database.connection(),
                         QStringLiteral("UPDATE room_requests SET reason = :reason WHERE id = :id"));
    for (const auto &[id, spec] : waiting) {
        RoomSchedule::Refusal refusal;
        const auto found =
            schedule.value().find(spec.webinar, spec.startUtc.toMSecsSinceEpoch(), spec.durationMinutes, &refusal);
        SqlStatement &update = found ? allocate : explain;
        if (found) {
            schedule.value().add(found->roomId, found->blocked);
            update.bind(QStringLiteral(":room"), found->roomId)
                .bind(QStringLiteral(":from"), found->blocked.from)
                .bind(QStringLiteral(":to"), found->blocked.to);
            ++allocated;
        } else {
            update.bind(QStringLiteral(":reason"), refusalCode(refusal));
        }
        update.bind(QStringLiteral(":id"), id);
        if (auto result = update.exec(); !result)
            return result.error();
    }
    return allocated;
}

Result<int> Allocator::retryPending()
{
    return inWriteTransaction(m_database, [this] { return retryPendingLocked(); });
}

Result<RoomRequest> Allocator::assign(qint64 requestId, qint64 roomId)
{
    // A Zoom meeting belongs to its host: an event already in Zoom cannot change rooms.
    if (const auto event = eventOf(requestId); event && event->second)
        return Error {QStringLiteral("request.event_in_zoom"),
                      tr("Request %1 is the room of event %2, which already has its Zoom meeting under that room's "
                         "host. Cancel the event and create it again in another room.")
                          .arg(requestId)
                          .arg(event->first)};
    auto done = inWriteTransaction(m_database, [&]() { return assignLocked(requestId, roomId); });
    if (!done)
        return done.error();
    return find(requestId);
}

Result<int> Allocator::assignLocked(qint64 requestId, qint64 roomId)
{
    auto request = find(requestId);
    if (!request)
        return request.error();
    if (request.value().status == RoomRequest::Status::Cancelled)
        return Error {QStringLiteral("request.cancelled"),
                      tr("Request %1 is cancelled; it cannot get a room.").arg(requestId)};
    auto room = RoomRepository(m_database).find(roomId);
    if (!room)
        return room.error();
    if (request.value().webinar && !room.value().webinar)
        return Error {QStringLiteral("request.no_webinar_licence"),
                      tr("%1 has no webinar licence; request %2 is a webinar.").arg(room.value().email).arg(requestId)};
    auto policy = BufferPolicyStore::load(m_database);
    if (!policy)
        return policy.error();
    const RoomSchedule::Interval blocked = RoomSchedule::blocked(
        room.value(), policy.value(), request.value().startUtc.toMSecsSinceEpoch(), request.value().durationMinutes);
    const qint64 from = blocked.from;
    const qint64 to = blocked.to;
    SqlStatement conflicts(
        m_database.connection(),
        QStringLiteral("SELECT id FROM room_requests WHERE status = 'allocated' AND room_id = "
                       ":room AND id <> :id AND blocked_from_ms < :to AND blocked_from_ms > :earliest AND "
                       "blocked_to_ms > :from ORDER BY blocked_from_ms"));
    conflicts.bind(QStringLiteral(":room"), roomId)
        .bind(QStringLiteral(":earliest"), from - RoomSchedule::kMaxBlockedMs)
        .bind(QStringLiteral(":id"), requestId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to);
    if (auto result = conflicts.exec(); !result)
        return result.error();
    QStringList inTheWay;
    while (conflicts.next())
        inTheWay.append(conflicts.value(0).toString());
    if (!inTheWay.isEmpty())
        return Error {QStringLiteral("request.conflict"),
                      tr("%1 is booked at that time, buffers included, by request(s) %2; a room is never "
                         "double-booked. Cancel or move them first, or choose another room.")
                          .arg(room.value().email, inTheWay.join(QStringLiteral(", ")))};
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE room_requests SET status = 'allocated', room_id = :room, "
                                       "blocked_from_ms = :from, blocked_to_ms = :to, reason = '' WHERE id = :id"));
    update.bind(QStringLiteral(":room"), roomId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":id"), requestId);
    if (auto result = update.exec(); !result)
        return result.error();
    // Moved away from another room: that time is free again for those waiting.
    return retryPendingLocked();
}

std::optional<std::pair<qint64, bool>> Allocator::eventOf(qint64 requestId) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, zoom_meeting_id IS NOT NULL FROM events WHERE request_id = :id AND "
                                       "cancelled = 0"));
    select.bind(QStringLiteral(":id"), requestId);
    if (!select.exec() || !select.next())
        return std::nullopt;
    return std::pair {select.value(0).toLongLong(), select.value(1).toBool()};
}

Result<RoomRequest> Allocator::cancel(qint64 id, const AlsoStore &also)
{
    // An event's booking goes with the event: cancelling only the booking would leave its
    // Zoom meeting behind.
    if (!also) {
        if (const auto event = eventOf(id))
            return Error {QStringLiteral("request.event"),
                          tr("Request %1 is the room of event %2; cancel the event instead, so that its Zoom meeting "
                             "goes too.")
                              .arg(id)
                              .arg(event->first)};
    }
    auto done = inWriteTransaction(m_database, [&]() -> Result<int> {
        SqlStatement update(m_database.connection(),
                            QStringLiteral("UPDATE room_requests SET status = 'cancelled' WHERE id = :id AND status "
                                           "<> 'cancelled'"));
        update.bind(QStringLiteral(":id"), id);
        if (auto result = update.exec(); !result)
            return result.error();
        if (update.query().numRowsAffected() == 0) {
            if (auto existing = find(id); !existing)
                return existing.error();
            return Error {QStringLiteral("request.cancelled"), tr("Request %1 is cancelled already.").arg(id)};
        }
        if (auto extra = storeAlso(id, also); !extra)
            return extra.error();
        // The freed time may be what a waiting request needs.
        return retryPendingLocked();
    });
    if (!done)
        return done.error();
    return find(id);
}

Result<Allocator::Reconciliation> Allocator::reconcile(const QDateTime &nowUtc)
{
    QList<std::pair<qint64, qint64>> overlapping;
    auto allocated = inWriteTransaction(m_database, [&]() -> Result<int> {
        auto pool = loadPool();
        if (!pool)
            return pool.error();
        QHash<qint64, Room> byId;
        for (const Room &room : pool.value().rooms)
            byId.insert(room.id, room);
        SqlStatement current(m_database.connection(),
                             QStringLiteral("SELECT id, room_id, start_ms, duration_minutes FROM room_requests WHERE "
                                            "status = 'allocated' AND blocked_to_ms > :now"));
        current.bind(QStringLiteral(":now"), nowUtc.toMSecsSinceEpoch());
        if (auto result = current.exec(); !result)
            return result.error();
        struct Booking
        {
            qint64 id, room, from, to;
        };
        QList<Booking> bookings;
        while (current.next()) {
            const qint64 roomId = current.value(1).toLongLong();
            const RoomSchedule::Interval blocked = RoomSchedule::blocked(
                byId.value(roomId), pool.value().policy, current.value(2).toLongLong(), current.value(3).toInt());
            bookings.append({current.value(0).toLongLong(), roomId, blocked.from, blocked.to});
        }
        SqlStatement update(m_database.connection(),
                            QStringLiteral("UPDATE room_requests SET blocked_from_ms = :from, blocked_to_ms = :to "
                                           "WHERE id = :id"));
        for (const Booking &booking : bookings) {
            update.bind(QStringLiteral(":from"), booking.from)
                .bind(QStringLiteral(":to"), booking.to)
                .bind(QStringLiteral(":id"), booking.id);
            if (auto result = update.exec(); !result)
                return result.error();
        }
        // Longer buffers may make neighbours overlap: reported, never moved silently.
        std::sort(bookings.begin(), bookings.end(), [](const Booking &a, const Booking &b) {
            return std::tie(a.room, a.from, a.id) < std::tie(b.room, b.from, b.id);
        });
        for (qsizetype i = 1; i < bookings.size(); ++i) {
            for (qsizetype j = i - 1; j >= 0 && bookings.at(j).room == bookings.at(i).room; --j) {
                if (bookings.at(j).to > bookings.at(i).from)
                    overlapping.append({bookings.at(j).id, bookings.at(i).id});
            }
        }
        return retryPendingLocked();
    });
    if (!allocated)
        return allocated.error();
    Reconciliation outcome;
    outcome.allocated = allocated.value();
    for (const auto &[first, second] : overlapping) {
        auto a = find(first);
        auto b = find(second);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        outcome.conflicts.append({a.value(), b.value()});
    }
    return outcome;
}

Result<QList<RoomRequest>> Allocator::list() const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT ") + kRequestColumns +
                            QStringLiteral(" FROM room_requests r LEFT JOIN rooms ON rooms.id = r.room_id ORDER BY "
                                           "r.start_ms, r.id"));
    if (auto result = select.exec(); !result)
        return result.error();
    QList<RoomRequest> requests;
    while (select.next())
        requests.append(readRequest(select));
    return requests;
}

Result<QList<RoomRequest>> Allocator::listBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    // Bookings whose blocked time touches the range, and waiting requests whose session does.
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT ") + kRequestColumns +
            QStringLiteral(" FROM room_requests r LEFT JOIN rooms ON rooms.id = r.room_id WHERE (r.status = "
                           "'allocated' AND r.blocked_from_ms < :to AND r.blocked_from_ms > :earliest AND "
                           "r.blocked_to_ms > :from) OR (r.status = 'pending' AND r.start_ms < :to AND r.start_ms + "
                           "r.duration_minutes * 60000 > :from) ORDER BY r.start_ms, r.id"));
    select.bind(QStringLiteral(":from"), fromUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":to"), toUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":earliest"), fromUtc.toMSecsSinceEpoch() - RoomSchedule::kMaxBlockedMs);
    if (auto result = select.exec(); !result)
        return result.error();
    QList<RoomRequest> requests;
    while (select.next())
        requests.append(readRequest(select));
    return requests;
}

Result<RoomRequest> Allocator::find(qint64 id) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT ") + kRequestColumns +
                            QStringLiteral(" FROM room_requests r LEFT JOIN rooms ON rooms.id = r.room_id WHERE r.id = "
                                           ":id"));
    select.bind(QStringLiteral(":id"), id);
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return Error {QStringLiteral("request.not_found"), tr("There is no request %1.").arg(id)};
    return readRequest(select);
}

} // namespace Roomdesk
