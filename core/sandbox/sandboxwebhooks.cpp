// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxwebhooks.h"

#include "zoom/webhooksignature.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcWebhooks, "roomdesk.core.sandbox.webhooks", QtInfoMsg)
constexpr int kRetryMinutes[] = {5, 20, 60};
} // namespace

SandboxWebhooks::SandboxWebhooks(QUrl url, QByteArray secret, std::function<QDateTime()> now, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_secret(std::move(secret))
    , m_now(std::move(now))
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &SandboxWebhooks::tick);
    m_timer.start();
}

void SandboxWebhooks::send(const std::string &event, nlohmann::ordered_json payload,
                           const nlohmann::ordered_json &extra)
{
    nlohmann::ordered_json body = {{"event", event}, {"event_ts", m_now().toMSecsSinceEpoch()}};
    if (extra.is_object())
        body.update(extra);
    body["payload"] = std::move(payload);
    Delivery delivery;
    delivery.event = event;
    delivery.body = QByteArray::fromStdString(body.dump());
    delivery.dueUtc = m_now();
    m_deliveries.append(delivery);
    tick();
}

void SandboxWebhooks::reconfigure(QUrl url, QByteArray secret)
{
    m_url = std::move(url);
    m_secret = std::move(secret);
    ++m_generation;
    m_validated = false;
    m_failedValidations = 0;
    m_nextValidationUtc = {};
    qCInfo(lcWebhooks) << "Event subscription now points at" << m_url.toString(QUrl::RemoveUserInfo);
    validate();
}

void SandboxWebhooks::post(const QByteArray &body, std::function<void(int, const QByteArray &)> done)
{
    const qint64 timestamp = m_now().toSecsSinceEpoch();
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Zoom Marketplace/1.0a"));
    request.setRawHeader("x-zm-request-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("x-zm-signature", WebhookSignature::sign(m_secret, timestamp, body));
    request.setRawHeader("x-zm-request-id", QByteArray::number(QRandomGenerator::global()->generate64(), 16));
    request.setTransferTimeout(3000); // Zoom waits 3 seconds for an answer
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        --m_inFlight;
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

void SandboxWebhooks::validate()
{
    m_validating = true;
    const QByteArray plainToken = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const nlohmann::ordered_json challenge = {{"payload", {{"plainToken", plainToken.toStdString()}}},
                                              {"event_ts", m_now().toMSecsSinceEpoch()},
                                              {"event", "endpoint.url_validation"}};
    const int generation = m_generation;
    post(QByteArray::fromStdString(challenge.dump()),
         [this, plainToken, generation](int status, const QByteArray &answer) {
             if (generation != m_generation)
                 return; // a challenge to the endpoint that was replaced meanwhile
             m_validating = false;
             const auto json = nlohmann::json::parse(answer.toStdString(), nullptr, false);
             const bool ok = (status == 200 || status == 204) && json.is_object() &&
                 json.value("plainToken", std::string()) == plainToken.toStdString() &&
                 json.value("encryptedToken", std::string()) ==
                     WebhookSignature::encryptedToken(m_secret, plainToken).toStdString();
             m_validated = ok;
             m_failedValidations = ok ? 0 : m_failedValidations + 1;
             // A failed challenge is tried again a minute later (virtual time), not in a loop.
             m_nextValidationUtc = ok ? QDateTime() : m_now().addSecs(60);
             qCInfo(lcWebhooks) << "Endpoint validation" << (ok ? "succeeded" : "failed") << "with HTTP" << status;
             if (ok)
                 tick();
         });
}

void SandboxWebhooks::tick()
{
    if (disabled() || m_validating)
        return;
    if (!m_validated) {
        if (m_nextValidationUtc.isValid() && m_now() < m_nextValidationUtc)
            return;
        const bool pending = std::any_of(m_deliveries.cbegin(), m_deliveries.cend(),
                                         [](const Delivery &d) { return !d.delivered && !d.dropped; });
        if (pending)
            validate();
        return;
    }
    const QDateTime now = m_now();
    for (qsizetype i = 0; i < m_deliveries.size(); ++i) {
        Delivery &delivery = m_deliveries[i];
        if (delivery.delivered || delivery.dropped || delivery.dueUtc > now || !delivery.dueUtc.isValid())
            continue;
        delivery.dueUtc = {}; // in flight
        ++delivery.attempts;
        post(delivery.body, [this, i](int status, const QByteArray &) {
            Delivery &d = m_deliveries[i];
            d.lastStatus = status;
            if (status >= 200 && status < 300) {
                d.delivered = true;
            } else if (status >= 300 && status < 500) {
                d.dropped = true; // no retries for 3xx and 4xx
            } else if (d.attempts > static_cast<int>(std::size(kRetryMinutes))) {
                d.dropped = true;
            } else {
                d.dueUtc = m_now().addSecs(60LL * kRetryMinutes[d.attempts - 1]);
            }
        });
    }
}

nlohmann::ordered_json SandboxWebhooks::status() const
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Delivery &d : m_deliveries)
        list.push_back({{"event", d.event},
                        {"attempts", d.attempts},
                        {"last_status", d.lastStatus},
                        {"delivered", d.delivered},
                        {"dropped", d.dropped}});
    return {{"url", m_url.toString().toStdString()},
            {"validated", m_validated},
            {"validating", m_validating},
            {"disabled", disabled()},
            {"failed_validations", m_failedValidations},
            {"deliveries", list}};
}

} // namespace Roomdesk
