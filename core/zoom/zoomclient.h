// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientratelimiter.h"
#include "clock.h"
#include "ratelimits.h"
#include "tokensource.h"

#include <QObject>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Roomdesk {

struct ZoomRequest final
{
    QByteArray method = "GET";
    QString path; // below /v2, with encoded segments: see ZoomClient::segment()
    QUrlQuery query;
    std::optional<nlohmann::json> body;
    RateLimitLabel label = RateLimitLabel::Light;
};

struct ZoomResponse final
{
    int status = 0;
    nlohmann::json body; // null when Zoom sent none
};

// Zoom's REST API over one cached token: refreshes the token once on 401/124, waits out
// 429s (Retry-After in seconds or as a date), retries network failures and 5xx only for
// idempotent calls, and never repeats a create whose outcome is unknown.
class ZoomClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<ZoomResponse, ZoomError> &)>;

    explicit ZoomClient(ZoomCredentials credentials, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~ZoomClient() override;

    TokenSource &tokens() { return *m_tokens; }
    ClientRateLimiter &rateLimiter() { return m_rateLimiter; }
    void send(ZoomRequest request, QObject *context, Callback callback);

    // Streams every page of a listing: `onPage` gets each page's items (the array named
    // `itemsField`) and returns false to stop; `onDone` gets the number of items or the error.
    // A next_page_token that expires during a long job restarts the listing and skips what
    // was already delivered (Zoom keeps the order).
    using PageCallback = std::function<bool(const nlohmann::json &items)>;
    using DoneCallback = std::function<void(const Result<qint64, ZoomError> &)>;
    void fetchAllPages(ZoomRequest request, const QString &itemsField, QObject *context, PageCallback onPage,
                       DoneCallback onDone);

    // A path segment for an ID or a meeting UUID: fully percent-encoded, and encoded twice
    // when it starts with "/" or contains "//", as Zoom requires (ZOOM_API_FACTS §8).
    static QString segment(const QString &idOrUuid);

    struct Page
    {
        nlohmann::json items; // an array
        QString nextPageToken;
    };
    // A page of a listing: the array `itemsField` and next_page_token (fuzzed).
    static Result<Page, ZoomError> parsePage(const nlohmann::json &body, const QString &itemsField);

    int maxAttempts = 4;
    int maxWaitSeconds = 120; // longer Retry-After waits are reported, not slept through

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void dispatch(const std::shared_ptr<Call> &call, const ZoomToken &token);
    void retryLater(const std::shared_ptr<Call> &call, int delayMs);
    struct Listing;
    void nextPage(const std::shared_ptr<Listing> &listing);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenSource> m_tokens;
    ClientRateLimiter m_rateLimiter;
    const Clock &m_clock;
};

} // namespace Roomdesk
