// SPDX-License-Identifier: GPL-3.0-or-later
// `roomdeskctl report build|fetch|export|list` as a script runs them. Offline: bad arguments
// and bad files are usage errors (2) or failures (1) with the reason, and leave any existing
// file untouched; the delimiter follows the language. Online (a real roomdesk-sandbox process,
// credentials in the real keychain): an event ends in Zoom → `report list` fetches it →
// `report fetch` and `report export` write its CSV; and `report fetch` and `report build` on
// the same pages saved from Zoom write the same bytes.
#include "csv/csvreader.h"
#include "keychainprobe.h"
#include "processrunner.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

const QByteArray kPage = R"({"page_count":1,"page_size":300,"total_records":3,"next_page_token":"","participants":[
 {"id":"h1","name":"Sala","user_email":"sala@uni.example","join_time":"2026-11-20T09:00:00Z","leave_time":"2026-11-20T10:00:00Z","status":"in_meeting"},
 {"id":"u1","name":"Ana, López","user_email":"ana@uni.example","join_time":"2026-11-20T09:05:00Z","leave_time":"2026-11-20T09:50:00Z","status":"in_meeting"},
 {"id":"u2","name":"Пётр","user_email":"","join_time":"2026-11-20T09:10:00Z","leave_time":"2026-11-20T09:20:00Z","status":"in_meeting"}]})";

} // namespace

class TestReportCli final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    ProcessRunner m_sandboxRunner {QStringLiteral("roomdesk-sandbox")};
    std::unique_ptr<QProcess> m_sandboxProcess;
    QJsonObject m_sandbox;
    QString m_base;
    QNetworkAccessManager m_network;
    QString m_pages;
    QByteArray m_token;

    QString path(const QString &name) const { return m_ctl.home() + QLatin1Char('/') + name; }

    QByteArray control(const QByteArray &method, const QString &where, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_base + where));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    // A GET below /v2 with a token of the sandbox's account, as a script saving Zoom's pages
    // would make it.
    QByteArray zoomGet(const QString &pathAndQuery)
    {
        if (m_token.isEmpty()) {
            QNetworkRequest request(QUrl(m_base +
                                         QStringLiteral("/oauth/token?grant_type=account_credentials&"
                                                        "account_id=") +
                                         m_sandbox.value("account_id").toString()));
            request.setRawHeader("Authorization",
                                 "Basic " +
                                     (m_sandbox.value("client_id").toString() + QLatin1Char(':') +
                                      m_sandbox.value("client_secret").toString())
                                         .toUtf8()
                                         .toBase64());
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            QNetworkReply *reply = m_network.post(request, QByteArray());
            (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
            m_token = QJsonDocument::fromJson(reply->readAll()).object().value("access_token").toString().toUtf8();
            reply->deleteLater();
        }
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/v2") + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = m_network.get(request);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

private slots:
    void initTestCase()
    {
        m_pages = path(QStringLiteral("pages.json"));
        QVERIFY(writeFile(m_pages, kPage));
    }

    void cleanupTestCase()
    {
        if (m_sandboxProcess) {
            m_sandboxProcess->terminate();
            m_sandboxProcess->waitForFinished(5000);
        }
    }

    void badArgumentsAndFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("message");
        const QByteArray page = kPage;
        QTest::newRow("no participants") << QStringList {"--csv", "OUT"} << page << 2 << "--participants";
        QTest::newRow("no csv") << QStringList {"--participants", "IN"} << page << 2 << "--csv";
        QTest::newRow("two-letter delimiter")
            << QStringList {"--participants", "IN", "--csv", "OUT", "--delimiter", ";;"} << page << 2 << "--delimiter";
        QTest::newRow("quote delimiter") << QStringList {"--participants", "IN", "--csv", "OUT", "--delimiter", "\""}
                                         << page << 2 << "--delimiter";
        QTest::newRow("fixed offset zone")
            << QStringList {"--participants", "IN", "--csv", "OUT", "--tz", "UTC+3"} << page << 2 << "UTC+3";
        QTest::newRow("unknown zone") << QStringList {"--participants", "IN", "--csv", "OUT", "--tz", "Mars/Olympus"}
                                      << page << 2 << "Mars/Olympus";
        QTest::newRow("missing file") << QStringList {"--participants", "NOFILE", "--csv", "OUT"} << page << 1
                                      << "absent.json";
        QTest::newRow("cut JSON") << QStringList {"--participants", "IN", "--csv", "OUT"} << page.left(200) << 1
                                  << "line 2";
        QTest::newRow("not pages") << QStringList {"--participants", "IN", "--csv", "OUT"}
                                   << QByteArray(R"({"meetings":[]})") << 1 << "participants";
        QTest::newRow("bad join time")
            << QStringList {"--participants", "IN", "--csv", "OUT"}
            << QByteArray(
                   R"({"participants":[{"name":"A","join_time":"yesterday","leave_time":"2026-11-20T09:00:00Z"}]})")
            << 1 << "yesterday";
        QTest::newRow("time without offset")
            << QStringList {"--participants", "IN", "--csv", "OUT"}
            << QByteArray(R"({"participants":[{"name":"A","join_time":"2026-11-20T09:00:00"}]})") << 1 << "2026-11-20";
        QTest::newRow("empty file") << QStringList {"--participants", "IN", "--csv", "OUT"} << QByteArray() << 1
                                    << "empty";
    }

    void badArgumentsAndFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, file);
        QFETCH(int, exit);
        QFETCH(QString, message);
        const QString in = path(QStringLiteral("in.json"));
        const QString out = path(QStringLiteral("out.csv"));
        QVERIFY(writeFile(in, file));
        QVERIFY(writeFile(out, "an earlier report\r\n"));
        const QByteArray before = fileHash(out);
        arguments.replaceInStrings(QStringLiteral("IN"), in);
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        arguments.replaceInStrings(QStringLiteral("NOFILE"), path(QStringLiteral("absent.json")));
        const ProcessResult run = m_ctl.run(QStringList {"report", "build"} + arguments);
        QCOMPARE(run.exitCode, exit);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(fileHash(out), before);
    }

    void hostOnlyWritesNothingAndLeavesTheOldFile()
    {
        const QString in = path(QStringLiteral("host.json"));
        const QString out = path(QStringLiteral("host.csv"));
        QVERIFY(writeFile(in, R"([{"participants":[{"id":"h1","name":"Sala","user_email":"SALA@uni.example",
            "join_time":"2026-11-20T09:00:00Z","leave_time":"2026-11-20T10:00:00Z"}]},{"participants":[]}])"));
        QVERIFY(writeFile(out, "kept\r\n"));
        const ProcessResult run = m_ctl.run(
            {"--json", "report", "build", "--participants", in, "--host-email", "sala@uni.example", "--csv", out});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(document.value("written").toBool(true), false);
        QCOMPARE(document.value("attendees").toInt(-1), 0);
        QCOMPARE(document.value("host_records").toInt(), 1);
        QVERIFY2(run.err.contains(QLatin1String("No one besides the host")), qPrintable(run.err));
        QCOMPARE(fileBytes(out), QByteArray("kept\r\n"));
    }

    void delimiterFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("said");
        QTest::newRow("en") << "en"
                            << ","
                            << "2 attendees";
        QTest::newRow("es") << "es"
                            << ";"
                            << "2 asistentes";
        QTest::newRow("ru") << "ru"
                            << ";"
                            << "2 участника";
    }

    void delimiterFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, delimiter);
        QFETCH(QString, said);
        const QString out = path(QStringLiteral("lang-%1.csv").arg(language));
        const ProcessResult run = m_ctl.run({"--lang", language, "report", "build", "--participants", m_pages,
                                             "--host-email", "sala@uni.example", "--csv", out, "--tz", "UTC"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(said), qPrintable(run.out));
        const QByteArray csv = fileBytes(out);
        QVERIFY(csv.startsWith(QStringLiteral("name%1email%1first_join").arg(delimiter).toUtf8()));
        auto rows = CsvReader::parse(csv);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 3);
        QCOMPARE(rows.value().at(1).fields.at(0), QStringLiteral("Ana, López"));
        QCOMPARE(rows.value().at(1).fields.at(4), QStringLiteral("2700"));
        // Always overridable.
        const ProcessResult tab = m_ctl.run({"--lang", language, "report", "build", "--participants", m_pages, "--csv",
                                             "-", "--delimiter", "tab", "--tz", "Asia/Tokyo"});
        QCOMPARE(tab.exitCode, 0);
        QVERIFY2(tab.out.startsWith(QLatin1String("name\temail\t")), qPrintable(tab.out));
        QVERIFY(tab.out.contains(QLatin1String("2026-11-20T18:05:00+09:00")));
    }

    void endedEventIsFetchedListedAndExported()
    {
        if (!keychainTestsEnabled())
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
        m_sandbox = m_sandboxRunner.startSandbox(m_sandboxProcess);
        QVERIFY(!m_sandbox.isEmpty());
        m_base = ProcessRunner::sandboxBaseUrl(m_sandbox);
        const QString db = path(QStringLiteral("reports.sqlite"));
        const auto ctl = [&](const QStringList &arguments) { return m_ctl.run(QStringList {"--db", db} + arguments); };
        m_ctl.environment().insert("RD_CLIENT_SECRET", m_sandbox.value("client_secret").toString());
        const ProcessResult set =
            ctl({"credentials", "set", "--base-url", m_base, "--account-id", m_sandbox.value("account_id").toString(),
                 "--client-id", m_sandbox.value("client_id").toString(), "--client-secret-env", "RD_CLIENT_SECRET"});
        m_ctl.environment().remove("RD_CLIENT_SECRET");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QString room = QStringLiteral("carmen.ruiz@universidad.example");
        QCOMPARE(ctl({"rooms", "add", "--email", room, "--name", "Sala Carmen", "--active"}).exitCode, 0);

        // An event three hours ago, ended in Zoom with eight attendees.
        const QDateTime start =
            QDateTime::currentDateTimeUtc().addSecs(-3 * 3600).toTimeZone(QTimeZone("Europe/Madrid"));
        const ProcessResult created =
            ctl({"--json", "event", "create", "--title", "Anatomía", "--start", start.toString("yyyy-MM-ddTHH:mm"),
                 "--tz", "Europe/Madrid", "--duration", "60"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString meeting = QString::number(
            QJsonDocument::fromJson(created.out.toUtf8()).object().value("zoom_meeting_id").toInteger());
        const QJsonObject ended =
            QJsonDocument::fromJson(control("POST", "/_sandbox/meetings/" + meeting + "/end",
                                            R"({"attendees":8,"waiting_room":1,"rejoins":2,"minutes":50})"))
                .object();
        QCOMPARE(ended.value("participants").toInt(), 1 + 8 + 1 + 2 + 1);

        // `report list` notices the end and fetches the report.
        const ProcessResult listed = ctl({"--json", "report", "list"});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)["state"].toString(), QStringLiteral("ready"));
        QCOMPARE(entries.at(0)["attendees"].toInt(), 8);
        QCOMPARE(entries.at(0)["room"].toString(), room);
        const QString eventId = QString::number(entries.at(0)["event_id"].toInteger());
        const QJsonObject shown =
            QJsonDocument::fromJson(ctl({"--json", "event", "show", eventId}).out.toUtf8()).object();
        QCOMPARE(shown.value("status").toString(), QStringLiteral("ended"));
        QCOMPARE(shown.value("report").toString(), QStringLiteral("ready"));

        // `report fetch` straight from Zoom: the room's host left out.
        const QString fetched = path(QStringLiteral("fetched.csv"));
        const ProcessResult fetch =
            ctl({"report", "fetch", "--meeting", meeting, "--csv", fetched, "--bom", "--tz", "Europe/Madrid"});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
        auto rows = CsvReader::parse(fileBytes(fetched));
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 1 + 8);
        for (const auto &row : rows.value())
            QVERIFY(row.fields.at(1) != room);

        // `report export` for today's events.
        const QString folder = path(QStringLiteral("export"));
        const QString day = start.date().toString(Qt::ISODate);
        const ProcessResult exported =
            ctl({"--json", "report", "export", "--from", day, "--to", day, "--dir", folder, "--delimiter", ";"});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonArray written = QJsonDocument::fromJson(exported.out.toUtf8()).object().value("written").toArray();
        QVERIFY2(written.size() == 1, qPrintable(exported.out + exported.err));
        QVERIFY2(written.at(0).toString().endsWith(QStringLiteral("_anatomía.csv")),
                 qPrintable(written.at(0).toString()));
        const QByteArray csv = fileBytes(written.at(0).toString());
        QVERIFY(csv.startsWith("name;email;"));
        QCOMPARE(CsvReader::parse(csv).value().size(), 1 + 8);

        // A meeting Zoom does not know: exit 1 with Zoom's reason.
        const ProcessResult unknown = ctl({"report", "fetch", "--meeting", "99999999999", "--csv", path("x.csv")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!QFile::exists(path("x.csv")));
        // Usage: both or neither of --meeting and --webinar.
        QCOMPARE(ctl({"report", "fetch", "--csv", path("x.csv")}).exitCode, 2);
        const auto withoutTo = ctl({"report", "export", "--from", day, "--dir", folder});
        QCOMPARE(withoutTo.exitCode, 2);
        QVERIFY2(withoutTo.err.contains(QLatin1String("--to is required.")), qPrintable(withoutTo.err));
    }

    // The Done-when of issue 16: an ended meeting with 320 attendees (two pages), its pages
    // saved from Zoom as a script would save them, then `report fetch` and `report build` on
    // those pages, with the same host and options: the same bytes.
    void fetchAndBuildOfTheSamePagesWriteTheSameFile()
    {
        if (!keychainTestsEnabled())
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
        if (!m_sandboxProcess) {
            m_sandbox = m_sandboxRunner.startSandbox(m_sandboxProcess);
            QVERIFY(!m_sandbox.isEmpty());
            m_base = ProcessRunner::sandboxBaseUrl(m_sandbox);
        }
        const QString db = path(QStringLiteral("same.sqlite"));
        const auto ctl = [&](const QStringList &arguments) { return m_ctl.run(QStringList {"--db", db} + arguments); };
        m_ctl.environment().insert("RD_CLIENT_SECRET", m_sandbox.value("client_secret").toString());
        const ProcessResult set =
            ctl({"credentials", "set", "--base-url", m_base, "--account-id", m_sandbox.value("account_id").toString(),
                 "--client-id", m_sandbox.value("client_id").toString(), "--client-secret-env", "RD_CLIENT_SECRET"});
        m_ctl.environment().remove("RD_CLIENT_SECRET");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QString room = QStringLiteral("carmen.ruiz@universidad.example");
        QCOMPARE(ctl({"rooms", "add", "--email", room, "--name", "Sala Carmen", "--active"}).exitCode, 0);
        const QDateTime start =
            QDateTime::currentDateTimeUtc().addSecs(-5 * 3600).toTimeZone(QTimeZone("Europe/Madrid"));
        const ProcessResult created =
            ctl({"--json", "event", "create", "--title", "Bioquímica", "--start", start.toString("yyyy-MM-ddTHH:mm"),
                 "--tz", "Europe/Madrid", "--duration", "60"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString meeting = QString::number(
            QJsonDocument::fromJson(created.out.toUtf8()).object().value("zoom_meeting_id").toInteger());
        const QJsonObject ended =
            QJsonDocument::fromJson(control("POST", "/_sandbox/meetings/" + meeting + "/end",
                                            R"({"attendees":320,"waiting_room":4,"rejoins":30,"two_devices":6,)"
                                            R"("without_email":12,"minutes":50})"))
                .object();
        QVERIFY(ended.value("participants").toInt() > 300);

        // Every page of the past meeting's participants as Zoom sent it, in a list.
        const QString host =
            QJsonDocument::fromJson(zoomGet("/past_meetings/" + meeting)).object().value("host_id").toString();
        QVERIFY(!host.isEmpty());
        QByteArray pages = "[";
        QString next;
        int pageCount = 0;
        do {
            const QByteArray page = zoomGet("/past_meetings/" + meeting + "/participants?page_size=300" +
                                            (next.isEmpty() ? QString() : "&next_page_token=" + next));
            const QJsonObject object = QJsonDocument::fromJson(page).object();
            QVERIFY2(object.contains("participants"), page.constData());
            pages += (pageCount++ ? ",\n" : "\n") + page;
            next = object.value("next_page_token").toString();
        } while (!next.isEmpty() && pageCount < 10);
        pages += "\n]\n";
        QCOMPARE(pageCount, 2);
        const QString saved = path(QStringLiteral("saved-pages.json"));
        QVERIFY(writeFile(saved, pages));

        const QStringList options = {"--bom", "--tz", "Europe/Madrid", "--delimiter", ";"};
        const QString fetched = path(QStringLiteral("fetched-same.csv"));
        const QString built = path(QStringLiteral("built-same.csv"));
        const ProcessResult fetch =
            ctl(QStringList {"report", "fetch", "--meeting", meeting, "--csv", fetched} + options);
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
        const ProcessResult build = m_ctl.run(QStringList {"report", "build", "--participants", saved, "--host-email",
                                                           room, "--host-id", host, "--csv", built} +
                                              options);
        QVERIFY2(build.exitCode == 0, qPrintable(build.err));
        const QByteArray fromZoom = fileBytes(fetched);
        QVERIFY(fromZoom.startsWith("\xEF\xBB\xBFname;email;"));
        QVERIFY(CsvReader::parse(fromZoom).value().size() > 300); // guests of the same name are one person
        QVERIFY2(fileBytes(built) == fromZoom, "report build and report fetch wrote different files");
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
