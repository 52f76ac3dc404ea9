#include "reportfetcher.h"

#include "clock.h"
#include "events/eventrepository.h"
#include "groups/linkvalidator.h"
#include "rooms/bufferpolicy.h"
#include "storage/database.h"

#include <QPointer>

#include <memory>

namespace Roomdesk {

namespace {

constexpr qint64 kPollDays = 3; // events that ended longer ago are not looked for in Zoom

// Failures that waiting may cure: Zoom files a meeting's participants a little after it ends.
bool mayPass(ZoomError::Kind kind)
{
    switch (kind) {
    case ZoomError::Kind::Network:
    case ZoomError::Kind::ServerError:
    case ZoomError::Kind::RateLimited:
    case ZoomError::Kind::NotFound:
    case ZoomError::Kind::OutcomeUnknown:
    case ZoomError::Kind::TokenRejected:
    case ZoomError::Kind::InvalidCredentials:
        return true;
    default:
        return false;
    }
}

QString sourceName(bool webinar, bool reportEndpoint)
{
    if (reportEndpoint)
        return webinar ? QStringLiteral("report_webinar") : QStringLiteral("report_meeting");
    return webinar ? QStringLiteral("past_webinar") : QStringLiteral("past_meeting");
}

ReportHost hostOf(const ReportCandidate &candidate)
{
    ReportHost host;
    host.email = candidate.roomEmail;
    if (candidate.zoomHost.contains(QLatin1Char('@'))) {
        if (host.email.isEmpty())
            host.email = candidate.zoomHost;
    } else if (!candidate.zoomHost.isEmpty()) {
        host.ids.append(candidate.zoomHost);
    }
    return host;
}

// Runs the steps one after another, each calling its continuation once.
void runInOrder(std::shared_ptr<QList<std::function<void(std::function<void()>)>>> steps, int at,
                std::function<void()> done)
{
    if (at >= steps->size())
        return done();
    (*steps)[at]([steps, at, done]() { runInOrder(steps, at + 1, done); });
}

} // namespace

ReportFetcher::ReportFetcher(const Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

void ReportFetcher::setZoom(ZoomApi *api)
{
    m_api = api;
}

Error ReportFetcher::notFiledYet()
{
    // Zoom's own words ("does not exist") would suggest a deletion; right after the end it
    // only means the session has not been filed yet.
    return Error {QStringLiteral("zoom.not_found"),
                  tr("Zoom has no record of this session yet (it files attendance a few minutes after the end), "
                     "or it never took place.")};
}

qint64 ReportFetcher::retryDelaySeconds(int attempts)
{
    return std::min<qint64>(600, qint64(120) << std::clamp(attempts - 1, 0, 3));
}

Result<QDateTime> ReportFetcher::deadlineAfter(const QDateTime &endedUtc) const
{
    auto policy = BufferPolicyStore::load(m_database);
    if (!policy)
        return policy.error();
    // Noticed late (Roomdesk was closed): the deadline counts from now.
    return std::max(endedUtc, m_clock.nowUtc()).addSecs(qint64(policy.value().reportDeadlineMinutes) * 60);
}

void ReportFetcher::sweep(Callback<Sweep> done)
{
    auto sweep = std::make_shared<Sweep>();
    QPointer<ReportFetcher> self(this);
    notice(
        [self, sweep, done]() {
            if (!self)
                return;
            if (!self->m_api) // the reports wait; connecting Zoom synchronizes, and that sweeps again
                return done(*sweep);
            auto due = ReportRepository(self->m_database).due(self->m_clock.nowUtc());
            if (!due)
                return done(due.error());
            auto steps = std::make_shared<QList<std::function<void(std::function<void()>)>>>();
            for (const StoredReport &stored : due.value()) {
                steps->append([self, stored, sweep](std::function<void()> next) {
                    if (!self)
                        return;
                    self->fetchStored(
                        stored, [next](StoredReport::State) { next(); }, sweep.get());
                });
            }
            runInOrder(steps, 0, [self, sweep, done]() {
                if (self)
                    done(*sweep);
            });
        },
        sweep.get());
}

void ReportFetcher::notice(std::function<void()> done, Sweep *sweep)
{
    const QDateTime now = m_clock.nowUtc();
    auto policy = BufferPolicyStore::load(m_database);
    const qint64 grace = policy ? qint64(policy.value().courtesyMinutes) * 60 : 600;
    auto candidates = ReportRepository(m_database).candidates(now, grace, now.addDays(-kPollDays));
    if (!candidates) {
        sweep->problems << candidates.error().message;
        return done();
    }
    QPointer<ReportFetcher> self(this);
    auto steps = std::make_shared<QList<std::function<void(std::function<void()>)>>>();
    for (const ReportCandidate &candidate : candidates.value()) {
        steps->append([self, candidate, sweep](std::function<void()> next) {
            if (!self)
                return;
            const auto await = [self, candidate, sweep, next](const QDateTime &endedUtc) {
                const QDateTime at = self->m_clock.nowUtc();
                auto deadline = self->deadlineAfter(endedUtc);
                if (!deadline) {
                    sweep->problems << deadline.error().message;
                    return next();
                }
                if (!candidate.sessionEnded)
                    (void)EventRepository(self->m_database).setSession(candidate.eventId, Event::Session::Ended, at);
                auto added = ReportRepository(self->m_database)
                                 .ensureWaiting(candidate.eventId, endedUtc, deadline.value(), at, at);
                if (!added)
                    sweep->problems << added.error().message;
                else if (added.value())
                    ++sweep->noticed;
                next();
            };
            if (candidate.sessionEnded)
                return await(self->m_clock.nowUtc());
            // Another platform's group: nothing to ask Zoom; its report fails with the reason.
            if (const auto platform = LinkValidator::fromName(candidate.groupPlatform);
                platform && *platform != LinkPlatform::Builtin)
                return await(candidate.scheduledEndUtc);
            if (!self->m_api)
                return next();
            const QString id = QString::number(candidate.zoomMeetingId);
            // Did it take place? Zoom lists it among past meetings (or has its participants).
            if (!candidate.webinar) {
                self->m_api->pastMeeting(id, self, [await, next](const Result<ZoomPastMeeting, ZoomError> &past) {
                    if (past && past.value().endUtc.isValid())
                        return await(past.value().endUtc);
                    next();
                });
                return;
            }
            self->m_api->participants(ZoomApi::ParticipantSource::PastWebinar, id, self,
                                      [await, next, candidate](const Result<QList<ZoomParticipant>, ZoomError> &rows) {
                                          if (rows)
                                              return await(candidate.scheduledEndUtc);
                                          next();
                                      });
        });
    }
    runInOrder(steps, 0, std::move(done));
}

void ReportFetcher::participants(
    const QString &idOrUuid, bool webinar, bool reportEndpoint,
    std::function<void(const Result<QList<ZoomParticipant>, ZoomError> &, QString source)> done)
{
    using Source = ZoomApi::ParticipantSource;
    const Source source = reportEndpoint ? (webinar ? Source::ReportWebinar : Source::ReportMeeting)
                                         : (webinar ? Source::PastWebinar : Source::PastMeeting);
    QPointer<ReportFetcher> self(this);
    m_api->participants(
        source, idOrUuid, this,
        [self, idOrUuid, webinar, reportEndpoint, done](const Result<QList<ZoomParticipant>, ZoomError> &rows) {
            if (!self)
                return;
            // Only Zoom's report scope granted: its report endpoint then.
            if (!rows && rows.error().kind == ZoomError::Kind::MissingScopes && !reportEndpoint)
                return self->participants(idOrUuid, webinar, true, done);
            done(rows, sourceName(webinar, reportEndpoint));
        });
}

void ReportFetcher::fetchStored(const StoredReport &stored, std::function<void(StoredReport::State)> done, Sweep *sweep)
{
    ReportRepository reports(m_database);
    const QDateTime now = m_clock.nowUtc();
    auto found = reports.candidate(stored.eventId);
    if (!found) { // the database is busy, say: asked again on the next sweep
        sweep->problems << tr("Event %1: %2").arg(stored.eventId).arg(found.error().message);
        return done(StoredReport::State::Waiting);
    }
    if (!found.value()) {
        (void)reports.fail(stored.eventId, tr("The event is gone."), now);
        ++sweep->failed;
        return done(StoredReport::State::Failed);
    }
    const ReportCandidate candidate = *found.value();
    const auto platform = LinkValidator::fromName(candidate.groupPlatform);
    if (platform && *platform != LinkPlatform::Builtin) {
        // iECHO: with another platform's link, attendance is that platform's, not Zoom's.
        (void)reports.fail(stored.eventId,
                           tr("Participants join through %1, so Zoom has no attendance for this event.")
                               .arg(LinkValidator::displayName(*platform)),
                           now);
        ++sweep->failed;
        return done(StoredReport::State::Failed);
    }
    if (!m_api) {
        sweep->problems << tr("Event %1: Zoom is not connected; its report waits.").arg(stored.eventId);
        return done(StoredReport::State::Waiting);
    }
    QPointer<ReportFetcher> self(this);
    const qint64 eventId = stored.eventId;
    const QDateTime deadline = stored.deadlineUtc;
    const int attempts = stored.attempts + 1;
    // Not yet, or not at all: retried until the deadline (the last try at the deadline itself),
    // then failed with the reason.
    const auto setback = [self, eventId, deadline, attempts, sweep, done](const QString &reason, bool mayPassLater) {
        const QDateTime at = self->m_clock.nowUtc();
        ReportRepository repository(self->m_database);
        const QDateTime next = std::min(at.addSecs(retryDelaySeconds(attempts)), deadline);
        if (mayPassLater && at < deadline) {
            (void)repository.retryLater(eventId, reason, next, at);
            ++sweep->retrying;
            return done(StoredReport::State::Waiting);
        }
        const QString why =
            mayPassLater ? tr("Zoom did not give the attendance before the report deadline: %1").arg(reason) : reason;
        (void)repository.fail(eventId, why, at);
        ++sweep->failed;
        sweep->problems << tr("Event %1: %2").arg(eventId).arg(why);
        done(StoredReport::State::Failed);
    };
    fetchSession(
        QString::number(candidate.zoomMeetingId), candidate.webinar, hostOf(candidate),
        [self, eventId, deadline, setback, sweep, done](const Result<Fetched> &fetched) {
            if (!self)
                return;
            if (!fetched) {
                const bool transient = fetched.error().code != QLatin1String("report.refused");
                return setback(fetched.error().message, transient);
            }
            const QDateTime at = self->m_clock.nowUtc();
            const AttendanceReport &report = fetched.value().report;
            // Right after a large meeting Zoom may give durations of 0: asked again while there is
            // time; at the deadline the people are kept as Zoom gave them.
            if (report.hasAttendees() && report.totalSeconds() == 0 && at < deadline)
                return setback(tr("Zoom has not counted the durations yet."), true);
            if (auto saved =
                    ReportRepository(self->m_database).storeReport(eventId, report, fetched.value().source, at);
                !saved)
                return setback(saved.error().message, true); // asked again later, not at once

            const bool ready = report.hasAttendees();
            ++(ready ? sweep->ready : sweep->noAttendees);
            done(ready ? StoredReport::State::Ready : StoredReport::State::NoAttendees);
        });
}

void ReportFetcher::fetchNow(qint64 eventId, Callback<StoredReport> done)
{
    ReportRepository reports(m_database);
    const QDateTime now = m_clock.nowUtc();
    auto found = reports.candidate(eventId);
    if (!found)
        return done(found.error());
    if (!found.value() || !found.value()->zoomMeetingId)
        return done(Error {QStringLiteral("report.no_meeting"),
                           tr("Event %1 has no meeting or webinar in Zoom, so it has no report.").arg(eventId)});
    auto deadline = deadlineAfter(now);
    if (!deadline)
        return done(deadline.error());
    auto existing = reports.find(eventId);
    if (!existing)
        return done(existing.error());
    if (existing.value() &&
        (existing.value()->state == StoredReport::State::Ready ||
         existing.value()->state == StoredReport::State::NoAttendees))
        return refetch(*found.value(), std::move(done));
    if (existing.value()) {
        if (auto reopened = reports.reopen(eventId, deadline.value(), now); !reopened)
            return done(reopened.error());
    } else if (auto added = reports.ensureWaiting(eventId, now, deadline.value(), now, now); !added) {
        return done(added.error());
    }
    auto stored = reports.find(eventId);
    if (!stored || !stored.value())
        return done(stored ? Error {QStringLiteral("report.store"), tr("The report could not be stored.")}
                           : stored.error());
    auto sweep = std::make_shared<Sweep>();
    QPointer<ReportFetcher> self(this);
    fetchStored(
        *stored.value(),
        [self, eventId, sweep, done](StoredReport::State) {
            if (!self)
                return;
            auto after = ReportRepository(self->m_database).find(eventId);
            if (!after || !after.value())
                return done(after ? Error {QStringLiteral("report.store"), tr("The report could not be stored.")}
                                  : after.error());
            done(*after.value());
        },
        sweep.get());
}

void ReportFetcher::refetch(const ReportCandidate &candidate, Callback<StoredReport> done)
{
    QPointer<ReportFetcher> self(this);
    const qint64 eventId = candidate.eventId;
    fetchSession(
        QString::number(candidate.zoomMeetingId), candidate.webinar, hostOf(candidate),
        [self, eventId, done](const Result<Fetched> &fetched) {
            if (!self)
                return;
            const auto kept = [](const QString &why) {
                return Error {QStringLiteral("report.kept"), tr("%1 The stored report stays as it was.").arg(why)};
            };
            if (!fetched)
                return done(kept(fetched.error().message));
            const AttendanceReport &report = fetched.value().report;
            if (report.hasAttendees() && report.totalSeconds() == 0)
                return done(kept(tr("Zoom has not counted the durations yet.")));
            ReportRepository reports(self->m_database);
            const QDateTime at = self->m_clock.nowUtc();
            if (auto saved = reports.storeReport(eventId, report, fetched.value().source, at); !saved)
                return done(saved.error());
            auto after = reports.find(eventId);
            if (!after || !after.value())
                return done(after ? Error {QStringLiteral("report.store"), tr("The report could not be stored.")}
                                  : after.error());
            done(*after.value());
        });
}

void ReportFetcher::fetchSession(const QString &idOrUuid, bool webinar, const ReportHost &host, Callback<Fetched> done)
{
    if (!m_api)
        return done(Error {QStringLiteral("zoom.not_configured"), tr("Zoom is not connected.")});
    QPointer<ReportFetcher> self(this);
    auto fetched = std::make_shared<Fetched>();
    fetched->host = host;
    const auto collect = [self, idOrUuid, webinar, fetched, done]() {
        self->participants(idOrUuid, webinar, false,
                           [fetched, done](const Result<QList<ZoomParticipant>, ZoomError> &rows, QString source) {
                               if (!rows && rows.error().kind == ZoomError::Kind::NotFound)
                                   return done(notFiledYet());
                               if (!rows) {
                                   const ZoomError &error = rows.error();
                                   return done(
                                       Error {mayPass(error.kind) ? error.code() : QStringLiteral("report.refused"),
                                              error.explanation});
                               }
                               ParticipantRecords records;
                               for (const ZoomParticipant &participant : rows.value())
                                   records.add(participant);
                               fetched->report = AttendanceReport::build(records, fetched->host);
                               fetched->source = source;
                               done(*fetched);
                           });
    };
    if (webinar)
        return collect();
    // The past meeting tells its host (left out of the report) and proves it took place.
    m_api->pastMeeting(idOrUuid, this, [self, fetched, collect, done](const Result<ZoomPastMeeting, ZoomError> &past) {
        if (!self)
            return;
        if (!past) {
            // Not filed yet (or never held): asked again later. Anything else only costs the
            // host's id; the room's e-mail still leaves the host out.
            if (past.error().kind == ZoomError::Kind::NotFound)
                return done(notFiledYet());
        } else {
            if (!past.value().hostId.isEmpty())
                fetched->host.ids.append(past.value().hostId);
            if (fetched->host.email.isEmpty())
                fetched->host.email = past.value().hostEmail;
        }
        collect();
    });
}

} // namespace Roomdesk
