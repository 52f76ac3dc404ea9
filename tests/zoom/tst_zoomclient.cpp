// SPDX-License-Identifier: GPL-3.0-or-later
// The Zoom client against the sandbox over loopback: token caching and sharing, recovery
// from expired tokens, 4711 and 429 handling, faults, and Zoom's UUID encoding rule.
#include "sandboxkit.h"
#include "zoom/zoomclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

ZoomCredentials credentialsFor(const ZoomSandbox &sandbox)
{
    return {sandbox.origin(), sandbox.accountId(), sandbox.clientId(), sandbox.clientSecret()};
}

// Sends and waits for the callback (the event loop runs; nothing busy-waits).
Result<ZoomResponse, ZoomError> call(ZoomClient &client, ZoomRequest request, int timeoutMs = 60000)
{
    QObject context;
    std::optional<Result<ZoomResponse, ZoomError>> outcome;
    client.send(std::move(request), &context, [&outcome](const Result<ZoomResponse, ZoomError> &r) { outcome = r; });
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(10); // runs the event loop: the network and the sandbox live in it
    if (!outcome)
        return ZoomError::network(QStringLiteral("test timed out"));
    return *outcome;
}

int rateLimited(ZoomSandbox &sandbox)
{
    return sandbox.handle({"GET", {"_sandbox", "stats"}, {}, {}, {}}).body->at("rate_limited").get<int>();
}

ZoomRequest get(const QString &path, RateLimitLabel label = RateLimitLabel::Light)
{
    ZoomRequest request;
    request.path = path;
    request.label = label;
    return request;
}

} // namespace

class TestZoomClient final : public QObject
{
    Q_OBJECT

private slots:
    void tokenIsCachedAndSharedByConcurrentCallers()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        QObject context;
        int done = 0;
        for (int i = 0; i < 10; ++i)
            client.send(get(QStringLiteral("/users"), RateLimitLabel::Medium), &context,
                        [&done](const Result<ZoomResponse, ZoomError> &r) { done += r.ok() ? 1 : 0; });
        QTRY_COMPARE(done, 10);
        QCOMPARE(client.tokens().exchanges(), 1);
        QVERIFY(call(client, get(QStringLiteral("/users/lucia.fernandez@universidad.example"))).ok());
        QCOMPARE(client.tokens().exchanges(), 1);
    }

    void expiredTokenIsReplacedOnce()
    {
        SandboxOptions o = sandboxOptions();
        o.tokenTtlSeconds = 3600;
        ZoomSandbox sandbox(o);
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        QVERIFY(call(client, get(QStringLiteral("/users"))).ok());
        // Zoom's clock runs ahead of ours: the cached token looks valid here, Zoom says 124.
        sandbox.advanceClock(2 * 3600);
        const auto result = call(client, get(QStringLiteral("/users")));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().explanation));
        QCOMPARE(client.tokens().exchanges(), 2);
    }

    void shortLivedTokensAreRefreshedAhead()
    {
        SandboxOptions o = sandboxOptions();
        o.tokenTtlSeconds = 2;
        ZoomSandbox sandbox(o);
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        QVERIFY(call(client, get(QStringLiteral("/users"))).ok());
        QTest::qWait(2100);
        QVERIFY(call(client, get(QStringLiteral("/users"))).ok());
        QCOMPARE(client.tokens().exchanges(), 2);
    }

    void credentialErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<int>("kind");
        QTest::newRow("wrong secret") << "wrong"
                                      << "" << int(ZoomError::Kind::InvalidCredentials);
        QTest::newRow("plain http elsewhere") << ""
                                              << "http://zoom.example.org" << int(ZoomError::Kind::InsecureUrl);
        QTest::newRow("nobody listening") << ""
                                          << "http://127.0.0.1:9" << int(ZoomError::Kind::Network);
    }

    void credentialErrorsAreExplained()
    {
        QFETCH(QString, secret);
        QFETCH(QString, baseUrl);
        QFETCH(int, kind);
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        ZoomCredentials credentials = credentialsFor(sandbox);
        if (!secret.isEmpty())
            credentials.clientSecret = secret;
        if (!baseUrl.isEmpty())
            credentials.baseUrl = QUrl(baseUrl);
        ZoomClient client(credentials);
        client.maxAttempts = 1;
        const auto result = call(client, get(QStringLiteral("/users")));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY(!result.error().explanation.isEmpty());
        QVERIFY(!result.error().explanation.contains(sandbox.clientSecret()));
    }

    void missingScopeNamesTheAlternatives()
    {
        ZoomSandbox sandbox(sandboxOptions(QStringLiteral("required")));
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        const auto result = call(client, get(QStringLiteral("/users")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ZoomError::Kind::MissingScopes);
        QCOMPARE(result.error().zoomCode, 4711);
        QCOMPARE(result.error().missingScopes, QStringList {QStringLiteral("user:read:list_users:admin")});
        QVERIFY(result.error().explanation.contains(QStringLiteral("user:read:list_users:admin")));
    }

    void rateLimitsAreWaitedOut()
    {
        ZoomSandbox sandbox(sandboxOptions(QStringLiteral("all"), ZoomPlan::Free)); // Medium: 2 per second
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        QObject context;
        int ok = 0;
        for (int i = 0; i < 6; ++i)
            client.send(get(QStringLiteral("/users"), RateLimitLabel::Medium), &context,
                        [&ok](const Result<ZoomResponse, ZoomError> &r) { ok += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(ok, 6, 30000);
    }

    void retryAfterInBothForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QByteArray("3") << qint64(3);
        QTest::newRow("iso date") << QByteArray("2026-11-23T00:00:00Z") << qint64(3600);
        QTest::newRow("http date") << QByteArray("Mon, 23 Nov 2026 00:00:00 GMT") << qint64(3600);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }

    void retryAfterInBothForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(2026, 11, 22), QTime(23, 0), QTimeZone::utc());
        const auto at = parseRetryAfter(header, now);
        if (seconds < 0) {
            QVERIFY(!at);
            return;
        }
        QVERIFY(at);
        QCOMPARE(now.secsTo(*at), seconds);
    }

    void dailyAccountLimitSaysWhenCallsResume()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(15, 0), QTimeZone::utc());
        const QByteArray body = "{\"code\":429,\"message\":\"You have reached the maximum daily rate limit for "
                                "this API.\"}";
        const ZoomError daily = ZoomError::fromResponse(429, body, "2026-11-23T00:00:00Z", now);
        QCOMPARE(daily.kind, ZoomError::Kind::RateLimited);
        QVERIFY2(daily.explanation.contains("2026-11-23 00:00"), qPrintable(daily.explanation));
        const ZoomError perSecond = ZoomError::fromResponse(429, body, "1", now);
        QVERIFY(perSecond.explanation.contains("will wait"));
    }

    void dailyLimitOfAHostIsItsOwnCondition()
    {
        // (moc cannot read raw strings with parentheses inside, hence the escapes)
        const QByteArray body = "{\"code\":429,\"message\":\"You have exceeded the daily rate limit (100) of "
                                "Meeting Create/Update API requests permitted for this particular user. You may "
                                "resume these requests at GMT 00:00:00.\"}";
        const ZoomError error = ZoomError::fromResponse(429, body, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(error.kind, ZoomError::Kind::HostDailyLimit);
        QCOMPARE(error.code(), QStringLiteral("zoom.host_daily_limit"));
    }

    void faultsBecomeRetriesOrClearErrors_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("kind"); // -1: success
        QTest::newRow("latency") << "latency:1:150ms" << QByteArray("GET") << -1;
        QTest::newRow("reset on read") << "reset:1" << QByteArray("GET") << int(ZoomError::Kind::Network);
        QTest::newRow("truncated read") << "truncate:1" << QByteArray("GET") << int(ZoomError::Kind::Network);
        QTest::newRow("5xx on read") << "5xx:1" << QByteArray("GET") << int(ZoomError::Kind::ServerError);
        QTest::newRow("reset on create") << "reset:1" << QByteArray("POST") << int(ZoomError::Kind::OutcomeUnknown);
        QTest::newRow("5xx on create") << "5xx:1" << QByteArray("POST") << int(ZoomError::Kind::OutcomeUnknown);
        QTest::newRow("truncated create") << "truncate:1" << QByteArray("POST") << int(ZoomError::Kind::OutcomeUnknown);
    }

    void faultsBecomeRetriesOrClearErrors()
    {
        QFETCH(QString, faults);
        QFETCH(QByteArray, method);
        QFETCH(int, kind);
        SandboxOptions o = sandboxOptions();
        o.faults = SandboxOptions::parseFaults(faults).value();
        ZoomSandbox sandbox(o);
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        ZoomRequest request =
            get(QStringLiteral("/users/lucia.fernandez@universidad.example/meetings"), RateLimitLabel::Medium);
        request.method = method;
        if (method == "POST") {
            request.label = RateLimitLabel::Light;
            request.body = nlohmann::json {{"topic", "Fault"}};
        }
        client.maxAttempts = 3;
        const auto result = call(client, request);
        if (kind < 0) {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().explanation));
            return;
        }
        QVERIFY(!result.ok());
        // The token exchange itself may be what failed; either way the error is clear.
        QVERIFY2(int(result.error().kind) == kind || result.error().kind == ZoomError::Kind::Network ||
                     result.error().kind == ZoomError::Kind::ServerError ||
                     result.error().kind == ZoomError::Kind::MalformedResponse,
                 qPrintable(result.error().code()));
        QVERIFY(!result.error().explanation.isEmpty());
    }

    void pagingStaysUnderTheRateLimit()
    {
        ZoomSandbox sandbox(sandboxOptions(QStringLiteral("all"), ZoomPlan::Pro)); // Medium: 20 per second
        QVERIFY(sandbox.start());
        const QString id = endedMeeting(sandbox, 11999); // 12,000 rows with the host: 40 pages
        ZoomClient client(credentialsFor(sandbox));
        client.rateLimiter().setPlan(ZoomPlan::Pro);
        ZoomRequest request = get(QStringLiteral("/past_meetings/%1/participants").arg(id), RateLimitLabel::Medium);
        request.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
        QSet<QString> rows;
        std::optional<Result<qint64, ZoomError>> done;
        QObject context;
        client.fetchAllPages(
            request, QStringLiteral("participants"), &context,
            [&rows](const nlohmann::json &items) {
                for (const auto &item : items)
                    rows.insert(QString::fromStdString(item["user_id"].get<std::string>()));
                return true;
            },
            [&done](const Result<qint64, ZoomError> &result) { done = result; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().explanation));
        QCOMPARE(done->value(), qint64(12000));
        QCOMPARE(rows.size(), 12000);
        QCOMPARE(rateLimited(sandbox), 0);
    }

    void pagingSurvivesAnExpiredPageToken()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        const QString id = endedMeeting(sandbox, 999);
        ZoomClient client(credentialsFor(sandbox));
        ZoomRequest request = get(QStringLiteral("/report/meetings/%1/participants").arg(id), RateLimitLabel::Heavy);
        request.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
        QStringList rows;
        int pages = 0;
        std::optional<Result<qint64, ZoomError>> done;
        QObject context;
        client.fetchAllPages(
            request, QStringLiteral("participants"), &context,
            [&](const nlohmann::json &items) {
                for (const auto &item : items)
                    rows.append(QString::fromStdString(item["user_id"].get<std::string>()));
                if (++pages == 3) // a long pause: the page token (15 minutes) and the access token expire
                    sandbox.advanceClock(2 * 3600);
                return true;
            },
            [&done](const Result<qint64, ZoomError> &result) { done = result; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().explanation));
        QCOMPARE(rows.size(), 1000);
        QCOMPARE(QSet<QString>(rows.begin(), rows.end()).size(), 1000);
    }

    void limiterLearnsFromZoomsHeaders()
    {
        ClientRateLimiter limiter(ZoomPlan::Pro);
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
        // Zoom says the call we took for Light is Heavy: pace it as Heavy from now on.
        limiter.observe(RateLimitLabel::Light, "Heavy", {}, now);
        QCOMPARE(limiter.effectiveLabel(RateLimitLabel::Light), RateLimitLabel::Heavy);
        // A looser category never loosens the pacing.
        limiter.observe(RateLimitLabel::Light, "Light", {}, now);
        QCOMPARE(limiter.effectiveLabel(RateLimitLabel::Light), RateLimitLabel::Heavy);
        // The daily allowance spent: nothing more today.
        QObject context;
        bool ran = false;
        limiter.observe(RateLimitLabel::Medium, "Medium", "0", now);
        limiter.acquire(RateLimitLabel::Medium, &context, [&ran] { ran = true; });
        QTest::qWait(100);
        QVERIFY(!ran);
    }

    void uuidSegmentsFollowZoomsRule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("segment");
        QTest::newRow("numeric id") << "85581753901"
                                    << "85581753901";
        QTest::newRow("plain uuid") << "aDYlohsHRtCd4ii1uC2+hA=="
                                    << "aDYlohsHRtCd4ii1uC2%2BhA%3D%3D";
        QTest::newRow("leading slash") << "/ajXp112QmuoKj4854875=="
                                       << "%252FajXp112QmuoKj4854875%253D%253D";
        QTest::newRow("double slash") << "ab//cd=="
                                      << "ab%252F%252Fcd%253D%253D";
        QTest::newRow("e-mail") << "ana+zoom@uni.example"
                                << "ana%2Bzoom%40uni.example";
    }

    void uuidSegmentsFollowZoomsRule()
    {
        QFETCH(QString, id);
        QFETCH(QString, segment);
        QCOMPARE(ZoomClient::segment(id), segment);
    }

    void doubleEncodedUuidReachesTheMeeting()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        ZoomClient client(credentialsFor(sandbox));
        ZoomRequest create = get(QStringLiteral("/users/lucia.fernandez@universidad.example/meetings"));
        create.method = "POST";
        create.body = nlohmann::json::object();
        const auto created = call(client, create);
        QVERIFY(created.ok());
        const qint64 id = created.value().body["id"].get<qint64>();
        QVERIFY(sandbox
                    .handle({"PUT",
                             {QStringLiteral("_sandbox"), QStringLiteral("meetings"), QString::number(id),
                              QStringLiteral("uuid")},
                             {},
                             {},
                             R"({"uuid":"/ajXp112QmuoKj4854875=="})"})
                    .status == 204);
        const auto read =
            call(client, get(QStringLiteral("/meetings/") + ZoomClient::segment("/ajXp112QmuoKj4854875==")));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().explanation));
        QCOMPARE(read.value().body["id"].get<qint64>(), id);
    }
};

QTEST_GUILESS_MAIN(TestZoomClient)
#include "tst_zoomclient.moc"
