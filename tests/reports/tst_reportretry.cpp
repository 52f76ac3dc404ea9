// SPDX-License-Identifier: GPL-3.0-or-later
// The report fetcher's retry rules on their own: what each ZoomError means for the report
// (waits without using up the deadline, retried until the deadline, or failed at once), and
// when the next attempt comes and what the deadline is then.
#include "reports/reportretry.h"

#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());

ZoomError errorOf(ZoomError::Kind kind)
{
    ZoomError error;
    error.kind = kind;
    return error;
}

} // namespace

class TestReportRetry final : public QObject
{
    Q_OBJECT

private slots:
    void eachZoomErrorHasItsRule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rule");
        using K = ZoomError::Kind;
        using R = ReportRetry::Kind;
        const auto row = [](const char *name, K kind, R rule) { QTest::newRow(name) << int(kind) << int(rule); };
        row("network", K::Network, R::Unreachable);
        row("outcome unknown", K::OutcomeUnknown, R::Unreachable);
        row("cancelled", K::Cancelled, R::Unreachable);
        row("invalid credentials", K::InvalidCredentials, R::Unreachable);
        row("wrong app type", K::WrongAppType, R::Unreachable);
        row("invalid request", K::InvalidRequest, R::Unreachable);
        row("token rejected", K::TokenRejected, R::Unreachable);
        row("rate limited", K::RateLimited, R::Later);
        row("server error", K::ServerError, R::Later);
        row("not found", K::NotFound, R::Later);
        row("malformed", K::MalformedResponse, R::Later);
        row("missing scopes", K::MissingScopes, R::Refused);
        row("validation", K::Validation, R::Refused);
        row("host not allowed", K::HostNotAllowed, R::Refused);
        row("insecure url", K::InsecureUrl, R::Refused);
    }

    void eachZoomErrorHasItsRule()
    {
        QFETCH(int, kind);
        QFETCH(int, rule);
        QCOMPARE(int(ReportRetry::after(errorOf(ZoomError::Kind(kind)), kNow).kind()), rule);
    }

    void pausesGrowToTenMinutes()
    {
        QCOMPARE(ReportRetry::delaySeconds(1), 120);
        QCOMPARE(ReportRetry::delaySeconds(2), 240);
        QCOMPARE(ReportRetry::delaySeconds(3), 480);
        QCOMPARE(ReportRetry::delaySeconds(4), 600);
        QCOMPARE(ReportRetry::delaySeconds(40), 600);
    }

    // Not filed yet, a 5xx, a malformed body: the pause, the last attempt on the deadline, and
    // failed once it has passed.
    void laterIsRetriedUntilTheDeadline()
    {
        const ReportRetry retry = ReportRetry::after(errorOf(ZoomError::Kind::MalformedResponse), kNow);
        const QDateTime deadline = kNow.addSecs(30 * 60);
        ReportRetry::Next next = retry.next(1, kNow, deadline);
        QVERIFY(!next.fail);
        QCOMPARE(next.attemptUtc, kNow.addSecs(120));
        QCOMPARE(next.deadlineUtc, deadline);
        next = retry.next(4, deadline.addSecs(-60), deadline);
        QVERIFY(!next.fail);
        QCOMPARE(next.attemptUtc, deadline);
        QVERIFY(retry.next(5, deadline, deadline).fail);
    }

    // Offline before the deadline: the pause is added to it. Offline after it (asleep): still
    // waiting, with the deadline at the next attempt, so Zoom gets that one.
    void unreachableGivesThePauseBack()
    {
        const ReportRetry retry = ReportRetry::after(ZoomError::network(QStringLiteral("refused")), kNow);
        const QDateTime deadline = kNow.addSecs(30 * 60);
        ReportRetry::Next next = retry.next(1, kNow, deadline);
        QVERIFY(!next.fail);
        QCOMPARE(next.attemptUtc, kNow.addSecs(120));
        QCOMPARE(next.deadlineUtc, deadline.addSecs(120));
        const QDateTime asleep = deadline.addSecs(3 * 3600);
        next = retry.next(3, asleep, deadline);
        QVERIFY(!next.fail);
        QCOMPARE(next.attemptUtc, asleep.addSecs(480));
        QCOMPARE(next.deadlineUtc, next.attemptUtc);
    }

    // Zoom's 429s as the client gets them: a daily limit's date is waited for and not counted;
    // a per-second limit is an ordinary setback (its second is shorter than the pause).
    void rateLimitsHonourRetryAfter()
    {
        const QByteArray daily =
            "{\"code\":429,\"message\":\"You have reached the maximum daily rate limit for this API.\"}";
        const QDateTime midnight(QDate(2026, 11, 21), QTime(0, 0), QTimeZone::utc());
        const ZoomError limit = ZoomError::fromResponse(429, daily, "2026-11-21T00:00:00Z", kNow);
        const ReportRetry waitForIt = ReportRetry::after(limit, kNow);
        QCOMPARE(waitForIt.kind(), ReportRetry::Kind::Unreachable);
        QCOMPARE(waitForIt.notBeforeUtc().value(), midnight);
        const QDateTime deadline = kNow.addSecs(30 * 60);
        const ReportRetry::Next next = waitForIt.next(1, kNow, deadline);
        QVERIFY(!next.fail);
        QCOMPARE(next.attemptUtc, midnight);
        QCOMPARE(next.deadlineUtc, deadline.addSecs(kNow.secsTo(midnight)));

        const QByteArray perSecond =
            "{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit.\"}";
        const ReportRetry busy = ReportRetry::after(ZoomError::fromResponse(429, perSecond, "1", kNow), kNow);
        QCOMPARE(busy.kind(), ReportRetry::Kind::Later);
        QCOMPARE(busy.next(1, kNow, deadline).attemptUtc, kNow.addSecs(120));
    }

    void refusedFailsAtOnce()
    {
        const ReportRetry retry = ReportRetry::after(errorOf(ZoomError::Kind::MissingScopes), kNow);
        QVERIFY(retry.next(1, kNow, kNow.addSecs(30 * 60)).fail);
    }
};

QTEST_GUILESS_MAIN(TestReportRetry)
#include "tst_reportretry.moc"
