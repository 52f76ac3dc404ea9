// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's one way into the backend: a use case's asynchronous answer, waited for
// in a local event loop while this thread's other events go on.
#include "backend/blockingcall.h"
#include "backend/roompoolservice.h"
#include "clock.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Roomdesk;

class TestBlockingCall final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aUseCaseAnswersFromTheDataThread()
    {
        RoomPoolService pool(m_dir.filePath(QStringLiteral("pool.sqlite")), Clock::system());
        Room room;
        room.email = QStringLiteral("aula@universidad.example");
        room.name = QStringLiteral("Aula");
        const auto added =
            blockingCall<PoolChangeOutcome>([&](QObject *context, auto done) { pool.addRoom(room, context, done); });
        QVERIFY(added);
        const auto snapshot =
            blockingCall<RoomPoolSnapshot>([&](QObject *context, auto done) { pool.snapshot({}, {}, context, done); });
        QVERIFY(snapshot);
        QCOMPARE(snapshot.value().rooms.size(), 1);
        QCOMPARE(snapshot.value().rooms.first().email, room.email);
    }

    void errorsAreAnswersToo()
    {
        RoomPoolService pool(m_dir.filePath(QStringLiteral("errors.sqlite")), Clock::system());
        const auto removed =
            blockingCall<PoolChangeOutcome>([&](QObject *context, auto done) { pool.removeRoom(4711, context, done); });
        QVERIFY(!removed);
        QVERIFY(!removed.error().message.isEmpty());
    }

    void anAnswerGivenAtOnceIsNotWaitedFor()
    {
        const auto answer = blockingCall<int>([](QObject *, auto done) { done(42); });
        QCOMPARE(answer.value(), 42);
    }

    void otherEventsGoOnMeanwhile()
    {
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        const auto answer = blockingCall<int>(
            [](QObject *context, auto done) { QTimer::singleShot(100, context, [done] { done(7); }); });
        QCOMPARE(answer.value(), 7);
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    }

    void onlyTheFirstAnswerCountsAndLateOnesAreDropped()
    {
        bool late = false;
        const auto answer = blockingCall<QString, int>([&late](QObject *context, auto done) {
            QTimer::singleShot(0, context, [done] {
                done(QStringLiteral("first"));
                done(QStringLiteral("second"));
            });
            // Goes with the context once the call has returned.
            QTimer::singleShot(50, context, [&late, done] {
                late = true;
                done(QStringLiteral("late"));
            });
        });
        QCOMPARE(answer.value(), QStringLiteral("first"));
        QTest::qWait(150);
        QVERIFY(!late);
    }
};

QTEST_GUILESS_MAIN(TestBlockingCall)
#include "tst_blockingcall.moc"
