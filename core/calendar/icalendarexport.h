// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rooms/allocator.h"
#include "rooms/room.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Roomdesk {

// The room calendar as an RFC 5545 iCalendar file for Outlook, Google, Apple and Thunderbird
// calendars. Each booking is one VEVENT in the request's own IANA zone, with a VTIMEZONE for
// every zone used, so the session keeps its wall-clock time across daylight-saving changes
// wherever the file is opened. UIDs depend only on the request and the profile: importing a
// newer export updates the events instead of adding them twice. Written with libical, which
// does the escaping and line folding the format demands.
class ICalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ICalendarExport)

public:
    // profileId: the database's profile id, so two databases never share a UID.
    ICalendarExport(QList<Room> rooms, QList<RoomRequest> requests, QString profileId);

    // Only this room's bookings, in a calendar named after it. Pending requests have no
    // room, so they are in the all-rooms calendar only.
    void setRoomFilter(std::optional<qint64> roomId);

    // The requests that become events, in the order they are written: bookings, then
    // pending requests (tentative). Cancelled requests never appear.
    QList<RoomRequest> events() const;

    // The VCALENDAR with CRLF line endings and lines folded at 75 octets; stampUtc is
    // every event's DTSTAMP.
    Result<QByteArray> toICalendar(const QDateTime &stampUtc) const;
    // Writes the file whole or not at all (QSaveFile).
    Result<void> save(const QString &path, const QDateTime &stampUtc) const;

private:
    // DESCRIPTION of a booking (its blocked interval) and of a pending request (the reason).
    static QString blockedText(const RoomRequest &request);
    static QString pendingText(const RoomRequest &request);

    QList<Room> m_rooms;
    QList<RoomRequest> m_requests;
    QString m_profileId;
    std::optional<qint64> m_roomId;
};

inline void ICalendarExport::setRoomFilter(std::optional<qint64> roomId)
{
    m_roomId = roomId;
}

} // namespace Roomdesk
