// SPDX-License-Identifier: GPL-3.0-or-later
// Events against the Zoom sandbox over loopback HTTP, on a real SQLite file: creation, edit
// and cancel read back through the API; refusals before any call; exactly-once creation
// when answers are lost; the journal across a restart; drift both ways; webhooks.
#include "clock.h"
#include "events/eventsync.h"
#include "rooms/allocator.h"
#include "rooms/roomrepository.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxkit.h"
#include "storage/database.h"
#include "zoom/webhookinbox.h"
#include "zoom/zoomapi.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;

namespace {

const QString kLucia = QStringLiteral("lucia.fernandez@universidad.example"); // licensed, webinars
const QString kCarmen = QStringLiteral("carmen.ruiz@universidad.example"); // licensed, meetings only
const QString kPablo = QStringLiteral("pablo.gomez@universidad.example"); // Basic

template<typename T>
Result<T> await(const std::function<void(EventSync::Callback<T>)> &start)
{
    std::optional<Result<T>> outcome;
    start([&outcome](const Result<T> &r) { outcome.emplace(r); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        return Error {QStringLiteral("test.timeout"), QStringLiteral("no answer")};
    return *outcome;
}

template<typename T>
Result<T, ZoomError> awaitZoom(const std::function<void(ZoomApi::Callback<T>)> &start)
{
    std::optional<Result<T, ZoomError>> outcome;
    start([&outcome](const Result<T, ZoomError> &r) { outcome.emplace(r); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        return ZoomError::network(QStringLiteral("timed out"));
    return *outcome;
}

} // namespace

class TestEventSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ZoomClient> m_client;
    std::unique_ptr<ZoomApi> m_api;
    std::unique_ptr<EventSync> m_sync;
    QDate m_day;
    int m_file = 0;

    Room addRoom(const QString &email, bool webinar, std::optional<int> capacity = std::nullopt)
    {
        Room room;
        room.email = email;
        room.name = email.section(QLatin1Char('@'), 0, 0);
        room.active = true;
        room.webinar = webinar;
        room.capacity = capacity;
        return RoomRepository(*m_database).add(room, QDateTime::currentDateTimeUtc()).value();
    }

    EventForm form(const QString &title, int hour, int minutes = 60) const
    {
        EventForm f;
        f.title = title;
        f.localStart = QDateTime(m_day, QTime(hour, 0));
        f.timeZone = QStringLiteral("Europe/Madrid");
        f.durationMinutes = minutes;
        f.description = QStringLiteral("Temario: huesos del cráneo");
        return f;
    }

    Result<EventSync::Outcome> create(const EventForm &f)
    {
        return await<EventSync::Outcome>([&](auto done) { m_sync->create(f, done); });
    }

    Result<EventSync::SyncReport> synchronize(bool drift = false, WebhookInbox *inbox = nullptr)
    {
        return await<EventSync::SyncReport>([&](auto done) { m_sync->synchronize(drift, inbox, done); });
    }

    Result<ZoomMeeting, ZoomError> zoomMeeting(qint64 id, bool webinar = false)
    {
        return awaitZoom<ZoomMeeting>([&](auto done) { m_api->getMeeting(id, webinar, this, done); });
    }

    QList<ZoomMeeting> hostMeetings(const QString &host)
    {
        auto listed = awaitZoom<QList<ZoomMeeting>>(
            [&](auto done) { m_api->listHostMeetings(host, QStringLiteral("scheduled"), this, done); });
        return listed ? listed.value() : QList<ZoomMeeting>();
    }

    int requestsTo(const QByteArray &method, const QString &suffix)
    {
        const auto log = *m_sandbox->handle({"GET", {"_sandbox", "requests"}, {}, {}, {}}).body;
        int count = 0;
        for (const auto &entry : log) {
            const QString path = QString::fromStdString(entry.value("path", std::string()));
            if (entry.value("method", std::string()) == method.toStdString() && path.endsWith(suffix))
                ++count;
        }
        return count;
    }

    void scriptFault(const QByteArray &json)
    {
        QCOMPARE(m_sandbox->handle({"POST", {"_sandbox", "faults"}, {}, {}, json}).status, 204);
    }

    void restartSync()
    {
        m_sync.reset();
        m_api.reset();
        m_client.reset();
        m_client = std::make_unique<ZoomClient>(ZoomCredentials {m_sandbox->origin(), m_sandbox->accountId(),
                                                                 m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_api = std::make_unique<ZoomApi>(m_client.get());
        m_sync = std::make_unique<EventSync>(*m_database, Clock::system());
        m_sync->setZoom(m_api.get());
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<ZoomSandbox>(Test::sandboxOptions());
        QVERIFY(m_sandbox->start());
        auto db = Database::open(m_dir.filePath(QStringLiteral("events-%1.sqlite").arg(++m_file)));
        QVERIFY(db);
        m_database = std::move(db.value());
        m_day = QDate::currentDate().addDays(7);
        restartSync();
    }

    void cleanup()
    {
        m_sync.reset();
        m_api.reset();
        m_client.reset();
        m_database.reset();
        m_sandbox.reset();
    }

    void createsTheMeetingUnderTheRoomsHost()
    {
        addRoom(kCarmen, false);
        EventForm f = form(QStringLiteral("Anatomía I"), 10, 90);
        f.conferenceName = QStringLiteral("Anatomía I — grupo A");
        f.trainer = QStringLiteral("Dra. Ruiz");
        auto made = create(f);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        const Event &event = made.value().event;
        QCOMPARE(event.sync, Event::Sync::Synced);
        QCOMPARE(event.status(QDateTime::currentDateTimeUtc()), Event::Status::Scheduled);
        QCOMPARE(event.roomEmail, kCarmen);
        QVERIFY(event.zoomMeetingId > 0);
        QVERIFY(event.joinUrl.contains(QString::number(event.zoomMeetingId)));
        QVERIFY(!event.zoomUuid.isEmpty());

        auto zoom = zoomMeeting(event.zoomMeetingId);
        QVERIFY(zoom);
        QCOMPARE(zoom.value().type, 2);
        QCOMPARE(zoom.value().hostEmail, kCarmen);
        QCOMPARE(zoom.value().topic, QStringLiteral("Anatomía I — grupo A"));
        QCOMPARE(zoom.value().durationMinutes, 90);
        QCOMPARE(zoom.value().timezone, QStringLiteral("Europe/Madrid"));
        QCOMPARE(zoom.value().startTimeUtc, event.startUtc);
        QVERIFY(zoom.value().agenda.startsWith(QStringLiteral("Temario: huesos del cráneo")));
        QVERIFY(zoom.value().agenda.contains(EventSync::markerText(event.marker)));
        QVERIFY(zoom.value().waitingRoom);
        QVERIFY(!zoom.value().joinBeforeHost);
        QCOMPARE(requestsTo("POST", QStringLiteral("/meetings")), 1);
    }

    void webinarsAndAutomaticAdmission()
    {
        addRoom(kCarmen, false);
        addRoom(kLucia, true);
        EventForm w = form(QStringLiteral("Jornada de puertas abiertas"), 12);
        w.webinar = true;
        auto webinar = create(w);
        QVERIFY2(webinar, webinar ? "" : qPrintable(webinar.error().message));
        QCOMPARE(webinar.value().event.roomEmail, kLucia); // the only webinar-capable room
        auto zoomWebinar = zoomMeeting(webinar.value().event.zoomMeetingId, true);
        QVERIFY(zoomWebinar);
        QCOMPARE(zoomWebinar.value().type, 5);

        EventForm m = form(QStringLiteral("Tutoría abierta"), 12);
        m.waitingRoom = false;
        auto meeting = create(m);
        QVERIFY(meeting);
        auto zoom = zoomMeeting(meeting.value().event.zoomMeetingId);
        QVERIFY(zoom);
        QVERIFY(!zoom.value().waitingRoom);
        QVERIFY(zoom.value().joinBeforeHost);
    }

    void refusedBeforeCallingZoom()
    {
        addRoom(kCarmen, false);
        // A webinar with no webinar-capable room, and an invalid form: no call at all.
        EventForm w = form(QStringLiteral("Webinar"), 9);
        w.webinar = true;
        auto refused = create(w);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("event.no_webinar_room"));
        EventForm invalid = form(QString(), 9);
        QCOMPARE(create(invalid).error().code, QStringLiteral("event.invalid"));
        EventForm chosen = form(QStringLiteral("Webinar"), 9);
        chosen.webinar = true;
        chosen.roomEmail = kCarmen;
        QCOMPARE(create(chosen).error().code, QStringLiteral("event.no_webinar_licence"));
        const auto log = *m_sandbox->handle({"GET", {"_sandbox", "requests"}, {}, {}, {}}).body;
        QCOMPARE(log.size(), size_t(0));
        QCOMPARE(EventRepository(*m_database).list().value().size(), 0);
    }

    void aBasicHostIsRefusedBeforeTheCreate()
    {
        addRoom(kPablo, false);
        auto refused = create(form(QStringLiteral("Clase"), 9));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("event.basic_host"));
        QVERIFY(refused.error().message.contains(kPablo));
        QCOMPARE(requestsTo("POST", QStringLiteral("/meetings")), 0);
        // Nothing half-made: no event, and the room is free again.
        QCOMPARE(EventRepository(*m_database).list().value().size(), 0);
        const QList<RoomRequest> requests = Allocator(*m_database).list().value();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().status, RoomRequest::Status::Cancelled);
    }

    void editingPatchesZoom()
    {
        addRoom(kCarmen, false);
        auto made = create(form(QStringLiteral("Fisiología"), 10));
        QVERIFY(made);
        const qint64 id = made.value().event.id;
        EventForm changed = made.value().event.form;
        changed.conferenceName = QStringLiteral("Fisiología (aula virtual)");
        changed.localStart = QDateTime(m_day, QTime(16, 30));
        changed.durationMinutes = 45;
        changed.description = QStringLiteral("Nuevo temario");
        auto updated = await<EventSync::Outcome>([&](auto done) { m_sync->update(id, changed, done); });
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated.value().event.sync, Event::Sync::Synced);
        auto zoom = zoomMeeting(made.value().event.zoomMeetingId);
        QVERIFY(zoom);
        QCOMPARE(zoom.value().topic, QStringLiteral("Fisiología (aula virtual)"));
        QCOMPARE(zoom.value().durationMinutes, 45);
        QCOMPARE(zoom.value().startTimeUtc, updated.value().event.startUtc);
        QCOMPARE(EventSync::descriptionFrom(zoom.value().agenda), QStringLiteral("Nuevo temario"));
        // The booking moved with it.
        auto request = Allocator(*m_database).find(updated.value().event.requestId);
        QCOMPARE(request.value().startUtc, updated.value().event.startUtc);
        QCOMPARE(request.value().durationMinutes, 45);

        changed.webinar = true;
        auto converted = await<EventSync::Outcome>([&](auto done) { m_sync->update(id, changed, done); });
        QVERIFY(!converted);
        QCOMPARE(converted.error().code, QStringLiteral("event.conversion_refused"));
    }

    void cancellingDeletesInZoomAndGivesTheRoomToTheNextInLine()
    {
        addRoom(kCarmen, false);
        auto first = create(form(QStringLiteral("Bioquímica"), 10));
        QVERIFY(first);
        auto second = create(form(QStringLiteral("Genética"), 10));
        QVERIFY(second);
        QCOMPARE(second.value().event.status(QDateTime::currentDateTimeUtc()), Event::Status::PendingRoom);
        QCOMPARE(second.value().event.sync, Event::Sync::AwaitingRoom);
        QVERIFY(!second.value().warnings.isEmpty());

        // The booking goes with its event: not cancelled or moved on its own.
        QCOMPARE(Allocator(*m_database).cancel(first.value().event.requestId).error().code,
                 QStringLiteral("request.event"));
        const qint64 other = addRoom(kLucia, true).id;
        QCOMPARE(Allocator(*m_database).assign(first.value().event.requestId, other).error().code,
                 QStringLiteral("request.event_in_zoom"));
        auto cancelled = await<EventSync::Outcome>([&](auto done) { m_sync->cancel(first.value().event.id, done); });
        QVERIFY(cancelled);
        QCOMPARE(cancelled.value().event.status(QDateTime::currentDateTimeUtc()), Event::Status::Cancelled);
        auto gone = zoomMeeting(first.value().event.zoomMeetingId);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, ZoomError::Kind::NotFound);

        auto next = EventRepository(*m_database).find(second.value().event.id);
        QCOMPARE(next.value().roomEmail, kCarmen);
        QCOMPARE(next.value().sync, Event::Sync::Synced);
        QVERIFY(zoomMeeting(next.value().zoomMeetingId));
        QCOMPARE(hostMeetings(kCarmen).size(), 1);
    }

    void aLostAnswerIsReconciledNotRepeated()
    {
        addRoom(kCarmen, false);
        // The create takes effect, then the connection is reset: the answer is lost.
        scriptFault(R"({"method":"POST","path":"/meetings","kind":"reset","after_effect":true})");
        auto made = create(form(QStringLiteral("Histología"), 11));
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made.value().event.sync, Event::Sync::Synced);
        // Qt's HTTP stack repeats a request whose connection broke before the answer; that
        // twin is found by the marker and deleted.
        QVERIFY(requestsTo("POST", QStringLiteral("/meetings")) >= 1);
        const QList<ZoomMeeting> meetings = hostMeetings(kCarmen);
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings.first().id, made.value().event.zoomMeetingId);
        const auto operations = EventRepository(*m_database).operations(made.value().event.id).value();
        QCOMPARE(operations.size(), 1);
        QCOMPARE(operations.first().state, ZoomOperation::State::Done);
    }

    void aFailureBeforeTheEffectIsSentAgainOnce()
    {
        addRoom(kCarmen, false);
        scriptFault(R"({"method":"POST","path":"/meetings","kind":"5xx","after_effect":false})");
        auto made = create(form(QStringLiteral("Microbiología"), 11));
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made.value().event.sync, Event::Sync::Synced);
        QCOMPARE(requestsTo("POST", QStringLiteral("/meetings")), 1); // the 503 never reached the handler
        QCOMPARE(hostMeetings(kCarmen).size(), 1);
        QCOMPARE(EventRepository(*m_database).operations(made.value().event.id).value().first().attempts, 2);
    }

    void truncatedAnswersUnderRandomFaultsNeverDuplicate_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("reset") << QByteArray("reset");
        QTest::newRow("truncate") << QByteArray("truncate");
        QTest::newRow("5xx after") << QByteArray("5xx");
    }

    void truncatedAnswersUnderRandomFaultsNeverDuplicate()
    {
        QFETCH(QByteArray, kind);
        addRoom(kCarmen, false);
        addRoom(kLucia, true);
        for (int i = 0; i < 4; ++i)
            scriptFault(R"({"method":"POST","path":"/meetings","kind":")" + kind + R"(","after_effect":true})");
        for (int hour = 8; hour < 12; ++hour) {
            auto made = create(form(QStringLiteral("Sesión %1").arg(hour), hour));
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            QCOMPARE(made.value().event.sync, Event::Sync::Synced);
        }
        const int total = hostMeetings(kCarmen).size() + hostMeetings(kLucia).size();
        QCOMPARE(total, 4);
    }

    void randomFaultsNeverLeaveTwinsOrLoseAnEvent()
    {
        // A flaky network and a flaky Zoom: resets, cut answers and 5xx before or after the
        // effect on every kind of call. Whatever happens, each event ends with exactly one
        // meeting, and no meeting is left without its event.
        SandboxOptions options = Test::sandboxOptions();
        options.faults = SandboxOptions::parseFaults(QStringLiteral("reset:0.2,5xx:0.15,truncate:0.1")).value();
        m_sandbox = std::make_unique<ZoomSandbox>(options);
        QVERIFY(m_sandbox->start());
        restartSync();
        m_client->maxAttempts = 8;
        addRoom(kCarmen, false);
        addRoom(QStringLiteral("dmitry.sokolov@universidad.example"), true);
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i) {
            auto made = create(form(QStringLiteral("Sesión %1").arg(i), 8 + i % 6, 30));
            if (made)
                ids << made.value().event.id;
        }
        // A refused create was discarded (the form would still be open): only kept events count.
        for (int round = 0; round < 10; ++round) {
            bool allSynced = true;
            for (qint64 id : ids) {
                const Event::Sync sync = EventRepository(*m_database).find(id).value().sync;
                allSynced = allSynced && (sync == Event::Sync::Synced || sync == Event::Sync::AwaitingRoom);
            }
            if (allSynced)
                break;
            (void)synchronize();
        }
        QSet<qint64> linked;
        int synced = 0;
        for (qint64 id : ids) {
            const Event event = EventRepository(*m_database).find(id).value();
            if (event.sync == Event::Sync::AwaitingRoom) { // buffers leave some waiting: nothing in Zoom
                QCOMPARE(event.zoomMeetingId, 0);
                continue;
            }
            QCOMPARE(event.sync, Event::Sync::Synced);
            linked.insert(event.zoomMeetingId);
            ++synced;
        }
        QVERIFY(synced >= 6);
        QCOMPARE(linked.size(), synced);
        // Read Zoom's side straight from the sandbox, past the faults.
        int inZoom = 0;
        for (const QString &host : {kCarmen, QStringLiteral("dmitry.sokolov@universidad.example")}) {
            SandboxRequest list {"GET", {"v2", "users", host, "meetings"}, {}, {}, {}};
            list.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
            list.headers.insert("authorization", Test::sandboxBearer(*m_sandbox));
            const auto body = *m_sandbox->handle(list).body;
            for (const auto &meeting : body.at("meetings")) {
                ++inZoom;
                QVERIFY(linked.contains(meeting.at("id").get<qint64>()));
            }
        }
        QCOMPARE(inZoom, synced);
    }

    void theJournalFinishesAfterARestart()
    {
        addRoom(kCarmen, false);
        // The answer is held back; the process "dies" while waiting for it.
        scriptFault(R"({"method":"POST","path":"/meetings","kind":"latency","latency_ms":3000})");
        std::optional<Result<EventSync::Outcome>> never;
        m_sync->create(form(QStringLiteral("Farmacología"), 13),
                       [&never](const Result<EventSync::Outcome> &r) { never.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return hostMeetings(kCarmen).size() == 1; }, 10000));
        restartSync(); // the old client and its pending answer are gone
        QVERIFY(!never);
        const auto open = EventRepository(*m_database).openOperations().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, ZoomOperation::State::Sent);

        auto report = synchronize();
        QVERIFY(report);
        QCOMPARE(report.value().operationsFinished, 1);
        QCOMPARE(EventRepository(*m_database).openOperations().value().size(), 0);
        const Event event = EventRepository(*m_database).find(open.first().eventId).value();
        QCOMPARE(event.sync, Event::Sync::Synced);
        QCOMPARE(hostMeetings(kCarmen).size(), 1);
        QCOMPARE(hostMeetings(kCarmen).first().id, event.zoomMeetingId);
        QCOMPARE(requestsTo("POST", QStringLiteral("/meetings")), 1);
    }

    void zoomUnreachableLeavesTheEventQueued()
    {
        addRoom(kCarmen, false);
        const quint16 port = m_sandbox->port();
        Q_UNUSED(port)
        m_client = std::make_unique<ZoomClient>(ZoomCredentials {QUrl(QStringLiteral("http://127.0.0.1:1")),
                                                                 m_sandbox->accountId(), m_sandbox->clientId(),
                                                                 m_sandbox->clientSecret()});
        m_client->maxAttempts = 1;
        m_api = std::make_unique<ZoomApi>(m_client.get());
        m_sync = std::make_unique<EventSync>(*m_database, Clock::system());
        m_sync->setZoom(m_api.get());
        auto made = create(form(QStringLiteral("Cirugía"), 15));
        QVERIFY(made);
        QCOMPARE(made.value().event.sync, Event::Sync::Pending);
        QVERIFY(!made.value().warnings.isEmpty());
        QCOMPARE(EventRepository(*m_database).openOperations().value().size(), 1);
        restartSync(); // Zoom is back
        auto report = synchronize();
        QVERIFY(report);
        const Event event = EventRepository(*m_database).find(made.value().event.id).value();
        QCOMPARE(event.sync, Event::Sync::Synced);
        QCOMPARE(hostMeetings(kCarmen).size(), 1);
    }

    void driftIsDetectedAndResolvedBothWays()
    {
        addRoom(kCarmen, false);
        auto made = create(form(QStringLiteral("Patología"), 10));
        QVERIFY(made);
        const qint64 id = made.value().event.id;
        const qint64 zoomId = made.value().event.zoomMeetingId;
        auto unchanged = synchronize(true);
        QVERIFY(unchanged);
        QCOMPARE(unchanged.value().drifted, 0);

        // Someone renames it in Zoom: Roomdesk notices and takes Zoom's value.
        MeetingSpec rename;
        rename.topic = QStringLiteral("Patología — cambiado en Zoom");
        QVERIFY(awaitZoom<bool>([&](auto done) {
            m_api->updateMeeting(zoomId, rename, false, this, [done](const Result<void, ZoomError> &r) {
                done(r ? Result<bool, ZoomError>(true) : Result<bool, ZoomError>(r.error()));
            });
        }));
        auto drifted = synchronize(true);
        QVERIFY(drifted);
        QCOMPARE(drifted.value().drifted, 1);
        Event event = EventRepository(*m_database).find(id).value();
        QCOMPARE(event.sync, Event::Sync::Drifted);
        QVERIFY(event.drift && event.drift->changes("topic"));
        auto taken = await<EventSync::Outcome>(
            [&](auto done) { m_sync->resolveDrift(id, EventSync::DriftChoice::TakeZoom, done); });
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
        QCOMPARE(taken.value().event.form.conferenceName, QStringLiteral("Patología — cambiado en Zoom"));
        QCOMPARE(taken.value().event.sync, Event::Sync::Synced);
        QCOMPARE(synchronize(true).value().drifted, 0);

        // Someone shortens it in Zoom: Roomdesk pushes its own value back.
        MeetingSpec shorter;
        shorter.durationMinutes = 15;
        QVERIFY(awaitZoom<bool>([&](auto done) {
            m_api->updateMeeting(zoomId, shorter, false, this, [done](const Result<void, ZoomError> &r) {
                done(r ? Result<bool, ZoomError>(true) : Result<bool, ZoomError>(r.error()));
            });
        }));
        QCOMPARE(synchronize(true).value().drifted, 1);
        auto pushed = await<EventSync::Outcome>(
            [&](auto done) { m_sync->resolveDrift(id, EventSync::DriftChoice::PushOurs, done); });
        QVERIFY(pushed);
        QCOMPARE(pushed.value().event.sync, Event::Sync::Synced);
        QCOMPARE(zoomMeeting(zoomId).value().durationMinutes, 60);

        // Deleted in Zoom: pushing ours creates it again, under a new marker.
        QVERIFY(awaitZoom<bool>([&](auto done) {
            m_api->deleteMeeting(zoomId, false, this, [done](const Result<void, ZoomError> &r) {
                done(r ? Result<bool, ZoomError>(true) : Result<bool, ZoomError>(r.error()));
            });
        }));
        QCOMPARE(synchronize(true).value().deletedInZoom, 1);
        QCOMPARE(EventRepository(*m_database).find(id).value().sync, Event::Sync::DeletedInZoom);
        auto recreated = await<EventSync::Outcome>(
            [&](auto done) { m_sync->resolveDrift(id, EventSync::DriftChoice::PushOurs, done); });
        QVERIFY(recreated);
        QVERIFY(recreated.value().event.zoomMeetingId != zoomId);
        QCOMPARE(recreated.value().event.sync, Event::Sync::Synced);

        // Deleted again, and this time Zoom's "gone" is taken: the event is cancelled.
        const qint64 secondId = recreated.value().event.zoomMeetingId;
        QVERIFY(awaitZoom<bool>([&](auto done) {
            m_api->deleteMeeting(secondId, false, this, [done](const Result<void, ZoomError> &r) {
                done(r ? Result<bool, ZoomError>(true) : Result<bool, ZoomError>(r.error()));
            });
        }));
        QCOMPARE(synchronize(true).value().deletedInZoom, 1);
        auto dropped = await<EventSync::Outcome>(
            [&](auto done) { m_sync->resolveDrift(id, EventSync::DriftChoice::TakeZoom, done); });
        QVERIFY(dropped);
        QCOMPARE(dropped.value().event.status(QDateTime::currentDateTimeUtc()), Event::Status::Cancelled);
        QCOMPARE(Allocator(*m_database).find(dropped.value().event.requestId).value().status,
                 RoomRequest::Status::Cancelled);
    }

    void webhooksMoveTheStatus()
    {
        addRoom(kCarmen, false);
        auto made = create(form(QStringLiteral("Seminario"), 10));
        QVERIFY(made);
        const qint64 zoomId = made.value().event.zoomMeetingId;
        WebhookInbox inbox(*m_database);
        const auto body = [zoomId](const char *event) {
            return QStringLiteral(R"({"event":"%1","event_ts":1,"payload":{"object":{"id":"%2"}}})")
                .arg(QLatin1String(event))
                .arg(zoomId)
                .toUtf8();
        };
        QVERIFY(inbox.store(body("meeting.started"), QStringLiteral("meeting.started"), 1, {},
                            QDateTime::currentDateTimeUtc()));
        QVERIFY(synchronize(false, &inbox));
        const auto now = QDateTime::currentDateTimeUtc();
        QCOMPARE(EventRepository(*m_database).find(made.value().event.id).value().status(now),
                 Event::Status::InProgress);
        QVERIFY(inbox.store(body("meeting.ended"), QStringLiteral("meeting.ended"), 2, {},
                            QDateTime::currentDateTimeUtc()));
        QCOMPARE(synchronize(false, &inbox).value().ended, 1);
        QCOMPARE(EventRepository(*m_database).find(made.value().event.id).value().status(now), Event::Status::Ended);
        QCOMPARE(inbox.pending().value().size(), 0);
    }

    void pastEventsAreNotStartedYet()
    {
        addRoom(kCarmen, false);
        EventForm past = form(QStringLiteral("Repaso"), 9);
        past.localStart = QDateTime(QDate::currentDate().addDays(-2), QTime(9, 0));
        auto made = create(past);
        QVERIFY(made);
        QCOMPARE(made.value().event.status(QDateTime::currentDateTimeUtc()), Event::Status::NotStartedYet);
    }

    void startLinksAreFreshAndCapacityWarns()
    {
        addRoom(kCarmen, false, 50);
        EventForm big = form(QStringLiteral("Congreso"), 10);
        big.capacity = 80;
        auto made = create(big);
        QVERIFY(made);
        QCOMPARE(made.value().warnings.size(), 1);
        QVERIFY(made.value().warnings.first().contains(QStringLiteral("50")));
        const auto link = [&] {
            return await<QString>([&](auto done) { m_sync->startUrl(made.value().event.id, done); });
        };
        auto first = link();
        auto second = link();
        QVERIFY(first && second);
        QVERIFY(first.value().contains(QStringLiteral("zak=")));
        QVERIFY(first.value() != second.value());
    }
};

QTEST_GUILESS_MAIN(TestEventSync)
#include "tst_eventsync.moc"
