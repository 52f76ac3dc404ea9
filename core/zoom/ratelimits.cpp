// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimits.h"

namespace Roomdesk {

RateLimit rateLimitFor(ZoomPlan plan, RateLimitLabel label)
{
    // Free has daily caps per label; Pro and Business+ share one daily cap between Heavy and
    // Resource-intensive (30,000 and 60,000), which is kept per label here as an upper bound.
    switch (plan) {
    case ZoomPlan::Free:
        switch (label) {
        case RateLimitLabel::Light:
            return {4, 1, 6000};
        case RateLimitLabel::Medium:
            return {2, 1, 2000};
        case RateLimitLabel::Heavy:
            return {1, 1, 1000};
        case RateLimitLabel::ResourceIntensive:
            return {10, 60, 30000};
        }
        break;
    case ZoomPlan::Pro:
        switch (label) {
        case RateLimitLabel::Light:
            return {30, 1, 0};
        case RateLimitLabel::Medium:
            return {20, 1, 0};
        case RateLimitLabel::Heavy:
            return {10, 1, 30000};
        case RateLimitLabel::ResourceIntensive:
            return {10, 60, 30000};
        }
        break;
    case ZoomPlan::Business:
        switch (label) {
        case RateLimitLabel::Light:
            return {80, 1, 0};
        case RateLimitLabel::Medium:
            return {60, 1, 0};
        case RateLimitLabel::Heavy:
            return {40, 1, 60000};
        case RateLimitLabel::ResourceIntensive:
            return {20, 60, 60000};
        }
        break;
    }
    return {1, 1, 0};
}

QString rateLimitLabelName(RateLimitLabel label)
{
    switch (label) {
    case RateLimitLabel::Light:
        return QStringLiteral("Light");
    case RateLimitLabel::Medium:
        return QStringLiteral("Medium");
    case RateLimitLabel::Heavy:
        return QStringLiteral("Heavy");
    case RateLimitLabel::ResourceIntensive:
        return QStringLiteral("Resource-intensive");
    }
    return {};
}

std::optional<ZoomPlan> zoomPlanFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("free"))
        return ZoomPlan::Free;
    if (n == QLatin1String("pro"))
        return ZoomPlan::Pro;
    if (n == QLatin1String("business"))
        return ZoomPlan::Business;
    return std::nullopt;
}

QString zoomPlanName(ZoomPlan plan)
{
    switch (plan) {
    case ZoomPlan::Free:
        return QStringLiteral("free");
    case ZoomPlan::Pro:
        return QStringLiteral("pro");
    case ZoomPlan::Business:
        return QStringLiteral("business");
    }
    return {};
}

} // namespace Roomdesk
