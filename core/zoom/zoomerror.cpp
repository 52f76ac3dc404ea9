// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomerror.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace Roomdesk {

QString ZoomError::code() const
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("zoom.network");
    case Kind::InsecureUrl:
        return QStringLiteral("zoom.insecure_url");
    case Kind::InvalidCredentials:
        return QStringLiteral("zoom.invalid_credentials");
    case Kind::WrongAppType:
        return QStringLiteral("zoom.wrong_app_type");
    case Kind::InvalidRequest:
        return QStringLiteral("zoom.invalid_request");
    case Kind::TokenRejected:
        return QStringLiteral("zoom.token_rejected");
    case Kind::MissingScopes:
        return QStringLiteral("zoom.missing_scopes");
    case Kind::NotFound:
        return QStringLiteral("zoom.not_found");
    case Kind::Validation:
        return QStringLiteral("zoom.validation");
    case Kind::HostNotAllowed:
        return QStringLiteral("zoom.host_not_allowed");
    case Kind::RateLimited:
        return QStringLiteral("zoom.rate_limited");
    case Kind::HostDailyLimit:
        return QStringLiteral("zoom.host_daily_limit");
    case Kind::ServerError:
        return QStringLiteral("zoom.server_error");
    case Kind::OutcomeUnknown:
        return QStringLiteral("zoom.outcome_unknown");
    case Kind::MalformedResponse:
        return QStringLiteral("zoom.malformed_response");
    case Kind::Cancelled:
        return QStringLiteral("zoom.cancelled");
    }
    return QStringLiteral("zoom.error");
}

ZoomError ZoomError::network(const QString &detail)
{
    ZoomError error;
    error.kind = Kind::Network;
    error.explanation = tr("Zoom could not be reached (%1). Check the network connection and the Zoom address, "
                           "then try again.")
                            .arg(detail);
    return error;
}

ZoomError ZoomError::outcomeUnknown(const QString &detail)
{
    ZoomError error;
    error.kind = Kind::OutcomeUnknown;
    error.explanation = tr("The connection to Zoom broke before its answer arrived (%1); the change may or may not "
                           "have been made.")
                            .arg(detail);
    return error;
}

ZoomError ZoomError::insecureUrl(const QString &url)
{
    ZoomError error;
    error.kind = Kind::InsecureUrl;
    error.explanation =
        tr("“%1” is not a secure address. Zoom is reached over https; plain http is only allowed for a sandbox on "
           "this computer.")
            .arg(url);
    return error;
}

ZoomError ZoomError::malformed(const QString &detail)
{
    ZoomError error;
    error.kind = Kind::MalformedResponse;
    error.explanation = tr("Zoom answered with something Roomdesk does not understand (%1). Nothing was changed "
                           "on this side; try again later.")
                            .arg(detail);
    return error;
}

std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok && seconds >= 0)
        return nowUtc.addSecs(seconds);
    QDateTime at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODate);
    if (!at.isValid()) { // the HTTP date form, "Mon, 23 Nov 2026 00:00:00 GMT"
        QString http = QString::fromLatin1(trimmed);
        if (http.endsWith(QLatin1String(" GMT")))
            http = http.chopped(4) + QStringLiteral(" +0000");
        at = QDateTime::fromString(http, Qt::RFC2822Date);
    }
    if (at.isValid())
        return at.toUTC();
    return std::nullopt;
}

ZoomError ZoomError::fromResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                                  const QDateTime &nowUtc)
{
    ZoomError error;
    error.httpStatus = httpStatus;
    const auto json = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (json.is_object()) {
        if (json.contains("code") && json["code"].is_number_integer())
            error.zoomCode = json["code"].get<int>();
        if (json.contains("message") && json["message"].is_string())
            error.zoomMessage = QString::fromStdString(json["message"].get<std::string>());
        if (json.contains("error") && json["error"].is_string()) { // OAuth's {error, reason}
            const std::string oauth = json["error"].get<std::string>();
            error.zoomMessage = QString::fromStdString(json.value("reason", oauth));
            if (oauth == "invalid_client") {
                error.kind = Kind::InvalidCredentials;
                error.explanation = tr("Zoom refused the Client ID or the Client Secret. Copy both again from the "
                                       "app's App Credentials page in the Zoom App Marketplace.");
                return error;
            }
            if (oauth == "unsupported_grant_type") {
                error.kind = Kind::WrongAppType;
                error.explanation = tr("Zoom does not accept these credentials for a Server-to-Server OAuth token. "
                                       "Check that the app was created as a Server-to-Server OAuth app and that it "
                                       "is activated.");
                return error;
            }
            error.kind = Kind::InvalidRequest;
            error.explanation = tr("Zoom refused the token request (%1). Check the Account ID.").arg(error.zoomMessage);
            return error;
        }
    }
    const QString detail = error.zoomMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : error.zoomMessage;

    if (httpStatus == 429) {
        error.retryAtUtc = parseRetryAfter(retryAfter, nowUtc);
        if (error.zoomMessage.contains(QLatin1String("particular user"))) {
            error.kind = Kind::HostDailyLimit;
            error.explanation = tr("This room's Zoom user has reached Zoom's limit of 100 meeting and webinar changes "
                                   "per day. Changes to it can resume after midnight UTC; other rooms are not "
                                   "affected.");
        } else if (error.retryAtUtc && nowUtc.secsTo(*error.retryAtUtc) > 120) {
            // A daily limit: nobody should be told "Roomdesk will wait" for hours.
            error.kind = Kind::RateLimited;
            error.explanation =
                tr("Zoom's daily limit for this account was reached (%1). Calls can resume at %2 UTC.")
                    .arg(detail, error.retryAtUtc->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        } else {
            error.kind = Kind::RateLimited;
            error.explanation = tr("Zoom's rate limit for this account was reached (%1). Roomdesk will wait and try "
                                   "again.")
                                    .arg(detail);
        }
        return error;
    }
    if (httpStatus >= 500) {
        error.kind = Kind::ServerError;
        error.explanation = tr("Zoom had a problem of its own (HTTP %1). Try again in a few minutes.").arg(httpStatus);
        return error;
    }
    switch (error.zoomCode) {
    case 124:
        error.kind = Kind::TokenRejected;
        error.explanation = tr("Zoom did not accept the access token (%1). Check that the app is still activated "
                               "and test the connection again.")
                                .arg(detail);
        return error;
    case 4711:
    case 4700: {
        error.kind = Kind::MissingScopes;
        static const QRegularExpression list(QStringLiteral("scopes:\\[([^\\]]*)\\]"));
        const auto match = list.match(error.zoomMessage);
        if (match.hasMatch()) {
            for (const QString &scope : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                error.missingScopes.append(scope.trimmed());
        }
        error.explanation =
            tr("The Zoom app lacks a scope this needs. Add one of these scopes to the app in the Zoom "
               "App Marketplace: %1.")
                .arg(error.missingScopes.isEmpty() ? detail : error.missingScopes.join(QStringLiteral(", ")));
        return error;
    }
    case 1001:
        error.kind = Kind::NotFound;
        error.explanation = tr("Zoom does not know this user (%1). Check the room's e-mail address and that the user "
                               "is active in the Zoom account.")
                                .arg(detail);
        return error;
    case 3001:
        error.kind = Kind::NotFound;
        error.explanation = tr("The meeting or webinar no longer exists in Zoom (%1); it may have been deleted "
                               "there.")
                                .arg(detail);
        return error;
    case 3161:
        error.kind = Kind::HostNotAllowed;
        error.explanation = tr("This Zoom user cannot host these sessions (%1). Give the user a licence or choose "
                               "another room.")
                                .arg(detail);
        return error;
    case 200:
        if (error.zoomMessage.contains(QLatin1String("Webinar plan"))) {
            error.kind = Kind::HostNotAllowed;
            error.explanation = tr("This Zoom user has no webinar licence. Choose a webinar-capable room or add the "
                                   "licence in Zoom.");
            return error;
        }
        break;
    default:
        break;
    }
    if (httpStatus == 401) {
        error.kind = Kind::TokenRejected;
        error.explanation = tr("Zoom did not accept the credentials (%1).").arg(detail);
        return error;
    }
    if (httpStatus == 404) {
        error.kind = Kind::NotFound;
        error.explanation = tr("Zoom does not know what was asked for (%1).").arg(detail);
        return error;
    }
    error.kind = Kind::Validation;
    error.explanation = tr("Zoom refused the request: %1").arg(detail);
    return error;
}

} // namespace Roomdesk
