// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobqueue.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QTimeZone>

namespace Roomdesk {

namespace {

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

// `kind IN (:k0, :k1, …)` for the kinds a runner can run.
QString kindList(const QStringList &kinds)
{
    QStringList names;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        names.append(QStringLiteral(":k%1").arg(i));
    return QStringLiteral("kind IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void bindKinds(SqlStatement &statement, const QStringList &kinds)
{
    for (qsizetype i = 0; i < kinds.size(); ++i)
        statement.bind(QStringLiteral(":k%1").arg(i), kinds.at(i));
}

// QtSql binds a null QString as NULL; an empty subject or payload is text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

JobQueue::JobQueue(const Database &database, const Clock &clock, QString owner)
    : m_database(database)
    , m_clock(clock)
    , m_owner(std::move(owner))
{}

Result<void> JobQueue::schedule(const QString &kind, const QString &subject, const QDateTime &dueUtc,
                                const QString &payload)
{
    const QDateTime now = m_clock.nowUtc();
    SqlStatement upsert(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO jobs (kind, subject, state, due_at, payload, created_at) VALUES (:kind, :subject, 'queued', "
            ":due, :payload, :now) ON CONFLICT (kind, subject) DO UPDATE SET "
            "due_at = CASE WHEN state = 'queued' THEN MIN(due_at, excluded.due_at) "
            "WHEN state = 'running' THEN due_at ELSE excluded.due_at END, "
            "rerun_at = CASE WHEN state = 'running' THEN MIN(COALESCE(rerun_at, excluded.due_at), excluded.due_at) "
            "ELSE rerun_at END, "
            "attempts = CASE WHEN state IN ('done', 'failed') THEN 0 ELSE attempts END, "
            "payload = CASE WHEN excluded.payload = '' THEN payload ELSE excluded.payload END, "
            "state = CASE WHEN state = 'running' THEN 'running' ELSE 'queued' END"));
    return upsert.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":subject"), text(subject))
        .bind(QStringLiteral(":due"), dueUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":payload"), text(payload))
        .bind(QStringLiteral(":now"), now.toMSecsSinceEpoch())
        .exec();
}

Result<std::optional<Job>> JobQueue::claim(const QStringList &kinds, const QDateTime &nowUtc, qint64 claimMs)
{
    if (kinds.isEmpty())
        return std::optional<Job>();
    return inWriteTransaction(m_database, [&]() -> Result<std::optional<Job>> {
        SqlStatement select(m_database.connection(),
                            QStringLiteral("SELECT id, kind, subject, due_at, attempts, payload FROM jobs WHERE ") +
                                kindList(kinds) +
                                QStringLiteral(" AND ((state = 'queued' AND due_at <= :now) OR (state = 'running' "
                                               "AND claim_expires_at <= :now)) ORDER BY due_at, id LIMIT 1"));
        bindKinds(select, kinds);
        select.bind(QStringLiteral(":now"), nowUtc.toMSecsSinceEpoch());
        if (auto done = select.exec(); !done)
            return done.error();
        if (!select.next())
            return std::optional<Job>();
        Job job;
        job.id = select.value(0).toLongLong();
        job.kind = select.value(1).toString();
        job.subject = select.value(2).toString();
        job.dueUtc = fromMsecs(select.value(3));
        job.attempts = select.value(4).toInt() + 1;
        job.payload = select.value(5).toString();
        SqlStatement take(m_database.connection(),
                          QStringLiteral("UPDATE jobs SET state = 'running', owner = :owner, claim_expires_at = "
                                         ":until, attempts = attempts + 1 WHERE id = :id"));
        if (auto done = take.bind(QStringLiteral(":owner"), m_owner)
                            .bind(QStringLiteral(":until"), nowUtc.toMSecsSinceEpoch() + claimMs)
                            .bind(QStringLiteral(":id"), job.id)
                            .exec();
            !done)
            return done.error();
        return std::optional<Job>(job);
    });
}

Result<bool> JobQueue::renew(qint64 id, const QDateTime &untilUtc)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE jobs SET claim_expires_at = :until WHERE id = :id AND owner = :owner "
                                       "AND state = 'running'"));
    if (auto done = update.bind(QStringLiteral(":until"), untilUtc.toMSecsSinceEpoch())
                        .bind(QStringLiteral(":id"), id)
                        .bind(QStringLiteral(":owner"), m_owner)
                        .exec();
        !done)
        return done.error();
    return update.query().numRowsAffected() > 0;
}

Result<bool> JobQueue::finish(qint64 id, const JobOutcome &outcome, const QDateTime &nowUtc)
{
    // Asked again while it ran: queued again at the earlier of that time and its own next time.
    QString sql;
    switch (outcome.kind) {
    case JobOutcome::Kind::Done:
        sql = QStringLiteral("UPDATE jobs SET state = CASE WHEN rerun_at IS NULL THEN 'done' ELSE 'queued' END, "
                             "due_at = COALESCE(rerun_at, due_at), rerun_at = NULL, owner = '', claim_expires_at = "
                             "NULL, last_error = '', finished_at = :now WHERE id = :id AND owner = :owner AND state = "
                             "'running'");
        break;
    case JobOutcome::Kind::Again:
        sql = QStringLiteral("UPDATE jobs SET state = 'queued', due_at = MIN(COALESCE(rerun_at, :again), :again), "
                             "rerun_at = NULL, owner = '', claim_expires_at = NULL, last_error = :error, finished_at = "
                             ":now WHERE id = :id AND owner = :owner AND state = 'running'");
        break;
    case JobOutcome::Kind::Failed:
        sql = QStringLiteral("UPDATE jobs SET state = CASE WHEN rerun_at IS NULL THEN 'failed' ELSE 'queued' END, "
                             "due_at = COALESCE(rerun_at, due_at), rerun_at = NULL, owner = '', claim_expires_at = "
                             "NULL, last_error = :error, finished_at = :now WHERE id = :id AND owner = :owner AND "
                             "state = 'running'");
        break;
    }
    SqlStatement update(m_database.connection(), sql);
    update.bind(QStringLiteral(":now"), nowUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":owner"), m_owner);
    if (outcome.kind != JobOutcome::Kind::Done)
        update.bind(QStringLiteral(":error"), text(outcome.error));
    if (outcome.kind == JobOutcome::Kind::Again)
        update.bind(QStringLiteral(":again"), outcome.againUtc.toMSecsSinceEpoch());
    if (auto done = update.exec(); !done)
        return done.error();
    return update.query().numRowsAffected() > 0;
}

Result<QDateTime> JobQueue::nextWake(const QStringList &kinds) const
{
    if (kinds.isEmpty())
        return QDateTime();
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT MIN(CASE WHEN state = 'queued' THEN due_at ELSE claim_expires_at END) "
                                       "FROM jobs WHERE ") +
                            kindList(kinds) + QStringLiteral(" AND state IN ('queued', 'running')"));
    bindKinds(select, kinds);
    if (auto done = select.exec(); !done)
        return done.error();
    return select.next() ? fromMsecs(select.value(0)) : QDateTime();
}

Result<std::optional<Job>> JobQueue::find(const QString &kind, const QString &subject) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, kind, subject, due_at, attempts, payload FROM jobs WHERE kind = "
                                       ":kind AND subject = :subject"));
    if (auto done = select.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":subject"), text(subject)).exec();
        !done)
        return done.error();
    if (!select.next())
        return std::optional<Job>();
    return std::optional<Job>(Job {select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
                                   fromMsecs(select.value(3)), select.value(4).toInt(), select.value(5).toString()});
}

Result<QString> JobQueue::state(const QString &kind, const QString &subject) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT state FROM jobs WHERE kind = :kind AND subject = :subject"));
    if (auto done = select.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":subject"), text(subject)).exec();
        !done)
        return done.error();
    return select.next() ? select.value(0).toString() : QString();
}

} // namespace Roomdesk
