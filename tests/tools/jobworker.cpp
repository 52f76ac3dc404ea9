// SPDX-License-Identifier: GPL-3.0-or-later
// A process that runs the backend's job runner on a database, for tst_jobrunner: it claims
// jobs of kind "test.work", logs each start and end in job_log (a table the test made), and
// exits once no such job is left to do.
//   jobworker DATABASE CLAIM_MS WORK_MS
#include "backend/datathread.h"
#include "backend/jobrunner.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Roomdesk;

namespace {

void log(const Database &database, const QString &subject, const QString &what)
{
    SqlStatement insert(database.connection(),
                        QStringLiteral("INSERT INTO job_log (subject, pid, what) VALUES (:subject, :pid, :what)"));
    (void)insert.bind(QStringLiteral(":subject"), subject)
        .bind(QStringLiteral(":pid"), QCoreApplication::applicationPid())
        .bind(QStringLiteral(":what"), what)
        .exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const qint64 claimMs = args.at(2).toLongLong();
    const int workMs = args.at(3).toInt();
    DataThread data(args.at(1), Clock::system());
    QObject owner;
    DataLane lane(data, &owner);
    lane.post([&lane, claimMs, workMs](DataContext &context) {
        JobRunner &jobs = context.jobs();
        jobs.setClaimMs(claimMs);
        jobs.handle(QStringLiteral("test.work"), lane.anchor(),
                    [&context, &lane, workMs](const Job &job, JobRunner::Finished finished) {
                        const Database &database = *context.database().value();
                        log(database, job.subject, QStringLiteral("started"));
                        QTimer::singleShot(workMs, lane.anchor(), [&database, job, finished] {
                            log(database, job.subject, QStringLiteral("ended"));
                            finished(JobOutcome::done());
                        });
                    });
    });
    // Done when every job of the kind is done (some may belong to other processes meanwhile).
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &owner, [&lane] {
        lane.post([&lane](DataContext &context) {
            auto database = context.database();
            if (!database)
                return;
            SqlStatement left(database.value()->connection(),
                              QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = 'test.work' AND state <> 'done'"));
            if (left.exec() && left.next() && left.value(0).toInt() == 0)
                lane.toOwner([] { QCoreApplication::quit(); });
        });
    });
    check.start(100);
    return QCoreApplication::exec();
}
