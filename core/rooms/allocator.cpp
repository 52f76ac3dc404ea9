#include "allocator.h"

#include "bufferpolicy.h"
#include "roomrepository.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace Roomdesk {

namespace {

constexpr int kMaxTitle = 255;
constexpr int kMaxOrganizer = 200;
constexpr int kMaxDurationMinutes = 23 * 60 + 59;
constexpr int kBusyRetryMs = 10000;

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
    request.reason = select.value(12).toString();
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

std::optional<QString> Allocator::problem(const RoomRequestSpec &spec)
{
    if (spec.title.trimmed().isEmpty())
        return tr("A request needs a title.");
    if (spec.title.size() > kMaxTitle)
        return tr("A title has at most %1 characters; this one has %2.").arg(kMaxTitle).arg(spec.title.size());
    if (spec.organizer.size() > kMaxOrganizer)
        return tr("An organizer's name has at most %1 characters; this one has %2.")
            .arg(kMaxOrganizer)
            .arg(spec.organizer.size());
    if (!spec.startUtc.isValid())
        return tr("A request needs a start date and time.");
    if (spec.durationMinutes < 1 || spec.durationMinutes > kMaxDurationMinutes)
        return tr("The duration must be from 1 minute to 23 h 59 min (%1 minutes), not %2.")
            .arg(kMaxDurationMinutes)
            .arg(spec.durationMinutes);
    return std::nullopt;
}

template<typename F>
auto Allocator::inTransaction(F work) -> decltype(work())
{
    // BEGIN IMMEDIATE takes the write lock before reading, so the check and the reservation
    // see the same bookings in every process. A lock race SQLite answers at once is retried.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        SqlStatement begin(m_database.connection(), QStringLiteral("BEGIN IMMEDIATE"));
        auto began = begin.exec();
        if (began)
            break;
        if (!isBusyError(begin.query().lastError()) || waited.elapsed() > kBusyRetryMs)
            return began.error();
        QThread::msleep(5);
    }
    auto result = work();
    const QString finish = result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK");
    if (auto done = SqlStatement(m_database.connection(), finish).exec(); !done) {
        (void)SqlStatement(m_database.connection(), QStringLiteral("ROLLBACK")).exec();
        return done.error();
    }
    return result;
}

Allocator::Placement Allocator::place(const Room &room, const BufferPolicy &policy, qint64 startMs, int durationMinutes)
{
    // [start − prep, start + duration + courtesy + post), the room's buffers before the policy's.
    const qint64 prep = room.prepMinutes.value_or(policy.prepMinutes);
    const qint64 after =
        room.courtesyMinutes.value_or(policy.courtesyMinutes) + room.postMinutes.value_or(policy.postMinutes);
    return {room, startMs - prep * 60000, startMs + (durationMinutes + after) * 60000};
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

Result<std::optional<Allocator::Placement>> Allocator::findRoom(const Pool &pool, const RoomRequestSpec &spec,
                                                                QString *reason) const
{
    const qint64 start = spec.startUtc.toMSecsSinceEpoch();
    int candidates = 0;
    int webinarMissing = 0;
    SqlStatement conflict(m_database.connection(),
                          QStringLiteral("SELECT 1 FROM room_requests WHERE status = 'allocated' AND room_id = :room "
                                         "AND blocked_from_ms < :to AND blocked_to_ms > :from LIMIT 1"));
    for (const Room &room : pool.rooms) {
        if (!room.active || room.assignment != Room::Assignment::Automatic)
            continue;
        if (spec.webinar && !room.webinar) {
            ++webinarMissing;
            continue;
        }
        ++candidates;
        const Placement placement = place(room, pool.policy, start, spec.durationMinutes);
        conflict.bind(QStringLiteral(":room"), room.id)
            .bind(QStringLiteral(":from"), placement.from)
            .bind(QStringLiteral(":to"), placement.to);
        if (auto result = conflict.exec(); !result)
            return result.error();
        if (!conflict.next())
            return std::optional<Placement>(placement);
    }
    if (candidates == 0 && webinarMissing > 0)
        *reason = tr("No active, automatically assigned room has a webinar licence. Contact the administrators "
                     "for a room.");
    else if (candidates == 0)
        *reason = tr("No room is active and assigned automatically. Contact the administrators for a room.");
    else
        *reason = tr("All %n suitable room(s) are booked at that time, buffers included. The request waits and "
                     "gets a room as soon as one is free; contact the administrators for a room sooner.",
                     nullptr, candidates);
    return std::optional<Placement>();
}

Result<RoomRequest> Allocator::request(const RoomRequestSpec &spec, const QDateTime &nowUtc)
{
    if (auto bad = problem(spec))
        return Error {QStringLiteral("request.invalid"), *bad};
    auto inserted = inTransaction([&]() -> Result<qint64> {
        auto pool = loadPool();
        if (!pool)
            return pool.error();
        QString reason;
        auto found = findRoom(pool.value(), spec, &reason);
        if (!found)
            return found.error();
        SqlStatement insert(
            m_database.connection(),
            QStringLiteral("INSERT INTO room_requests (title, kind, start_ms, time_zone, "
                           "duration_minutes, waiting_room, status, room_id, blocked_from_ms, "
                           "blocked_to_ms, reason, created_at, organizer) VALUES (:title, :kind, :start, "
                           ":zone, :duration, :waiting, :status, :room, :from, :to, :reason, :now, "
                           ":organizer)"));
        const QVariant none(QMetaType::fromType<qint64>());
        insert.bind(QStringLiteral(":title"), spec.title.trimmed())
            .bind(QStringLiteral(":kind"), spec.webinar ? QStringLiteral("webinar") : QStringLiteral("meeting"))
            .bind(QStringLiteral(":start"), spec.startUtc.toMSecsSinceEpoch())
            .bind(QStringLiteral(":zone"), spec.timeZone)
            .bind(QStringLiteral(":duration"), spec.durationMinutes)
            .bind(QStringLiteral(":waiting"), spec.waitingRoom ? 1 : 0)
            .bind(QStringLiteral(":status"), found.value() ? QStringLiteral("allocated") : QStringLiteral("pending"))
            .bind(QStringLiteral(":room"), found.value() ? QVariant(found.value()->room.id) : none)
            .bind(QStringLiteral(":from"), found.value() ? QVariant(found.value()->from) : none)
            .bind(QStringLiteral(":to"), found.value() ? QVariant(found.value()->to) : none)
            .bind(QStringLiteral(":reason"), reason.isNull() ? QStringLiteral("") : reason)
            .bind(QStringLiteral(":now"), nowUtc.toUTC().toString(Qt::ISODateWithMs))
            .bind(QStringLiteral(":organizer"),
                  spec.organizer.isNull() ? QStringLiteral("") : spec.organizer.trimmed());
        if (auto result = insert.exec(); !result)
            return result.error();
        return insert.query().lastInsertId().toLongLong();
    });
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
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
    int allocated = 0;
    for (const auto &[id, spec] : waiting) {
        QString reason;
        auto found = findRoom(pool.value(), spec, &reason);
        if (!found)
            return found.error();
        SqlStatement update(m_database.connection(),
                            found.value() ? QStringLiteral("UPDATE room_requests SET status = 'allocated', room_id = "
                                                           ":room, blocked_from_ms = :from, blocked_to_ms = :to, "
                                                           "reason = '' WHERE id = :id")
                                          : QStringLiteral("UPDATE room_requests SET reason = :reason WHERE id = :id"));
        if (found.value()) {
            update.bind(QStringLiteral(":room"), found.value()->room.id)
                .bind(QStringLiteral(":from"), found.value()->from)
                .bind(QStringLiteral(":to"), found.value()->to);
            ++allocated;
        } else {
            update.bind(QStringLiteral(":reason"), reason);
        }
        update.bind(QStringLiteral(":id"), id);
        if (auto result = update.exec(); !result)
            return result.error();
    }
    return allocated;
}

Result<int> Allocator::retryPending()
{
    return inTransaction([this] { return retryPendingLocked(); });
}

Result<RoomRequest> Allocator::assign(qint64 requestId, qint64 roomId)
{
    auto done = inTransaction([&]() -> Result<int> {
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
            return Error {
                QStringLiteral("request.no_webinar_licence"),
                tr("%1 has no webinar licence; request %2 is a webinar.").arg(room.value().email).arg(requestId)};
        auto policy = BufferPolicyStore::load(m_database);
        if (!policy)
            return policy.error();
        const Placement placement = place(room.value(), policy.value(), request.value().startUtc.toMSecsSinceEpoch(),
                                          request.value().durationMinutes);
        const qint64 from = placement.from;
        const qint64 to = placement.to;
        SqlStatement conflicts(m_database.connection(),
                               QStringLiteral("SELECT id FROM room_requests WHERE status = 'allocated' AND room_id = "
                                              ":room AND id <> :id AND blocked_from_ms < :to AND blocked_to_ms > :from "
                                              "ORDER BY blocked_from_ms"));
        conflicts.bind(QStringLiteral(":room"), roomId)
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
    });
    if (!done)
        return done.error();
    return find(requestId);
}

Result<RoomRequest> Allocator::cancel(qint64 id)
{
    auto done = inTransaction([&]() -> Result<int> {
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
    auto allocated = inTransaction([&]() -> Result<int> {
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
            const Placement placement = place(byId.value(current.value(1).toLongLong()), pool.value().policy,
                                              current.value(2).toLongLong(), current.value(3).toInt());
            bookings.append({current.value(0).toLongLong(), placement.room.id, placement.from, placement.to});
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
                           "'allocated' AND r.blocked_from_ms < :to AND r.blocked_to_ms > :from) OR (r.status = "
                           "'pending' AND r.start_ms < :to AND r.start_ms + r.duration_minutes * 60000 > :from) "
                           "ORDER BY r.start_ms, r.id"));
    select.bind(QStringLiteral(":from"), fromUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":to"), toUtc.toMSecsSinceEpoch());
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
