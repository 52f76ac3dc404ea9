// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfetcher.h"

#include "clock.h"
#include "events/eventrepository.h"
#include "groups/linkvalidator.h"
#include "reportretry.h"
#include "rooms/bufferpolicy.h"
#include "storage/database.h"

#include <QPointer>

#include <memory>
#include <utility>

namespace Roomdesk {

namespace {

constexpr qint64 kPollDays = 3; // events are looked for in Zoom until this long after their end

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

struct ReportFetcher::Answers
{
    std::optional<ZoomPastMeeting> past; // a meeting's past meeting
    std::optional<QList<ZoomParticipant>> rows; // a webinar's participants…
    QString source; // …and where they came from
};

struct ReportFetcher::Round
{
    quint64 serial = 0;
    Sweep sweep;
    QHash<qint64, Answers> answers; // by event
    bool askedEveryone = true; // whether Zoom answered about every candidate it was asked about
};

ReportFetcher::ReportFetcher(const Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

void ReportFetcher::setZoom(ZoomApi *api)
{
    if (api != m_api) {
        // What was asked of the previous connection will not be answered: nothing is busy any
        // more, and whoever waited is told how the reports stand.
        const QHash<qint64, Busy> busy = std::exchange(m_busy, {});
        for (const Busy &entry : busy) {
            for (const auto &waiter : entry.waiting)
                waiter();
        }
    }
    m_api = api;
}

ZoomError ReportFetcher::notFiledYet(ZoomError error)
{
    // Zoom's own words ("does not exist") would suggest a deletion; right after the end it
    // only means the session has not been filed yet.
    error.explanation = tr("Zoom has no record of this session yet (it files attendance a few minutes after the end), "
                           "or it never took place.");
    return error;
}

qint64 ReportFetcher::retryDelaySeconds(int attempts)
{
    return ReportRetry::delaySeconds(attempts);
}

Result<QDateTime> ReportFetcher::deadlineAfter(const QDateTime &endedUtc) const
{
    auto policy = BufferPolicyStore::load(m_database);
    if (!policy)
        return policy.error();
    // Noticed late (Roomdesk was closed): the deadline counts from now.
    return std::max(endedUtc, m_clock.nowUtc()).addSecs(qint64(policy.value().reportDeadlineMinutes) * 60);
}

std::shared_ptr<ReportFetcher::Round> ReportFetcher::newRound()
{
    auto round = std::make_shared<Round>();
    round->serial = ++m_rounds;
    return round;
}

bool ReportFetcher::claim(qint64 eventId, const Round &round)
{
    if (const auto busy = m_busy.constFind(eventId); busy != m_busy.constEnd())
        return busy->round == round.serial;
    m_busy.insert(eventId, {round.serial, {}});
    return true;
}

void ReportFetcher::release(qint64 eventId, const Round &round)
{
    const auto busy = m_busy.constFind(eventId);
    if (busy == m_busy.constEnd() || busy->round != round.serial)
        return;
    const QList<std::function<void()>> waiting = m_busy.take(eventId).waiting;
    for (const auto &waiter : waiting)
        waiter();
}

void ReportFetcher::releaseAll(const Round &round)
{
    for (const qint64 eventId : m_busy.keys()) {
        if (m_busy.value(eventId).round == round.serial)
            release(eventId, round);
    }
}

void ReportFetcher::sweep(Callback<Sweep> done)
{
    auto round = newRound();
    QPointer<ReportFetcher> self(this);
    const auto finish = [self, round, done](const Result<Sweep> &result) {
        if (!self)
            return;
        self->releaseAll(*round);
        done(result);
    };
    notice(
        [self, round, finish]() {
            if (!self)
                return;
            if (!self->m_api) // the reports wait; connecting Zoom synchronizes, and that sweeps again
                return finish(round->sweep);
            auto due = ReportRepository(self->m_database).due(self->m_clock.nowUtc());
            if (!due)
                return finish(due.error());
            auto steps = std::make_shared<QList<std::function<void(std::function<void()>)>>>();
            for (const StoredReport &stored : due.value()) {
                steps->append([self, stored, round](std::function<void()> next) {
                    if (!self)
                        return;
                    self->fetchStored(
                        stored, [next](StoredReport::State) { next(); }, round);
                });
            }
            runInOrder(steps, 0, [round, finish]() { finish(round->sweep); });
        },
        round);
}

void ReportFetcher::notice(std::function<void()> done, const std::shared_ptr<Round> &round)
{
    const QDateTime now = m_clock.nowUtc();
    ReportRepository reports(m_database);
    auto policy = BufferPolicyStore::load(m_database);
    const qint64 grace = policy ? qint64(policy.value().courtesyMinutes) * 60 : 600;
    // Three days after their end — or since Zoom was last asked, when Roomdesk was not running.
    QDateTime since = now.addDays(-kPollDays);
    if (auto polled = reports.polledAt(); polled && polled.value().isValid())
        since = std::min(since, polled.value());
    auto candidates = reports.candidates(now, grace, since);
    if (!candidates) {
        round->sweep.problems << candidates.error().message;
        return done();
    }
    QPointer<ReportFetcher> self(this);
    auto steps = std::make_shared<QList<std::function<void(std::function<void()>)>>>();
    for (const ReportCandidate &candidate : candidates.value()) {
        steps->append([self, candidate, round](std::function<void()> next) {
            if (!self)
                return;
            if (!self->claim(candidate.eventId, *round))
                return next(); // another sweep, or a click, has it
            // The event's report now waits, and stays claimed for this round's fetch.
            const auto await = [self, candidate, round, next](const QDateTime &endedUtc) {
                const QDateTime at = self->m_clock.nowUtc();
                auto deadline = self->deadlineAfter(endedUtc);
                if (!deadline) {
                    round->sweep.problems << deadline.error().message;
                    self->release(candidate.eventId, *round);
                    return next();
                }
                if (!candidate.sessionEnded)
                    (void)EventRepository(self->m_database).setSession(candidate.eventId, Event::Session::Ended, at);
                auto added = ReportRepository(self->m_database)
                                 .ensureWaiting(candidate.eventId, endedUtc, deadline.value(), at, at);
                if (!added)
                    round->sweep.problems << added.error().message;
                else if (added.value())
                    ++round->sweep.noticed;
                next();
            };
            // Not over as far as Zoom can tell (yet): looked for again on the next sweep.
            const auto notYet = [self, candidate, round, next](const ZoomError &error) {
                if (ReportRetry::after(error, self->m_clock.nowUtc()).kind() == ReportRetry::Kind::Unreachable)
                    round->askedEveryone = false;
                self->release(candidate.eventId, *round);
                next();
            };
            if (candidate.sessionEnded)
                return await(self->m_clock.nowUtc());
            // Another platform's group: nothing to ask Zoom; its report fails with the reason.
            if (const auto platform = LinkValidator::fromName(candidate.groupPlatform);
                platform && *platform != LinkPlatform::Builtin)
                return await(candidate.scheduledEndUtc);
            if (!self->m_api) {
                round->askedEveryone = false;
                self->release(candidate.eventId, *round);
                return next();
            }
            const QString id = QString::number(candidate.zoomMeetingId);
            // Did it take place? Zoom lists it among past meetings (or has its participants);
            // what it says is kept for the fetch.
            if (!candidate.webinar) {
                self->m_api->pastMeeting(
                    id, self, [round, candidate, await, notYet](const Result<ZoomPastMeeting, ZoomError> &past) {
                        if (!past)
                            return notYet(past.error());
                        if (!past.value().endUtc.isValid())
                            return notYet(ZoomError::malformed(QStringLiteral("past meeting end_time")));
                        round->answers[candidate.eventId].past = past.value();
                        await(past.value().endUtc);
                    });
                return;
            }
            self->participants(id, true, false, [round, candidate, await, notYet](const Rows &rows, QString source) {
                if (!rows)
                    return notYet(rows.error());
                Answers &answers = round->answers[candidate.eventId];
                answers.rows = rows.value();
                answers.source = source;
                await(candidate.scheduledEndUtc);
            });
        });
    }
    runInOrder(steps, 0, [self, round, now, done]() {
        if (!self)
            return;
        // Asked about everything: next time only the last three days again.
        if (self->m_api && round->askedEveryone)
            (void)ReportRepository(self->m_database).setPolledAt(now);
        done();
    });
}

void ReportFetcher::participants(const QString &idOrUuid, bool webinar, bool reportEndpoint,
                                 std::function<void(const Rows &, QString source)> done)
{
    using Source = ZoomApi::ParticipantSource;
    const Source source = reportEndpoint ? (webinar ? Source::ReportWebinar : Source::ReportMeeting)
                                         : (webinar ? Source::PastWebinar : Source::PastMeeting);
    QPointer<ReportFetcher> self(this);
    m_api->participants(source, idOrUuid, this, [self, idOrUuid, webinar, reportEndpoint, done](const Rows &rows) {
        if (!self)
            return;
        // Only Zoom's report scope granted: its report endpoint then.
        if (!rows && rows.error().kind == ZoomError::Kind::MissingScopes && !reportEndpoint)
            return self->participants(idOrUuid, webinar, true, done);
        done(rows, sourceName(webinar, reportEndpoint));
    });
}

void ReportFetcher::fetchStored(const StoredReport &given, std::function<void(StoredReport::State)> done,
                                const std::shared_ptr<Round> &round)
{
    if (!claim(given.eventId, *round))
        return done(StoredReport::State::Waiting); // another round is fetching it
    QPointer<ReportFetcher> self(this);
    const qint64 eventId = given.eventId;
    const auto finish = [self, eventId, round, done](StoredReport::State state) {
        if (!self)
            return;
        self->release(eventId, *round);
        done(state);
    };
    ReportRepository reports(m_database);
    const QDateTime now = m_clock.nowUtc();
    Sweep &sweep = round->sweep;
    // Another round may have settled it since the list of due reports was read.
    auto current = reports.find(eventId);
    if (current && current.value() &&
        (current.value()->state != StoredReport::State::Waiting || current.value()->nextAttemptUtc > now))
        return finish(current.value()->state);
    const StoredReport stored = current && current.value() ? *current.value() : given;
    auto found = reports.candidate(eventId);
    if (!found) { // the database is busy, say: asked again on the next sweep
        sweep.problems << tr("Event %1: %2").arg(eventId).arg(found.error().message);
        return finish(StoredReport::State::Waiting);
    }
    if (!found.value()) {
        (void)reports.fail(eventId, tr("The event is gone."), now);
        ++sweep.failed;
        return finish(StoredReport::State::Failed);
    }
    const ReportCandidate candidate = *found.value();
    const auto platform = LinkValidator::fromName(candidate.groupPlatform);
    if (platform && *platform != LinkPlatform::Builtin) {
        // iECHO: with another platform's link, attendance is that platform's, not Zoom's.
        (void)reports.fail(eventId,
                           tr("Participants join through %1, so Zoom has no attendance for this event.")
                               .arg(LinkValidator::displayName(*platform)),
                           now);
        ++sweep.failed;
        return finish(StoredReport::State::Failed);
    }
    if (!m_api) {
        sweep.problems << tr("Event %1: Zoom is not connected; its report waits.").arg(eventId);
        return finish(StoredReport::State::Waiting);
    }
    const QDateTime deadline = stored.deadlineUtc;
    const int attempts = stored.attempts + 1;
    // Not yet, or not at all: as ReportRetry decides.
    const auto setback = [self, eventId, deadline, attempts, round, finish](const QString &reason,
                                                                            const ReportRetry &retry) {
        const QDateTime at = self->m_clock.nowUtc();
        ReportRepository repository(self->m_database);
        const ReportRetry::Next next = retry.next(attempts, at, deadline);
        if (!next.fail) {
            (void)repository.retryLater(eventId, reason, next.attemptUtc, at,
                                        next.deadlineUtc != deadline ? next.deadlineUtc : QDateTime());
            ++round->sweep.retrying;
            return finish(StoredReport::State::Waiting);
        }
        const QString why = retry.kind() == ReportRetry::Kind::Later
            ? tr("Zoom did not give the attendance before the report deadline: %1").arg(reason)
            : reason;
        (void)repository.fail(eventId, why, at);
        ++round->sweep.failed;
        round->sweep.problems << tr("Event %1: %2").arg(eventId).arg(why);
        finish(StoredReport::State::Failed);
    };
    const Answers known = round->answers.take(eventId);
    collect(QString::number(candidate.zoomMeetingId), candidate.webinar, hostOf(candidate), &known,
            [self, eventId, deadline, setback, round, finish](const Result<Fetched, ZoomError> &fetched) {
                if (!self)
                    return;
                const QDateTime at = self->m_clock.nowUtc();
                if (!fetched)
                    return setback(fetched.error().explanation, ReportRetry::after(fetched.error(), at));
                const AttendanceReport &report = fetched.value().report;
                // Right after a large meeting Zoom may give durations of 0: asked again while there
                // is time; at the deadline the people are kept as Zoom gave them.
                if (report.hasAttendees() && report.totalSeconds() == 0 && at < deadline)
                    return setback(tr("Zoom has not counted the durations yet."), ReportRetry::later());
                if (auto saved =
                        ReportRepository(self->m_database).storeReport(eventId, report, fetched.value().source, at);
                    !saved)
                    return setback(saved.error().message, ReportRetry::later()); // asked again later, not at once

                const bool ready = report.hasAttendees();
                ++(ready ? round->sweep.ready : round->sweep.noAttendees);
                finish(ready ? StoredReport::State::Ready : StoredReport::State::NoAttendees);
            });
}

void ReportFetcher::fetchNow(qint64 eventId, Callback<StoredReport> done)
{
    QPointer<ReportFetcher> self(this);
    const auto answer = [self, eventId, done]() {
        if (!self)
            return;
        auto after = ReportRepository(self->m_database).find(eventId);
        if (!after || !after.value())
            return done(after ? Error {QStringLiteral("report.store"), tr("The report could not be stored.")}
                              : after.error());
        done(*after.value());
    };
    if (const auto busy = m_busy.find(eventId); busy != m_busy.end()) {
        busy->waiting.append(answer); // being fetched already: what that fetch stores is the answer
        return;
    }
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
    fetchStored(
        *stored.value(), [answer](StoredReport::State) { answer(); }, newRound());
}

void ReportFetcher::refetch(const ReportCandidate &candidate, Callback<StoredReport> done)
{
    QPointer<ReportFetcher> self(this);
    const qint64 eventId = candidate.eventId;
    const std::shared_ptr<Round> round = newRound();
    claim(eventId, *round);
    fetchSession(
        QString::number(candidate.zoomMeetingId), candidate.webinar, hostOf(candidate),
        [self, eventId, round, done](const Result<Fetched> &fetched) {
            if (!self)
                return;
            const auto answer = [self, eventId, round, done](const Result<StoredReport> &result) {
                self->release(eventId, *round);
                done(result);
            };
            const auto kept = [](const QString &why) {
                return Error {QStringLiteral("report.kept"), tr("%1 The stored report stays as it was.").arg(why)};
            };
            if (!fetched)
                return answer(kept(fetched.error().message));
            const AttendanceReport &report = fetched.value().report;
            if (report.hasAttendees() && report.totalSeconds() == 0)
                return answer(kept(tr("Zoom has not counted the durations yet.")));
            ReportRepository reports(self->m_database);
            const QDateTime at = self->m_clock.nowUtc();
            if (auto saved = reports.storeReport(eventId, report, fetched.value().source, at); !saved)
                return answer(saved.error());
            auto after = reports.find(eventId);
            if (!after || !after.value())
                return answer(after ? Error {QStringLiteral("report.store"), tr("The report could not be stored.")}
                                    : after.error());
            answer(*after.value());
        });
}

void ReportFetcher::fetchSession(const QString &idOrUuid, bool webinar, const ReportHost &host, Callback<Fetched> done)
{
    if (!m_api)
        return done(Error {QStringLiteral("zoom.not_configured"), tr("Zoom is not connected.")});
    QPointer<ReportFetcher> self(this);
    collect(idOrUuid, webinar, host, nullptr, [self, done](const Result<Fetched, ZoomError> &fetched) {
        if (!self)
            return;
        if (fetched)
            return done(fetched.value());
        const ZoomError &error = fetched.error();
        const bool refused = ReportRetry::after(error, self->m_clock.nowUtc()).kind() == ReportRetry::Kind::Refused;
        done(Error {refused ? QStringLiteral("report.refused") : error.code(), error.explanation});
    });
}

void ReportFetcher::collect(const QString &idOrUuid, bool webinar, const ReportHost &host, const Answers *known,
                            std::function<void(const Result<Fetched, ZoomError> &)> done)
{
    QPointer<ReportFetcher> self(this);
    auto fetched = std::make_shared<Fetched>();
    fetched->host = host;
    const auto build = [fetched, done](const QList<ZoomParticipant> &rows, const QString &source) {
        ParticipantRecords records;
        for (const ZoomParticipant &participant : rows)
            records.add(participant);
        fetched->report = AttendanceReport::build(records, fetched->host);
        fetched->source = source;
        done(*fetched);
    };
    const auto download = [self, idOrUuid, webinar, build, done]() {
        if (!self)
            return;
        self->participants(idOrUuid, webinar, false, [build, done](const Rows &rows, QString source) {
            if (!rows)
                return done(rows.error().kind == ZoomError::Kind::NotFound ? notFiledYet(rows.error()) : rows.error());
            build(rows.value(), source);
        });
    };
    // The past meeting tells its host (left out of the report) and proves it took place.
    const auto hostFrom = [fetched](const ZoomPastMeeting &past) {
        if (!past.hostId.isEmpty())
            fetched->host.ids.append(past.hostId);
        if (fetched->host.email.isEmpty())
            fetched->host.email = past.hostEmail;
    };
    if (known && known->rows)
        return build(*known->rows, known->source);
    if (webinar)
        return download();
    if (known && known->past) {
        hostFrom(*known->past);
        return download();
    }
    m_api->pastMeeting(
        idOrUuid, this, [self, hostFrom, download, done](const Result<ZoomPastMeeting, ZoomError> &past) {
            if (!self)
                return;
            // Not filed yet (or never held): asked again later; Zoom out of reach (offline, a
            // daily limit): not asked again now. Anything else only costs the host's id; the
            // room's e-mail still leaves the host out.
            if (!past && past.error().kind == ZoomError::Kind::NotFound)
                return done(notFiledYet(past.error()));
            if (!past &&
                ReportRetry::after(past.error(), self->m_clock.nowUtc()).kind() == ReportRetry::Kind::Unreachable)
                return done(past.error());
            if (past)
                hostFrom(past.value());
            download();
        });
}

} // namespace Roomdesk
