// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver over real loopback HTTP(S) with a real SQLite file: the sandbox's
// signed events end to end, Zoom's URL validation, and forged, replayed, stale, future,
// oversized and malformed requests; TLS; a receiver on a worker thread.
#include "contractvalidator.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxhttp.h"
#include "storage/database.h"
#include "zoom/webhookinbox.h"
#include "zoom/webhookreceiver.h"
#include "zoom/webhooksignature.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray kSecret = "receiver-secret";
const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), QTimeZone::utc());

QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("ROOMDESK_SOURCE_DIR") + QLatin1Char('/') + relative;
}

// A body as Zoom sends it: compact JSON.
QByteArray zoomEvent(const std::string &event, qint64 eventTsMs, const std::string &meetingId = "85746065432")
{
    return QByteArray::fromStdString(
        nlohmann::ordered_json(
            {{"event", event},
             {"event_ts", eventTsMs},
             {"payload", {{"account_id", "AAAAAAAAAAAAAAAAAAAAAA"}, {"object", {{"id", meetingId}}}}}})
            .dump());
}

Headers signedHeaders(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return {{"x-zm-request-timestamp", QByteArray::number(timestamp)},
            {"x-zm-signature", WebhookSignature::sign(secret, timestamp, body)},
            {"x-zm-request-id", "req-" + QByteArray::number(timestamp)}};
}

// One HTTP request with Qt's client; self-signed certificates are accepted (test-only).
HttpResult send(const QUrl &url, const QByteArray &method, const QByteArray &body, const Headers &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    return finishReply(reply);
}

// Raw bytes on a plain socket, for requests Qt's client will not send (a Content-Length it
// never honours); returns the answer's status line and the milliseconds it took.
struct RawAnswer
{
    QByteArray statusLine;
    QByteArray all;
    qint64 elapsedMs = 0;
};

RawAnswer sendRaw(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawAnswer answer;
    if (!socket.waitForConnected(5000))
        return answer;
    QElapsedTimer elapsed;
    elapsed.start();
    socket.write(bytes);
    // Reading is asynchronous: the server lives in this thread too.
    while (!answer.all.contains("\r\n\r\n") && elapsed.elapsed() < 10000) {
        QTest::qWait(10);
        answer.all += socket.readAll();
    }
    answer.elapsedMs = elapsed.elapsed();
    answer.statusLine = answer.all.left(answer.all.indexOf("\r\n"));
    return answer;
}

} // namespace

class TestWebhookReceiver final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString newDatabasePath() { return m_dir.filePath(QStringLiteral("inbox-%1.sqlite").arg(++m_databases)); }

    // The inbox as another connection sees it, as the GUI would read it.
    static QList<WebhookInboxEvent> storedEvents(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            return {};
        WebhookInbox inbox(*db.value());
        return inbox.pending().value();
    }

    static std::unique_ptr<WebhookReceiver> listening(const QString &path, const Clock &clock,
                                                      const QByteArray &secret = kSecret,
                                                      WebhookReceiverOptions options = {})
    {
        auto receiver = std::make_unique<WebhookReceiver>(path, clock);
        receiver->setSecret(secret);
        const auto result = receiver->listen(options);
        if (!result) {
            qWarning() << result.error().message;
            return nullptr;
        }
        return receiver;
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void sandboxEventsArriveEndToEnd()
    {
        const QString path = newDatabasePath();
        auto receiver = listening(path, Clock::system());
        QVERIFY(receiver);
        QCOMPARE(receiver->endpointUrl().scheme(), "http");
        QCOMPARE(receiver->endpointUrl().path(), "/zoom/webhook");
        QSignalSpy validations(receiver.get(), &WebhookReceiver::validationAnswered);
        QSignalSpy stored(receiver.get(), &WebhookReceiver::eventStored);
        QSignalSpy refused(receiver.get(), &WebhookReceiver::requestRefused);

        SandboxOptions options;
        options.grantedScopes = SandboxOptions::parseScopes(QStringLiteral("all")).value();
        options.webhookUrl = receiver->endpointUrl();
        options.webhookSecret = kSecret;
        ZoomSandbox sandbox(options);
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        const QString id = QString::number(
            http.api("POST", "/users/lucia.fernandez@universidad.example/meetings", R"({"topic":"Webhook"})")
                .json()["id"]
                .get<qint64>());
        QCOMPARE(http.request("POST", "/_sandbox/meetings/" + id + "/end",
                              R"({"attendees":2,"participant_events":true,"recording":true})")
                     .status,
                 200);

        // Every event the sandbox sent was delivered, i.e. answered 200 after being stored.
        const auto allDelivered = [&http] {
            const auto status = http.request("GET", "/_sandbox/webhooks").json();
            if (status["deliveries"].empty())
                return false;
            for (const auto &delivery : status["deliveries"]) {
                if (!delivery["delivered"].get<bool>())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDelivered(), 20000);
        QCOMPARE(validations.count(), 1);
        QCOMPARE(refused.count(), 0);
        const auto deliveries = http.request("GET", "/_sandbox/webhooks").json()["deliveries"];
        QCOMPARE(stored.count(), static_cast<qsizetype>(deliveries.size()));

        const QList<WebhookInboxEvent> events = storedEvents(path);
        QCOMPARE(events.size(), static_cast<qsizetype>(deliveries.size()));
        const ContractValidator contract(sourcePath("tests/contract/zoom_contract.json").toStdString());
        QVERIFY2(contract.isLoaded(), contract.loadError().c_str());
        QStringList names;
        for (const WebhookInboxEvent &event : events) {
            names.append(event.event);
            const std::string name = event.event.toStdString();
            QVERIFY2(contract.hasOperation("POST", "/webhooks/" + name), name.c_str());
            const auto errors = contract.validateRequestBody("POST", "/webhooks/" + name, event.body.toStdString());
            QVERIFY2(errors.empty(),
                     qPrintable(event.event + QStringLiteral(": ") +
                                QString::fromStdString(errors.empty() ? "" : errors.front())));
            const auto json = nlohmann::json::parse(event.body.toStdString());
            QCOMPARE(event.eventTsMs, json["event_ts"].get<qint64>());
            QVERIFY(!event.requestId.isEmpty());
            QVERIFY(qAbs(event.receivedAtUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }
        QVERIFY(names.contains("meeting.ended"));
        QVERIFY(names.contains("recording.completed"));
        QVERIFY(names.contains("meeting.participant_joined"));
        const auto ended = std::find_if(events.cbegin(), events.cend(),
                                        [](const WebhookInboxEvent &e) { return e.event == "meeting.ended"; });
        QCOMPARE(nlohmann::json::parse(ended->body.toStdString())["payload"]["object"]["id"].get<std::string>(),
                 id.toStdString());
    }

    void sandboxSubscriptionValidatesTheReceiver()
    {
        auto receiver = listening(newDatabasePath(), Clock::system());
        QVERIFY(receiver);
        QSignalSpy validations(receiver.get(), &WebhookReceiver::validationAnswered);
        ZoomSandbox sandbox(SandboxOptions {});
        QVERIFY(sandbox.start());
        SandboxHttp http(&sandbox);
        const QByteArray subscribe =
            QByteArray::fromStdString(nlohmann::json({{"url", receiver->endpointUrl().toString().toStdString()},
                                                      {"secret_token", kSecret.toStdString()}})
                                          .dump());
        QCOMPARE(http.request("POST", "/_sandbox/webhooks", subscribe).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(validations.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(http.request("GET", "/_sandbox/webhooks").json()["validated"].get<bool>(), 10000);
    }

    void urlValidationIsAnswered()
    {
        ManualClock clock(kNow);
        const QString path = newDatabasePath();
        auto receiver = listening(path, clock, "s3cr3t");
        QVERIFY(receiver);
        QSignalSpy validations(receiver.get(), &WebhookReceiver::validationAnswered);
        const QByteArray body =
            R"({"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"})";
        const HttpResult result =
            send(receiver->endpointUrl(), "POST", body, signedHeaders("s3cr3t", kNow.toSecsSinceEpoch(), body));
        QCOMPARE(result.status, 200);
        // Reference value computed independently (Python's hmac) for Zoom's documented scheme.
        QCOMPARE(result.body,
                 QByteArray(R"({"plainToken":"qgg8vlvZRS6UYooatFL8Aw","encryptedToken":)"
                            R"("86b565e97036973cc44c3b3f24af76cabe70c2cbf5554c32419d44ecf6c0f2ca"})"));
        QCOMPARE(result.headers.value("content-type"), "application/json");
        QCOMPARE(validations.count(), 1);
        QCOMPARE(validations.at(0).at(0).toString(), "qgg8vlvZRS6UYooatFL8Aw");
        QVERIFY(storedEvents(path).isEmpty()); // a challenge is not an event
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("secret"); // the receiver's
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const qint64 now = kNow.toSecsSinceEpoch();
        const QByteArray event = zoomEvent("meeting.ended", kNow.toMSecsSinceEpoch());
        const auto withSignature = [&](const QByteArray &body, qint64 at = 0) {
            return signedHeaders(kSecret, at ? at : now, body);
        };
        const QString path = "/zoom/webhook";

        QTest::newRow("forged signature")
            << path << QByteArray("POST") << event << signedHeaders("guessed-secret", now, event) << kSecret << 401
            << "bad_signature";
        QTest::newRow("altered body") << path << QByteArray("POST") << QByteArray(event).replace("85746", "99999")
                                      << withSignature(event) << kSecret << 401 << "bad_signature";
        QTest::newRow("signature of another timestamp")
            << path << QByteArray("POST") << event
            << Headers {{"x-zm-request-timestamp", QByteArray::number(now)},
                        {"x-zm-signature", WebhookSignature::sign(kSecret, now - 1, event)}}
            << kSecret << 401 << "bad_signature";
        QTest::newRow("stale") << path << QByteArray("POST") << event << withSignature(event, now - 301) << kSecret
                               << 401 << "stale";
        QTest::newRow("future") << path << QByteArray("POST") << event << withSignature(event, now + 301) << kSecret
                                << 401 << "stale";
        QTest::newRow("a day old replay")
            << path << QByteArray("POST") << event << withSignature(event, now - 86400) << kSecret << 401 << "stale";
        QTest::newRow("timestamp at the 64-bit edge")
            << path << QByteArray("POST") << event << signedHeaders(kSecret, std::numeric_limits<qint64>::min(), event)
            << kSecret << 401 << "stale";
        QTest::newRow("timestamp at the other edge")
            << path << QByteArray("POST") << event << signedHeaders(kSecret, std::numeric_limits<qint64>::max(), event)
            << kSecret << 401 << "stale";
        QTest::newRow("no signature") << path << QByteArray("POST") << event << Headers {} << kSecret << 401
                                      << "missing_signature";
        QTest::newRow("no timestamp") << path << QByteArray("POST") << event
                                      << Headers {{"x-zm-signature", WebhookSignature::sign(kSecret, now, event)}}
                                      << kSecret << 401 << "missing_signature";
        QTest::newRow("timestamp not a number")
            << path << QByteArray("POST") << event
            << Headers {{"x-zm-request-timestamp", "soon"},
                        {"x-zm-signature", WebhookSignature::sign(kSecret, now, event)}}
            << kSecret << 401 << "malformed_signature";
        QTest::newRow("signature without v0=")
            << path << QByteArray("POST") << event
            << Headers {{"x-zm-request-timestamp", QByteArray::number(now)},
                        {"x-zm-signature", WebhookSignature::sign(kSecret, now, event).mid(3)}}
            << kSecret << 401 << "malformed_signature";

        const auto malformed = [&](const char *tag, const QByteArray &body) {
            QTest::newRow(tag) << path << QByteArray("POST") << body << withSignature(body) << kSecret << 400
                               << "malformed";
        };
        malformed("not json", "{\"event\":\"meeting.ended\",");
        malformed("empty body", "");
        malformed("array", "[{\"event\":\"meeting.ended\",\"event_ts\":1}]");
        malformed("no event", "{\"event_ts\":1739923528123,\"payload\":{}}");
        malformed("empty event", "{\"event\":\"\",\"event_ts\":1739923528123}");
        malformed("event not a string", "{\"event\":7,\"event_ts\":1739923528123}");
        malformed("no event_ts", "{\"event\":\"meeting.ended\",\"payload\":{}}");
        malformed("event_ts a string", "{\"event\":\"meeting.ended\",\"event_ts\":\"1739923528123\"}");
        malformed("event_ts a fraction", "{\"event\":\"meeting.ended\",\"event_ts\":1.5}");
        malformed("validation without plainToken",
                  "{\"event\":\"endpoint.url_validation\",\"event_ts\":1,\"payload\":{}}");
        malformed("validation with empty plainToken",
                  "{\"event\":\"endpoint.url_validation\",\"event_ts\":1,\"payload\":{\"plainToken\":\"\"}}");
        malformed("validation without payload", "{\"event\":\"endpoint.url_validation\",\"event_ts\":1}");
        malformed("not utf-8", "{\"event\":\"meeting.ended\",\"event_ts\":1,\"x\":\"\xff\"}");

        QTest::newRow("wrong path") << "/zoom/webhooks" << QByteArray("POST") << event << withSignature(event)
                                    << kSecret << 404 << "not_found";
        QTest::newRow("root") << "/" << QByteArray("POST") << event << withSignature(event) << kSecret << 404
                              << "not_found";
        QTest::newRow("GET") << path << QByteArray("GET") << QByteArray() << Headers {} << kSecret << 405
                             << "method_not_allowed";
        QTest::newRow("PUT") << path << QByteArray("PUT") << event << withSignature(event) << kSecret << 405
                             << "method_not_allowed";
        QTest::newRow("no secret") << path << QByteArray("POST") << event << withSignature(event) << QByteArray() << 503
                                   << "no_secret";
        QTest::newRow("no secret, no signature")
            << path << QByteArray("POST") << event << Headers {} << QByteArray() << 503 << "no_secret";
        QTest::newRow("wrong path before no secret")
            << "/other" << QByteArray("POST") << event << Headers {} << QByteArray() << 404 << "not_found";
        QTest::newRow("wrong method before no secret") << path << QByteArray("DELETE") << QByteArray() << Headers {}
                                                       << QByteArray() << 405 << "method_not_allowed";
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, secret);
        QFETCH(int, status);
        QFETCH(QString, code);

        ManualClock clock(kNow);
        const QString databasePath = newDatabasePath();
        auto receiver = listening(databasePath, clock, secret);
        QVERIFY(receiver);
        QSignalSpy refused(receiver.get(), &WebhookReceiver::requestRefused);
        QUrl url = receiver->endpointUrl();
        url.setPath(path);
        const HttpResult result = send(url, method, body, headers);
        QCOMPARE(result.status, status);
        QCOMPARE(QString::fromStdString(result.json().value("error", std::string())), code);
        if (status == 405)
            QCOMPARE(result.headers.value("allow"), "POST");
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toInt(), status);
        QVERIFY(!refused.at(0).at(1).toString().isEmpty());
        // The reason never repeats the secret or a signature.
        const QString reason = refused.at(0).at(1).toString();
        QVERIFY(!reason.contains(QString::fromUtf8(kSecret)));
        for (const auto &[name, value] : headers) {
            if (name == "x-zm-signature")
                QVERIFY(!reason.toUtf8().contains(value.right(64)));
        }
        QVERIFY(storedEvents(databasePath).isEmpty());
    }

    void acceptedWithinTheWindow_data()
    {
        QTest::addColumn<qint64>("offset"); // seconds between the request's timestamp and now
        QTest::addColumn<qint64>("maxSkew");
        QTest::addColumn<int>("status");
        QTest::newRow("now") << qint64(0) << qint64(300) << 200;
        QTest::newRow("300 s old") << qint64(-300) << qint64(300) << 200;
        QTest::newRow("300 s ahead") << qint64(300) << qint64(300) << 200;
        QTest::newRow("301 s old") << qint64(-301) << qint64(300) << 401;
        QTest::newRow("30 s old, window 10 s") << qint64(-30) << qint64(10) << 401;
        QTest::newRow("an hour old, window a day") << qint64(-3600) << qint64(86400) << 200;
    }

    void acceptedWithinTheWindow()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, maxSkew);
        QFETCH(int, status);
        ManualClock clock(kNow);
        WebhookReceiverOptions options;
        options.maxSkewSeconds = maxSkew;
        const QString path = newDatabasePath();
        auto receiver = listening(path, clock, kSecret, options);
        QVERIFY(receiver);
        const QByteArray body = zoomEvent("meeting.ended", kNow.toMSecsSinceEpoch());
        const HttpResult result =
            send(receiver->endpointUrl(), "POST", body, signedHeaders(kSecret, kNow.toSecsSinceEpoch() + offset, body));
        QCOMPARE(result.status, status);
        QCOMPARE(storedEvents(path).size(), status == 200 ? 1 : 0);
    }

    void headerNamesInAnyCase()
    {
        const QString path = newDatabasePath();
        auto receiver = listening(path, Clock::system());
        QVERIFY(receiver);
        const QByteArray body = zoomEvent("meeting.ended", QDateTime::currentMSecsSinceEpoch());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const HttpResult result = send(receiver->endpointUrl(), "POST", body,
                                       {{"X-Zm-Request-Timestamp", QByteArray::number(now)},
                                        {"X-ZM-SIGNATURE", WebhookSignature::sign(kSecret, now, body)},
                                        {"X-Zm-Request-Id", "Mixed-Case-Id"}});
        QCOMPARE(result.status, 200);
        QCOMPARE(storedEvents(path).value(0).requestId, "Mixed-Case-Id");
    }

    void replaysAreStoredOnce()
    {
        ManualClock clock(kNow);
        const QString path = newDatabasePath();
        auto receiver = listening(path, clock);
        QVERIFY(receiver);
        QSignalSpy stored(receiver.get(), &WebhookReceiver::eventStored);
        QSignalSpy duplicates(receiver.get(), &WebhookReceiver::duplicateIgnored);
        const QByteArray body = zoomEvent("meeting.ended", kNow.toMSecsSinceEpoch());
        // Zoom's retries and a replayer's copies: the same body, freshly signed each time.
        for (int attempt = 0; attempt < 3; ++attempt) {
            clock.advanceSeconds(60);
            const HttpResult result = send(receiver->endpointUrl(), "POST", body,
                                           signedHeaders(kSecret, clock.nowUtc().toSecsSinceEpoch(), body));
            QCOMPARE(result.status, 200); // a duplicate too: Zoom must not retry it
            QCOMPARE(QString::fromStdString(result.json()["status"].get<std::string>()),
                     attempt == 0 ? "stored" : "duplicate");
        }
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(1).toString(), "meeting.ended");
        QCOMPARE(duplicates.count(), 2);
        const auto events = storedEvents(path);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).id, stored.at(0).at(0).toLongLong());
        QCOMPARE(events.at(0).body, body);
        QCOMPARE(events.at(0).receivedAtUtc, kNow.addSecs(60));

        // Another event is another row, even with the same name.
        const QByteArray other = zoomEvent("meeting.ended", kNow.toMSecsSinceEpoch(), "123");
        QCOMPARE(send(receiver->endpointUrl(), "POST", other,
                      signedHeaders(kSecret, clock.nowUtc().toSecsSinceEpoch(), other))
                     .status,
                 200);
        QCOMPARE(storedEvents(path).size(), 2);
    }

    void oversizedIsRefusedBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("status");

        const QByteArray head = "POST /zoom/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
        // 50 MB announced and never sent: answered at once, not after waiting for (or
        // buffering) the body.
        QTest::newRow("50 MB announced") << head + "Content-Length: 52428800\r\n\r\n{" << kSecret << 413;
        QTest::newRow("just over the limit announced") << head + "Content-Length: 65537\r\n\r\n" << kSecret << 413;
        QTest::newRow("chunked beyond the limit") << head + "Transfer-Encoding: chunked\r\n\r\n" +
                QByteArray("8000\r\n" + QByteArray(0x8000, ' ') + "\r\n").repeated(3)
                                                  << kSecret << 413;
        QTest::newRow("endless headers") << "POST /zoom/webhook HTTP/1.1\r\nX-Padding: " + QByteArray(40000, 'a')
                                         << kSecret << 431;
        // The usual order holds even before the body.
        QTest::newRow("wrong path first")
            << QByteArray("POST /elsewhere HTTP/1.1\r\nContent-Length: 52428800\r\n\r\n") << kSecret << 404;
        QTest::newRow("wrong method first")
            << QByteArray("PUT /zoom/webhook HTTP/1.1\r\nContent-Length: 52428800\r\n\r\n") << kSecret << 405;
        QTest::newRow("no secret first") << head + "Content-Length: 52428800\r\n\r\n" << QByteArray() << 503;
    }

    void oversizedIsRefusedBeforeTheBody()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, secret);
        QFETCH(int, status);
        WebhookReceiverOptions options;
        options.maxBodyBytes = 64 * 1024;
        const QString path = newDatabasePath();
        auto receiver = listening(path, Clock::system(), secret, options);
        QVERIFY(receiver);
        QSignalSpy refused(receiver.get(), &WebhookReceiver::requestRefused);
        const RawAnswer answer = sendRaw(receiver->port(), request);
        QVERIFY2(answer.statusLine.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
                 answer.all.left(200).constData());
        QVERIFY2(answer.elapsedMs < 2000, QByteArray::number(answer.elapsedMs).constData());
        QVERIFY(answer.all.contains("Connection: close"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toInt(), status);
        QVERIFY(storedEvents(path).isEmpty());
    }

    void silentAndSurplusConnectionsAreClosed()
    {
        WebhookReceiverOptions options;
        options.requestDeadlineMs = 300;
        options.maxConnections = 3;
        auto receiver = listening(newDatabasePath(), Clock::system(), kSecret, options);
        QVERIFY(receiver);
        // Three clients connect and send half a request, then nothing.
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 3; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, receiver->port());
            QVERIFY(silent.back()->waitForConnected(5000));
            silent.back()->write("POST /zoom/webhook HTTP/1.1\r\nHost: x\r\n");
            silent.back()->flush();
        }
        QTest::qWait(100);
        // A fourth is one too many and is closed at once.
        QTcpSocket surplus;
        QSignalSpy surplusClosed(&surplus, &QTcpSocket::disconnected);
        surplus.connectToHost(QHostAddress::LocalHost, receiver->port());
        QVERIFY(surplus.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(surplusClosed.count(), 1, 2000);
        // The silent ones are cut off after the deadline…
        for (const auto &socket : silent)
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 3000);
        // …and their places are free again for a real request.
        const QByteArray body = zoomEvent("meeting.ended", QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(send(receiver->endpointUrl(), "POST", body,
                      signedHeaders(kSecret, QDateTime::currentSecsSinceEpoch(), body))
                     .status,
                 200);
    }

    void bodyAtTheLimitIsAccepted()
    {
        WebhookReceiverOptions options;
        options.maxBodyBytes = 64 * 1024;
        const QString path = newDatabasePath();
        auto receiver = listening(path, Clock::system(), kSecret, options);
        QVERIFY(receiver);
        QByteArray body = zoomEvent("meeting.ended", QDateTime::currentMSecsSinceEpoch());
        body.insert(1, QByteArray(options.maxBodyBytes - body.size(), ' ')); // still JSON
        QCOMPARE(body.size(), options.maxBodyBytes);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(send(receiver->endpointUrl(), "POST", body, signedHeaders(kSecret, now, body)).status, 200);
        QCOMPARE(storedEvents(path).value(0).body, body);

        body.insert(1, ' ');
        QCOMPARE(send(receiver->endpointUrl(), "POST", body, signedHeaders(kSecret, now, body)).status, 413);
        QCOMPARE(storedEvents(path).size(), 1);
    }

    void servesHttps()
    {
        WebhookReceiverOptions options;
        // Test-only self-signed certificate and key (tests/data/webhook-tls/README.md).
        options.certificateFile = sourcePath("tests/data/webhook-tls/certificate.pem");
        options.keyFile = sourcePath("tests/data/webhook-tls/key.pem");
        const QString path = newDatabasePath();
        auto receiver = listening(path, Clock::system(), kSecret, options);
        QVERIFY(receiver);
        QCOMPARE(receiver->endpointUrl().scheme(), "https");

        const QByteArray body = zoomEvent("meeting.ended", QDateTime::currentMSecsSinceEpoch());
        const HttpResult result = send(receiver->endpointUrl(), "POST", body,
                                       signedHeaders(kSecret, QDateTime::currentSecsSinceEpoch(), body));
        QCOMPARE(result.status, 200);
        QCOMPARE(storedEvents(path).size(), 1);

        // The size guard watches decrypted bytes as well.
        QUrl url = receiver->endpointUrl();
        const QByteArray large(options.maxBodyBytes + 1, ' ');
        QCOMPARE(send(url, "POST", large, signedHeaders(kSecret, QDateTime::currentSecsSinceEpoch(), large)).status,
                 413);

        // Plain HTTP on the HTTPS port gets no answer at all.
        url.setScheme("http");
        const HttpResult plain =
            send(url, "POST", body, signedHeaders(kSecret, QDateTime::currentSecsSinceEpoch(), body));
        QCOMPARE(plain.status, 0);
        QCOMPARE(storedEvents(path).size(), 1);
    }

    void tlsFilesAreChecked_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString certificate = sourcePath("tests/data/webhook-tls/certificate.pem");
        const QString key = sourcePath("tests/data/webhook-tls/key.pem");
        const QString notPem = sourcePath("tests/data/webhook-tls/README.md");
        QTest::newRow("missing certificate") << m_dir.filePath("nothing.pem") << key << "webhook.tls_certificate"
                                             << "cannot be read";
        QTest::newRow("not a certificate") << notPem << key << "webhook.tls_certificate"
                                           << "holds no certificate";
        QTest::newRow("missing key") << certificate << m_dir.filePath("nothing.key") << "webhook.tls_key"
                                     << "cannot be read";
        QTest::newRow("not a key") << certificate << notPem << "webhook.tls_key"
                                   << "holds no unencrypted private key";
        QTest::newRow("certificate as key") << certificate << certificate << "webhook.tls_key"
                                            << "holds no unencrypted private key";
        QTest::newRow("certificate only") << certificate << QString() << "webhook.options"
                                          << "needs both a certificate file and a private key file";
        QTest::newRow("key only") << QString() << key << "webhook.options"
                                  << "needs both a certificate file and a private key file";
    }

    void tlsFilesAreChecked()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(QString, message);
        WebhookReceiverOptions options;
        options.certificateFile = certificate;
        options.keyFile = key;
        WebhookReceiver receiver(newDatabasePath(), Clock::system());
        const auto result = receiver.listen(options);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QVERIFY(!receiver.isListening());
    }

    void badOptionsAndBusyPorts()
    {
        WebhookReceiver first(newDatabasePath(), Clock::system());
        QVERIFY(first.listen({}));
        WebhookReceiverOptions taken;
        taken.port = first.port();
        WebhookReceiver second(newDatabasePath(), Clock::system());
        const auto busy = second.listen(taken);
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, "webhook.listen");
        QVERIFY(!second.isListening());

        WebhookReceiverOptions relative;
        relative.path = "zoom/webhook";
        QCOMPARE(second.listen(relative).error().code, "webhook.options");
        WebhookReceiverOptions noBody;
        noBody.maxBodyBytes = 0;
        QCOMPARE(second.listen(noBody).error().code, "webhook.options");

        // Closing frees the port and the database; listening again works.
        first.close();
        QVERIFY(!first.isListening());
        QVERIFY(first.endpointUrl().isEmpty());
        QVERIFY(second.listen(taken));
        QCOMPARE(second.port(), taken.port);
    }

    void runsOnAWorkerThread()
    {
        const QString path = newDatabasePath();
        QThread worker;
        auto *receiver = new WebhookReceiver(path, Clock::system());
        receiver->moveToThread(&worker);
        connect(&worker, &QThread::finished, receiver, &QObject::deleteLater);
        worker.start();

        std::optional<Result<void>> listened;
        QMetaObject::invokeMethod(
            receiver, [&] { listened = receiver->listen({}); }, Qt::BlockingQueuedConnection);
        QVERIFY(listened && listened->ok());
        receiver->setSecret(kSecret); // from this thread: it is thread-safe

        std::atomic<QThread *> emittedIn {nullptr};
        QStringList events;
        connect(
            receiver, &WebhookReceiver::eventStored, receiver,
            [&emittedIn](qint64, const QString &) { emittedIn = QThread::currentThread(); }, Qt::DirectConnection);
        connect(receiver, &WebhookReceiver::eventStored, this,
                [&events](qint64, const QString &event) { events.append(event); });

        const QByteArray body = zoomEvent("meeting.ended", QDateTime::currentMSecsSinceEpoch());
        const HttpResult result = send(receiver->endpointUrl(), "POST", body,
                                       signedHeaders(kSecret, QDateTime::currentSecsSinceEpoch(), body));
        QCOMPARE(result.status, 200);
        QTRY_COMPARE(events, QStringList {"meeting.ended"});
        QCOMPARE(emittedIn.load(), &worker); // disk and network work happened there
        QCOMPARE(storedEvents(path).size(), 1);

        worker.quit();
        QVERIFY(worker.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
