// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/allocator.h"
#include "rooms/room.h"
#include "sandbox/sandboxdata.h"

#include <QDate>

namespace Roomdesk {

// What demo mode starts with: the sandbox's licensed users as the room pool and a realistic
// week of classes, seminars and webinars, requested through the same allocator as real ones.
class DemoSchedule final
{
public:
    // Active, licensed users; the last one stays manual, one stays inactive.
    static QList<Room> rooms(const QList<SandboxUser> &users);
    // Monday to Friday of the week that starts on `monday`, in Europe/Madrid, in arrival
    // order; a busy Wednesday morning leaves some requests waiting.
    static QList<RoomRequestSpec> week(const QDate &monday);
};

} // namespace Roomdesk
