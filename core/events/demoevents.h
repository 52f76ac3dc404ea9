#pragma once

#include "event.h"

#include <QList>

namespace Roomdesk {

// What demo mode's Events page starts with, around `nowUtc`: a few events in the coming
// days (a meeting, a webinar in another time zone, one with automatic admission), one that
// started a while ago and was never held ("not started yet"), and one on the crowded
// Wednesday morning of DemoSchedule, which waits for a room.
class DemoEvents final
{
public:
    static QList<EventForm> forms(const QDateTime &nowUtc);
};

} // namespace Roomdesk
