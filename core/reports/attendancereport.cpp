#include "attendancereport.h"

#include <algorithm>
#include <deque>
#include <numeric>
#include <unordered_map>

namespace Roomdesk {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Keys compared without regard to ASCII case; other text is case-folded before it gets here.
struct CaseInsensitiveHash
{
    size_t operator()(std::string_view text) const
    {
        quint64 hash = 14695981039346656037ull; // FNV-1a
        for (const char c : text)
            hash = (hash ^ quint8(lower(c))) * 1099511628211ull;
        return size_t(hash);
    }
};

struct CaseInsensitiveEqual
{
    bool operator()(std::string_view a, std::string_view b) const
    {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i] && lower(a[i]) != lower(b[i]))
                return false;
        }
        return true;
    }
};

using CaseInsensitiveMap = std::unordered_map<std::string_view, int, CaseInsensitiveHash, CaseInsensitiveEqual>;

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return quint8(c) < 0x80; });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// A key for case-insensitive matching: ASCII as it is, anything else case-folded once.
class KeyFolder
{
public:
    std::string_view key(std::string_view text)
    {
        text = trimmed(text);
        if (isAscii(text))
            return text;
        const QString folded = QString::fromUtf8(text.data(), qsizetype(text.size())).toCaseFolded();
        return m_kept.emplace_back(folded.toStdString());
    }

private:
    std::deque<std::string> m_kept;
};

struct Stretch
{
    qint64 join;
    qint64 leave;
    int record;
};

} // namespace

AttendanceReport AttendanceReport::build(const ParticipantRecords &input, const ReportHost &host)
{
    const std::vector<ParticipantRecord> &records = input.records();
    AttendanceReport report;
    report.m_records = int(records.size());

    KeyFolder folder;
    std::vector<std::string> hostIds;
    for (const QString &id : host.ids) {
        if (!id.trimmed().isEmpty())
            hostIds.push_back(id.trimmed().toStdString());
    }
    const std::string hostEmailText = host.email.trimmed().toStdString();
    const std::string_view hostEmail = hostEmailText.empty() ? std::string_view() : folder.key(hostEmailText);
    const CaseInsensitiveEqual equal;

    // Each row's e-mail key, once; the host's rows tell the host's ids.
    std::vector<std::string_view> emailKeys(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        const ParticipantRecord &r = records[i];
        if (r.email.empty())
            continue;
        emailKeys[i] = folder.key(r.email);
        if (!hostEmail.empty() && equal(emailKeys[i], hostEmail) && !r.userId.empty() &&
            std::find(hostIds.begin(), hostIds.end(), r.userId) == hostIds.end())
            hostIds.emplace_back(r.userId);
    }
    std::vector<char> counted(records.size(), 0);
    for (size_t i = 0; i < records.size(); ++i) {
        const ParticipantRecord &r = records[i];
        if (r.waitingRoom) {
            ++report.m_waitingRoom;
        } else if ((!hostEmail.empty() && !emailKeys[i].empty() && equal(emailKeys[i], hostEmail)) ||
                   (!r.userId.empty() && std::find(hostIds.begin(), hostIds.end(), r.userId) != hostIds.end())) {
            ++report.m_host;
        } else {
            counted[i] = 1;
        }
    }

    // Who is who: by id (tying e-mails to it), then by e-mail, then by name.
    std::vector<int> personOf(records.size(), -1);
    int people = 0;
    std::unordered_map<std::string_view, int> byId;
    CaseInsensitiveMap byEmail;
    CaseInsensitiveMap byName;
    byId.reserve(records.size() / 2 + 1);
    byEmail.reserve(records.size() / 2 + 1);
    for (size_t i = 0; i < records.size(); ++i) {
        if (!counted[i] || records[i].userId.empty())
            continue;
        const auto [it, added] = byId.try_emplace(records[i].userId, people);
        people += added;
        personOf[i] = it->second;
        if (!emailKeys[i].empty())
            byEmail.try_emplace(emailKeys[i], it->second);
    }
    for (size_t i = 0; i < records.size(); ++i) {
        if (!counted[i] || !records[i].userId.empty() || emailKeys[i].empty())
            continue;
        const auto [it, added] = byEmail.try_emplace(emailKeys[i], people);
        people += added;
        personOf[i] = it->second;
    }
    // A name alone joins the one person already known by that name (several: it stays apart).
    CaseInsensitiveMap byKnownName;
    bool nameless = false;
    for (size_t i = 0; i < records.size() && !nameless; ++i)
        nameless = counted[i] && personOf[i] < 0;
    for (size_t i = 0; nameless && i < records.size(); ++i) {
        if (personOf[i] < 0 || records[i].name.empty())
            continue;
        const auto [it, added] = byKnownName.try_emplace(folder.key(records[i].name), personOf[i]);
        if (!added && it->second != personOf[i])
            it->second = -1; // two people share the name
    }
    for (size_t i = 0; i < records.size(); ++i) {
        if (!counted[i] || personOf[i] >= 0)
            continue;
        const std::string_view name = folder.key(records[i].name);
        if (name.empty()) { // nothing to recognise them by: a person of their own
            personOf[i] = people++;
            continue;
        }
        if (const auto known = byKnownName.find(name); known != byKnownName.end() && known->second >= 0) {
            personOf[i] = known->second;
            continue;
        }
        const auto [it, added] = byName.try_emplace(name, people);
        people += added;
        personOf[i] = it->second;
    }

    // Each person's rows side by side, in order of joining.
    std::vector<int> start(size_t(people) + 1, 0);
    for (size_t i = 0; i < records.size(); ++i) {
        if (personOf[i] >= 0)
            ++start[size_t(personOf[i]) + 1];
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<Stretch> stretches(size_t(start.back()));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (size_t i = 0; i < records.size(); ++i) {
        if (personOf[i] >= 0)
            stretches[size_t(fill[size_t(personOf[i])]++)] = {records[i].joinSecs, records[i].leaveSecs, int(i)};
    }

    QList<Attendee> attendees;
    attendees.reserve(people);
    for (int p = 0; p < people; ++p) {
        const auto from = stretches.begin() + start[size_t(p)];
        const auto to = stretches.begin() + start[size_t(p) + 1];
        std::sort(from, to, [](const Stretch &a, const Stretch &b) {
            return a.join != b.join ? a.join < b.join : a.record < b.record;
        });
        Attendee attendee;
        const ParticipantRecord &first = records[size_t(from->record)];
        attendee.name = QString::fromUtf8(first.name.data(), qsizetype(first.name.size()));
        attendee.firstJoinSecs = from->join;
        attendee.lastLeaveSecs = from->leave;
        bool haveEmail = false;
        for (auto s = from; s != to; ++s) {
            if (!haveEmail && !records[size_t(s->record)].email.empty()) {
                const std::string_view email = records[size_t(s->record)].email;
                attendee.email = QString::fromUtf8(email.data(), qsizetype(email.size()));
                haveEmail = true;
            }
            attendee.lastLeaveSecs = std::max(attendee.lastLeaveSecs, s->leave);
            // Touching or overlapping stretches are one: a second device adds no time.
            if (!attendee.intervals.empty() && s->join <= attendee.intervals.back().second)
                attendee.intervals.back().second = std::max(attendee.intervals.back().second, s->leave);
            else
                attendee.intervals.emplace_back(s->join, s->leave);
        }
        for (const auto &[join, leave] : attendee.intervals)
            attendee.durationSeconds += leave - join;
        attendee.segments = int(attendee.intervals.size());
        attendees.append(std::move(attendee));
    }
    std::sort(attendees.begin(), attendees.end(), [](const Attendee &a, const Attendee &b) {
        if (a.firstJoinSecs != b.firstJoinSecs)
            return a.firstJoinSecs < b.firstJoinSecs;
        if (const int names = a.name.compare(b.name); names != 0)
            return names < 0;
        return a.email < b.email;
    });
    report.m_attendees = std::move(attendees);
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
