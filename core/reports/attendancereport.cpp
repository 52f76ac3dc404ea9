// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancereport.h"

#include "attendancepeople.h"

#include <algorithm>
#include <numeric>

namespace Roomdesk {

namespace {

QString utf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One person's rows (in the order they came) merged: in order of joining, stretches that
// touch or overlap are one, since a second device adds no time.
Attendee merged(const std::vector<ParticipantRecord> &records, std::vector<int> &rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&records](int a, int b) { return records[size_t(a)].joinSecs < records[size_t(b)].joinSecs; });
    Attendee attendee;
    const ParticipantRecord &first = records[size_t(rows.front())];
    attendee.name = utf8(first.name);
    attendee.firstJoinSecs = first.joinSecs;
    for (const int row : rows) {
        const ParticipantRecord &record = records[size_t(row)];
        if (attendee.email.isEmpty() && !record.email.empty())
            attendee.email = utf8(record.email);
        if (!attendee.intervals.empty() && record.joinSecs <= attendee.intervals.back().second)
            attendee.intervals.back().second = std::max(attendee.intervals.back().second, record.leaveSecs);
        else
            attendee.intervals.emplace_back(record.joinSecs, record.leaveSecs);
    }
    attendee.lastLeaveSecs = attendee.intervals.back().second; // apart and in order
    attendee.segments = int(attendee.intervals.size());
    for (const auto &[join, leave] : attendee.intervals)
        attendee.durationSeconds += leave - join;
    return attendee;
}

} // namespace

AttendanceReport AttendanceReport::build(const ParticipantRecords &input, const ReportHost &host)
{
    const std::vector<ParticipantRecord> &records = input.records();
    const AttendancePeople people = AttendancePeople::identify(records, host);
    std::vector<std::vector<int>> rowsOf(size_t(people.count));
    for (size_t i = 0; i < records.size(); ++i) {
        if (people.personOf[i] >= 0)
            rowsOf[size_t(people.personOf[i])].push_back(int(i));
    }
    std::vector<Attendee> made;
    made.reserve(rowsOf.size());
    for (std::vector<int> &rows : rowsOf)
        made.push_back(merged(records, rows));

    // By first join, then name, then e-mail, then the order the people were met in.
    std::vector<int> order(made.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&made](int a, int b) {
        const Attendee &x = made[size_t(a)];
        const Attendee &y = made[size_t(b)];
        if (x.firstJoinSecs != y.firstJoinSecs)
            return x.firstJoinSecs < y.firstJoinSecs;
        if (const int byName = x.name.compare(y.name); byName != 0)
            return byName < 0;
        if (const int byEmail = x.email.compare(y.email); byEmail != 0)
            return byEmail < 0;
        return a < b;
    });
    AttendanceReport report;
    report.m_records = int(records.size());
    report.m_waitingRoom = people.waitingRoomRows;
    report.m_host = people.hostRows;
    report.m_attendees.reserve(qsizetype(order.size()));
    for (const int person : order)
        report.m_attendees.append(std::move(made[size_t(person)]));
    return report;
}

qint64 AttendanceReport::totalSeconds() const
{
    qint64 total = 0;
    for (const Attendee &attendee : m_attendees)
        total += attendee.durationSeconds;
    return total;
}

qint64 AttendanceReport::firstJoinSecs() const
{
    return m_attendees.isEmpty() ? 0 : m_attendees.first().firstJoinSecs; // they are in order of joining
}

qint64 AttendanceReport::lastLeaveSecs() const
{
    qint64 last = 0;
    for (const Attendee &attendee : m_attendees)
        last = std::max(last, attendee.lastLeaveSecs);
    return last;
}

QList<std::pair<qint64, int>> AttendanceReport::presence() const
{
    std::vector<std::pair<qint64, int>> changes;
    for (const Attendee &attendee : m_attendees) {
        for (const auto &[join, leave] : attendee.intervals) {
            if (leave > join) {
                changes.emplace_back(join, 1);
                changes.emplace_back(leave, -1);
            }
        }
    }
    std::sort(changes.begin(), changes.end());
    QList<std::pair<qint64, int>> steps;
    int present = 0;
    for (size_t i = 0; i < changes.size();) {
        const qint64 at = changes[i].first;
        for (; i < changes.size() && changes[i].first == at; ++i)
            present += changes[i].second;
        steps.append({at, present});
    }
    return steps;
}

} // namespace Roomdesk
