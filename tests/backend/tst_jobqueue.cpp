// SPDX-License-Identifier: GPL-3.0-or-later
// JobQueue on real SQLite files: scheduling coalesces, claims are exclusive between
// connections and expire, a job asked for while it runs runs again, finishing needs the claim.
#include "backend/jobqueue.h"
#include "clock.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {
const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc());
const QStringList kKinds {QStringLiteral("events.sync"), QStringLiteral("reports.sweep")};
} // namespace

class TestJobQueue final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    ManualClock m_clock {kNow};

    std::unique_ptr<Database> open(const QString &path)
    {
        auto opened = Database::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(opened.value());
    }
    QString newPath() { return m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(++m_files)); }

private slots:
    void aDueJobIsClaimedOnceAndFinished()
    {
        auto database = open(newPath());
        JobQueue queue(*database, m_clock, QStringLiteral("a"));
        QVERIFY(queue.schedule(kKinds.first(), {}, kNow.addSecs(60)));
        auto early = queue.claim(kKinds, kNow, 1000);
        QVERIFY(early);
        QVERIFY(!early.value()); // not due yet
        QCOMPARE(queue.nextWake(kKinds).value(), kNow.addSecs(60));

        auto claimed = queue.claim(kKinds, kNow.addSecs(60), 1000);
        QVERIFY(claimed);
        QVERIFY(claimed.value());
        QCOMPARE(claimed.value()->kind, kKinds.first());
        QCOMPARE(claimed.value()->attempts, 1);
        QCOMPARE(queue.state(kKinds.first(), {}).value(), QStringLiteral("running"));
        QVERIFY(!queue.claim(kKinds, kNow.addMSecs(60500), 1000).value()); // claimed: not twice

        QVERIFY(queue.finish(claimed.value()->id, JobOutcome::done(), kNow.addSecs(62)).value());
        QCOMPARE(queue.state(kKinds.first(), {}).value(), QStringLiteral("done"));
        QVERIFY(!queue.claim(kKinds, kNow.addSecs(3600), 1000).value());
        QVERIFY(!queue.nextWake(kKinds).value().isValid());
    }

    void schedulingCoalescesAndOnlyMovesSooner()
    {
        auto database = open(newPath());
        JobQueue queue(*database, m_clock, QStringLiteral("a"));
        QVERIFY(queue.schedule(kKinds.first(), {}, kNow.addSecs(600)));
        QVERIFY(queue.schedule(kKinds.first(), {}, kNow.addSecs(60)));
        QVERIFY(queue.schedule(kKinds.first(), {}, kNow.addSecs(900)));
        QCOMPARE(queue.find(kKinds.first(), {}).value()->dueUtc, kNow.addSecs(60));
        QVERIFY(queue.schedule(kKinds.first(), QStringLiteral("event:7"), kNow.addSecs(30)));
        QCOMPARE(queue.nextWake(kKinds).value(), kNow.addSecs(30));
        // A finished job scheduled again is queued again, with its attempts counted afresh.
        auto claimed = queue.claim(kKinds, kNow.addSecs(30), 1000).value();
        QCOMPARE(claimed->subject, QStringLiteral("event:7"));
        QVERIFY(queue.finish(claimed->id, JobOutcome::failed(QStringLiteral("no")), kNow.addSecs(31)).value());
        QCOMPARE(queue.state(kKinds.first(), QStringLiteral("event:7")).value(), QStringLiteral("failed"));
        QVERIFY(queue.schedule(kKinds.first(), QStringLiteral("event:7"), kNow.addSecs(40)));
        QCOMPARE(queue.state(kKinds.first(), QStringLiteral("event:7")).value(), QStringLiteral("queued"));
        QCOMPARE(queue.find(kKinds.first(), QStringLiteral("event:7")).value()->attempts, 0);
    }

    void aJobAskedForWhileItRunsRunsAgain()
    {
        auto database = open(newPath());
        JobQueue queue(*database, m_clock, QStringLiteral("a"));
        QVERIFY(queue.schedule(kKinds.last(), {}, kNow));
        auto claimed = queue.claim(kKinds, kNow, 1000).value();
        QVERIFY(claimed);
        QVERIFY(queue.schedule(kKinds.last(), {}, kNow.addSecs(5))); // e.g. a webhook meanwhile
        QCOMPARE(queue.state(kKinds.last(), {}).value(), QStringLiteral("running"));
        QVERIFY(queue.finish(claimed->id, JobOutcome::done(), kNow.addSecs(10)).value());
        QCOMPARE(queue.state(kKinds.last(), {}).value(), QStringLiteral("queued"));
        QCOMPARE(queue.find(kKinds.last(), {}).value()->dueUtc, kNow.addSecs(5));
        // "Again" takes the earlier of its own time and the one asked for meanwhile.
        claimed = queue.claim(kKinds, kNow.addSecs(10), 1000).value();
        QVERIFY(queue.schedule(kKinds.last(), {}, kNow.addSecs(20)));
        QVERIFY(queue.finish(claimed->id, JobOutcome::again(kNow.addSecs(600)), kNow.addSecs(11)).value());
        QCOMPARE(queue.find(kKinds.last(), {}).value()->dueUtc, kNow.addSecs(20));
    }

    void claimsAreExclusiveBetweenConnectionsAndExpire()
    {
        const QString path = newPath();
        auto first = open(path);
        auto second = open(path);
        JobQueue a(*first, m_clock, QStringLiteral("process-a"));
        JobQueue b(*second, m_clock, QStringLiteral("process-b"));
        QVERIFY(a.schedule(kKinds.first(), {}, kNow));
        auto claimed = a.claim(kKinds, kNow, 60000).value();
        QVERIFY(claimed);
        QVERIFY(!b.claim(kKinds, kNow.addSecs(30), 60000).value()); // a holds it
        QVERIFY(a.renew(claimed->id, kNow.addSecs(90)).value());
        QVERIFY(!b.claim(kKinds, kNow.addSecs(80), 60000).value()); // renewed
        // Process a died: its claim expires and b takes the job up, as a second attempt.
        auto taken = b.claim(kKinds, kNow.addSecs(91), 60000).value();
        QVERIFY(taken);
        QCOMPARE(taken->id, claimed->id);
        QCOMPARE(taken->attempts, 2);
        // A finish or renewal without the claim changes nothing.
        QVERIFY(!a.finish(claimed->id, JobOutcome::done(), kNow.addSecs(92)).value());
        QVERIFY(!a.renew(claimed->id, kNow.addSecs(200)).value());
        QCOMPARE(a.state(kKinds.first(), {}).value(), QStringLiteral("running"));
        QVERIFY(b.finish(taken->id, JobOutcome::done(), kNow.addSecs(93)).value());
        QCOMPARE(a.state(kKinds.first(), {}).value(), QStringLiteral("done"));
    }

    void onlyTheKindsAskedForAreClaimed()
    {
        auto database = open(newPath());
        JobQueue queue(*database, m_clock, QStringLiteral("a"));
        QVERIFY(queue.schedule(QStringLiteral("mail.send"), QStringLiteral("m1"), kNow));
        QVERIFY(!queue.claim(kKinds, kNow, 1000).value());
        QVERIFY(!queue.nextWake(kKinds).value().isValid());
        QVERIFY(!queue.claim({}, kNow, 1000).value());
        QCOMPARE(queue.claim({QStringLiteral("mail.send")}, kNow, 1000).value()->subject, QStringLiteral("m1"));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
