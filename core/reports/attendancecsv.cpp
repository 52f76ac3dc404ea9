#include "attendancecsv.h"

#include "csvwriter.h"
#include "reporttime.h"
#include "twohalves.h"

#include <charconv>

namespace Roomdesk {

namespace {

void writeRows(CsvWriter &csv, const Attendee *from, const Attendee *to, const QTimeZone &zone)
{
    ReportTime::ZoneFormatter times(zone);
    std::string cell;
    char number[24];
    for (const Attendee *attendee = from; attendee != to; ++attendee) {
        csv.text(attendee->name).text(attendee->email);
        cell.clear();
        times.append(cell, attendee->firstJoinSecs);
        csv.value(cell);
        cell.clear();
        times.append(cell, attendee->lastLeaveSecs);
        csv.value(cell);
        auto end = std::to_chars(number, number + sizeof number, attendee->durationSeconds).ptr;
        csv.value(std::string_view(number, size_t(end - number)));
        csv.value(ReportTime::duration(attendee->durationSeconds));
        end = std::to_chars(number, number + sizeof number, attendee->segments).ptr;
        csv.value(std::string_view(number, size_t(end - number)));
        csv.endRow();
    }
}

} // namespace

QByteArray attendanceCsv(const AttendanceReport &report, const AttendanceCsvOptions &options)
{
    CsvWriter csv(options.delimiter, options.bom);
    for (const char *column : {"name", "email", "first_join", "last_leave", "duration_seconds", "duration", "segments"})
        csv.value(std::string_view(column));
    csv.endRow();
    // A large report is written in two halves at once, each with its own copy of the zone.
    const Attendee *const attendees = report.attendees().constData();
    CsvWriter secondHalf(options.delimiter);
    inTwoHalves(
        size_t(report.attendees().size()),
        [&](size_t from, size_t to, int half) {
            if (half == 0) {
                writeRows(csv, attendees + from, attendees + to, options.zone);
            } else {
                const QTimeZone own(options.zone.id());
                writeRows(secondHalf, attendees + from, attendees + to, own.isValid() ? own : QTimeZone::utc());
            }
        },
        16384);
    csv.appendRows(secondHalf);
    return csv.data();
}

} // namespace Roomdesk
