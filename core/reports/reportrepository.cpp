// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrepository.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QTimeZone>

namespace Roomdesk {

namespace {

const QString kReportColumns = QStringLiteral(
    "rp.event_id, rp.state, rp.reason, rp.attempts, rp.ended_at, rp.deadline_at, rp.next_attempt_at, rp.fetched_at, "
    "rp.source, rp.records, rp.waiting_room_records, rp.host_records, rp.attendees, rp.total_seconds");
constexpr int kReportColumnCount = 14;
const QString kPolledAtKey = QStringLiteral("reports_polled_at"); // in app_meta: seconds since the epoch

QDateTime fromSecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant secs(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString timestamp(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(Qt::ISODateWithMs);
}

StoredReport readReport(SqlStatement &select, int at)
{
    StoredReport report;
    report.eventId = select.value(at).toLongLong();
    report.state = StoredReport::stateFromName(select.value(at + 1).toString()).value_or(StoredReport::State::Failed);
    report.reason = select.value(at + 2).toString();
    report.attempts = select.value(at + 3).toInt();
    report.endedUtc = fromSecs(select.value(at + 4));
    report.deadlineUtc = fromSecs(select.value(at + 5));
    report.nextAttemptUtc = fromSecs(select.value(at + 6));
    report.fetchedUtc = fromSecs(select.value(at + 7));
    report.source = select.value(at + 8).toString();
    report.records = select.value(at + 9).toInt();
    report.waitingRoomRecords = select.value(at + 10).toInt();
    report.hostRecords = select.value(at + 11).toInt();
    report.attendees = select.value(at + 12).toInt();
    report.totalSeconds = select.value(at + 13).toLongLong();
    return report;
}

QString encodeIntervals(const std::vector<std::pair<qint64, qint64>> &intervals)
{
    QString text;
    for (const auto &[join, leave] : intervals) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QString::number(join) + QLatin1Char('-') + QString::number(leave);
    }
    return text;
}

std::vector<std::pair<qint64, qint64>> decodeIntervals(const QString &text)
{
    std::vector<std::pair<qint64, qint64>> intervals;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(QLatin1Char('-'), 1);
        bool joinOk = false, leaveOk = false;
        const qint64 join = part.left(dash).toLongLong(&joinOk);
        const qint64 leave = part.mid(dash + 1).toLongLong(&leaveOk);
        if (dash > 0 && joinOk && leaveOk && leave >= join)
            intervals.emplace_back(join, leave);
    }
    return intervals;
}

} // namespace

QString StoredReport::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Ready:
        return QStringLiteral("ready");
    case State::NoAttendees:
        return QStringLiteral("no_attendees");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<StoredReport::State> StoredReport::stateFromName(const QString &name)
{
    for (const State state : {State::Waiting, State::Ready, State::NoAttendees, State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString StoredReport::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting for Zoom");
    case State::Ready:
        return tr("Ready");
    case State::NoAttendees:
        return tr("No attendees");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

ReportRepository::ReportRepository(const Database &database)
    : m_database(database)
{}

Result<bool> ReportRepository::ensureWaiting(qint64 eventId, const QDateTime &endedUtc, const QDateTime &deadlineUtc,
                                             const QDateTime &firstAttemptUtc, const QDateTime &nowUtc)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO event_reports (event_id, state, ended_at, deadline_at, "
                                       "next_attempt_at, updated_at) VALUES (:event, 'waiting', :ended, :deadline, "
                                       ":next, :now) ON CONFLICT (event_id) DO NOTHING"));
    insert.bind(QStringLiteral(":event"), eventId)
        .bind(QStringLiteral(":ended"), secs(endedUtc))
        .bind(QStringLiteral(":deadline"), secs(deadlineUtc))
        .bind(QStringLiteral(":next"), secs(firstAttemptUtc))
        .bind(QStringLiteral(":now"), timestamp(nowUtc));
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.query().numRowsAffected() > 0;
}

namespace {

const QString kCandidateSelect = QStringLiteral(
    "SELECT e.id, e.zoom_meeting_id, e.kind, e.zoom_session, e.start_ms + e.duration_minutes * 60000, g.platform, "
    "rm.email, e.zoom_host FROM events e LEFT JOIN participant_groups g ON g.id = e.group_id "
    "LEFT JOIN room_requests r ON r.id = e.request_id LEFT JOIN rooms rm ON rm.id = r.room_id ");

ReportCandidate readCandidate(SqlStatement &select)
{
    ReportCandidate candidate;
    candidate.eventId = select.value(0).toLongLong();
    candidate.zoomMeetingId = select.value(1).toLongLong();
    candidate.webinar = select.value(2).toString() == QLatin1String("webinar");
    candidate.sessionEnded = select.value(3).toString() == QLatin1String("ended");
    candidate.scheduledEndUtc = QDateTime::fromMSecsSinceEpoch(select.value(4).toLongLong(), QTimeZone::utc());
    candidate.groupPlatform = select.value(5).toString();
    candidate.roomEmail = select.value(6).toString();
    candidate.zoomHost = select.value(7).toString();
    return candidate;
}

} // namespace

Result<QList<ReportCandidate>> ReportRepository::candidates(const QDateTime &nowUtc, qint64 graceSeconds,
                                                            const QDateTime &pollSinceUtc) const
{
    SqlStatement select(
        m_database.connection(),
        kCandidateSelect +
            QStringLiteral("WHERE e.cancelled = 0 AND e.zoom_meeting_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                           "event_reports rp WHERE rp.event_id = e.id) AND (e.zoom_session = 'ended' OR (e.start_ms "
                           "+ e.duration_minutes * 60000 + :grace <= :now AND e.start_ms + e.duration_minutes * "
                           "60000 >= :since)) ORDER BY e.start_ms, e.id"));
    select.bind(QStringLiteral(":grace"), graceSeconds * 1000)
        .bind(QStringLiteral(":now"), nowUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":since"), pollSinceUtc.toMSecsSinceEpoch());
    if (auto done = select.exec(); !done)
        return done.error();
    QList<ReportCandidate> found;
    while (select.next())
        found.append(readCandidate(select));
    return found;
}

Result<std::optional<ReportCandidate>> ReportRepository::candidate(qint64 eventId) const
{
    SqlStatement select(m_database.connection(), kCandidateSelect + QStringLiteral("WHERE e.id = :event"));
    select.bind(QStringLiteral(":event"), eventId);
    if (auto done = select.exec(); !done)
        return done.error();
    if (!select.next())
        return std::optional<ReportCandidate>();
    return std::optional<ReportCandidate>(readCandidate(select));
}

Result<QList<StoredReport>> ReportRepository::due(const QDateTime &nowUtc) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT ") + kReportColumns +
                            QStringLiteral(" FROM event_reports rp WHERE rp.state = 'waiting' AND "
                                           "rp.next_attempt_at <= :now ORDER BY rp.next_attempt_at, rp.event_id"));
    select.bind(QStringLiteral(":now"), nowUtc.toSecsSinceEpoch());
    if (auto done = select.exec(); !done)
        return done.error();
    QList<StoredReport> reports;
    while (select.next())
        reports.append(readReport(select, 0));
    return reports;
}

Result<QDateTime> ReportRepository::nextAttempt() const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT MIN(next_attempt_at) FROM event_reports WHERE state = 'waiting'"));
    if (auto done = select.exec(); !done)
        return done.error();
    return select.next() ? fromSecs(select.value(0)) : QDateTime();
}

Result<void> ReportRepository::storeReport(qint64 eventId, const AttendanceReport &report, const QString &source,
                                           const QDateTime &nowUtc)
{
    const QSqlDatabase connection = m_database.connection();
    return inWriteTransaction(m_database, [&]() -> Result<void> {
        SqlStatement clear(connection, QStringLiteral("DELETE FROM report_attendees WHERE event_id = :event"));
        if (auto done = clear.bind(QStringLiteral(":event"), eventId).exec(); !done)
            return done;
        SqlStatement update(
            connection,
            QStringLiteral("UPDATE event_reports SET state = :state, reason = '', attempts = attempts + 1, "
                           "next_attempt_at = NULL, fetched_at = :fetched, source = :source, records = :records, "
                           "waiting_room_records = :waiting, host_records = :host, attendees = :attendees, "
                           "total_seconds = :total, updated_at = :now WHERE event_id = :event"));
        update
            .bind(QStringLiteral(":state"),
                  StoredReport::stateName(report.hasAttendees() ? StoredReport::State::Ready
                                                                : StoredReport::State::NoAttendees))
            .bind(QStringLiteral(":fetched"), nowUtc.toSecsSinceEpoch())
            .bind(QStringLiteral(":source"), source)
            .bind(QStringLiteral(":records"), report.recordCount())
            .bind(QStringLiteral(":waiting"), report.waitingRoomRecords())
            .bind(QStringLiteral(":host"), report.hostRecords())
            .bind(QStringLiteral(":attendees"), int(report.attendees().size()))
            .bind(QStringLiteral(":total"), report.totalSeconds())
            .bind(QStringLiteral(":now"), timestamp(nowUtc))
            .bind(QStringLiteral(":event"), eventId);
        if (auto done = update.exec(); !done)
            return done;
        if (update.query().numRowsAffected() == 0)
            return Error {QStringLiteral("report.not_found"), tr("Event %1 has no report to fill.").arg(eventId)};
        SqlStatement insert(connection,
                            QStringLiteral("INSERT INTO report_attendees (event_id, position, name, email, first_join, "
                                           "last_leave, duration_seconds, segments, intervals) VALUES (:event, "
                                           ":position, :name, :email, :first, :last, :duration, :segments, "
                                           ":intervals)"));
        int position = 0;
        for (const Attendee &attendee : report.attendees()) {
            insert.bind(QStringLiteral(":event"), eventId)
                .bind(QStringLiteral(":position"), position++)
                .bind(QStringLiteral(":name"), attendee.name.isNull() ? QStringLiteral("") : attendee.name)
                .bind(QStringLiteral(":email"), attendee.email.isNull() ? QStringLiteral("") : attendee.email)
                .bind(QStringLiteral(":first"), attendee.firstJoinSecs)
                .bind(QStringLiteral(":last"), attendee.lastLeaveSecs)
                .bind(QStringLiteral(":duration"), attendee.durationSeconds)
                .bind(QStringLiteral(":segments"), attendee.segments)
                .bind(QStringLiteral(":intervals"), encodeIntervals(attendee.intervals));
            if (auto done = insert.exec(); !done)
                return done;
        }
        return {};
    });
}

Result<void> ReportRepository::retryLater(qint64 eventId, const QString &reason, const QDateTime &nextAttemptUtc,
                                          const QDateTime &nowUtc, const QDateTime &deadlineUtc)
{
    return SqlStatement(m_database.connection(),
                        QStringLiteral("UPDATE event_reports SET state = 'waiting', reason = :reason, attempts = "
                                       "attempts + 1, next_attempt_at = :next, deadline_at = COALESCE(:deadline, "
                                       "deadline_at), updated_at = :now WHERE event_id = :event"))
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":next"), secs(nextAttemptUtc))
        .bind(QStringLiteral(":deadline"), secs(deadlineUtc))
        .bind(QStringLiteral(":now"), timestamp(nowUtc))
        .bind(QStringLiteral(":event"), eventId)
        .exec();
}

Result<void> ReportRepository::fail(qint64 eventId, const QString &reason, const QDateTime &nowUtc)
{
    return SqlStatement(m_database.connection(),
                        QStringLiteral("UPDATE event_reports SET state = 'failed', reason = :reason, attempts = "
                                       "attempts + 1, next_attempt_at = NULL, updated_at = :now WHERE event_id = "
                                       ":event"))
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":now"), timestamp(nowUtc))
        .bind(QStringLiteral(":event"), eventId)
        .exec();
}

Result<void> ReportRepository::reopen(qint64 eventId, const QDateTime &deadlineUtc, const QDateTime &nowUtc)
{
    return SqlStatement(m_database.connection(),
                        QStringLiteral("UPDATE event_reports SET state = 'waiting', reason = '', attempts = 0, "
                                       "next_attempt_at = :now_secs, deadline_at = :deadline, updated_at = :now "
                                       "WHERE event_id = :event"))
        .bind(QStringLiteral(":now_secs"), nowUtc.toSecsSinceEpoch())
        .bind(QStringLiteral(":deadline"), secs(deadlineUtc))
        .bind(QStringLiteral(":now"), timestamp(nowUtc))
        .bind(QStringLiteral(":event"), eventId)
        .exec();
}

Result<QDateTime> ReportRepository::polledAt() const
{
    SqlStatement select(m_database.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
    select.bind(QStringLiteral(":key"), kPolledAtKey);
    if (auto done = select.exec(); !done)
        return done.error();
    if (!select.next())
        return QDateTime();
    bool ok = false;
    const qint64 at = select.value(0).toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()) : QDateTime();
}

Result<void> ReportRepository::setPolledAt(const QDateTime &utc)
{
    return SqlStatement(m_database.connection(),
                        QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, :value) ON CONFLICT (key) DO "
                                       "UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":key"), kPolledAtKey)
        .bind(QStringLiteral(":value"), QString::number(utc.toSecsSinceEpoch()))
        .exec();
}

Result<std::optional<StoredReport>> ReportRepository::find(qint64 eventId) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT ") + kReportColumns +
                            QStringLiteral(" FROM event_reports rp WHERE rp.event_id = :event"));
    select.bind(QStringLiteral(":event"), eventId);
    if (auto done = select.exec(); !done)
        return done.error();
    if (!select.next())
        return std::optional<StoredReport>();
    return std::optional<StoredReport>(readReport(select, 0));
}

Result<AttendanceReport> ReportRepository::attendees(qint64 eventId) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT name, email, first_join, last_leave, duration_seconds, segments, "
                                       "intervals FROM report_attendees WHERE event_id = :event ORDER BY position"));
    select.bind(QStringLiteral(":event"), eventId);
    if (auto done = select.exec(); !done)
        return done.error();
    QList<Attendee> attendees;
    while (select.next()) {
        Attendee attendee;
        attendee.name = select.value(0).toString();
        attendee.email = select.value(1).toString();
        attendee.firstJoinSecs = select.value(2).toLongLong();
        attendee.lastLeaveSecs = select.value(3).toLongLong();
        attendee.durationSeconds = select.value(4).toLongLong();
        attendee.segments = select.value(5).toInt();
        attendee.intervals = decodeIntervals(select.value(6).toString());
        attendees.append(std::move(attendee));
    }
    AttendanceReport report;
    report.setAttendees(std::move(attendees));
    return report;
}

Result<QList<ReportEntry>> ReportRepository::list(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QString sql = QStringLiteral("SELECT ") + kReportColumns +
        QStringLiteral(", e.title, e.kind, e.start_ms, e.time_zone, e.duration_minutes, rm.name, rm.email "
                       "FROM event_reports rp JOIN events e ON e.id = rp.event_id "
                       "LEFT JOIN room_requests r ON r.id = e.request_id "
                       "LEFT JOIN rooms rm ON rm.id = r.room_id");
    const bool ranged = fromUtc.isValid() && toUtc.isValid();
    if (ranged)
        sql += QStringLiteral(" WHERE e.start_ms >= :from AND e.start_ms < :to");
    sql += QStringLiteral(" ORDER BY e.start_ms DESC, e.id DESC");
    SqlStatement select(m_database.connection(), sql);
    if (ranged)
        select.bind(QStringLiteral(":from"), fromUtc.toMSecsSinceEpoch())
            .bind(QStringLiteral(":to"), toUtc.toMSecsSinceEpoch());
    if (auto done = select.exec(); !done)
        return done.error();
    QList<ReportEntry> entries;
    while (select.next()) {
        ReportEntry entry;
        entry.report = readReport(select, 0);
        entry.eventId = entry.report.eventId;
        const int at = kReportColumnCount;
        entry.title = select.value(at).toString();
        entry.webinar = select.value(at + 1).toString() == QLatin1String("webinar");
        entry.startUtc = QDateTime::fromMSecsSinceEpoch(select.value(at + 2).toLongLong(), QTimeZone::utc());
        entry.timeZone = select.value(at + 3).toString();
        entry.durationMinutes = select.value(at + 4).toInt();
        entry.roomName = select.value(at + 5).toString();
        entry.roomEmail = select.value(at + 6).toString();
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace Roomdesk
