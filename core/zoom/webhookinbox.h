// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Roomdesk {

class Database;

// One webhook event as the receiver accepted it: the raw body exactly as signed.
struct WebhookInboxEvent final
{
    qint64 id = 0;
    QString event;
    qint64 eventTsMs = 0; // when it happened at Zoom (event_ts)
    QString requestId; // x-zm-request-id, empty when Zoom sent none
    QDateTime receivedAtUtc;
    QByteArray body;
    QDateTime processedAtUtc; // invalid while pending
};

// The durable queue between the webhook receiver and whatever acts on events (table
// webhook_inbox, schema v2). An event is committed before Zoom hears 200, so nothing Zoom
// considers delivered is lost; the same body twice (a retry, a replay) is stored once —
// the key is the SHA-256 of the raw body.
class WebhookInbox final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::WebhookInbox)

public:
    struct StoreOutcome final
    {
        enum class Kind { Stored, Duplicate };
        Kind kind = Kind::Stored;
        qint64 id = 0; // the new row, or the row that already held this body
    };

    // The database must outlive the inbox and be used from the thread that opened it.
    explicit WebhookInbox(Database &database, const Clock &clock = Clock::system());
    Q_DISABLE_COPY_MOVE(WebhookInbox)

    Result<StoreOutcome> store(const QByteArray &rawBody, const QString &event, qint64 eventTsMs,
                               const QString &requestId, const QDateTime &receivedAtUtc);
    // Unprocessed events, oldest first; at most `limit` of them (0: all).
    Result<QList<WebhookInboxEvent>> pending(int limit = 0) const;
    // Marks an event as handled now (the clock's time); doing it twice keeps the first time.
    Result<void> markProcessed(qint64 id);
    // Every stored event, processed or not.
    Result<qint64> count() const;

    // The deduplication key of a body: lower-case hex SHA-256 of its bytes.
    static QString dedupKey(const QByteArray &rawBody);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Roomdesk
