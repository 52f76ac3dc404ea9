// SPDX-License-Identifier: GPL-3.0-or-later
// The report's parts on their own: ISO times in and out (against QDateTime and QTimeZone),
// the page reader against nlohmann/json on random pages (escapes, unknown fields, nesting),
// merging against a second-by-second count, and malformed input never crashing.
#include "reports/attendancecsv.h"
#include "reports/attendancereport.h"
#include "reports/reporttime.h"

#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace Roomdesk;

namespace {

std::string iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate).toStdString();
}

// A random display name: ASCII, Latin accents, Cyrillic, emoji, quotes, commas, line breaks.
std::string randomName(QRandomGenerator &random)
{
    static const char *const parts[] = {"Ana", "José", "Пётр", "Zoë", "😀", "O'Neill", "\"Q\"", ",",
                                        "\n",  "\\",   "=1+1", " ",   "Ñ", "ИВАН",    "/",     "\t"};
    std::string name;
    const int count = 1 + int(random.bounded(3));
    for (int i = 0; i < count; ++i)
        name += parts[random.bounded(int(std::size(parts)))];
    return name;
}

struct Row
{
    std::string id, name, email;
    qint64 join, leave;
    bool waiting;
};

// The people as the rules say, counted second by second: who is who (id, else e-mail tied to
// an id, else e-mail, else the one person of that name), covered seconds, runs of them.
std::map<std::string, std::pair<qint64, int>> expectedPeople(const std::vector<Row> &rows, const std::string &host)
{
    auto lower = [](std::string text) { return QString::fromStdString(text).trimmed().toCaseFolded().toStdString(); };
    std::map<std::string, std::string> personOfId, personOfEmail, personOfName;
    std::vector<std::string> personOf(rows.size());
    std::set<std::string> hostIds;
    for (const Row &row : rows) {
        if (!row.email.empty() && lower(row.email) == lower(host) && !row.id.empty())
            hostIds.insert(row.id);
    }
    auto counted = [&](const Row &row) {
        return !row.waiting && !(!row.email.empty() && lower(row.email) == lower(host)) && !hostIds.count(row.id);
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!counted(rows[i]) || rows[i].id.empty())
            continue;
        personOf[i] = "id:" + rows[i].id;
        if (!rows[i].email.empty() && !personOfEmail.count(lower(rows[i].email)))
            personOfEmail[lower(rows[i].email)] = personOf[i];
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!counted(rows[i]) || !rows[i].id.empty() || rows[i].email.empty())
            continue;
        const std::string key = lower(rows[i].email);
        if (!personOfEmail.count(key))
            personOfEmail[key] = "email:" + key;
        personOf[i] = personOfEmail[key];
    }
    std::map<std::string, std::set<std::string>> known; // name → people known by it
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!personOf[i].empty() && !rows[i].name.empty())
            known[lower(rows[i].name)].insert(personOf[i]);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!counted(rows[i]) || !personOf[i].empty())
            continue;
        const std::string key = lower(rows[i].name);
        if (known.count(key) && known[key].size() == 1)
            personOf[i] = *known[key].begin();
        else
            personOf[i] = "name:" + key;
    }
    std::map<std::string, std::set<qint64>> seconds;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (personOf[i].empty())
            continue;
        auto &covered = seconds[personOf[i]];
        for (qint64 s = rows[i].join; s < rows[i].leave; ++s)
            covered.insert(s);
    }
    std::map<std::string, std::pair<qint64, int>> people;
    for (const auto &[person, covered] : seconds) {
        int runs = 0;
        qint64 previous = -10;
        for (const qint64 s : covered) {
            if (s != previous + 1)
                ++runs;
            previous = s;
        }
        people[person] = {qint64(covered.size()), runs};
    }
    return people;
}

} // namespace

class TestAttendanceReport final : public QObject
{
    Q_OBJECT

private slots:
    void parsesIsoTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("Z") << "2026-11-20T10:00:00Z" << qint64(1795168800);
        QTest::newRow("offset") << "2026-11-20T13:00:00+03:00" << qint64(1795168800);
        QTest::newRow("negative offset") << "2026-11-20T05:00:00-05:00" << qint64(1795168800);
        QTest::newRow("offset without colon") << "2026-11-20T13:00:00+0300" << qint64(1795168800);
        QTest::newRow("fraction") << "2026-11-20T10:00:00.999Z" << qint64(1795168800);
        QTest::newRow("leap day") << "2028-02-29T00:00:00Z" << qint64(1835395200);
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
        QTest::newRow("no offset") << "2026-11-20T10:00:00" << qint64(-1);
        QTest::newRow("not a leap year") << "2026-02-29T00:00:00Z" << qint64(-1);
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << qint64(-1);
        QTest::newRow("hour 24") << "2026-11-20T24:00:00Z" << qint64(-1);
        QTest::newRow("date only") << "2026-11-20" << qint64(-1);
        QTest::newRow("trailing text") << "2026-11-20T10:00:00Zjunk" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("words") << "yesterday" << qint64(-1);
    }

    void parsesIsoTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const std::string utf8 = text.toStdString();
        const auto parsed = ReportTime::parseIso(utf8);
        if (expected < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
        QCOMPARE(*parsed, QDateTime::fromString(text, Qt::ISODateWithMs).toSecsSinceEpoch());
    }

    void formatsTimesAsQtDoesInEveryZone_data()
    {
        QTest::addColumn<QString>("zone");
        for (const char *zone : {"UTC", "Europe/Madrid", "Europe/Moscow", "America/Sao_Paulo", "America/St_Johns",
                                 "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/Bogota"})
            QTest::newRow(zone) << QString::fromLatin1(zone);
    }

    void formatsTimesAsQtDoesInEveryZone()
    {
        QFETCH(QString, zone);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        ReportTime::ZoneFormatter formatter(tz);
        QRandomGenerator random(7);
        // Random instants 1990–2040, and runs of nearby ones that cross transitions.
        qint64 at = 631152000;
        for (int i = 0; i < 4000; ++i) {
            at = i % 4 == 0 ? 631152000 + qint64(random.bounded(quint64(1577836800))) : at + random.bounded(7200);
            const QDateTime local = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toTimeZone(tz);
            const int offset = local.offsetFromUtc();
            const QString expected = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
                QStringLiteral("%1:%2")
                    .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                    .arg(std::abs(offset) / 60 % 60, 2, 10, QLatin1Char('0'));
            QCOMPARE(QString::fromStdString(formatter.format(at)), expected);
        }
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << "0:00:00";
        QTest::newRow("negative") << qint64(-5) << "0:00:00";
        QTest::newRow("59 s") << qint64(59) << "0:00:59";
        QTest::newRow("hour") << qint64(3600) << "1:00:00";
        QTest::newRow("1:02:03") << qint64(3723) << "1:02:03";
        QTest::newRow("over a day") << qint64(90061) << "25:01:01";
    }

    void formatsDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(ReportTime::duration(seconds)), expected);
    }

    // Random pages: what the reader keeps equals what nlohmann/json reads, and the merge
    // equals a second-by-second count.
    void randomPagesMatchAnIndependentCount()
    {
        QRandomGenerator random(20261122);
        for (int round = 0; round < 60; ++round) {
            const int people = 1 + int(random.bounded(12));
            std::vector<Row> rows;
            const std::string host = "Host@Uni.example";
            for (int r = 0; r < 40; ++r) {
                const int who = int(random.bounded(people));
                Row row;
                const int kind = who % 4; // 0: signed in, 1: e-mail only, 2: name only, 3: id and e-mail sometimes
                row.id = kind == 0 || (kind == 3 && random.bounded(2)) ? "id-" + std::to_string(who) : "";
                row.email =
                    kind == 1 || kind == 3 ? (random.bounded(2) ? "P" : "p") + std::to_string(who) + "@x.org" : "";
                row.name =
                    kind == 2 ? (random.bounded(2) ? "Guest " : "GUEST ") + std::to_string(who) : randomName(random);
                row.join = qint64(random.bounded(1800));
                row.leave = row.join + 1 + qint64(random.bounded(900));
                row.waiting = random.bounded(10) == 0;
                rows.push_back(row);
            }
            if (random.bounded(2)) // the host, by e-mail, on two devices
                rows.push_back({"host-id", "Sala", "host@uni.EXAMPLE", 0, 2000, false});
            // As Zoom's pages, with unknown fields and nesting, ASCII-escaped or not.
            nlohmann::json pages = nlohmann::json::array();
            const qint64 base = 1795168800;
            for (size_t i = 0; i < rows.size(); i += 7) {
                nlohmann::json page = {
                    {"page_size", 7}, {"next_page_token", "t"}, {"extra", {{"a", {1, 2.5e3, nullptr}}}}};
                page["participants"] = nlohmann::json::array();
                for (size_t j = i; j < std::min(rows.size(), i + 7); ++j) {
                    const Row &row = rows[j];
                    page["participants"].push_back(
                        {{"id", row.id},
                         {"name", row.name},
                         {"user_email", row.email.empty() ? nlohmann::json(nullptr) : nlohmann::json(row.email)},
                         {"join_time", iso(base + row.join)},
                         {"leave_time", iso(base + row.leave)},
                         {"duration", row.leave - row.join},
                         {"failover", false},
                         {"nested", {{"x", {{"y", "z"}}}}},
                         {"status", row.waiting ? "in_waiting_room" : "in_meeting"}});
                }
                pages.push_back(page);
            }
            const std::string text = pages.dump(round % 3 == 0 ? 1 : -1, ' ', round % 2 == 0);
            auto records = ParticipantRecords::fromPages(QByteArray::fromStdString(text));
            QVERIFY2(records, records ? "" : qPrintable(records.error().message));
            QCOMPARE(records.value().records().size(), rows.size());
            QCOMPARE(records.value().pageCount(), int(pages.size()));
            for (size_t i = 0; i < rows.size(); ++i) {
                const ParticipantRecord &record = records.value().records()[i];
                QCOMPARE(std::string(record.name), rows[i].name);
                QCOMPARE(std::string(record.email), rows[i].email);
                QCOMPARE(std::string(record.userId), rows[i].id);
                QCOMPARE(record.joinSecs, base + rows[i].join);
                QCOMPARE(record.leaveSecs, base + rows[i].leave);
                QCOMPARE(record.waitingRoom, rows[i].waiting);
            }
            const AttendanceReport report =
                AttendanceReport::build(records.value(), {QString::fromStdString(host), {}});
            const auto expected = expectedPeople(rows, host);
            QCOMPARE(report.attendees().size(), qsizetype(expected.size()));
            std::multiset<std::pair<qint64, int>> got, want;
            for (const Attendee &a : report.attendees())
                got.insert({a.durationSeconds, a.segments});
            for (const auto &[person, totals] : expected)
                want.insert(totals);
            QVERIFY2(got == want, qPrintable(QStringLiteral("round %1").arg(round)));
            for (int i = 1; i < report.attendees().size(); ++i)
                QVERIFY(report.attendees()[i - 1].firstJoinSecs <= report.attendees()[i].firstJoinSecs);
        }
    }

    // A large report: the people and their time as a plain count of intervals says, and the
    // CSV rows in the report's order.
    void largeReportsMatchTheModel()
    {
        QRandomGenerator random(7);
        const std::string host = "host@uni.example";
        std::vector<Row> rows;
        for (int r = 0; r < 100000; ++r) {
            const int who = int(random.bounded(30000));
            Row row;
            const int kind = who % 10; // mostly signed in; e-mail guests, name guests, sometimes both
            row.id = kind < 6 || (kind == 9 && random.bounded(2)) ? "id-" + std::to_string(who) : "";
            row.email = kind == 7 || kind == 9 ? (random.bounded(2) ? "G" : "g") + std::to_string(who) + "@x.org"
                                               : (kind < 6 ? "p" + std::to_string(who) + "@x.org" : "");
            row.name = (kind == 8 ? "Invitado " : "Persona ") + std::to_string(who);
            row.join = qint64(random.bounded(14400));
            row.leave = row.join + qint64(random.bounded(3600));
            row.waiting = random.bounded(40) == 0;
            rows.push_back(row);
        }
        rows.push_back({"host-id", "Sala", host, 0, 14400, false});
        nlohmann::json page = {{"participants", nlohmann::json::array()}};
        for (const Row &row : rows)
            page["participants"].push_back({{"id", row.id},
                                            {"name", row.name},
                                            {"user_email", row.email},
                                            {"join_time", iso(1795168800 + row.join)},
                                            {"leave_time", iso(1795168800 + row.leave)},
                                            {"status", row.waiting ? "in_waiting_room" : "in_meeting"}});
        auto records = ParticipantRecords::fromPages(QByteArray::fromStdString(page.dump()));
        QVERIFY(records);
        const AttendanceReport report = AttendanceReport::build(records.value(), {QString::fromStdString(host), {}});

        // The model: who is who as in expectedPeople, time as the union of sorted intervals.
        std::map<std::string, std::string> personOfEmail;
        std::vector<std::string> personOf(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].waiting || rows[i].email == host || rows[i].id.empty())
                continue;
            personOf[i] = "id:" + rows[i].id;
            if (!rows[i].email.empty())
                personOfEmail.emplace(QString::fromStdString(rows[i].email).toLower().toStdString(), personOf[i]);
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].waiting || rows[i].email == host || !rows[i].id.empty() || rows[i].email.empty())
                continue;
            const std::string key = QString::fromStdString(rows[i].email).toLower().toStdString();
            personOf[i] = personOfEmail.emplace(key, "email:" + key).first->second;
        }
        std::map<std::string, std::set<std::string>> known;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!personOf[i].empty())
                known[rows[i].name].insert(personOf[i]);
        }
        std::map<std::string, std::vector<std::pair<qint64, qint64>>> intervals;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].waiting || rows[i].email == host)
                continue;
            if (personOf[i].empty()) {
                const auto it = known.find(rows[i].name);
                personOf[i] =
                    it != known.end() && it->second.size() == 1 ? *it->second.begin() : "name:" + rows[i].name;
            }
            intervals[personOf[i]].emplace_back(rows[i].join, rows[i].leave);
        }
        std::multiset<std::pair<qint64, int>> want, got;
        for (auto &[person, stretches] : intervals) {
            std::sort(stretches.begin(), stretches.end());
            qint64 total = 0, end = -1;
            int segments = 0;
            for (const auto &[join, leave] : stretches) {
                if (join > end || segments == 0) {
                    ++segments;
                    total += leave - join;
                    end = leave;
                } else if (leave > end) {
                    total += leave - end;
                    end = leave;
                }
            }
            want.insert({total, segments});
        }
        for (const Attendee &a : report.attendees())
            got.insert({a.durationSeconds, a.segments});
        QCOMPARE(report.attendees().size(), qsizetype(intervals.size()));
        QVERIFY(got == want);
        QVERIFY(report.attendees().size() > 20000);

        // Every row of the CSV is its attendee's, in the report's order.
        const QByteArray csv = attendanceCsv(report, {QLatin1Char(';'), true, QTimeZone("Europe/Madrid")});
        QVERIFY(csv.startsWith("\xEF\xBB\xBFname;email;first_join"));
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QByteArray> lines = csv.chopped(2).split('\n');
        QCOMPARE(lines.size(), report.attendees().size() + 1);
        for (qsizetype a = 0; a < report.attendees().size(); ++a) {
            const Attendee &attendee = report.attendees().at(a);
            const QList<QByteArray> cells = lines.at(a + 1).chopped(lines.at(a + 1).endsWith('\r') ? 1 : 0).split(';');
            QCOMPARE(cells.size(), 7);
            QCOMPARE(QString::fromUtf8(cells.at(0)), attendee.name);
            QCOMPARE(cells.at(4).toLongLong(), attendee.durationSeconds);
            QCOMPARE(cells.at(6).toInt(), attendee.segments);
        }
    }

    void presenceCountsPeopleOverTime()
    {
        auto records = ParticipantRecords::fromPages("{\"participants\":["
                                                     "            "
                                                     "{\"id\":\"a\",\"name\":\"A\",\"join_time\":\"2026-11-20T10:00:"
                                                     "00Z\",\"leave_time\":\"2026-11-20T10:30:00Z\"},"
                                                     "            "
                                                     "{\"id\":\"a\",\"name\":\"A\",\"join_time\":\"2026-11-20T10:10:"
                                                     "00Z\",\"leave_time\":\"2026-11-20T10:20:00Z\"},"
                                                     "            "
                                                     "{\"id\":\"b\",\"name\":\"B\",\"join_time\":\"2026-11-20T10:15:"
                                                     "00Z\",\"leave_time\":\"2026-11-20T10:45:00Z\"}]}");
        QVERIFY(records);
        const AttendanceReport report = AttendanceReport::build(records.value());
        const qint64 t0 = 1795168800;
        const QList<std::pair<qint64, int>> expected = {{t0, 1}, {t0 + 900, 2}, {t0 + 1800, 1}, {t0 + 2700, 0}};
        QCOMPARE(report.presence(), expected);
        QCOMPARE(report.totalSeconds(), qint64(1800 + 1800));
        QCOMPARE(report.firstJoinSecs(), t0);
        QCOMPARE(report.lastLeaveSecs(), t0 + 2700);
    }

    // Cut and corrupted pages: a clear error with the line and column, or (when the damage
    // happens to keep it valid) records — never a crash or a hang.
    void damagedPagesAreRefusedWithWhere()
    {
        const QByteArray valid =
            "[{\"participants\":[{\"id\":\"a\",\"name\":\"Zo\\u00eb \\\"Q\\\"\",\"user_email\":\"a@x.org\","
            "            "
            "\"join_time\":\"2026-11-20T10:00:00Z\",\"leave_time\":\"2026-11-20T10:30:00Z\",\"duration\":1800,"
            "            \"status\":\"in_meeting\",\"extra\":[1,-2.5e-3,true,false,null,{\"k\":\"v\"}]}]}]";
        QVERIFY(ParticipantRecords::fromPages(valid));
        QRandomGenerator random(99);
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray damaged = valid;
            if (i % 2 == 0) {
                damaged.truncate(qsizetype(random.bounded(int(valid.size()))));
            } else {
                for (int n = 0; n < 1 + int(random.bounded(3)); ++n)
                    damaged[qsizetype(random.bounded(int(damaged.size())))] = char(random.bounded(256));
            }
            auto records = ParticipantRecords::fromPages(damaged);
            if (!records) {
                ++refused;
                QVERIFY2(records.error().message.contains(QLatin1String("line ")), qPrintable(records.error().message));
                QCOMPARE(records.error().code, QStringLiteral("report.pages"));
            }
        }
        QVERIFY(refused > 2000);
        // A file cut anywhere says so: it ends too early, or inside a text or an escape.
        for (qsizetype length = 1; length < valid.size(); ++length) {
            auto cut = ParticipantRecords::fromPages(valid.left(length));
            QVERIFY2(!cut, qPrintable(QString::number(length)));
            const QString message = cut.error().message;
            QVERIFY2(message.contains(QLatin1String("ends too early")) ||
                         message.contains(QLatin1String("not closed")) ||
                         message.contains(QLatin1String("four hexadecimal")),
                     qPrintable(message));
        }
        // Deep nesting is refused, not recursed into until the stack ends.
        const QByteArray deep = "{\"participants\":[],\"x\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        auto nested = ParticipantRecords::fromPages(deep);
        QVERIFY(!nested);
        QVERIFY(nested.error().message.contains(QLatin1String("deeply")));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceReport)
#include "tst_attendancereport.moc"
