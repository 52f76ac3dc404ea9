// SPDX-License-Identifier: GPL-3.0-or-later
// JobRunner on real SQLite files: due jobs run at their time on the data thread, a handler that
// goes away hands its job back, and several processes (tools/jobworker) share one table without
// ever running a job twice, even when one of them is killed in the middle of a job.
#include "backend/datathread.h"
#include "backend/jobrunner.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Roomdesk;

namespace {

const QString kKind = QStringLiteral("test.work");

struct Ran
{
    QString subject;
    QThread *thread = nullptr;
};

} // namespace

class TestJobRunner final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("runner-%1.sqlite").arg(++m_files)); }

    static std::unique_ptr<Database> open(const QString &path)
    {
        auto opened = Database::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(opened.value());
    }

    static int count(const Database &database, const QString &sql)
    {
        SqlStatement select(database.connection(), sql);
        if (!select.exec() || !select.next())
            return -1;
        return select.value(0).toInt();
    }

private slots:
    void dueJobsRunAtTheirTimeOnTheDataThread()
    {
        DataThread data(newPath(), Clock::system());
        QObject owner;
        DataLane lane(data, &owner);
        QList<Ran> ran;
        QElapsedTimer elapsed;
        elapsed.start();
        qint64 laterAfterMs = -1;
        lane.post([&](DataContext &context) {
            context.jobs().handle(kKind, lane.anchor(), [&](const Job &job, JobRunner::Finished finished) {
                const Ran one {job.subject, QThread::currentThread()};
                if (job.subject == QLatin1String("later"))
                    laterAfterMs = elapsed.elapsed();
                lane.toOwner([&ran, one] { ran.append(one); });
                finished(JobOutcome::done());
            });
            (void)context.jobs().schedule(kKind, QStringLiteral("later"), context.now().addMSecs(400));
            (void)context.jobs().schedule(kKind, QStringLiteral("now"), context.now());
        });
        QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 2, 10000);
        QCOMPARE(ran.at(0).subject, QStringLiteral("now"));
        QCOMPARE(ran.at(1).subject, QStringLiteral("later"));
        QVERIFY2(laterAfterMs >= 390, qPrintable(QString::number(laterAfterMs)));
        QVERIFY(ran.at(0).thread == data.thread());
        QTest::qWait(100);
        QCOMPARE(ran.size(), 2); // once each
    }

    void aJobRunsAgainWhenItSaysSoAndWhenAskedWhileRunning()
    {
        DataThread data(newPath(), Clock::system());
        QObject owner;
        DataLane lane(data, &owner);
        int runs = 0;
        lane.post([&](DataContext &context) {
            context.jobs().handle(kKind, lane.anchor(), [&](const Job &, JobRunner::Finished finished) {
                const int run = ++runs;
                if (run == 1) // asked for again while it runs: it runs once more afterwards
                    (void)context.jobs().schedule(kKind, {}, context.now());
                if (run == 2)
                    return finished(JobOutcome::again(context.now().addMSecs(100)));
                finished(JobOutcome::done());
            });
            (void)context.jobs().schedule(kKind, {}, context.now());
        });
        QTRY_COMPARE_WITH_TIMEOUT(runs, 3, 10000);
        QTest::qWait(300);
        QCOMPARE(runs, 3);
    }

    void aHandlerThatGoesAwayHandsItsJobBack()
    {
        const QString path = newPath();
        {
            DataThread data(path, Clock::system());
            QObject owner;
            auto lane = std::make_unique<DataLane>(data, &owner);
            bool started = false;
            lane->post([&](DataContext &context) {
                // Never finishes: its process stops in the middle.
                context.jobs().handle(kKind, lane->anchor(), [&](const Job &, JobRunner::Finished) {
                    lane->toOwner([&started] { started = true; });
                });
                (void)context.jobs().schedule(kKind, {}, context.now());
            });
            QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
            lane.reset();
        }
        auto database = open(path);
        QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")), 1);
    }

    void processesShareTheJobsAndNeverRunOneTwice_data()
    {
        QTest::addColumn<bool>("kill");
        QTest::newRow("three processes") << false;
        QTest::newRow("three processes, one killed at a random moment, twice") << true;
    }

    void processesShareTheJobsAndNeverRunOneTwice()
    {
        QFETCH(bool, kill);
        const QString path = newPath();
        auto database = open(path);
        QVERIFY(SqlStatement(database->connection(),
                             QStringLiteral("CREATE TABLE job_log (subject TEXT NOT NULL, pid INTEGER NOT NULL, what "
                                            "TEXT NOT NULL)"))
                    .exec());
        constexpr int kJobs = 150;
        {
            ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-1));
            DataThread data(path, clock);
            QObject owner;
            DataLane lane(data, &owner);
            bool queued = false;
            lane.post([&](DataContext &context) {
                for (int i = 0; i < kJobs; ++i)
                    (void)context.jobs().schedule(kKind, QString::number(i), clock.nowUtc());
                lane.toOwner([&queued] { queued = true; });
            });
            QTRY_VERIFY(queued);
        }
        QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")), kJobs);

        const QString worker = QStringLiteral(ROOMDESK_JOB_WORKER);
        const QStringList args {path, QStringLiteral("600"), QStringLiteral("15")};
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < 3; ++i) {
            workers.push_back(std::make_unique<QProcess>());
            workers.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            workers.back()->start(worker, args);
            QVERIFY(workers.back()->waitForStarted());
        }
        QList<qint64> killed;
        if (kill) {
            for (int round = 0; round < 2; ++round) {
                // Somewhere in the middle of the work, while a job is running.
                QTest::qWait(int(QRandomGenerator::global()->bounded(150, 500)));
                QProcess &victim = *workers.at(round);
                killed.append(victim.processId());
                ::kill(pid_t(victim.processId()), SIGKILL);
                QVERIFY(victim.waitForFinished(5000));
            }
        }
        for (auto &process : workers) {
            if (!killed.contains(process->processId()) && process->state() != QProcess::NotRunning)
                QVERIFY2(process->waitForFinished(60000), "a worker did not finish");
        }
        QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'done'")), kJobs);
        // Every job ended once in a process that lived; a start without an end is a killed one's.
        QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(DISTINCT subject) FROM job_log WHERE what = 'ended'")),
                 kJobs);
        QString notKilled = QStringLiteral("(0");
        for (qint64 pid : killed)
            notKilled += QStringLiteral(", %1").arg(pid);
        notKilled += QLatin1Char(')');
        QCOMPARE(count(*database,
                       QStringLiteral("SELECT COUNT(*) FROM (SELECT subject FROM job_log WHERE what = "
                                      "'started' AND pid NOT IN %1 GROUP BY subject HAVING COUNT(*) > 1)")
                           .arg(notKilled)),
                 0);
        const int starts = count(*database, QStringLiteral("SELECT COUNT(*) FROM job_log WHERE what = 'started'"));
        if (!kill)
            QCOMPARE(starts, kJobs); // nothing ran twice
        else
            QVERIFY2(starts <= kJobs + 2, qPrintable(QString::number(starts))); // at most the killed ones again
        // More than one process took part.
        QVERIFY(count(*database, QStringLiteral("SELECT COUNT(DISTINCT pid) FROM job_log")) >= 2);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
