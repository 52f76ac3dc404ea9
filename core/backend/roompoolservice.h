// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datathread.h"
#include "rooms/allocator.h"
#include "rooms/bufferpolicy.h"
#include "rooms/requestform.h"
#include "rooms/requestimport.h"
#include "rooms/roomrepository.h"

#include <QObject>

#include <functional>

namespace Roomdesk {

class Clock;
class Database;

// The rooms, the policy and the bookings of a time range, read together.
struct RoomPoolSnapshot final
{
    QList<Room> rooms; // allocation order
    BufferPolicy policy;
    QList<RoomRequest> requests; // of [fromUtc, toUtc), by start; empty when no range was asked
    QDateTime fromUtc;
    QDateTime toUtc;
};

// What a change to the pool did to the bookings (DESIGN §3: re-checked, never broken silently).
struct PoolChangeOutcome final
{
    std::optional<Room> room; // the room added or changed
    std::optional<RoomRequest> request; // the request cancelled or assigned
    Allocator::Reconciliation reconciliation;
};

// The bookings of a range as an iCalendar (RFC 5545) file, and what is in it.
struct ICalendarFile final
{
    QByteArray bytes;
    int bookings = 0;
    int pending = 0; // waiting requests, as tentative events
};

// The room pool for the GUI without blocking the calling (UI) thread: every read and change
// runs on the backend's data thread, through the same RoomRepository, BufferPolicyStore and
// Allocator the command line uses. Callbacks run on the caller's thread and are dropped when
// their context object is gone.
class RoomPoolService final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    RoomPoolService(DataThread &data, QObject *parent = nullptr);
    // On a data thread of its own (tests, tools).
    RoomPoolService(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~RoomPoolService() override;

    // Rooms and policy; with a valid range also the bookings and pending requests in it.
    void snapshot(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Callback<RoomPoolSnapshot> done);
    void addRoom(const Room &room, QObject *context, Callback<PoolChangeOutcome> done);
    void updateRoom(qint64 id, const RoomChange &change, QObject *context, Callback<PoolChangeOutcome> done);
    // Moves a room to `index` in allocation order and renumbers positions 1…n.
    void moveRoom(qint64 id, int index, QObject *context, Callback<PoolChangeOutcome> done);
    void removeRoom(qint64 id, QObject *context, Callback<PoolChangeOutcome> done);
    void setPolicy(const BufferPolicy &policy, QObject *context, Callback<PoolChangeOutcome> done);
    void request(const RoomRequestSpec &spec, QObject *context, Callback<PoolChangeOutcome> done);
    void cancelRequest(qint64 id, QObject *context, Callback<PoolChangeOutcome> done);
    // The bookings of [from, to) (one room, or all with roomId 0 and the waiting ones) as an
    // iCalendar file; answers how many events were written.
    void exportICalendar(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId, const QString &path,
                         QObject *context, Callback<int> done);
    // The same calendar as bytes, for a caller that writes them itself (`calendar --ics -`).
    void iCalendar(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId, QObject *context,
                   Callback<ICalendarFile> done);
    // Demo mode: adds the rooms and requests the sessions, only when the pool is empty.
    void seedIfEmpty(const QList<Room> &rooms, const QList<RoomRequestSpec> &requests, QObject *context,
                     Callback<bool> done);
    void assignRequest(qint64 id, qint64 roomId, QObject *context, Callback<PoolChangeOutcome> done);
    // A room request without a Zoom event, checked as `request add` checks it.
    void requestRoom(const RequestForm &form, QObject *context, Callback<RoomRequest> done);
    // `request import` of a CSV file: read, checked and booked on the worker thread; rows with
    // problems come back in the outcome and nothing is stored.
    void importRequests(const QString &path, QObject *context, Callback<RequestImport::Outcome> done);

signals:
    void changed(); // after any change that was stored

private:
    class Worker;
    template<typename T>
    void run(std::function<Result<T>(Worker &, const Database &)> work, QObject *context, Callback<T> done,
             bool changes);

    DataLane m_lane;
};

} // namespace Roomdesk
