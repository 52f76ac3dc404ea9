// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participantrecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Roomdesk {

// Who the host is: their rows are not attendance.
struct ReportHost final
{
    QString email; // compared without regard to case
    QStringList ids; // Zoom user ids (participant_user_id / id)
};

// One person in a report: every row of theirs (rejoins, several devices) merged.
struct Attendee final
{
    QString name; // from their first row
    QString email; // the first one given, may be empty
    qint64 firstJoinSecs = 0;
    qint64 lastLeaveSecs = 0;
    qint64 durationSeconds = 0; // the union of their intervals
    int segments = 0; // separate stretches of presence
    std::vector<std::pair<qint64, qint64>> intervals; // merged, in order: [join, leave)
};

// Zoom's participant rows merged into one row per person. A person is known by Zoom's
// participant user id, else by e-mail (without regard to case; a row with an id also ties
// its e-mail to that person), else by display name (joining the one person known by that
// name, if there is exactly one). Waiting-room rows and the host's rows
// are left out; attended time is the union of a person's intervals.
class AttendanceReport final
{
public:
    static AttendanceReport build(const ParticipantRecords &records, const ReportHost &host = {});

    // Ordered by first join, then name, then e-mail.
    const QList<Attendee> &attendees() const { return m_attendees; }
    // No attendee besides the host: no report.
    bool hasAttendees() const { return !m_attendees.isEmpty(); }

    int recordCount() const { return m_records; }
    int waitingRoomRecords() const { return m_waitingRoom; }
    int hostRecords() const { return m_host; }
    qint64 totalSeconds() const;
    qint64 firstJoinSecs() const;
    qint64 lastLeaveSecs() const;

    // How many people were present from each instant on: (time, count) steps in time order,
    // ending with a zero.
    QList<std::pair<qint64, int>> presence() const;

    void setAttendees(QList<Attendee> attendees) { m_attendees = std::move(attendees); }

private:
    QList<Attendee> m_attendees;
    int m_records = 0;
    int m_waitingRoom = 0;
    int m_host = 0;
};

} // namespace Roomdesk
