// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace Roomdesk {

struct ZoomParticipant;

// One row of Zoom's participant lists (past meeting / past webinar participants, or the
// report endpoints), reduced to what a report needs. Text is UTF-8.
struct ParticipantRecord final
{
    std::string userId; // participant_user_id, else id: the Zoom user when signed in
    std::string name;
    std::string email;
    qint64 joinSecs = 0; // seconds since the epoch, UTC
    qint64 leaveSecs = 0; // never before joinSecs
    bool waitingRoom = false; // status "in_waiting_room": not attendance
};

// The participant records of one session, from the rows the Zoom client fetched or from
// pages saved from Zoom. Both go through add(): a row is read one way, whichever way it came.
class ParticipantRecords final
{
public:
    // Zoom's pages as saved, {"participants":[…], …} or [{…}, {…}], read by ParticipantPages.
    static Result<ParticipantRecords> fromPages(const QByteArray &json);

    void add(const ZoomParticipant &participant);
    void addPage() { ++m_pages; }

    const std::vector<ParticipantRecord> &records() const { return m_records; }
    int pageCount() const { return m_pages; }

private:
    std::vector<ParticipantRecord> m_records;
    int m_pages = 0;
};

} // namespace Roomdesk
