// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar export read back the way a calendar application reads it: parsed with libical,
// every time resolved through the VTIMEZONE embedded in the file (not libical's own zones),
// compared with what the allocator stored. Bookings are made by the real Allocator on SQLite.
#include "calendar/icalendarexport.h"
#include "calendar/icalhandles.h"
#include "rooms/allocator.h"
#include "rooms/bufferpolicy.h"
#include "rooms/roomrepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace Roomdesk;

namespace {

const QDateTime kNow(QDate(2025, 11, 22), QTime(9, 0), QTimeZone::utc());
const QDateTime kStamp(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());
const QString kProfile = QStringLiteral("3f2c9a7e-profile");

QDateTime wallClock(const char *zone, QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(zone)).toUTC();
}

// One VEVENT as a calendar application sees it.
struct Event
{
    QString uid;
    QString summary;
    QString location;
    QString description;
    QString categories;
    icalproperty_status status = ICAL_STATUS_NONE;
    QString startZone; // TZID, empty when written in UTC
    QString endZone;
    QDateTime start; // resolved to UTC
    QDateTime end;
    QDateTime stamp;
    QString blockedFrom; // X-ROOMDESK-BLOCKED-*
    QString blockedTo;
};

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

// An embedded VTIMEZONE as a zone of its own, so times are resolved by the file's rules.
Ical::Timezone zoneFrom(icalcomponent *vtimezone)
{
    Ical::Timezone zone(icaltimezone_new());
    Ical::Component copy(icalcomponent_new_clone(vtimezone));
    if (!icaltimezone_set_component(zone.get(), copy.get()))
        return nullptr;
    copy.release();
    return zone;
}

class ParsedCalendar final
{
public:
    explicit ParsedCalendar(const QByteArray &bytes)
        : m_root(icalparser_parse_string(bytes.constData()))
    {
        if (!m_root || icalcomponent_isa(m_root.get()) != ICAL_VCALENDAR_COMPONENT)
            return;
        for (icalcomponent *vtz = icalcomponent_get_first_component(m_root.get(), ICAL_VTIMEZONE_COMPONENT); vtz;
             vtz = icalcomponent_get_next_component(m_root.get(), ICAL_VTIMEZONE_COMPONENT)) {
            const QString id = text(icalproperty_get_tzid(icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)));
            m_zoneCount[id] += 1;
            m_zones.emplace(id, zoneFrom(vtz));
        }
        for (icalcomponent *vevent = icalcomponent_get_first_component(m_root.get(), ICAL_VEVENT_COMPONENT); vevent;
             vevent = icalcomponent_get_next_component(m_root.get(), ICAL_VEVENT_COMPONENT))
            m_events.append(read(vevent));
    }

    bool valid() const { return m_root && icalcomponent_isa(m_root.get()) == ICAL_VCALENDAR_COMPONENT; }
    icalcomponent *root() const { return m_root.get(); }
    const QList<Event> &events() const { return m_events; }
    int zoneCount(const QString &id) const { return m_zoneCount.value(id); }
    icaltimezone *zone(const QString &id) const
    {
        const auto found = m_zones.find(id);
        return found == m_zones.end() ? nullptr : found->second.get();
    }
    QList<QString> zoneIds() const { return m_zoneCount.keys(); }

    QString x(const char *name) const { return xOf(m_root.get(), name); }

    std::optional<Event> event(const QString &uid) const
    {
        for (const Event &event : m_events) {
            if (event.uid == uid)
                return event;
        }
        return std::nullopt;
    }

private:
    static QString xOf(icalcomponent *component, const char *name)
    {
        for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
                return text(icalproperty_get_x(p));
        }
        return {};
    }

    // A DATE-TIME as an instant: with a TZID through that embedded VTIMEZONE, else UTC.
    QDateTime instant(icalproperty *property, QString *zoneId) const
    {
        if (!property)
            return {};
        icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
        icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        *zoneId = tzid ? text(icalparameter_get_tzid(tzid)) : QString();
        if (tzid) {
            icaltimezone *embedded = zone(*zoneId);
            if (!embedded)
                return {}; // a TZID without its VTIMEZONE
            time.zone = nullptr;
            return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, embedded), QTimeZone::utc());
        }
        if (!icaltime_is_utc(time))
            return {}; // floating time: not what we write
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet(time), QTimeZone::utc());
    }

    Event read(icalcomponent *vevent) const
    {
        Event event;
        event.uid = text(icalcomponent_get_uid(vevent));
        event.summary = text(icalcomponent_get_summary(vevent));
        event.location = text(icalcomponent_get_location(vevent));
        event.description = text(icalcomponent_get_description(vevent));
        event.status = icalcomponent_get_status(vevent);
        if (icalproperty *categories = icalcomponent_get_first_property(vevent, ICAL_CATEGORIES_PROPERTY))
            event.categories = text(icalproperty_get_categories(categories));
        event.start = instant(icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY), &event.startZone);
        event.end = instant(icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY), &event.endZone);
        QString stampZone;
        event.stamp = instant(icalcomponent_get_first_property(vevent, ICAL_DTSTAMP_PROPERTY), &stampZone);
        event.blockedFrom = xOf(vevent, "X-ROOMDESK-BLOCKED-FROM");
        event.blockedTo = xOf(vevent, "X-ROOMDESK-BLOCKED-TO");
        return event;
    }

    Ical::Component m_root;
    std::map<QString, Ical::Timezone> m_zones;
    QMap<QString, int> m_zoneCount;
    QList<Event> m_events;
};

QString uidOf(const RoomRequest &request)
{
    return QStringLiteral("roomdesk-request-%1@%2").arg(request.id).arg(kProfile);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

class TestICalendarExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    // Rooms "Aula 1" … "Aula n", active and automatic, webinar-capable; buffers 15/10/15.
    std::unique_ptr<Database> withRooms(const QStringList &names)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ics-%1.sqlite").arg(++m_databases)));
        if (!db || !BufferPolicyStore::save(*db.value(), BufferPolicy {}))
            return nullptr;
        RoomRepository rooms(*db.value());
        int number = 0;
        for (const QString &name : names) {
            Room room;
            room.name = name;
            room.email = QStringLiteral("aula%1@u.example").arg(++number);
            room.active = true;
            room.webinar = true;
            if (!rooms.add(room, kNow))
                return nullptr;
        }
        return std::move(db.value());
    }

    static RoomRequest book(Allocator &allocator, const QString &title, const QDateTime &startUtc, const char *zone,
                            int minutes, bool webinar = false)
    {
        RoomRequestSpec spec;
        spec.title = title;
        spec.startUtc = startUtc;
        spec.timeZone = QLatin1String(zone);
        spec.durationMinutes = minutes;
        spec.webinar = webinar;
        auto request = allocator.request(spec, kNow);
        if (!request)
            qWarning() << request.error().message;
        return request ? request.value() : RoomRequest {};
    }

    static QByteArray exported(const Database &db, std::optional<qint64> room = std::nullopt,
                               const QDateTime &stamp = kStamp)
    {
        ICalendarExport calendar(RoomRepository(db).list().value(), Allocator(db).list().value(), kProfile);
        calendar.setRoomFilter(room);
        auto bytes = calendar.toICalendar(stamp);
        if (!bytes)
            qWarning() << bytes.error().message;
        return bytes ? bytes.value() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // DTSTART/DTEND carry the request's zone and resolve, through the embedded VTIMEZONE, to
    // the instants the allocator stored: in winter, in summer and across each DST change.
    void timesResolveThroughTheEmbeddedZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("startUtc");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("startInZone"); // false: written in UTC
        QTest::addColumn<bool>("endInZone");
        const auto at = [](const char *zone, int y, int m, int d, int h, int min) {
            return wallClock(zone, QDate(y, m, d), QTime(h, min));
        };
        const char *madrid = "Europe/Madrid";
        const char *newYork = "America/New_York";
        QTest::newRow("Madrid, winter") << madrid << at(madrid, 2026, 3, 2, 9, 30) << 60 << true << true;
        QTest::newRow("Madrid, summer") << madrid << at(madrid, 2026, 7, 15, 18, 0) << 90 << true << true;
        QTest::newRow("Madrid, into summer time") // 01:30 CET to 04:30 CEST
            << madrid << at(madrid, 2026, 3, 29, 1, 30) << 120 << true << true;
        QTest::newRow("Madrid, into winter time") // 01:30 CEST to 03:30 CET
            << madrid << at(madrid, 2026, 10, 25, 1, 30) << 180 << true << true;
        // 02:00–03:00 happens twice on 25 October; RFC 5545 reads such a time as the first
        // pass and libical as the second, so times in it are written in UTC.
        QTest::newRow("Madrid, end in the first pass of the repeated hour") // 02:00 CEST
            << madrid << at(madrid, 2026, 10, 25, 0, 30) << 90 << true << false;
        QTest::newRow("Madrid, end in the second pass of the repeated hour") // 02:30 CET
            << madrid << at(madrid, 2026, 10, 25, 1, 30) << 120 << true << false;
        QTest::newRow("Madrid, start in the second pass of the repeated hour") // 02:30 CET to 03:30 CET
            << madrid << QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc()) << 60 << false << true;
        QTest::newRow("New York, winter") << newYork << at(newYork, 2026, 1, 15, 9, 0) << 45 << true << true;
        QTest::newRow("New York, summer") << newYork << at(newYork, 2026, 7, 6, 10, 0) << 60 << true << true;
        QTest::newRow("New York, into summer time") // 01:00 EST to 04:00 EDT
            << newYork << at(newYork, 2026, 3, 8, 1, 0) << 120 << true << true;
        QTest::newRow("New York, into winter time") // 00:00 EDT to 02:00 EST
            << newYork << at(newYork, 2026, 11, 1, 0, 0) << 180 << true << true;
        QTest::newRow("New York, end in the repeated hour") // 01:00 EDT
            << newYork << at(newYork, 2026, 11, 1, 0, 0) << 60 << true << false;
        QTest::newRow("Madrid, next year") << madrid << at(madrid, 2027, 6, 1, 12, 0) << 30 << true << true;
    }

    void timesResolveThroughTheEmbeddedZone()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, startUtc);
        QFETCH(int, minutes);
        QFETCH(bool, startInZone);
        QFETCH(bool, endInZone);
        auto db = withRooms({QStringLiteral("Aula 1")});
        QVERIFY(db);
        Allocator allocator(*db);
        const RoomRequest booked = book(allocator, QStringLiteral("Clase"), startUtc, qPrintable(zone), minutes);
        QCOMPARE(booked.status, RoomRequest::Status::Allocated);

        const ParsedCalendar calendar(exported(*db));
        QVERIFY(calendar.valid());
        QCOMPARE(calendar.zoneIds(), QList<QString> {zone});
        QCOMPARE(calendar.zoneCount(zone), 1);
        QCOMPARE(calendar.events().size(), 1);
        const Event event = calendar.events().constFirst();
        QCOMPARE(event.startZone, startInZone ? zone : QString());
        QCOMPARE(event.start, startUtc);
        QCOMPARE(event.endZone, endInZone ? zone : QString());
        QCOMPARE(event.end, startUtc.addSecs(minutes * 60));
        QCOMPARE(event.stamp, kStamp);
        QCOMPARE(event.blockedFrom, utcText(booked.blockedFromUtc));
        QCOMPARE(event.blockedTo, utcText(booked.blockedToUtc));
        QCOMPARE(event.blockedFrom, utcText(startUtc.addSecs(-15 * 60)));
    }

    // The embedded rules, not only the sampled events: every hour of the years the events
    // fall in has the offset the system's tzdata (through Qt) gives, and both zones observe
    // daylight-saving time, so the VTIMEZONE has STANDARD and DAYLIGHT parts.
    void embeddedZonesFollowTheTzdata()
    {
        auto db = withRooms({QStringLiteral("Aula 1"), QStringLiteral("Aula 2")});
        QVERIFY(db);
        Allocator allocator(*db);
        book(allocator, QStringLiteral("M"), wallClock("Europe/Madrid", QDate(2026, 5, 4), QTime(10, 0)),
             "Europe/Madrid", 60);
        book(allocator, QStringLiteral("N"), wallClock("America/New_York", QDate(2026, 12, 4), QTime(10, 0)),
             "America/New_York", 60);
        const ParsedCalendar calendar(exported(*db));
        QVERIFY(calendar.valid());
        QCOMPARE(calendar.zoneIds(),
                 (QList<QString> {QStringLiteral("America/New_York"), QStringLiteral("Europe/Madrid")}));
        for (icalcomponent *vtz = icalcomponent_get_first_component(calendar.root(), ICAL_VTIMEZONE_COMPONENT); vtz;
             vtz = icalcomponent_get_next_component(calendar.root(), ICAL_VTIMEZONE_COMPONENT)) {
            QVERIFY(icalcomponent_get_first_component(vtz, ICAL_XSTANDARD_COMPONENT));
            QVERIFY(icalcomponent_get_first_component(vtz, ICAL_XDAYLIGHT_COMPONENT));
        }
        for (const QString &id : calendar.zoneIds()) {
            const QTimeZone reference(id.toUtf8());
            icaltimezone *embedded = calendar.zone(id);
            QVERIFY(embedded);
            for (QDateTime utc(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()); utc.date().year() < 2028;
                 utc = utc.addSecs(3600)) {
                icaltimetype time =
                    icaltime_from_timet_with_zone(utc.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
                int isDaylight = 0;
                const int offset = icaltimezone_get_utc_offset_of_utc_time(embedded, &time, &isDaylight);
                if (offset != reference.offsetFromUtc(utc))
                    QFAIL(qPrintable(QStringLiteral("%1 at %2: %3 s, tzdata says %4 s")
                                         .arg(id, utc.toString(Qt::ISODate))
                                         .arg(offset)
                                         .arg(reference.offsetFromUtc(utc))));
            }
        }
    }

    void uidsAreStableAcrossExports()
    {
        auto db = withRooms({QStringLiteral("Aula 1")});
        QVERIFY(db);
        Allocator allocator(*db);
        const RoomRequest first = book(allocator, QStringLiteral("A"),
                                       wallClock("Europe/Madrid", QDate(2026, 3, 2), QTime(9, 0)), "Europe/Madrid", 60);
        const RoomRequest second =
            book(allocator, QStringLiteral("B"), wallClock("Europe/Madrid", QDate(2026, 3, 3), QTime(9, 0)),
                 "Europe/Madrid", 60);
        const ParsedCalendar before(exported(*db));
        // Later, with one more request and another stamp: the same two UIDs, one new.
        const RoomRequest third = book(allocator, QStringLiteral("C"),
                                       wallClock("Europe/Madrid", QDate(2026, 3, 4), QTime(9, 0)), "Europe/Madrid", 60);
        const ParsedCalendar after(exported(*db, std::nullopt, kStamp.addDays(3)));
        QStringList uidsBefore;
        QStringList uidsAfter;
        for (const Event &event : before.events())
            uidsBefore.append(event.uid);
        for (const Event &event : after.events())
            uidsAfter.append(event.uid);
        QCOMPARE(uidsBefore, (QStringList {uidOf(first), uidOf(second)}));
        QCOMPARE(uidsAfter, (QStringList {uidOf(first), uidOf(second), uidOf(third)}));
        QCOMPARE(uidOf(first), QStringLiteral("roomdesk-request-%1@3f2c9a7e-profile").arg(first.id));
        QCOMPARE(after.event(uidOf(first))->stamp, kStamp.addDays(3));
        // Apart from DTSTAMP, the same data gives the same bytes.
        QCOMPARE(exported(*db), exported(*db));
    }

    void pendingOnlyInTheAllRoomsCalendar()
    {
        auto db = withRooms({QStringLiteral("Aula 1"), QStringLiteral("Aula 2")});
        QVERIFY(db);
        Allocator allocator(*db);
        const QDateTime nine = wallClock("Europe/Madrid", QDate(2026, 3, 2), QTime(9, 0));
        const RoomRequest a = book(allocator, QStringLiteral("A"), nine, "Europe/Madrid", 60);
        const RoomRequest b = book(allocator, QStringLiteral("B"), nine, "Europe/Madrid", 60, true);
        const RoomRequest waiting = book(allocator, QStringLiteral("Waiting"), nine, "Europe/Madrid", 60);
        QCOMPARE(waiting.status, RoomRequest::Status::Pending);
        QVERIFY(!waiting.reason.isEmpty());

        const ParsedCalendar all(exported(*db));
        QCOMPARE(all.events().size(), 3);
        QCOMPARE(all.x("X-WR-CALNAME"), QStringLiteral("Roomdesk rooms"));
        const Event tentative = *all.event(uidOf(waiting));
        QCOMPARE(tentative.status, ICAL_STATUS_TENTATIVE);
        QVERIFY2(tentative.description.contains(waiting.reason), qPrintable(tentative.description));
        QVERIFY(tentative.location.isEmpty());
        QVERIFY(tentative.blockedFrom.isEmpty());
        QCOMPARE(tentative.start, nine);
        QCOMPARE(tentative.startZone, QStringLiteral("Europe/Madrid"));
        const Event booked = *all.event(uidOf(a));
        QCOMPARE(booked.status, ICAL_STATUS_CONFIRMED);
        QCOMPARE(booked.categories, QStringLiteral("meeting"));
        QCOMPARE(booked.location, QStringLiteral("Aula 1 <aula1@u.example>"));
        QVERIFY2(booked.description.contains(QStringLiteral("Europe/Madrid")), qPrintable(booked.description));
        QCOMPARE(all.event(uidOf(b))->categories, QStringLiteral("webinar"));

        // One room: its booking only, named after it, and no pending request.
        const ParsedCalendar second(exported(*db, b.roomId));
        QCOMPARE(second.events().size(), 1);
        QCOMPARE(second.events().constFirst().uid, uidOf(b));
        QCOMPARE(second.x("X-WR-CALNAME"), QStringLiteral("Aula 2"));
        QCOMPARE(second.events().constFirst().location, QStringLiteral("Aula 2 <aula2@u.example>"));

        ICalendarExport unknown(RoomRepository(*db).list().value(), Allocator(*db).list().value(), kProfile);
        unknown.setRoomFilter(99);
        QCOMPARE(unknown.toICalendar(kStamp).error().code, QStringLiteral("rooms.not_found"));
    }

    void cancelledRequestsAreLeftOut()
    {
        auto db = withRooms({QStringLiteral("Aula 1")});
        QVERIFY(db);
        Allocator allocator(*db);
        const QDateTime nine = wallClock("Europe/Madrid", QDate(2026, 3, 2), QTime(9, 0));
        const RoomRequest kept = book(allocator, QStringLiteral("Kept"), nine, "Europe/Madrid", 60);
        const RoomRequest dropped = book(allocator, QStringLiteral("Dropped"), nine.addDays(1), "Europe/Madrid", 60);
        const RoomRequest waitingThenDropped = book(allocator, QStringLiteral("W"), nine, "Europe/Madrid", 60);
        QCOMPARE(waitingThenDropped.status, RoomRequest::Status::Pending);
        QVERIFY(allocator.cancel(dropped.id));
        QVERIFY(allocator.cancel(waitingThenDropped.id));
        const ParsedCalendar calendar(exported(*db));
        QCOMPARE(calendar.events().size(), 1);
        QCOMPARE(calendar.events().constFirst().uid, uidOf(kept));
    }

    // Commas, semicolons, backslashes and line breaks are escaped by the format; Cyrillic and
    // accents are UTF-8. All come back exactly, in titles and in the room's name.
    void textRoundTripsExactly_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("roomName");
        QTest::newRow("punctuation") << "Álgebra, grupo A; sesión 1\nsegunda línea"
                                     << "Aula 1, planta 2; edificio B";
        QTest::newRow("cyrillic") << "Семинар «Пример»: часть 1, часть 2; итог"
                                  << "Аудитория №5";
        QTest::newRow("backslash and quotes") << "C:\\tmp\\n is not a newline \"quoted\" 'single'"
                                              << "Sala \\ norte";
        QTest::newRow("long, folded") << QStringLiteral("Introducción a la programación funcional — módulo ") +
                QString(40, QChar(0x0416)) + QStringLiteral(", ñandú, ü, 日本語")
                                      << "Aula";
    }

    void textRoundTripsExactly()
    {
        QFETCH(QString, title);
        QFETCH(QString, roomName);
        auto db = withRooms({roomName});
        QVERIFY(db);
        Allocator allocator(*db);
        const RoomRequest booked =
            book(allocator, title, wallClock("Europe/Madrid", QDate(2026, 3, 2), QTime(9, 0)), "Europe/Madrid", 60);
        QCOMPARE(booked.status, RoomRequest::Status::Allocated);
        const QByteArray bytes = exported(*db, booked.roomId);
        const ParsedCalendar calendar(bytes);
        QVERIFY(calendar.valid());
        QCOMPARE(calendar.events().size(), 1);
        QCOMPARE(calendar.events().constFirst().summary, title);
        QCOMPARE(calendar.events().constFirst().location, QStringLiteral("%1 <aula1@u.example>").arg(roomName));
        QCOMPARE(calendar.x("X-WR-CALNAME"), roomName);
        QCOMPARE(icalcomponent_count_errors(calendar.root()), 0);
    }

    // RFC 5545 §3.1: CRLF after every line, at most 75 octets per line, folded lines continue
    // with one space; folding never splits a UTF-8 character.
    void linesAreCrlfAndFolded()
    {
        auto db = withRooms({QStringLiteral("Аудитория с очень длинным названием, корпус Б; этаж 3")});
        QVERIFY(db);
        Allocator allocator(*db);
        book(allocator, QString(120, QChar(0x00E9)) + QStringLiteral(", ") + QString(90, QChar(0x0436)),
             wallClock("America/New_York", QDate(2026, 3, 2), QTime(9, 0)), "America/New_York", 60);
        book(allocator, QStringLiteral("x"), wallClock("America/New_York", QDate(2026, 3, 2), QTime(9, 0)),
             "America/New_York", 60); // pending: the reason as DESCRIPTION
        const QByteArray bytes = exported(*db);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        int folded = 0;
        for (const QByteArray &lineWithCr : lines) {
            QVERIFY2(lineWithCr.endsWith('\r'), lineWithCr.constData());
            const QByteArray line = lineWithCr.chopped(1);
            QVERIFY2(!line.contains('\r'), line.constData());
            QVERIFY2(line.size() <= 75, qPrintable(QStringLiteral("%1 octets: %2").arg(line.size()).arg(text(line))));
            QVERIFY2(!line.isEmpty(), "empty line");
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line && !text(line).contains(QChar::ReplacementCharacter),
                     line.constData());
            if (line.startsWith(' '))
                ++folded;
        }
        QVERIFY(folded >= 4);
    }

    // A zone libical does not know (or UTC itself) is written as UTC instants, not refused.
    void unknownZoneFallsBackToUtc()
    {
        Room room;
        room.id = 1;
        room.name = QStringLiteral("Aula");
        room.email = QStringLiteral("aula@u.example");
        RoomRequest request;
        request.id = 7;
        request.title = QStringLiteral("Somewhere");
        request.status = RoomRequest::Status::Allocated;
        request.roomId = 1;
        request.startUtc = QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc());
        request.durationMinutes = 30;
        request.blockedFromUtc = request.startUtc.addSecs(-900);
        request.blockedToUtc = request.startUtc.addSecs(3600);
        request.timeZone = QStringLiteral("Mars/Olympus_Mons");
        RoomRequest utc = request;
        utc.id = 8;
        utc.timeZone = QStringLiteral("UTC");
        const auto bytes = ICalendarExport({room}, {request, utc}, kProfile).toICalendar(kStamp);
        QVERIFY(bytes);
        QVERIFY(bytes.value().contains("DTSTART:20260601T080000Z\r\n"));
        QVERIFY(bytes.value().contains("DTEND:20260601T083000Z\r\n"));
        QVERIFY(!bytes.value().contains("VTIMEZONE"));
        const ParsedCalendar calendar(bytes.value());
        QCOMPARE(calendar.events().size(), 2);
        for (const Event &event : calendar.events()) {
            QVERIFY(event.startZone.isEmpty());
            QCOMPARE(event.start, request.startUtc);
            QCOMPARE(event.end, request.startUtc.addSecs(1800));
        }
    }

    // libical's own checks of RFC 5545's property rules find nothing to complain about.
    void passesLibicalRestrictions()
    {
        auto db = withRooms({QStringLiteral("Aula 1")});
        QVERIFY(db);
        Allocator allocator(*db);
        const QDateTime nine = wallClock("Europe/Madrid", QDate(2026, 3, 2), QTime(9, 0));
        book(allocator, QStringLiteral("A"), nine, "Europe/Madrid", 60);
        book(allocator, QStringLiteral("B"), nine, "Europe/Madrid", 60); // pending
        const ParsedCalendar calendar(exported(*db));
        QVERIFY(calendar.valid());
        QCOMPARE(icalcomponent_count_errors(calendar.root()), 0);
        QVERIFY(icalrestriction_check(calendar.root()));
        QCOMPARE(icalcomponent_count_errors(calendar.root()), 0);
    }
};

QTEST_GUILESS_MAIN(TestICalendarExport)
#include "tst_icalendarexport.moc"
