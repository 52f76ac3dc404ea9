// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendancereport.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Roomdesk {

class Database;

// An event's attendance report as stored: its state and, once ready, its totals.
struct StoredReport final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::StoredReport)

public:
    enum class State { Waiting, Ready, NoAttendees, Failed };

    qint64 eventId = 0;
    State state = State::Waiting;
    QString reason; // failed: why; waiting: why the last attempt did not finish (may be empty)
    int attempts = 0;
    QDateTime endedUtc;
    QDateTime deadlineUtc; // fetched by then, or failed
    QDateTime nextAttemptUtc; // waiting only
    QDateTime fetchedUtc;
    QString source; // past_meeting, past_webinar, report_meeting, report_webinar
    int records = 0;
    int waitingRoomRecords = 0;
    int hostRecords = 0;
    int attendees = 0;
    qint64 totalSeconds = 0;

    static QString stateName(State state); // waiting, ready, no_attendees, failed
    static std::optional<State> stateFromName(const QString &name);
    static QString stateText(State state); // translated
};

// An ended event with its report, for lists (the Reports page, `report list`, exports).
struct ReportEntry final
{
    qint64 eventId = 0;
    QString title;
    bool webinar = false;
    QDateTime startUtc;
    QString timeZone;
    int durationMinutes = 0;
    QString roomName;
    QString roomEmail;
    StoredReport report;
};

// An event that may have ended without a report yet.
struct ReportCandidate final
{
    qint64 eventId = 0;
    qint64 zoomMeetingId = 0;
    bool webinar = false;
    bool sessionEnded = false; // Zoom said so (webhook or polling)
    QDateTime scheduledEndUtc;
    QString groupPlatform; // empty or "builtin": attendance is in Zoom
    QString roomEmail;
    QString zoomHost;
};

class ReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ReportRepository)

public:
    explicit ReportRepository(const Database &database);

    // Events in Zoom, not cancelled, without a report: those Zoom said ended, and those whose
    // scheduled end (plus `graceSeconds`) has passed since `pollSinceUtc`.
    Result<QList<ReportCandidate>> candidates(const QDateTime &nowUtc, qint64 graceSeconds,
                                              const QDateTime &pollSinceUtc) const;
    Result<std::optional<ReportCandidate>> candidate(qint64 eventId) const;
    // A waiting report for an ended event, unless it has one already; true when added.
    Result<bool> ensureWaiting(qint64 eventId, const QDateTime &endedUtc, const QDateTime &deadlineUtc,
                               const QDateTime &firstAttemptUtc, const QDateTime &nowUtc);
    // Waiting reports whose next attempt is due, oldest first.
    Result<QList<StoredReport>> due(const QDateTime &nowUtc) const;
    // The earliest next attempt of any waiting report (invalid: none).
    Result<QDateTime> nextAttempt() const;

    // The people and totals, in one transaction; no attendees makes it "no attendees".
    Result<void> storeReport(qint64 eventId, const AttendanceReport &report, const QString &source,
                             const QDateTime &nowUtc);
    // Waiting with the reason until the next attempt; a valid `deadlineUtc` moves the deadline.
    Result<void> retryLater(qint64 eventId, const QString &reason, const QDateTime &nextAttemptUtc,
                            const QDateTime &nowUtc, const QDateTime &deadlineUtc = {});
    Result<void> fail(qint64 eventId, const QString &reason, const QDateTime &nowUtc);
    // Asked again by hand: waiting, due now, with a fresh deadline.
    Result<void> reopen(qint64 eventId, const QDateTime &deadlineUtc, const QDateTime &nowUtc);

    // When Zoom was last asked about every candidate (invalid: never): sessions that ended
    // after it are still looked for, however long Roomdesk was not running.
    Result<QDateTime> polledAt() const;
    Result<void> setPolledAt(const QDateTime &utc);

    Result<std::optional<StoredReport>> find(qint64 eventId) const;
    // The stored people, with their stretches of presence; empty unless ready.
    Result<AttendanceReport> attendees(qint64 eventId) const;
    // Events that ended (or have a report) and started in [from, to), newest first; both
    // invalid: all.
    Result<QList<ReportEntry>> list(const QDateTime &fromUtc = {}, const QDateTime &toUtc = {}) const;

private:
    const Database &m_database;
};

} // namespace Roomdesk
