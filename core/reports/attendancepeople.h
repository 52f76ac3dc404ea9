// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendancereport.h"

#include <vector>

namespace Roomdesk {

// Who is who among a report's rows (see AttendanceReport): each counted row's person, numbered
// from 0 in the order of the rows that made them (a person's first row with an id, else with an
// e-mail, else with the name); -1 for waiting-room and host rows.
struct AttendancePeople final
{
    std::vector<int> personOf; // one per row
    int count = 0;
    int waitingRoomRows = 0;
    int hostRows = 0;

    static AttendancePeople identify(const std::vector<ParticipantRecord> &records, const ReportHost &host);
};

} // namespace Roomdesk
