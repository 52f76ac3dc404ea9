// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcClient, "roomdesk.core.zoom.client", QtInfoMsg)
constexpr int kTimeoutMs = 30000;

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "PATCH";
}
} // namespace

struct ZoomClient::Call
{
    ZoomRequest request;
    QPointer<QObject> context;
    Callback callback;
    int attempts = 0;
    bool refreshedToken = false;
};

ZoomClient::ZoomClient(ZoomCredentials credentials, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_tokens(std::make_unique<TokenSource>(m_network.get(), std::move(credentials), clock))
    , m_clock(clock)
{}

ZoomClient::~ZoomClient() = default;

QString ZoomClient::segment(const QString &idOrUuid)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(idOrUuid));
    if (idOrUuid.startsWith(QLatin1Char('/')) || idOrUuid.contains(QLatin1String("//")))
        encoded = QString::fromLatin1(QUrl::toPercentEncoding(encoded));
    return encoded;
}

void ZoomClient::send(ZoomRequest request, QObject *context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->callback = std::move(callback);
    attempt(call);
}

void ZoomClient::attempt(const std::shared_ptr<Call> &call)
{
    if (!call->context)
        return;
    ++call->attempts;
    m_tokens->token(this, [this, call](const Result<ZoomToken, ZoomError> &token) {
        if (!token) {
            if (call->context)
                call->callback(token.error());
            return;
        }
        const ZoomToken current = token.value();
        m_rateLimiter.acquire(call->request.label, this, [this, call, current] { dispatch(call, current); });
    });
}

void ZoomClient::retryLater(const std::shared_ptr<Call> &call, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, call] { attempt(call); });
}

void ZoomClient::dispatch(const std::shared_ptr<Call> &call, const ZoomToken &token)
{
    QUrl url = token.apiUrl;
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/v2") + call->request.path, QUrl::TolerantMode);
    url.setQuery(call->request.query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.accessToken);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    QByteArray payload;
    if (call->request.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QByteArray::fromStdString(call->request.body->dump());
    }
    qCDebug(lcClient) << call->request.method << url.path(QUrl::FullyEncoded) << "attempt" << call->attempts;
    QNetworkReply *reply = m_network->sendCustomRequest(request, call->request.method, payload);
    const QByteArray usedToken = token.accessToken;
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, usedToken] {
        reply->deleteLater();
        if (!call->context)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const bool idempotent = isIdempotent(call->request.method);
        const bool canRetry = call->attempts < maxAttempts;
        const int backoffMs = 250 * (1 << std::min(call->attempts, 5));

        // No complete HTTP answer: unreachable, reset, timed out or cut short.
        if (status == 0 || reply->error() == QNetworkReply::RemoteHostClosedError ||
            reply->error() == QNetworkReply::OperationCanceledError ||
            (status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError)) {
            const QString detail = reply->errorString();
            // A refused connection or an unknown host means nothing reached Zoom.
            const bool neverSent = reply->error() == QNetworkReply::ConnectionRefusedError ||
                reply->error() == QNetworkReply::HostNotFoundError;
            if ((idempotent || neverSent) && canRetry) {
                retryLater(call, backoffMs);
                return;
            }
            call->callback(idempotent || neverSent ? ZoomError::network(detail) : ZoomError::outcomeUnknown(detail));
            return;
        }
        m_rateLimiter.observe(call->request.label, reply->rawHeader("X-RateLimit-Category"),
                              reply->rawHeader("X-RateLimit-Remaining"), m_clock.nowUtc());
        if (status >= 200 && status < 300) {
            ZoomResponse response;
            response.status = status;
            if (!body.trimmed().isEmpty()) {
                response.body = nlohmann::json::parse(body.toStdString(), nullptr, false);
                if (response.body.is_discarded()) {
                    if (idempotent && canRetry) {
                        retryLater(call, backoffMs);
                        return;
                    }
                    call->callback(idempotent ? ZoomError::malformed(QStringLiteral("invalid JSON"))
                                              : ZoomError::outcomeUnknown(QStringLiteral("invalid JSON")));
                    return;
                }
            }
            call->callback(response);
            return;
        }

        ZoomError error = ZoomError::fromResponse(status, body, reply->rawHeader("Retry-After"), m_clock.nowUtc());
        if (error.kind == ZoomError::Kind::TokenRejected && !call->refreshedToken) {
            // Once: the token may have expired or been replaced. A second 124 is real.
            call->refreshedToken = true;
            m_tokens->invalidate(usedToken);
            attempt(call);
            return;
        }
        if (error.kind == ZoomError::Kind::RateLimited && canRetry) {
            // A 429 means Zoom did not act, so even a create may be repeated.
            const qint64 waitMs = error.retryAtUtc ? m_clock.nowUtc().msecsTo(*error.retryAtUtc) : backoffMs;
            m_rateLimiter.backOff(call->request.label, waitMs);
            if (waitMs <= qint64(maxWaitSeconds) * 1000) {
                retryLater(call, static_cast<int>(std::max<qint64>(waitMs, 50)));
                return;
            }
        }
        if (error.kind == ZoomError::Kind::ServerError) {
            if (idempotent && canRetry) {
                retryLater(call, backoffMs);
                return;
            }
            if (!idempotent)
                error = ZoomError::outcomeUnknown(QStringLiteral("HTTP %1").arg(status));
        }
        call->callback(error);
    });
}

Result<ZoomClient::Page, ZoomError> ZoomClient::parsePage(const nlohmann::json &body, const QString &itemsField)
{
    const std::string field = itemsField.toStdString();
    if (!body.is_object() || !body.contains(field) || !body[field].is_array())
        return ZoomError::malformed(QStringLiteral("no %1 in the page").arg(itemsField));
    Page page;
    page.items = body[field];
    if (body.contains("next_page_token")) {
        if (!body["next_page_token"].is_string())
            return ZoomError::malformed(QStringLiteral("next_page_token"));
        page.nextPageToken = QString::fromStdString(body["next_page_token"].get<std::string>());
    }
    return page;
}

struct ZoomClient::Listing
{
    ZoomRequest request;
    QString itemsField;
    QPointer<QObject> context;
    PageCallback onPage;
    DoneCallback onDone;
    QString nextToken;
    qint64 delivered = 0;
    qint64 toSkip = 0; // after a restart: items already delivered
    int restarts = 0;
};

void ZoomClient::fetchAllPages(ZoomRequest request, const QString &itemsField, QObject *context, PageCallback onPage,
                               DoneCallback onDone)
{
    auto listing = std::make_shared<Listing>();
    listing->request = std::move(request);
    listing->itemsField = itemsField;
    listing->context = context;
    listing->onPage = std::move(onPage);
    listing->onDone = std::move(onDone);
    nextPage(listing);
}

void ZoomClient::nextPage(const std::shared_ptr<Listing> &listing)
{
    ZoomRequest page = listing->request;
    if (!listing->nextToken.isEmpty())
        page.query.addQueryItem(QStringLiteral("next_page_token"), listing->nextToken);
    send(page, listing->context, [this, listing](const Result<ZoomResponse, ZoomError> &result) {
        if (!result) {
            const ZoomError &error = result.error();
            const bool expiredToken = error.zoomCode == 300 && error.zoomMessage.contains(QLatin1String("next page"));
            if (expiredToken && listing->restarts < 3) {
                ++listing->restarts;
                listing->toSkip = listing->delivered;
                listing->nextToken.clear();
                nextPage(listing);
                return;
            }
            listing->onDone(error);
            return;
        }
        auto parsed = parsePage(result.value().body, listing->itemsField);
        if (!parsed) {
            listing->onDone(parsed.error());
            return;
        }
        nlohmann::json &items = parsed.value().items;
        if (listing->toSkip > 0) {
            const qint64 skip = std::min<qint64>(listing->toSkip, static_cast<qint64>(items.size()));
            items.erase(items.begin(), items.begin() + skip);
            listing->toSkip -= skip;
        }
        listing->delivered += static_cast<qint64>(items.size());
        if (!items.empty() && !listing->onPage(items)) {
            listing->onDone(listing->delivered);
            return;
        }
        listing->nextToken = parsed.value().nextPageToken;
        if (listing->nextToken.isEmpty()) {
            listing->onDone(listing->delivered);
            return;
        }
        nextPage(listing);
    });
}

} // namespace Roomdesk
