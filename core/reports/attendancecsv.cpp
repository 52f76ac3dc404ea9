// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancecsv.h"

#include "csvwriter.h"
#include "reporttime.h"

namespace Roomdesk {

QByteArray attendanceCsv(const AttendanceReport &report, const AttendanceCsvOptions &options)
{
    CsvWriter csv(options.delimiter, options.bom);
    for (const char *column : {"name", "email", "first_join", "last_leave", "duration_seconds", "duration", "segments"})
        csv.value(std::string_view(column));
    csv.endRow();
    ReportTime::ZoneFormatter times(options.zone);
    for (const Attendee &attendee : report.attendees()) {
        csv.text(attendee.name).text(attendee.email);
        csv.value(times.format(attendee.firstJoinSecs)).value(times.format(attendee.lastLeaveSecs));
        csv.value(std::to_string(attendee.durationSeconds)).value(ReportTime::duration(attendee.durationSeconds));
        csv.value(std::to_string(attendee.segments)).endRow();
    }
    return csv.data();
}

} // namespace Roomdesk
