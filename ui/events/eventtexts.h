// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "groups/participantgroup.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Roomdesk {

// How the Events page, its table and its dialogs word an event's values, in one place so
// that they read the same everywhere.
class EventTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::EventTexts)

public:
    static QString kind(bool webinar);
    // The start in the event's own zone, e.g. "Wed 04/03/2026 10:00".
    static QString start(const Event &event);
    // The same, short for a table: "Wed 4 Mar, 10:00", with the year only when it is not this one.
    static QString shortStart(const Event &event, const QDateTime &nowUtc);
    static QString zoneCity(const QString &zoneId); // "America/Mexico_City" → "Mexico City"
    // The start in another zone, with the zone's name.
    static QString startIn(const Event &event, const QTimeZone &zone);
    static QString dateTime(const QDateTime &utc, const QTimeZone &zone);
    static QString duration(int minutes);
    static QString admission(bool waitingRoom);
    static QString capacity(const std::optional<int> &capacity);
    static QString room(const Event &event);
    static QString group(const std::optional<qint64> &groupId, const QList<ParticipantGroup> &groups);
    // The link participants use: the group's own link, or the event's Zoom join link.
    static QString effectiveLink(const Event &event, const QList<ParticipantGroup> &groups);

    // What Zoom changed, one line per field ("Duration: 60 min in Roomdesk, 15 min in
    // Zoom"), from the event's drift JSON; empty when it has none.
    static QStringList driftLines(const Event &event);
    static bool deletedInZoom(const Event &event);
};

} // namespace Roomdesk
