// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "eventrepository.h"
#include "result.h"
#include "zoom/zoomapi.h"
#include "zoom/zoomerror.h"
#include "zoom/zoomtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Roomdesk {

class Clock;
class Database;
class ZoomApi;
class WebhookInbox;
struct Room;

// Events and their Zoom meetings and webinars (DESIGN §4, §5). Saving allocates a room and
// creates the meeting (type 2) or webinar (type 5) under the room's host; editing patches
// it; cancelling deletes it and frees the room. Every Zoom call is journalled first: a
// create whose answer was lost is looked for among the host's meetings by the marker
// Roomdesk put in its agenda before it is ever sent again, and synchronize() finishes what
// a previous process left open. Drift — changes made in Zoom — is detected against the
// copy of Zoom's values kept at the last sync, and resolved either way.
//
// Lives on one thread with its database connection; callbacks run on that thread.
class EventSync final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        Event event;
        QStringList warnings; // translated: saved, but worth knowing
    };
    struct SyncReport
    {
        int operationsFinished = 0;
        int created = 0;
        int drifted = 0;
        int deletedInZoom = 0;
        int ended = 0;
        QStringList problems; // translated, one per event that could not be brought in line
    };
    enum class DriftChoice { TakeZoom, PushOurs };

    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    EventSync(const Database &database, const Clock &clock, QObject *parent = nullptr);
    ~EventSync() override;

    // Without a connection events are stored and wait; synchronize() sends them later.
    void setZoom(ZoomApi *api);
    bool connected() const { return !m_api.isNull(); }

    void create(const EventForm &form, Callback<Outcome> done);
    void update(qint64 id, const EventForm &form, Callback<Outcome> done);
    void cancel(qint64 id, Callback<Outcome> done);
    // The journal's open operations, events that got a room, webhooks in `inbox` (may be
    // null), and with `checkDrift` every linked event against Zoom's copy.
    void synchronize(bool checkDrift, WebhookInbox *inbox, Callback<SyncReport> done);
    void resolveDrift(qint64 id, DriftChoice choice, Callback<Outcome> done);
    // A start link is short-lived: fetched fresh each time.
    void startUrl(qint64 id, Callback<QString> done);

    int maxCreateAttempts = 3;

    // The agenda Roomdesk sends: the description and, when it fits Zoom's 2000 characters,
    // the event's marker on a line of its own.
    static QString agendaFor(const QString &description, const QString &marker);
    static QString descriptionFrom(const QString &agenda);
    static QString markerText(const QString &marker);
    // Zoom's values Roomdesk keeps to notice changes made in Zoom.
    static QString zoomCopy(const ZoomMeeting &meeting);
    static MeetingSpec specFor(const Event &event);

private:
    using Step = std::function<void(std::function<void()>)>;
    void runSteps(QList<Step> steps, std::function<void()> done);

    Result<QDateTime> startUtcOf(const EventForm &form) const;
    Result<qint64> chosenRoom(const EventForm &form) const;
    Result<void> checkGroup(const EventForm &form) const;
    Result<void> checkWebinarRooms(const EventForm &form) const;
    QStringList warningsFor(const Event &event) const;

    // Runs one journal entry; `interactive` discards a refused create (the form is still open).
    void runOperation(const ZoomOperation &operation, bool interactive, Callback<Event> done);
    void sendCreate(qint64 operationId, qint64 eventId, bool interactive, Callback<Event> done);
    void reconcileCreate(qint64 operationId, qint64 eventId, bool interactive, Callback<Event> done);
    void sendUpdate(qint64 operationId, qint64 eventId, Callback<Event> done);
    void sendDelete(qint64 operationId, qint64 eventId, Callback<Event> done);
    void adopt(qint64 operationId, qint64 eventId, qint64 meetingId, bool webinar, Callback<Event> done);
    // Qt's HTTP stack may send a request again by itself when a connection breaks before the
    // answer, so even a create that was answered may have twins: those with the event's
    // marker and another ID are deleted.
    void sweepTwins(const Event &event, qint64 keptId, std::function<void()> done);
    void listHost(const Event &event, ZoomApi::Callback<QList<ZoomMeeting>> done);
    void checkHost(const Event &event, std::function<void(std::optional<Error>)> done);
    void failOperation(qint64 operationId, qint64 eventId, const QString &message, bool interactive, const Error &error,
                       Callback<Event> done);
    Result<void> discard(qint64 eventId);
    void checkOne(qint64 eventId, SyncReport *report, std::function<void()> next);
    // Session starts and ends; returns the events Zoom says were changed, to be checked.
    QList<qint64> processWebhooks(WebhookInbox *inbox, SyncReport *report);
    Result<Outcome> outcome(qint64 eventId) const;
    bool linkedElsewhere(qint64 zoomMeetingId) const;

    const Database &m_database;
    const Clock &m_clock;
    EventRepository m_events;
    QPointer<ZoomApi> m_api;
    QHash<QString, int> m_hostTypes; // e-mail → Zoom user type, as checked
};

} // namespace Roomdesk
