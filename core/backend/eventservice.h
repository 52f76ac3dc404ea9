// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datathread.h"
#include "events/eventsync.h"
#include "groups/participantgroup.h"
#include "jobqueue.h"
#include "reports/reportexport.h"
#include "reports/reportfetcher.h"
#include "zoom/zoomcredentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace Roomdesk {

class Clock;

// Events for the GUI without blocking the calling (UI) thread: EventSync runs on the backend's
// data thread with its database connection and a Zoom client built there from the credentials
// the UI hands in. Callbacks run on the caller's thread and are dropped when
// their context object is gone.
//
// Everything that may call Zoom (create, update, cancel, synchronize, resolve, seed) runs
// one at a time, in the order asked: a synchronization never meets a create half-way, so
// the journal cannot send the same create twice. Reads answer at once.
//
// It synchronizes whenever it gets new credentials — the first time is "on open": what a
// previous run left in the journal is finished — and then periodically (default every
// 10 minutes, with a drift check), including the webhooks waiting in the database's inbox.
class EventService final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    static constexpr std::chrono::milliseconds kDefaultSyncInterval = std::chrono::minutes(10);

    // Whether this process runs the background work (the durable jobs): the desktop does; a
    // command that runs one use case and ends leaves it to the process that runs the jobs.
    enum class Jobs { Run, Leave };

    EventService(DataThread &data, QObject *parent = nullptr);
    EventService(DataThread &data, Jobs jobs, QObject *parent = nullptr);
    // On a data thread of its own (tests, tools).
    EventService(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~EventService() override;

    // nullopt: not connected; events are stored and wait for Zoom. With Jobs::Run the first
    // credentials also start the background work.
    void setCredentials(const std::optional<ZoomCredentials> &credentials);
    void setSyncInterval(std::chrono::milliseconds interval);

    // Events whose session overlaps [from, to) (both invalid: all), by start.
    void list(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Callback<QList<Event>> done);
    void find(qint64 id, QObject *context, Callback<Event> done);
    // The participant groups an event can be for, by program and name.
    void groups(QObject *context, Callback<QList<ParticipantGroup>> done);

    void create(const EventForm &form, QObject *context, Callback<EventSync::Outcome> done);
    void update(qint64 id, const EventForm &form, QObject *context, Callback<EventSync::Outcome> done);
    void cancel(qint64 id, QObject *context, Callback<EventSync::Outcome> done);
    void synchronize(bool checkDrift, QObject *context, Callback<EventSync::SyncReport> done);
    void resolveDrift(qint64 id, EventSync::DriftChoice choice, QObject *context, Callback<EventSync::Outcome> done);
    void startUrl(qint64 id, QObject *context, Callback<QString> done);
    // Demo mode: creates the events in order, only when there are none; answers how many.
    void seedIfEmpty(const QList<EventForm> &forms, QObject *context, Callback<int> done);

    // Attendance reports (issue 7). After each synchronization, and when a waiting report is
    // due, ended events are noticed and their reports fetched.
    void reports(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Callback<QList<ReportEntry>> done);
    void report(qint64 eventId, QObject *context, Callback<AttendanceReport> done);
    // The states of these events' attendance reports; an event without one (not ended yet) is
    // not in the answer.
    void reportStates(const QList<qint64> &eventIds, QObject *context,
                      Callback<QHash<qint64, StoredReport::State>> done);
    // Asks Zoom again now, whatever the state.
    void fetchReport(qint64 eventId, QObject *context, Callback<StoredReport> done);
    void fetchDueReports(QObject *context, Callback<ReportFetcher::Sweep> done);
    // Writes the ready ones among `eventIds` into `folder`. `progress` runs on the caller's
    // thread; set `*cancel` (from any thread) to stop before the next file.
    void exportReports(const QList<qint64> &eventIds, const QString &folder, const AttendanceCsvOptions &options,
                       std::shared_ptr<std::atomic_bool> cancel, std::function<void(int done, int total)> progress,
                       QObject *context, Callback<ReportExport::Summary> done);

public slots:
    // A background synchronization without drift check, unless one is already waiting:
    // after the room pool changed, waiting events may have got a room.
    void requestSync();

signals:
    void changed(); // after anything that may have changed events
    void reportsChanged(); // a report was noticed, fetched or failed
    // A background synchronization finished; `problems` are translated, one per event.
    void synchronized(const QStringList &problems);

private:
    class Worker;
    template<typename T>
    void deliver(const QPointer<QObject> &context, const Callback<T> &done, const Result<T> &result, bool changes);
    template<typename T>
    void read(std::function<Result<T>(Worker &)> work, QObject *context, Callback<T> done);
    // Runs `work` after everything queued before it, on the worker thread.
    template<typename T>
    void queue(std::function<void(Worker &, EventSync &, EventSync::Callback<T>)> work, QObject *context,
               Callback<T> done, bool changes);
    // On the data thread: a synchronization, then `then`; a report sweep, then `finished`.
    void backgroundSync(bool checkDrift, std::function<void()> then);
    void backgroundReports(std::function<void(const JobOutcome &)> finished);

    void startWorker(Jobs jobs);
    void handleJobs(); // on the data thread

    DataLane m_lane;
    Worker *m_worker = nullptr; // under the lane's anchor, on the data thread
};

} // namespace Roomdesk
