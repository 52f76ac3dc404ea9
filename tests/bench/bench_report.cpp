// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report: the attendance report (issue 7) of a realistic large webinar, on one thread.
//
// 100,000 Zoom participant records of 20,000 people, generated in process from a fixed seed
// and saved as Zoom sends a past webinar's participants (pages of 300 with next_page_token,
// as a list of pages): most people signed in (id and e-mail), some guests known only by
// e-mail or only by name (dial-ins, "Invitado"), rejoins and second devices, a few rows not
// admitted, one host, Cyrillic and accented names, names that need CSV quoting. The real path
// (ParticipantRecords::fromPages → AttendanceReport::build → attendanceCsv, times in
// Europe/Madrid) runs against a baseline in the same process: the same bytes parsed by the
// same reader and written as one CSV row per record, without merging, so the ratio is what
// merging costs. Best of --runs; each stage is timed. Target: the report in under a second
// (release build).
//
// The report is checked against what the generator knows (attendees, their attended time,
// host and waiting-room rows), so the small run in ctest fails when the merge goes wrong.
//
//   bench_report [--records N] [--people N] [--runs N] [--seed N] [--write DIR]
//
// --write saves the pages and both CSVs, to look at or to compare before and after a change.
#include "reports/attendancecsv.h"
#include "reports/csvwriter.h"
#include "reports/reporttime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace Roomdesk;

namespace {

constexpr int kPageSize = 300;
// Friday 20 November 2026, 09:00 in Madrid (08:00 UTC): a four-hour event.
const qint64 kStart = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
const char kHostEmail[] = "organizer@uni.example.edu";
const char kHeader[] = "name,email,first_join,last_leave,duration_seconds,duration,segments\r\n";

const char *const kFirstNames[] = {"Ana",   "José", "María",     "Lucía",  "Javier", "Carmen", "Pablo",    "Sofía",
                                   "Ángel", "Inés", "Álvaro",    "Núria",  "Jordi",  "Zoë",    "François", "Björn",
                                   "Chloé", "João", "Emma",      "Oliver", "Liam",   "Priya",  "Wei",      "Fatima",
                                   "Mateo", "Hugo", "Valentina", "Elena",  "Noah",   "Aitor"};
const char *const kLastNames[] = {"García",  "López",     "Martínez", "Sánchez", "Pérez",   "Gómez", "Fernández",
                                  "Núñez",   "Muñoz",     "Ibáñez",   "Castro",  "Ruiz",    "Smith", "O'Brien",
                                  "Müller",  "Dubois",    "Kowalski", "Nguyen",  "Silva",   "Rossi", "Çelik",
                                  "Ødegård", "Lindqvist", "Moreno",   "Jiménez", "Navarro", "Sáez"};
const char *const kCyrillicFirst[] = {"Анна", "Иван", "Ольга", "Дмитрий", "Мария", "Сергей", "Наталья", "Алексей"};
const char *const kCyrillicLast[] = {"Смирнова", "Иванов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Орлова"};
const char *const kMailStems[] = {"ana",  "jose",  "maria", "lucia", "javi",  "carmen", "pablo", "sofia", "angel",
                                  "ines", "nuria", "jordi", "zoe",   "emma",  "oliver", "liam",  "priya", "wei",
                                  "anna", "ivan",  "olga",  "dima",  "mateo", "hugo",   "elena", "noah"};
const char *const kDomains[] = {"uni.example.edu", "alumnos.example.es", "mail.example.com",
                                "example.org",     "correo.example.es",  "students.example.ru"};

enum class Kind { Host, SignedIn, EmailGuest, NameGuest };

struct Person
{
    Kind kind = Kind::SignedIn;
    std::string id; // Zoom user id when signed in
    std::string name;
    std::string email;
};

struct Row
{
    qint64 join;
    qint64 leave;
    int person;
    bool waiting; // in the waiting room, not admitted yet
    bool shouted; // the e-mail typed in capitals this time (guests type it at every join)
};

// The pages and what a correct report of them says.
struct Event
{
    QByteArray json;
    int records = 0;
    int pages = 0;
    int people = 0;
    int attendees = 0; // people besides the host with a row outside the waiting room
    qint64 attendedSeconds = 0; // the union of each attendee's intervals, summed
    int hostRows = 0;
    int waitingRows = 0;
};

template<typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&list)[N])
{
    return list[random.bounded(int(N))];
}

std::string zoomId(QRandomGenerator &random, int index)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string id;
    for (int i = 0; i < 16; ++i)
        id.push_back(alphabet[random.bounded(64)]);
    for (int i = 0, v = index; i < 6; ++i, v /= 64) // unique per person
        id.push_back(alphabet[v % 64]);
    return id;
}

Person makePerson(QRandomGenerator &random, int index)
{
    Person person;
    const int roll = random.bounded(1000);
    if (index == 0)
        person.kind = Kind::Host;
    else if (roll < 800)
        person.kind = Kind::SignedIn;
    else if (roll < 920)
        person.kind = Kind::EmailGuest;
    else
        person.kind = Kind::NameGuest;

    const bool cyrillic = random.bounded(100) < 12;
    const std::string first = cyrillic ? pick(random, kCyrillicFirst) : pick(random, kFirstNames);
    const std::string last = cyrillic ? pick(random, kCyrillicLast) : pick(random, kLastNames);
    const int style = random.bounded(1000);
    if (person.kind == Kind::NameGuest) {
        // Unique by construction, so the expected number of people is known.
        char text[64];
        if (style < 400)
            std::snprintf(text, sizeof text, "+34 6%02d %03d %03d", index / 1000000 % 100, index / 1000 % 1000,
                          index % 1000); // a dial-in: a formula trigger in a spreadsheet
        else if (style < 700)
            std::snprintf(text, sizeof text, "Invitado %d", index);
        else
            std::snprintf(text, sizeof text, "iPad de %s %d", first.c_str(), index);
        person.name = text;
    } else if (style < 15) {
        person.name = last + ", " + first; // needs quoting
    } else if (style < 20) {
        person.name = first + " \"" + pick(random, kMailStems) + "\" " + last; // escaped in JSON, quoted in CSV
    } else if (style < 23) {
        person.name = first + " " + last + " "; // a trailing space is kept, quoted
    } else if (style < 25) {
        person.name = "@" + first; // a handle: neutralised
    } else {
        person.name = first + " " + last;
    }

    if (person.kind == Kind::Host) {
        person.id = zoomId(random, index);
        person.email = kHostEmail;
    } else if (person.kind != Kind::NameGuest) {
        person.email = std::string(pick(random, kMailStems)) + "." + pick(random, kMailStems) + "." +
            std::to_string(index) + "@" + pick(random, kDomains);
        if (person.kind == Kind::SignedIn)
            person.id = zoomId(random, index);
    }
    return person;
}

// A person's rows: perhaps a wait to be admitted, then joins, rejoins after a dropped
// connection (sometimes right away, so the stretches touch) and a second device that overlaps.
void addRows(QRandomGenerator &random, int personIndex, int count, std::vector<Row> &rows)
{
    const bool neverAdmitted = personIndex != 0 && random.bounded(1000) < 5;
    const bool waitsFirst = personIndex != 0 && count > 1 && random.bounded(100) < 12;
    qint64 at = kStart - 900 + random.bounded(4500);
    for (int r = 0; r < count; ++r) {
        Row row {0, 0, personIndex, false, random.bounded(10) < 3};
        if (neverAdmitted || (r == 0 && waitsFirst)) {
            row.waiting = true;
            row.join = at;
            row.leave = at + 20 + random.bounded(600);
        } else if (r > 0 && !rows.back().waiting && random.bounded(4) == 0) {
            const Row &previous = rows.back();
            row.join = previous.join + random.bounded(int(std::max<qint64>(1, previous.leave - previous.join)));
            row.leave = row.join + 60 + random.bounded(3600);
        } else {
            row.join = at + (r == 0 ? 0 : random.bounded(600));
            row.leave = row.join + 120 + random.bounded(5400);
        }
        at = std::max(at, row.leave);
        rows.push_back(row);
    }
}

void appendIso(std::string &out, qint64 secs)
{
    static qint64 cachedDay = -1;
    static std::string cachedDate;
    const qint64 day = secs / 86400;
    if (day != cachedDay) {
        cachedDay = day;
        cachedDate = QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate).toStdString();
    }
    const auto rest = int(secs % 86400);
    const char time[] = {'T', char('0' + rest / 36000),   char('0' + rest / 3600 % 10),
                         ':', char('0' + rest / 600 % 6), char('0' + rest / 60 % 10),
                         ':', char('0' + rest % 60 / 10), char('0' + rest % 10),
                         'Z'};
    out += cachedDate;
    out.append(time, sizeof time);
}

void appendJsonText(std::string &out, const std::string &text, bool shout)
{
    out.push_back('"');
    if (!shout && text.find_first_of("\"\\") == std::string::npos) {
        out += text;
    } else {
        for (const char c : text) {
            if (c == '"' || c == '\\')
                out.push_back('\\');
            out.push_back(shout && c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c);
        }
    }
    out.push_back('"');
}

Event makeEvent(int recordCount, int peopleCount, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Person> people;
    people.reserve(size_t(peopleCount));
    for (int i = 0; i < peopleCount; ++i)
        people.push_back(makePerson(random, i));
    // Everyone joins once; the other rows are rejoins and second devices, spread at random.
    std::vector<int> rowCount(size_t(peopleCount), 1);
    for (int i = peopleCount; i < recordCount; ++i)
        ++rowCount[size_t(random.bounded(peopleCount))];
    std::vector<Row> rows;
    rows.reserve(size_t(recordCount));
    for (int i = 0; i < peopleCount; ++i)
        addRows(random, i, rowCount[size_t(i)], rows);

    Event event;
    event.records = recordCount;
    event.people = peopleCount;
    // What the report must say, worked out from the people rather than from the pages.
    std::vector<std::pair<qint64, qint64>> intervals;
    for (size_t i = 0; i < rows.size();) {
        const int person = rows[i].person;
        intervals.clear();
        for (; i < rows.size() && rows[i].person == person; ++i) {
            if (rows[i].waiting)
                ++event.waitingRows;
            else if (person == 0)
                ++event.hostRows;
            else
                intervals.emplace_back(rows[i].join, rows[i].leave);
        }
        if (intervals.empty())
            continue;
        ++event.attendees;
        std::sort(intervals.begin(), intervals.end());
        qint64 from = intervals.front().first, to = intervals.front().second;
        for (const auto &[join, leave] : intervals) {
            if (join > to) {
                event.attendedSeconds += to - from;
                from = join;
            }
            to = std::max(to, leave);
        }
        event.attendedSeconds += to - from;
    }

    // Zoom lists the rows in order of joining.
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.join != b.join ? a.join < b.join : a.person < b.person; });
    event.pages = std::max(1, (recordCount + kPageSize - 1) / kPageSize);
    std::string json;
    json.reserve(size_t(recordCount) * 240 + 4096);
    json += "[";
    for (int page = 0; page < event.pages; ++page) {
        const size_t from = size_t(page) * kPageSize;
        const size_t to = std::min(rows.size(), from + kPageSize);
        std::string token;
        for (int i = 0; page + 1 < event.pages && i < 32; ++i)
            token.push_back(char('a' + random.bounded(26)));
        json += page == 0 ? "\n" : ",\n";
        json += "{\"page_count\":" + std::to_string(event.pages) + ",\"page_size\":" + std::to_string(kPageSize) +
            ",\"total_records\":" + std::to_string(recordCount) + ",\"next_page_token\":\"" + token +
            "\",\"participants\":[";
        for (size_t i = from; i < to; ++i) {
            const Row &row = rows[i];
            const Person &person = people[size_t(row.person)];
            json += i == from ? "{\"id\":" : ",{\"id\":";
            appendJsonText(json, person.id, false);
            json += ",\"name\":";
            appendJsonText(json, person.name, false);
            json += ",\"user_id\":\"" + std::to_string(16778240 + i) + "\",\"user_email\":";
            appendJsonText(json, person.email, row.shouted && person.kind == Kind::EmailGuest);
            json += ",\"join_time\":\"";
            appendIso(json, row.join);
            json += "\",\"leave_time\":\"";
            appendIso(json, row.leave);
            json += "\",\"duration\":" + std::to_string(row.leave - row.join) + ",\"failover\":false,\"status\":\"";
            json += row.waiting ? "in_waiting_room" : "in_meeting";
            json += person.kind == Kind::SignedIn || person.kind == Kind::Host ? "\",\"internal_user\":true}"
                                                                               : "\",\"internal_user\":false}";
        }
        json += "]}";
    }
    json += "\n]\n";
    event.json = QByteArray(json.data(), qsizetype(json.size()));
    return event;
}

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

double seconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e9;
}

double megabytes(qsizetype bytes)
{
    return double(bytes) / 1e6;
}

struct Stages
{
    qint64 parse = 0;
    qint64 merge = 0; // the report path only
    qint64 write = 0;
    double cpu = 0; // seconds of processor time: on a busy machine, less than the wall time
    qint64 total() const { return parse + merge + write; }
};

// The baseline: the same bytes parsed, then one CSV row per record, nothing merged.
QByteArray baseline(const QByteArray &json, const QTimeZone &zone, Stages &stages)
{
    const std::clock_t cpu = std::clock();
    QElapsedTimer timer;
    timer.start();
    const auto parsed = ParticipantRecords::fromPages(json);
    if (!parsed)
        return {};
    stages.parse = timer.nsecsElapsed();
    timer.restart();
    CsvWriter csv;
    for (const char *column : {"name", "email", "join", "leave", "duration_seconds"})
        csv.value(std::string_view(column));
    csv.endRow();
    ReportTime::ZoneFormatter times(zone);
    std::string cell;
    char number[24];
    for (const ParticipantRecord &record : parsed.value().records()) {
        csv.text(record.name).text(record.email);
        cell.clear();
        times.append(cell, record.joinSecs);
        csv.value(cell);
        cell.clear();
        times.append(cell, record.leaveSecs);
        csv.value(cell);
        const auto end = std::to_chars(number, number + sizeof number, record.leaveSecs - record.joinSecs).ptr;
        csv.value(std::string_view(number, size_t(end - number)));
        csv.endRow();
    }
    QByteArray out = csv.data();
    stages.write = timer.nsecsElapsed();
    stages.cpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    return out;
}

struct Merged
{
    QByteArray csv;
    int records = 0;
    int attendees = 0;
    qint64 attendedSeconds = 0;
    int hostRows = 0;
    int waitingRows = 0;
    QString error;
};

Merged report(const QByteArray &json, const ReportHost &host, const AttendanceCsvOptions &options, Stages &stages)
{
    Merged merged;
    const std::clock_t cpu = std::clock();
    QElapsedTimer timer;
    timer.start();
    const auto parsed = ParticipantRecords::fromPages(json);
    if (!parsed) {
        merged.error = parsed.error().message;
        return merged;
    }
    stages.parse = timer.nsecsElapsed();
    timer.restart();
    const AttendanceReport attendance = AttendanceReport::build(parsed.value(), host);
    stages.merge = timer.nsecsElapsed();
    timer.restart();
    merged.csv = attendanceCsv(attendance, options);
    stages.write = timer.nsecsElapsed();
    stages.cpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    merged.records = attendance.recordCount();
    merged.attendees = int(attendance.attendees().size());
    merged.attendedSeconds = attendance.totalSeconds();
    merged.hostRows = attendance.hostRecords();
    merged.waitingRows = attendance.waitingRoomRecords();
    return merged;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int recordCount = std::max(1, option(args, "--records", 100000));
    const int peopleCount = std::clamp(option(args, "--people", 20000), 1, recordCount);
    const int runs = std::max(1, option(args, "--runs", 3));
    const auto seed = quint32(option(args, "--seed", 2026));
    const qsizetype writeAt = args.indexOf(QStringLiteral("--write"));
    const QString writeDir = writeAt >= 0 && writeAt + 1 < args.size() ? args.at(writeAt + 1) : QString();

    AttendanceCsvOptions options;
    options.zone = QTimeZone("Europe/Madrid");
    if (!options.zone.isValid()) {
        std::printf("bench_report: the time zone Europe/Madrid is not known (tzdata)\n");
        return 1;
    }
    ReportHost host;
    host.email = QString::fromLatin1(kHostEmail);

    QElapsedTimer timer;
    timer.start();
    const Event event = makeEvent(recordCount, peopleCount, seed);
    std::printf("bench_report: a webinar of %d participant records of %d people, %d pages (%.1f MB of JSON), "
                "times in Europe/Madrid, one thread, best of %d\n",
                event.records, event.people, event.pages, megabytes(event.json.size()), runs);
    std::printf("  generated in %.1f s\n", double(timer.elapsed()) / 1000);

    Stages bestBaseline, bestReport;
    QByteArray plainCsv;
    Merged merged;
    for (int run = 0; run < runs; ++run) {
        Stages stages;
        plainCsv = baseline(event.json, options.zone, stages);
        if (run == 0 || stages.total() < bestBaseline.total())
            bestBaseline = stages;
        stages = {};
        merged = report(event.json, host, options, stages);
        if (!merged.error.isEmpty()) {
            std::printf("  the pages were refused: %s\n", qPrintable(merged.error));
            return 1;
        }
        if (run == 0 || stages.total() < bestReport.total())
            bestReport = stages;
    }

    const double plainS = seconds(bestBaseline.total());
    const double reportS = seconds(bestReport.total());
    const double rate = event.records / reportS;
    std::printf("  baseline (parse + one row per record, no merging): %.3f s (parse %.3f + write %.3f; cpu %.3f), "
                "%.0f records/s, %.1f MB/s of output (%.1f MB)\n",
                plainS, seconds(bestBaseline.parse), seconds(bestBaseline.write), bestBaseline.cpu,
                event.records / plainS, megabytes(plainCsv.size()) / plainS, megabytes(plainCsv.size()));
    std::printf("  report (parse + merge + write CSV): %.3f s (parse %.3f + merge %.3f + write %.3f; cpu %.3f), "
                "%.0f records/s, %.1f MB/s of output (%.1f MB)\n",
                reportS, seconds(bestReport.parse), seconds(bestReport.merge), seconds(bestReport.write),
                bestReport.cpu, rate, megabytes(merged.csv.size()) / reportS, megabytes(merged.csv.size()));
    std::printf("  ratio report/baseline time: %.2fx\n", reportS / plainS);

    // The report must say what the generator knows.
    const bool header = merged.csv.startsWith(kHeader);
    const bool rows = merged.csv.count("\r\n") == merged.attendees + 1 && plainCsv.count("\r\n") == event.records + 1;
    const bool zone = merged.csv.contains("+01:00"); // Madrid in November
    const bool people = merged.attendees == event.attendees && merged.attendedSeconds == event.attendedSeconds;
    const bool left =
        merged.records == event.records && merged.hostRows == event.hostRows && merged.waitingRows == event.waitingRows;
    const bool sane = header && rows && zone && people && left;
    std::printf("  people in output: %d attendees (expected %d), %lld s attended (expected %lld); left out: %d host "
                "rows, %d waiting-room rows; checks: %s\n",
                merged.attendees, event.attendees, static_cast<long long>(merged.attendedSeconds),
                static_cast<long long>(event.attendedSeconds), merged.hostRows, merged.waitingRows,
                sane ? "ok" : "FAILED");
    if (!sane)
        std::printf("  header %s, rows %s, zone %s, people %s, rows left out %s\n", header ? "ok" : "WRONG",
                    rows ? "ok" : "WRONG", zone ? "ok" : "WRONG", people ? "ok" : "WRONG", left ? "ok" : "WRONG");
    std::printf("  target < 1 s for the report (release build, one thread): %s\n", reportS < 1.0 ? "met" : "NOT met");
    if (!writeDir.isEmpty()) {
        bool written = QDir().mkpath(writeDir);
        const std::pair<const char *, const QByteArray *> files[] = {
            {"participants.json", &event.json}, {"report.csv", &merged.csv}, {"baseline.csv", &plainCsv}};
        for (const auto &[name, bytes] : files) {
            QFile file(QDir(writeDir).filePath(QLatin1String(name)));
            written = written && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size();
        }
        std::printf("  %s %s\n", written ? "written to" : "could not write to", qPrintable(writeDir));
    }
    return sane ? 0 : 1;
}
