// SPDX-License-Identifier: GPL-3.0-or-later
// The event service against the Zoom sandbox over loopback HTTP, on a real SQLite file: calls
// made from the caller's thread are answered on it, a dropped context drops the answer but
// not the work, the journal left by a previous run is finished when credentials arrive, and
// the periodic synchronization runs.
#include "backend/eventservice.h"
#include "clock.h"
#include "rooms/roomrepository.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxkit.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "zoom/zoomapi.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;

namespace {

const QString kCarmen = QStringLiteral("carmen.ruiz@universidad.example"); // licensed, meetings only

// Waits for one EventService answer and remembers on which thread it came.
template<typename T>
class Answer final
{
public:
    EventService::Callback<T> callback()
    {
        return [this](const Result<T> &result) {
            m_thread = QThread::currentThread();
            m_result.emplace(result);
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 30000);
    }
    const Result<T> &result() const { return *m_result; }
    QThread *thread() const { return m_thread; }

private:
    std::optional<Result<T>> m_result;
    QThread *m_thread = nullptr;
};

} // namespace

class TestEventService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<Database> m_database; // the test's own connection to the same file
    std::unique_ptr<ZoomClient> m_client;
    std::unique_ptr<ZoomApi> m_api;
    QString m_path;
    int m_file = 0;

    ZoomCredentials credentials() const
    {
        return {m_sandbox->origin(), m_sandbox->accountId(), m_sandbox->clientId(), m_sandbox->clientSecret()};
    }

    void addRoom(const QString &email)
    {
        Room room;
        room.email = email;
        room.name = email.section(QLatin1Char('@'), 0, 0);
        room.active = true;
        QVERIFY(RoomRepository(*m_database).add(room, QDateTime::currentDateTimeUtc()));
    }

    static EventForm form(const QString &title, int hour)
    {
        EventForm f;
        f.title = title;
        f.localStart = QDateTime(QDate::currentDate().addDays(7), QTime(hour, 0));
        f.timeZone = QStringLiteral("Europe/Madrid");
        f.durationMinutes = 60;
        return f;
    }

    QList<ZoomMeeting> hostMeetings(const QString &host)
    {
        std::optional<Result<QList<ZoomMeeting>, ZoomError>> listed;
        m_api->listHostMeetings(host, QStringLiteral("scheduled"), this,
                                [&listed](const auto &result) { listed.emplace(result); });
        if (!QTest::qWaitFor([&] { return listed.has_value(); }, 30000) || !*listed)
            return {};
        return listed->value();
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<ZoomSandbox>(Test::sandboxOptions());
        QVERIFY(m_sandbox->start());
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite").arg(++m_file));
        auto db = Database::open(m_path);
        QVERIFY(db);
        m_database = std::move(db.value());
        m_client = std::make_unique<ZoomClient>(credentials());
        m_api = std::make_unique<ZoomApi>(m_client.get());
    }

    void cleanup()
    {
        m_api.reset();
        m_client.reset();
        m_database.reset();
        m_sandbox.reset();
    }

    void createIsAnsweredOnTheCallersThread()
    {
        addRoom(kCarmen);
        EventService service(m_path, Clock::system());
        service.setCredentials(credentials());
        QSignalSpy changed(&service, &EventService::changed);
        Answer<EventSync::Outcome> made;
        service.create(form(QStringLiteral("Anatomía I"), 10), this, made.callback());
        QVERIFY(made.wait());
        QCOMPARE(made.thread(), QThread::currentThread());
        QVERIFY2(made.result(), made.result() ? "" : qPrintable(made.result().error().message));
        const Event &event = made.result().value().event;
        QCOMPARE(event.sync, Event::Sync::Synced);
        QVERIFY(changed.count() >= 1);

        // Zoom has it under the room's host, and the service reads it back.
        const QList<ZoomMeeting> meetings = hostMeetings(kCarmen);
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings.first().id, event.zoomMeetingId);
        QCOMPARE(meetings.first().topic, QStringLiteral("Anatomía I"));
        Answer<Event> found;
        service.find(event.id, this, found.callback());
        QVERIFY(found.wait());
        QCOMPARE(found.result().value().zoomMeetingId, event.zoomMeetingId);
        Answer<QList<Event>> listed;
        service.list({}, {}, this, listed.callback());
        QVERIFY(listed.wait());
        QCOMPARE(listed.result().value().size(), 1);
        QCOMPARE(listed.thread(), QThread::currentThread());
    }

    void refusalsAreValuesAndStoreNothing()
    {
        addRoom(kCarmen);
        EventService service(m_path, Clock::system());
        service.setCredentials(credentials());
        Answer<EventSync::Outcome> refused;
        service.create(form(QString(), 10), this, refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().code, QStringLiteral("event.invalid"));
        QCOMPARE(EventRepository(*m_database).list().value().size(), 0);
    }

    void aDroppedContextDropsTheAnswerNotTheWork()
    {
        addRoom(kCarmen);
        EventService service(m_path, Clock::system());
        service.setCredentials(credentials());
        QSignalSpy changed(&service, &EventService::changed);
        bool answered = false;
        auto context = std::make_unique<QObject>();
        service.create(form(QStringLiteral("Fisiología"), 11), context.get(),
                       [&answered](const Result<EventSync::Outcome> &) { answered = true; });
        context.reset();
        // The event goes to Zoom all the same; the service says something changed.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<Event> events = EventRepository(*m_database).list().value();
                return events.size() == 1 && events.first().sync == Event::Sync::Synced;
            },
            30000));
        QVERIFY(changed.count() >= 1 || changed.wait(30000));
        QTest::qWait(50);
        QVERIFY(!answered);
    }

    void withoutCredentialsEventsWaitAndGoToZoomWhenTheyArrive()
    {
        addRoom(kCarmen);
        EventService service(m_path, Clock::system());
        Answer<EventSync::Outcome> made;
        service.create(form(QStringLiteral("Bioquímica"), 12), this, made.callback());
        QVERIFY(made.wait());
        QVERIFY(made.result());
        QCOMPARE(made.result().value().event.sync, Event::Sync::Pending);
        QVERIFY(!made.result().value().warnings.isEmpty());

        QSignalSpy synchronized(&service, &EventService::synchronized);
        service.setCredentials(credentials());
        QVERIFY(synchronized.wait(30000));
        const Event event = EventRepository(*m_database).find(made.result().value().event.id).value();
        QCOMPARE(event.sync, Event::Sync::Synced);
        QCOMPARE(hostMeetings(kCarmen).size(), 1);
    }

    void synchronizingOnOpenFinishesTheJournal()
    {
        addRoom(kCarmen);
        // A previous run: the create was sent, and the process died before the answer.
        QVERIFY(m_sandbox
                    ->handle({"POST",
                              {QStringLiteral("_sandbox"), QStringLiteral("faults")},
                              {},
                              {},
                              R"({"method":"POST","path":"/meetings","kind":"latency","latency_ms":3000})"})
                    .status == 204);
        {
            EventService previous(m_path, Clock::system());
            previous.setCredentials(credentials());
            previous.create(form(QStringLiteral("Farmacología"), 13), this, {});
            QVERIFY(QTest::qWaitFor([&] { return hostMeetings(kCarmen).size() == 1; }, 10000));
        }
        auto open = EventRepository(*m_database).openOperations().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, ZoomOperation::State::Sent);

        EventService service(m_path, Clock::system());
        QSignalSpy synchronized(&service, &EventService::synchronized);
        service.setCredentials(credentials());
        QVERIFY(synchronized.wait(30000));
        QVERIFY(synchronized.first().first().toStringList().isEmpty());
        QCOMPARE(EventRepository(*m_database).openOperations().value().size(), 0);
        const Event event = EventRepository(*m_database).find(open.first().eventId).value();
        QCOMPARE(event.sync, Event::Sync::Synced);
        const QList<ZoomMeeting> meetings = hostMeetings(kCarmen);
        QCOMPARE(meetings.size(), 1); // adopted, not created again
        QCOMPARE(meetings.first().id, event.zoomMeetingId);
    }

    void synchronizesPeriodically()
    {
        EventService service(m_path, Clock::system());
        QSignalSpy synchronized(&service, &EventService::synchronized);
        service.setCredentials(credentials()); // the first, "on open"
        service.setSyncInterval(std::chrono::milliseconds(100));
        QTRY_VERIFY_WITH_TIMEOUT(synchronized.count() >= 3, 20000);
    }

    void synchronizeAndCreateDoNotOverlap()
    {
        addRoom(kCarmen);
        EventService service(m_path, Clock::system());
        service.setCredentials(credentials());
        // Asked together: the synchronization waits for the creates and never sends one again.
        QList<std::shared_ptr<Answer<EventSync::Outcome>>> creates;
        Answer<EventSync::SyncReport> report;
        for (int hour = 8; hour < 17; hour += 4) { // apart, buffers included: one room holds them all
            creates.append(std::make_shared<Answer<EventSync::Outcome>>());
            service.create(form(QStringLiteral("Sesión %1").arg(hour), hour), this, creates.last()->callback());
            service.requestSync();
        }
        service.synchronize(true, this, report.callback());
        QVERIFY(report.wait());
        QVERIFY(report.result());
        for (const auto &created : creates)
            QVERIFY(created->result());
        QCOMPARE(hostMeetings(kCarmen).size(), 3);
        QCOMPARE(report.result().value().created, 0);
        QCOMPARE(report.result().value().operationsFinished, 0);
    }

    void listsTheParticipantGroups()
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        SqlStatement program(m_database->connection(),
                             QStringLiteral("INSERT INTO programs (name, created_at) VALUES ('Medicina', :now)"));
        program.bind(QStringLiteral(":now"), now);
        QVERIFY(program.exec());
        SqlStatement group(m_database->connection(),
                           QStringLiteral("INSERT INTO participant_groups (program_id, name, platform, link, "
                                          "created_at, updated_at) VALUES (1, 'Grupo A', 'google-meet', "
                                          "'https://meet.google.com/abc-defg-hij', :now, :now)"));
        group.bind(QStringLiteral(":now"), now);
        QVERIFY(group.exec());
        EventService service(m_path, Clock::system());
        Answer<QList<ParticipantGroup>> groups;
        service.groups(this, groups.callback());
        QVERIFY(groups.wait());
        QVERIFY(groups.result());
        QCOMPARE(groups.result().value().size(), 1);
        const ParticipantGroup &first = groups.result().value().first();
        QCOMPARE(first.name, QStringLiteral("Grupo A"));
        QCOMPARE(first.programName, QStringLiteral("Medicina"));
        QVERIFY(first.usesOwnLink());
        QCOMPARE(first.platform, LinkPlatform::GoogleMeet);
    }
};

QTEST_GUILESS_MAIN(TestEventService)
#include "tst_eventservice.moc"
