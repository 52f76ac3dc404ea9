// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bufferpolicy.h"
#include "result.h"
#include "room.h"
#include "roomschedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Roomdesk {

class Database;
class SqlStatement;

struct RoomRequestSpec final
{
    QString title;
    bool webinar = false;
    QDateTime startUtc;
    QString timeZone; // IANA, kept for display
    int durationMinutes = 60;
    bool waitingRoom = true;
    QString organizer; // who asked, free text (optional)
};

struct RoomRequest final
{
    enum class Status { Allocated, Pending, Cancelled };

    qint64 id = 0;
    QString title;
    bool webinar = false;
    QDateTime startUtc;
    QString timeZone;
    int durationMinutes = 0;
    bool waitingRoom = true;
    QString organizer;
    Status status = Status::Pending;
    qint64 roomId = 0; // 0: none
    QString roomEmail;
    QDateTime blockedFromUtc; // invalid unless allocated
    QDateTime blockedToUtc;
    QString reason; // why it is pending

    static QString statusName(Status status);
};

// Allocation exactly as DESIGN §3: a booking blocks [start − prep, start + duration + courtesy
// + post) with the room's buffers; the first active, automatic room in position order (ties by
// id) whose blocked intervals do not overlap wins; webinars only in webinar rooms; otherwise the
// request waits as pending with the reason. Check and reserve happen in one BEGIN IMMEDIATE
// transaction, so processes allocating at once never double-book a room.
class Allocator final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Allocator)

public:
    // What else must be stored in the same transaction as an allocation decision (an event
    // and its journal entry): an error rolls the whole decision back.
    using AlsoStore = std::function<Result<void>(const RoomRequest &)>;

    explicit Allocator(const Database &database);

    Result<RoomRequest> request(const RoomRequestSpec &spec, const QDateTime &nowUtc);
    // With a chosen room (0: automatic) and work stored with the decision.
    Result<RoomRequest> request(const RoomRequestSpec &spec, const QDateTime &nowUtc, qint64 chosenRoomId,
                                const AlsoStore &also);
    // A new time, length or title: an allocated request keeps its room when the room is free
    // then and is refused otherwise (nothing changes); a waiting one is retried. Time freed
    // by the change goes to waiting requests.
    Result<RoomRequest> reschedule(qint64 id, const RoomRequestSpec &spec, const AlsoStore &also = {});
    // Many requests in arrival order in one transaction (a semester's import): all are stored
    // or, when the database refuses, none. Every spec must be valid (problem() is nullopt).
    Result<QList<RoomRequest>> requestAll(const QList<RoomRequestSpec> &specs, const QDateTime &nowUtc);
    // An administrator's choice: any room (inactive or manual ones too) as long as it is free
    // for the request's blocked interval and licensed for webinars when needed; a conflict is
    // refused with the bookings in the way. A request moved away from a room frees it.
    Result<RoomRequest> assign(qint64 requestId, qint64 roomId);
    // Cancels, frees the room and retries pending requests in arrival order.
    Result<RoomRequest> cancel(qint64 id, const AlsoStore &also = {});
    // Pending requests in arrival order get a room where one is free now; returns how many.
    Result<int> retryPending();
    // After a change to rooms or buffers: bookings that have not ended get their blocked
    // interval from today's buffers (they keep their room), bookings that now overlap are
    // reported, and pending requests are retried in arrival order.
    struct Reconciliation
    {
        int allocated = 0; // pending requests that got a room
        QList<std::pair<RoomRequest, RoomRequest>> conflicts; // same room, overlapping now
    };
    Result<Reconciliation> reconcile(const QDateTime &nowUtc);

    Result<QList<RoomRequest>> list() const;
    // What a calendar shows for [from, to): bookings whose blocked interval overlaps it and
    // pending requests whose session does, by start.
    Result<QList<RoomRequest>> listBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    Result<RoomRequest> find(qint64 id) const;

    // The first rule a request breaks, in this order: title, organizer, start, duration.
    static std::optional<QString> problem(const RoomRequestSpec &spec);
    // The same rules one field at a time, for a form that checks what is typed.
    static std::optional<QString> titleProblem(const QString &title);
    static std::optional<QString> organizerProblem(const QString &organizer);
    static std::optional<QString> durationProblem(int minutes);
    // A stored reason (a code, or text from before reasons were codes) in the reader's language.
    static QString reasonText(const QString &stored);

private:
    // What allocation decisions depend on, read once per transaction.
    struct Pool
    {
        BufferPolicy policy;
        QList<Room> rooms; // allocation order
    };
    Result<Pool> loadPool() const;
    // The pool's bookings that can matter to sessions within [firstStartMs, lastEndMs].
    Result<RoomSchedule> loadSchedule(const Pool &pool, qint64 firstStartMs, qint64 lastEndMs) const;
    static QString refusalReason(const RoomSchedule::Refusal &refusal);
    static QString refusalCode(const RoomSchedule::Refusal &refusal);
    // Inside a transaction: stores one request with its placement (or its reason).
    SqlStatement insertStatement() const;
    Result<RoomRequest> insertLocked(SqlStatement &insert, const Pool &pool, RoomSchedule &schedule,
                                     const RoomRequestSpec &spec, const QString &createdAt);
    Result<int> retryPendingLocked();
    Result<int> assignLocked(qint64 requestId, qint64 roomId);
    // Inside a transaction: the caller's own writes for the request as it now stands.
    Result<void> storeAlso(qint64 id, const AlsoStore &also) const;
    // The active event that holds a request, and whether it has its Zoom meeting yet.
    std::optional<std::pair<qint64, bool>> eventOf(qint64 requestId) const;

    const Database &m_database;
};

} // namespace Roomdesk
