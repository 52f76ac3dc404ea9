// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoom/zoomerror.h"

#include <QDateTime>

#include <optional>

namespace Roomdesk {

// The report fetcher's retry rules (DESIGN §4, issue 7), decided from what Zoom answered, in
// this one place:
// - Zoom could not be asked: no network, a connection that broke, credentials Zoom refused,
//   or the account's daily limit reached. Retried with growing pauses, and the pauses are not
//   counted against the report deadline (after a daily limit, the next attempt waits for its
//   Retry-After date), so a laptop that was offline or asleep does not lose the report.
// - Zoom may get over it: not filed yet, a server error, a short rate limit, a body Roomdesk
//   does not understand, durations still 0. Retried with growing pauses until the deadline,
//   the last attempt on the deadline itself; then failed with the reason.
// - Anything else (a missing scope, a free account, a request Zoom refuses) fails at once.
class ReportRetry final
{
public:
    enum class Kind { Unreachable, Later, Refused };

    // What comes after an attempt that failed at `nowUtc`.
    struct Next
    {
        bool fail = false; // failed for good, with the reason
        QDateTime attemptUtc; // otherwise: the next attempt…
        QDateTime deadlineUtc; // …and the deadline from then on
    };

    static ReportRetry after(const ZoomError &error, const QDateTime &nowUtc);
    static ReportRetry later() { return ReportRetry(Kind::Later); } // setbacks of Roomdesk's own

    Kind kind() const { return m_kind; }
    std::optional<QDateTime> notBeforeUtc() const { return m_notBefore; }

    // After attempt number `attempts` (1 for the first) failed at `nowUtc`.
    Next next(int attempts, const QDateTime &nowUtc, const QDateTime &deadlineUtc) const;

    // Pause before attempt n+1 (n ≥ 1): 2, 4, 8 … minutes, at most 10.
    static qint64 delaySeconds(int attempts);
    // A Retry-After further away than this is a daily limit: the Zoom client reports it
    // rather than waiting (ZoomClient::maxWaitSeconds).
    static constexpr qint64 longestShortWaitSeconds = 120;

private:
    explicit ReportRetry(Kind kind, std::optional<QDateTime> notBefore = std::nullopt)
        : m_kind(kind)
        , m_notBefore(std::move(notBefore))
    {}

    Kind m_kind;
    std::optional<QDateTime> m_notBefore;
};

} // namespace Roomdesk
