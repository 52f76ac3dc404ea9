#pragma once

#include "zoom/webhookreceiver.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace Roomdesk {

// Runs the webhook receiver on a worker thread for the GUI: starting, stopping and every
// request happen there, and the UI hears about them through signals.
class WebhookListener final : public QObject
{
    Q_OBJECT

public:
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
    QString m_databasePath;
    const Clock &m_clock;
    QThread m_thread;
    QPointer<WebhookReceiver> m_receiver;
    QUrl m_url;
    int m_generation = 0; // answers of a receiver that was stopped meanwhile are ignored
};

} // namespace Roomdesk
