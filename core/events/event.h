// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdrift.h"
#include "groups/participantgroup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Roomdesk {

// What an administrator fills in (DESIGN §4, from iSpring Learn). The start is a wall-clock
// time in `timeZone`; an empty conference name means the event topic; an empty room e-mail
// means "allocate automatically".
struct EventForm final
{
    QString title;
    QString conferenceName;
    bool webinar = false;
    QDateTime localStart; // date and time as typed, read in `timeZone`
    QString timeZone; // IANA
    int durationMinutes = 60;
    QString roomEmail;
    QString location = QStringLiteral("online");
    std::optional<int> capacity; // nullopt: unlimited
    QString trainer;
    bool waitingRoom = true; // false: participants are admitted automatically
    QString description;
    std::optional<qint64> groupId;

    QString effectiveConferenceName() const
    {
        return conferenceName.trimmed().isEmpty() ? title.trimmed() : conferenceName.trimmed();
    }
};

// An event as stored: the form, its room request and its Zoom meeting or webinar.
struct Event final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Event)

public:
    enum class Status { PendingRoom, Scheduled, NotStartedYet, InProgress, Ended, Cancelled };
    // Where Roomdesk's copy stands against Zoom's.
    enum class Sync {
        AwaitingRoom, // no room yet: nothing in Zoom
        Pending, // a Zoom operation is queued or under way
        Synced,
        Unknown, // a create's answer was lost and could not be checked yet
        Failed, // Zoom refused; sync_error says why
        Drifted, // Zoom's copy was changed outside Roomdesk
        DeletedInZoom,
    };
    enum class Session { None, Started, Ended }; // from webhooks or polling

    qint64 id = 0;
    EventForm form;
    QDateTime startUtc;
    qint64 chosenRoomId = 0; // 0: automatic
    qint64 requestId = 0;
    qint64 roomId = 0; // the allocated room (0: none yet)
    QString roomName;
    QString roomEmail;
    bool cancelled = false;
    QString marker;
    qint64 zoomMeetingId = 0;
    QString zoomUuid;
    QString zoomHost;
    QString joinUrl;
    Session session = Session::None;
    Sync sync = Sync::AwaitingRoom;
    QString syncError;
    QString zoomCopy; // JSON: Zoom's values as last synced
    std::optional<EventDrift> drift; // how Zoom differs, when drifted or deleted there
    QString pendingReason; // the room request's reason, translated
    std::optional<LinkPlatform> groupPlatform; // the group's (nullopt: no group)
    QString groupLink;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;

    // What participants open: the group's own link, or the room's Zoom join link.
    QString effectiveJoinUrl() const
    {
        return groupPlatform ? ParticipantGroup::joinLink(*groupPlatform, groupLink, joinUrl) : joinUrl;
    }
    QDateTime endUtc() const { return startUtc.addSecs(qint64(form.durationMinutes) * 60); }
    Status status(const QDateTime &nowUtc) const;

    static QString statusName(Status status); // pending_room, scheduled, …
    static QString statusText(Status status); // translated
    static QString syncName(Sync sync);
    static std::optional<Sync> syncFromName(const QString &name);
    static QString syncText(Sync sync);
};

} // namespace Roomdesk
