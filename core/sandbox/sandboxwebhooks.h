// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>

namespace Roomdesk {

// Sends the sandbox's events as Zoom does: signed with the Secret Token, only after the
// endpoint answered Zoom's url_validation challenge, retried 5, 20 and 60 minutes (virtual
// time) after a 5xx or a network failure, never after a 4xx; after 6 failed validations the
// subscription is disabled (ZOOM_API_FACTS §6).
class SandboxWebhooks final : public QObject
{
    Q_OBJECT

public:
    struct Delivery
    {
        std::string event;
        QByteArray body;
        int attempts = 0;
        int lastStatus = 0; // 0: no HTTP answer
        bool delivered = false;
        bool dropped = false;
        QDateTime dueUtc;
    };

    SandboxWebhooks(QUrl url, QByteArray secret, std::function<QDateTime()> now, QObject *parent = nullptr);

    // `extra` holds top-level fields beside event/event_ts/payload (recording.completed's
    // download_token).
    void send(const std::string &event, nlohmann::ordered_json payload, const nlohmann::ordered_json &extra = {});
    // A new endpoint or Secret Token, as when an administrator edits the app's event
    // subscription and presses "Validate": the new endpoint is challenged at once, and
    // events not yet delivered go to it once it passes.
    void reconfigure(QUrl url, QByteArray secret);
    bool validated() const { return m_validated; }
    bool disabled() const { return m_failedValidations >= 6; }
    const QList<Delivery> &deliveries() const { return m_deliveries; }
    nlohmann::ordered_json status() const;

private:
    void tick();
    void validate();
    void post(const QByteArray &body, std::function<void(int status, const QByteArray &answer)> done);

    QUrl m_url;
    QByteArray m_secret;
    std::function<QDateTime()> m_now;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QList<Delivery> m_deliveries;
    bool m_validated = false;
    bool m_validating = false;
    QDateTime m_nextValidationUtc;
    int m_failedValidations = 0;
    int m_inFlight = 0;
    int m_generation = 0; // answers to a validation sent before reconfigure() are ignored
};

} // namespace Roomdesk
