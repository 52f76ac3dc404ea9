#include "clientratelimiter.h"

#include <QPointer>
#include <QTimer>

namespace Roomdesk {

ClientRateLimiter::ClientRateLimiter(ZoomPlan plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    m_clock.start();
}

void ClientRateLimiter::acquire(RateLimitLabel label, QObject *context, std::function<void()> go)
{
    const RateLimit limit = rateLimitFor(m_plan, label);
    const double intervalMs = 1000.0 * limit.windowSeconds / (limit.requests * kShareOfCeiling);
    const qint64 now = m_clock.elapsed();
    qint64 &next = m_nextSlotMs[static_cast<int>(label)];
    const qint64 slot = std::max(now, next);
    next = slot + static_cast<qint64>(intervalMs + 0.5);
    if (slot <= now) {
        go();
        return;
    }
    QTimer::singleShot(static_cast<int>(slot - now), context, std::move(go));
}

void ClientRateLimiter::backOff(RateLimitLabel label, qint64 waitMs)
{
    qint64 &next = m_nextSlotMs[static_cast<int>(label)];
    next = std::max(next, m_clock.elapsed() + waitMs);
}

} // namespace Roomdesk
