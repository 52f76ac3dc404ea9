#include "attendancereport.h"

#include "keyfolder.h"
#include "keytable.h"
#include "twohalves.h"

#include <algorithm>
#include <bit>
#include <memory>
#include <numeric>

namespace Roomdesk {

namespace {

using CaselessTable = KeyTable<true>;
using ExactTable = KeyTable<false>;

// A report reads a million rows whose text lies all over the pages, so loops fetch what
// they need this many rows ahead (twice as far for what that depends on).
constexpr size_t ahead = 16;

void prefetchText(std::string_view text)
{
    if (!text.empty())
        ExactTable::prefetch(text.data());
}

// What every row's keys come to, worked out in one pass over the rows.
struct RowKeys
{
    static constexpr int noName = -2; // in nameEnds: the row has no name

    std::vector<std::string_view> emailKeys; // empty without an e-mail
    std::vector<quint64> emailHashes;
    std::vector<quint64> idHashes;
    std::vector<int> nameEnds; // KeyFolder::quickEnds() of the name, or noName
};

RowKeys rowKeys(const std::vector<ParticipantRecord> &records, KeyFolder (&folders)[2])
{
    RowKeys keys;
    keys.emailKeys.resize(records.size());
    keys.emailHashes.resize(records.size());
    keys.idHashes.resize(records.size());
    keys.nameEnds.resize(records.size());
    inTwoHalves(records.size(), [&](size_t from, size_t to, int half) {
        for (size_t i = from; i < to; ++i) {
            if (i + 2 * ahead < to) {
                prefetchText(records[i + 2 * ahead].userId);
                prefetchText(records[i + 2 * ahead].name);
                prefetchText(records[i + 2 * ahead].email);
            }
            const ParticipantRecord &r = records[i];
            const std::string_view name = KeyFolder::trimmed(r.name);
            keys.nameEnds[i] = name.empty() ? RowKeys::noName : KeyFolder::quickEnds(name);
            if (!r.userId.empty())
                keys.idHashes[i] = ExactTable::hash(r.userId);
            if (!r.email.empty()) {
                keys.emailKeys[i] = folders[half].key(r.email);
                keys.emailHashes[i] = CaselessTable::hash(keys.emailKeys[i]);
            }
        }
    });
    return keys;
}

// The person of each counted row with an id or an e-mail: by id (tying e-mails to it), then
// by e-mail. A person is known here by the row that made them: their first row with an id,
// or else their first row with an e-mail.
void identifyByIdAndEmail(const std::vector<ParticipantRecord> &records, const std::vector<char> &counted,
                          const RowKeys &keys, std::vector<int> &personOf)
{
    std::vector<int> idRows; // counted rows with an id
    std::vector<int> emailRows; // counted rows with an e-mail but no id
    for (size_t i = 0; i < records.size(); ++i) {
        if (counted[i] && !records[i].userId.empty())
            idRows.push_back(int(i));
        else if (counted[i] && !keys.emailKeys[i].empty())
            emailRows.push_back(int(i));
    }

    // An e-mail tied to an id matters only when some row goes by that e-mail alone, so only
    // those e-mails are kept (unowned until a row claims them), and a bitmap of their hashes
    // spares most rows with an id the lookup.
    constexpr int unowned = -1;
    CaselessTable byEmail(emailRows.size() / 2);
    const size_t filterBits = std::max<size_t>(size_t(1) << 16, std::bit_ceil(emailRows.size() * 16));
    std::vector<bool> emailFilter(filterBits);
    const auto filterBit = [filterBits](quint64 hashed) { return size_t(hashed >> 24) & (filterBits - 1); };
    for (size_t k = 0; k < emailRows.size(); ++k) {
        if (k + 2 * ahead < emailRows.size())
            byEmail.prefetchSlot(keys.emailHashes[size_t(emailRows[k + 2 * ahead])]);
        if (k + ahead < emailRows.size()) {
            byEmail.prefetchKey(keys.emailHashes[size_t(emailRows[k + ahead])]);
            prefetchText(keys.emailKeys[size_t(emailRows[k + ahead])]);
        }
        const auto i = size_t(emailRows[k]);
        byEmail.tryEmplace(keys.emailKeys[i], keys.emailHashes[i], unowned);
        emailFilter[filterBit(keys.emailHashes[i])] = true;
    }

    // Ids in two parts by their hash's top bit, each in its own table on its own thread. The
    // e-mails a part's rows would claim are noted and claimed afterwards in row order: the
    // first row with an id and that e-mail owns it.
    struct Claim
    {
        int row;
        int *owner; // in byEmail, which no longer changes
    };
    std::vector<Claim> claims[2];
    inTwoParts(idRows.size() >= twoThreadsFrom, [&](int part) {
        ExactTable byId(idRows.size() / 8);
        const auto inPart = [&](size_t k) { return int(keys.idHashes[size_t(idRows[k])] >> 63) == part; };
        for (size_t k = 0; k < idRows.size(); ++k) {
            if (k + ahead < idRows.size() && inPart(k + ahead)) // Zoom's ids are short enough to be kept in slots
                byId.prefetchSlot(keys.idHashes[size_t(idRows[k + ahead])]);
            if (!inPart(k))
                continue;
            const auto i = size_t(idRows[k]);
            personOf[i] = byId.tryEmplace(records[i].userId, keys.idHashes[i], int(i)).value;
            if (!keys.emailKeys[i].empty() && emailFilter[filterBit(keys.emailHashes[i])]) {
                if (int *owner = byEmail.find(keys.emailKeys[i], keys.emailHashes[i]))
                    claims[part].push_back({int(i), owner});
            }
        }
    });
    std::vector<Claim> inOrder(claims[0].size() + claims[1].size());
    std::merge(claims[0].begin(), claims[0].end(), claims[1].begin(), claims[1].end(), inOrder.begin(),
               [](const Claim &a, const Claim &b) { return a.row < b.row; });
    for (const Claim &claim : inOrder) {
        if (*claim.owner == unowned)
            *claim.owner = personOf[size_t(claim.row)];
    }

    for (size_t k = 0; k < emailRows.size(); ++k) {
        if (k + 2 * ahead < emailRows.size())
            byEmail.prefetchSlot(keys.emailHashes[size_t(emailRows[k + 2 * ahead])]);
        if (k + ahead < emailRows.size()) {
            byEmail.prefetchKey(keys.emailHashes[size_t(emailRows[k + ahead])]);
            prefetchText(keys.emailKeys[size_t(emailRows[k + ahead])]);
        }
        const auto i = size_t(emailRows[k]);
        int &owner = *byEmail.find(keys.emailKeys[i], keys.emailHashes[i]);
        if (owner == unowned)
            owner = int(i);
        personOf[i] = owner;
    }
}

// The person of each counted row that goes by its name alone: the one person already known
// by that name, else (nobody or several) the person the name makes, known by its first row.
void identifyByName(const std::vector<ParticipantRecord> &records, const std::vector<char> &counted,
                    const RowKeys &keys, KeyFolder (&folders)[2], std::vector<int> &personOf)
{
    KeyFolder &folder = folders[0];
    std::vector<size_t> loneRows;
    for (size_t i = 0; i < records.size(); ++i) {
        if (counted[i] && personOf[i] < 0)
            loneRows.push_back(i);
    }
    if (loneRows.empty())
        return;

    // Only the names that rows go by alone matter, so those are gathered first (each numbered),
    // with the first and last bytes of each, which settle most other rows at a glance.
    std::vector<std::string_view> loneKeys(loneRows.size());
    std::vector<quint64> loneHashes(loneRows.size());
    CaselessTable byKnownName;
    int names = 0;
    std::vector<bool> loneEnds(size_t(1) << 16);
    for (size_t k = 0; k < loneRows.size(); ++k) {
        if (k + 2 * ahead < loneRows.size())
            prefetchText(records[loneRows[k + 2 * ahead]].name);
        loneKeys[k] = folder.key(records[loneRows[k]].name);
        if (!loneKeys[k].empty()) {
            loneHashes[k] = CaselessTable::hash(loneKeys[k]);
            names += byKnownName.tryEmplace(loneKeys[k], loneHashes[k], names).added;
            loneEnds[size_t(KeyFolder::endsOf(loneKeys[k]))] = true;
        }
    }
    // Who is known by each of those names, found in two halves of the rows: the person, noOne,
    // or several (-1).
    constexpr int noOne = -2;
    const auto together = [](int a, int b) { return a == noOne ? b : (b == noOne || a == b ? a : -1); };
    std::vector<int> known[2];
    inTwoHalves(records.size(), [&](size_t from, size_t to, int half) {
        known[half].assign(size_t(names), noOne);
        for (size_t i = from; i < to; ++i) {
            const int ends = keys.nameEnds[i];
            if (personOf[i] < 0 || ends == RowKeys::noName || (ends >= 0 && !loneEnds[size_t(ends)]))
                continue;
            if (const int *name = byKnownName.find(folders[half].transientKey(records[i].name))) {
                int &person = known[half][size_t(*name)];
                person = together(person, personOf[i]);
            }
        }
    });
    for (size_t name = 0; !known[1].empty() && name < size_t(names); ++name)
        known[0][name] = together(known[0][name], known[1][name]);

    CaselessTable byName;
    for (size_t k = 0; k < loneRows.size(); ++k) {
        if (k + ahead < loneRows.size())
            prefetchText(loneKeys[k + ahead]);
        const size_t i = loneRows[k];
        if (loneKeys[k].empty()) { // nothing to recognise them by: a person of their own
            personOf[i] = int(i);
            continue;
        }
        if (const int person = known[0][size_t(*byKnownName.find(loneKeys[k], loneHashes[k]))]; person >= 0) {
            personOf[i] = person;
            continue;
        }
        personOf[i] = byName.tryEmplace(loneKeys[k], loneHashes[k], int(i)).value;
    }
}

// People renumbered from 0 in the order of the rows that made them. Returns how many there are.
int numberPeople(std::vector<int> &personOf)
{
    std::vector<int> number(personOf.size());
    int people = 0;
    for (size_t i = 0; i < personOf.size(); ++i) {
        if (personOf[i] == int(i))
            number[i] = people++;
    }
    for (int &person : personOf) {
        if (person >= 0)
            person = number[size_t(person)];
    }
    return people;
}

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
            ExactTable::prefetch(stretches[size_t(start[p + ahead])].name);
        Stretch *const from = stretches + start[p];
        Stretch *const to = stretches + start[p + 1];
        const auto joinOrder = [](const Stretch &a, const Stretch &b) {
            return a.join != b.join ? a.join < b.join : a.record < b.record;
        };
        if (!std::is_sorted(from, to, joinOrder))
            std::sort(from, to, joinOrder);
        names[p] = QString::fromUtf8(from->name, qsizetype(from->nameSize));
        places[p] = {from->join, namePrefix(names[p]), int(p)};
        Summary &summary = summaries[p];
        summary = {from->leave, 0, start[p], 0, {}};
        // Touching or overlapping stretches are one: a second device adds no time.
        auto merged = from;
        for (auto s = from; s != to; ++s) {
            if (summary.email.empty() && s->email)
                summary.email = std::string_view(s->email, s->emailSize);
            summary.lastLeave = std::max(summary.lastLeave, s->leave);
            if (s != from && s->join <= merged->leave) {
                merged->leave = std::max(merged->leave, s->leave);
            } else {
                if (s != from)
                    ++merged;
                merged->join = s->join;
                merged->leave = s->leave;
            }
        }
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
                ExactTable::prefetch(&summaries[size_t(places[k + 2 * ahead].person)]);
            if (k + ahead < to) {
                const Summary &next = summaries[size_t(places[k + ahead].person)];
                ExactTable::prefetch(&stretches[size_t(next.from)]);
                prefetchText(next.email);
                ExactTable::prefetch(&names[size_t(places[k + ahead].person)]);
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
    AttendanceReport report;
    report.m_records = int(records.size());

    KeyFolder folders[2]; // one for each half of the rows
    KeyFolder &folder = folders[0];
    std::vector<std::string> hostIds;
    for (const QString &id : host.ids) {
        if (!id.trimmed().isEmpty())
            hostIds.push_back(id.trimmed().toStdString());
    }
    const std::string hostEmailText = host.email.trimmed().toStdString();
    const std::string_view hostEmail = hostEmailText.empty() ? std::string_view() : folder.key(hostEmailText);
    const auto isHostEmail = [hostEmail](std::string_view key) {
        return !hostEmail.empty() && !key.empty() && CaselessTable::same(key, hostEmail);
    };

    // Each row's keys, once; the host's rows tell the host's ids.
    const RowKeys keys = rowKeys(records, folders);
    for (size_t i = 0; i < records.size(); ++i) {
        const std::string_view id = records[i].userId;
        if (isHostEmail(keys.emailKeys[i]) && !id.empty() &&
            std::find(hostIds.begin(), hostIds.end(), id) == hostIds.end())
            hostIds.emplace_back(id);
    }
    std::vector<quint64> hostIdHashes;
    hostIdHashes.reserve(hostIds.size());
    for (const std::string &id : hostIds)
        hostIdHashes.push_back(ExactTable::hash(id));
    const auto isHostId = [&](size_t i) {
        for (size_t h = 0; h < hostIds.size(); ++h) {
            if (hostIdHashes[h] == keys.idHashes[i] && hostIds[h] == records[i].userId)
                return true;
        }
        return false;
    };
    std::vector<char> counted(records.size(), 0);
    for (size_t i = 0; i < records.size(); ++i) {
        if (records[i].waitingRoom)
            ++report.m_waitingRoom;
        else if (isHostEmail(keys.emailKeys[i]) || (!records[i].userId.empty() && isHostId(i)))
            ++report.m_host;
        else
            counted[i] = 1;
    }

    std::vector<int> personOf(records.size(), -1);
    identifyByIdAndEmail(records, counted, keys, personOf);
    identifyByName(records, counted, keys, folders, personOf);
    const int people = numberPeople(personOf);
    report.m_attendees = attendeesOf(records, personOf, people);
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
