// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Roomdesk {

class Clock;
class Database;

// One durable job: a kind (what to do), a subject (what it is about; empty for the single job of
// its kind), a due time and a claim.
struct Job final
{
    qint64 id = 0;
    QString kind;
    QString subject;
    QDateTime dueUtc;
    int attempts = 0; // including the one that claimed it
    QString payload;
};

// How a job's run ended.
struct JobOutcome final
{
    enum class Kind { Done, Again, Failed };
    Kind kind = Kind::Done;
    QDateTime againUtc; // Again: when it is due next
    QString error; // Failed, or why it runs again

    static JobOutcome done() { return {}; }
    static JobOutcome again(const QDateTime &atUtc, const QString &why = {}) { return {Kind::Again, atUtc, why}; }
    static JobOutcome failed(const QString &why) { return {Kind::Failed, {}, why}; }
};

// The jobs table (schema 8) as the job runner uses it. Every process that runs the backend
// claims jobs from the same table; a claim is taken in a write transaction, so no two processes
// run one job, and it expires, so a job whose process died is taken up by another.
class JobQueue final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::JobQueue)

public:
    JobQueue(const Database &database, const Clock &clock, QString owner);

    // Queues (kind, subject) to run at `dueUtc`: a new job, a finished one again, or a queued one
    // sooner (never later). A running job runs again after it ends.
    Result<void> schedule(const QString &kind, const QString &subject, const QDateTime &dueUtc,
                          const QString &payload = {});
    // Claims the first due job of the given kinds until `nowUtc + claimMs`; nullopt: none due.
    // A running job whose claim expired is due again (its process is gone).
    Result<std::optional<Job>> claim(const QStringList &kinds, const QDateTime &nowUtc, qint64 claimMs);
    // Extends this owner's claim on a job that is still running.
    Result<bool> renew(qint64 id, const QDateTime &untilUtc);
    // Records how the run ended; false if the claim was lost meanwhile (another process has it).
    Result<bool> finish(qint64 id, const JobOutcome &outcome, const QDateTime &nowUtc);
    // When the runner must look again: the earliest due time or claim expiry of the kinds.
    Result<QDateTime> nextWake(const QStringList &kinds) const;
    Result<std::optional<Job>> find(const QString &kind, const QString &subject) const;
    Result<QString> state(const QString &kind, const QString &subject) const;

    const QString &owner() const { return m_owner; }

private:
    const Database &m_database;
    const Clock &m_clock;
    QString m_owner;
};

} // namespace Roomdesk
