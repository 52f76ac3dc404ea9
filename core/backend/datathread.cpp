// SPDX-License-Identifier: GPL-3.0-or-later
#include "datathread.h"

#include "clock.h"
#include "jobrunner.h"
#include "storage/database.h"

#include <QLoggingCategory>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcData, "roomdesk.backend.data", QtInfoMsg)
}

DataContext::DataContext(QString databasePath, const Clock &clock)
    : m_path(std::move(databasePath))
    , m_clock(clock)
{}

DataContext::~DataContext() = default;

Result<Database *> DataContext::database()
{
    if (!m_database) {
        auto opened = Database::open(m_path);
        if (!opened) {
            // Not a warning: the use case that asked answers with the error, and its front end
            // shows it (a command prints it, word for word, and nothing else).
            qCInfo(lcData) << "The backend's database could not be opened:" << opened.error().code;
            return opened.error();
        }
        m_database = std::move(opened.value());
    }
    return m_database.get();
}

QDateTime DataContext::now() const
{
    return m_clock.nowUtc();
}

JobRunner &DataContext::jobs()
{
    if (!m_jobs)
        m_jobs = std::make_unique<JobRunner>(*this);
    return *m_jobs;
}

DataThread::DataThread(QString databasePath, const Clock &clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_home(new QObject)
    , m_context(std::make_unique<DataContext>(m_databasePath, clock))
{
    m_thread.setObjectName(QStringLiteral("RoomdeskData"));
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

DataThread::~DataThread()
{
    // The connection closes on the thread that opened it.
    QMetaObject::invokeMethod(
        m_home, [this] { m_context.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

DataLane::DataLane(DataThread &thread, QObject *owner)
    : m_thread(thread)
    , m_owner(owner)
    , m_anchor(new QObject)
{
    m_anchor->moveToThread(thread.thread());
}

DataLane::DataLane(QString databasePath, const Clock &clock, QObject *owner)
    : m_ownThread(std::make_unique<DataThread>(std::move(databasePath), clock))
    , m_thread(*m_ownThread)
    , m_owner(owner)
    , m_anchor(new QObject)
{
    m_anchor->moveToThread(m_thread.thread());
}

DataLane::~DataLane()
{
    QObject *anchor = m_anchor;
    if (QThread::currentThread() == m_thread.thread() || !m_thread.thread()->isRunning()) {
        delete anchor;
        return;
    }
    // Posted after everything this lane posted before, so that work runs first, with its owner alive.
    // The thread's home object runs it: an object does not delete itself inside its own event.
    QMetaObject::invokeMethod(
        m_thread.m_home, [anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
}

void DataLane::post(std::function<void(DataContext &)> work) const
{
    QMetaObject::invokeMethod(m_anchor, [this, work = std::move(work)] { work(context()); });
}

void DataLane::toOwner(std::function<void()> function) const
{
    QMetaObject::invokeMethod(m_owner, std::move(function));
}

} // namespace Roomdesk
