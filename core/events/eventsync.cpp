// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsync.h"

#include "clock.h"
#include "eventvalidation.h"
#include "groups/grouprepository.h"
#include "rooms/allocator.h"
#include "rooms/roomrepository.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"
#include "zoom/webhookinbox.h"
#include "zoom/zoomapi.h"
#include "zoomcopy.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcEvents, "roomdesk.core.events", QtInfoMsg)
} // namespace

namespace {

constexpr qsizetype kMaxAgenda = 2000;

RoomRequestSpec requestSpec(const EventForm &form, const QDateTime &startUtc)
{
    RoomRequestSpec spec;
    spec.title = form.title.trimmed();
    spec.webinar = form.webinar;
    spec.startUtc = startUtc;
    spec.timeZone = form.timeZone.trimmed();
    spec.durationMinutes = form.durationMinutes;
    spec.waitingRoom = form.waitingRoom;
    spec.organizer = form.trainer.trimmed();
    return spec;
}

} // namespace

EventSync::EventSync(const Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_events(database)
{}

EventSync::~EventSync() = default;

void EventSync::setZoom(ZoomApi *api)
{
    m_api = api;
    m_hostTypes.clear();
}

QString EventSync::markerText(const QString &marker)
{
    return QStringLiteral("[roomdesk:%1]").arg(marker);
}

QString EventSync::agendaFor(const QString &description, const QString &marker)
{
    const QString tag = markerText(marker);
    const QString separator = description.isEmpty() ? QString() : QStringLiteral("\n\n");
    if (description.size() + separator.size() + tag.size() > kMaxAgenda)
        return description; // no room left: reconciliation falls back to topic, start and length
    return description + separator + tag;
}

QString EventSync::descriptionFrom(const QString &agenda)
{
    static const QRegularExpression tag(QStringLiteral("(\\n\\n)?\\[roomdesk:[a-z0-9]{12}\\]$"));
    QString description = agenda;
    description.remove(tag);
    return description;
}

QString EventSync::zoomCopy(const ZoomMeeting &meeting)
{
    return ZoomCopy::of(meeting).toJson();
}

MeetingSpec EventSync::specFor(const Event &event)
{
    MeetingSpec spec;
    spec.topic = event.form.effectiveConferenceName();
    spec.localStart = event.form.localStart;
    spec.timezone = event.form.timeZone;
    spec.durationMinutes = event.form.durationMinutes;
    spec.agenda = agendaFor(event.form.description, event.marker);
    spec.waitingRoom = event.form.waitingRoom;
    // Automatic admission: nobody waits, not even for the host.
    spec.joinBeforeHost = !event.form.waitingRoom;
    return spec;
}

Result<QDateTime> EventSync::startUtcOf(const EventForm &form) const
{
    const QTimeZone zone(form.timeZone.trimmed().toUtf8());
    if (!zone.isValid())
        return Error {QStringLiteral("event.invalid"),
                      EventValidation::check(EventValidation::Field::TimeZone, form).value_or(QString())};
    return QDateTime(form.localStart.date(), form.localStart.time(), zone).toUTC();
}

Result<qint64> EventSync::chosenRoom(const EventForm &form) const
{
    const QString email = form.roomEmail.trimmed().toLower();
    if (email.isEmpty())
        return qint64(0);
    auto rooms = RoomRepository(m_database).list();
    if (!rooms)
        return rooms.error();
    for (const Room &room : rooms.value()) {
        if (room.email != email)
            continue;
        if (form.webinar && !room.webinar)
            return Error {QStringLiteral("event.no_webinar_licence"),
                          tr("The room %1 has no webinar licence; choose a webinar-capable room or let Roomdesk "
                             "choose one.")
                              .arg(email)};
        return room.id;
    }
    return Error {QStringLiteral("event.unknown_room"),
                  tr("No room has the e-mail %1. “rooms list” shows the rooms.").arg(email)};
}

Result<void> EventSync::checkGroup(const EventForm &form) const
{
    if (!form.groupId)
        return {};
    if (auto group = GroupRepository(m_database).find(*form.groupId); !group)
        return Error {QStringLiteral("event.unknown_group"), group.error().message};
    return {};
}

Result<void> EventSync::checkWebinarRooms(const EventForm &form) const
{
    if (!form.webinar || !form.roomEmail.trimmed().isEmpty())
        return {};
    auto rooms = RoomRepository(m_database).list();
    if (!rooms)
        return rooms.error();
    for (const Room &room : rooms.value()) {
        if (room.webinar && room.active && room.assignment == Room::Assignment::Automatic)
            return {};
    }
    return Error {QStringLiteral("event.no_webinar_room"),
                  tr("No active, automatic room has a webinar licence, so this webinar could never get a room. "
                     "Mark a room with a webinar licence as such and activate it, or choose the room.")};
}

QStringList EventSync::warningsFor(const Event &event) const
{
    QStringList warnings;
    if (event.roomId == 0) {
        warnings << tr("No room is free at that time, buffers included (%1). The event waits for a room and is "
                       "created in Zoom as soon as one frees up; contact the administrators if it is urgent.")
                        .arg(event.pendingReason);
    }
    if (event.sync == Event::Sync::Failed || event.sync == Event::Sync::Unknown ||
        (event.sync == Event::Sync::Pending && !event.syncError.isEmpty()))
        warnings << event.syncError;
    if (event.form.capacity && event.roomId != 0) {
        auto room = RoomRepository(m_database).find(event.roomId);
        if (room && room.value().capacity && *event.form.capacity > *room.value().capacity)
            warnings << tr("The event expects %1 participants but the room %2 admits %3; the rest cannot join.")
                            .arg(*event.form.capacity)
                            .arg(room.value().name)
                            .arg(*room.value().capacity);
    }
    return warnings;
}

Result<EventSync::Outcome> EventSync::outcome(qint64 eventId) const
{
    auto event = m_events.find(eventId);
    if (!event)
        return event.error();
    return Outcome {event.value(), warningsFor(event.value())};
}

bool EventSync::linkedElsewhere(qint64 zoomMeetingId) const
{
    auto linked = m_events.findByZoomId(zoomMeetingId);
    return !linked || linked.value().has_value();
}

void EventSync::runSteps(QList<Step> steps, std::function<void()> done)
{
    if (steps.isEmpty()) {
        done();
        return;
    }
    Step first = steps.takeFirst();
    QPointer<EventSync> self(this);
    first([self, steps = std::move(steps), done = std::move(done)]() mutable {
        if (self)
            self->runSteps(std::move(steps), std::move(done));
    });
}

// ---- create, update, cancel ------------------------------------------------------------

void EventSync::create(const EventForm &form, Callback<Outcome> done)
{
    if (auto valid = EventValidation::validate(form); !valid)
        return done(valid.error());
    auto chosen = chosenRoom(form);
    if (!chosen)
        return done(chosen.error());
    if (auto group = checkGroup(form); !group)
        return done(group.error());
    if (auto webinarRooms = checkWebinarRooms(form); !webinarRooms)
        return done(webinarRooms.error());
    auto startUtc = startUtcOf(form);
    if (!startUtc)
        return done(startUtc.error());

    Event event;
    event.form = form;
    event.startUtc = startUtc.value();
    event.chosenRoomId = chosen.value();
    event.marker = EventRepository::newMarker();
    const QDateTime now = m_clock.nowUtc();
    qint64 eventId = 0;
    qint64 operationId = 0;
    auto request = Allocator(m_database)
                       .request(requestSpec(form, event.startUtc), now, event.chosenRoomId,
                                [&](const RoomRequest &made) -> Result<void> {
                                    event.requestId = made.id;
                                    const bool allocated = made.status == RoomRequest::Status::Allocated;
                                    event.sync = allocated ? Event::Sync::Pending : Event::Sync::AwaitingRoom;
                                    auto id = m_events.insert(event, now);
                                    if (!id)
                                        return id.error();
                                    eventId = id.value();
                                    if (allocated) {
                                        auto operation =
                                            m_events.openOperation(eventId, ZoomOperation::Kind::Create, now);
                                        if (!operation)
                                            return operation.error();
                                        operationId = operation.value();
                                    }
                                    return {};
                                });
    if (!request)
        return done(request.error());
    if (operationId == 0)
        return done(outcome(eventId));
    QPointer<EventSync> self(this);
    sendCreate(operationId, eventId, true, [self, eventId, done](const Result<Event> &created) {
        if (!self)
            return;
        if (!created)
            return done(created.error());
        done(self->outcome(eventId));
    });
}

void EventSync::update(qint64 id, const EventForm &form, Callback<Outcome> done)
{
    if (auto valid = EventValidation::validate(form); !valid)
        return done(valid.error());
    auto current = m_events.find(id);
    if (!current)
        return done(current.error());
    const Event &event = current.value();
    if (event.cancelled)
        return done(Error {QStringLiteral("event.cancelled"), tr("Event %1 is cancelled; it cannot change.").arg(id)});
    if (event.session != Event::Session::None)
        return done(Error {QStringLiteral("event.started"),
                           tr("Event %1 has started in Zoom already; it cannot change any more.").arg(id)});
    if (form.webinar != event.form.webinar)
        return done(EventValidation::conversionRefused(form.webinar));
    if (form.roomEmail.trimmed().toLower() != event.form.roomEmail.trimmed().toLower())
        return done(Error {QStringLiteral("event.room_change"),
                           tr("An event keeps its room when edited. To move it, use “Assign room” in the calendar "
                              "before it is created in Zoom, or cancel it and create it again.")});
    if (event.sync == Event::Sync::Drifted || event.sync == Event::Sync::DeletedInZoom)
        return done(Error {QStringLiteral("event.drifted"),
                           tr("Event %1 was changed in Zoom. Take Zoom's values or push Roomdesk's first.").arg(id)});
    if (auto group = checkGroup(form); !group)
        return done(group.error());
    auto startUtc = startUtcOf(form);
    if (!startUtc)
        return done(startUtc.error());
    const QDateTime now = m_clock.nowUtc();
    qint64 operationId = 0;
    auto rescheduled =
        Allocator(m_database)
            .reschedule(event.requestId, requestSpec(form, startUtc.value()),
                        [&](const RoomRequest &request) -> Result<void> {
                            if (auto stored = m_events.updateForm(id, form, startUtc.value(), now); !stored)
                                return stored;
                            std::optional<ZoomOperation::Kind> kind;
                            if (event.zoomMeetingId != 0)
                                kind = ZoomOperation::Kind::Update;
                            else if (request.status == RoomRequest::Status::Allocated)
                                kind = ZoomOperation::Kind::Create;
                            if (!kind)
                                return {};
                            auto operation = m_events.openOperation(id, *kind, now);
                            if (!operation)
                                return operation.error();
                            operationId = operation.value();
                            return m_events.setSync(id, Event::Sync::Pending, QString(), now);
                        });
    if (!rescheduled)
        return done(rescheduled.error());
    if (operationId == 0)
        return done(outcome(id));
    auto operation = m_events.operations(id);
    if (!operation)
        return done(operation.error());
    QPointer<EventSync> self(this);
    runOperation(operation.value().constLast(), false, [self, id, done](const Result<Event> &sent) {
        if (!self)
            return;
        if (!sent)
            return done(sent.error());
        done(self->outcome(id));
    });
}

void EventSync::cancel(qint64 id, Callback<Outcome> done)
{
    auto current = m_events.find(id);
    if (!current)
        return done(current.error());
    const Event event = current.value();
    if (event.cancelled)
        return done(Error {QStringLiteral("event.cancelled"), tr("Event %1 is cancelled already.").arg(id)});
    if (event.session == Event::Session::Started)
        return done(Error {QStringLiteral("event.started"),
                           tr("Event %1 is in progress in Zoom; end it there before cancelling it.").arg(id)});
    const QDateTime now = m_clock.nowUtc();
    qint64 operationId = 0;
    const auto alsoStore = [&]() -> Result<void> {
        if (auto cancelled = m_events.setCancelled(id, now); !cancelled)
            return cancelled;
        if (event.zoomMeetingId == 0)
            return m_events.setSync(id, Event::Sync::Synced, QString(), now);
        auto operation = m_events.openOperation(id, ZoomOperation::Kind::Delete, now);
        if (!operation)
            return operation.error();
        operationId = operation.value();
        return m_events.setSync(id, Event::Sync::Pending, QString(), now);
    };
    auto request = Allocator(m_database).find(event.requestId);
    Result<void> stored;
    if (request && request.value().status != RoomRequest::Status::Cancelled) {
        auto cancelled =
            Allocator(m_database).cancel(event.requestId, [&](const RoomRequest &) { return alsoStore(); });
        if (!cancelled)
            stored = cancelled.error();
    } else {
        stored = inWriteTransaction(m_database, alsoStore);
    }
    if (!stored)
        return done(stored.error());
    QPointer<EventSync> self(this);
    // The freed room may be what a waiting event needs: create those too.
    const auto finish = [self, id, done]() {
        if (!self)
            return;
        self->synchronize(false, nullptr, [self, id, done](const Result<SyncReport> &) {
            if (self)
                done(self->outcome(id));
        });
    };
    if (operationId == 0)
        return finish();
    // A deletion Zoom did not confirm stays in the journal; the outcome's warnings say so.
    sendDelete(operationId, id, [finish](const Result<Event> &) { finish(); });
}

// ---- the journal ----------------------------------------------------------------------

void EventSync::runOperation(const ZoomOperation &operation, bool interactive, Callback<Event> done)
{
    switch (operation.kind) {
    case ZoomOperation::Kind::Create:
        // Sent before and never answered: Zoom may have it. Look before sending again.
        if (operation.state == ZoomOperation::State::Sent || operation.state == ZoomOperation::State::Unknown)
            return reconcileCreate(operation.id, operation.eventId, interactive, std::move(done));
        return sendCreate(operation.id, operation.eventId, interactive, std::move(done));
    case ZoomOperation::Kind::Update: // a PATCH with the same values may be repeated
        return sendUpdate(operation.id, operation.eventId, std::move(done));
    case ZoomOperation::Kind::Delete: // so may a DELETE: "does not exist" is success
        return sendDelete(operation.id, operation.eventId, std::move(done));
    }
}

void EventSync::failOperation(qint64 operationId, qint64 eventId, const QString &message, bool interactive,
                              const Error &error, Callback<Event> done)
{
    const QDateTime now = m_clock.nowUtc();
    (void)m_events.markOperation(operationId, ZoomOperation::State::Failed, message, false, now);
    if (interactive) {
        // The administrator still has the form: nothing half-made stays behind.
        if (auto discarded = discard(eventId); !discarded)
            return done(discarded.error());
        return done(error);
    }
    (void)m_events.setSync(eventId, Event::Sync::Failed, message, now);
    done(error);
}

Result<void> EventSync::discard(qint64 eventId)
{
    auto event = m_events.find(eventId);
    if (!event)
        return event.error();
    const auto removeRows = [this, eventId]() -> Result<void> {
        SqlStatement operations(m_database.connection(),
                                QStringLiteral("DELETE FROM zoom_operations WHERE event_id = :id"));
        operations.bind(QStringLiteral(":id"), eventId);
        if (auto result = operations.exec(); !result)
            return result;
        SqlStatement events(m_database.connection(), QStringLiteral("DELETE FROM events WHERE id = :id"));
        events.bind(QStringLiteral(":id"), eventId);
        return events.exec();
    };
    auto cancelled =
        Allocator(m_database).cancel(event.value().requestId, [&](const RoomRequest &) { return removeRows(); });
    if (!cancelled)
        return cancelled.error();
    return {};
}

void EventSync::checkHost(const Event &event, std::function<void(std::optional<Error>)> done)
{
    const QString email = event.roomEmail;
    const auto verdict = [email](int type) -> std::optional<Error> {
        if (type == 1)
            return Error {QStringLiteral("event.basic_host"),
                          tr("The room %1 is a Basic (unlicensed) Zoom user, who cannot host scheduled meetings or "
                             "webinars. Give the user a licence in Zoom, or deactivate the room.")
                              .arg(email)};
        return std::nullopt;
    };
    if (m_hostTypes.contains(email))
        return done(verdict(m_hostTypes.value(email)));
    QPointer<EventSync> self(this);
    m_api->getUser(email, this, [self, email, verdict, done](const Result<ZoomUser, ZoomError> &user) {
        if (!self)
            return;
        if (user) {
            self->m_hostTypes.insert(email, user.value().type);
            return done(verdict(user.value().type));
        }
        if (user.error().kind == ZoomError::Kind::NotFound)
            return done(Error {QStringLiteral("event.unknown_host"),
                               tr("Zoom has no user %1, the room's host. Correct the room's e-mail.").arg(email)});
        // Without the optional user:read:user:admin scope (or with Zoom unreachable) Zoom
        // itself will refuse a Basic host; its answer is explained the same way.
        done(std::nullopt);
    });
}

void EventSync::sendCreate(qint64 operationId, qint64 eventId, bool interactive, Callback<Event> done)
{
    auto found = m_events.find(eventId);
    if (!found)
        return done(found.error());
    const Event event = found.value();
    const QDateTime checkedAt = m_clock.nowUtc();
    if (event.cancelled || event.zoomMeetingId != 0) {
        (void)m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, checkedAt);
        return done(event);
    }
    if (event.roomId == 0) {
        (void)m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, checkedAt);
        (void)m_events.setSync(eventId, Event::Sync::AwaitingRoom, QString(), checkedAt);
        return done(event);
    }
    if (!m_api) {
        const QString message = tr("Zoom is not connected: the event is saved and goes to Zoom when the connection "
                                   "is set up and Roomdesk synchronizes.");
        (void)m_events.setSync(eventId, Event::Sync::Pending, message, checkedAt);
        return done(event);
    }
    QPointer<EventSync> self(this);
    checkHost(event, [self, operationId, eventId, interactive, event, done](std::optional<Error> refused) {
        if (!self)
            return;
        if (refused)
            return self->failOperation(operationId, eventId, refused->message, interactive, *refused, done);
        // Journalled as sent before the request leaves: a crash from here on is reconciled.
        if (auto marked = self->m_events.markOperation(operationId, ZoomOperation::State::Sent, QString(), true,
                                                       self->m_clock.nowUtc());
            !marked)
            return done(marked.error());
        self->m_api->createMeeting(
            event.roomEmail, specFor(event), event.form.webinar, self,
            [self, operationId, eventId, interactive, event, done](const Result<ZoomMeeting, ZoomError> &created) {
                if (!self)
                    return;
                const QDateTime now = self->m_clock.nowUtc();
                if (created) {
                    const ZoomMeeting &meeting = created.value();
                    if (auto stored = self->m_events.setZoom(eventId, meeting.id, meeting.uuid, event.roomEmail,
                                                             meeting.joinUrl, zoomCopy(meeting), now);
                        !stored)
                        return done(stored.error());
                    (void)self->m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, now);
                    return self->sweepTwins(event, meeting.id, [self, eventId, done] {
                        if (self)
                            done(self->m_events.find(eventId));
                    });
                }
                const ZoomError &error = created.error();
                switch (error.kind) {
                case ZoomError::Kind::OutcomeUnknown:
                    (void)self->m_events.markOperation(operationId, ZoomOperation::State::Unknown, error.explanation,
                                                       false, now);
                    (void)self->m_events.setSync(eventId, Event::Sync::Unknown,
                                                 tr("Zoom's answer to the creation was lost (%1); Roomdesk looks "
                                                    "for the meeting before it tries again.")
                                                     .arg(error.explanation),
                                                 now);
                    return self->reconcileCreate(operationId, eventId, interactive, done);
                case ZoomError::Kind::Network:
                case ZoomError::Kind::RateLimited:
                case ZoomError::Kind::ServerError:
                case ZoomError::Kind::TokenRejected:
                case ZoomError::Kind::Cancelled: {
                    // Not sent, or refused before it took effect: it can simply be sent again.
                    const QString message = tr("Zoom could not be reached (%1); the event is saved and Roomdesk "
                                               "sends it again when it synchronizes.")
                                                .arg(error.explanation);
                    (void)self->m_events.markOperation(operationId, ZoomOperation::State::Queued, message, false, now);
                    (void)self->m_events.setSync(eventId, Event::Sync::Pending, message, now);
                    return done(self->m_events.find(eventId));
                }
                default:
                    return self->failOperation(operationId, eventId, error.explanation, interactive, error.toError(),
                                               done);
                }
            });
    });
}

void EventSync::reconcileCreate(qint64 operationId, qint64 eventId, bool interactive, Callback<Event> done)
{
    auto found = m_events.find(eventId);
    if (!found)
        return done(found.error());
    const Event event = found.value();
    if (!m_api || event.roomEmail.isEmpty())
        return done(event);
    QPointer<EventSync> self(this);
    auto onList = [self, operationId, eventId, interactive, event,
                   done](const Result<QList<ZoomMeeting>, ZoomError> &listed) {
        if (!self)
            return;
        const QDateTime now = self->m_clock.nowUtc();
        if (!listed) {
            const QString message = listed.error().kind == ZoomError::Kind::MissingScopes
                ? tr("Zoom's answer to the creation was lost and Roomdesk cannot look for the webinar without "
                     "the optional scope webinar:read:list_webinars:admin. Add the scope, or look in Zoom: "
                     "nothing is sent again until this is settled.")
                : tr("Zoom's answer to the creation was lost and the check failed too (%1); Roomdesk looks "
                     "again before any retry.")
                      .arg(listed.error().explanation);
            (void)self->m_events.markOperation(operationId, ZoomOperation::State::Unknown, message, false, now);
            (void)self->m_events.setSync(eventId, Event::Sync::Unknown, message, now);
            return done(self->m_events.find(eventId));
        }
        const QString tag = markerText(event.marker);
        const bool tagged = agendaFor(event.form.description, event.marker).endsWith(tag);
        std::optional<ZoomMeeting> match;
        for (const ZoomMeeting &meeting : listed.value()) {
            if (match && tagged && meeting.agenda.contains(tag)) {
                // A twin of the one adopted (see sweepTwins): deleted, whatever its answer.
                self->m_api->deleteMeeting(meeting.id, event.form.webinar, self, [](const auto &) {});
                continue;
            }
            if (match)
                continue;
            if (tagged ? meeting.agenda.contains(tag)
                       : meeting.topic == event.form.effectiveConferenceName() &&
                        meeting.durationMinutes == event.form.durationMinutes &&
                        qAbs(meeting.startTimeUtc.secsTo(event.startUtc)) < 60 && !self->linkedElsewhere(meeting.id)) {
                match = meeting;
            }
        }
        if (match)
            return self->adopt(operationId, eventId, match->id, event.form.webinar, done);
        auto operations = self->m_events.operations(eventId);
        int attempts = 0;
        if (operations) {
            for (const ZoomOperation &operation : operations.value()) {
                if (operation.id == operationId)
                    attempts = operation.attempts;
            }
        }
        if (attempts >= self->maxCreateAttempts) {
            const QString message = tr("Zoom did not create the meeting in %n attempt(s); check the connection and "
                                       "synchronize again.",
                                       nullptr, attempts);
            (void)self->m_events.markOperation(operationId, ZoomOperation::State::Queued, message, false, now);
            (void)self->m_events.setSync(eventId, Event::Sync::Pending, message, now);
            return done(self->m_events.find(eventId));
        }
        // Zoom has no such meeting: the first attempt never took effect. Now it is safe.
        self->sendCreate(operationId, eventId, interactive, done);
    };
    listHost(event, onList);
}

void EventSync::listHost(const Event &event, ZoomApi::Callback<QList<ZoomMeeting>> done)
{
    if (event.form.webinar)
        m_api->listHostWebinars(event.roomEmail, QStringLiteral("scheduled"), this, std::move(done));
    else
        m_api->listHostMeetings(event.roomEmail, QStringLiteral("scheduled"), this, std::move(done));
}

void EventSync::sweepTwins(const Event &event, qint64 keptId, std::function<void()> done)
{
    const QString tag = markerText(event.marker);
    if (!m_api || !agendaFor(event.form.description, event.marker).endsWith(tag))
        return done();
    QPointer<EventSync> self(this);
    const bool webinar = event.form.webinar;
    listHost(event, [self, tag, keptId, webinar, done](const Result<QList<ZoomMeeting>, ZoomError> &listed) {
        if (!self)
            return;
        QList<Step> deletions;
        if (listed) {
            for (const ZoomMeeting &meeting : listed.value()) {
                if (meeting.id == keptId || !meeting.agenda.contains(tag))
                    continue;
                const qint64 twin = meeting.id;
                deletions.append([self, twin, webinar](std::function<void()> next) {
                    qCInfo(lcEvents) << "Deleting a twin meeting Zoom created from a repeated request" << twin;
                    self->m_api->deleteMeeting(twin, webinar, self, [next](const auto &) { next(); });
                });
            }
        }
        self->runSteps(deletions, done);
    });
}

void EventSync::adopt(qint64 operationId, qint64 eventId, qint64 meetingId, bool webinar, Callback<Event> done)
{
    QPointer<EventSync> self(this);
    m_api->getMeeting(
        meetingId, webinar, this, [self, operationId, eventId, done](const Result<ZoomMeeting, ZoomError> &meeting) {
            if (!self)
                return;
            const QDateTime now = self->m_clock.nowUtc();
            if (!meeting) {
                const QString message = tr("Zoom has the meeting but Roomdesk could not read it (%1); "
                                           "it tries again when it synchronizes.")
                                            .arg(meeting.error().explanation);
                (void)self->m_events.markOperation(operationId, ZoomOperation::State::Unknown, message, false, now);
                (void)self->m_events.setSync(eventId, Event::Sync::Unknown, message, now);
                return done(self->m_events.find(eventId));
            }
            const ZoomMeeting &m = meeting.value();
            if (auto stored = self->m_events.setZoom(eventId, m.id, m.uuid, m.hostEmail, m.joinUrl, zoomCopy(m), now);
                !stored)
                return done(stored.error());
            (void)self->m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, now);
            done(self->m_events.find(eventId));
        });
}

void EventSync::sendUpdate(qint64 operationId, qint64 eventId, Callback<Event> done)
{
    auto found = m_events.find(eventId);
    if (!found)
        return done(found.error());
    const Event event = found.value();
    const QDateTime checkedAt = m_clock.nowUtc();
    if (event.zoomMeetingId == 0 || event.cancelled) {
        (void)m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, checkedAt);
        return done(event);
    }
    if (!m_api) {
        (void)m_events.setSync(eventId, Event::Sync::Pending,
                               tr("Zoom is not connected: the change goes to Zoom when Roomdesk synchronizes."),
                               checkedAt);
        return done(event);
    }
    (void)m_events.markOperation(operationId, ZoomOperation::State::Sent, QString(), true, checkedAt);
    QPointer<EventSync> self(this);
    m_api->updateMeeting(
        event.zoomMeetingId, specFor(event), event.form.webinar, this,
        [self, operationId, eventId, event, done](const Result<void, ZoomError> &updated) {
            if (!self)
                return;
            const QDateTime now = self->m_clock.nowUtc();
            if (updated)
                return self->adopt(operationId, eventId, event.zoomMeetingId, event.form.webinar, done);
            const ZoomError &error = updated.error();
            if (error.kind == ZoomError::Kind::NotFound) {
                (void)self->m_events.markOperation(operationId, ZoomOperation::State::Failed, error.explanation, false,
                                                   now);
                (void)self->m_events.setDrift(eventId, Event::Sync::DeletedInZoom, EventDrift::deleted(), now);
                return done(self->m_events.find(eventId));
            }
            const bool retry = error.kind == ZoomError::Kind::Network ||
                error.kind == ZoomError::Kind::OutcomeUnknown || error.kind == ZoomError::Kind::ServerError ||
                error.kind == ZoomError::Kind::RateLimited;
            const QString message = retry ? tr("Zoom did not confirm the change (%1); Roomdesk sends it again when it "
                                               "synchronizes.")
                                                .arg(error.explanation)
                                          : error.explanation;
            (void)self->m_events.markOperation(
                operationId, retry ? ZoomOperation::State::Queued : ZoomOperation::State::Failed, message, false, now);
            (void)self->m_events.setSync(eventId, retry ? Event::Sync::Pending : Event::Sync::Failed, message, now);
            done(self->m_events.find(eventId));
        });
}

void EventSync::sendDelete(qint64 operationId, qint64 eventId, Callback<Event> done)
{
    auto found = m_events.find(eventId);
    if (!found)
        return done(found.error());
    const Event event = found.value();
    const QDateTime checkedAt = m_clock.nowUtc();
    if (event.zoomMeetingId == 0) {
        (void)m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, checkedAt);
        (void)m_events.setSync(eventId, Event::Sync::Synced, QString(), checkedAt);
        return done(event);
    }
    if (!m_api) {
        (void)m_events.setSync(eventId, Event::Sync::Pending,
                               tr("Zoom is not connected: the meeting is deleted in Zoom when Roomdesk "
                                  "synchronizes."),
                               checkedAt);
        return done(event);
    }
    (void)m_events.markOperation(operationId, ZoomOperation::State::Sent, QString(), true, checkedAt);
    QPointer<EventSync> self(this);
    m_api->deleteMeeting(
        event.zoomMeetingId, event.form.webinar, this,
        [self, operationId, eventId, done](const Result<void, ZoomError> &deleted) {
            if (!self)
                return;
            const QDateTime now = self->m_clock.nowUtc();
            if (deleted || deleted.error().kind == ZoomError::Kind::NotFound) {
                (void)self->m_events.markOperation(operationId, ZoomOperation::State::Done, QString(), false, now);
                (void)self->m_events.setSync(eventId, Event::Sync::Synced, QString(), now);
                return done(self->m_events.find(eventId));
            }
            const ZoomError &error = deleted.error();
            const bool retry = error.kind == ZoomError::Kind::Network ||
                error.kind == ZoomError::Kind::OutcomeUnknown || error.kind == ZoomError::Kind::ServerError ||
                error.kind == ZoomError::Kind::RateLimited;
            const QString message = retry
                ? tr("Cancelled in Roomdesk, but Zoom did not confirm the deletion (%1); Roomdesk tries again "
                     "when it synchronizes.")
                      .arg(error.explanation)
                : tr("Cancelled in Roomdesk, but Zoom refused to delete the meeting: %1 Delete it in Zoom.")
                      .arg(error.explanation);
            (void)self->m_events.markOperation(
                operationId, retry ? ZoomOperation::State::Queued : ZoomOperation::State::Failed, message, false, now);
            (void)self->m_events.setSync(eventId, retry ? Event::Sync::Pending : Event::Sync::Failed, message, now);
            done(self->m_events.find(eventId));
        });
}

// ---- synchronizing, drift, start links ------------------------------------------------

void EventSync::synchronize(bool checkDrift, WebhookInbox *inbox, Callback<SyncReport> done)
{
    auto report = std::make_shared<SyncReport>();
    const QList<qint64> changedInZoom = inbox ? processWebhooks(inbox, report.get()) : QList<qint64>();
    auto open = m_events.openOperations();
    if (!open)
        return done(open.error());
    QList<Step> steps;
    QPointer<EventSync> self(this);
    for (const ZoomOperation &operation : open.value()) {
        steps.append([self, operation, report](std::function<void()> next) {
            self->runOperation(operation, false, [self, report, operation, next](const Result<Event> &ran) {
                if (self) {
                    auto after = self->m_events.operations(operation.eventId);
                    bool closed = false;
                    if (after) {
                        for (const ZoomOperation &o : after.value()) {
                            if (o.id == operation.id)
                                closed = o.state == ZoomOperation::State::Done;
                        }
                    }
                    if (closed)
                        ++report->operationsFinished;
                    else if (!ran)
                        report->problems << ran.error().message;
                    else if (!ran.value().syncError.isEmpty())
                        report->problems << tr("Event %1: %2").arg(ran.value().id).arg(ran.value().syncError);
                }
                next();
            });
        });
    }
    // Events that got a room since (a cancellation, a new room): create them now.
    steps.append([self, report](std::function<void()> next) {
        auto waiting = self->m_events.awaitingCreation();
        if (!waiting || waiting.value().isEmpty())
            return next();
        QList<Step> creations;
        for (qint64 eventId : waiting.value()) {
            creations.append([self, eventId, report](std::function<void()> created) {
                auto operation =
                    self->m_events.openOperation(eventId, ZoomOperation::Kind::Create, self->m_clock.nowUtc());
                if (!operation) {
                    report->problems << operation.error().message;
                    return created();
                }
                (void)self->m_events.setSync(eventId, Event::Sync::Pending, QString(), self->m_clock.nowUtc());
                self->sendCreate(operation.value(), eventId, false, [report, created](const Result<Event> &made) {
                    if (made && made.value().zoomMeetingId != 0)
                        ++report->created;
                    else if (!made)
                        report->problems << made.error().message;
                    created();
                });
            });
        }
        self->runSteps(creations, next);
    });
    if (!checkDrift) {
        for (qint64 eventId : changedInZoom)
            steps.append(
                [self, eventId, report](std::function<void()> next) { self->checkOne(eventId, report.get(), next); });
    } else {
        steps.append([self, report](std::function<void()> next) {
            auto linked = self->m_events.linkedToZoom();
            if (!linked)
                return next();
            QList<Step> checks;
            for (qint64 eventId : linked.value())
                checks.append([self, eventId, report](std::function<void()> checked) {
                    self->checkOne(eventId, report.get(), checked);
                });
            self->runSteps(checks, next);
        });
    }
    runSteps(steps, [report, done]() { done(*report); });
}

void EventSync::checkOne(qint64 eventId, SyncReport *report, std::function<void()> next)
{
    auto found = m_events.find(eventId);
    if (!found || !m_api)
        return next();
    const Event event = found.value();
    // An operation still open owns the event's state.
    if (event.sync == Event::Sync::Pending || event.sync == Event::Sync::Unknown)
        return next();
    QPointer<EventSync> self(this);
    m_api->getMeeting(
        event.zoomMeetingId, event.form.webinar, this,
        [self, event, report, next](const Result<ZoomMeeting, ZoomError> &meeting) {
            if (!self)
                return;
            const QDateTime now = self->m_clock.nowUtc();
            if (!meeting) {
                if (meeting.error().kind == ZoomError::Kind::NotFound) {
                    (void)self->m_events.setDrift(event.id, Event::Sync::DeletedInZoom, EventDrift::deleted(), now);
                    ++report->deletedInZoom;
                } else {
                    report->problems << tr("Event %1: %2").arg(event.id).arg(meeting.error().explanation);
                }
                return next();
            }
            const ZoomMeeting &m = meeting.value();
            if (m.status == QLatin1String("started") && event.session == Event::Session::None)
                (void)self->m_events.setSession(event.id, Event::Session::Started, now);
            const ZoomCopy theirs = ZoomCopy::of(m);
            const QStringList changed = theirs.differencesFrom(ZoomCopy::fromJson(event.zoomCopy));
            if (changed.isEmpty()) {
                if (event.sync == Event::Sync::Drifted)
                    (void)self->m_events.setDrift(event.id, Event::Sync::Synced, std::nullopt, now);
                return next();
            }
            (void)self->m_events.setDrift(event.id, Event::Sync::Drifted, EventDrift::changed(theirs, changed), now);
            ++report->drifted;
            next();
        });
}

QList<qint64> EventSync::processWebhooks(WebhookInbox *inbox, SyncReport *report)
{
    QList<qint64> changed;
    auto pending = inbox->pending();
    if (!pending)
        return changed;
    const QDateTime now = m_clock.nowUtc();
    for (const WebhookInboxEvent &received : pending.value()) {
        // Zoom sends the meeting's id as a number (a string in some events).
        const nlohmann::json body = nlohmann::json::parse(received.body.toStdString(), nullptr, false);
        qint64 zoomId = 0;
        if (body.is_object() && body.contains("payload") && body["payload"].is_object() &&
            body["payload"].contains("object") && body["payload"]["object"].is_object()) {
            const nlohmann::json id = body["payload"]["object"].value("id", nlohmann::json());
            if (id.is_number_integer())
                zoomId = id.get<qint64>();
            else if (id.is_number())
                zoomId = qint64(id.get<double>());
            else if (id.is_string())
                zoomId = QString::fromStdString(id.get<std::string>()).toLongLong();
        }
        auto eventId = m_events.findByZoomId(zoomId);
        if (eventId && eventId.value()) {
            const QString name = received.event;
            if (name.endsWith(QLatin1String(".started"))) {
                (void)m_events.setSession(*eventId.value(), Event::Session::Started, now);
            } else if (name.endsWith(QLatin1String(".ended"))) {
                (void)m_events.setSession(*eventId.value(), Event::Session::Ended, now);
                ++report->ended;
            } else if (name.endsWith(QLatin1String(".updated"))) {
                changed.append(*eventId.value());
            } else if (name.endsWith(QLatin1String(".deleted"))) {
                auto event = m_events.find(*eventId.value());
                // Our own deletion comes back as a webhook too.
                if (event && !event.value().cancelled) {
                    (void)m_events.setDrift(*eventId.value(), Event::Sync::DeletedInZoom, EventDrift::deleted(), now);
                    ++report->deletedInZoom;
                }
            }
        }
        (void)inbox->markProcessed(received.id);
    }
    return changed;
}

void EventSync::resolveDrift(qint64 id, DriftChoice choice, Callback<Outcome> done)
{
    auto found = m_events.find(id);
    if (!found)
        return done(found.error());
    const Event event = found.value();
    if (event.sync != Event::Sync::Drifted && event.sync != Event::Sync::DeletedInZoom)
        return done(Error {QStringLiteral("event.not_drifted"),
                           tr("Event %1 matches Zoom's copy; there is nothing to resolve.").arg(id)});
    const QDateTime now = m_clock.nowUtc();
    QPointer<EventSync> self(this);
    const auto finish = [self, id, done](const Result<Event> &ran) {
        if (!self)
            return;
        if (!ran)
            return done(ran.error());
        done(self->outcome(id));
    };
    if (event.sync == Event::Sync::DeletedInZoom) {
        if (choice == DriftChoice::TakeZoom) {
            // Zoom's value is "gone": the event is cancelled here too and its room freed.
            auto cancelled = Allocator(m_database).cancel(event.requestId, [&](const RoomRequest &) -> Result<void> {
                if (auto c = m_events.setCancelled(id, now); !c)
                    return c;
                return m_events.setDrift(id, Event::Sync::Synced, std::nullopt, now);
            });
            if (!cancelled)
                return done(cancelled.error());
            return synchronize(false, nullptr, [self, id, done](const Result<SyncReport> &) {
                if (self)
                    done(self->outcome(id));
            });
        }
        // Ours: created again, under a new marker so the old meeting is never mistaken for it.
        qint64 operationId = 0;
        auto stored = inWriteTransaction(m_database, [&]() -> Result<void> {
            if (auto cleared = m_events.clearZoom(id, now); !cleared)
                return cleared;
            if (auto marked = m_events.setMarker(id, EventRepository::newMarker(), now); !marked)
                return marked;
            auto operation = m_events.openOperation(id, ZoomOperation::Kind::Create, now);
            if (!operation)
                return operation.error();
            operationId = operation.value();
            return m_events.setDrift(id, Event::Sync::Pending, std::nullopt, now);
        });
        if (!stored)
            return done(stored.error());
        return sendCreate(operationId, id, false, finish);
    }
    if (choice == DriftChoice::PushOurs) {
        auto operation = m_events.openOperation(id, ZoomOperation::Kind::Update, now);
        if (!operation)
            return done(operation.error());
        (void)m_events.setDrift(id, Event::Sync::Pending, std::nullopt, now);
        return sendUpdate(operation.value(), id, finish);
    }
    // Zoom's values become Roomdesk's: the room booking follows the new time.
    const ZoomCopy zoom = event.drift ? event.drift->zoom : ZoomCopy {};
    EventForm form = event.form;
    if (!zoom.topic.isEmpty())
        form.conferenceName = zoom.topic;
    if (zoom.durationMinutes > 0)
        form.durationMinutes = zoom.durationMinutes;
    form.description = descriptionFrom(zoom.agenda);
    if (zoom.waitingRoom)
        form.waitingRoom = *zoom.waitingRoom;
    if (!zoom.timeZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoom.timeZone.toUtf8()))
        form.timeZone = zoom.timeZone;
    const QDateTime startUtc = zoom.startUtc();
    if (startUtc.isValid()) {
        const QDateTime local = startUtc.toTimeZone(QTimeZone(form.timeZone.toUtf8()));
        form.localStart = QDateTime(local.date(), local.time());
    }
    if (auto valid = EventValidation::validate(form); !valid)
        return done(
            Error {QStringLiteral("event.drift_invalid"),
                   tr("Zoom's values cannot be taken: %1 Push Roomdesk's values instead.").arg(valid.error().message)});
    auto start = startUtcOf(form);
    if (!start)
        return done(start.error());
    const QString fresh = zoom.toJson();
    auto rescheduled =
        Allocator(m_database)
            .reschedule(event.requestId, requestSpec(form, start.value()), [&](const RoomRequest &) -> Result<void> {
                if (auto s = m_events.updateForm(id, form, start.value(), now); !s)
                    return s;
                return m_events.setZoomCopy(id, fresh, now);
            });
    if (!rescheduled)
        return done(Error {rescheduled.error().code,
                           tr("Zoom's new time does not fit the room: %1 Push Roomdesk's values instead.")
                               .arg(rescheduled.error().message)});
    done(outcome(id));
}

void EventSync::startUrl(qint64 id, Callback<QString> done)
{
    auto found = m_events.find(id);
    if (!found)
        return done(found.error());
    if (found.value().zoomMeetingId == 0)
        return done(Error {QStringLiteral("event.not_in_zoom"),
                           tr("Event %1 has no Zoom meeting yet, so it has no start link.").arg(id)});
    if (!m_api)
        return done(Error {QStringLiteral("event.not_connected"), tr("Zoom is not connected.")});
    QPointer<EventSync> self(this);
    m_api->getMeeting(found.value().zoomMeetingId, found.value().form.webinar, this,
                      [self, done](const Result<ZoomMeeting, ZoomError> &meeting) {
                          if (!self)
                              return;
                          if (!meeting)
                              return done(meeting.error().toError());
                          done(meeting.value().startUrl);
                      });
}

} // namespace Roomdesk
