// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookinbox.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcInbox, "roomdesk.core.zoom.inbox", QtInfoMsg)

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}
} // namespace

WebhookInbox::WebhookInbox(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QString WebhookInbox::dedupKey(const QByteArray &rawBody)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawBody, QCryptographicHash::Sha256).toHex());
}

Result<WebhookInbox::StoreOutcome> WebhookInbox::store(const QByteArray &rawBody, const QString &event,
                                                       qint64 eventTsMs, const QString &requestId,
                                                       const QDateTime &receivedAtUtc)
{
    const QSqlDatabase db = m_database.connection();
    const QString key = dedupKey(rawBody);
    // ON CONFLICT … DO NOTHING is understood by SQLite (3.24+) and PostgreSQL alike; one
    // statement, so two receivers racing on the same body cannot both insert it.
    SqlStatement insert(
        db,
        QStringLiteral("INSERT INTO webhook_inbox (dedup_key, event, event_ts, request_id, received_at, "
                       "body) VALUES (:key, :event, :ts, :request, :received, :body) "
                       "ON CONFLICT (dedup_key) DO NOTHING"));
    insert.bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":event"), event)
        .bind(QStringLiteral(":ts"), eventTsMs)
        .bind(QStringLiteral(":request"), requestId.isEmpty() ? QVariant() : QVariant(requestId))
        .bind(QStringLiteral(":received"), isoUtc(receivedAtUtc))
        .bind(QStringLiteral(":body"), rawBody);
    if (auto result = insert.exec(); !result)
        return result.error();
    if (insert.query().numRowsAffected() > 0) {
        const qint64 id = insert.query().lastInsertId().toLongLong();
        qCDebug(lcInbox) << "Stored" << event << "as" << id;
        return StoreOutcome {StoreOutcome::Kind::Stored, id};
    }

    SqlStatement existing(db, QStringLiteral("SELECT id FROM webhook_inbox WHERE dedup_key = :key"));
    existing.bind(QStringLiteral(":key"), key);
    if (auto result = existing.exec(); !result)
        return result.error();
    if (!existing.next())
        return Error {QStringLiteral("webhook.inbox"),
                      tr("The webhook event could not be stored and is not in the inbox either.")};
    qCDebug(lcInbox) << "Duplicate" << event << "already stored as" << existing.value(0).toLongLong();
    return StoreOutcome {StoreOutcome::Kind::Duplicate, existing.value(0).toLongLong()};
}

Result<QList<WebhookInboxEvent>> WebhookInbox::pending(int limit) const
{
    // LIMIT -1 means no limit in SQLite; PostgreSQL will want LIMIT ALL (NULL) instead.
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, event, event_ts, request_id, received_at, body, processed_at "
                                       "FROM webhook_inbox WHERE processed_at IS NULL ORDER BY id LIMIT :limit"));
    select.bind(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (auto result = select.exec(); !result)
        return result.error();
    QList<WebhookInboxEvent> events;
    while (select.next()) {
        WebhookInboxEvent event;
        event.id = select.value(0).toLongLong();
        event.event = select.value(1).toString();
        event.eventTsMs = select.value(2).toLongLong();
        event.requestId = select.value(3).toString();
        event.receivedAtUtc = fromIsoUtc(select.value(4));
        event.body = select.value(5).toByteArray();
        event.processedAtUtc = fromIsoUtc(select.value(6));
        events.append(std::move(event));
    }
    return events;
}

Result<void> WebhookInbox::markProcessed(qint64 id)
{
    const QSqlDatabase db = m_database.connection();
    SqlStatement update(db,
                        QStringLiteral("UPDATE webhook_inbox SET processed_at = COALESCE(processed_at, :now) "
                                       "WHERE id = :id"));
    update.bind(QStringLiteral(":now"), isoUtc(m_clock.nowUtc())).bind(QStringLiteral(":id"), id);
    if (auto result = update.exec(); !result)
        return result;
    if (update.query().numRowsAffected() == 0)
        return Error {QStringLiteral("webhook.unknown_event"),
                      tr("There is no webhook event %1 in the inbox.").arg(id)};
    return {};
}

Result<qint64> WebhookInbox::count() const
{
    SqlStatement select(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM webhook_inbox"));
    if (auto result = select.exec(); !result)
        return result.error();
    return select.next() ? select.value(0).toLongLong() : 0;
}

} // namespace Roomdesk
