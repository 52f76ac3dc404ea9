// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Roomdesk {

// One error type for everything the Zoom client can meet: the HTTP status, Zoom's code and
// message as received, and a translated explanation an administrator can act on.
struct ZoomError final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ZoomError)

public:
    enum class Kind {
        Network, // unreachable host, reset, truncated answer, timeout
        InsecureUrl, // plain http to anything but this computer
        InvalidCredentials, // invalid_client: wrong Client ID or Client Secret
        WrongAppType, // unsupported_grant_type: not a Server-to-Server OAuth app
        InvalidRequest, // other OAuth refusals (wrong Account ID)
        TokenRejected, // 401 / 124 even after a fresh token
        MissingScopes, // 4711
        NotFound, // 404: 1001 user, 3001 meeting or webinar
        Validation, // 300 and other 400s
        HostNotAllowed, // 3161, or a webinar without a webinar licence (200)
        RateLimited, // 429 per second or per day, for the account
        HostDailyLimit, // 429: 100 create/update calls per host and day
        ServerError, // 5xx
        OutcomeUnknown, // a non-idempotent call whose answer was lost
        MalformedResponse, // a 2xx whose body is not what Zoom documents
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    int zoomCode = 0;
    QString zoomMessage;
    QString explanation;
    QStringList missingScopes; // the alternatives named by a 4711
    std::optional<QDateTime> retryAtUtc;

    // "zoom.missing_scopes", … for scripts and logs.
    QString code() const;
    Error toError() const { return {code(), explanation}; }

    static ZoomError network(const QString &detail);
    static ZoomError outcomeUnknown(const QString &detail);
    static ZoomError insecureUrl(const QString &url);
    static ZoomError malformed(const QString &detail);
    // From an HTTP answer with Zoom's {code, message} body, or an OAuth {error, reason} body.
    static ZoomError fromResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                                  const QDateTime &nowUtc);
};

// Retry-After as Zoom sends it: seconds, or an ISO 8601 date-time (daily limits).
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace Roomdesk
