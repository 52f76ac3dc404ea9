// SPDX-License-Identifier: GPL-3.0-or-later
// bench_paging: fetch 30,000 participants (100 pages of 300) from the sandbox under a plan's
// rate limit, and print the achieved request rate as a ratio of the plan's ceiling for the
// label (the baseline, measured in the same run as the fastest rate Zoom would allow) and
// the number of 429s. Target: ≥ 0.9 of the ceiling with zero 429s.
//
//   bench_paging [--plan free|pro|business] [--participants N]
#include "sandboxkit.h"
#include "zoom/zoomclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace Roomdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const ZoomPlan plan =
        zoomPlanFromName(option(QStringLiteral("--plan"), QStringLiteral("pro"))).value_or(ZoomPlan::Pro);
    const int participants = option(QStringLiteral("--participants"), QStringLiteral("30000")).toInt();

    SandboxOptions options;
    options.plan = plan;
    options.grantedScopes = SandboxOptions::parseScopes(QStringLiteral("all")).value();
    ZoomSandbox sandbox(options);
    if (!sandbox.start())
        return 1;

    const QString id = Roomdesk::Test::endedMeeting(sandbox, participants - 1);

    ZoomClient client({sandbox.origin(), sandbox.accountId(), sandbox.clientId(), sandbox.clientSecret()});
    client.rateLimiter().setPlan(plan);
    // Warm the token first: the exchange is not part of the paging rate.
    bool tokenReady = false;
    client.tokens().token(&app, [&](const Result<ZoomToken, ZoomError> &) {
        tokenReady = true;
        QCoreApplication::quit();
    });
    if (!tokenReady)
        QCoreApplication::exec();

    ZoomRequest request;
    request.path = QStringLiteral("/past_meetings/%1/participants").arg(id);
    request.label = RateLimitLabel::Medium;
    request.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    qint64 rows = 0;
    int pages = 0;
    QString failure;
    QElapsedTimer timer;
    timer.start();
    client.fetchAllPages(
        request, QStringLiteral("participants"), &app,
        [&](const nlohmann::json &items) {
            rows += static_cast<qint64>(items.size());
            ++pages;
            return true;
        },
        [&](const Result<qint64, ZoomError> &result) {
            if (!result)
                failure = result.error().explanation;
            QCoreApplication::quit();
        });
    QCoreApplication::exec();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    const RateLimit limit = rateLimitFor(plan, RateLimitLabel::Medium);
    const double ceiling = static_cast<double>(limit.requests) / limit.windowSeconds;
    // Baseline: the same pages at exactly the ceiling, the first one free.
    const double baselineSeconds = (pages - 1) / ceiling;
    const double achieved = pages > 1 ? (pages - 1) / seconds : 0.0;
    const int limited = sandbox.handle({"GET", {QStringLiteral("_sandbox"), QStringLiteral("stats")}, {}, {}, {}})
                            .body->at("rate_limited")
                            .get<int>();
    QTextStream out(stdout);
    out << QStringLiteral("bench_paging plan=%1 label=Medium ceiling=%2 req/s\n").arg(zoomPlanName(plan)).arg(ceiling);
    out << QStringLiteral("  rows=%1 pages=%2 time=%3 s (baseline at the ceiling: %4 s)\n")
               .arg(rows)
               .arg(pages)
               .arg(seconds, 0, 'f', 2)
               .arg(baselineSeconds, 0, 'f', 2);
    out << QStringLiteral("  achieved=%1 req/s ratio_to_ceiling=%2 429s=%3\n")
               .arg(achieved, 0, 'f', 1)
               .arg(achieved / ceiling, 0, 'f', 3)
               .arg(limited);
    if (!failure.isEmpty()) {
        out << QStringLiteral("  FAILED: %1\n").arg(failure);
        return 1;
    }
    return rows == participants && limited == 0 ? 0 : 1;
}
