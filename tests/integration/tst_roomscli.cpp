// SPDX-License-Identifier: GPL-3.0-or-later
// `roomdeskctl rooms add|list|set|remove` and `policy show|set` as scripts use them: the JSON
// fields are a contract (DESIGN §7), exit codes say refused (1) or wrong command line (2).
#include "processrunner.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <libical/ical.h>
#include <memory>

using namespace Roomdesk::Test;

class TestRoomsCli final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    int m_databases = 0;

    QString newDatabase() { return m_ctl.home() + QStringLiteral("/rooms-%1.sqlite").arg(++m_databases); }

    ProcessResult ctl(const QString &db, const QStringList &arguments)
    {
        return m_ctl.run(QStringList {"--db", db} + arguments);
    }

    static QJsonDocument json(const ProcessResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()); }

    // The UIDs of the VEVENTs of an iCalendar text, as libical parses it; nothing when it
    // does not parse as a VCALENDAR.
    static std::optional<QStringList> icsUids(const QByteArray &bytes)
    {
        const std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> calendar(
            icalparser_parse_string(bytes.constData()), icalcomponent_free);
        if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT ||
            icalcomponent_count_errors(calendar.get()) != 0)
            return std::nullopt;
        QStringList uids;
        for (icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT))
            uids.append(QString::fromUtf8(icalcomponent_get_uid(event)));
        return uids;
    }

private slots:
    void roomsRoundTripAsJson()
    {
        const QString db = newDatabase();
        const ProcessResult added = ctl(db,
                                        {"--json", "rooms", "add", "--email", "Aula1@Universidad.example", "--name",
                                         "Aula 1", "--webinar", "--active", "--prep", "5"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject room = json(added).object();
        const QStringList fields = {"id",       "name", "email",    "zoom_user_id", "webinar", "active",  "assignment",
                                    "position", "prep", "courtesy", "postprocess",  "notes",   "capacity"};
        QCOMPARE(room.keys().size(), fields.size());
        for (const QString &field : fields)
            QVERIFY2(room.contains(field), qPrintable(field));
        QCOMPARE(room.value("email").toString(), QStringLiteral("aula1@universidad.example"));
        QCOMPARE(room.value("webinar").toBool(), true);
        QCOMPARE(room.value("active").toBool(), true);
        QCOMPARE(room.value("assignment").toString(), QStringLiteral("automatic"));
        QCOMPARE(room.value("prep").toInt(), 5);
        QVERIFY(room.value("courtesy").isNull());
        QVERIFY(room.value("zoom_user_id").isNull());

        QCOMPARE(ctl(db, {"rooms", "add", "--email", "aula2@universidad.example", "--name", "Aula 2"}).exitCode, 0);
        const QJsonArray list = json(ctl(db, {"rooms", "list", "--json"})).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value("active").toBool(true), false); // new rooms start inactive
        QCOMPARE(list.at(1).toObject().value("position").toInt(), 2);

        const QString id = QString::number(list.at(1).toObject().value("id").toInt());
        const ProcessResult set =
            ctl(db, {"--json", "rooms", "set", id, "--active", "--manual", "--position", "1", "--courtesy", "0"});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(json(set).object().value("assignment").toString(), QStringLiteral("manual"));
        QCOMPARE(json(set).object().value("courtesy").toInt(-1), 0);
        const ProcessResult back = ctl(db, {"--json", "rooms", "set", id, "--courtesy", "default"});
        QVERIFY(json(back).object().value("courtesy").isNull());

        QCOMPARE(ctl(db, {"rooms", "remove", id}).exitCode, 0);
        QCOMPARE(json(ctl(db, {"rooms", "list", "--json"})).array().size(), 1);
    }

    void refusalsAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing e-mail") << QStringList {"rooms", "add", "--name", "X"} << 2 << "needs --email";
        QTest::newRow("bad e-mail") << QStringList {"rooms", "add", "--name", "X", "--email", "x"} << 1
                                    << "is not an e-mail";
        QTest::newRow("duplicate") << QStringList {"rooms", "add", "--name", "X", "--email", "TAKEN@b.example"} << 1
                                   << "already uses";
        QTest::newRow("bad buffer") << QStringList {"rooms",   "add",         "--name", "X",
                                                    "--email", "x@b.example", "--prep", "soon"}
                                    << 2 << "--prep needs a whole number";
        QTest::newRow("no id") << QStringList {"rooms", "set", "--active"} << 2 << "room's number";
        QTest::newRow("unknown room") << QStringList {"rooms", "set", "99", "--active"} << 1 << "no room 99";
        QTest::newRow("contradiction") << QStringList {"rooms", "set", "1", "--manual", "--automatic"} << 2
                                       << "contradict";
        QTest::newRow("policy nothing") << QStringList {"policy", "set"} << 2 << "Nothing to set";
        QTest::newRow("policy range") << QStringList {"policy", "set", "--lead", "-5"} << 2 << "from 0 to 1440";
        QTest::newRow("spanish") << QStringList {"--lang", "es", "rooms", "set", "99", "--active"} << 1
                                 << "No existe la sala 99";
    }

    void refusalsAndUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "taken@b.example", "--name", "Taken"}).exitCode, 0);
        const ProcessResult result = ctl(db, arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(json(ctl(db, {"rooms", "list", "--json"})).array().size(), 1); // nothing else changed
    }

    void requestsAllocateOrWait()
    {
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "aula1@u.example", "--name", "Aula 1", "--active"}).exitCode, 0);
        QCOMPARE(ctl(db, {"policy", "set", "--prep", "15", "--courtesy", "10", "--postprocess", "15"}).exitCode, 0);
        const QStringList request = {"--json",           "request", "add",           "--title",    "Clase", "--start",
                                     "2026-03-02T09:30", "--tz",    "Europe/Madrid", "--duration", "60"};
        const ProcessResult first = ctl(db, request);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject booked = json(first).object();
        const QStringList leading = {"id", "status", "room", "blocked_from", "blocked_to", "reason"};
        QCOMPARE(booked.keys().size(), 13);
        QCOMPARE(booked.value("organizer").toString(), QString()); // optional, empty when not given
        for (const QString &field : leading)
            QVERIFY2(booked.contains(field), qPrintable(field));
        QCOMPARE(booked.value("status").toString(), QStringLiteral("allocated"));
        QCOMPARE(booked.value("room").toString(), QStringLiteral("aula1@u.example"));
        QCOMPARE(booked.value("blocked_from").toString(), QStringLiteral("2026-03-02T09:15:00+01:00"));
        QCOMPARE(booked.value("blocked_to").toString(), QStringLiteral("2026-03-02T10:55:00+01:00"));

        const QJsonObject waiting = json(ctl(db, request)).object();
        QCOMPARE(waiting.value("status").toString(), QStringLiteral("pending"));
        QVERIFY(waiting.value("room").isNull());
        QVERIFY(waiting.value("blocked_from").isNull());
        QVERIFY(waiting.value("reason").toString().contains(QStringLiteral("administrators")));

        // Cancelling the first gives its room to the one waiting.
        QCOMPARE(ctl(db, {"request", "cancel", QString::number(booked.value("id").toInt())}).exitCode, 0);
        const QJsonArray all = json(ctl(db, {"request", "list", "--json"})).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).toObject().value("status").toString(), QStringLiteral("allocated"));

        // A second room, activated later, takes a new waiting request at once.
        const QJsonObject third = json(ctl(db, request)).object();
        QCOMPARE(third.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "aula2@u.example", "--name", "Aula 2"}).exitCode, 0);
        const ProcessResult activated = ctl(db, {"rooms", "set", "2", "--active"});
        QCOMPARE(activated.exitCode, 0);
        QVERIFY2(activated.err.contains(QStringLiteral("1 pending request got a room")), qPrintable(activated.err));

        // By hand: a room in use at that time is refused and named; an unknown e-mail too.
        const QString pendingId = QString::number(json(ctl(db, request)).object().value("id").toInt());
        const ProcessResult clash = ctl(db, {"request", "assign", pendingId, "--room", "AULA1@u.example"});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(QStringLiteral("never double-booked")), qPrintable(clash.err));
        QCOMPARE(ctl(db, {"request", "assign", pendingId, "--room", "nobody@u.example"}).exitCode, 1);
        QCOMPARE(ctl(db, {"request", "assign", pendingId}).exitCode, 2);
        QCOMPARE(ctl(db, {"request", "cancel", pendingId}).exitCode, 0);

        const ProcessResult gap = ctl(db,
                                      {"--lang", "ru", "request", "add", "--title", "X", "--start", "2026-03-29T02:30",
                                       "--tz", "Europe/Madrid", "--duration", "30"});
        QCOMPARE(gap.exitCode, 1);
        QVERIFY2(gap.err.contains(QStringLiteral("не существует")), qPrintable(gap.err));
        QCOMPARE(
            ctl(db,
                {"request", "add", "--title", "X", "--start", "2026-03-02T09:30", "--tz", "UTC", "--duration", "long"})
                .exitCode,
            2);
        QCOMPARE(ctl(db, {"request", "add", "--title", "X", "--tz", "UTC", "--duration", "30"}).exitCode, 2);
        QCOMPARE(json(ctl(db, {"request", "list", "--json"})).array().size(), 4); // refusals stored nothing
    }

    void importASemester()
    {
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "a1@u.example", "--name", "A1", "--active", "--webinar"}).exitCode,
                 0);
        // As Excel saves it in a Spanish locale: BOM, semicolons, CRLF, quotes inside quotes.
        const QString csv = m_ctl.home() + QStringLiteral("/semester.csv");
        QVERIFY(writeFile(csv,
                          "\xEF\xBB\xBFtitle;start;tz;duration;webinar;admission;organizer\r\n"
                          "\"\xC3\x81lgebra; grupo A\";2026-03-02T09:30;Europe/Madrid;90;no;waiting-room;Ana\r\n"
                          "\"F\xC3\xADsica \"\"II\"\"\";2026-03-02T09:30;Europe/Madrid;60;;auto-admit;\r\n"
                          "Web;2026-03-03T18:00;America/Bogota;45;yes;;\xD0\x98\xD1\x80\xD0\xB8\xD0\xBD\xD0\xB0\r\n"));
        const ProcessResult imported = ctl(db, {"--json", "request", "import", "--csv", csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject summary = json(imported).object();
        QCOMPARE(summary.value("total").toInt(), 3);
        QCOMPARE(summary.value("allocated").toInt(), 2);
        QCOMPARE(summary.value("pending").toInt(), 1);
        const QJsonArray requests = summary.value("requests").toArray();
        QCOMPARE(requests.at(0).toObject().value("title").toString(), QStringLiteral("Álgebra; grupo A"));
        QCOMPARE(requests.at(1).toObject().value("title").toString(), QStringLiteral("Física \"II\""));
        QCOMPARE(requests.at(1).toObject().value("waiting_room").toBool(true), false);
        QCOMPARE(requests.at(2).toObject().value("kind").toString(), QStringLiteral("webinar"));
        QCOMPARE(requests.at(0).toObject().value("organizer").toString(), QStringLiteral("Ana"));
        QCOMPARE(requests.at(2).toObject().value("organizer").toString(), QStringLiteral("Ирина"));
        QCOMPARE(requests.at(2).toObject().value("start").toString(), QStringLiteral("2026-03-03T18:00:00-05:00"));

        // One bad row: every problem listed by line, nothing stored.
        const QString bad = m_ctl.home() + QStringLiteral("/bad.csv");
        QVERIFY(writeFile(bad,
                          "title,start,tz,duration\nX,2026-03-29T02:30,Europe/Madrid,60\n"
                          "Y,2026-03-02T09:30,Europe/Madrid,abc\nZ,2026-03-02T09:30,UTC,30\n"));
        const ProcessResult refused = ctl(db, {"request", "import", "--csv", bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("line 2:")) && refused.err.contains(QStringLiteral("line 3:")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("2 rows to fix; nothing was imported")));
        QCOMPARE(json(ctl(db, {"request", "list", "--json"})).array().size(), 3);

        QVERIFY(writeFile(bad, "title,begin,tz,duration\n"));
        QVERIFY(ctl(db, {"request", "import", "--csv", bad}).err.contains(QStringLiteral("Unknown column “begin”")));
        QVERIFY(writeFile(bad, "title,start,tz,duration\n\"open,2026-03-02T09:30,UTC,30\n"));
        QVERIFY(ctl(db, {"request", "import", "--csv", bad}).err.contains(QStringLiteral("never ends")));
        QCOMPARE(ctl(db, {"request", "import", "--csv", m_ctl.home() + QStringLiteral("/missing.csv")}).exitCode, 1);
        QCOMPARE(ctl(db, {"request", "import"}).exitCode, 2);
    }

    void calendarForScripts()
    {
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "a1@u.example", "--name", "A1", "--active"}).exitCode, 0);
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "a2@u.example", "--name", "A2", "--active"}).exitCode, 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ctl(db,
                         {"request", "add", "--title", QStringLiteral("S%1").arg(i), "--start", "2026-03-02T09:30",
                          "--tz", "Europe/Madrid", "--duration", "60"})
                         .exitCode,
                     0);
        QCOMPARE(ctl(db,
                     {"request", "add", "--title", "Later", "--start", "2026-04-02T09:30", "--tz", "UTC", "--duration",
                      "60"})
                     .exitCode,
                 0);
        const ProcessResult week = ctl(db, {"--json", "calendar", "--from", "2026-03-02", "--to", "2026-03-08"});
        QVERIFY2(week.exitCode == 0, qPrintable(week.err));
        const QJsonObject calendar = json(week).object();
        QCOMPARE(calendar.value("from").toString(), QStringLiteral("2026-03-02T00:00:00Z"));
        QCOMPARE(calendar.value("to").toString(), QStringLiteral("2026-03-09T00:00:00Z"));
        const QJsonArray rooms = calendar.value("rooms").toArray();
        QCOMPARE(rooms.size(), 2);
        const QJsonObject booking = rooms.at(0).toObject().value("bookings").toArray().at(0).toObject();
        QCOMPARE(booking.value("title").toString(), QStringLiteral("S0"));
        QCOMPARE(booking.value("start").toString(), QStringLiteral("2026-03-02T08:30:00Z"));
        QCOMPARE(booking.value("end").toString(), QStringLiteral("2026-03-02T09:30:00Z"));
        QCOMPARE(booking.value("blocked_from").toString(), QStringLiteral("2026-03-02T08:15:00Z"));
        QCOMPARE(rooms.at(1).toObject().value("bookings").toArray().size(), 1);
        QCOMPARE(calendar.value("pending").toArray().size(), 1); // S2; "Later" is outside the range
        const QJsonObject one =
            json(ctl(db, {"--json", "calendar", "--from", "2026-03-01", "--to", "2026-04-30", "--room", "1"})).object();
        QCOMPARE(one.value("rooms").toArray().size(), 1);
        QCOMPARE(one.value("rooms").toArray().at(0).toObject().value("bookings").toArray().size(), 2);
        QCOMPARE(ctl(db, {"calendar", "--from", "2026-03-09", "--to", "2026-03-02"}).exitCode, 2);
        QCOMPARE(ctl(db, {"calendar", "--from", "soon"}).exitCode, 2);
        QCOMPARE(ctl(db, {"calendar", "--room", "7"}).exitCode, 1);
    }

    void calendarAsICalendar()
    {
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"rooms", "add", "--email", "a1@u.example", "--name", "A1, norte", "--active"}).exitCode, 0);
        const auto add = [&](const char *title, const char *start, const char *zone) {
            return ctl(db, {"request", "add", "--title", title, "--start", start, "--tz", zone, "--duration", "60"})
                .exitCode;
        };
        QCOMPARE(add("Álgebra, grupo A; 1", "2026-03-02T09:30", "Europe/Madrid"), 0); // 1: booked
        QCOMPARE(add("Cancelled", "2026-03-02T12:00", "Europe/Madrid"), 0); // 2: booked, then cancelled
        QCOMPARE(add("Семинар", "2026-03-02T09:30", "Europe/Madrid"), 0); // 3: pending
        QCOMPARE(add("New York", "2026-03-03T10:00", "America/New_York"), 0); // 4: booked
        QCOMPARE(add("Clash", "2026-03-03T10:00", "America/New_York"), 0); // 5: pending
        QCOMPARE(add("April", "2026-04-02T10:00", "UTC"), 0); // 6: booked, outside the range
        QCOMPARE(ctl(db, {"request", "cancel", "2"}).exitCode, 0);

        const QString file = m_ctl.home() + QStringLiteral("/rooms.ics");
        const QStringList range = {"calendar", "--from", "2026-03-01", "--to", "2026-03-31"};
        const ProcessResult written = ctl(db, range + QStringList {"--ics", file});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.startsWith(QStringLiteral("Wrote 2 booking")) && written.out.contains(file) &&
                     written.out.contains(QStringLiteral("2 pending request")),
                 qPrintable(written.out));
        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.contains("DTSTART;TZID=Europe/Madrid:20260302T093000\r\n"));
        QVERIFY(bytes.contains("DTSTART;TZID=America/New_York:20260303T100000\r\n"));
        QVERIFY(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n"));
        QVERIFY(bytes.contains("STATUS:TENTATIVE\r\n"));
        // Bookings, then pending requests; the database's profile after the @.
        const std::optional<QStringList> uids = icsUids(bytes);
        QVERIFY(uids);
        const QString profile = uids->value(0).section(QLatin1Char('@'), 1);
        QVERIFY(!profile.isEmpty());
        const auto uid = [&profile](int id) { return QStringLiteral("roomdesk-request-%1@%2").arg(id).arg(profile); };
        QCOMPARE(*uids, (QStringList {uid(1), uid(4), uid(3), uid(5)}));

        // One room replaces the file whole: its bookings with the same UIDs, no pending request.
        const ProcessResult oneRoom = ctl(db, range + QStringList {"--room", "1", "--ics", file});
        QVERIFY2(oneRoom.exitCode == 0, qPrintable(oneRoom.err));
        QCOMPARE(icsUids(fileBytes(file)), (QStringList {uid(1), uid(4)}));
        QVERIFY(fileBytes(file).contains("\r\nX-WR-CALNAME:A1"));

        // "-": the calendar on standard output, the summary on standard error.
        const ProcessResult piped = ctl(db, range + QStringList {"--ics", "-"});
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(icsUids(piped.out.toUtf8()), *uids);
        QVERIFY2(piped.err.contains(QStringLiteral("Wrote 2 booking")), qPrintable(piped.err));

        // Two outputs at once is a usage error, whichever way round; nothing is written.
        const QString other = m_ctl.home() + QStringLiteral("/other.ics");
        for (const QStringList &arguments :
             {QStringList {"--json", "calendar", "--ics", other}, QStringList {"calendar", "--ics", other, "--json"}}) {
            const ProcessResult both = ctl(db, arguments);
            QCOMPARE(both.exitCode, 2);
            QVERIFY2(both.err.contains(QStringLiteral("--json and --ics")), qPrintable(both.err));
            QVERIFY(both.out.isEmpty());
            QVERIFY(!QFile::exists(other));
        }

        // A path that cannot be written: refused, explained, and no file or leftover appears.
        const QString missingFolder = m_ctl.home() + QStringLiteral("/no-such-folder/rooms.ics");
        const ProcessResult refused = ctl(db, range + QStringList {"--ics", missingFolder});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Cannot write the calendar to ")) &&
                     refused.err.contains(missingFolder),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(missingFolder));
        const QString folder = m_ctl.home() + QStringLiteral("/a-folder.ics");
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(ctl(db, range + QStringList {"--ics", folder}).exitCode, 1);
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
        const QStringList left = QDir(m_ctl.home()).entryList({"*.ics*"}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList {"rooms.ics"});
    }

    void linkCheckForScripts()
    {
        const QString db = newDatabase();
        const ProcessResult valid =
            ctl(db, {"link", "check", "--platform", "google-meet", "https://meet.google.com/abc-defg-hij"});
        QCOMPARE(valid.exitCode, 0);
        const ProcessResult lookalike =
            ctl(db, {"--json", "link", "check", "--platform", "google-meet", "https://meet-google.com/abc-defg-hij"});
        QCOMPARE(lookalike.exitCode, 1);
        const QJsonObject result = json(lookalike).object();
        QCOMPARE(result.keys().size(), 4);
        QCOMPARE(result.value("valid").toBool(true), false);
        QCOMPARE(result.value("platform").toString(), QStringLiteral("google-meet"));
        QVERIFY(!result.value("reason").toString().isEmpty());
        const ProcessResult spanish =
            ctl(db, {"--lang", "es", "link", "check", "--platform", "zoom-custom", "http://zoom.us/j/123456789"});
        QCOMPARE(spanish.exitCode, 1);
        QVERIFY2(spanish.err.contains(QStringLiteral("https")) && spanish.err.contains(QStringLiteral("Solo")),
                 qPrintable(spanish.err));
        QCOMPARE(ctl(db, {"link", "check", "--platform", "skype", "https://skype.com/x"}).exitCode, 2);
        QCOMPARE(ctl(db, {"link", "check", "--platform", "teams"}).exitCode, 2);
        QCOMPARE(ctl(db, {"link", "check", "--platform", "builtin"}).exitCode, 0);
    }

    void policyShowAndSet()
    {
        const QString db = newDatabase();
        const QJsonObject defaults = json(ctl(db, {"--json", "policy", "show"})).object();
        QCOMPARE(defaults.keys().size(), 6);
        QCOMPARE(defaults.value("end_warning").toInt(), 10);
        QCOMPARE(defaults.value("report_deadline").toInt(), 30);
        const ProcessResult set = ctl(db, {"--json", "policy", "set", "--prep", "0", "--postprocess", "45"});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject after = json(ctl(db, {"--json", "policy", "show"})).object();
        QCOMPARE(after.value("prep").toInt(-1), 0);
        QCOMPARE(after.value("postprocess").toInt(), 45);
        QCOMPARE(after.value("courtesy"), defaults.value("courtesy"));
        const ProcessResult russian = ctl(db, {"--lang", "ru", "policy", "show"});
        QVERIFY2(russian.out.contains(QStringLiteral("45 минут")), qPrintable(russian.out));
    }
};

QTEST_GUILESS_MAIN(TestRoomsCli)
#include "tst_roomscli.moc"
