// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <initializer_list>

namespace Roomdesk {

class Database;

// One entry of the Zoom journal: an operation is written before its call and closed after
// it, so that one whose answer was lost, or whose process died, is found again.
struct ZoomOperation final
{
    enum class Kind { Create, Update, Delete };
    enum class State { Queued, Sent, Unknown, Done, Failed };

    qint64 id = 0;
    qint64 eventId = 0;
    Kind kind = Kind::Create;
    State state = State::Queued;
    int attempts = 0;
    QString error;

    static QString kindName(Kind kind);
    static QString stateName(State state);
};

// Events, their Zoom identity and state, and the journal, on the database. Writes that go
// with an allocation run inside the allocator's transaction (Allocator::AlsoStore).
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::EventRepository)

public:
    explicit EventRepository(const Database &database);

    Result<qint64> insert(const Event &event, const QDateTime &nowUtc);
    Result<void> updateForm(qint64 id, const EventForm &form, const QDateTime &startUtc, const QDateTime &nowUtc);
    Result<Event> find(qint64 id) const;
    // Events whose session overlaps [from, to) (both invalid: all), by start.
    Result<QList<Event>> list(const QDateTime &fromUtc = {}, const QDateTime &toUtc = {}) const;
    // Events with a room and no Zoom meeting yet, not cancelled: what waits to be created.
    Result<QList<qint64>> awaitingCreation() const;
    // Events with a Zoom meeting that can still change in Zoom (not cancelled, not ended).
    Result<QList<qint64>> linkedToZoom() const;
    Result<std::optional<qint64>> findByZoomId(qint64 zoomMeetingId) const;

    Result<void> setZoom(qint64 id, qint64 meetingId, const QString &uuid, const QString &host, const QString &joinUrl,
                         const QString &zoomCopy, const QDateTime &nowUtc);
    Result<void> clearZoom(qint64 id, const QDateTime &nowUtc);
    Result<void> setSync(qint64 id, Event::Sync sync, const QString &error, const QDateTime &nowUtc);
    Result<void> setDrift(qint64 id, Event::Sync sync, const std::optional<EventDrift> &drift, const QDateTime &nowUtc);
    Result<void> setZoomCopy(qint64 id, const QString &zoomCopy, const QDateTime &nowUtc);
    Result<void> setSession(qint64 id, Event::Session session, const QDateTime &nowUtc);
    Result<void> setCancelled(qint64 id, const QDateTime &nowUtc);
    Result<void> setMarker(qint64 id, const QString &marker, const QDateTime &nowUtc);

    Result<qint64> openOperation(qint64 eventId, ZoomOperation::Kind kind, const QDateTime &nowUtc);
    Result<void> markOperation(qint64 operationId, ZoomOperation::State state, const QString &error, bool countAttempt,
                               const QDateTime &nowUtc);
    // Queued, sent and unknown operations, oldest first.
    Result<QList<ZoomOperation>> openOperations() const;
    Result<QList<ZoomOperation>> operations(qint64 eventId) const;

    static QString newMarker();

private:
    Result<void> updateEvent(qint64 id, const QString &assignments,
                             std::initializer_list<std::pair<QString, QVariant>> values, const QDateTime &nowUtc);

    const Database &m_database;
};

} // namespace Roomdesk
