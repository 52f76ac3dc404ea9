// SPDX-License-Identifier: GPL-3.0-or-later
// Four processes × 250 requests on 10 rooms in one SQLite file at once: no two allocated
// bookings of a room overlap, and every request is stored (allocated or pending).
#include "rooms/roomrepository.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;

class TestAllocationConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void fourProcessesNeverDoubleBook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            RoomRepository rooms(*db.value());
            for (int i = 1; i <= 10; ++i) {
                Room room;
                room.email = QStringLiteral("aula%1@u.example").arg(i);
                room.name = QStringLiteral("Aula %1").arg(i);
                room.active = true;
                QVERIFY(rooms.add(room, QDateTime::currentDateTimeUtc()));
            }
        }
        constexpr int kProcesses = 4;
        constexpr int kRequests = 250;
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int seed = 1; seed <= kProcesses; ++seed) {
            workers.push_back(std::make_unique<QProcess>());
            workers.back()->start(QStringLiteral(ROOMDESK_ALLOCATE_WORKER),
                                  {path, QString::number(seed), QString::number(kRequests)});
        }
        for (auto &worker : workers) {
            QVERIFY(worker->waitForFinished(120000));
            QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
        }

        auto db = Database::open(path);
        QVERIFY(db);
        SqlStatement total(db.value()->connection(),
                           QStringLiteral("SELECT COUNT(*), SUM(status = 'allocated'), "
                                          "SUM(status = 'pending') FROM room_requests"));
        QVERIFY(total.exec());
        QVERIFY(total.next());
        QCOMPARE(total.value(0).toInt(), kProcesses * kRequests); // nothing lost
        QVERIFY(total.value(1).toInt() > 100); // the rooms really were used…
        QVERIFY(total.value(2).toInt() > 0); // …and really ran out
        SqlStatement overlaps(db.value()->connection(),
                              QStringLiteral("SELECT COUNT(*) FROM room_requests a JOIN room_requests b ON a.room_id = "
                                             "b.room_id AND a.id < b.id AND a.blocked_from_ms < b.blocked_to_ms AND "
                                             "b.blocked_from_ms < a.blocked_to_ms WHERE a.status = 'allocated' AND "
                                             "b.status = 'allocated'"));
        QVERIFY(overlaps.exec());
        QVERIFY(overlaps.next());
        QCOMPARE(overlaps.value(0).toInt(), 0);
        qInfo() << "allocated" << total.value(1).toInt() << "pending" << total.value(2).toInt();
    }
};

QTEST_GUILESS_MAIN(TestAllocationConcurrency)
#include "tst_allocationconcurrency.moc"
