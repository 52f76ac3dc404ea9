// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractvalidator.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <memory>

using namespace Roomdesk::Test;
using nlohmann::json;

namespace {

QByteArray joined(const std::vector<std::string> &lines)
{
    QByteArray text;
    for (const std::string &line : lines)
        text += "\n    " + QByteArray::fromStdString(line);
    return text;
}

// A 201 from POST /users/{userId}/meetings with the fields ZOOM_API_FACTS §3.3 lists; the id needs 64 bits.
json meetingCreated()
{
    return {
        {"id", 85746065432LL},
        {"uuid", "aDYlohsHRtCd4ii1uC2+hA=="},
        {"host_id", "30R7kT7bTIKSNUFEuH_Qlg"},
        {"host_email", "rooms@example.org"},
        {"topic", "Thesis defence: M. García"},
        {"type", 2},
        {"status", "waiting"},
        {"start_time", "2026-11-23T10:00:00Z"},
        {"duration", 60},
        {"timezone", "Europe/Madrid"},
        {"created_at", "2026-11-22T08:15:02Z"},
        {"join_url", "https://us05web.zoom.us/j/85746065432?pwd=Q2xJbVh"},
        {"start_url", "https://us05web.zoom.us/s/85746065432?zak=eyJ0eXAiOiJKV1QiLC"},
        {"password", "x7Kq2p"},
        {"encrypted_password", "Q2xJbVh"},
        {"pre_schedule", false},
        {"settings",
         {{"host_video", true},
          {"participant_video", false},
          {"join_before_host", false},
          {"jbh_time", 0},
          {"mute_upon_entry", true},
          {"waiting_room", true},
          {"approval_type", 2},
          {"audio", "both"},
          {"auto_recording", "none"},
          {"alternative_hosts", ""},
          {"meeting_authentication", false}}},
    };
}

json listedUser()
{
    return {
        {"id", "KDcuGIm1QgePTO8WbOqwIQ"},
        {"email", "jchill@example.com"},
        {"first_name", "Jill"},
        {"last_name", "Chill"},
        {"display_name", "Jill Chill"},
        {"type", 2},
        {"status", "active"},
        {"timezone", "Europe/Madrid"},
        {"pmi", 3542471135LL},
        {"verified", 1},
        {"dept", ""},
        {"created_at", "2019-06-01T07:58:03Z"},
        {"user_created_at", "2019-06-01T07:58:03Z"},
        {"last_login_time", "2026-11-20T16:04:12Z"},
        {"group_ids", json::array()},
    };
}

json userList(const json &users)
{
    return {
        {"next_page_token", ""},         {"page_count", 1}, {"page_number", 1}, {"page_size", 30},
        {"total_records", users.size()}, {"users", users},
    };
}

} // namespace

class TestContractSelfcheck final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ContractValidator> m_contract;

    std::vector<std::string> response(const char *method, const char *pathTemplate, int status,
                                      const std::string &body) const
    {
        return m_contract->validateResponse(method, pathTemplate, status, body);
    }

private slots:
    void initTestCase()
    {
        const QString sourceDir = qEnvironmentVariable("ROOMDESK_SOURCE_DIR");
        QVERIFY2(!sourceDir.isEmpty(), "ROOMDESK_SOURCE_DIR is not set");
        const QString path = sourceDir + "/tests/contract/zoom_contract.json";
        m_contract = std::make_unique<ContractValidator>(path.toStdString());
        QVERIFY2(m_contract->isLoaded(), m_contract->loadError().c_str());
    }

    void listsEveryOperationWeCall()
    {
        // 25 REST operations and 5 webhook events (as POST /webhooks/<event>).
        QCOMPARE(m_contract->operations().size(), std::size_t(31));
        QVERIFY(m_contract->hasOperation("POST", "/webhooks/recording.completed"));
        QVERIFY(m_contract->hasOperation("POST", "/users/{userId}/meetings"));
        QVERIFY(m_contract->hasOperation("get", "/report/webinars/{webinarId}/participants"));
        QVERIFY(!m_contract->hasOperation("GET", "/users/{userId}/meetings/{meetingId}"));
        QVERIFY(!m_contract->hasOperation("GET", "notes"));
    }

    // A schema valijson cannot read would otherwise show up as a puzzling failure in some sandbox test.
    void everySchemaCompiles()
    {
        const std::vector<std::string> errors = m_contract->schemaCompileErrors();
        QVERIFY2(errors.empty(), joined(errors).constData());
    }

    void meetingCreateResponseValidates()
    {
        const auto errors = response("POST", "/users/{userId}/meetings", 201, meetingCreated().dump());
        QVERIFY2(errors.empty(), joined(errors).constData());
    }

    void meetingCreateResponseWithWrongTypesFails_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("duration as a word") << "duration"
                                            << R"("sixty")";
        QTest::newRow("type as a word") << "type"
                                        << R"("two")";
        QTest::newRow("duration as a numeric string") << "duration"
                                                      << R"("60")";
        QTest::newRow("id as a string") << "id"
                                        << R"("85746065432")";
        QTest::newRow("status outside the enum") << "status"
                                                 << R"("finished")";
        QTest::newRow("type outside the enum") << "type"
                                               << "4";
        QTest::newRow("start_time without a date") << "start_time"
                                                   << R"("10:00")";
        QTest::newRow("start_time as an object") << "start_time"
                                                 << R"({"utc": "2026-11-23T10:00:00Z"})";
        QTest::newRow("topic over 200 characters") << "topic" << QString("\"" + QString(201, 'x') + "\"");
    }

    void meetingCreateResponseWithWrongTypesFails()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        json body = meetingCreated();
        body[field.toStdString()] = json::parse(value.toStdString());
        const auto errors = response("POST", "/users/{userId}/meetings", 201, body.dump());
        QVERIFY(!errors.empty());
        const bool named = std::any_of(errors.begin(), errors.end(), [&](const std::string &error) {
            return error.find(" /" + field.toStdString() + ":") != std::string::npos;
        });
        QVERIFY2(named, QByteArray("no error names the field:" + joined(errors)).constData());
    }

    void nestedSettingsAreChecked()
    {
        json body = meetingCreated();
        body["settings"]["approval_type"] = "automatic";
        const auto errors = response("POST", "/users/{userId}/meetings", 201, body.dump());
        QVERIFY(!errors.empty());
        QVERIFY2(joined(errors).contains("/settings/approval_type"), joined(errors).constData());
    }

    // Zoom's schemas leave additionalProperties open, and the extractor keeps it that way: a field Zoom adds
    // tomorrow must not break the sandbox contract.
    void extraResponseFieldsAreAllowed()
    {
        json body = meetingCreated();
        body["field_zoom_added_later"] = true;
        QVERIFY(response("POST", "/users/{userId}/meetings", 201, body.dump()).empty());
    }

    void listUsersValidates()
    {
        const json body = userList(json::array({listedUser(), listedUser()}));
        const auto errors = response("GET", "/users", 200, body.dump());
        QVERIFY2(errors.empty(), joined(errors).constData());
    }

    void listedUserWithoutEmailFails()
    {
        json user = listedUser();
        user.erase("email");
        const auto errors = response("GET", "/users", 200, userList(json::array({listedUser(), user})).dump());
        QVERIFY(!errors.empty());
        QVERIFY2(joined(errors).contains("/users/1"), joined(errors).constData());
    }

    // validateResponse() lets extra fields through (above); undeclaredResponseFields() names each one, however deep.
    void undeclaredResponseFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("undeclared");
        json withLanguage = listedUser();
        withLanguage["language"] = "es-ES";
        QTest::newRow("a listed user with language")
            << "GET"
            << "/users" << 200 << QString::fromStdString(userList(json::array({listedUser(), withLanguage})).dump())
            << QStringList {"/users/1/language"};
        // The same field is declared for a single user: GET /users/{userId} lists it in one of its allOf branches.
        QTest::newRow("a single user with language")
            << "GET"
            << "/users/{userId}" << 200 << QString::fromStdString(withLanguage.dump()) << QStringList {};
        QTest::newRow("pagination fields from an allOf branch")
            << "GET"
            << "/users" << 200 << QString::fromStdString(userList(json::array({listedUser()})).dump())
            << QStringList {};
        json meeting = meetingCreated();
        meeting["field_zoom_added_later"] = true;
        meeting["settings"]["waiting_rooom"] = false;
        QTest::newRow("top level and nested settings")
            << "POST"
            << "/users/{userId}/meetings" << 201 << QString::fromStdString(meeting.dump())
            << QStringList {"/field_zoom_added_later", "/settings/waiting_rooom"};
        QTest::newRow("an error with its field list")
            << "POST"
            << "/users/{userId}/meetings" << 400
            << R"({"code":300,"message":"Validation Failed.","errors":[{"field":"topic","message":"x"}]})"
            << QStringList {};
        QTest::newRow("an error with more than Zoom's model")
            << "GET"
            << "/meetings/{meetingId}" << 404
            << R"({"code":3001,"message":"Meeting does not exist: 1.","status":404,"errors":[{"field":"a","hint":"b"}]})"
            << QStringList {"/errors/0/hint", "/status"};
        QTest::newRow("an undocumented error status")
            << "GET"
            << "/users" << 401 << R"({"code":124,"message":"Invalid access token.","reason":"x"})"
            << QStringList {"/reason"};
        QTest::newRow("no content") << "DELETE"
                                    << "/meetings/{meetingId}" << 204 << "" << QStringList {};
        QTest::newRow("a body where none is documented")
            << "DELETE"
            << "/meetings/{meetingId}" << 204 << R"({"deleted":true})" << QStringList {"/deleted"};
        QTest::newRow("not json") << "GET"
                                  << "/users" << 200 << "<html>" << QStringList {"<"};
        QTest::newRow("not in the contract") << "GET"
                                             << "/nowhere" << 200 << "{}" << QStringList {"<"};
    }

    void undeclaredResponseFieldsAreNamed()
    {
        QFETCH(QString, method);
        QFETCH(QString, pathTemplate);
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QStringList, undeclared);
        QStringList found;
        for (const std::string &path : m_contract->undeclaredResponseFields(
                 method.toStdString(), pathTemplate.toStdString(), status, body.toStdString()))
            found << QString::fromStdString(path);
        if (undeclared == QStringList {"<"}) { // a failure that names its reason
            QCOMPARE(found.size(), 1);
            QVERIFY2(found.front().startsWith('<'), qPrintable(found.front()));
            return;
        }
        QCOMPARE(found, undeclared);
    }

    // The walk itself, on a contract that uses every construct it follows (Zoom's own documents use allOf only).
    void undeclaredFieldsFollowEveryConstruct()
    {
        const json schema = {
            {"oneOf",
             json::array({{{"properties", {{"a", {{"type", "string"}}}}}},
                          {{"anyOf",
                            json::array({{{"properties",
                                           {{"list", {{"items", {{"properties", {{"x", json::object()}}}}}}}}}}})}}})},
            {"properties",
             {{"map", {{"additionalProperties", {{"properties", {{"n", json::object()}}}}}}},
              {"open", {{"additionalProperties", true}}},
              {"closed", {{"type", "object"}}},
              {"pair", {{"items", json::array({{{"properties", {{"first", json::object()}}}}})}}}}},
        };
        const json contract = {{"GET /things", {{"responses", {{"200", schema}}}}}};
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("contract.json").toStdString();
        std::ofstream(path) << contract.dump();
        const ContractValidator synthetic(path);
        QVERIFY2(synthetic.isLoaded(), synthetic.loadError().c_str());
        const json body = {
            {"a", "text"},
            {"list", json::array({{{"x", 1}}, {{"x", 2}, {"y", 3}}})},
            {"map", {{"k1", {{"n", 1}}}, {"k2", {{"n", 2}, {"m", 3}}}}},
            {"open", {{"anything", {{"deep", true}}}}},
            {"closed", {{"inside", 1}}},
            {"pair", json::array({{{"first", 1}}, {{"second", 2}}})},
            {"extra", nullptr},
        };
        QStringList found;
        for (const std::string &field : synthetic.undeclaredResponseFields("GET", "/things", 200, body.dump()))
            found << QString::fromStdString(field);
        found.sort();
        QCOMPARE(found, QStringList({"/closed/inside", "/extra", "/list/1/y", "/map/k2/m", "/pair/1/second"}));
    }

    void deleteMeetingNoContentIsValid()
    {
        QVERIFY(response("DELETE", "/meetings/{meetingId}", 204, "").empty());
        QVERIFY(!response("DELETE", "/meetings/{meetingId}", 204, R"({"deleted": true})").empty());
    }

    void undocumentedSuccessStatusIsInvalid()
    {
        const auto errors = response("DELETE", "/meetings/{meetingId}", 200, "");
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY2(errors.front().find("not documented") != std::string::npos, errors.front().c_str());
    }

    void zoomErrorShapeIsAccepted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("valid");
        QTest::newRow("documented 404") << 404 << R"({"code":3001,"message":"Meeting does not exist: 1."})" << true;
        QTest::newRow("undocumented 401") << 401 << R"({"code":124,"message":"Invalid access token."})" << true;
        QTest::newRow("429 per second")
            << 429 << R"({"code":429,"message":"You have reached the maximum per-second rate limit for this API."})"
            << true;
        QTest::newRow("400 with field errors")
            << 400 << R"({"code":300,"message":"Validation Failed.","errors":[{"field":"topic","message":"x"}]})"
            << true;
        QTest::newRow("code as a string")
            << 404 << R"({"code":"3001","message":"Meeting does not exist: 1."})" << false;
        QTest::newRow("no message") << 500 << R"({"code":500})" << false;
        QTest::newRow("HTML error page") << 502 << "<html><body>Bad Gateway</body></html>" << false;
    }

    void zoomErrorShapeIsAccepted()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(bool, valid);
        const auto errors = response("DELETE", "/meetings/{meetingId}", status, body.toStdString());
        QVERIFY2(errors.empty() == valid, joined(errors).constData());
    }

    void matchTemplate_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("email as user id") << "POST"
                                          << "/users/abc@x.org/meetings"
                                          << "/users/{userId}/meetings";
        QTest::newRow("me") << "GET"
                            << "/users/me"
                            << "/users/{userId}";
        QTest::newRow("list users") << "GET"
                                    << "/users"
                                    << "/users";
        QTest::newRow("query string ignored") << "GET"
                                              << "/users?status=active&page_size=300"
                                              << "/users";
        QTest::newRow("v2 prefix ignored") << "GET"
                                           << "/v2/meetings/85746065432"
                                           << "/meetings/{meetingId}";
        QTest::newRow("literal status segment") << "PUT"
                                                << "/meetings/85746065432/status"
                                                << "/meetings/{meetingId}/status";
        QTest::newRow("encoded uuid is one segment")
            << "GET"
            << "/past_meetings/%252FajXp112QmuoKj4854875%253D%253D/participants"
            << "/past_meetings/{meetingId}/participants";
        QTest::newRow("report") << "GET"
                                << "/report/webinars/98765432100/participants"
                                << "/report/webinars/{webinarId}/participants";
        QTest::newRow("registrant") << "DELETE"
                                    << "/meetings/85746065432/registrants/9tboDiHUQAeOnbmudzWa5g"
                                    << "/meetings/{meetingId}/registrants/{registrantId}";
        QTest::newRow("method matters") << "DELETE"
                                        << "/users"
                                        << "";
        QTest::newRow("unencoded uuid splits") << "GET"
                                               << "/past_meetings//ajXp112QmuoKj4854875==/participants"
                                               << "";
        QTest::newRow("unknown") << "GET"
                                 << "/accounts/me/settings"
                                 << "";
    }

    void matchTemplate()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const std::optional<std::string> matched = m_contract->matchTemplate(method.toStdString(), path.toStdString());
        QCOMPARE(QString::fromStdString(matched.value_or(std::string())), expected);
    }

    void requestFieldsUnknownNamesOnlyBogusFields()
    {
        const char *create = "/users/{userId}/meetings";
        QCOMPARE(m_contract->requestFieldsUnknown("POST", create, R"({"topic":"x","bogus_field":1})"),
                 std::vector<std::string> {"bogus_field"});
        QCOMPARE(m_contract->requestFieldsUnknown(
                     "POST", create, R"({"topic":"x","settings":{"waiting_room":true,"waiting_rooom":false}})"),
                 std::vector<std::string> {"settings.waiting_rooom"});
        QVERIFY(m_contract->requestFieldsUnknown("PATCH", "/meetings/{meetingId}", R"({"topic":"y","duration":90})")
                    .empty());
    }

    void requestBodiesAreValidated()
    {
        const char *create = "/users/{userId}/meetings";
        // Zoom accepts a local start_time plus a timezone (ZOOM_API_FACTS §3.3), which format date-time would refuse.
        const auto local = m_contract->validateRequestBody(
            "POST", create, R"({"topic":"x","type":2,"start_time":"2026-11-23T10:00:00","timezone":"Europe/Madrid"})");
        QVERIFY2(local.empty(), joined(local).constData());
        QVERIFY(m_contract->validateRequestBody("POST", create, R"({"start_time":"2026-11-23T10:00:00Z"})").empty());
        QVERIFY(!m_contract->validateRequestBody("POST", create, R"({"start_time":"23/11/2026 10:00"})").empty());
        QVERIFY(!m_contract->validateRequestBody("POST", create, R"({"password":"elevenchars"})").empty());
        QVERIFY(m_contract->validateRequestBody("PUT", "/meetings/{meetingId}/status", R"({"action":"end"})").empty());
        QVERIFY(
            !m_contract->validateRequestBody("PUT", "/meetings/{meetingId}/status", R"({"action":"stop"})").empty());
        QVERIFY(!m_contract->validateRequestBody("DELETE", "/meetings/{meetingId}", R"({"x":1})").empty());
    }

    void scopesAndRateLabelsComeFromTheDocuments()
    {
        const auto scopes = m_contract->grantedScopesFor("POST", "/users/{userId}/meetings");
        QVERIFY(std::find(scopes.begin(), scopes.end(), "meeting:write:meeting:admin") != scopes.end());
        QCOMPARE(m_contract->rateLimitLabel("GET", "/report/meetings/{meetingId}/participants"), "HEAVY");
        QCOMPARE(m_contract->rateLimitLabel("GET", "/users"), "MEDIUM");
        QCOMPARE(m_contract->rateLimitLabel("GET", "/users/{userId}"), "LIGHT");
        QVERIFY(m_contract->grantedScopesFor("GET", "/nowhere").empty());
        QCOMPARE(m_contract->rateLimitLabel("GET", "/nowhere"), "");
    }

    void unknownOperationsAndBrokenContractsFail()
    {
        QVERIFY(!response("GET", "/nowhere", 200, "{}").empty());
        QVERIFY(!response("GET", "/users", 200, "not json").empty());
        const ContractValidator missing("/nonexistent/zoom_contract.json");
        QVERIFY(!missing.isLoaded());
        QCOMPARE(missing.validateResponse("GET", "/users", 200, "{}").size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestContractSelfcheck)
#include "tst_contract_selfcheck.moc"
