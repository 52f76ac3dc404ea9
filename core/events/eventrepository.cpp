// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrepository.h"

#include "rooms/allocator.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace Roomdesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.title, e.conference_name, e.kind, e.start_ms, e.time_zone, e.duration_minutes, "
    "e.chosen_room_id, e.location, e.capacity, e.trainer, e.waiting_room, e.description, e.group_id, "
    "e.request_id, e.cancelled, e.marker, e.zoom_meeting_id, e.zoom_uuid, e.zoom_host, e.join_url, e.zoom_session, "
    "e.sync_state, e.sync_error, e.zoom_copy, e.drift, e.created_at, e.updated_at, "
    "r.status, r.room_id, r.reason, rm.name, rm.email, cr.email, g.platform, g.link "
    "FROM events e LEFT JOIN room_requests r ON r.id = e.request_id "
    "LEFT JOIN participant_groups g ON g.id = e.group_id "
    "LEFT JOIN rooms rm ON rm.id = r.room_id AND r.status = 'allocated' "
    "LEFT JOIN rooms cr ON cr.id = e.chosen_room_id ");

// SQLite stores a null QString as NULL; text columns here are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Event::Session sessionFromName(const QString &name)
{
    if (name == QLatin1String("started"))
        return Event::Session::Started;
    if (name == QLatin1String("ended"))
        return Event::Session::Ended;
    return Event::Session::None;
}

QString sessionName(Event::Session session)
{
    switch (session) {
    case Event::Session::Started:
        return QStringLiteral("started");
    case Event::Session::Ended:
        return QStringLiteral("ended");
    case Event::Session::None:
        break;
    }
    return QStringLiteral("none");
}

Event readEvent(SqlStatement &select)
{
    Event event;
    event.id = select.value(0).toLongLong();
    event.form.title = select.value(1).toString();
    event.form.conferenceName = select.value(2).toString();
    event.form.webinar = select.value(3).toString() == QLatin1String("webinar");
    event.startUtc = fromMs(select.value(4));
    event.form.timeZone = select.value(5).toString();
    const QTimeZone zone(event.form.timeZone.toUtf8());
    const QDateTime local = event.startUtc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    event.form.localStart = QDateTime(local.date(), local.time());
    event.form.durationMinutes = select.value(6).toInt();
    event.chosenRoomId = select.value(7).toLongLong();
    event.form.location = select.value(8).toString();
    if (!select.value(9).isNull())
        event.form.capacity = select.value(9).toInt();
    event.form.trainer = select.value(10).toString();
    event.form.waitingRoom = select.value(11).toBool();
    event.form.description = select.value(12).toString();
    if (!select.value(13).isNull())
        event.form.groupId = select.value(13).toLongLong();
    event.requestId = select.value(14).toLongLong();
    event.cancelled = select.value(15).toBool();
    event.marker = select.value(16).toString();
    event.zoomMeetingId = select.value(17).toLongLong();
    event.zoomUuid = select.value(18).toString();
    event.zoomHost = select.value(19).toString();
    event.joinUrl = select.value(20).toString();
    event.session = sessionFromName(select.value(21).toString());
    event.sync = Event::syncFromName(select.value(22).toString()).value_or(Event::Sync::Failed);
    event.syncError = select.value(23).toString();
    event.zoomCopy = select.value(24).toString();
    event.drift = EventDrift::fromJson(select.value(25).toString());
    event.createdAtUtc = QDateTime::fromString(select.value(26).toString(), Qt::ISODateWithMs);
    event.updatedAtUtc = QDateTime::fromString(select.value(27).toString(), Qt::ISODateWithMs);
    const QString requestStatus = select.value(28).toString();
    if (requestStatus == QLatin1String("allocated")) {
        event.roomId = select.value(29).toLongLong();
        event.roomName = select.value(31).toString();
        event.roomEmail = select.value(32).toString();
    } else if (requestStatus == QLatin1String("pending")) {
        event.pendingReason = Allocator::reasonText(select.value(30).toString());
    }
    event.form.roomEmail = select.value(33).toString();
    event.groupPlatform = LinkValidator::fromName(select.value(34).toString());
    event.groupLink = select.value(35).toString();
    return event;
}

Result<void> execOne(SqlStatement &statement, qint64 id)
{
    if (auto result = statement.exec(); !result)
        return result;
    if (statement.query().numRowsAffected() == 0)
        return Error {QStringLiteral("event.not_found"), EventRepository::tr("There is no event %1.").arg(id)};
    return {};
}

} // namespace

QString ZoomOperation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString ZoomOperation::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

EventRepository::EventRepository(const Database &database)
    : m_database(database)
{}

QString EventRepository::newMarker()
{
    // 12 characters of a 32-letter alphabet: 60 bits, unique per event across the account.
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString marker;
    for (int i = 0; i < 12; ++i)
        marker.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    return marker;
}

Result<qint64> EventRepository::insert(const Event &event, const QDateTime &nowUtc)
{
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO events (title, conference_name, kind, start_ms, time_zone, duration_minutes, chosen_room_id, "
            "location, capacity, trainer, waiting_room, description, group_id, request_id, marker, sync_state, "
            "created_at, updated_at) VALUES (:title, :conference, :kind, :start, :zone, :duration, :chosen, "
            ":location, :capacity, :trainer, :waiting, :description, :group, :request, :marker, :sync, :now, :now)"));
    const EventForm &form = event.form;
    insert.bind(QStringLiteral(":title"), text(form.title.trimmed()))
        .bind(QStringLiteral(":conference"), text(form.effectiveConferenceName()))
        .bind(QStringLiteral(":kind"), form.webinar ? QStringLiteral("webinar") : QStringLiteral("meeting"))
        .bind(QStringLiteral(":start"), event.startUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":zone"), text(form.timeZone.trimmed()))
        .bind(QStringLiteral(":duration"), form.durationMinutes)
        .bind(QStringLiteral(":chosen"),
              event.chosenRoomId ? QVariant(event.chosenRoomId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":location"), text(form.location.trimmed()))
        .bind(QStringLiteral(":capacity"),
              form.capacity ? QVariant(*form.capacity) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":trainer"), text(form.trainer.trimmed()))
        .bind(QStringLiteral(":waiting"), form.waitingRoom ? 1 : 0)
        .bind(QStringLiteral(":description"), form.description.isNull() ? QStringLiteral("") : form.description)
        .bind(QStringLiteral(":group"),
              form.groupId ? QVariant(*form.groupId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":request"), event.requestId)
        .bind(QStringLiteral(":marker"), event.marker)
        .bind(QStringLiteral(":sync"), Event::syncName(event.sync))
        .bind(QStringLiteral(":now"), iso(nowUtc));
    if (auto result = insert.exec(); !result)
        return result.error();
    return insert.query().lastInsertId().toLongLong();
}

Result<void> EventRepository::updateForm(qint64 id, const EventForm &form, const QDateTime &startUtc,
                                         const QDateTime &nowUtc)
{
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE events SET title = :title, conference_name = :conference, start_ms = :start, "
                       "time_zone = :zone, duration_minutes = :duration, location = :location, capacity = :capacity, "
                       "trainer = :trainer, waiting_room = :waiting, description = :description, group_id = :group, "
                       "updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":title"), text(form.title.trimmed()))
        .bind(QStringLiteral(":conference"), text(form.effectiveConferenceName()))
        .bind(QStringLiteral(":start"), startUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":zone"), text(form.timeZone.trimmed()))
        .bind(QStringLiteral(":duration"), form.durationMinutes)
        .bind(QStringLiteral(":location"), text(form.location.trimmed()))
        .bind(QStringLiteral(":capacity"),
              form.capacity ? QVariant(*form.capacity) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":trainer"), text(form.trainer.trimmed()))
        .bind(QStringLiteral(":waiting"), form.waitingRoom ? 1 : 0)
        .bind(QStringLiteral(":description"), form.description.isNull() ? QStringLiteral("") : form.description)
        .bind(QStringLiteral(":group"),
              form.groupId ? QVariant(*form.groupId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":now"), iso(nowUtc))
        .bind(QStringLiteral(":id"), id);
    return execOne(update, id);
}

Result<Event> EventRepository::find(qint64 id) const
{
    SqlStatement select(m_database.connection(), kSelect + QStringLiteral("WHERE e.id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return Error {QStringLiteral("event.not_found"), tr("There is no event %1.").arg(id)};
    return readEvent(select);
}

Result<QList<Event>> EventRepository::list(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    const bool ranged = fromUtc.isValid() && toUtc.isValid();
    // Sessions last at most a day: the start index bounds the scan.
    SqlStatement select(m_database.connection(),
                        kSelect +
                            (ranged ? QStringLiteral("WHERE e.start_ms < :to AND e.start_ms > :earliest AND "
                                                     "e.start_ms + e.duration_minutes * 60000 > :from ")
                                    : QString()) +
                            QStringLiteral("ORDER BY e.start_ms, e.id"));
    if (ranged) {
        select.bind(QStringLiteral(":to"), toUtc.toMSecsSinceEpoch())
            .bind(QStringLiteral(":from"), fromUtc.toMSecsSinceEpoch())
            .bind(QStringLiteral(":earliest"), fromUtc.toMSecsSinceEpoch() - qint64(24) * 3600 * 1000);
    }
    if (auto result = select.exec(); !result)
        return result.error();
    QList<Event> events;
    while (select.next())
        events.append(readEvent(select));
    return events;
}

namespace {

Result<QList<qint64>> ids(const Database &database, const QString &sql)
{
    SqlStatement select(database.connection(), sql);
    if (auto result = select.exec(); !result)
        return result.error();
    QList<qint64> found;
    while (select.next())
        found.append(select.value(0).toLongLong());
    return found;
}

} // namespace

Result<QList<qint64>> EventRepository::awaitingCreation() const
{
    return ids(m_database,
               QStringLiteral("SELECT e.id FROM events e JOIN room_requests r ON r.id = e.request_id "
                              "WHERE e.cancelled = 0 AND e.zoom_meeting_id IS NULL AND r.status = "
                              "'allocated' AND e.sync_state IN ('awaiting_room', 'pending') AND NOT "
                              "EXISTS (SELECT 1 FROM zoom_operations o WHERE o.event_id = e.id AND "
                              "o.state IN ('queued', 'sent', 'unknown')) ORDER BY e.id"));
}

Result<QList<qint64>> EventRepository::linkedToZoom() const
{
    return ids(m_database,
               QStringLiteral("SELECT id FROM events WHERE cancelled = 0 AND zoom_meeting_id IS NOT NULL "
                              "AND zoom_session <> 'ended' ORDER BY start_ms, id"));
}

Result<std::optional<qint64>> EventRepository::findByZoomId(qint64 zoomMeetingId) const
{
    SqlStatement select(m_database.connection(), QStringLiteral("SELECT id FROM events WHERE zoom_meeting_id = :id"));
    select.bind(QStringLiteral(":id"), zoomMeetingId);
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return std::optional<qint64>();
    return std::optional<qint64>(select.value(0).toLongLong());
}

Result<void> EventRepository::updateEvent(qint64 id, const QString &assignments,
                                          std::initializer_list<std::pair<QString, QVariant>> values,
                                          const QDateTime &nowUtc)
{
    // `assignments` is one of this file's constant column lists; every value is bound.
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE events SET ") + assignments +
                            QStringLiteral(", updated_at = :now WHERE id = :id"));
    for (const auto &[placeholder, value] : values)
        update.bind(placeholder, value);
    update.bind(QStringLiteral(":now"), iso(nowUtc)).bind(QStringLiteral(":id"), id);
    return execOne(update, id);
}

Result<void> EventRepository::setZoom(qint64 id, qint64 meetingId, const QString &uuid, const QString &host,
                                      const QString &joinUrl, const QString &zoomCopy, const QDateTime &nowUtc)
{
    return updateEvent(id,
                       QStringLiteral("zoom_meeting_id = :meeting, zoom_uuid = :uuid, zoom_host = :host, join_url = "
                                      ":join, zoom_copy = :copy, sync_state = 'synced', sync_error = '', drift = ''"),
                       {{QStringLiteral(":meeting"), meetingId},
                        {QStringLiteral(":uuid"), text(uuid)},
                        {QStringLiteral(":host"), text(host)},
                        {QStringLiteral(":join"), text(joinUrl)},
                        {QStringLiteral(":copy"), text(zoomCopy)}},
                       nowUtc);
}

Result<void> EventRepository::clearZoom(qint64 id, const QDateTime &nowUtc)
{
    return updateEvent(id,
                       QStringLiteral("zoom_meeting_id = NULL, zoom_uuid = '', join_url = '', zoom_copy = '', "
                                      "drift = ''"),
                       {}, nowUtc);
}

Result<void> EventRepository::setSync(qint64 id, Event::Sync sync, const QString &error, const QDateTime &nowUtc)
{
    return updateEvent(id, QStringLiteral("sync_state = :sync, sync_error = :error"),
                       {{QStringLiteral(":sync"), Event::syncName(sync)}, {QStringLiteral(":error"), text(error)}},
                       nowUtc);
}

Result<void> EventRepository::setDrift(qint64 id, Event::Sync sync, const std::optional<EventDrift> &drift,
                                       const QDateTime &nowUtc)
{
    return updateEvent(id, QStringLiteral("sync_state = :sync, drift = :drift"),
                       {{QStringLiteral(":sync"), Event::syncName(sync)},
                        {QStringLiteral(":drift"), drift ? drift->toJson() : QStringLiteral("")}},
                       nowUtc);
}

Result<void> EventRepository::setZoomCopy(qint64 id, const QString &zoomCopy, const QDateTime &nowUtc)
{
    return updateEvent(id, QStringLiteral("zoom_copy = :copy, sync_state = 'synced', sync_error = '', drift = ''"),
                       {{QStringLiteral(":copy"), text(zoomCopy)}}, nowUtc);
}

Result<void> EventRepository::setSession(qint64 id, Event::Session session, const QDateTime &nowUtc)
{
    return updateEvent(id, QStringLiteral("zoom_session = :session"),
                       {{QStringLiteral(":session"), sessionName(session)}}, nowUtc);
}

Result<void> EventRepository::setCancelled(qint64 id, const QDateTime &nowUtc)
{
    return updateEvent(id, QStringLiteral("cancelled = 1"), {}, nowUtc);
}

Result<void> EventRepository::setMarker(qint64 id, const QString &marker, const QDateTime &nowUtc)
{
    return updateEvent(id, QStringLiteral("marker = :marker"), {{QStringLiteral(":marker"), text(marker)}}, nowUtc);
}

Result<qint64> EventRepository::openOperation(qint64 eventId, ZoomOperation::Kind kind, const QDateTime &nowUtc)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO zoom_operations (event_id, operation, state, created_at, "
                                       "updated_at) VALUES (:event, :operation, 'queued', :now, :now)"));
    insert.bind(QStringLiteral(":event"), eventId)
        .bind(QStringLiteral(":operation"), ZoomOperation::kindName(kind))
        .bind(QStringLiteral(":now"), iso(nowUtc));
    if (auto result = insert.exec(); !result)
        return result.error();
    return insert.query().lastInsertId().toLongLong();
}

Result<void> EventRepository::markOperation(qint64 operationId, ZoomOperation::State state, const QString &error,
                                            bool countAttempt, const QDateTime &nowUtc)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE zoom_operations SET state = :state, error = :error, attempts = "
                                       "attempts + :count, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":state"), ZoomOperation::stateName(state))
        .bind(QStringLiteral(":error"), error.isNull() ? QStringLiteral("") : error)
        .bind(QStringLiteral(":count"), countAttempt ? 1 : 0)
        .bind(QStringLiteral(":now"), iso(nowUtc))
        .bind(QStringLiteral(":id"), operationId);
    return execOne(update, operationId);
}

namespace {

Result<QList<ZoomOperation>> readOperations(SqlStatement &select)
{
    if (auto result = select.exec(); !result)
        return result.error();
    QList<ZoomOperation> found;
    while (select.next()) {
        ZoomOperation operation;
        operation.id = select.value(0).toLongLong();
        operation.eventId = select.value(1).toLongLong();
        const QString kind = select.value(2).toString();
        operation.kind = kind == QLatin1String("create") ? ZoomOperation::Kind::Create
            : kind == QLatin1String("update")            ? ZoomOperation::Kind::Update
                                                         : ZoomOperation::Kind::Delete;
        const QString state = select.value(3).toString();
        for (auto candidate : {ZoomOperation::State::Queued, ZoomOperation::State::Sent, ZoomOperation::State::Unknown,
                               ZoomOperation::State::Done, ZoomOperation::State::Failed}) {
            if (ZoomOperation::stateName(candidate) == state)
                operation.state = candidate;
        }
        operation.attempts = select.value(4).toInt();
        operation.error = select.value(5).toString();
        found.append(operation);
    }
    return found;
}

} // namespace

Result<QList<ZoomOperation>> EventRepository::openOperations() const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, event_id, operation, state, attempts, error FROM zoom_operations "
                                       "WHERE state IN ('queued', 'sent', 'unknown') ORDER BY id"));
    return readOperations(select);
}

Result<QList<ZoomOperation>> EventRepository::operations(qint64 eventId) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, event_id, operation, state, attempts, error FROM zoom_operations "
                                       "WHERE event_id = :event ORDER BY id"));
    select.bind(QStringLiteral(":event"), eventId);
    return readOperations(select);
}

} // namespace Roomdesk
