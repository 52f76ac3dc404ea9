// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarexport.h"

#include "appinfo.h"
#include "calendar/icalhandles.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace Roomdesk {

namespace {

Q_LOGGING_CATEGORY(lcCalendar, "roomdesk.core.calendar", QtInfoMsg)

using TimeProperty = icalproperty *(*)(icaltimetype);

QDateTime sessionEnd(const RoomRequest &request)
{
    return request.startUtc.addSecs(qint64(request.durationMinutes) * 60);
}

icaltimetype utcTime(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(time.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

// RFC 5545's basic UTC form, "20260302T081500Z", for the X- properties.
QByteArray utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// The VTIMEZONE of an IANA zone as libical builds it from the system's tzdata, and a zone made
// from that very component, so each local time written can be checked against what a reader
// of the file computes. Two changes to libical's component: the TZID becomes the IANA id
// (libical prefixes "/freeassociation.sourceforge.net/", which no calendar application
// resolves), and the rules before fromUtc are cut, since the history back to 1900 is hundreds
// of lines. Null for a zone libical does not know, and for UTC, which needs no VTIMEZONE.
Ical::Timezone embeddedZone(const QString &id, const QDateTime &fromUtc)
{
    const QByteArray location = id.toUtf8();
    icaltimezone *builtin = icaltimezone_get_builtin_timezone(location.constData());
    if (!builtin) {
        qCInfo(lcCalendar) << "libical does not know the time zone" << id << "- its events are written in UTC";
        return nullptr;
    }
    icalcomponent *source = icaltimezone_get_component(builtin);
    if (!source)
        return nullptr; // UTC itself
    Ical::Component vtimezone(icalcomponent_new_clone(source));
    icalproperty *tzid = vtimezone ? icalcomponent_get_first_property(vtimezone.get(), ICAL_TZID_PROPERTY) : nullptr;
    if (!tzid)
        return nullptr;
    icalproperty_set_tzid(tzid, location.constData());
    // ms_compatible: recurring rules keep their first DTSTART, as Outlook expects.
    icaltimezone_truncate_vtimezone(vtimezone.get(), utcTime(fromUtc), icaltime_null_time(), 1);
    Ical::Timezone zone(icaltimezone_new());
    if (!zone || !icaltimezone_set_component(zone.get(), vtimezone.get()))
        return nullptr;
    vtimezone.release(); // the zone owns it now
    return zone;
}

// Whether this instant's wall-clock time in the zone names a second instant as well: a time in
// the hour that a change back from daylight-saving time repeats. RFC 5545 reads such a time as
// its first occurrence, libical as its second; only UTC means the same instant to every reader.
bool inRepeatedHour(const QDateTime &utc, const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(utc);
    const QDateTime wallAsUtc = utc.addSecs(offset);
    // Changes are far more than a day apart, so the offsets a day before and after are the
    // only other ones in reach.
    for (const QDateTime &probe : {utc.addDays(-1), utc.addDays(1)}) {
        const int other = zone.offsetFromUtc(probe);
        if (other != offset && zone.offsetFromUtc(wallAsUtc.addSecs(-other)) == other)
            return true;
    }
    return false;
}

// DTSTART or DTEND: the wall-clock time in the request's zone with its TZID, when that time is
// unambiguous and a reader applying the embedded VTIMEZONE gets the same instant back;
// otherwise the instant in UTC. UTC is the fallback for zones libical does not know, for a
// time in a repeated hour, and for any disagreement between libical's rules and Qt's.
icalproperty *timeProperty(TimeProperty make, const QDateTime &utc, const QString &zoneId, icaltimezone *zone)
{
    const QTimeZone qtZone(zoneId.toUtf8());
    if (zone && qtZone.isValid() && !inRepeatedHour(utc, qtZone)) {
        const QDateTime local = utc.toTimeZone(qtZone);
        icaltimetype time = icaltime_null_time();
        time.year = local.date().year();
        time.month = local.date().month();
        time.day = local.date().day();
        time.hour = local.time().hour();
        time.minute = local.time().minute();
        time.second = local.time().second();
        if (icaltime_as_timet_with_zone(time, zone) == utc.toSecsSinceEpoch()) {
            icalproperty *property = make(time);
            icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId.toUtf8().constData()));
            return property;
        }
    }
    return make(utcTime(utc));
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

void addX(icalcomponent *component, const char *name, const QByteArray &value)
{
    icalproperty *property = icalproperty_new_x(value.constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

} // namespace

ICalendarExport::ICalendarExport(QList<Room> rooms, QList<RoomRequest> requests, QString profileId)
    : m_rooms(std::move(rooms))
    , m_requests(std::move(requests))
    , m_profileId(std::move(profileId))
{}

QList<RoomRequest> ICalendarExport::events() const
{
    QList<RoomRequest> bookings;
    QList<RoomRequest> pending;
    for (const RoomRequest &request : m_requests) {
        if (request.status == RoomRequest::Status::Allocated && (!m_roomId || request.roomId == *m_roomId))
            bookings.append(request);
        else if (request.status == RoomRequest::Status::Pending && !m_roomId)
            pending.append(request);
    }
    return bookings + pending;
}

QString ICalendarExport::blockedText(const RoomRequest &request)
{
    // In the request's zone, as the organizer thinks of the session.
    QTimeZone zone(request.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QLocale locale;
    return tr("The room is blocked from %1 to %2 (%3), preparation and follow-up time included.")
        .arg(locale.toString(request.blockedFromUtc.toTimeZone(zone), QLocale::ShortFormat),
             locale.toString(request.blockedToUtc.toTimeZone(zone), QLocale::ShortFormat),
             QString::fromUtf8(zone.id()));
}

Result<void> ICalendarExport::save(const QString &path, const QDateTime &stampUtc) const
{
    auto bytes = toICalendar(stampUtc);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
        return Error {QStringLiteral("calendar.write"),
                      tr("The calendar could not be saved to %1: %2").arg(path, file.errorString())};
    return {};
}

QString ICalendarExport::pendingText(const RoomRequest &request)
{
    return request.reason.isEmpty() ? tr("Waiting for a room.") : tr("Waiting for a room: %1").arg(request.reason);
}

Result<QByteArray> ICalendarExport::toICalendar(const QDateTime &stampUtc) const
{
    const Room *onlyRoom = nullptr;
    if (m_roomId) {
        const auto found =
            std::find_if(m_rooms.cbegin(), m_rooms.cend(), [this](const Room &room) { return room.id == *m_roomId; });
        if (found == m_rooms.cend())
            return Error {QStringLiteral("rooms.not_found"), tr("There is no room %1.").arg(*m_roomId)};
        onlyRoom = &*found;
    }
    const QList<RoomRequest> requests = events();

    // Each zone from the start of the year of its earliest event, the same in every export
    // that starts in that year.
    std::map<QString, QDateTime> earliest;
    for (const RoomRequest &request : requests) {
        auto [entry, added] = earliest.try_emplace(request.timeZone, request.startUtc);
        if (!added && request.startUtc < entry->second)
            entry->second = request.startUtc;
    }
    std::map<QString, Ical::Timezone> zones;
    for (const auto &[id, first] : earliest) {
        const QDateTime fromUtc(QDate(first.toUTC().date().year(), 1, 1), QTime(0, 0), QTimeZone::utc());
        zones.emplace(id, embeddedZone(id, fromUtc));
    }

    Ical::Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    const QByteArray productId = QByteArrayLiteral("-//") + AppInfo::name + QByteArrayLiteral("//") + AppInfo::name +
        QByteArrayLiteral(" ") + AppInfo::version + QByteArrayLiteral("//EN");
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(productId.constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addX(calendar.get(), "X-WR-CALNAME", (onlyRoom ? onlyRoom->name : tr("Roomdesk rooms")).toUtf8());
    for (const auto &[id, zone] : zones) {
        if (zone)
            icalcomponent_add_component(calendar.get(),
                                        icalcomponent_new_clone(icaltimezone_get_component(zone.get())));
    }

    const icaltimetype stamp = utcTime(stampUtc);
    for (const RoomRequest &request : requests) {
        const bool booked = request.status == RoomRequest::Status::Allocated;
        icaltimezone *zone = zones.at(request.timeZone).get();
        Ical::Component event(icalcomponent_new_vevent());
        icalcomponent *vevent = event.get();
        const QString uid = QStringLiteral("roomdesk-request-%1@%2").arg(request.id).arg(m_profileId);
        addText(vevent, icalproperty_new_uid, uid);
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(vevent,
                                   timeProperty(icalproperty_new_dtstart, request.startUtc, request.timeZone, zone));
        icalcomponent_add_property(vevent,
                                   timeProperty(icalproperty_new_dtend, sessionEnd(request), request.timeZone, zone));
        addText(vevent, icalproperty_new_summary, request.title);
        if (booked) {
            const auto room = std::find_if(m_rooms.cbegin(), m_rooms.cend(),
                                           [&request](const Room &r) { return r.id == request.roomId; });
            addText(vevent, icalproperty_new_location,
                    room == m_rooms.cend() ? request.roomEmail
                                           : QStringLiteral("%1 <%2>").arg(room->name, room->email));
        }
        icalcomponent_add_property(vevent, icalproperty_new_categories(request.webinar ? "webinar" : "meeting"));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_status(booked ? ICAL_STATUS_CONFIRMED : ICAL_STATUS_TENTATIVE));
        QString description = booked ? blockedText(request) : pendingText(request);
        if (!request.organizer.isEmpty())
            description += QLatin1Char('\n') + tr("Organizer: %1").arg(request.organizer);
        addText(vevent, icalproperty_new_description, description);
        if (booked) {
            addX(vevent, "X-ROOMDESK-BLOCKED-FROM", utcText(request.blockedFromUtc));
            addX(vevent, "X-ROOMDESK-BLOCKED-TO", utcText(request.blockedToUtc));
        }
        icalcomponent_add_component(calendar.get(), event.release());
    }

    const Ical::Buffer text(icalcomponent_as_ical_string_r(calendar.get()));
    if (!text)
        return Error {QStringLiteral("calendar.ical"),
                      tr("The calendar could not be written: %1")
                          .arg(QString::fromUtf8(icalerror_strerror(*icalerrno_return())))};
    return QByteArray(text.get());
}

} // namespace Roomdesk
