// SPDX-License-Identifier: GPL-3.0-or-later
// Typed calls for every endpoint Roomdesk uses, against the sandbox over loopback.
#include "contractvalidator.h"
#include "sandbox/zoomsandbox.h"
#include "zoom/zoomapi.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

// Runs the event loop until `done` was called (no busy-waiting on a flag alone).
template<typename T>
Result<T, ZoomError> await(const std::function<void(QObject *, ZoomApi::Callback<T>)> &start)
{
    QObject context;
    std::optional<Result<T, ZoomError>> outcome;
    start(&context, [&outcome](const Result<T, ZoomError> &r) { outcome = r; });
    QDeadlineTimer deadline(30000);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(5);
    return outcome ? *outcome : Result<T, ZoomError>(ZoomError::network(QStringLiteral("timed out")));
}

Result<void, ZoomError> awaitDone(const std::function<void(QObject *, ZoomApi::Done)> &start)
{
    QObject context;
    std::optional<Result<void, ZoomError>> outcome;
    start(&context, [&outcome](const Result<void, ZoomError> &r) { outcome = r; });
    QDeadlineTimer deadline(30000);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(5);
    return outcome ? *outcome : Result<void, ZoomError>(ZoomError::network(QStringLiteral("timed out")));
}

} // namespace

class TestZoomApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<ZoomClient> m_client;
    std::unique_ptr<ZoomApi> m_api;

private slots:
    void init()
    {
        SandboxOptions options;
        options.users = 12;
        m_sandbox = std::make_unique<ZoomSandbox>(options);
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<ZoomClient>(ZoomCredentials {m_sandbox->origin(), m_sandbox->accountId(),
                                                                 m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_api = std::make_unique<ZoomApi>(m_client.get());
    }

    // Whatever the typed calls put on the wire must exist in Zoom's documents.
    void cleanup()
    {
        const Roomdesk::Test::ContractValidator contract(qEnvironmentVariable("ROOMDESK_SOURCE_DIR").toStdString() +
                                                         "/tests/contract/zoom_contract.json");
        const auto log = *m_sandbox->handle({"GET", {"_sandbox", "requests"}, {}, {}, {}}).body;
        QStringList problems;
        for (const std::string &problem : contract.checkRequestLog(log))
            problems << QString::fromStdString(problem);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void cancelledCallersAreNotCalledBack()
    {
        bool called = false;
        {
            QObject context;
            m_api->listUsers("active", &context, [&called](const auto &) { called = true; });
        } // the caller went away (a closed dialog)
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void users()
    {
        const auto users = await<QList<ZoomUser>>(
            [this](QObject *c, ZoomApi::Callback<QList<ZoomUser>> d) { m_api->listUsers("active", c, d); });
        QVERIFY(users.ok());
        QCOMPARE(users.value().size(), 11);
        QVERIFY(users.value().first().licensed());
        const auto user = await<ZoomUser>([this](QObject *c, ZoomApi::Callback<ZoomUser> d) {
            m_api->getUser("dmitry.sokolov@universidad.example", c, d);
        });
        QVERIFY(user.ok());
        QCOMPARE(user.value().firstName, QStringLiteral("Дмитрий"));
        const auto missing = await<ZoomUser>(
            [this](QObject *c, ZoomApi::Callback<ZoomUser> d) { m_api->getUser("nobody@x.example", c, d); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ZoomError::Kind::NotFound);
    }

    void meetingLifecycleInATimeZone()
    {
        MeetingSpec spec;
        spec.topic = QStringLiteral("Álgebra — grupo 3");
        spec.localStart = QDateTime(QDate(2031, 3, 30), QTime(10, 0)); // the day after Europe's DST change
        spec.timezone = QStringLiteral("Europe/Madrid");
        spec.durationMinutes = 90;
        spec.agenda = QStringLiteral("Тема: матрицы");
        spec.waitingRoom = true;
        spec.joinBeforeHost = true;
        const auto created = await<ZoomMeeting>([&](QObject *c, ZoomApi::Callback<ZoomMeeting> d) {
            m_api->createMeeting("lucia.fernandez@universidad.example", spec, false, c, d);
        });
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().explanation));
        const ZoomMeeting &m = created.value();
        QVERIFY(m.id > 0xffffffffLL); // beyond 32 bits
        QCOMPARE(m.startTimeUtc, QDateTime(QDate(2031, 3, 30), QTime(8, 0), QTimeZone::utc())); // CEST = UTC+2
        QVERIFY(m.waitingRoom);
        QVERIFY(!m.joinBeforeHost); // Zoom turns it off with the waiting room
        QVERIFY(!m.startUrl.isEmpty() && !m.joinUrl.isEmpty());

        MeetingSpec change;
        change.durationMinutes = 120;
        QVERIFY(awaitDone([&](QObject *c, ZoomApi::Done d) { m_api->updateMeeting(m.id, change, false, c, d); }).ok());
        const auto read = await<ZoomMeeting>(
            [&](QObject *c, ZoomApi::Callback<ZoomMeeting> d) { m_api->getMeeting(m.id, false, c, d); });
        QCOMPARE(read.value().durationMinutes, 120);
        QVERIFY(read.value().startUrl != m.startUrl); // a fresh start link

        const auto invitation =
            await<QString>([&](QObject *c, ZoomApi::Callback<QString> d) { m_api->invitation(m.id, c, d); });
        QVERIFY(invitation.value().contains(QStringLiteral("Álgebra")));
        const auto listed = await<QList<ZoomMeeting>>([&](QObject *c, ZoomApi::Callback<QList<ZoomMeeting>> d) {
            m_api->listHostMeetings("lucia.fernandez@universidad.example", "scheduled", c, d);
        });
        QCOMPARE(listed.value().size(), 1);

        const auto registrant = await<ZoomRegistrant>([&](QObject *c, ZoomApi::Callback<ZoomRegistrant> d) {
            m_api->addRegistrant(m.id, "ines@alumnos.example", "Inés", "Peña", c, d);
        });
        QVERIFY(registrant.ok());
        const auto registrants = await<QList<ZoomRegistrant>>(
            [&](QObject *c, ZoomApi::Callback<QList<ZoomRegistrant>> d) { m_api->registrants(m.id, false, c, d); });
        QCOMPARE(registrants.value().size(), 1);
        QVERIFY(awaitDone([&](QObject *c, ZoomApi::Done d) {
                    m_api->deleteRegistrant(m.id, registrant.value().id, c, d);
                }).ok());

        QVERIFY(awaitDone([&](QObject *c, ZoomApi::Done d) { m_api->endMeeting(m.id, false, c, d); }).ok());
        QVERIFY(awaitDone([&](QObject *c, ZoomApi::Done d) { m_api->deleteMeeting(m.id, false, c, d); }).ok());
        const auto gone = await<ZoomMeeting>(
            [&](QObject *c, ZoomApi::Callback<ZoomMeeting> d) { m_api->getMeeting(m.id, false, c, d); });
        QCOMPARE(gone.error().kind, ZoomError::Kind::NotFound);
    }

    void webinarsAndTheirAttendance()
    {
        MeetingSpec spec;
        spec.topic = QStringLiteral("Вебинар");
        spec.durationMinutes = 45;
        const auto webinar = await<ZoomMeeting>([&](QObject *c, ZoomApi::Callback<ZoomMeeting> d) {
            m_api->createMeeting("olga.smirnova@universidad.example", spec, true, c, d);
        });
        QVERIFY(webinar.ok());
        QCOMPARE(webinar.value().type, 5);
        const qint64 id = webinar.value().id;
        m_sandbox->handle({"POST", {"_sandbox", "webinars", QString::number(id), "end"}, {}, {}, R"({"attendees":7})"});
        for (const auto source : {ZoomApi::ParticipantSource::PastWebinar, ZoomApi::ParticipantSource::ReportWebinar}) {
            const auto rows =
                await<QList<ZoomParticipant>>([&](QObject *c, ZoomApi::Callback<QList<ZoomParticipant>> d) {
                    m_api->participants(source, QString::number(id), c, d);
                });
            QVERIFY(rows.ok());
            QVERIFY(rows.value().size() >= 8);
            for (const ZoomParticipant &p : rows.value())
                QVERIFY(p.leaveUtc >= p.joinUtc);
        }
        const auto recording = await<ZoomRecording>([&](QObject *c, ZoomApi::Callback<ZoomRecording> d) {
            m_api->meetingRecordings(QString::number(id), c, d);
        });
        QVERIFY(recording.ok());
        QCOMPARE(recording.value().files.size(), 2);

        const auto unlicensed = await<ZoomMeeting>([&](QObject *c, ZoomApi::Callback<ZoomMeeting> d) {
            m_api->createMeeting("carmen.ruiz@universidad.example", spec, true, c, d);
        });
        QCOMPARE(unlicensed.error().kind, ZoomError::Kind::HostNotAllowed);
    }

    void pastMeetingByUuid()
    {
        const auto created = await<ZoomMeeting>([&](QObject *c, ZoomApi::Callback<ZoomMeeting> d) {
            m_api->createMeeting("anna.kuznetsova@universidad.example", MeetingSpec {}, false, c, d);
        });
        const ZoomMeeting &m = created.value();
        m_sandbox->handle({"PUT",
                           {"_sandbox", "meetings", QString::number(m.id), "uuid"},
                           {},
                           {},
                           R"({"uuid":"/ajXp112QmuoKj4854875=="})"});
        m_sandbox->handle({"POST",
                           {"_sandbox", "meetings", QString::number(m.id), "end"},
                           {},
                           {},
                           R"({"attendees":4,"minutes":30})"});
        const auto past = await<ZoomPastMeeting>([&](QObject *c, ZoomApi::Callback<ZoomPastMeeting> d) {
            m_api->pastMeeting("/ajXp112QmuoKj4854875==", c, d);
        });
        QVERIFY2(past.ok(), past.ok() ? "" : qPrintable(past.error().explanation));
        QCOMPARE(past.value().durationMinutes, 30);
        QCOMPARE(past.value().participantsCount, 5);
        const auto rows = await<QList<ZoomParticipant>>([&](QObject *c, ZoomApi::Callback<QList<ZoomParticipant>> d) {
            m_api->participants(ZoomApi::ParticipantSource::PastMeeting, "/ajXp112QmuoKj4854875==", c, d);
        });
        QVERIFY(rows.ok());
        const auto today = m_sandbox->now().date();
        const auto recordings = await<QList<ZoomRecording>>([&](QObject *c, ZoomApi::Callback<QList<ZoomRecording>> d) {
            m_api->userRecordings("anna.kuznetsova@universidad.example", today.addDays(-1), today, c, d);
        });
        QVERIFY(recordings.ok());
        QCOMPARE(recordings.value().size(), 1);
    }

    void malformedObjectsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not an object") << QByteArray("[1,2]");
        QTest::newRow("no id") << QByteArray(R"({"topic":"x"})");
        QTest::newRow("id as text") << QByteArray(R"({"id":"eleven"})");
        QTest::newRow("id too large") << QByteArray(R"({"id":18446744073709551615})");
        QTest::newRow("negative id") << QByteArray(R"({"id":-4})");
    }

    void malformedObjectsAreRefused()
    {
        QFETCH(QByteArray, json);
        const auto parsed = ZoomApi::parseMeeting(nlohmann::json::parse(json.toStdString()), false);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ZoomError::Kind::MalformedResponse);
        QVERIFY(!ZoomApi::parseParticipant(nlohmann::json::parse(R"({"name":"x","join_time":"yesterday"})")).ok());
        QVERIFY(!ZoomApi::parseUser(nlohmann::json::parse(R"({"id":"x"})")).ok());
    }
};

QTEST_GUILESS_MAIN(TestZoomApi)
#include "tst_zoomapi.moc"
