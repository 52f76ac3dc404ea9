// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendancereport.h"
#include "reportrepository.h"
#include "zoom/zoomapi.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Roomdesk {

class Clock;
class Database;

// Gets attendance reports from Zoom after events end (DESIGN §4, issue 7). An event has ended
// when Zoom said so (a webhook, or polling saw it stop) or when its scheduled end has passed
// and Zoom lists it among past meetings; events are looked for until three days after their
// end, counted from the last time Zoom was asked, so those that ended while Roomdesk was not
// running are still found. Its report is then fetched — past participants, or Zoom's report
// endpoint when only that scope is granted — and stored. What Zoom said while noticing the
// end is used for the fetch, and an event is fetched by one sweep (or one click) at a time,
// so Zoom is not asked twice for the same session. Failures are retried or not as
// ReportRetry decides from the ZoomError.
class ReportFetcher final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    struct Sweep
    {
        int noticed = 0; // events whose report is now awaited
        int ready = 0;
        int noAttendees = 0;
        int failed = 0;
        int retrying = 0;
        QStringList problems; // translated
    };

    struct Fetched
    {
        AttendanceReport report;
        QString source; // past_meeting, past_webinar, report_meeting, report_webinar
        ReportHost host;
    };

    ReportFetcher(const Database &database, const Clock &clock, QObject *parent = nullptr);
    void setZoom(ZoomApi *api);

    // Notices ended events, then fetches every report that is due.
    void sweep(Callback<Sweep> done);
    // Fetches one event's report now, whatever its state (asked by hand). A ready or
    // no-attendee report is replaced only by what Zoom gives now: when Zoom refuses, the answer
    // is the reason and the stored report stays as it was.
    void fetchNow(qint64 eventId, Callback<StoredReport> done);
    // One session straight from Zoom (`report fetch`): the host is left out by `host`, and by
    // the past meeting's own host when Zoom tells it.
    void fetchSession(const QString &idOrUuid, bool webinar, const ReportHost &host, Callback<Fetched> done);

    // Pause before attempt n+1 (n ≥ 1): 2, 4, 8 … minutes, at most 10 (ReportRetry).
    static qint64 retryDelaySeconds(int attempts);

private:
    struct Answers; // what Zoom said about a session while its end was being noticed
    struct Round; // one sweep (or one fetch by hand): its counts, and Zoom's answers so far
    using Rows = Result<QList<ZoomParticipant>, ZoomError>;

    static ZoomError notFiledYet(ZoomError error);
    void notice(std::function<void()> done, const std::shared_ptr<Round> &round);
    void refetch(const ReportCandidate &candidate, Callback<StoredReport> done);
    void fetchStored(const StoredReport &stored, std::function<void(StoredReport::State)> done,
                     const std::shared_ptr<Round> &round);
    void collect(const QString &idOrUuid, bool webinar, const ReportHost &host, const Answers *known,
                 std::function<void(const Result<Fetched, ZoomError> &)> done);
    void participants(const QString &idOrUuid, bool webinar, bool reportEndpoint,
                      std::function<void(const Rows &, QString source)> done);
    Result<QDateTime> deadlineAfter(const QDateTime &endedUtc) const;
    std::shared_ptr<Round> newRound();
    // An event fetched (or noticed) by one round at a time: false when another has it.
    bool claim(qint64 eventId, const Round &round);
    void release(qint64 eventId, const Round &round);
    void releaseAll(const Round &round);

    // An event being noticed or fetched: by which round, and what waits for that to end.
    struct Busy
    {
        quint64 round = 0;
        QList<std::function<void()>> waiting;
    };

    const Database &m_database;
    const Clock &m_clock;
    ZoomApi *m_api = nullptr;
    QHash<qint64, Busy> m_busy;
    quint64 m_rounds = 0;
};

} // namespace Roomdesk
