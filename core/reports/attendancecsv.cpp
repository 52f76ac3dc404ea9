#include "attendancecsv.h"

#include "csvwriter.h"
#include "reporttime.h"

#include <charconv>

namespace Roomdesk {

QByteArray attendanceCsv(const AttendanceReport &report, const AttendanceCsvOptions &options)
{
    CsvWriter csv(options.delimiter, options.bom);
    for (const char *column : {"name", "email", "first_join", "last_leave", "duration_seconds", "duration", "segments"})
        csv.value(std::string_view(column));
    csv.endRow();
    ReportTime::ZoneFormatter times(options.zone);
    std::string cell;
    char number[24];
    for (const Attendee &attendee : report.attendees()) {
        csv.text(attendee.name).text(attendee.email);
        cell.clear();
        times.append(cell, attendee.firstJoinSecs);
        csv.value(cell);
        cell.clear();
        times.append(cell, attendee.lastLeaveSecs);
        csv.value(cell);
        auto end = std::to_chars(number, number + sizeof number, attendee.durationSeconds).ptr;
        csv.value(std::string_view(number, size_t(end - number)));
        csv.value(ReportTime::duration(attendee.durationSeconds));
        end = std::to_chars(number, number + sizeof number, attendee.segments).ptr;
        csv.value(std::string_view(number, size_t(end - number)));
        csv.endRow();
    }
    return csv.data();
}

} // namespace Roomdesk
