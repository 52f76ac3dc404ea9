// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "zoomcredentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Roomdesk {

struct ZoomToken final
{
    QByteArray accessToken;
    QDateTime expiresAtUtc;
    QStringList scopes; // granted, from the space-separated "scope"
    QUrl apiUrl; // REST calls go to {apiUrl}/v2
    qint64 lifetimeSeconds = 0;
};

// Server-to-Server OAuth tokens: one cached token per credentials, fetched again shortly
// before it expires, with one request in flight however many callers wait for it.
class TokenSource final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<ZoomToken, ZoomError> &)>;
    // Fetch a new token this long before expiry (a quarter of the lifetime for short-lived ones).
    static constexpr int kRefreshMarginSeconds = 60;

    TokenSource(QNetworkAccessManager *network, ZoomCredentials credentials, const Clock &clock = Clock::system(),
                QObject *parent = nullptr);

    // Calls back with a valid token (from the cache or a new exchange); `context` guards the call.
    void token(QObject *context, Callback callback);
    // Forgets the cached token if it is `rejected` (Zoom answered 401/124 to it).
    void invalidate(const QByteArray &rejected);
    int exchanges() const { return m_exchanges; }
    // The body of a successful token exchange, checked field by field (fuzzed).
    static Result<ZoomToken, ZoomError> parseResponse(const QByteArray &body, const QDateTime &nowUtc);

private:
    void fetch();
    void finish(const Result<ZoomToken, ZoomError> &result);

    QNetworkAccessManager *m_network;
    ZoomCredentials m_credentials;
    const Clock &m_clock;
    std::optional<ZoomToken> m_cached;
    QList<std::pair<QPointer<QObject>, Callback>> m_waiting;
    bool m_fetching = false;
    int m_exchanges = 0;
};

} // namespace Roomdesk
