// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportretry.h"

#include <algorithm>

namespace Roomdesk {

ReportRetry ReportRetry::after(const ZoomError &error, const QDateTime &nowUtc)
{
    switch (error.kind) {
    case ZoomError::Kind::Network:
    case ZoomError::Kind::OutcomeUnknown:
    case ZoomError::Kind::Cancelled:
    case ZoomError::Kind::InvalidCredentials:
    case ZoomError::Kind::WrongAppType:
    case ZoomError::Kind::InvalidRequest:
    case ZoomError::Kind::TokenRejected:
        return ReportRetry(Kind::Unreachable);
    case ZoomError::Kind::RateLimited:
    case ZoomError::Kind::HostDailyLimit:
        if (error.retryAtUtc && nowUtc.secsTo(*error.retryAtUtc) > longestShortWaitSeconds)
            return ReportRetry(Kind::Unreachable, error.retryAtUtc);
        return ReportRetry(Kind::Later, error.retryAtUtc);
    case ZoomError::Kind::ServerError:
    case ZoomError::Kind::NotFound:
    case ZoomError::Kind::MalformedResponse:
        return ReportRetry(Kind::Later);
    case ZoomError::Kind::InsecureUrl:
    case ZoomError::Kind::MissingScopes:
    case ZoomError::Kind::Validation:
    case ZoomError::Kind::HostNotAllowed:
        return ReportRetry(Kind::Refused);
    }
    return ReportRetry(Kind::Refused);
}

qint64 ReportRetry::delaySeconds(int attempts)
{
    return std::min<qint64>(600, qint64(120) << std::clamp(attempts - 1, 0, 3));
}

ReportRetry::Next ReportRetry::next(int attempts, const QDateTime &nowUtc, const QDateTime &deadlineUtc) const
{
    QDateTime attempt = nowUtc.addSecs(delaySeconds(attempts));
    if (m_notBefore && *m_notBefore > attempt)
        attempt = *m_notBefore;
    switch (m_kind) {
    case Kind::Refused:
        return {true, {}, deadlineUtc};
    case Kind::Later:
        if (nowUtc >= deadlineUtc)
            return {true, {}, deadlineUtc};
        return {false, std::min(attempt, deadlineUtc), deadlineUtc};
    case Kind::Unreachable:
        // The wait is given back: as much time is left after it as was left before.
        return {false, attempt, std::max(deadlineUtc, nowUtc).addSecs(nowUtc.secsTo(attempt))};
    }
    return {true, {}, deadlineUtc};
}

} // namespace Roomdesk
