// SPDX-License-Identifier: GPL-3.0-or-later
// Every operation the sandbox serves, asked over loopback HTTP for realistic answers (lists with
// items, single objects, errors), and every field of every answer held to the response schema Zoom's
// OpenAPI document gives that operation and status. valijson alone would not do: Zoom's schemas
// rarely say additionalProperties:false, so a field Zoom never sends (the users list's `language`)
// validates. Every answer must also carry Zoom's x-zm-trackingid header.
#include "contractvalidator.h"
#include "sandboxhttp.h"
#include "sandboxkit.h"
#include "zoom/zoomclient.h"

#include <QTest>

#include <set>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

// Who asks: a valid token, none, one Zoom never issued, or one without the operation's scopes.
enum class Caller { Valid, NoToken, Forged, NarrowScopes };

struct Case
{
    const char *name;
    const char *method;
    // Placeholders filled from the fixture: {host} {meeting} {uuid} {spare} {registrant} {webinar} {from} {to}
    const char *path;
    const char *body;
    int status;
    const char *items; // JSON pointer of an array the answer must not leave empty, or ""
    Caller caller = Caller::Valid;
};

constexpr const char *kMeetingBody =
    R"({"topic":"Álgebra — grupo 3","type":2,"start_time":"2031-03-10T10:00:00","timezone":"Europe/Madrid",)"
    R"("duration":90,"agenda":"Тема: матрицы","settings":{"waiting_room":true,"join_before_host":false,)"
    R"("mute_upon_entry":true,"approval_type":0,"auto_recording":"cloud"}})";
constexpr const char *kPerson = R"({"email":"ines.pena@alumnos.example","first_name":"Inés","last_name":"Peña"})";

const Case kCases[] = {
    // users
    {"list users", "GET", "/users?page_size=5", "", 200, "/users"},
    {"list pending users", "GET", "/users?status=pending", "", 200, "/users"},
    {"list users, unknown page token", "GET", "/users?next_page_token=nope", "", 400, ""},
    {"list users without a token", "GET", "/users", "", 401, "", Caller::NoToken},
    {"list users with a forged token", "GET", "/users", "", 401, "", Caller::Forged},
    {"list users without the scope", "GET", "/users", "", 400, "", Caller::NarrowScopes},
    {"get a user", "GET", "/users/{host}", "", 200, ""},
    {"get an unknown user", "GET", "/users/nobody@universidad.example", "", 404, ""},
    // meetings
    {"create a meeting", "POST", "/users/{host}/meetings", kMeetingBody, 201, ""},
    {"create a meeting, invalid fields", "POST", "/users/{host}/meetings", R"({"duration":"sixty","type":5})", 400,
     "/errors"},
    {"create a meeting, Basic host", "POST", "/users/pablo.gomez@universidad.example/meetings", "{}", 400, ""},
    {"create a meeting, unknown host", "POST", "/users/nobody@universidad.example/meetings", "{}", 404, ""},
    {"list meetings", "GET", "/users/{host}/meetings?page_size=300", "", 200, "/meetings"},
    {"list meetings, unknown type", "GET", "/users/{host}/meetings?type=someday", "", 400, ""},
    {"get a meeting", "GET", "/meetings/{meeting}", "", 200, ""},
    {"get a meeting by its UUID", "GET", "/meetings/{uuid}", "", 200, ""},
    {"get an unknown meeting", "GET", "/meetings/1", "", 404, ""},
    {"update a meeting", "PATCH", "/meetings/{meeting}", R"({"topic":"Álgebra, cambiada","duration":120})", 204, ""},
    {"update a meeting, invalid type", "PATCH", "/meetings/{meeting}", R"({"type":5})", 400, "/errors"},
    {"delete a meeting", "DELETE", "/meetings/{spare}", "", 204, ""},
    {"delete an unknown meeting", "DELETE", "/meetings/1", "", 404, ""},
    {"end a meeting", "PUT", "/meetings/{meeting}/status", R"({"action":"end"})", 204, ""},
    {"end a meeting, unknown action", "PUT", "/meetings/{meeting}/status", R"({"action":"pause"})", 400, ""},
    {"meeting invitation", "GET", "/meetings/{meeting}/invitation", "", 200, ""},
    {"invitation of an unknown meeting", "GET", "/meetings/1/invitation", "", 404, ""},
    // registrants
    {"list registrants", "GET", "/meetings/{meeting}/registrants", "", 200, "/registrants"},
    {"add a registrant", "POST", "/meetings/{meeting}/registrants", kPerson, 201, ""},
    {"add a registrant, invalid email", "POST", "/meetings/{meeting}/registrants", R"({"email":"x"})", 400, "/errors"},
    {"delete a registrant", "DELETE", "/meetings/{meeting}/registrants/{registrant}", "", 204, ""},
    {"delete an unknown registrant", "DELETE", "/meetings/{meeting}/registrants/nobody", "", 404, ""},
    // webinars
    {"create a webinar", "POST", "/users/{host}/webinars",
     R"({"topic":"Вебинар","type":5,"start_time":"2031-03-11T07:00:00Z","duration":60})", 201, ""},
    {"create a webinar without a licence", "POST", "/users/carmen.ruiz@universidad.example/webinars", "{}", 400, ""},
    {"list webinars", "GET", "/users/{host}/webinars", "", 200, "/webinars"},
    {"get a webinar", "GET", "/webinars/{webinar}", "", 200, ""},
    {"get an unknown webinar", "GET", "/webinars/1", "", 404, ""},
    {"update a webinar", "PATCH", "/webinars/{webinar}", R"({"topic":"Вебинар 2"})", 204, ""},
    {"delete a webinar", "DELETE", "/webinars/{webinar}", "", 204, ""},
    {"end a webinar", "PUT", "/webinars/{webinar}/status", R"({"action":"end"})", 200, ""},
    {"list webinar registrants", "GET", "/webinars/{webinar}/registrants", "", 200, "/registrants"},
    // what Zoom keeps of sessions that ended
    {"past meeting", "GET", "/past_meetings/{uuid}", "", 200, ""},
    {"past meeting by its ID", "GET", "/past_meetings/{meeting}", "", 200, ""},
    {"past meeting never held", "GET", "/past_meetings/{spare}", "", 404, ""},
    {"past meeting participants", "GET", "/past_meetings/{uuid}/participants?page_size=5", "", 200, "/participants"},
    {"past meeting participants, never held", "GET", "/past_meetings/{spare}/participants", "", 404, ""},
    {"past webinar participants", "GET", "/past_webinars/{webinar}/participants", "", 200, "/participants"},
    {"meeting report participants", "GET", "/report/meetings/{meeting}/participants?include_fields=registrant_id", "",
     200, "/participants"},
    {"meeting report participants, never held", "GET", "/report/meetings/{spare}/participants", "", 404, ""},
    {"webinar report participants", "GET", "/report/webinars/{webinar}/participants", "", 200, "/participants"},
    {"meeting recordings", "GET", "/meetings/{uuid}/recordings", "", 200, "/recording_files"},
    {"meeting recordings, none", "GET", "/meetings/{spare}/recordings", "", 404, ""},
    {"user recordings", "GET", "/users/{host}/recordings?from={from}&to={to}", "", 200, "/meetings"},
    {"user recordings, range too long", "GET", "/users/{host}/recordings?from=2026-01-01&to=2026-03-01", "", 400, ""},
};

QString joinErrors(const std::vector<std::string> &errors)
{
    QStringList list;
    for (const std::string &e : errors)
        list.append(QString::fromStdString(e));
    return list.join(QLatin1Char('\n'));
}

// "GET /users/{}/meetings" → a concrete path matchTemplate() can map to Zoom's template.
std::pair<std::string, std::string> concrete(const QString &operation)
{
    const QString method = operation.section(QLatin1Char(' '), 0, 0);
    QString path = operation.section(QLatin1Char(' '), 1);
    path.replace(QStringLiteral("{}"), QStringLiteral("x"));
    return {method.toStdString(), path.toStdString()};
}

} // namespace

class TestSandboxAnswers final : public QObject
{
    Q_OBJECT

private:
    ContractValidator m_contract {qEnvironmentVariable("ROOMDESK_SOURCE_DIR").toStdString() +
                                  "/tests/contract/zoom_contract.json"};
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QHash<QString, QString> m_values; // the placeholders of kCases
    QStringList m_setUpProblems;

    // The answer to a request the fixture needs; init() fails if any was not the expected one.
    nlohmann::json setUp(const QByteArray &method, const QString &path, const QByteArray &body, int status)
    {
        const HttpResult result = path.startsWith(QLatin1String("/_sandbox")) ? m_http->request(method, path, body)
                                                                              : m_http->api(method, path, body);
        if (result.status != status)
            m_setUpProblems << QString::fromLatin1(method) + QLatin1Char(' ') + path + QStringLiteral(" → ") +
                    QString::number(result.status) + QLatin1Char(' ') + QString::fromUtf8(result.body);
        return result.body.isEmpty() ? nlohmann::json() : result.json();
    }

private slots:
    void initTestCase() { QVERIFY2(m_contract.isLoaded(), m_contract.loadError().c_str()); }

    // A host (Lucía, with a webinar licence) with a meeting that was held (attendees, a recording, a
    // registrant), another never held, and a webinar that was held, with someone registered for it.
    void init()
    {
        m_sandbox = std::make_unique<ZoomSandbox>(sandboxOptions());
        QVERIFY(m_sandbox->start());
        m_http = std::make_unique<SandboxHttp>(m_sandbox.get());
        const QString host = ZoomClient::segment(QStringLiteral("lucia.fernandez@universidad.example"));
        m_values = {{QStringLiteral("host"), host}};
        m_setUpProblems.clear();

        const auto meeting = setUp("POST", "/users/" + host + "/meetings", kMeetingBody, 201);
        const QString id = QString::number(meeting.value("id", qint64(0)));
        m_values.insert(QStringLiteral("meeting"), id);
        // A UUID with a "/" inside, which goes encoded once: the {uuid} cases take the path Zoom's rule allows.
        const QString uuid = QStringLiteral("K2i1f/XNTbWPvtWZ2ec1Gw==");
        setUp("PUT", "/_sandbox/meetings/" + id + "/uuid",
              QByteArray::fromStdString(nlohmann::json({{"uuid", uuid.toStdString()}}).dump()), 204);
        m_values.insert(QStringLiteral("uuid"), ZoomClient::segment(uuid));
        const auto registrant = setUp("POST", "/meetings/" + id + "/registrants", kPerson, 201);
        m_values.insert(QStringLiteral("registrant"), QString::fromStdString(registrant.value("registrant_id", "")));
        setUp("POST", "/_sandbox/meetings/" + id + "/start", {}, 200);
        m_sandbox->advanceClock(50 * 60);
        setUp("POST", "/_sandbox/meetings/" + id + "/end",
              R"({"attendees":12,"waiting_room":2,"rejoins":2,"two_devices":1,"without_email":1})", 200);

        const auto spare = setUp("POST", "/users/" + host + "/meetings", R"({"topic":"Tutoría"})", 201);
        m_values.insert(QStringLiteral("spare"), QString::number(spare.value("id", qint64(0))));

        const auto webinar = setUp("POST", "/users/" + host + "/webinars", R"({"topic":"Вебинар"})", 201);
        const QString webinarId = QString::number(webinar.value("id", qint64(0)));
        m_values.insert(QStringLiteral("webinar"), webinarId);
        setUp("POST", "/_sandbox/webinars/" + webinarId + "/registrants",
              R"({"email":"pyotr.yolkin@alumnos.example","first_name":"Пётр","last_name":"Ёлкин"})", 201);
        setUp("POST", "/_sandbox/webinars/" + webinarId + "/end", R"({"attendees":6})", 200);

        const QDate today = m_sandbox->now().date();
        m_values.insert(QStringLiteral("from"), today.addDays(-7).toString(Qt::ISODate));
        m_values.insert(QStringLiteral("to"), today.toString(Qt::ISODate));
        QVERIFY2(m_setUpProblems.isEmpty(), qPrintable(m_setUpProblems.join(QLatin1Char('\n'))));
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    // The table below covers the sandbox: every operation it serves has a row that succeeds, and
    // every row names an operation it serves and Zoom documents.
    void everyServedOperationHasASuccessfulCase()
    {
        std::set<std::string> served;
        for (const QString &operation : ZoomSandbox::servedOperations()) {
            const auto [method, path] = concrete(operation);
            const auto pathTemplate = m_contract.matchTemplate(method, path);
            QVERIFY2(pathTemplate, qPrintable(operation + " is not in Zoom's documents"));
            served.insert(method + ' ' + *pathTemplate);
        }
        QCOMPARE(served.size(), std::size_t(ZoomSandbox::servedOperations().size())); // one route per operation
        std::set<std::string> succeeding;
        for (const Case &c : kCases) {
            const auto pathTemplate = m_contract.matchTemplate(c.method, c.path);
            QVERIFY2(pathTemplate, c.name);
            const std::string key = std::string(c.method) + ' ' + *pathTemplate;
            QVERIFY2(served.count(key) == 1, qPrintable(QString::fromStdString(key) + " is not served"));
            if (c.status < 300)
                succeeding.insert(key);
        }
        for (const std::string &key : served)
            QVERIFY2(succeeding.count(key) == 1, qPrintable(QString::fromStdString(key) + " has no successful case"));
    }

    void answersDeclareEveryField_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("items");
        QTest::addColumn<int>("caller");
        for (const Case &c : kCases)
            QTest::newRow(c.name) << QByteArray(c.method) << QString::fromUtf8(c.path) << QByteArray(c.body) << c.status
                                  << QString::fromLatin1(c.items) << static_cast<int>(c.caller);
    }

    void answersDeclareEveryField()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, items);
        QFETCH(int, caller);
        const auto pathTemplate = m_contract.matchTemplate(method.toStdString(), path.toStdString());
        QVERIFY(pathTemplate);
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            path.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());

        HttpResult answer;
        switch (static_cast<Caller>(caller)) {
        case Caller::Valid:
            answer = m_http->api(method, path, body);
            break;
        case Caller::NoToken:
            answer = m_http->request(method, "/v2" + path, body);
            break;
        case Caller::Forged:
            answer = m_http->request(method, "/v2" + path, body, {{"Authorization", "Bearer forged"}});
            break;
        case Caller::NarrowScopes: {
            ZoomSandbox narrow(sandboxOptions(QStringLiteral("meeting:read:meeting")));
            QVERIFY(narrow.start());
            answer = SandboxHttp(&narrow).api(method, path, body);
            break;
        }
        }
        // Concatenated, not arg(): the path holds escapes such as %3D.
        const QString shown = QString::fromLatin1(method) + QLatin1Char(' ') + path + QStringLiteral(" → ") +
            QString::number(answer.status) + QLatin1Char('\n') + QString::fromUtf8(answer.body.left(800));
        QVERIFY2(answer.status == status, qPrintable(shown));

        const std::string text = answer.body.toStdString();
        const auto invalid = m_contract.validateResponse(method.toStdString(), *pathTemplate, status, text);
        QVERIFY2(invalid.empty(), qPrintable(joinErrors(invalid) + QLatin1Char('\n') + shown));
        const auto undeclared = m_contract.undeclaredResponseFields(method.toStdString(), *pathTemplate, status, text);
        QVERIFY2(
            undeclared.empty(),
            qPrintable(QStringLiteral("not in Zoom's schema: ") + joinErrors(undeclared) + QLatin1Char('\n') + shown));
        if (!items.isEmpty()) {
            const nlohmann::json json = answer.json();
            const nlohmann::json::json_pointer pointer(items.toStdString());
            QVERIFY2(json.contains(pointer) && json.at(pointer).is_array() && !json.at(pointer).empty(),
                     qPrintable(items + " is empty: " + shown));
        }
        QVERIFY2(!answer.headers.value("x-zm-trackingid").isEmpty(), qPrintable("no x-zm-trackingid: " + shown));
    }

    // Beyond Zoom's operations too: the token endpoint, unknown API paths and the sandbox's own
    // controls answer with a tracking id, a fresh one each time, and errors in Zoom's model only.
    void everyAnswerCarriesAFreshTrackingId()
    {
        const QByteArray basic =
            (m_sandbox->clientId() + QLatin1Char(':') + m_sandbox->clientSecret()).toUtf8().toBase64();
        const QString tokenPath =
            QStringLiteral("/oauth/token?grant_type=account_credentials&account_id=") + m_sandbox->accountId();
        QList<HttpResult> answers = {
            m_http->request("POST", tokenPath, {}, {{"Authorization", "Basic " + basic}}),
            m_http->request("POST", tokenPath, {}, {{"Authorization", "Basic d3Jvbmc6d3Jvbmc="}}),
            m_http->api("GET", "/accounts/me/settings"),
            m_http->api("PUT", "/users"),
            m_http->request("GET", "/_sandbox/clock"),
            m_http->request("GET", "/nowhere"),
        };
        QCOMPARE(answers.at(0).status, 200);
        QCOMPARE(answers.at(1).status, 400);
        QCOMPARE(answers.at(2).status, 404);
        QCOMPARE(answers.at(3).status, 405);
        std::set<QByteArray> ids;
        for (const HttpResult &answer : answers) {
            const QByteArray id = answer.headers.value("x-zm-trackingid");
            QVERIFY2(!id.isEmpty(), answer.body.constData());
            ids.insert(id);
        }
        QCOMPARE(ids.size(), std::size_t(answers.size()));
        for (const HttpResult &error : {answers.at(2), answers.at(3)}) {
            QStringList keys;
            const nlohmann::json body = error.json(); // items() of a temporary would dangle
            for (const auto &[key, value] : body.items())
                keys << QString::fromStdString(key);
            QCOMPARE(keys, QStringList({"code", "message"}));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxAnswers)
#include "tst_sandboxanswers.moc"
