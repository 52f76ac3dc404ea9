#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace Roomdesk {

struct ZoomParticipant;

// One row of Zoom's participant lists (past meeting / past webinar participants, or the
// report endpoints), reduced to what a report needs. Text is UTF-8 and points into the
// ParticipantRecords that holds it.
struct ParticipantRecord final
{
    std::string_view userId; // participant_user_id, else id: the Zoom user when signed in
    std::string_view name;
    std::string_view email;
    qint64 joinSecs = 0; // seconds since the epoch, UTC
    qint64 leaveSecs = 0; // never before joinSecs
    bool waitingRoom = false; // status "in_waiting_room": not attendance
};

// Participant records and the text they point into. Built from saved Zoom pages (one page
// object, or an array of them) or from the rows the Zoom client fetched.
class ParticipantRecords final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ParticipantRecords)

public:
    ParticipantRecords() = default;
    ParticipantRecords(ParticipantRecords &&) = default;
    ParticipantRecords &operator=(ParticipantRecords &&) = default;
    ParticipantRecords(const ParticipantRecords &) = delete;
    ParticipantRecords &operator=(const ParticipantRecords &) = delete;

    // Zoom's pages as JSON: {"participants":[…], …} or [{…}, {…}]. A clear, translated error
    // (with line and column) for anything else; nothing is guessed.
    //
    // A list of pages of at least `twoThreadsFrom` bytes is read by two threads at once, with
    // the same result; 0: always by one.
    static constexpr qsizetype twoThreadsFromDefault = 8 * 1024 * 1024;
    static Result<ParticipantRecords> fromPages(QByteArray json, qsizetype twoThreadsFrom = twoThreadsFromDefault);

    void add(const ZoomParticipant &participant);

    const std::vector<ParticipantRecord> &records() const { return m_records; }
    int pageCount() const { return m_pages; }

    // Keeps text that is not a slice of the pages (decoded escapes, fetched rows).
    std::string_view keep(std::string text);

private:
    friend class ParticipantPagesParser;

    QByteArray m_source; // the pages as read; records point into it
    std::deque<std::string> m_kept; // stable addresses
    std::deque<std::deque<std::string>> m_keptElsewhere; // kept by a second thread reading the pages
    std::vector<ParticipantRecord> m_records;
    int m_pages = 0;
};

} // namespace Roomdesk
