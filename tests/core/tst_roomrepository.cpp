// SPDX-License-Identifier: GPL-3.0-or-later
// The room pool and the buffer policy on real SQLite files.
#include "rooms/bufferpolicy.h"
#include "rooms/roomrepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

class TestRoomRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("rooms-%1.sqlite").arg(++m_databases)));
        return db ? std::move(db.value()) : nullptr;
    }

    static Room room(const QString &email, const QString &name = QStringLiteral("Aula"))
    {
        Room r;
        r.email = email;
        r.name = name;
        return r;
    }

private slots:
    void addedRoomsStartInactiveAndQueueUp()
    {
        auto db = open();
        QVERIFY(db);
        RoomRepository rooms(*db);
        auto first = rooms.add(room(QStringLiteral("  Aula1@Universidad.Example ")), m_now);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first.value().email, QStringLiteral("aula1@universidad.example"));
        QCOMPARE(first.value().active, false);
        QCOMPARE(first.value().assignment, Room::Assignment::Automatic);
        QCOMPARE(first.value().position, 1);
        QVERIFY(!first.value().prepMinutes);
        auto second = rooms.add(room(QStringLiteral("aula2@universidad.example")), m_now);
        QCOMPARE(second.value().position, 2);

        Room placed = room(QStringLiteral("aula3@universidad.example"));
        placed.position = 1;
        placed.webinar = true;
        placed.prepMinutes = 0;
        QVERIFY(rooms.add(placed, m_now));
        // Allocation order: position, then id.
        const QList<Room> all = rooms.list().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).email, QStringLiteral("aula1@universidad.example"));
        QCOMPARE(all.at(1).email, QStringLiteral("aula3@universidad.example"));
        QCOMPARE(all.at(1).prepMinutes, std::optional<int>(0)); // zero is not "the policy's"
        QCOMPARE(all.at(2).email, QStringLiteral("aula2@universidad.example"));
    }

    void badRoomsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("prep");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "a@b.example"
                                 << "  " << -2 << "needs a name";
        QTest::newRow("long name") << "a@b.example" << QString(101, QLatin1Char('x')) << -2 << "at most 100";
        QTest::newRow("not an e-mail") << "aula1"
                                       << "Aula" << -2 << "is not an e-mail";
        QTest::newRow("two at signs") << "a@b@c.example"
                                      << "Aula" << -2 << "is not an e-mail";
        QTest::newRow("space") << "a b@c.example"
                               << "Aula" << -2 << "is not an e-mail";
        QTest::newRow("negative buffer") << "a@b.example"
                                         << "Aula" << -1 << "between 0 and 1440";
        QTest::newRow("day-long buffer") << "a@b.example"
                                         << "Aula" << 1441 << "between 0 and 1440";
        QTest::newRow("duplicate, other case") << "TAKEN@b.example"
                                               << "Aula" << -2 << "already uses taken@b.example";
    }

    void badRoomsAreRefusedWithTheReason()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(int, prep);
        QFETCH(QString, message);
        auto db = open();
        RoomRepository rooms(*db);
        QVERIFY(rooms.add(room(QStringLiteral("taken@b.example")), m_now));
        Room candidate = room(email, name);
        if (prep != -2)
            candidate.prepMinutes = prep;
        const auto added = rooms.add(candidate, m_now);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QCOMPARE(rooms.list().value().size(), 1);
    }

    void updatesChangeOnlyWhatIsGiven()
    {
        auto db = open();
        RoomRepository rooms(*db);
        const qint64 id = rooms.add(room(QStringLiteral("a@b.example")), m_now).value().id;
        QVERIFY(rooms.add(room(QStringLiteral("other@b.example")), m_now));
        RoomChange change;
        change.active = true;
        change.assignment = Room::Assignment::Manual;
        change.courtesyMinutes = std::optional<int>(5);
        auto updated = rooms.update(id, change);
        QVERIFY(updated);
        QCOMPARE(updated.value().active, true);
        QCOMPARE(updated.value().assignment, Room::Assignment::Manual);
        QCOMPARE(updated.value().courtesyMinutes, std::optional<int>(5));
        QCOMPARE(updated.value().name, QStringLiteral("Aula"));
        // Back to the policy's courtesy; the reread agrees.
        RoomChange reset;
        reset.courtesyMinutes = std::optional<int>();
        QVERIFY(rooms.update(id, reset));
        QVERIFY(!rooms.find(id).value().courtesyMinutes);
        QCOMPARE(rooms.find(id).value().assignment, Room::Assignment::Manual);
        // Taking another room's e-mail is refused and changes nothing.
        RoomChange steal;
        steal.email = QStringLiteral("Other@b.example");
        QVERIFY(!rooms.update(id, steal));
        QCOMPARE(rooms.find(id).value().email, QStringLiteral("a@b.example"));
        QCOMPARE(rooms.update(999, change).error().code, QStringLiteral("rooms.not_found"));
    }

    void removal()
    {
        auto db = open();
        RoomRepository rooms(*db);
        const qint64 id = rooms.add(room(QStringLiteral("a@b.example")), m_now).value().id;
        QVERIFY(rooms.remove(id));
        QVERIFY(rooms.list().value().isEmpty());
        QCOMPARE(rooms.remove(id).error().code, QStringLiteral("rooms.not_found"));
    }

    void policyDefaultsChangesAndLimits()
    {
        auto db = open();
        const BufferPolicy defaults = BufferPolicyStore::load(*db).value();
        QCOMPARE(defaults.endWarningMinutes, 10); // DESIGN §3
        QCOMPARE(defaults.reportDeadlineMinutes, 30);
        BufferPolicy changed = defaults;
        changed.prepMinutes = 0;
        changed.postMinutes = 45;
        QVERIFY(BufferPolicyStore::save(*db, changed));
        QCOMPARE(BufferPolicyStore::load(*db).value().postMinutes, 45);
        QCOMPARE(BufferPolicyStore::load(*db).value().prepMinutes, 0);
        changed.courtesyMinutes = 1441;
        const auto refused = BufferPolicyStore::save(*db, changed);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("courtesy")));
        QCOMPARE(BufferPolicyStore::load(*db).value().courtesyMinutes, defaults.courtesyMinutes);
    }
};

QTEST_GUILESS_MAIN(TestRoomRepository)
#include "tst_roomrepository.moc"
