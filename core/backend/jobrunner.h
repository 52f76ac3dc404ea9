// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobqueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace Roomdesk {

class DataContext;

// Runs the durable jobs of the kinds it has handlers for, at their time, one at a time, on the
// data thread (DESIGN §10). Whichever process runs the backend runs them: each job is claimed
// in a transaction (JobQueue) and the claim is renewed while the job runs, so another process
// never runs it at the same time, and takes it up when this one dies.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    using Finished = std::function<void(const JobOutcome &)>;
    // Runs the job and calls `finished` once, now or later, on the data thread.
    using Handler = std::function<void(const Job &, Finished finished)>;

    static constexpr qint64 kDefaultClaimMs = 2 * 60 * 1000; // renewed every third of it
    static constexpr int kPollMs = 30 * 1000; // for jobs other processes queue

    explicit JobRunner(DataContext &data, QObject *parent = nullptr);
    ~JobRunner() override;

    // Jobs of `kind` run through `handler` while `context` (on the data thread) exists.
    void handle(const QString &kind, QObject *context, Handler handler);
    // Queues the job (JobQueue::schedule) and looks for due jobs at once.
    Result<void> schedule(const QString &kind, const QString &subject, const QDateTime &dueUtc,
                          const QString &payload = {});
    // Looks for due jobs now (after the current event), e.g. when another process queued one.
    void wake();

    // How long a claim lasts unless renewed: how soon another process takes up the job of one
    // that died.
    void setClaimMs(qint64 claimMs);

    QString owner() const { return m_owner; }
    bool isRunning() const { return m_current.has_value(); }

signals:
    void finished(const QString &kind, const QString &subject, const JobOutcome &outcome);

private:
    struct Registration
    {
        QPointer<QObject> context;
        Handler handler;
    };

    void runNext();
    void complete(const JobOutcome &outcome);
    void armTimer();
    QStringList kinds() const;
    std::optional<JobQueue> queue();

    DataContext &m_data;
    const QString m_owner;
    qint64 m_claimMs = kDefaultClaimMs;
    QHash<QString, Registration> m_handlers;
    std::optional<Job> m_current;
    int m_generation = 0; // a run's `finished` after its job was given up is ignored
    QTimer m_timer; // the next due job
    QTimer m_renewal; // the running job's claim
};

} // namespace Roomdesk
