// SPDX-License-Identifier: GPL-3.0-or-later
// Attendance reports fetched after events end, against the Zoom sandbox over loopback HTTP
// on a real SQLite file: an ended meeting found by polling or by Zoom's word, stored with its
// people; no attendees; Zoom not having filed it yet (retried, then failed at the deadline);
// another platform's link; the report endpoint when only its scope is granted; export. The
// retry rules: offline attempts and a daily limit do not use up the deadline, a malformed
// answer is retried; Zoom is asked once per session; sessions that ended while Roomdesk was
// not running for more than three days are still found.
#include "clock.h"
#include "csv/csvreader.h"
#include "events/eventrepository.h"
#include "events/eventsync.h"
#include "groups/grouprepository.h"
#include "reports/reportexport.h"
#include "reports/reportfetcher.h"
#include "rooms/roomrepository.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxkit.h"
#include "storage/database.h"
#include "testfiles.h"
#include "zoom/scopecatalog.h"
#include "zoom/webhookinbox.h"
#include "zoom/zoomapi.h"
#include "zoomstub.h"

#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QString kLucia = QStringLiteral("lucia.fernandez@universidad.example");

template<typename T>
Result<T> await(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    std::optional<Result<T>> outcome;
    start([&outcome](const Result<T> &r) { outcome.emplace(r); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        return Error {QStringLiteral("test.timeout"), QStringLiteral("no answer")};
    return *outcome;
}

} // namespace

class TestReportFetcher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ZoomClient> m_client;
    std::unique_ptr<ZoomApi> m_api;
    std::unique_ptr<EventSync> m_sync;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ReportFetcher> m_fetcher;
    int m_file = 0;

    void open(const QString &scopes = QStringLiteral("all"))
    {
        m_fetcher.reset();
        m_sync.reset();
        m_api.reset();
        m_client.reset();
        m_database.reset();
        m_sandbox = std::make_unique<ZoomSandbox>(Test::sandboxOptions(scopes));
        QVERIFY(m_sandbox->start());
        auto db = Database::open(m_dir.filePath(QStringLiteral("reports-%1.sqlite").arg(++m_file)));
        QVERIFY(db);
        m_database = std::move(db.value());
        m_client = std::make_unique<ZoomClient>(ZoomCredentials {m_sandbox->origin(), m_sandbox->accountId(),
                                                                 m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_api = std::make_unique<ZoomApi>(m_client.get());
        m_sync = std::make_unique<EventSync>(*m_database, Clock::system());
        m_sync->setZoom(m_api.get());
        // Whole seconds, as the report times are stored.
        m_clock = std::make_unique<ManualClock>(
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc()));
        m_fetcher = std::make_unique<ReportFetcher>(*m_database, *m_clock);
        m_fetcher->setZoom(m_api.get());
        Room room;
        room.email = kLucia;
        room.name = QStringLiteral("Sala Lucía");
        room.active = true;
        room.webinar = true;
        QVERIFY(RoomRepository(*m_database).add(room, QDateTime::currentDateTimeUtc()));
    }

    // An event that started `hoursAgo` hours ago and lasted an hour, created in Zoom.
    Event pastEvent(const QString &title, int hoursAgo = 3, qint64 groupId = 0, bool webinar = false)
    {
        const QTimeZone madrid("Europe/Madrid");
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo).toTimeZone(madrid);
        EventForm form;
        form.title = title;
        form.localStart = QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()));
        form.timeZone = QStringLiteral("Europe/Madrid");
        form.durationMinutes = 60;
        form.webinar = webinar;
        if (groupId)
            form.groupId = groupId;
        auto made = await<EventSync::Outcome>([&](auto done) { m_sync->create(form, done); });
        if (!made) {
            qWarning() << made.error().message;
            return {};
        }
        return made.value().event;
    }

    // Ends the meeting in the sandbox with `attendees` people besides the host.
    void endInZoom(const Event &event, int attendees)
    {
        const QByteArray plan = "{\"attendees\":" + QByteArray::number(attendees) +
            ",\"waiting_room\":2,\"rejoins\":2,\"two_devices\":1,\"without_email\":2,\"minutes\":55}";
        const auto ended = m_sandbox->handle(
            {"POST",
             {QStringLiteral("_sandbox"), event.form.webinar ? QStringLiteral("webinars") : QStringLiteral("meetings"),
              QString::number(event.zoomMeetingId), QStringLiteral("end")},
             {},
             {},
             plan});
        QCOMPARE(ended.status, 200);
    }

    ReportFetcher::Sweep sweep()
    {
        auto swept = await<ReportFetcher::Sweep>([&](auto done) { m_fetcher->sweep(done); });
        if (!swept)
            qWarning() << swept.error().message;
        return swept ? swept.value() : ReportFetcher::Sweep {};
    }

    StoredReport stored(qint64 eventId)
    {
        auto found = ReportRepository(*m_database).find(eventId);
        return found && found.value() ? *found.value() : StoredReport {};
    }

    // Calls to exactly this path (below /v2).
    int requestsAt(const QString &path)
    {
        const auto log = *m_sandbox->handle({"GET", {"_sandbox", "requests"}, {}, {}, {}}).body;
        int count = 0;
        for (const auto &entry : log)
            count += QString::fromStdString(entry.value("path", std::string())) == path;
        return count;
    }

    // An event Zoom said has ended (its webhook): noticed without asking Zoom.
    Event endedEvent(const QString &title)
    {
        const Event event = pastEvent(title);
        if (!EventRepository(*m_database).setSession(event.id, Event::Session::Ended, m_clock->nowUtc()))
            return {};
        return event;
    }

    int requestsTo(const QString &contains)
    {
        const auto log = *m_sandbox->handle({"GET", {"_sandbox", "requests"}, {}, {}, {}}).body;
        int count = 0;
        for (const auto &entry : log) {
            if (QString::fromStdString(entry.value("path", std::string())).contains(contains))
                ++count;
        }
        return count;
    }

private slots:
    void cleanup()
    {
        m_fetcher.reset();
        m_sync.reset();
        m_api.reset();
        m_client.reset();
        m_database.reset();
        m_sandbox.reset();
    }

    void pollingFindsTheEndedMeetingAndStoresItsPeople()
    {
        open();
        const Event event = pastEvent(QStringLiteral("Anatomía I"));
        QVERIFY(event.zoomMeetingId > 0);
        endInZoom(event, 8);

        const ReportFetcher::Sweep swept = sweep();
        QCOMPARE(swept.noticed, 1);
        QCOMPARE(swept.ready, 1);
        const StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Ready);
        QCOMPARE(report.source, QStringLiteral("past_meeting"));
        QCOMPARE(report.attendees, 8);
        QCOMPARE(report.waitingRoomRecords, 2);
        QCOMPARE(report.hostRecords, 1);
        QCOMPARE(report.records, 1 + 8 + 2 + 2 + 1); // host, people, waiting room, rejoins, second device
        QCOMPARE(EventRepository(*m_database).find(event.id).value().session, Event::Session::Ended);

        auto people = ReportRepository(*m_database).attendees(event.id);
        QVERIFY(people);
        QCOMPARE(people.value().attendees().size(), 8);
        int segments = 0;
        qint64 total = 0;
        for (const Attendee &attendee : people.value().attendees()) {
            QVERIFY(attendee.email.compare(kLucia, Qt::CaseInsensitive) != 0);
            QVERIFY(attendee.durationSeconds > 0);
            QVERIFY(attendee.durationSeconds <= 55 * 60);
            QVERIFY(attendee.firstJoinSecs < attendee.lastLeaveSecs);
            QCOMPARE(qsizetype(attendee.segments), qsizetype(attendee.intervals.size()));
            segments += attendee.segments;
            total += attendee.durationSeconds;
        }
        QCOMPARE(segments, 8 + 2); // the two who rejoined have two stretches each
        QCOMPARE(total, report.totalSeconds);
        QVERIFY(!people.value().presence().isEmpty());
        QCOMPARE(people.value().presence().last().second, 0);

        // Nothing more to do: no further calls.
        const int calls = requestsTo(QStringLiteral("participants"));
        const ReportFetcher::Sweep again = sweep();
        QCOMPARE(again.noticed + again.ready + again.failed + again.retrying, 0);
        QCOMPARE(requestsTo(QStringLiteral("participants")), calls);
    }

    void zoomsWordThatItEndedIsEnough()
    {
        open();
        // Still on the calendar for two more hours, but Zoom said it ended (a webhook).
        const Event event = pastEvent(QStringLiteral("Fisiología"), -1);
        QVERIFY(event.zoomMeetingId > 0);
        endInZoom(event, 3);
        QVERIFY(sweep().noticed == 0); // not over by the calendar, and Zoom has not said so
        // Zoom's meeting.ended, as the webhook receiver stores it, read by the synchronization.
        WebhookInbox inbox(*m_database);
        const QByteArray body =
            QStringLiteral(R"({"event":"meeting.ended","event_ts":2,"payload":{"object":{"id":"%1"}}})")
                .arg(event.zoomMeetingId)
                .toUtf8();
        QVERIFY(inbox.store(body, QStringLiteral("meeting.ended"), 2, {}, QDateTime::currentDateTimeUtc()));
        auto synced = await<EventSync::SyncReport>([&](auto done) { m_sync->synchronize(false, &inbox, done); });
        QVERIFY(synced);
        QCOMPARE(synced.value().ended, 1);
        const ReportFetcher::Sweep swept = sweep();
        QCOMPARE(swept.noticed, 1);
        QCOMPARE(stored(event.id).state, StoredReport::State::Ready);
        QCOMPARE(stored(event.id).attendees, 3);
    }

    void onlyTheHostMeansNoAttendees()
    {
        open();
        const Event event = pastEvent(QStringLiteral("Sin público"));
        endInZoom(event, 0);
        const ReportFetcher::Sweep swept = sweep();
        QCOMPARE(swept.noAttendees, 1);
        const StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::NoAttendees);
        QCOMPARE(report.attendees, 0);
        QCOMPARE(report.hostRecords, 1);
        QVERIFY(ReportRepository(*m_database).attendees(event.id).value().attendees().isEmpty());
    }

    void notFiledYetIsRetriedThenFailsAtTheDeadline()
    {
        open();
        const Event event = pastEvent(QStringLiteral("Nunca archivada"));
        // Zoom said it ended, but has not filed it (the sandbox has no session for it).
        QVERIFY(EventRepository(*m_database).setSession(event.id, Event::Session::Ended, m_clock->nowUtc()));
        ReportFetcher::Sweep swept = sweep();
        QCOMPARE(swept.retrying, 1);
        StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Waiting);
        QCOMPARE(report.attempts, 1);
        QVERIFY(!report.reason.isEmpty());
        QCOMPARE(report.nextAttemptUtc, m_clock->nowUtc().addSecs(120));
        QCOMPARE(report.deadlineUtc, m_clock->nowUtc().addSecs(30 * 60));

        // Not due yet: Zoom is not asked.
        const int calls = requestsTo(QStringLiteral("past_meetings"));
        QCOMPARE(sweep().retrying, 0);
        QCOMPARE(requestsTo(QStringLiteral("past_meetings")), calls);

        // Due: asked again, the pause grows.
        m_clock->advanceSeconds(120);
        QCOMPARE(sweep().retrying, 1);
        report = stored(event.id);
        QCOMPARE(report.attempts, 2);
        QCOMPARE(report.nextAttemptUtc, m_clock->nowUtc().addSecs(240));

        // Past the deadline: failed, with the reason.
        m_clock->advanceSeconds(29 * 60);
        swept = sweep();
        QCOMPARE(swept.failed, 1);
        report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Failed);
        QVERIFY2(report.reason.contains(QLatin1String("deadline")), qPrintable(report.reason));
        QVERIFY(!report.nextAttemptUtc.isValid());

        // Asked by hand once Zoom has it: ready.
        endInZoom(event, 4);
        auto fetched = await<StoredReport>([&](auto done) { m_fetcher->fetchNow(event.id, done); });
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched.value().state, StoredReport::State::Ready);
        QCOMPARE(fetched.value().attendees, 4);
        QVERIFY(fetched.value().reason.isEmpty());
    }

    // "Fetch again" on a ready report: when Zoom does not answer (not connected, a server
    // error), the stored report and its people stay as they were; when it answers, they are
    // replaced. Without Zoom a sweep does not touch waiting reports at all.
    void aReadyReportStaysWhenFetchingAgainFails()
    {
        open();
        const Event event = pastEvent(QStringLiteral("Histología"));
        endInZoom(event, 5);
        QCOMPARE(sweep().ready, 1);
        const StoredReport before = stored(event.id);
        QCOMPARE(before.state, StoredReport::State::Ready);

        m_fetcher->setZoom(nullptr);
        auto offline = await<StoredReport>([&](auto done) { m_fetcher->fetchNow(event.id, done); });
        QVERIFY(!offline);
        QVERIFY2(offline.error().message.contains(QLatin1String("stays as it was")),
                 qPrintable(offline.error().message));
        QCOMPARE(stored(event.id).state, StoredReport::State::Ready);
        QCOMPARE(stored(event.id).attendees, 5);
        QCOMPARE(sweep().failed, 0);

        m_fetcher->setZoom(m_api.get());
        const auto fault = m_sandbox->handle({"POST",
                                              {QStringLiteral("_sandbox"), QStringLiteral("faults")},
                                              {},
                                              {},
                                              R"({"method":"GET","path":"/participants","kind":"5xx","count":10})"});
        QCOMPARE(fault.status, 204);
        auto refused = await<StoredReport>([&](auto done) { m_fetcher->fetchNow(event.id, done); });
        QVERIFY(!refused);
        const StoredReport after = stored(event.id);
        QCOMPARE(after.state, StoredReport::State::Ready);
        QCOMPARE(after.attendees, 5);
        QCOMPARE(after.fetchedUtc, before.fetchedUtc);
        auto people = ReportRepository(*m_database).attendees(event.id);
        QVERIFY(people);
        QCOMPARE(people.value().attendees().size(), 5);

        QCOMPARE(
            m_sandbox->handle({"DELETE", {QStringLiteral("_sandbox"), QStringLiteral("faults")}, {}, {}, {}}).status,
            204);
        auto again = await<StoredReport>([&](auto done) { m_fetcher->fetchNow(event.id, done); });
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again.value().state, StoredReport::State::Ready);
        QCOMPARE(again.value().attendees, 5);
    }

    // No network, then asleep past the deadline and still offline: the report waits, and each
    // pause after an attempt that could not reach Zoom is given back to the deadline. Once
    // Zoom can be reached again, the report is fetched.
    void offlineAttemptsDoNotCountAgainstTheDeadline()
    {
        open();
        const Event event = endedEvent(QStringLiteral("Sin red"));
        QVERIFY(event.zoomMeetingId > 0);
        endInZoom(event, 4);
        QTcpServer nobody; // a port nothing listens on once closed
        QVERIFY(nobody.listen(QHostAddress::LocalHost));
        const QUrl offlineUrl(QStringLiteral("http://127.0.0.1:%1").arg(nobody.serverPort()));
        nobody.close();
        ZoomClient offlineClient(
            ZoomCredentials {offlineUrl, m_sandbox->accountId(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        offlineClient.maxAttempts = 1;
        ZoomApi offline(&offlineClient);
        m_fetcher->setZoom(&offline);

        const QDateTime start = m_clock->nowUtc();
        QCOMPARE(sweep().retrying, 1);
        StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Waiting);
        QVERIFY2(report.reason.contains(QLatin1String("could not be reached")), qPrintable(report.reason));
        QCOMPARE(report.nextAttemptUtc, start.addSecs(120));
        QCOMPARE(report.deadlineUtc, start.addSecs(30 * 60 + 120));

        m_clock->advanceSeconds(45 * 60); // asleep past the deadline
        const ReportFetcher::Sweep late = sweep();
        QCOMPARE(late.retrying, 1);
        QCOMPARE(late.failed, 0);
        report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Waiting);
        QCOMPARE(report.nextAttemptUtc, m_clock->nowUtc().addSecs(240));
        QCOMPARE(report.deadlineUtc, report.nextAttemptUtc);

        m_fetcher->setZoom(m_api.get()); // online again
        m_clock->advanceSeconds(240);
        QCOMPARE(sweep().ready, 1);
        QCOMPARE(stored(event.id).attendees, 4);
    }

    // Zoom's daily limit names when calls may resume: nothing is asked before then, however
    // far past the deadline that is, and the deadline waits as long.
    void aDailyLimitsRetryAfterIsWaitedFor()
    {
        open();
        const Event event = endedEvent(QStringLiteral("Límite diario"));
        endInZoom(event, 3);
        Test::ZoomStub zoom;
        QVERIFY(zoom.start());
        const QDateTime start = m_clock->nowUtc();
        const QDateTime resume = start.addSecs(5 * 3600);
        const QString id = QString::number(event.zoomMeetingId);
        const nlohmann::json said = {{"code", 429},
                                     {"message",
                                      "You have reached the maximum daily rate limit for this API. Refer "
                                      "to the response header for details on when you can make another "
                                      "request."}};
        const Test::ZoomStub::Answer limit {
            429,
            {{"X-RateLimit-Type", "Daily-limit"}, {"Retry-After", resume.toString(Qt::ISODate).toLatin1()}},
            QByteArray::fromStdString(said.dump())};
        zoom.answer(QStringLiteral("/past_meetings/") + id, limit);
        zoom.answer(QStringLiteral("/past_meetings/%1/participants").arg(id), limit);
        ZoomClient client(ZoomCredentials {zoom.origin(), QStringLiteral("account"), QStringLiteral("client"),
                                           QStringLiteral("secret")});
        ZoomApi api(&client);
        m_fetcher->setZoom(&api);

        QCOMPARE(sweep().retrying, 1);
        StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Waiting);
        QVERIFY2(report.reason.contains(QLatin1String("daily limit")), qPrintable(report.reason));
        QCOMPARE(report.nextAttemptUtc, resume);
        QCOMPARE(report.deadlineUtc, start.addSecs(30 * 60 + start.secsTo(resume)));
        QCOMPARE(zoom.requestsTo(QStringLiteral("/past_meetings/%1/participants").arg(id)), 0);

        m_clock->advanceSeconds(3600); // past the first deadline: not failed, not asked
        const ReportFetcher::Sweep waiting = sweep();
        QCOMPARE(waiting.retrying + waiting.failed, 0);
        QCOMPARE(zoom.requestsTo(QStringLiteral("/past_meetings/") + id), 1);

        m_fetcher->setZoom(m_api.get());
        m_clock->setNowUtc(resume);
        QCOMPARE(sweep().ready, 1);
    }

    // A 200 whose body is not what Zoom documents (a row without its join time) is retried
    // like a server error, and fails only at the deadline.
    void aMalformedAnswerIsRetried()
    {
        open();
        const Event event = endedEvent(QStringLiteral("Respuesta rara"));
        Test::ZoomStub zoom;
        QVERIFY(zoom.start());
        const QString id = QString::number(event.zoomMeetingId);
        const nlohmann::json past = {{"id", event.zoomMeetingId},
                                     {"uuid", "u1"},
                                     {"host_id", "h1"},
                                     {"user_email", "host@uni.example"},
                                     {"end_time", "2026-11-20T10:00:00Z"}};
        // A participant without the join time Zoom always gives.
        const nlohmann::json rows = {{"next_page_token", ""},
                                     {"participants", nlohmann::json::array({{{"id", "u1"}, {"name", "Ana"}}})}};
        zoom.answer(QStringLiteral("/past_meetings/") + id, {200, {}, QByteArray::fromStdString(past.dump())});
        zoom.answer(QStringLiteral("/past_meetings/%1/participants").arg(id),
                    {200, {}, QByteArray::fromStdString(rows.dump())});
        ZoomClient client(ZoomCredentials {zoom.origin(), QStringLiteral("account"), QStringLiteral("client"),
                                           QStringLiteral("secret")});
        ZoomApi api(&client);
        m_fetcher->setZoom(&api);

        const QDateTime start = m_clock->nowUtc();
        QCOMPARE(sweep().retrying, 1);
        StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Waiting);
        QVERIFY2(report.reason.contains(QLatin1String("does not understand")), qPrintable(report.reason));
        QCOMPARE(report.nextAttemptUtc, start.addSecs(120));
        QCOMPARE(report.deadlineUtc, start.addSecs(30 * 60));

        m_clock->advanceSeconds(31 * 60);
        QCOMPARE(sweep().failed, 1);
        report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Failed);
        QVERIFY2(report.reason.contains(QLatin1String("deadline")), qPrintable(report.reason));
        QCOMPARE(zoom.requestsTo(QStringLiteral("/past_meetings/%1/participants").arg(id)), 2);
        m_fetcher->setZoom(m_api.get());
    }

    // What Zoom said while the end was being noticed serves the fetch: one past-meeting call
    // and one download of the participants per session, and one for a webinar; two sweeps at
    // once do not both ask.
    void zoomIsAskedOncePerSession()
    {
        open();
        const Event meeting = pastEvent(QStringLiteral("Una vez"));
        const Event webinar = pastEvent(QStringLiteral("Un seminario"), 6, 0, true);
        QVERIFY(meeting.zoomMeetingId > 0);
        QVERIFY(webinar.zoomMeetingId > 0 && webinar.form.webinar);
        endInZoom(meeting, 3);
        endInZoom(webinar, 5);

        std::optional<Result<ReportFetcher::Sweep>> first, second;
        m_fetcher->sweep([&first](const Result<ReportFetcher::Sweep> &r) { first.emplace(r); });
        m_fetcher->sweep([&second](const Result<ReportFetcher::Sweep> &r) { second.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 30000));
        QVERIFY(*first && *second);
        QCOMPARE(first->value().ready + second->value().ready, 2);
        QCOMPARE(stored(meeting.id).attendees, 3);
        QCOMPARE(stored(webinar.id).attendees, 5);
        QCOMPARE(stored(webinar.id).source, QStringLiteral("past_webinar"));

        const QString meetingId = QString::number(meeting.zoomMeetingId);
        const QString webinarId = QString::number(webinar.zoomMeetingId);
        QCOMPARE(requestsAt(QStringLiteral("/past_meetings/") + meetingId), 1);
        QCOMPARE(requestsAt(QStringLiteral("/past_meetings/%1/participants").arg(meetingId)), 1);
        QCOMPARE(requestsAt(QStringLiteral("/past_webinars/%1/participants").arg(webinarId)), 1);
    }

    // Roomdesk last asked Zoom six days ago and did not run since: a session that ended five
    // days ago is still looked for and fetched; after that, three days again.
    void sessionsThatEndedWhileRoomdeskWasClosedAreFound()
    {
        open();
        const Event old = pastEvent(QStringLiteral("Hace cinco días"), 5 * 24);
        QVERIFY(old.zoomMeetingId > 0);
        endInZoom(old, 3);
        QVERIFY(ReportRepository(*m_database).setPolledAt(m_clock->nowUtc().addDays(-6)));
        const ReportFetcher::Sweep swept = sweep();
        QCOMPARE(swept.noticed, 1);
        QCOMPARE(swept.ready, 1);
        QCOMPARE(stored(old.id).attendees, 3);
        QCOMPARE(ReportRepository(*m_database).polledAt().value(), m_clock->nowUtc());
    }

    void anotherPlatformsLinkHasNoZoomAttendance()
    {
        open();
        GroupRepository groups(*m_database);
        ParticipantGroup group;
        group.name = QStringLiteral("Grupo B");
        group.platform = LinkPlatform::GoogleMeet;
        group.link = QStringLiteral("https://meet.google.com/abc-defg-hij");
        auto added = groups.addGroup(QStringLiteral("Medicina"), group, QDateTime::currentDateTimeUtc());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        const Event event = pastEvent(QStringLiteral("Por Meet"), 3, added.value().id);
        QVERIFY(event.zoomMeetingId > 0);
        endInZoom(event, 5);
        const int calls = requestsTo(QStringLiteral("participants"));
        const int pastCalls = requestsTo(QStringLiteral("past_meetings"));
        QCOMPARE(sweep().failed, 1);
        const StoredReport report = stored(event.id);
        QCOMPARE(report.state, StoredReport::State::Failed);
        QVERIFY2(report.reason.contains(QLatin1String("Google Meet")), qPrintable(report.reason));
        QCOMPARE(requestsTo(QStringLiteral("participants")), calls);
        QCOMPARE(requestsTo(QStringLiteral("past_meetings")), pastCalls); // Zoom is not asked at all
    }

    void reportEndpointWhenOnlyItsScopeIsGranted()
    {
        QStringList scopes = ScopeCatalog::requiredScopes() + ScopeCatalog::optionalScopes();
        scopes.removeAll(QStringLiteral("meeting:read:list_past_participants:admin"));
        open(scopes.join(QLatin1Char(',')));
        const Event event = pastEvent(QStringLiteral("Informe"));
        endInZoom(event, 6);
        QCOMPARE(sweep().ready, 1);
        const StoredReport report = stored(event.id);
        QCOMPARE(report.source, QStringLiteral("report_meeting"));
        QCOMPARE(report.attendees, 6);
    }

    void exportWritesReadyReportsAndStopsWhenCancelled()
    {
        open();
        // Far enough apart for the one room's buffers.
        const Event first = pastEvent(QStringLiteral("Anatomía, grupo A"), 9);
        const Event second = pastEvent(QStringLiteral("Анатомия"), 3);
        const Event empty = pastEvent(QStringLiteral("Vacía"), 6);
        endInZoom(first, 5);
        endInZoom(second, 7);
        endInZoom(empty, 0);
        QCOMPARE(sweep().ready, 2);
        auto entries = ReportRepository(*m_database).list();
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 3);

        QTemporaryDir out;
        AttendanceCsvOptions options;
        options.delimiter = QLatin1Char(';');
        options.bom = true;
        options.zone = QTimeZone("Europe/Madrid");
        const QString folder = out.filePath(QStringLiteral("informes"));
        auto summary = ReportExport::run(*m_database, entries.value(), folder, options);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary.value().written.size(), 2);
        QCOMPARE(summary.value().skipped.size(), 1);
        QVERIFY(summary.value().skipped.first().contains(QLatin1String("No attendees")));
        QVERIFY(std::any_of(summary.value().written.cbegin(), summary.value().written.cend(),
                            [](const QString &p) { return p.endsWith(QStringLiteral("_анатомия.csv")); }));
        for (const QString &path : summary.value().written) {
            const QByteArray bytes = Test::fileBytes(path);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            auto rows = CsvReader::parse(bytes);
            QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
            QCOMPARE(rows.value().first().fields,
                     QStringList({QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("first_join"),
                                  QStringLiteral("last_leave"), QStringLiteral("duration_seconds"),
                                  QStringLiteral("duration"), QStringLiteral("segments")}));
            const bool isFirst = path.contains(QLatin1Char('_') + QString::number(first.id) + QLatin1Char('_'));
            QCOMPARE(rows.value().size(), 1 + (isFirst ? 5 : 7));
            QVERIFY(rows.value().at(1).fields.at(2).endsWith(QLatin1String("+01:00")) ||
                    rows.value().at(1).fields.at(2).endsWith(QLatin1String("+02:00")));
        }

        // Cancelled after the first: one file only.
        const QString other = out.filePath(QStringLiteral("otra"));
        auto cancelled =
            ReportExport::run(*m_database, entries.value(), other, options, [](int done, int) { return done < 1; });
        QVERIFY(cancelled);
        QVERIFY(cancelled.value().cancelled);
        QCOMPARE(cancelled.value().written.size() + cancelled.value().skipped.size(), 1);
        QCOMPARE(QDir(other).entryList(QDir::Files).size(), int(cancelled.value().written.size()));
    }
};

QTEST_GUILESS_MAIN(TestReportFetcher)
#include "tst_reportfetcher.moc"
