// SPDX-License-Identifier: GPL-3.0-or-later
#include "roompoolservice.h"

#include "calendar/icalendarexport.h"
#include "clock.h"
#include "storage/database.h"
#include "zoom/zoomconnection.h"

#include <QPointer>

namespace Roomdesk {

namespace {

// The calendar of [from, to): one room's bookings, or all rooms' and the waiting requests
// (roomId 0). The profile id keeps UIDs apart across databases and the same across exports.
Result<ICalendarExport> calendarOf(const Database &database, const QDateTime &fromUtc, const QDateTime &toUtc,
                                   qint64 roomId)
{
    auto rooms = RoomRepository(database).list();
    if (!rooms)
        return rooms.error();
    auto requests = Allocator(database).listBetween(fromUtc, toUtc);
    if (!requests)
        return requests.error();
    auto profile = ZoomConnectionStore::profileId(database);
    if (!profile)
        return profile.error();
    ICalendarExport calendar(rooms.value(), requests.value(), profile.value());
    if (roomId > 0)
        calendar.setRoomFilter(roomId);
    return calendar;
}

} // namespace

// What each call's work gets besides the database.
class RoomPoolService::Worker final
{
public:
    explicit Worker(DataContext &data)
        : m_data(data)
    {}

    QDateTime now() const { return m_data.now(); }

    // After a change to rooms or buffers: current bookings re-checked, pending retried.
    Result<PoolChangeOutcome> reconciled(const Database &database, PoolChangeOutcome outcome) const
    {
        auto reconciliation = Allocator(database).reconcile(now());
        if (!reconciliation)
            return reconciliation.error();
        outcome.reconciliation = reconciliation.value();
        return outcome;
    }

private:
    DataContext &m_data;
};

RoomPoolService::RoomPoolService(DataThread &data, QObject *parent)
    : QObject(parent)
    , m_lane(data, this)
{}

RoomPoolService::RoomPoolService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_lane(std::move(databasePath), clock, this)
{}

RoomPoolService::~RoomPoolService() = default;

template<typename T>
void RoomPoolService::run(std::function<Result<T>(Worker &, const Database &)> work, QObject *context, Callback<T> done,
                          bool changes)
{
    m_lane.run<T>(
        [work = std::move(work)](DataContext &data, const Database &database) {
            Worker worker(data);
            return work(worker, database);
        },
        context, std::move(done),
        [this, changes](const Result<T> &result) {
            if (changes && result)
                emit changed();
        });
}

void RoomPoolService::snapshot(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context,
                               Callback<RoomPoolSnapshot> done)
{
    run<RoomPoolSnapshot>(
        [fromUtc, toUtc](Worker &, const Database &database) -> Result<RoomPoolSnapshot> {
            RoomPoolSnapshot snapshot;
            auto rooms = RoomRepository(database).list();
            if (!rooms)
                return rooms.error();
            snapshot.rooms = rooms.value();
            auto policy = BufferPolicyStore::load(database);
            if (!policy)
                return policy.error();
            snapshot.policy = policy.value();
            if (fromUtc.isValid() && toUtc.isValid() && fromUtc < toUtc) {
                auto requests = Allocator(database).listBetween(fromUtc, toUtc);
                if (!requests)
                    return requests.error();
                snapshot.requests = requests.value();
                snapshot.fromUtc = fromUtc;
                snapshot.toUtc = toUtc;
            }
            return snapshot;
        },
        context, std::move(done), false);
}

void RoomPoolService::addRoom(const Room &room, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [room](Worker &worker, const Database &database) -> Result<PoolChangeOutcome> {
            auto added = RoomRepository(database).add(room, worker.now());
            if (!added)
                return added.error();
            return worker.reconciled(database, {added.value(), std::nullopt, {}});
        },
        context, std::move(done), true);
}

void RoomPoolService::updateRoom(qint64 id, const RoomChange &change, QObject *context,
                                 Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [id, change](Worker &worker, const Database &database) -> Result<PoolChangeOutcome> {
            auto updated = RoomRepository(database).update(id, change);
            if (!updated)
                return updated.error();
            return worker.reconciled(database, {updated.value(), std::nullopt, {}});
        },
        context, std::move(done), true);
}

void RoomPoolService::moveRoom(qint64 id, int index, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [id, index](Worker &worker, const Database &database) -> Result<PoolChangeOutcome> {
            auto moved = RoomRepository(database).move(id, index);
            if (!moved)
                return moved.error();
            return worker.reconciled(database, {moved.value(), std::nullopt, {}});
        },
        context, std::move(done), true);
}

void RoomPoolService::removeRoom(qint64 id, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [id](Worker &, const Database &database) -> Result<PoolChangeOutcome> {
            if (auto removed = RoomRepository(database).remove(id); !removed)
                return removed.error();
            return PoolChangeOutcome {};
        },
        context, std::move(done), true);
}

void RoomPoolService::setPolicy(const BufferPolicy &policy, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [policy](Worker &worker, const Database &database) -> Result<PoolChangeOutcome> {
            if (auto saved = BufferPolicyStore::save(database, policy); !saved)
                return saved.error();
            return worker.reconciled(database, {});
        },
        context, std::move(done), true);
}

void RoomPoolService::request(const RoomRequestSpec &spec, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [spec](Worker &worker, const Database &database) -> Result<PoolChangeOutcome> {
            auto made = Allocator(database).request(spec, worker.now());
            if (!made)
                return made.error();
            return PoolChangeOutcome {std::nullopt, made.value(), {}};
        },
        context, std::move(done), true);
}

void RoomPoolService::exportICalendar(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId,
                                      const QString &path, QObject *context, Callback<int> done)
{
    run<int>(
        [fromUtc, toUtc, roomId, path](Worker &worker, const Database &database) -> Result<int> {
            auto calendar = calendarOf(database, fromUtc, toUtc, roomId);
            if (!calendar)
                return calendar.error();
            if (auto saved = calendar.value().save(path, worker.now()); !saved)
                return saved.error();
            return int(calendar.value().events().size());
        },
        context, std::move(done), false);
}

void RoomPoolService::iCalendar(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId, QObject *context,
                                Callback<ICalendarFile> done)
{
    run<ICalendarFile>(
        [fromUtc, toUtc, roomId](Worker &worker, const Database &database) -> Result<ICalendarFile> {
            auto calendar = calendarOf(database, fromUtc, toUtc, roomId);
            if (!calendar)
                return calendar.error();
            auto bytes = calendar.value().toICalendar(worker.now());
            if (!bytes)
                return bytes.error();
            const QList<RoomRequest> events = calendar.value().events();
            ICalendarFile file;
            file.bytes = bytes.value();
            file.pending = int(std::count_if(events.cbegin(), events.cend(), [](const RoomRequest &request) {
                return request.status == RoomRequest::Status::Pending;
            }));
            file.bookings = int(events.size()) - file.pending;
            return file;
        },
        context, std::move(done), false);
}

void RoomPoolService::seedIfEmpty(const QList<Room> &rooms, const QList<RoomRequestSpec> &requests, QObject *context,
                                  Callback<bool> done)
{
    run<bool>(
        [rooms, requests](Worker &worker, const Database &database) -> Result<bool> {
            RoomRepository repository(database);
            auto existing = repository.list();
            if (!existing)
                return existing.error();
            if (!existing.value().isEmpty())
                return false;
            for (const Room &room : rooms) {
                if (auto added = repository.add(room, worker.now()); !added)
                    return added.error();
            }
            if (auto made = Allocator(database).requestAll(requests, worker.now()); !made)
                return made.error();
            return true;
        },
        context, std::move(done), true);
}

void RoomPoolService::cancelRequest(qint64 id, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [id](Worker &, const Database &database) -> Result<PoolChangeOutcome> {
            auto cancelled = Allocator(database).cancel(id);
            if (!cancelled)
                return cancelled.error();
            return PoolChangeOutcome {std::nullopt, cancelled.value(), {}};
        },
        context, std::move(done), true);
}

void RoomPoolService::assignRequest(qint64 id, qint64 roomId, QObject *context, Callback<PoolChangeOutcome> done)
{
    run<PoolChangeOutcome>(
        [id, roomId](Worker &, const Database &database) -> Result<PoolChangeOutcome> {
            auto assigned = Allocator(database).assign(id, roomId);
            if (!assigned)
                return assigned.error();
            return PoolChangeOutcome {std::nullopt, assigned.value(), {}};
        },
        context, std::move(done), true);
}

void RoomPoolService::requestRoom(const RequestForm &form, QObject *context, Callback<RoomRequest> done)
{
    run<RoomRequest>(
        [form](Worker &worker, const Database &database) -> Result<RoomRequest> {
            auto spec = form.toSpec();
            if (!spec)
                return spec.error();
            return Allocator(database).request(spec.value(), worker.now());
        },
        context, std::move(done), true);
}

void RoomPoolService::importRequests(const QString &path, QObject *context, Callback<RequestImport::Outcome> done)
{
    // A file with problems stores nothing, so it changes nothing either: `changed` only
    // follows an import that booked, whether or not the caller is still there to hear of it.
    QPointer<QObject> guard(context);
    run<RequestImport::Outcome>(
        [path](Worker &worker, const Database &database) -> Result<RequestImport::Outcome> {
            return RequestImport::importFile(database, path, worker.now());
        },
        this,
        [this, guard, done = std::move(done)](const Result<RequestImport::Outcome> &result) {
            if (result && result.value().problems.isEmpty())
                emit changed();
            if (guard && done)
                done(result);
        },
        false);
}

} // namespace Roomdesk
