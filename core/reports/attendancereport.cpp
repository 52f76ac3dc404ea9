#include "attendancereport.h"

#include "attendancepeople.h"
#include "prefetch.h"
#include "twohalves.h"

#include <algorithm>
#include <memory>
#include <numeric>

namespace Roomdesk {

namespace {

constexpr size_t ahead = prefetchAhead;

// A row of a person's, with what the report takes from it, so that merging a person's rows
// reads them from one place rather than from all over the pages.
struct Stretch
{
    qint64 join;
    qint64 leave;
    const char *name;
    const char *email; // null if the row has none
    quint32 nameSize;
    quint32 emailSize;
    int record;
};

// The first eight UTF-16 units of a name, zeros after its end: names whose prefixes differ
// compare as their prefixes do.
using NamePrefix = std::pair<quint64, quint64>;

NamePrefix namePrefix(const QString &name)
{
    quint64 halves[2] = {0, 0};
    for (qsizetype u = 0; u < 8; ++u)
        halves[u / 4] = halves[u / 4] << 16 | (u < name.size() ? name.at(u).unicode() : 0U);
    return {halves[0], halves[1]};
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// What a person's rows come to. Their stretches, merged, are kept where their rows were.
struct Summary
{
    qint64 lastLeave;
    qint64 duration;
    int from; // the first of their merged stretches
    int segments;
    std::string_view email; // from the first row (in order of joining) that has one
};

// Where a person goes in the report: by first join, then name, then e-mail. The name's
// prefix settles most comparisons without reaching for the name.
struct Place
{
    qint64 firstJoin;
    NamePrefix prefix;
    int person;
};

// Each person's rows (from firstPerson to endPerson) in order of joining, merged where they lie,
// and what they come to.
void summarize(Stretch *stretches, const std::vector<int> &start, size_t firstPerson, size_t endPerson,
               std::vector<QString> &names, std::vector<Summary> &summaries, std::vector<Place> &places)
{
    for (size_t p = firstPerson; p < endPerson; ++p) {
        if (p + ahead < endPerson) // the row that usually comes first: the first in the pages
            prefetch(stretches[size_t(start[p + ahead])].name);
        Stretch *const from = stretches + start[p];
        Stretch *const to = stretches + start[p + 1];
        const auto joinOrder = [](const Stretch &a, const Stretch &b) {
            return a.join != b.join ? a.join < b.join : a.record < b.record;
        };
        if (!std::is_sorted(from, to, joinOrder))
            std::sort(from, to, joinOrder);
        names[p] = utf8({from->name, from->nameSize});
        places[p] = {from->join, namePrefix(names[p]), int(p)};
        Summary &summary = summaries[p];
        summary = {0, 0, start[p], 0, {}};
        // Touching or overlapping stretches are one: a second device adds no time.
        auto merged = from;
        for (auto s = from; s != to; ++s) {
            if (summary.email.empty() && s->email)
                summary.email = std::string_view(s->email, s->emailSize);
            if (s != from && s->join <= merged->leave) {
                merged->leave = std::max(merged->leave, s->leave);
            } else {
                if (s != from)
                    ++merged;
                merged->join = s->join;
                merged->leave = s->leave;
            }
        }
        summary.lastLeave = merged->leave; // the merged stretches are apart and in order
        summary.segments = int(merged - from) + 1;
        for (auto m = from; m <= merged; ++m)
            summary.duration += m->leave - m->join;
    }
}

// The report's attendees: each person's rows merged (in order of the people's numbers, so the
// rows are read in the order they lie in), then the attendees made in the report's order.
QList<Attendee> attendeesOf(const std::vector<ParticipantRecord> &records, const std::vector<int> &personOf, int people)
{
    // Each person's rows side by side, in row order: counted and placed in two halves of the rows.
    std::vector<int> counts[2];
    inTwoHalves(records.size(), [&](size_t from, size_t to, int half) {
        counts[half].assign(size_t(people), 0);
        for (size_t i = from; i < to; ++i) {
            if (personOf[i] >= 0)
                ++counts[half][size_t(personOf[i])];
        }
    });
    std::vector<int> start(size_t(people) + 1, 0);
    for (size_t p = 0; p < size_t(people); ++p)
        start[p + 1] = start[p] + counts[0][p] + (counts[1].empty() ? 0 : counts[1][p]);
    const std::unique_ptr<Stretch[]> stretches(new Stretch[size_t(start.back())]); // not zeroed: all are filled
    for (size_t p = 0; p < size_t(people); ++p) { // from here on: where each half's next row of each person goes
        if (!counts[1].empty())
            counts[1][p] = start[p] + counts[0][p];
        counts[0][p] = start[p];
    }
    inTwoHalves(records.size(), [&](size_t from, size_t to, int half) {
        std::vector<int> &fill = counts[half];
        for (size_t i = from; i < to; ++i) {
            if (personOf[i] < 0)
                continue;
            const ParticipantRecord &r = records[i];
            stretches[size_t(fill[size_t(personOf[i])]++)] = {r.joinSecs,
                                                              r.leaveSecs,
                                                              r.name.data(),
                                                              r.email.empty() ? nullptr : r.email.data(),
                                                              quint32(r.name.size()),
                                                              quint32(r.email.size()),
                                                              int(i)};
        }
    });

    std::vector<QString> names(static_cast<size_t>(people));
    std::vector<Summary> summaries(static_cast<size_t>(people));
    std::vector<Place> places(static_cast<size_t>(people));
    inTwoHalves(size_t(people), [&](size_t firstPerson, size_t endPerson, int) {
        summarize(stretches.get(), start, firstPerson, endPerson, names, summaries, places);
    });

    const auto email = [&](int person) { return utf8(summaries[size_t(person)].email); };
    const auto inReportOrder = [&](const Place &a, const Place &b) {
        if (a.firstJoin != b.firstJoin)
            return a.firstJoin < b.firstJoin;
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        if (const int byName = names[size_t(a.person)].compare(names[size_t(b.person)]); byName != 0)
            return byName < 0;
        if (const int byEmail = email(a.person).compare(email(b.person)); byEmail != 0)
            return byEmail < 0;
        return a.person < b.person;
    };
    // Sorted in two halves at once, then merged.
    const bool split = inTwoHalves(places.size(), [&](size_t from, size_t to, int) {
        std::sort(places.begin() + qsizetype(from), places.begin() + qsizetype(to), inReportOrder);
    });
    if (split)
        std::inplace_merge(places.begin(), places.begin() + qsizetype(places.size() / 2), places.end(), inReportOrder);

    QList<Attendee> attendees(people);
    Attendee *const made = attendees.data();
    inTwoHalves(places.size(), [&](size_t from, size_t to, int) {
        for (size_t k = from; k < to; ++k) {
            if (k + 2 * ahead < to)
                prefetch(&summaries[size_t(places[k + 2 * ahead].person)]);
            if (k + ahead < to) {
                const Summary &next = summaries[size_t(places[k + ahead].person)];
                prefetch(&stretches[size_t(next.from)]);
                prefetchText(next.email);
                prefetch(&names[size_t(places[k + ahead].person)]);
            }
            const auto p = size_t(places[k].person);
            const Summary &summary = summaries[p];
            Attendee &attendee = made[k];
            attendee.name = std::move(names[p]);
            attendee.email = email(int(p));
            attendee.firstJoinSecs = places[k].firstJoin;
            attendee.lastLeaveSecs = summary.lastLeave;
            attendee.durationSeconds = summary.duration;
            attendee.segments = summary.segments;
            const Stretch *const merged = stretches.get() + summary.from;
            attendee.intervals.reserve(size_t(summary.segments));
            for (auto m = merged; m != merged + summary.segments; ++m)
                attendee.intervals.emplace_back(m->join, m->leave);
        }
    });
    return attendees;
}

} // namespace

AttendanceReport AttendanceReport::build(const ParticipantRecords &input, const ReportHost &host)
{
    const std::vector<ParticipantRecord> &records = input.records();
    const AttendancePeople people = AttendancePeople::identify(records, host);
    AttendanceReport report;
    report.m_records = int(records.size());
    report.m_waitingRoom = people.waitingRoomRows;
    report.m_host = people.hostRows;
    report.m_attendees = attendeesOf(records, people.personOf, people.count);
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
