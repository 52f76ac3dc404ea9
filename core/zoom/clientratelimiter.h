// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>

namespace Roomdesk {

// Paces requests per rate-limit label so that a long job never provokes a 429 by itself:
// slots spaced at a little under the plan's per-second ceiling. A 429 Zoom sends anyway
// (other apps share the account's limits) pushes the label's next slot back.
class ClientRateLimiter final : public QObject
{
    Q_OBJECT

public:
    explicit ClientRateLimiter(ZoomPlan plan = ZoomPlan::Business, QObject *parent = nullptr);

    void setPlan(ZoomPlan plan) { m_plan = plan; }
    ZoomPlan plan() const { return m_plan; }
    // Runs `go` in the label's next free slot (at once when it is free).
    void acquire(RateLimitLabel label, QObject *context, std::function<void()> go);
    // Zoom answered 429 for this label: nothing more before `waitMs` has passed.
    void backOff(RateLimitLabel label, qint64 waitMs);
    // The headers of an answer: X-RateLimit-Category names the label Zoom really applies
    // (labels change over time; the stricter one is kept for pacing), X-RateLimit-Remaining
    // 0 means the daily allowance is spent until midnight UTC.
    void observe(RateLimitLabel label, const QByteArray &category, const QByteArray &remaining,
                 const QDateTime &nowUtc);
    RateLimitLabel effectiveLabel(RateLimitLabel label) const
    {
        return m_observed.value(static_cast<int>(label), label);
    }

    // Share of the ceiling used, for the headroom other clients of the account need.
    static constexpr double kShareOfCeiling = 0.95;

private:
    QElapsedTimer m_clock;
    QHash<int, qint64> m_nextSlotMs;
    QHash<int, RateLimitLabel> m_observed;
    ZoomPlan m_plan;
};

} // namespace Roomdesk
