// SPDX-License-Identifier: GPL-3.0-or-later
// The requests the Zoom client puts on the wire, recorded by the sandbox, checked against
// Zoom's OpenAPI documents: every path and method exists, every query parameter and body
// field is documented, every body validates against the request schema.
#include "contractvalidator.h"
#include "sandbox/zoomsandbox.h"
#include "zoom/zoomclient.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

Result<ZoomResponse, ZoomError> call(ZoomClient &client, const QByteArray &method, const QString &path,
                                     std::optional<nlohmann::json> body = std::nullopt,
                                     const QList<std::pair<QString, QString>> &query = {})
{
    ZoomRequest request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    for (const auto &[key, value] : query)
        request.query.addQueryItem(key, value);
    QObject context;
    std::optional<Result<ZoomResponse, ZoomError>> outcome;
    client.send(request, &context, [&outcome](const Result<ZoomResponse, ZoomError> &r) { outcome = r; });
    QDeadlineTimer deadline(30000);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(5);
    return outcome ? *outcome : Result<ZoomResponse, ZoomError>(ZoomError::network("timeout"));
}

} // namespace

class TestClientContract final : public QObject
{
    Q_OBJECT

private slots:
    void requestsExistInZoomsDocuments()
    {
        const ContractValidator contract(qEnvironmentVariable("ROOMDESK_SOURCE_DIR").toStdString() +
                                         "/tests/contract/zoom_contract.json");
        QVERIFY(contract.isLoaded());
        SandboxOptions options;
        options.grantedScopes = SandboxOptions::parseScopes("all").value();
        ZoomSandbox sandbox(options);
        QVERIFY(sandbox.start());
        ZoomClient client({sandbox.origin(), sandbox.accountId(), sandbox.clientId(), sandbox.clientSecret()});
        const QString host = ZoomClient::segment("lucia.fernandez@universidad.example");

        QVERIFY(call(client, "GET", "/users", {}, {{"status", "active"}, {"page_size", "300"}}).ok());
        QVERIFY(call(client, "GET", "/users/" + host).ok());
        const nlohmann::json meetingBody = {{"topic", "Álgebra — grupo 3"},
                                            {"type", 2},
                                            {"start_time", "2031-03-10T10:00:00"},
                                            {"timezone", "Europe/Madrid"},
                                            {"duration", 90},
                                            {"agenda", "Тема: матрицы"},
                                            {"settings",
                                             {{"waiting_room", true},
                                              {"join_before_host", false},
                                              {"jbh_time", 0},
                                              {"host_video", true},
                                              {"participant_video", false},
                                              {"mute_upon_entry", true},
                                              {"approval_type", 2},
                                              {"auto_recording", "cloud"}}}};
        const auto created = call(client, "POST", "/users/" + host + "/meetings", meetingBody);
        QVERIFY(created.ok());
        const QString id = QString::number(created.value().body["id"].get<qint64>());
        const QString uuid =
            ZoomClient::segment(QString::fromStdString(created.value().body["uuid"].get<std::string>()));
        QVERIFY(call(client, "GET", "/meetings/" + id).ok());
        QVERIFY(
            call(client, "PATCH", "/meetings/" + id, nlohmann::json {{"duration", 120}, {"agenda", "Cambiada"}}).ok());
        QVERIFY(call(client, "GET", "/meetings/" + id + "/invitation").ok());
        const auto registrant = call(client, "POST", "/meetings/" + id + "/registrants",
                                     nlohmann::json {{"email", "ines@alumnos.example"},
                                                     {"first_name", "Inés"},
                                                     {"last_name", "Peña"},
                                                     {"auto_approve", true}});
        QVERIFY(registrant.ok());
        QVERIFY(call(client, "GET", "/meetings/" + id + "/registrants", {}, {{"status", "approved"}}).ok());
        QVERIFY(call(client, "DELETE",
                     "/meetings/" + id + "/registrants/" +
                         QString::fromStdString(registrant.value().body["registrant_id"].get<std::string>()))
                    .ok());
        QVERIFY(
            call(client, "GET", "/users/" + host + "/meetings", {}, {{"type", "upcoming"}, {"page_size", "300"}}).ok());

        sandbox.handle({"POST", {"_sandbox", "meetings", id, "end"}, {}, {}, R"({"attendees":5})"});
        QVERIFY(call(client, "GET", "/past_meetings/" + uuid).ok());
        QVERIFY(call(client, "GET", "/past_meetings/" + uuid + "/participants", {}, {{"page_size", "300"}}).ok());
        QVERIFY(call(client, "GET", "/report/meetings/" + id + "/participants", {},
                     {{"page_size", "300"}, {"include_fields", "registrant_id"}})
                    .ok());
        QVERIFY(call(client, "GET", "/meetings/" + uuid + "/recordings").ok());
        const QString today = sandbox.now().date().toString(Qt::ISODate);
        QVERIFY(call(client, "GET", "/users/" + host + "/recordings", {}, {{"from", today}, {"to", today}}).ok());
        QVERIFY(call(client, "PUT", "/meetings/" + id + "/status", nlohmann::json {{"action", "end"}}).ok());
        QVERIFY(call(client, "DELETE", "/meetings/" + id, {}, {{"schedule_for_reminder", "false"}}).ok());

        const auto webinar =
            call(client, "POST", "/users/" + host + "/webinars",
                 nlohmann::json {
                     {"topic", "Вебинар"}, {"type", 5}, {"duration", 60}, {"start_time", "2031-03-11T07:00:00Z"}});
        QVERIFY(webinar.ok());
        const QString webinarId = QString::number(webinar.value().body["id"].get<qint64>());
        QVERIFY(call(client, "GET", "/webinars/" + webinarId).ok());
        QVERIFY(call(client, "GET", "/users/" + host + "/webinars", {}, {{"type", "scheduled"}, {"page_size", "300"}})
                    .ok());
        QVERIFY(call(client, "PATCH", "/webinars/" + webinarId, nlohmann::json {{"topic", "Вебинар 2"}}).ok());
        QVERIFY(call(client, "GET", "/webinars/" + webinarId + "/registrants").ok());
        QVERIFY(call(client, "PUT", "/webinars/" + webinarId + "/status", nlohmann::json {{"action", "end"}}).ok());
        sandbox.handle({"POST", {"_sandbox", "webinars", webinarId, "end"}, {}, {}, R"({"attendees":3})"});
        QVERIFY(call(client, "GET", "/past_webinars/" + webinarId + "/participants").ok());
        QVERIFY(call(client, "GET", "/report/webinars/" + webinarId + "/participants").ok());
        QVERIFY(call(client, "DELETE", "/webinars/" + webinarId).ok());

        const auto log = *sandbox.handle({"GET", {"_sandbox", "requests"}, {}, {}, {}}).body;
        QCOMPARE(log.size(), size_t(26)); // every call above, once: nothing was retried
        QStringList problems;
        for (const std::string &problem : contract.checkRequestLog(log))
            problems << QString::fromStdString(problem);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestClientContract)
#include "tst_clientcontract.moc"
