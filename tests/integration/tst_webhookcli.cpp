// SPDX-License-Identifier: GPL-3.0-or-later
// `roomdeskctl webhook verify | answer-validation | listen` as a script runs them: exit codes,
// exact output, and no accepted event lost when the listener is killed right after answering.
#include "processrunner.h"
#include "storage/database.h"
#include "zoom/webhookinbox.h"
#include "zoom/webhooksignature.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Roomdesk;
using namespace Roomdesk::Test;

// Strings with an odd number of quotes are escaped, not raw: moc misreads such raw strings.
namespace {

const QByteArray kSecret = "cli-secret";
const qint64 kAt = 1739923528; // a request's timestamp, in seconds
const QByteArray kBody = R"({"event":"meeting.ended","event_ts":1739923528123,"payload":{"account_id":"A"}})";

QByteArray sign(const QByteArray &body, qint64 timestamp = kAt, const QByteArray &secret = kSecret)
{
    return WebhookSignature::sign(secret, timestamp, body);
}

// The next whole line the process prints, or an empty string after the timeout.
QByteArray nextLine(QProcess &process, int timeoutMs = 20000)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!process.canReadLine() && elapsed.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
    }
    return process.readLine().trimmed();
}

struct Delivery
{
    int status = 0;
    QByteArray body;
};

// POSTs a body signed now; `onAnswer` runs the moment the answer is complete.
Delivery post(const QUrl &url, const QByteArray &body, const QByteArray &secret = kSecret,
              const std::function<void()> &onAnswer = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    request.setRawHeader("x-zm-request-timestamp", QByteArray::number(now));
    request.setRawHeader("x-zm-signature", WebhookSignature::sign(secret, now, body));
    QNetworkReply *reply = network.post(request, body);
    Delivery delivery;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        delivery.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (onAnswer)
            onAnswer();
        delivery.body = reply->readAll();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return delivery;
}

} // namespace

class TestWebhookCli final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString newDatabasePath() { return m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_databases)); }

    // `webhook listen --json` started; returns its endpoint from the startup line.
    QUrl startListener(std::unique_ptr<QProcess> &process, const QString &database, const QStringList &extra = {})
    {
        process = m_ctl.start(QStringList {"--db", database, "--json", "webhook", "listen", "--port", "0"} + extra);
        const QByteArray line = nextLine(*process);
        return QUrl(QJsonDocument::fromJson(line).object().value("url").toString());
    }

    static QList<WebhookInboxEvent> storedEvents(const QString &path)
    {
        auto db = Database::open(path);
        if (!db) {
            qWarning() << db.error().message;
            return {};
        }
        return WebhookInbox(*db.value()).pending().value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ctl.environment().insert("ROOMDESK_TEST_WEBHOOK_SECRET", QString::fromLatin1(kSecret));
        m_ctl.environment().insert("ROOMDESK_TEST_EMPTY", QString());
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");

        const QString at = QString::number(kAt);
        const QString good = QString::fromLatin1(sign(kBody));
        const QString now = QString::number(kAt);
        QTest::newRow("valid") << kBody << QStringList {"--timestamp", at, "--signature", good, "--now", now} << 0
                               << "valid";
        QTest::newRow("valid json") << kBody
                                    << QStringList {"--json", "--timestamp", at, "--signature", good, "--now", now} << 0
                                    << R"({"valid":true})";
        QTest::newRow("forged") << kBody << QStringList {"--timestamp", at,
                                                         "--signature", QString::fromLatin1(sign(kBody, kAt, "guess")),
                                                         "--now",       now}
                                << 1 << "invalid: the signature does not match this body, timestamp and Secret Token";
        QTest::newRow("forged json")
            << kBody << QStringList {"--json",
                                     "--timestamp",
                                     at,
                                     "--signature",
                                     QString::fromLatin1(sign(kBody, kAt, "guess")),
                                     "--now",
                                     now}
            << 1
            << R"({"valid":false,"reason":"bad_signature","message":"the signature does not match this body, timestamp and Secret Token"})";
        // Standard input is taken byte for byte: the newline `echo` adds is part of the body.
        QTest::newRow("trailing newline not signed")
            << kBody + '\n'
            << QStringList {"--timestamp", at, "--signature", good, "--now", now} << 1
            << "invalid: the signature does not match this body, timestamp and Secret Token";
        QTest::newRow("trailing newline signed")
            << kBody + '\n'
            << QStringList {"--timestamp", at, "--signature", QString::fromLatin1(sign(kBody + '\n')), "--now", now}
            << 0 << "valid";
        QTest::newRow("empty body signed")
            << QByteArray()
            << QStringList {"--timestamp", at, "--signature", QString::fromLatin1(sign({})), "--now", now} << 0
            << "valid";
        QTest::newRow("stale") << kBody << QStringList {"--timestamp", at,      "--signature",
                                                        good,          "--now", QString::number(kAt + 301)}
                               << 1 << "invalid: the timestamp is more than 300 s away from now";
        QTest::newRow("stale json")
            << kBody
            << QStringList {"--json", "--timestamp", at, "--signature", good, "--now", QString::number(kAt + 301)} << 1
            << R"({"valid":false,"reason":"stale","message":"the timestamp is more than 300 s away from now"})";
        QTest::newRow("future") << kBody << QStringList {"--timestamp", at,      "--signature",
                                                         good,          "--now", QString::number(kAt - 301)}
                                << 1 << "invalid: the timestamp is more than 300 s away from now";
        QTest::newRow("within a wider window")
            << kBody << QStringList {"--timestamp", at,    "--signature", good, "--now", QString::number(kAt + 3600),
                                     "--max-skew",  "3600"}
            << 0 << "valid";
        QTest::newRow("outside a narrower window")
            << kBody << QStringList {"--timestamp", at, "--signature", good, "--now", QString::number(kAt + 2),
                                     "--max-skew",  "1"}
            << 1 << "invalid: the timestamp is more than 1 s away from now";
        QTest::newRow("by the clock: years old") << kBody << QStringList {"--timestamp", at, "--signature", good} << 1
                                                 << "invalid: the timestamp is more than 300 s away from now";
        QTest::newRow("timestamp at the 64-bit edge")
            << kBody
            << QStringList {"--timestamp", "-9223372036854775808",
                            "--signature", QString::fromLatin1(sign(kBody, std::numeric_limits<qint64>::min())),
                            "--now",       now}
            << 1 << "invalid: the timestamp is more than 300 s away from now";
        QTest::newRow("malformed timestamp")
            << kBody << QStringList {"--timestamp", "yesterday", "--signature", good, "--now", now} << 1
            << "invalid: the timestamp must be whole seconds and the signature must start with “v0=”";
        QTest::newRow("malformed signature json")
            << kBody << QStringList {"--json", "--timestamp", at, "--signature", good.mid(3), "--now", now} << 1
            << R"({"valid":false,"reason":"malformed","message":"the timestamp must be whole seconds and the signature must start with “v0=”"})";
    }

    void verify()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        const ProcessResult result = m_ctl.run(
            QStringList {"webhook", "verify", "--secret-env", "ROOMDESK_TEST_WEBHOOK_SECRET"} + arguments, body);
        QVERIFY2(result.finished, "roomdeskctl hung");
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.out, QString(out + '\n'));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QStringList verify {"webhook", "verify", "--secret-env", "ROOMDESK_TEST_WEBHOOK_SECRET"};
        const QStringList signedRequest {"--timestamp", "1", "--signature", "v0=00"};
        QTest::newRow("verify without secret")
            << QStringList {"webhook", "verify", "--timestamp", "1", "--signature", "v0=00"} << 2
            << "“webhook verify” needs --secret-env.";
        QTest::newRow("verify without timestamp")
            << verify + QStringList {"--signature", "v0=00"} << 2 << "“webhook verify” needs --timestamp.";
        QTest::newRow("verify without signature")
            << verify + QStringList {"--timestamp", "1"} << 2 << "“webhook verify” needs --signature.";
        QTest::newRow("verify now not a number")
            << verify + signedRequest + QStringList {"--now", "today"} << 2 << "--now needs a whole number";
        QTest::newRow("verify now beyond the year 9999")
            << verify + signedRequest + QStringList {"--now", "253402300800"} << 2 << "--now needs a whole number";
        QTest::newRow("verify negative skew")
            << verify + signedRequest + QStringList {"--max-skew", "-1"} << 2 << "--max-skew needs a whole number";
        QTest::newRow("verify empty secret")
            << QStringList {"webhook", "verify", "--secret-env", "ROOMDESK_TEST_EMPTY"} + signedRequest << 1
            << "ROOMDESK_TEST_EMPTY is empty or not set";
        QTest::newRow("answer without secret")
            << QStringList {"webhook", "answer-validation"} << 2 << "“webhook answer-validation” needs --secret-env.";

        const QStringList listen {"webhook", "listen"};
        QTest::newRow("port not a number") << listen + QStringList {"--port", "http"} << 2
                                           << "The option --port needs a whole number from 0 to 65535.";
        QTest::newRow("port out of range") << listen + QStringList {"--port", "65536"} << 2
                                           << "The option --port needs a whole number from 0 to 65535.";
        QTest::newRow("negative port") << listen + QStringList {"--port", "-1"} << 2
                                       << "The option --port needs a whole number from 0 to 65535.";
        QTest::newRow("relative path") << listen + QStringList {"--path", "zoom/webhook"} << 2
                                       << "--path needs a path that starts with “/”";
        QTest::newRow("address not an address")
            << listen + QStringList {"--address", "zoom.example.org"} << 2 << "“zoom.example.org” is not an IP address";
        QTest::newRow("no body allowed") << listen + QStringList {"--max-body", "0"} << 2
                                         << "--max-body needs a whole number";
        QTest::newRow("certificate without key")
            << listen + QStringList {"--cert", "c.pem"} << 2 << "HTTPS needs both --cert and --key.";
        QTest::newRow("unknown option") << listen + QStringList {"--secret", "s"} << 2 << "Unknown option “--secret”.";
        QTest::newRow("listen empty secret") << listen + QStringList {"--secret-env", "ROOMDESK_TEST_EMPTY"} << 1
                                             << "ROOMDESK_TEST_EMPTY is empty or not set";
        QTest::newRow("unreadable certificate")
            << listen + QStringList {"--cert", "/nonexistent/c.pem", "--key", "/nonexistent/k.pem"} << 1
            << "The certificate file “/nonexistent/c.pem” cannot be read";
        QTest::newRow("ru port") << QStringList {"--lang", "ru"} + listen + QStringList {"--port", "http"} << 2
                                 << "--port";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProcessResult result = m_ctl.run(QStringList {"--db", newDatabasePath()} + arguments);
        QVERIFY2(result.finished, "roomdeskctl hung");
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }

    void listenRefusesABusyPort()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        const ProcessResult result = m_ctl.run(
            {"--db", newDatabasePath(), "webhook", "listen", "--port", QString::number(occupant.serverPort())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Cannot listen for webhooks on 127.0.0.1 port"), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void answerValidation_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");

        const QByteArray challenge =
            R"({"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"})";
        const QString answer = QString::fromLatin1(
            QByteArray("{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\",\"encryptedToken\":\"" +
                       WebhookSignature::encryptedToken(kSecret, "qgg8vlvZRS6UYooatFL8Aw") + "\"}"));
        QTest::newRow("challenge") << challenge << QStringList {} << 0 << answer + '\n' << "";
        QTest::newRow("challenge, --json") << challenge << QStringList {"--json"} << 0 << answer + '\n' << "";
        QTest::newRow("pretty-printed challenge")
            << QByteArray("{\n  \"event\": \"endpoint.url_validation\",\n  \"event_ts\": 1,\n  \"payload\": {\n"
                          "    \"plainToken\": \"qgg8vlvZRS6UYooatFL8Aw\"\n  }\n}\n")
            << QStringList {} << 0 << answer + '\n'
            << "";
        QTest::newRow("not json") << QByteArray("plainToken=abc") << QStringList {} << 1 << ""
                                  << "The standard input is not a JSON object";
        QTest::newRow("empty input") << QByteArray() << QStringList {} << 1 << ""
                                     << "The standard input is not a JSON object";
        QTest::newRow("another event") << kBody << QStringList {} << 1 << ""
                                       << "This is not an endpoint.url_validation event (its “event” is "
                                          "\"meeting.ended\").";
        QTest::newRow("no plainToken") << QByteArray(R"({"event":"endpoint.url_validation","event_ts":1,"payload":{}})")
                                       << QStringList {} << 1 << ""
                                       << "The URL validation event has no “plainToken” in its payload.";
        QTest::newRow("no plainToken, --json")
            << QByteArray(R"({"event":"endpoint.url_validation","event_ts":1,"payload":{"plainToken":7}})")
            << QStringList {"--json"} << 1
            << R"({"error":{"code":"webhook.malformed","message":"The URL validation event has no “plainToken” in its payload."}})"
               "\n"
            << "The URL validation event has no “plainToken” in its payload.";
    }

    void answerValidation()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        const ProcessResult result = m_ctl.run(
            extra + QStringList {"webhook", "answer-validation", "--secret-env", "ROOMDESK_TEST_WEBHOOK_SECRET"},
            input);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.out, out);
        QVERIFY2(err.isEmpty() ? result.err.isEmpty() : result.err.contains(err), qPrintable(result.err));
    }

    void listenPrintsEachRequestAndStopsCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void listenPrintsEachRequestAndStopsCleanly()
    {
        QFETCH(int, signalNumber);
        const QString database = newDatabasePath();
        std::unique_ptr<QProcess> process;
        const QUrl url =
            startListener(process, database, {"--secret-env", "ROOMDESK_TEST_WEBHOOK_SECRET", "--path", "/hooks/zoom"});
        QVERIFY2(url.isValid() && url.path() == "/hooks/zoom", qPrintable(process->readAllStandardError()));

        QCOMPARE(post(url, kBody).status, 200);
        QCOMPARE(QJsonDocument::fromJson(nextLine(*process)).object(),
                 QJsonObject({{"status", 200}, {"outcome", "stored"}, {"id", 1}, {"event", "meeting.ended"}}));
        QCOMPARE(post(url, kBody).status, 200);
        QCOMPARE(QJsonDocument::fromJson(nextLine(*process)).object(),
                 QJsonObject({{"status", 200}, {"outcome", "duplicate"}, {"event", "meeting.ended"}}));
        QCOMPARE(post(url, kBody, "forged").status, 401);
        const QJsonObject refused = QJsonDocument::fromJson(nextLine(*process)).object();
        QCOMPARE(refused.value("status").toInt(), 401);
        QCOMPARE(refused.value("outcome").toString(), "refused");
        QVERIFY(refused.value("reason").toString().contains("signature does not match"));
        const QByteArray challenge = R"({"event":"endpoint.url_validation","event_ts":1,"payload":{"plainToken":"t"}})";
        const Delivery validation = post(url, challenge);
        QCOMPARE(validation.status, 200);
        QCOMPARE(validation.body,
                 QByteArray("{\"plainToken\":\"t\",\"encryptedToken\":\"" +
                            WebhookSignature::encryptedToken(kSecret, "t") + "\"}"));
        QCOMPARE(QJsonDocument::fromJson(nextLine(*process)).object(),
                 QJsonObject({{"status", 200}, {"outcome", "validation"}}));

        QCOMPARE(::kill(static_cast<pid_t>(process->processId()), signalNumber), 0);
        const ProcessResult result = ProcessRunner::finish(*process, 10000);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0); // a normal exit, not death by the signal
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QCOMPARE(storedEvents(database).size(), 1);
    }

    void listenWithoutSecretAnswers503()
    {
        std::unique_ptr<QProcess> process;
        process = m_ctl.start({"--db", newDatabasePath(), "webhook", "listen", "--port", "0"});
        const QByteArray line = nextLine(*process);
        QVERIFY2(line.startsWith("Listening for Zoom webhooks at http://127.0.0.1:"), line.constData());
        const QUrl url(QString::fromUtf8(line.mid(line.indexOf("http://"))));
        QCOMPARE(post(url, kBody).status, 503);
        QVERIFY(nextLine(*process).startsWith("503 refused: No webhook Secret Token is set"));
        process->terminate();
        const ProcessResult result = ProcessRunner::finish(*process, 10000);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("No Secret Token (none stored, no --secret-env): every request is answered 503"),
                 qPrintable(result.err));
    }

    void listenUsesTheStoredSecretToken()
    {
        if (qEnvironmentVariableIntValue("ROOMDESK_KEYCHAIN_TESTS") != 1)
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
        // What `credentials set` (or the wizard) stored is what `listen` verifies with.
        const QString database = newDatabasePath();
        const QByteArray token = "Stored-Webhook-Token-0123456789";
        const ProcessResult set = m_ctl.run({"--db", database, "credentials", "set", "--webhook-secret-stdin"}, token);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        std::unique_ptr<QProcess> process;
        const QUrl url = startListener(process, database);
        QVERIFY2(url.isValid(), qPrintable(process->readAllStandardError()));
        QCOMPARE(post(url, kBody, token).status, 200);
        QCOMPARE(post(url, kBody, "another-secret").status, 401);
        process->terminate();
        QCOMPARE(ProcessRunner::finish(*process, 10000).exitCode, 0);
        QCOMPARE(storedEvents(database).size(), 1);
    }

    void acceptedEventsSurviveAKillRightAfterTheAnswer()
    {
        // SIGKILL the moment the 200 arrives, again and again on the same file: every event
        // answered 200 is in the database when it is opened again.
        const QString database = newDatabasePath();
        constexpr int kRounds = 6;
        for (int round = 0; round < kRounds; ++round) {
            std::unique_ptr<QProcess> process;
            const QUrl url = startListener(process, database, {"--secret-env", "ROOMDESK_TEST_WEBHOOK_SECRET"});
            QVERIFY2(url.isValid(), qPrintable(process->readAllStandardError()));
            const QByteArray body =
                "{\"event\":\"meeting.ended\",\"event_ts\":1739923528123,\"payload\":{\"object\":{\"id\":\"" +
                QByteArray::number(round) + "\"}}}";
            QProcess *victim = process.get();
            const Delivery delivery = post(url, body, kSecret, [victim] { victim->kill(); });
            QCOMPARE(delivery.status, 200);
            QVERIFY(victim->waitForFinished(10000));
            QCOMPARE(victim->exitStatus(), QProcess::CrashExit); // it really was killed

            const QList<WebhookInboxEvent> events = storedEvents(database);
            QCOMPARE(events.size(), round + 1);
            QCOMPARE(events.constLast().body, body);
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhookCli)
#include "tst_webhookcli.moc"
