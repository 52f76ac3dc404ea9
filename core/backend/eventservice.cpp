// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventservice.h"

#include "clock.h"
#include "groups/grouprepository.h"
#include "jobrunner.h"
#include "storage/database.h"
#include "zoom/webhookinbox.h"
#include "zoom/zoomapi.h"
#include "zoom/zoomclient.h"

#include <QLoggingCategory>
#include <QTimer>

#include <memory>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcEventService, "roomdesk.backend.events", QtInfoMsg)

const QString kSyncJob = QStringLiteral("events.sync"); // periodic, with a drift check
const QString kRefreshJob = QStringLiteral("events.refresh"); // soon: a webhook, a pool change
const QString kReportsJob = QStringLiteral("reports.sweep"); // ended events and due reports

bool sameCredentials(const std::optional<ZoomCredentials> &a, const std::optional<ZoomCredentials> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->baseUrl == b->baseUrl && a->accountId == b->accountId && a->clientId == b->clientId &&
        a->clientSecret == b->clientSecret;
}

// One create after the other; answers how many were stored.
void createInOrder(EventSync &sync, QList<EventForm> forms, int made, const EventSync::Callback<int> &done)
{
    if (forms.isEmpty())
        return done(made);
    const EventForm form = forms.takeFirst();
    QPointer<EventSync> guard(&sync);
    sync.create(form, [guard, forms, made, done](const Result<EventSync::Outcome> &created) {
        if (!created)
            qCWarning(lcEventService) << "A demo event was refused:" << created.error().code;
        if (guard)
            createInOrder(*guard, forms, made + (created ? 1 : 0), done);
    });
}

} // namespace

// Owns everything that lives on the worker thread: the database connection, the Zoom client
// and EventSync, the timer, and the queue that runs Zoom work one job at a time.
class EventService::Worker final : public QObject
{
public:
    using Job = std::function<void(std::function<void()> finished)>;

    explicit Worker(DataContext &data)
        : m_data(data)
        , m_clock(data.clock())
    {}

    Result<EventSync *> sync()
    {
        if (!m_sync) {
            auto opened = m_data.database();
            if (!opened)
                return opened.error();
            m_database = opened.value();
            m_inbox = std::make_unique<WebhookInbox>(*m_database, m_clock);
            m_sync = std::make_unique<EventSync>(*m_database, m_clock);
            m_sync->setZoom(m_api.get());
            m_reports = std::make_unique<ReportFetcher>(*m_database, m_clock);
            m_reports->setZoom(m_api.get());
        }
        return m_sync.get();
    }

    // Valid once sync() succeeded.
    const Database &database() const { return *m_database; }
    ReportFetcher &reports() const { return *m_reports; }
    const Clock &clock() const { return m_clock; }
    WebhookInbox *inbox() const { return m_inbox.get(); }

    bool hasCredentials() const { return m_credentialsKnown; }

    // Builds the client on this thread; false when the credentials are the ones in use.
    bool useCredentials(const std::optional<ZoomCredentials> &credentials)
    {
        if (m_credentialsKnown && sameCredentials(credentials, m_credentials))
            return false;
        m_credentialsKnown = true;
        m_credentials = credentials;
        if (m_sync)
            m_sync->setZoom(nullptr);
        if (m_reports)
            m_reports->setZoom(nullptr);
        m_api.reset();
        m_client.reset();
        if (credentials) {
            m_client = std::make_unique<ZoomClient>(*credentials);
            m_api = std::make_unique<ZoomApi>(m_client.get());
        }
        if (m_sync)
            m_sync->setZoom(m_api.get());
        if (m_reports)
            m_reports->setZoom(m_api.get());
        return true;
    }

    void enqueue(Job job)
    {
        m_jobs.append(std::move(job));
        runNext();
    }

    JobRunner &jobs() const { return m_data.jobs(); }
    std::chrono::milliseconds syncInterval = kDefaultSyncInterval;
    bool runsJobs = true;
    bool jobsHandled = false;

private:
    void runNext()
    {
        if (m_running || m_jobs.isEmpty())
            return;
        m_running = true;
        const Job job = m_jobs.takeFirst();
        auto once = std::make_shared<bool>(false);
        QPointer<Worker> self(this);
        job([self, once] {
            if (std::exchange(*once, true) || !self)
                return;
            // Queued, so that the next job never starts inside the previous one's callback.
            QMetaObject::invokeMethod(
                self,
                [self] {
                    self->m_running = false;
                    self->runNext();
                },
                Qt::QueuedConnection);
        });
    }

    DataContext &m_data;
    const Clock &m_clock;
    // Destroyed in reverse: EventSync before the API it calls.
    Database *m_database = nullptr; // the data thread's

    std::unique_ptr<WebhookInbox> m_inbox;
    std::unique_ptr<ZoomClient> m_client;
    std::unique_ptr<ZoomApi> m_api;
    std::unique_ptr<EventSync> m_sync;
    std::unique_ptr<ReportFetcher> m_reports;
    std::optional<ZoomCredentials> m_credentials;
    bool m_credentialsKnown = false;
    QList<Job> m_jobs;
    bool m_running = false;
};

EventService::EventService(DataThread &data, QObject *parent)
    : EventService(data, Jobs::Run, parent)
{}

EventService::EventService(DataThread &data, Jobs jobs, QObject *parent)
    : QObject(parent)
    , m_lane(data, this)
{
    startWorker(jobs);
}

EventService::EventService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_lane(std::move(databasePath), clock, this)
{
    startWorker(Jobs::Run);
}

EventService::~EventService() = default;

void EventService::startWorker(Jobs jobs)
{
    m_worker = new Worker(m_lane.context());
    m_worker->runsJobs = jobs == Jobs::Run;
    m_worker->moveToThread(m_lane.thread());
    m_worker->setParent(m_lane.anchor());
}

// The background work is durable jobs (DESIGN §10): whichever process runs the backend runs
// them at their time. Handled from the first credentials on (connected or not), so that a job
// left by an earlier run waits for them; they stop with the worker.
void EventService::handleJobs()
{
    JobRunner &jobs = m_worker->jobs();
    jobs.handle(kSyncJob, m_worker, [this](const Job &, JobRunner::Finished finished) {
        backgroundSync(true, [this, finished] {
            finished(JobOutcome::again(m_worker->clock().nowUtc().addMSecs(m_worker->syncInterval.count())));
        });
    });
    jobs.handle(kRefreshJob, m_worker, [this](const Job &, JobRunner::Finished finished) {
        backgroundSync(false, [finished] { finished(JobOutcome::done()); });
    });
    jobs.handle(kReportsJob, m_worker,
                [this](const Job &, JobRunner::Finished finished) { backgroundReports(std::move(finished)); });
}

void EventService::setSyncInterval(std::chrono::milliseconds interval)
{
    QMetaObject::invokeMethod(m_worker, [this, interval] {
        m_worker->syncInterval = interval;
        // Only once a connection is known: the first synchronization is "on open".
        if (m_worker->runsJobs && m_worker->hasCredentials())
            (void)m_worker->jobs().schedule(kSyncJob, {}, m_worker->clock().nowUtc().addMSecs(interval.count()));
    });
}

void EventService::setCredentials(const std::optional<ZoomCredentials> &credentials)
{
    QMetaObject::invokeMethod(m_worker, [this, credentials] {
        // After the work already queued, which runs with the client it started with.
        m_worker->enqueue([this, credentials](std::function<void()> finished) {
            const bool fresh = m_worker->useCredentials(credentials);
            finished();
            // The first time is "on open": what a previous run left in the journal is finished;
            // later, new credentials may unblock waiting events.
            if (!fresh || !m_worker->runsJobs)
                return;
            if (!std::exchange(m_worker->jobsHandled, true))
                handleJobs();
            (void)m_worker->jobs().schedule(kSyncJob, {}, m_worker->clock().nowUtc());
        });
    });
}

void EventService::requestSync()
{
    QMetaObject::invokeMethod(m_worker,
                              [this] { (void)m_worker->jobs().schedule(kRefreshJob, {}, m_worker->clock().nowUtc()); });
}

void EventService::backgroundSync(bool checkDrift, std::function<void()> then)
{
    m_worker->enqueue([this, checkDrift, then](std::function<void()> finished) {
        auto sync = m_worker->sync();
        if (!sync) {
            const QStringList problems {sync.error().message};
            QMetaObject::invokeMethod(this, [this, problems] { emit synchronized(problems); });
            finished();
            return then();
        }
        sync.value()->synchronize(
            checkDrift, m_worker->inbox(), [this, finished, then](const Result<EventSync::SyncReport> &report) {
                const QStringList problems = report ? report.value().problems : QStringList {report.error().message};
                QMetaObject::invokeMethod(this, [this, problems] {
                    emit changed();
                    emit synchronized(problems);
                });
                finished();
                // Ended events get their reports.
                (void)m_worker->jobs().schedule(kReportsJob, {}, m_worker->clock().nowUtc());
                then();
            });
    });
}

void EventService::backgroundReports(JobRunner::Finished jobFinished)
{
    m_worker->enqueue([this, jobFinished](std::function<void()> finished) {
        if (!m_worker->sync()) {
            finished();
            return jobFinished(JobOutcome::again(m_worker->clock().nowUtc().addSecs(60)));
        }
        m_worker->reports().sweep([this, finished, jobFinished](const Result<ReportFetcher::Sweep> &sweep) {
            if (sweep) {
                const ReportFetcher::Sweep &s = sweep.value();
                if (s.noticed + s.ready + s.noAttendees + s.failed + s.retrying > 0)
                    QMetaObject::invokeMethod(this, [this] { emit reportsChanged(); });
            }
            finished();
            // Due again when the next waiting report is (not sooner than in a minute: a report
            // that could not be fetched now, say without Zoom, is not asked for in a loop).
            const QDateTime now = m_worker->clock().nowUtc();
            auto next = ReportRepository(m_worker->database()).nextAttempt();
            if (next && next.value().isValid())
                jobFinished(JobOutcome::again(std::clamp(next.value(), now.addSecs(60), now.addSecs(3600))));
            else
                jobFinished(JobOutcome::done());
        });
    });
}

void EventService::reports(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context,
                           Callback<QList<ReportEntry>> done)
{
    read<QList<ReportEntry>>(
        [fromUtc, toUtc](Worker &worker) { return ReportRepository(worker.database()).list(fromUtc, toUtc); }, context,
        std::move(done));
}

void EventService::report(qint64 eventId, QObject *context, Callback<AttendanceReport> done)
{
    read<AttendanceReport>([eventId](Worker &worker) { return ReportRepository(worker.database()).attendees(eventId); },
                           context, std::move(done));
}

void EventService::reportStates(const QList<qint64> &eventIds, QObject *context,
                                Callback<QHash<qint64, StoredReport::State>> done)
{
    read<QHash<qint64, StoredReport::State>>(
        [eventIds](Worker &worker) -> Result<QHash<qint64, StoredReport::State>> {
            ReportRepository reports(worker.database());
            QHash<qint64, StoredReport::State> states;
            for (qint64 id : eventIds) {
                auto report = reports.find(id);
                if (!report)
                    return report.error();
                if (report.value())
                    states.insert(id, report.value()->state);
            }
            return states;
        },
        context, std::move(done));
}

void EventService::fetchReport(qint64 eventId, QObject *context, Callback<StoredReport> done)
{
    queue<StoredReport>(
        [this, eventId](Worker &worker, EventSync &, auto reply) {
            worker.reports().fetchNow(eventId, [this, reply](const Result<StoredReport> &stored) {
                QMetaObject::invokeMethod(this, [this] { emit reportsChanged(); });
                reply(stored);
            });
        },
        context, std::move(done), false);
}

void EventService::fetchDueReports(QObject *context, Callback<ReportFetcher::Sweep> done)
{
    queue<ReportFetcher::Sweep>(
        [this](Worker &worker, EventSync &, auto reply) {
            worker.reports().sweep([this, reply](const Result<ReportFetcher::Sweep> &sweep) {
                QMetaObject::invokeMethod(this, [this] { emit reportsChanged(); });
                reply(sweep);
            });
        },
        context, std::move(done), false);
}

void EventService::exportReports(const QList<qint64> &eventIds, const QString &folder,
                                 const AttendanceCsvOptions &options, std::shared_ptr<std::atomic_bool> cancel,
                                 std::function<void(int done, int total)> progress, QObject *context,
                                 Callback<ReportExport::Summary> done)
{
    QPointer<QObject> guard(context);
    read<ReportExport::Summary>(
        [this, eventIds, folder, options, cancel, progress, guard](Worker &worker) -> Result<ReportExport::Summary> {
            auto all = ReportRepository(worker.database()).list();
            if (!all)
                return all.error();
            QList<ReportEntry> chosen;
            for (const ReportEntry &entry : all.value()) {
                if (eventIds.contains(entry.eventId))
                    chosen.append(entry);
            }
            return ReportExport::run(worker.database(), chosen, folder, options,
                                     [this, cancel, progress, guard](int n, int total) {
                                         if (progress)
                                             QMetaObject::invokeMethod(this, [guard, progress, n, total] {
                                                 if (guard)
                                                     progress(n, total);
                                             });
                                         return !(cancel && cancel->load());
                                     });
        },
        context, std::move(done));
}

template<typename T>
void EventService::deliver(const QPointer<QObject> &context, const Callback<T> &done, const Result<T> &result,
                           bool changes)
{
    QMetaObject::invokeMethod(this, [this, context, done, result, changes] {
        if (changes)
            emit changed();
        if (context && done)
            done(result);
    });
}

template<typename T>
void EventService::read(std::function<Result<T>(Worker &)> work, QObject *context, Callback<T> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), guard, done = std::move(done)] {
        auto sync = m_worker->sync(); // opens the database
        deliver<T>(guard, done, sync ? work(*m_worker) : Result<T>(sync.error()), false);
    });
}

template<typename T>
void EventService::queue(std::function<void(Worker &, EventSync &, EventSync::Callback<T>)> work, QObject *context,
                         Callback<T> done, bool changes)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), guard, done = std::move(done), changes] {
        m_worker->enqueue([this, work, guard, done, changes](std::function<void()> finished) {
            auto sync = m_worker->sync();
            if (!sync) {
                deliver<T>(guard, done, sync.error(), false);
                return finished();
            }
            work(*m_worker, *sync.value(), [this, guard, done, changes, finished](const Result<T> &result) {
                deliver<T>(guard, done, result, changes);
                finished();
            });
        });
    });
}

void EventService::list(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Callback<QList<Event>> done)
{
    read<QList<Event>>(
        [fromUtc, toUtc](Worker &worker) { return EventRepository(worker.database()).list(fromUtc, toUtc); }, context,
        std::move(done));
}

void EventService::find(qint64 id, QObject *context, Callback<Event> done)
{
    read<Event>([id](Worker &worker) { return EventRepository(worker.database()).find(id); }, context, std::move(done));
}

void EventService::groups(QObject *context, Callback<QList<ParticipantGroup>> done)
{
    read<QList<ParticipantGroup>>([](Worker &worker) { return GroupRepository(worker.database()).groups(); }, context,
                                  std::move(done));
}

void EventService::create(const EventForm &form, QObject *context, Callback<EventSync::Outcome> done)
{
    queue<EventSync::Outcome>([form](Worker &, EventSync &sync, auto reply) { sync.create(form, reply); }, context,
                              std::move(done), true);
}

void EventService::update(qint64 id, const EventForm &form, QObject *context, Callback<EventSync::Outcome> done)
{
    queue<EventSync::Outcome>([id, form](Worker &, EventSync &sync, auto reply) { sync.update(id, form, reply); },
                              context, std::move(done), true);
}

void EventService::cancel(qint64 id, QObject *context, Callback<EventSync::Outcome> done)
{
    queue<EventSync::Outcome>([id](Worker &, EventSync &sync, auto reply) { sync.cancel(id, reply); }, context,
                              std::move(done), true);
}

void EventService::synchronize(bool checkDrift, QObject *context, Callback<EventSync::SyncReport> done)
{
    queue<EventSync::SyncReport>([checkDrift](Worker &worker, EventSync &sync,
                                              auto reply) { sync.synchronize(checkDrift, worker.inbox(), reply); },
                                 context, std::move(done), true);
}

void EventService::resolveDrift(qint64 id, EventSync::DriftChoice choice, QObject *context,
                                Callback<EventSync::Outcome> done)
{
    queue<EventSync::Outcome>(
        [id, choice](Worker &, EventSync &sync, auto reply) { sync.resolveDrift(id, choice, reply); }, context,
        std::move(done), true);
}

void EventService::startUrl(qint64 id, QObject *context, Callback<QString> done)
{
    queue<QString>([id](Worker &, EventSync &sync, auto reply) { sync.startUrl(id, reply); }, context, std::move(done),
                   false);
}

void EventService::seedIfEmpty(const QList<EventForm> &forms, QObject *context, Callback<int> done)
{
    queue<int>(
        [forms](Worker &worker, EventSync &sync, EventSync::Callback<int> reply) {
            auto existing = EventRepository(worker.database()).list();
            if (!existing)
                return reply(existing.error());
            if (!existing.value().isEmpty())
                return reply(0);
            createInOrder(sync, forms, 0, reply);
        },
        context, std::move(done), true);
}

} // namespace Roomdesk
