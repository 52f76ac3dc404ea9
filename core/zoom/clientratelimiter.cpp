// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientratelimiter.h"

#include <QPointer>
#include <QTimeZone>
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
    const RateLimit limit = rateLimitFor(m_plan, effectiveLabel(label));
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

void ClientRateLimiter::observe(RateLimitLabel label, const QByteArray &category, const QByteArray &remaining,
                                const QDateTime &nowUtc)
{
    static const QHash<QByteArray, RateLimitLabel> names = {{"light", RateLimitLabel::Light},
                                                            {"medium", RateLimitLabel::Medium},
                                                            {"heavy", RateLimitLabel::Heavy},
                                                            {"resource-intensive", RateLimitLabel::ResourceIntensive}};
    const auto named = names.constFind(category.trimmed().toLower());
    if (named != names.cend()) {
        const RateLimit assumed = rateLimitFor(m_plan, effectiveLabel(label));
        const RateLimit actual = rateLimitFor(m_plan, *named);
        if (double(actual.requests) / actual.windowSeconds < double(assumed.requests) / assumed.windowSeconds)
            m_observed.insert(static_cast<int>(label), *named);
    }
    bool ok = false;
    if (remaining.trimmed().toLongLong(&ok) == 0 && ok) {
        const QDateTime midnight(nowUtc.toUTC().date().addDays(1), QTime(0, 0), QTimeZone::utc());
        backOff(label, nowUtc.msecsTo(midnight));
    }
}

} // namespace Roomdesk
