// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Roomdesk {

class Clock;
class Database;
class JobRunner;

// What work on the data thread gets: the backend's one database connection and its clock.
class DataContext final
{
public:
    DataContext(QString databasePath, const Clock &clock);
    ~DataContext();
    Q_DISABLE_COPY_MOVE(DataContext)

    // Opened on first use, on the data thread, and kept until the thread ends.
    Result<Database *> database();
    const Clock &clock() const { return m_clock; }
    QDateTime now() const;
    // The thread's job runner, made on first use.
    JobRunner &jobs();

private:
    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JobRunner> m_jobs; // before the database goes
};

// The backend's one thread (DESIGN §10): every use case's database work, the Zoom clients, the
// job runner and the webhook receiver run here, one after the other, on one connection. Front
// ends never touch it directly; each service reaches it through a DataLane.
class DataThread final
{
public:
    DataThread(QString databasePath, const Clock &clock);
    ~DataThread(); // the lanes must be gone
    Q_DISABLE_COPY_MOVE(DataThread)

    const QString &databasePath() const { return m_databasePath; }
    const Clock &clock() const { return m_clock; }
    QThread *thread() { return &m_thread; }

private:
    friend class DataLane;
    QString m_databasePath;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_home = nullptr; // lives on the thread; deleted when it ends
    std::unique_ptr<DataContext> m_context; // used on the thread only
};

// One service's share of the data thread. Work posted through it runs there in order with the
// thread's database; answers come back on the owner's thread and are dropped when their context
// object is gone. Destroying the lane (on the owner's thread) waits for the work already posted
// and deletes the objects that live under its anchor on the data thread, so nothing of the
// owner runs afterwards.
class DataLane final
{
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    DataLane(DataThread &thread, QObject *owner);
    // On a data thread of its own, for a service used alone (tests, tools).
    DataLane(QString databasePath, const Clock &clock, QObject *owner);
    ~DataLane();
    Q_DISABLE_COPY_MOVE(DataLane)

    // An object on the data thread: the parent of whatever the owner keeps there.
    QObject *anchor() const { return m_anchor; }
    QThread *thread() const { return m_thread.thread(); }
    const Clock &clock() const { return m_thread.clock(); }

    // The thread's database and clock; use it on the data thread only.
    DataContext &context() const { return *m_thread.m_context; }

    // Runs `work` on the data thread.
    void post(std::function<void(DataContext &)> work) const;
    // Runs `function` on the owner's thread.
    void toOwner(std::function<void()> function) const;

    // Runs `work` with the database on the data thread; `done` gets its answer on the owner's
    // thread if `context` still exists, after `then` (which runs whatever becomes of `context`).
    template<typename T>
    void run(std::function<Result<T>(DataContext &, const Database &)> work, QObject *context, Callback<T> done,
             std::function<void(const Result<T> &)> then = {}) const
    {
        QPointer<QObject> guard(context);
        post([this, work = std::move(work), guard, done = std::move(done), then = std::move(then)](DataContext &data) {
            auto database = data.database();
            Result<T> result = database ? work(data, *database.value()) : Result<T>(database.error());
            toOwner([result = std::move(result), guard, done, then] {
                if (then)
                    then(result);
                if (guard && done)
                    done(result);
            });
        });
    }

private:
    std::unique_ptr<DataThread> m_ownThread; // outlives the anchor
    DataThread &m_thread;
    QObject *m_owner;
    QObject *m_anchor;
};

} // namespace Roomdesk
