// SPDX-License-Identifier: GPL-3.0-or-later
// `roomdeskctl event …` as an administrator's script runs it: a real roomdesk-sandbox
// process, stored credentials in the real keychain, real SQLite files. Invalid forms call
// nothing; created events are read back through Zoom's API; a create killed while waiting
// for Zoom's answer is finished by `event sync` without a second meeting.
#include "keychainprobe.h"
#include "processrunner.h"
#include "zoom/zoomapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

const QString kCarmen = QStringLiteral("carmen.ruiz@universidad.example"); // licensed, meetings only
const QString kLucia = QStringLiteral("lucia.fernandez@universidad.example"); // webinar licence

} // namespace

class TestEventsCli final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    ProcessRunner m_sandboxRunner {QStringLiteral("roomdesk-sandbox")};
    std::unique_ptr<QProcess> m_sandboxProcess;
    QJsonObject m_sandbox;
    QString m_base;
    std::unique_ptr<ZoomClient> m_client;
    std::unique_ptr<ZoomApi> m_api;
    QNetworkAccessManager m_network;
    QString m_db;
    int m_databases = 0;
    QString m_day;

    ProcessResult ctl(const QStringList &arguments) { return m_ctl.run(QStringList {"--db", m_db} + arguments); }

    QJsonObject ctlJson(const QStringList &arguments, int expectedExit = 0)
    {
        const ProcessResult result = ctl(arguments + QStringList {"--json"});
        if (result.exitCode != expectedExit)
            qWarning() << arguments << result.exitCode << result.err;
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QByteArray control(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    int posts(const QString &suffix)
    {
        const QJsonArray log = QJsonDocument::fromJson(control("GET", QStringLiteral("/_sandbox/requests"))).array();
        int count = 0;
        for (const QJsonValue &entry : log) {
            if (entry[QStringLiteral("method")].toString() == QLatin1String("POST") &&
                entry[QStringLiteral("path")].toString().endsWith(suffix))
                ++count;
        }
        return count;
    }

    int apiRequests()
    {
        return QJsonDocument::fromJson(control("GET", QStringLiteral("/_sandbox/requests"))).array().size();
    }

    std::optional<ZoomMeeting> zoomMeeting(qint64 id, bool webinar = false)
    {
        std::optional<Result<ZoomMeeting, ZoomError>> got;
        m_api->getMeeting(id, webinar, this, [&got](const auto &r) { got.emplace(r); });
        (void)QTest::qWaitFor([&] { return got.has_value(); }, 20000);
        if (!got || !*got)
            return std::nullopt;
        return got->value();
    }

    QList<ZoomMeeting> hostMeetings(const QString &host)
    {
        std::optional<Result<QList<ZoomMeeting>, ZoomError>> got;
        m_api->listHostMeetings(host, QStringLiteral("scheduled"), this, [&got](const auto &r) { got.emplace(r); });
        (void)QTest::qWaitFor([&] { return got.has_value(); }, 20000);
        if (got && !*got)
            qWarning() << "listing failed:" << got->error().explanation;
        return got && *got ? got->value() : QList<ZoomMeeting>();
    }

    QStringList eventArgs(const QString &title, const QString &time = QStringLiteral("10:00"))
    {
        return {"event", "create",        "--title",    title, "--start", m_day + "T" + time,
                "--tz",  "Europe/Madrid", "--duration", "60"};
    }

private slots:
    void initTestCase()
    {
        if (!keychainTestsEnabled())
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
        m_sandbox = m_sandboxRunner.startSandbox(m_sandboxProcess);
        QVERIFY(!m_sandbox.isEmpty());
        m_base = ProcessRunner::sandboxBaseUrl(m_sandbox);
        m_client = std::make_unique<ZoomClient>(ZoomCredentials {QUrl(m_base), m_sandbox.value("account_id").toString(),
                                                                 m_sandbox.value("client_id").toString(),
                                                                 m_sandbox.value("client_secret").toString()});
        m_api = std::make_unique<ZoomApi>(m_client.get());
        m_day = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    }

    void init()
    {
        m_db = m_ctl.home() + QStringLiteral("/events-%1.sqlite").arg(++m_databases);
        m_ctl.environment().insert("RD_CLIENT_SECRET", m_sandbox.value("client_secret").toString());
        const ProcessResult set =
            ctl({"credentials", "set", "--base-url", m_base, "--account-id", m_sandbox.value("account_id").toString(),
                 "--client-id", m_sandbox.value("client_id").toString(), "--client-secret-env", "RD_CLIENT_SECRET"});
        m_ctl.environment().remove("RD_CLIENT_SECRET");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(ctl({"rooms", "add", "--email", kCarmen, "--name", "Sala Carmen", "--active", "--capacity", "100"})
                     .exitCode,
                 0);
    }

    void cleanupTestCase()
    {
        if (m_sandboxProcess) {
            m_sandboxProcess->terminate();
            m_sandboxProcess->waitForFinished(5000);
        }
    }

    void invalidFormsExitOneAndCallNothing_data()
    {
        QTest::addColumn<QStringList>("change");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty title") << QStringList {"--title", "  "} << 1 << "topic";
        QTest::newRow("title 256") << QStringList {"--title", QString(256, 'x'), "--conference-name", "x"} << 1
                                   << "255";
        QTest::newRow("conference 201") << QStringList {"--conference-name", QString(201, 'x')} << 1 << "200";
        QTest::newRow("duration 0") << QStringList {"--duration", "0"} << 1 << "23 h 59";
        QTest::newRow("duration 1440") << QStringList {"--duration", "1440"} << 1 << "23 h 59";
        QTest::newRow("duration text") << QStringList {"--duration", "ninety"} << 2 << "minutes";
        QTest::newRow("unknown zone") << QStringList {"--tz", "Europe/Atlantis"} << 1 << "Europe/Atlantis";
        QTest::newRow("DST gap") << QStringList {"--start", "2027-03-28T02:30", "--tz", "Europe/Madrid"} << 1
                                 << "02:30";
        QTest::newRow("offset in start") << QStringList {"--start", "2027-03-01T10:00+01:00"} << 2 << "--tz";
        QTest::newRow("description 2001") << QStringList {"--description", QString(2001, 'x')} << 1 << "2000";
        QTest::newRow("capacity 0") << QStringList {"--capacity", "0"} << 1 << "100000";
        QTest::newRow("room not an e-mail") << QStringList {"--room", "sala"} << 1 << "sala";
        QTest::newRow("both admissions") << QStringList {"--waiting-room", "--auto-admit"} << 2 << "--auto-admit";
        QTest::newRow("personal meeting ID") << QStringList {"--pmi"} << 1 << "Personal Meeting ID";
        QTest::newRow("recurrence") << QStringList {"--recurrence", "weekly"} << 1 << "Recurring";
        QTest::newRow("webinar without a webinar room") << QStringList {"--webinar"} << 1 << "webinar licence";
    }

    void invalidFormsExitOneAndCallNothing()
    {
        QFETCH(QStringList, change);
        QFETCH(int, exit);
        QFETCH(QString, message);
        const int before = apiRequests();
        QStringList arguments = eventArgs(QStringLiteral("Anatomía"));
        // A later option overrides an earlier one.
        arguments += change;
        const ProcessResult result = ctl(arguments);
        QCOMPARE(result.exitCode, exit);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(apiRequests(), before);
        const ProcessResult list = ctl({"event", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void createShowUpdateCancel()
    {
        const QJsonObject created = ctlJson(eventArgs(QStringLiteral("Anatomía I")) +
                                            QStringList {"--conference-name", "Anatomía I — grupo A", "--trainer",
                                                         "Dra. Ruiz", "--capacity", "40", "--description", "Temario"});
        for (const char *field : {"id", "status", "room", "zoom_meeting_id", "join_url"})
            QVERIFY2(created.contains(QLatin1String(field)), field);
        QCOMPARE(created.value("status").toString(), QStringLiteral("scheduled"));
        QCOMPARE(created.value("room").toString(), kCarmen);
        const qint64 zoomId = qint64(created.value("zoom_meeting_id").toDouble());
        QVERIFY(zoomId > 0);
        QVERIFY(created.value("join_url").toString().contains(QString::number(zoomId)));
        const auto zoom = zoomMeeting(zoomId);
        QVERIFY(zoom);
        QCOMPARE(zoom->topic, QStringLiteral("Anatomía I — grupo A"));
        QCOMPARE(zoom->type, 2);
        QCOMPARE(zoom->hostEmail, kCarmen);
        QCOMPARE(zoom->durationMinutes, 60);
        QCOMPARE(zoom->timezone, QStringLiteral("Europe/Madrid"));

        const QString id = QString::number(created.value("id").toInt());
        const QJsonObject updated = ctlJson({"event", "update", id, "--duration", "45", "--start", m_day + "T16:00"});
        QCOMPARE(updated.value("duration").toInt(), 45);
        QCOMPARE(zoomMeeting(zoomId)->durationMinutes, 45);
        QVERIFY(updated.value("start").toString().startsWith(m_day + "T16:00:00"));

        const QJsonObject shown = ctlJson({"event", "show", id, "--start-url"});
        QVERIFY(shown.value("start_url").toString().contains(QStringLiteral("zak=")));
        QCOMPARE(shown.value("trainer").toString(), QStringLiteral("Dra. Ruiz"));

        const ProcessResult convert = ctl({"event", "update", id, "--webinar"});
        QCOMPARE(convert.exitCode, 1);
        QVERIFY(convert.err.contains(QStringLiteral("webinar")));

        const QJsonObject cancelled = ctlJson({"event", "cancel", id});
        QCOMPARE(cancelled.value("status").toString(), QStringLiteral("cancelled"));
        QVERIFY(!zoomMeeting(zoomId));
        const QJsonArray listed =
            QJsonDocument::fromJson(ctl({"event", "list", "--json", "--status", "cancelled"}).out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
    }

    void webinarsAndGroupLinks()
    {
        QCOMPARE(ctl({"rooms", "add", "--email", kLucia, "--name", "Sala Lucía", "--active", "--webinar"}).exitCode, 0);
        const QJsonObject webinar = ctlJson(eventArgs(QStringLiteral("Jornada")) + QStringList {"--webinar"});
        QCOMPARE(webinar.value("kind").toString(), QStringLiteral("webinar"));
        QCOMPARE(webinar.value("room").toString(), kLucia);
        QCOMPARE(zoomMeeting(qint64(webinar.value("zoom_meeting_id").toDouble()), true)->type, 5);

        // A group with its own platform: its link is what participants open.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("groups"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("INSERT INTO programs (name, created_at) VALUES ('Medicina', '2026-01-01')"));
            QVERIFY(q.exec("INSERT INTO participant_groups (program_id, name, platform, link, created_at, updated_at) "
                           "VALUES (1, 'Grupo A', 'teams', 'https://teams.microsoft.com/l/meetup-join/abc', "
                           "'2026-01-01', '2026-01-01')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("groups"));
        const QJsonObject grouped =
            ctlJson(eventArgs(QStringLiteral("Seminario"), "12:00") + QStringList {"--group", "1"});
        QCOMPARE(grouped.value("join_url").toString(), QStringLiteral("https://teams.microsoft.com/l/meetup-join/abc"));
        QVERIFY(grouped.value("zoom_join_url").toString().startsWith(m_base));
        const ProcessResult missing = ctl(eventArgs(QStringLiteral("Otro"), "14:00") + QStringList {"--group", "99"});
        QCOMPARE(missing.exitCode, 1);
    }

    void aCreateKilledMidCallIsFinishedBySync()
    {
        // Zoom creates the meeting at once but its answer takes 5 s: the process dies first.
        control("POST", QStringLiteral("/_sandbox/faults"),
                R"({"method":"POST","path":"/meetings","kind":"latency","latency_ms":5000})");
        const int postsBefore = posts(QStringLiteral("/meetings"));
        auto process = m_ctl.start(QStringList {"--db", m_db} + eventArgs(QStringLiteral("Farmacología")));
        QVERIFY(QTest::qWaitFor([&] { return posts(QStringLiteral("/meetings")) == postsBefore + 1; }, 20000));
        process->kill();
        process->waitForFinished(5000);

        const QJsonArray before = QJsonDocument::fromJson(ctl({"event", "list", "--json"}).out.toUtf8()).array();
        QCOMPARE(before.size(), 1);
        QVERIFY(before.first()["zoom_meeting_id"].isNull());
        QCOMPARE(before.first()["sync"].toString(), QStringLiteral("pending"));

        const QJsonObject report = ctlJson({"event", "sync"});
        QCOMPARE(report.value("operations_finished").toInt(), 1);
        const QJsonArray after = QJsonDocument::fromJson(ctl({"event", "list", "--json"}).out.toUtf8()).array();
        const qint64 zoomId = qint64(after.first()["zoom_meeting_id"].toDouble());
        QVERIFY(zoomId > 0);
        QCOMPARE(after.first()["sync"].toString(), QStringLiteral("synced"));
        // Exactly one meeting carries this event, and it is the one Roomdesk points to.
        int carrying = 0;
        for (const ZoomMeeting &meeting : hostMeetings(kCarmen)) {
            if (meeting.topic == QStringLiteral("Farmacología")) {
                ++carrying;
                QCOMPARE(meeting.id, zoomId);
            }
        }
        QCOMPARE(carrying, 1);
        QCOMPARE(posts(QStringLiteral("/meetings")), postsBefore + 1);
    }

    void messagesInSpanish()
    {
        const ProcessResult result =
            ctl(QStringList {"--lang", "es"} + eventArgs(QString()) + QStringList {"--title", ""});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("tema")), qPrintable(result.err));
    }
};

QTEST_MAIN(TestEventsCli)
#include "tst_eventscli.moc"
