// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingtexts.h"

#include <QLocale>

namespace Roomdesk {

QString BookingTexts::kind(const RoomRequest &request)
{
    return request.webinar ? tr("Webinar") : tr("Meeting");
}

QString BookingTexts::status(const RoomRequest &request)
{
    switch (request.status) {
    case RoomRequest::Status::Allocated:
        return tr("Has a room");
    case RoomRequest::Status::Pending:
        return tr("Waiting for a room");
    case RoomRequest::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString BookingTexts::admission(const RoomRequest &request)
{
    return request.waitingRoom ? tr("Waiting room") : tr("Automatic admission");
}

QString BookingTexts::organizer(const RoomRequest &request)
{
    const QString name = request.organizer.trimmed();
    return name.isEmpty() ? tr("not given") : name;
}

QString BookingTexts::zoneName(const QTimeZone &zone)
{
    // Systems set to UTC often call it "Etc/UTC"; administrators know it as UTC.
    const QByteArray id = zone.id();
    if (zone == QTimeZone::utc() || id == "Etc/UTC" || id == "Etc/Universal" || id == "UTC")
        return QStringLiteral("UTC");
    return QString::fromUtf8(id);
}

QString BookingTexts::interval(const QDateTime &fromUtc, const QDateTime &toUtc, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime from = fromUtc.toTimeZone(zone);
    const QDateTime to = toUtc.toTimeZone(zone);
    const auto moment = [&locale](const QDateTime &at) -> QString {
        return locale.toString(at.date(), QLocale::LongFormat) + QStringLiteral(", ") +
            locale.toString(at.time(), QLocale::ShortFormat);
    };
    const QString start = moment(from);
    const QString end = from.date() == to.date() ? locale.toString(to.time(), QLocale::ShortFormat) : moment(to);
    //: A time interval and its time zone, e.g. "Tuesday, 24 November 2026, 10:00 – 11:30 (Europe/Madrid)"
    return tr("%1 – %2 (%3)").arg(start, end, zoneName(zone));
}

QString BookingTexts::sessionInOwnZone(const RoomRequest &request)
{
    const QTimeZone own(request.timeZone.toUtf8());
    return sessionIn(request, own.isValid() ? own : QTimeZone::utc());
}

QString BookingTexts::sessionIn(const RoomRequest &request, const QTimeZone &zone)
{
    return interval(request.startUtc, request.startUtc.addSecs(request.durationMinutes * 60LL), zone);
}

QString BookingTexts::blockedIn(const RoomRequest &request, const QTimeZone &zone)
{
    if (request.status != RoomRequest::Status::Allocated || !request.blockedFromUtc.isValid())
        return {};
    return interval(request.blockedFromUtc, request.blockedToUtc, zone);
}

} // namespace Roomdesk
