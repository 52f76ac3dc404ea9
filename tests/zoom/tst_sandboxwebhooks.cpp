// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's webhooks reach a real HTTP endpoint on loopback: Zoom's url_validation
// first, then signed events; retries after 5xx in virtual time, none after 4xx.
#include "contractvalidator.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxhttp.h"
#include "zoom/webhooksignature.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

// A minimal endpoint that checks signatures like a receiver must and records what came.
class Endpoint final : public QAbstractHttpServer
{
public:
    explicit Endpoint(QByteArray secret)
        : m_secret(std::move(secret))
    {
        m_port = listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/zoom/events").arg(m_port)); }
    int statusForEvents = 200;
    QStringList events;
    int validations = 0;
    int badSignatures = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const auto verdict =
            WebhookSignature::verify(m_secret, request.value("x-zm-request-timestamp"), request.value("x-zm-signature"),
                                     request.body(), QDateTime::currentDateTimeUtc(), 365LL * 24 * 3600);
        const auto json = nlohmann::json::parse(request.body().toStdString(), nullptr, false);
        QByteArray answer;
        int status = statusForEvents;
        if (verdict != WebhookSignature::Verdict::Valid) {
            ++badSignatures;
            status = 401;
        } else if (json.value("event", std::string()) == "endpoint.url_validation") {
            ++validations;
            const QByteArray plain = QByteArray::fromStdString(json["payload"]["plainToken"].get<std::string>());
            answer = QByteArray::fromStdString(
                nlohmann::json({{"plainToken", plain.toStdString()},
                                {"encryptedToken", WebhookSignature::encryptedToken(m_secret, plain).toStdString()}})
                    .dump());
            status = 200;
        } else {
            events.append(QString::fromStdString(json.value("event", std::string())));
            m_bodies.append(json);
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

public:
    QList<nlohmann::json> m_bodies;

private:
    QByteArray m_secret;
    quint16 m_port = 0;
};

SandboxOptions withWebhooks(const QUrl &url, const QByteArray &secret)
{
    SandboxOptions options;
    options.grantedScopes = SandboxOptions::parseScopes(QStringLiteral("all")).value();
    options.webhookUrl = url;
    options.webhookSecret = secret;
    return options;
}

QString endMeeting(SandboxHttp &http, const QByteArray &plan)
{
    const QString id = QString::number(
        http.api("POST", "/users/lucia.fernandez@universidad.example/meetings", R"({"topic":"Webhook"})")
            .json()["id"]
            .get<qint64>());
    http.request("POST", "/_sandbox/meetings/" + id + "/end", plan);
    return id;
}

} // namespace

class TestSandboxWebhooks final : public QObject
{
    Q_OBJECT

private slots:
    void signatureMatchesZoomsScheme()
    {
        // Reference values computed independently (Python's hmac) for Zoom's documented scheme.
        QCOMPARE(WebhookSignature::sign("s3cr3t", 1658940994, R"({"event":"session.started"})"),
                 QByteArray("v0=96a7a48f6574b900b0d709a9a23f47f2d6042380d430c5ec7024690bb2c493a2"));
        QCOMPARE(WebhookSignature::encryptedToken("s3cr3t", "qgg8vlvZRS6UYooatFL8Aw"),
                 QByteArray("86b565e97036973cc44c3b3f24af76cabe70c2cbf5554c32419d44ecf6c0f2ca"));
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1658940994, QTimeZone::utc());
        const QByteArray body = R"({"event":"session.started"})";
        const QByteArray good = WebhookSignature::sign("s3cr3t", 1658940994, body);
        QCOMPARE(WebhookSignature::verify("s3cr3t", "1658940994", good, body, at), WebhookSignature::Verdict::Valid);
        QCOMPARE(WebhookSignature::verify("other", "1658940994", good, body, at),
                 WebhookSignature::Verdict::BadSignature);
        QCOMPARE(WebhookSignature::verify("s3cr3t", "1658940994", good, body + " ", at),
                 WebhookSignature::Verdict::BadSignature);
        QCOMPARE(WebhookSignature::verify("s3cr3t", "1658940994", good, body, at.addSecs(301)),
                 WebhookSignature::Verdict::Stale);
        QCOMPARE(WebhookSignature::verify("s3cr3t", "soon", good, body, at), WebhookSignature::Verdict::Malformed);
    }

    void eventsFollowTheValidation()
    {
        Endpoint endpoint("token-secret");
        ZoomSandbox sandbox(withWebhooks(endpoint.url(), "token-secret"));
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        endMeeting(http, R"({"attendees":3,"participant_events":true})");
        // host + 3 attendees (one rejoins: 5 rows, 2 waiting): joined and left for each in-meeting row
        QTRY_VERIFY_WITH_TIMEOUT(endpoint.events.contains("recording.completed"), 10000);
        QCOMPARE(endpoint.validations, 1);
        QCOMPARE(endpoint.badSignatures, 0);
        QVERIFY(endpoint.events.contains("meeting.ended"));
        QVERIFY(endpoint.events.count("meeting.participant_joined") >= 4);
        QCOMPARE(endpoint.events.count("meeting.participant_joined"),
                 endpoint.events.count("meeting.participant_left"));
        // Every body against Zoom's own webhook schemas (SPEC-E: no properties beyond them).
        const ContractValidator contract(qEnvironmentVariable("ROOMDESK_SOURCE_DIR").toStdString() +
                                         "/tests/contract/zoom_contract.json");
        QVERIFY(!contract
                     .validateRequestBody("POST", "/webhooks/meeting.ended",
                                          R"({"event":"meeting.ended","payload":{"object":{"bogus":1}}})")
                     .empty()); // the schemas do refuse what Zoom does not send
        for (const auto &body : endpoint.m_bodies) {
            const std::string event = body["event"];
            const auto errors = contract.validateRequestBody("POST", "/webhooks/" + event, body.dump());
            QVERIFY2(contract.hasOperation("POST", "/webhooks/" + event), event.c_str());
            QVERIFY2(errors.empty(),
                     qPrintable(QString::fromStdString(event + ": " + (errors.empty() ? "" : errors.front()) + "\n" +
                                                       body.dump().substr(0, 400))));
            QVERIFY(body["event_ts"].is_number_integer());
            QVERIFY(body["payload"]["account_id"].is_string());
            if (body["event"] == "meeting.ended")
                QVERIFY(body["payload"]["object"]["id"].is_string()); // a string here, as SPEC-E says
            if (body["event"] == "recording.completed") {
                QVERIFY(body["payload"]["object"]["id"].is_number_integer()); // and an int64 here
                QVERIFY(body["download_token"].is_string());
            }
        }
    }

    void wrongSecretNeverDelivers()
    {
        Endpoint endpoint("the-real-secret");
        ZoomSandbox sandbox(withWebhooks(endpoint.url(), "another-secret"));
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        endMeeting(http, R"({"attendees":2})");
        QTRY_VERIFY_WITH_TIMEOUT(endpoint.badSignatures >= 1, 10000);
        QTest::qWait(500);
        QVERIFY(endpoint.events.isEmpty());
        const auto status = http.request("GET", "/_sandbox/webhooks").json();
        QCOMPARE(status["validated"].get<bool>(), false);
        QVERIFY(status["failed_validations"].get<int>() >= 1);
    }

    void serverErrorsAreRetriedInVirtualTime()
    {
        Endpoint endpoint("s");
        endpoint.statusForEvents = 503;
        ZoomSandbox sandbox(withWebhooks(endpoint.url(), "s"));
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        endMeeting(http, R"({"attendees":2,"recording":false})");
        QTRY_COMPARE_WITH_TIMEOUT(endpoint.events.count("meeting.ended"), 1, 10000);
        endpoint.statusForEvents = 200;
        QTest::qWait(400);
        QCOMPARE(endpoint.events.count("meeting.ended"), 1); // not before 5 minutes
        sandbox.advanceClock(5 * 60);
        QTRY_COMPARE_WITH_TIMEOUT(endpoint.events.count("meeting.ended"), 2, 10000);
        const auto status = http.request("GET", "/_sandbox/webhooks").json();
        QCOMPARE(status["deliveries"][0]["attempts"].get<int>(), 2);
        QCOMPARE(status["deliveries"][0]["delivered"].get<bool>(), true);
    }

    void clientErrorsAreNotRetried()
    {
        Endpoint endpoint("s");
        endpoint.statusForEvents = 400;
        ZoomSandbox sandbox(withWebhooks(endpoint.url(), "s"));
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        endMeeting(http, R"({"attendees":1,"recording":false})");
        QTRY_COMPARE_WITH_TIMEOUT(endpoint.events.count("meeting.ended"), 1, 10000);
        sandbox.advanceClock(2 * 3600);
        QTest::qWait(500);
        QCOMPARE(endpoint.events.count("meeting.ended"), 1);
        QCOMPARE(http.request("GET", "/_sandbox/webhooks").json()["deliveries"][0]["dropped"].get<bool>(), true);
    }

    void subscriptionIsRefusedWithoutUrlAndSecret_data()
    {
        // "//" in the URLs below: moc takes a double slash inside a raw string for a comment.
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("url=http://127.0.0.1/");
        QTest::newRow("no secret") << QByteArray("{\"url\":\"http://127.0.0.1:9/hook\"}");
        QTest::newRow("empty secret") << QByteArray("{\"url\":\"http://127.0.0.1:9/hook\",\"secret_token\":\"\"}");
        QTest::newRow("no url") << QByteArray(R"({"secret_token":"s"})");
        QTest::newRow("ftp") << QByteArray("{\"url\":\"ftp://127.0.0.1/hook\",\"secret_token\":\"s\"}");
        QTest::newRow("relative") << QByteArray(R"({"url":"/hook","secret_token":"s"})");
        QTest::newRow("number") << QByteArray(R"({"url":80,"secret_token":"s"})");
    }

    void subscriptionIsRefusedWithoutUrlAndSecret()
    {
        QFETCH(QByteArray, body);
        ZoomSandbox sandbox(withWebhooks({}, {}));
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        const HttpResult result = http.request("POST", "/_sandbox/webhooks", body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json()["code"].get<int>(), 300);
        QCOMPARE(http.request("GET", "/_sandbox/webhooks").status, 404); // still none
    }

    void subscriptionIsConfiguredAtRunTime()
    {
        ZoomSandbox sandbox(withWebhooks({}, {}));
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        QCOMPARE(http.request("GET", "/_sandbox/webhooks").status, 404);

        // Like the Marketplace's "Validate" button: challenged at once, before any event.
        Endpoint first("first-secret");
        const QByteArray subscribe = QByteArray::fromStdString(
            nlohmann::json({{"url", first.url().toString().toStdString()}, {"secret_token", "first-secret"}}).dump());
        const HttpResult accepted = http.request("POST", "/_sandbox/webhooks", subscribe);
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.json()["url"].get<std::string>(), first.url().toString().toStdString());
        QTRY_COMPARE_WITH_TIMEOUT(first.validations, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(http.request("GET", "/_sandbox/webhooks").json()["validated"].get<bool>(), 10000);
        endMeeting(http, R"({"attendees":1,"recording":false})");
        QTRY_COMPARE_WITH_TIMEOUT(first.events.count("meeting.ended"), 1, 10000);

        // Pointing it elsewhere validates the new endpoint; later events go there only.
        Endpoint second("second-secret");
        const QByteArray move = QByteArray::fromStdString(
            nlohmann::json({{"url", second.url().toString().toStdString()}, {"secret_token", "second-secret"}}).dump());
        QCOMPARE(http.request("POST", "/_sandbox/webhooks", move).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(second.validations, 1, 10000);
        endMeeting(http, R"({"attendees":1,"recording":false})");
        QTRY_COMPARE_WITH_TIMEOUT(second.events.count("meeting.ended"), 1, 10000);
        QCOMPARE(first.events.count("meeting.ended"), 1);
        QCOMPARE(first.validations, 1);

        // A Secret Token the endpoint does not share fails the challenge and delivers nothing.
        const QByteArray wrong = QByteArray::fromStdString(
            nlohmann::json({{"url", second.url().toString().toStdString()}, {"secret_token", "not-the-secret"}})
                .dump());
        QCOMPARE(http.request("POST", "/_sandbox/webhooks", wrong).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(second.badSignatures, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(http.request("GET", "/_sandbox/webhooks").json()["failed_validations"].get<int>(), 1,
                                  10000);
        QCOMPARE(http.request("GET", "/_sandbox/webhooks").json()["validated"].get<bool>(), false);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"
