// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Roomdesk {

// Zoom's plans as far as rate limits are concerned (ZOOM_API_FACTS §4).
enum class ZoomPlan { Free, Pro, Business };

// Every endpoint carries one of these labels in Zoom's OpenAPI documents.
enum class RateLimitLabel { Light, Medium, Heavy, ResourceIntensive };

struct RateLimit final
{
    int requests = 0; // per window
    int windowSeconds = 1; // 1 for per-second limits, 60 for Resource-intensive
    int perDay = 0; // 0: no daily cap of its own
};

RateLimit rateLimitFor(ZoomPlan plan, RateLimitLabel label);
QString rateLimitLabelName(RateLimitLabel label); // "Light", "Medium", … as in X-RateLimit-Category
std::optional<ZoomPlan> zoomPlanFromName(const QString &name); // "free", "pro", "business"
QString zoomPlanName(ZoomPlan plan);

// Create and update calls for meetings and webinars, per host user and UTC day.
inline constexpr int kMeetingWritesPerHostPerDay = 100;

} // namespace Roomdesk
