// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

class TestClock final : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsUtcAndCurrent()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().nowUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
    }

    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime madrid(QDate(2026, 3, 29), QTime(1, 59), QTimeZone("Europe/Madrid"));
        ManualClock clock(madrid);
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        QCOMPARE(clock.nowUtc(), madrid.toUTC());
        clock.advanceSeconds(60);
        QCOMPARE(clock.nowUtc(), madrid.toUTC().addSecs(60));
        // Across the daylight-saving jump the wall clock skips an hour, UTC does not.
        QCOMPARE(clock.nowUtc().toTimeZone(QTimeZone("Europe/Madrid")).time(), QTime(3, 0));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
