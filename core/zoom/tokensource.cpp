// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokensource.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcToken, "roomdesk.core.zoom.token", QtInfoMsg)
constexpr int kTimeoutMs = 30000;
} // namespace

QUrl ZoomCredentials::tokenUrl() const
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/oauth/token"));
    return url;
}

Result<void, ZoomError> ZoomCredentials::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ZoomError::insecureUrl(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback)
        return {};
    return ZoomError::insecureUrl(url.toString());
}

TokenSource::TokenSource(QNetworkAccessManager *network, ZoomCredentials credentials, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_clock(clock)
{}

void TokenSource::token(QObject *context, Callback callback)
{
    const qint64 margin = m_cached ? std::min<qint64>(kRefreshMarginSeconds, m_cached->lifetimeSeconds / 4) : 0;
    if (m_cached && m_clock.nowUtc().secsTo(m_cached->expiresAtUtc) > margin) {
        callback(*m_cached);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_fetching)
        fetch();
}

void TokenSource::invalidate(const QByteArray &rejected)
{
    if (m_cached && m_cached->accessToken == rejected)
        m_cached.reset();
}

void TokenSource::fetch()
{
    if (auto secure = ZoomCredentials::checkUrl(m_credentials.baseUrl); !secure) {
        finish(secure.error());
        return;
    }
    m_fetching = true;
    ++m_exchanges;
    QNetworkRequest request(m_credentials.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(
        "Authorization",
        "Basic " + (m_credentials.clientId + QLatin1Char(':') + m_credentials.clientSecret).toUtf8().toBase64());
    request.setTransferTimeout(kTimeoutMs);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("account_credentials"));
    form.addQueryItem(QStringLiteral("account_id"), m_credentials.accountId);
    qCDebug(lcToken) << "Requesting an access token from" << m_credentials.tokenUrl().toString();
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            // The address belongs in the message: a mistyped one is the usual cause.
            finish(ZoomError::network(m_credentials.baseUrl.toString() + QStringLiteral(" — ") + reply->errorString()));
            return;
        }
        if (status != 200) {
            finish(ZoomError::fromResponse(status, body, reply->rawHeader("Retry-After"), m_clock.nowUtc()));
            return;
        }
        auto parsed = parseResponse(body, m_clock.nowUtc());
        if (!parsed) {
            finish(parsed.error());
            return;
        }
        const ZoomToken &token = parsed.value();
        qCInfo(lcToken) << "Access token received with" << token.scopes.size() << "scopes";
        finish(token);
    });
}

Result<ZoomToken, ZoomError> TokenSource::parseResponse(const QByteArray &body, const QDateTime &nowUtc)
{
    const auto json = nlohmann::json::parse(body.toStdString(), nullptr, false);
    if (!json.is_object() || !json.contains("access_token") || !json["access_token"].is_string() ||
        json["access_token"].get<std::string>().empty() || !json.contains("expires_in") ||
        !json["expires_in"].is_number_integer())
        return ZoomError::malformed(QStringLiteral("token response"));
    // A lifetime outside a second to a day is not a token Zoom would issue.
    const auto lifetime = json["expires_in"].get<long long>();
    if (lifetime < 1 || lifetime > 86400 || json["expires_in"].is_number_unsigned() != (lifetime >= 0))
        return ZoomError::malformed(QStringLiteral("expires_in"));
    ZoomToken token;
    token.accessToken = QByteArray::fromStdString(json["access_token"].get<std::string>());
    token.lifetimeSeconds = lifetime;
    token.expiresAtUtc = nowUtc.addSecs(lifetime);
    if (json.contains("scope") && json["scope"].is_string())
        token.scopes =
            QString::fromStdString(json["scope"].get<std::string>()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    token.apiUrl = json.contains("api_url") && json["api_url"].is_string()
        ? QUrl(QString::fromStdString(json["api_url"].get<std::string>()), QUrl::StrictMode)
        : QUrl(QStringLiteral("https://api.zoom.us"));
    if (auto secure = ZoomCredentials::checkUrl(token.apiUrl); !secure)
        return secure.error();
    return token;
}

void TokenSource::finish(const Result<ZoomToken, ZoomError> &result)
{
    m_fetching = false;
    if (result)
        m_cached = result.value();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context)
            callback(result);
    }
}

} // namespace Roomdesk
