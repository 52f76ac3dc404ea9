// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooklistener.h"

namespace Roomdesk {

WebhookListener::WebhookListener(DataThread &data, QObject *parent)
    : QObject(parent)
    , m_lane(data, this)
    , m_clock(data.clock())
{}

WebhookListener::WebhookListener(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_lane(std::move(databasePath), clock, this)
    , m_clock(clock)
{}

// The receiver lives under the lane's anchor: the lane deletes it, closed, on the data thread.
WebhookListener::~WebhookListener()
{
    if (WebhookReceiver *receiver = m_receiver)
        receiver->disconnect(this);
}

void WebhookListener::start(const WebhookReceiverOptions &options, const QByteArray &secret)
{
    stop();
    const int generation = ++m_generation;
    const DataLane &lane = m_lane;
    auto *receiver = new WebhookReceiver([&lane]() { return lane.context().database(); }, m_clock);
    receiver->setSecret(secret);
    receiver->moveToThread(m_lane.thread());
    receiver->setParent(m_lane.anchor());
    m_receiver = receiver;
    connect(receiver, &WebhookReceiver::validationAnswered, this,
            [this] { emit validationAnswered(m_clock.nowUtc()); });
    connect(receiver, &WebhookReceiver::eventStored, this, &WebhookListener::eventStored);
    connect(receiver, &WebhookReceiver::requestRefused, this, &WebhookListener::requestRefused);
    QMetaObject::invokeMethod(receiver, [this, receiver, options, generation] {
        const Result<void> listening = receiver->listen(options);
        const QUrl url = receiver->endpointUrl();
        if (!listening)
            receiver->deleteLater();
        QMetaObject::invokeMethod(this, [this, listening, url, generation] {
            if (generation != m_generation)
                return;
            if (!listening) {
                m_receiver.clear();
                emit failed(listening.error().message);
                return;
            }
            m_url = url;
            emit started(url);
        });
    });
}

void WebhookListener::stop()
{
    ++m_generation;
    if (!m_receiver)
        return;
    WebhookReceiver *receiver = m_receiver;
    m_receiver.clear();
    m_url.clear();
    receiver->disconnect(this);
    QMetaObject::invokeMethod(receiver, [receiver] {
        receiver->close();
        receiver->deleteLater();
    });
    emit stopped();
}

void WebhookListener::setSecret(const QByteArray &secret)
{
    if (m_receiver)
        m_receiver->setSecret(secret); // thread-safe
}

} // namespace Roomdesk
