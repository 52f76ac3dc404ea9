// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "datathread.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcJobs, "roomdesk.backend.jobs", QtInfoMsg)

// host:pid:random, so that a claim names the process that holds it.
QString processOwner()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

JobRunner::JobRunner(DataContext &data, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_owner(processOwner())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobRunner::runNext);
    setClaimMs(kDefaultClaimMs);
    connect(&m_renewal, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        if (auto jobs = queue())
            (void)jobs->renew(m_current->id, m_data.now().addMSecs(m_claimMs));
    });
}

JobRunner::~JobRunner() = default;

void JobRunner::setClaimMs(qint64 claimMs)
{
    m_claimMs = std::max<qint64>(claimMs, 30);
    m_renewal.setInterval(int(m_claimMs / 3));
}

std::optional<JobQueue> JobRunner::queue()
{
    auto database = m_data.database();
    if (!database)
        return std::nullopt;
    return JobQueue(*database.value(), m_data.clock(), m_owner);
}

void JobRunner::handle(const QString &kind, QObject *context, Handler handler)
{
    m_handlers.insert(kind, {context, std::move(handler)});
    if (context) {
        connect(context, &QObject::destroyed, this, [this, kind] {
            m_handlers.remove(kind);
            // A job of a handler that is gone is handed back, due at once, for whoever runs it next.
            if (m_current && m_current->kind == kind)
                complete(JobOutcome::again(m_data.now(), QStringLiteral("handler stopped")));
        });
    }
    wake();
}

Result<void> JobRunner::schedule(const QString &kind, const QString &subject, const QDateTime &dueUtc,
                                 const QString &payload)
{
    auto database = m_data.database();
    if (!database)
        return database.error();
    if (auto queued = JobQueue(*database.value(), m_data.clock(), m_owner).schedule(kind, subject, dueUtc, payload);
        !queued)
        return queued;
    wake();
    return {};
}

void JobRunner::wake()
{
    QMetaObject::invokeMethod(this, &JobRunner::runNext, Qt::QueuedConnection);
}

QStringList JobRunner::kinds() const
{
    QStringList names;
    for (auto it = m_handlers.cbegin(); it != m_handlers.cend(); ++it) {
        if (it.value().context)
            names.append(it.key());
    }
    names.sort();
    return names;
}

void JobRunner::runNext()
{
    if (m_current)
        return;
    auto jobs = queue();
    if (!jobs) {
        m_timer.start(kPollMs);
        return;
    }
    auto claimed = jobs->claim(kinds(), m_data.now(), m_claimMs);
    if (!claimed) {
        qCWarning(lcJobs) << "No job could be claimed:" << claimed.error().code;
        m_timer.start(kPollMs);
        return;
    }
    if (!claimed.value()) {
        armTimer();
        return;
    }
    m_current = *claimed.value();
    const Job job = *m_current;
    qCDebug(lcJobs) << "Running" << job.kind << job.subject << "attempt" << job.attempts;
    m_renewal.start();
    const int generation = ++m_generation;
    const Registration registration = m_handlers.value(job.kind);
    auto once = std::make_shared<bool>(false);
    QPointer<JobRunner> self(this);
    registration.handler(job, [self, generation, once](const JobOutcome &outcome) {
        if (!self || std::exchange(*once, true) || generation != self->m_generation)
            return;
        self->complete(outcome);
    });
}

void JobRunner::complete(const JobOutcome &outcome)
{
    if (!m_current)
        return;
    const Job job = *std::exchange(m_current, std::nullopt);
    ++m_generation;
    m_renewal.stop();
    if (auto jobs = queue()) {
        auto recorded = jobs->finish(job.id, outcome, m_data.now());
        if (!recorded)
            qCWarning(lcJobs) << "A job's end could not be recorded:" << job.kind << recorded.error().code;
        else if (!recorded.value())
            qCWarning(lcJobs) << "A job's claim was lost while it ran:" << job.kind << job.subject;
    }
    if (outcome.kind == JobOutcome::Kind::Failed)
        qCWarning(lcJobs) << "Job failed:" << job.kind << job.subject << outcome.error;
    emit finished(job.kind, job.subject, outcome);
    // After the current event, so that a handler never runs inside the previous one's answer.
    wake();
}

void JobRunner::armTimer()
{
    auto jobs = queue();
    if (!jobs)
        return m_timer.start(kPollMs);
    auto next = jobs->nextWake(kinds());
    qint64 wait = kPollMs;
    if (next && next.value().isValid())
        wait = std::clamp<qint64>(m_data.now().msecsTo(next.value()), 0, kPollMs);
    m_timer.start(int(wait));
}

} // namespace Roomdesk
