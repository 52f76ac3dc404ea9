// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datathread.h"
#include "zoom/webhookreceiver.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Roomdesk {

// Runs the webhook receiver on the backend's data thread for the GUI, storing into the
// backend's database connection: starting, stopping and every request happen there, and the
// UI hears about them through signals.
class WebhookListener final : public QObject
{
    Q_OBJECT

public:
    WebhookListener(DataThread &data, QObject *parent = nullptr);
    // On a data thread of its own (tests, tools).
    WebhookListener(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~WebhookListener() override;

    void start(const WebhookReceiverOptions &options, const QByteArray &secret);
    void stop();
    void setSecret(const QByteArray &secret);
    bool isRunning() const { return m_receiver != nullptr; }
    QUrl url() const { return m_url; }

signals:
    void started(const QUrl &url);
    void failed(const QString &reason);
    void stopped();
    void validationAnswered(const QDateTime &atUtc);
    void eventStored(qint64 id, const QString &event);
    void requestRefused(int status, const QString &reason);

private:
    DataLane m_lane;
    const Clock &m_clock;
    QPointer<WebhookReceiver> m_receiver;
    QUrl m_url;
    int m_generation = 0; // answers of a receiver that was stopped meanwhile are ignored
};

} // namespace Roomdesk
