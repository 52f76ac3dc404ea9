// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "groups/participantgroup.h"

#include <QList>

namespace Roomdesk {

class ZoomSandbox;

// What demo mode's Events page starts with, around `nowUtc`: a few events in the coming
// days (a meeting, a webinar in another time zone, one with automatic admission), one that
// started a while ago and was never held ("not started yet"), and one on the crowded
// Wednesday morning of DemoSchedule, which waits for a room. For the Reports page, a few
// evening sessions of the last two days that took place: a class and a webinar with
// attendees, a tutoring nobody came to, and one whose group meets on Google Meet.
class DemoEvents final
{
public:
    // `groups` are the demo's participant groups (DemoGroups, as stored): events for a group
    // find it by name; without them the events have no group.
    static QList<EventForm> forms(const QDateTime &nowUtc, const QList<ParticipantGroup> &groups = {});

    // Demo mode only: the past sessions among `events` end in the embedded sandbox with their
    // attendees, each at its scheduled time (the sandbox's clock is set back for a moment,
    // so that Zoom's times match the event's), and are then there for the report fetcher.
    // Answers how many ended.
    static int endPastSessions(ZoomSandbox &sandbox, const QList<Event> &events, const QDateTime &nowUtc);
};

} // namespace Roomdesk
