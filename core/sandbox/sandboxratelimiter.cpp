// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxratelimiter.h"

#include "sandboxdata.h"

#include <QDateTime>
#include <QTimeZone>

namespace Roomdesk {

SandboxRateLimiter::SandboxRateLimiter(ZoomPlan plan)
    : m_plan(plan)
{
    m_clock.start();
}

std::optional<SandboxResponse> SandboxRateLimiter::admit(RateLimitLabel label, const QDateTime &nowUtc,
                                                         QList<QPair<QByteArray, QByteArray>> *headers,
                                                         std::optional<qint64> monotonicMs)
{
    const RateLimit limit = rateLimitFor(m_plan, label);
    Window &window = m_windows[static_cast<int>(label)];
    const QByteArray category = rateLimitLabelName(label).toLatin1();

    const QDate today = nowUtc.toUTC().date();
    if (window.day != today) {
        window.day = today;
        window.today = 0;
    }
    if (limit.perDay > 0 && window.today >= limit.perDay) {
        ++m_rejected;
        // Zoom's daily 429 names the next UTC midnight as an ISO date-time in Retry-After.
        const QDateTime reset(today.addDays(1), QTime(0, 0), QTimeZone::utc());
        auto response = SandboxResponse::zoomError(
            429, 429,
            QStringLiteral("You have reached the maximum daily rate limit for this API. Refer to the response header "
                           "for details on when you can make another request."));
        response.headers = {{"X-RateLimit-Category", category},
                            {"X-RateLimit-Type", "Daily-limit"},
                            {"X-RateLimit-Limit", QByteArray::number(limit.perDay)},
                            {"X-RateLimit-Remaining", "0"},
                            {"Retry-After", QByteArray::fromStdString(isoUtc(reset))}};
        return response;
    }

    const qint64 nowMs = monotonicMs.value_or(m_clock.elapsed());
    const qint64 windowMs = qint64(limit.windowSeconds) * 1000;
    while (!window.admittedMs.empty() && window.admittedMs.front() <= nowMs - windowMs)
        window.admittedMs.pop_front();
    if (static_cast<int>(window.admittedMs.size()) >= limit.requests) {
        ++m_rejected;
        const qint64 waitMs = window.admittedMs.front() + windowMs - nowMs;
        auto response = SandboxResponse::zoomError(
            429, 429,
            QStringLiteral("You have reached the maximum per-second rate limit for this API. Try again later."));
        response.headers = {{"X-RateLimit-Category", category},
                            {"X-RateLimit-Type", "QPS"},
                            {"Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000))}};
        return response;
    }
    window.admittedMs.push_back(nowMs);
    ++window.today;
    if (headers) {
        headers->append({"X-RateLimit-Category", category});
        if (limit.perDay > 0)
            headers->append({"X-RateLimit-Remaining", QByteArray::number(limit.perDay - window.today)});
    }
    return std::nullopt;
}

} // namespace Roomdesk
