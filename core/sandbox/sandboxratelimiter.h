// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "zoom/ratelimits.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>

#include <deque>
#include <optional>

namespace Roomdesk {

// Zoom's per-account limits per rate-limit label: a sliding window of real time for the
// per-second (or per-minute) limit, and a daily count on the sandbox's virtual calendar.
class SandboxRateLimiter final
{
public:
    explicit SandboxRateLimiter(ZoomPlan plan);

    // Counts one request; returns the 429 to send when over a limit. `headers` receives the
    // X-RateLimit-* headers Zoom puts on successful answers.
    // `monotonicMs` replaces the real clock of the per-second window (tests).
    std::optional<SandboxResponse> admit(RateLimitLabel label, const QDateTime &nowUtc,
                                         QList<QPair<QByteArray, QByteArray>> *headers,
                                         std::optional<qint64> monotonicMs = std::nullopt);
    int rejected() const { return m_rejected; }

private:
    struct Window
    {
        std::deque<qint64> admittedMs;
        QDate day;
        int today = 0;
    };

    ZoomPlan m_plan;
    QElapsedTimer m_clock;
    QHash<int, Window> m_windows;
    int m_rejected = 0;
};

} // namespace Roomdesk
