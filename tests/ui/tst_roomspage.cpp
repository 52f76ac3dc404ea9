// SPDX-License-Identifier: GPL-3.0-or-later
// The Rooms page on the offscreen platform: its table model under QAbstractItemModelTester,
// the page over a real SQLite file through RoomPoolService, the add dialog, and the import
// of licensed users from the in-process Zoom sandbox.
#include "backend/connectionservice.h"
#include "clock.h"
#include "models/roomtablemodel.h"
#include "pages/roomspage.h"
#include "rooms/addroomdialog.h"
#include "rooms/allocator.h"
#include "rooms/bufferpolicyform.h"
#include "rooms/roomrepository.h"
#include "rooms/zoomuserimportdialog.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxkit.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
const QDateTime kMonday(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

Room room(qint64 id, const char *email, int position)
{
    Room r;
    r.id = id;
    r.email = QLatin1String(email);
    r.name = r.email.section(QLatin1Char('@'), 0, 0);
    r.position = position;
    return r;
}

} // namespace

class TestRoomsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A database with rooms a (active), b (inactive), c (active, manual) and one waiting request.
    QString seeded()
    {
        const QString path = m_dir.filePath(QStringLiteral("rooms-%1.sqlite").arg(++m_files));
        auto db = Database::open(path);
        if (!db)
            return {};
        RoomRepository rooms(*db.value());
        for (const auto &[email, active, manual] :
             {std::tuple {"a@u.example", true, false}, std::tuple {"b@u.example", false, false},
              std::tuple {"c@u.example", true, true}}) {
            Room r;
            r.email = QLatin1String(email);
            r.name = r.email.left(1).toUpper();
            r.active = active;
            r.assignment = manual ? Room::Assignment::Manual : Room::Assignment::Automatic;
            if (!rooms.add(r, kNow))
                return {};
        }
        Allocator allocator(*db.value());
        RoomRequestSpec spec;
        spec.title = QStringLiteral("Clase");
        spec.startUtc = kMonday;
        spec.timeZone = QStringLiteral("Europe/Madrid");
        spec.durationMinutes = 60;
        if (!allocator.request(spec, kNow) || !allocator.request(spec, kNow)) // the second one waits
            return {};
        return path;
    }

    // Stores the sandbox's credentials for the connection, the secret in memory only.
    void connectTo(ZoomSandbox &sandbox, ConnectionService &connection)
    {
        bool ready = false;
        connection.start(this, [&](const auto &state) { ready = state.ok(); });
        QTRY_VERIFY(ready);
        connection.secrets()->useSessionOnly();
        ConnectionService::Change change;
        change.connection.baseUrl = sandbox.origin();
        change.connection.accountId = sandbox.accountId();
        change.connection.clientId = sandbox.clientId();
        change.clientSecret = sandbox.clientSecret().toUtf8();
        bool saved = false;
        connection.save(change, this, [&](const Result<void> &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
    }

    static QList<Room> stored(const QString &path)
    {
        auto db = Database::open(path);
        return db ? RoomRepository(*db.value()).list().value() : QList<Room>();
    }

private slots:
    void modelPassesTheTester()
    {
        RoomTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy moves(&model, &RoomTableModel::moveRequested);
        QSignalSpy changes(&model, &RoomTableModel::changeRequested);
        model.setPool({room(1, "a@u.example", 1), room(2, "b@u.example", 2), room(3, "c@u.example", 3)}, {});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, RoomTableModel::Email).data().toString(), QStringLiteral("b@u.example"));
        QCOMPARE(model.index(0, RoomTableModel::Prep).data(Qt::EditRole).toInt(), RoomTableModel::kPolicy);
        QVERIFY(model.index(0, RoomTableModel::Prep).data().toString().contains(QStringLiteral("15")));
        // Same rooms, new values: no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QList<Room> renamed = model.rooms();
        renamed[0].name = QStringLiteral("Aula");
        model.setPool(renamed, {});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, RoomTableModel::Name).data().toString(), QStringLiteral("Aula"));

        QVERIFY(model.setData(model.index(0, RoomTableModel::Active), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toLongLong(), 1);
        QVERIFY(changes.at(0).at(1).value<RoomChange>().active.value_or(false));
        QVERIFY(model.setData(model.index(2, RoomTableModel::Post), 45, Qt::EditRole));
        QCOMPARE(model.index(2, RoomTableModel::Post).data(Qt::EditRole).toInt(), 45);
        QVERIFY(!model.setData(model.index(2, RoomTableModel::Post), 45, Qt::EditRole)); // unchanged
        QVERIFY(!model.setData(model.index(2, RoomTableModel::Post), 5000, Qt::EditRole)); // out of range
        QVERIFY(!model.setData(model.index(0, RoomTableModel::Position), 7, Qt::EditRole)); // not editable

        // Drag the last room to the top: moved at once and handed on.
        std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(2, RoomTableModel::Name)}));
        QVERIFY(model.canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {})); // the view must not remove
        QCOMPARE(model.index(0, RoomTableModel::Email).data().toString(), QStringLiteral("c@u.example"));
        QCOMPARE(model.index(0, RoomTableModel::Position).data().toInt(), 1);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.at(0).at(0).toLongLong(), 3);
        QCOMPARE(moves.at(0).at(1).toInt(), 0);
        // Dropped onto a row: before it. Onto itself or just below: nothing.
        QVERIFY(!model.moveRows({}, 0, 1, {}, 1));
        QVERIFY(model.moveRows({}, 0, 1, {}, 3));
        QCOMPARE(model.index(2, RoomTableModel::Email).data().toString(), QStringLiteral("c@u.example"));
        QCOMPARE(moves.last().at(1).toInt(), 2);
        // Different rooms: a reset.
        model.setPool({room(9, "z@u.example", 1)}, {});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void pageShowsAndStoresThePool()
    {
        const QString path = seeded();
        QVERIFY(!path.isEmpty());
        ManualClock clock(kNow);
        RoomPoolService service(path, clock);
        RoomsPage page(&service, nullptr);
        page.resize(1100, 700);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        RoomTableModel *model = page.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, RoomTableModel::Active).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Activating b gives the waiting request a room, and the page says so.
        QSignalSpy finished(&page, &RoomsPage::changeFinished);
        QVERIFY(model->setData(model->index(1, RoomTableModel::Active), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(finished.wait(10000));
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("1 waiting request")),
                 qPrintable(page.messageLabel()->text()));
        QVERIFY(stored(path).at(1).active);

        // A buffer of its own, then back to the policy.
        QVERIFY(model->setData(model->index(0, RoomTableModel::Prep), 30, Qt::EditRole));
        QVERIFY(finished.wait(10000));
        QCOMPARE(stored(path).at(0).prepMinutes, std::optional<int>(30));
        QVERIFY(model->setData(model->index(0, RoomTableModel::Prep), RoomTableModel::kPolicy, Qt::EditRole));
        QVERIFY(finished.wait(10000));
        QCOMPARE(stored(path).at(0).prepMinutes, std::optional<int>());

        // Move down with the button: the stored order follows.
        page.table()->selectRow(0);
        page.moveSelected(1);
        QVERIFY(finished.wait(10000));
        QStringList order;
        for (const Room &r : stored(path))
            order.append(r.email.left(1));
        QCOMPARE(order, QStringList({"b", "a", "c"}));
        QTRY_COMPARE(page.table()->selectionModel()->selectedRows().value(0).row(), 1); // the room stays selected

        // A refused edit is explained and undone in the table.
        QVERIFY(model->setData(model->index(0, RoomTableModel::Email), QStringLiteral("not an address"), Qt::EditRole));
        QVERIFY(finished.wait(10000));
        QCOMPARE(page.messageLabel()->property("status").toString(), QStringLiteral("error"));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("not an address")));
        QTRY_COMPARE(model->index(0, RoomTableModel::Email).data().toString(), QStringLiteral("b@u.example"));
    }

    void theEmptyPoolsHintGoesWhenRoomsArrive()
    {
        // As in demo mode: the page looks before the pool is seeded behind its back.
        ManualClock clock(kNow);
        RoomPoolService service(m_dir.filePath(QStringLiteral("empty-%1.sqlite").arg(++m_files)), clock);
        RoomsPage page(&service, nullptr);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QVERIFY(page.messageLabel()->text().startsWith(QStringLiteral("No rooms yet.")));
        QVERIFY(page.messageLabel()->isVisible());

        QSignalSpy loaded(&page, &RoomsPage::loaded);
        bool seeded = false;
        service.seedIfEmpty({room(0, "a@u.example", 1), room(0, "b@u.example", 2)}, {}, this,
                            [&](const Result<bool> &done) { seeded = done.ok() && done.value(); });
        QTRY_VERIFY(seeded);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QVERIFY(loaded.count() >= 1);
        QCOMPARE(page.messageLabel()->text(), QString());
        QVERIFY(!page.messageLabel()->isVisible());

        // A message about a change is not taken for the hint: it stays.
        QSignalSpy finished(&page, &RoomsPage::changeFinished);
        page.addRoom(room(0, "c@u.example", 3));
        QVERIFY(finished.wait(10000));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("added")));
        page.reload();
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("added")));
    }

    void policyChangesReportConflicts()
    {
        const QString path = seeded();
        ManualClock clock(kNow);
        RoomPoolService service(path, clock);
        bool assigned = false;
        // Two bookings back to back in a: request 2 goes to a right after request 1.
        RoomRequestSpec later;
        later.title = QStringLiteral("Después");
        later.startUtc = kMonday.addSecs(100 * 60);
        later.timeZone = QStringLiteral("UTC");
        later.durationMinutes = 30;
        service.request(later, this, [&](const auto &r) { assigned = r.ok(); });
        QTRY_VERIFY(assigned);
        RoomsPage page(&service, nullptr);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(page.policyForm()->policy().prepMinutes, 15);
        QVERIFY(!page.policyForm()->applyButton()->isEnabled());
        page.policyForm()->spinBox(0)->setValue(45);
        QVERIFY(page.policyForm()->applyButton()->isEnabled());
        QSignalSpy finished(&page, &RoomsPage::changeFinished);
        page.policyForm()->applyButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(page.messageLabel()->property("status").toString(), QStringLiteral("warning"));
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("Conflict in a@u.example")),
                 qPrintable(page.messageLabel()->text()));
        QTRY_VERIFY(!page.policyForm()->applyButton()->isEnabled()); // stored now
    }

    void addDialogChecksAsYouType()
    {
        AddRoomDialog dialog;
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.emailEdit()->insert(QStringLiteral("aula7"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("aula7")));
        dialog.emailEdit()->insert(QStringLiteral("@Universidad.example "));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("aula7"));
        const Room r = dialog.room();
        QCOMPARE(r.email, QStringLiteral("aula7@universidad.example"));
        QVERIFY(!r.active); // new rooms start inactive
        QCOMPARE(r.assignment, Room::Assignment::Automatic);
    }

    void importsLicensedUsersFromZoom()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        ConnectionService connection(m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_files)),
                                     Clock::system());
        connectTo(sandbox, connection);
        if (QTest::currentTestFailed())
            return;

        int licensed = 0;
        for (const SandboxUser &user : sandbox.users())
            licensed += user.type == SandboxUserType::Licensed && user.status == QLatin1String("active") ? 1 : 0;
        const SandboxUser *first = nullptr;
        for (const SandboxUser &user : sandbox.users()) {
            if (!first && user.type == SandboxUserType::Licensed && user.status == QLatin1String("active"))
                first = &user;
        }
        QVERIFY(first);
        Room existing;
        existing.email = first->email;
        ZoomUserImportDialog dialog(&connection, {existing});
        QSignalSpy loaded(&dialog, &ZoomUserImportDialog::usersLoaded);
        dialog.show();
        QVERIFY(loaded.wait(15000));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), licensed);
        QVERIFY(dialog.stateLabel()->text().contains(QStringLiteral("1 already in the pool")));
        // The existing room cannot be ticked; another one with a webinar licence can.
        QVERIFY(!(table->item(0, ZoomUserImportDialog::Add)->flags() & Qt::ItemIsUserCheckable));
        table->item(1, ZoomUserImportDialog::Add)->setCheckState(Qt::Checked);
        table->item(1, ZoomUserImportDialog::Webinar)->setCheckState(Qt::Checked);
        const QList<Room> chosen = dialog.chosenRooms();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).email, table->item(1, ZoomUserImportDialog::Email)->text());
        QVERIFY(!chosen.at(0).zoomUserId.isEmpty());
        QVERIFY(chosen.at(0).webinar);
        QVERIFY(!chosen.at(0).active);
    }

    void importExplainsAMissingScope()
    {
        ZoomSandbox sandbox(sandboxOptions(QStringLiteral("required")));
        QVERIFY(sandbox.start());
        ConnectionService connection(m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_files)),
                                     Clock::system());
        connectTo(sandbox, connection);
        if (QTest::currentTestFailed())
            return;
        ZoomUserImportDialog dialog(&connection, {});
        QSignalSpy loaded(&dialog, &ZoomUserImportDialog::usersLoaded);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY2(dialog.stateLabel()->text().contains(QStringLiteral("user:read:list_users:admin")),
                 qPrintable(dialog.stateLabel()->text()));
    }
};

QTEST_MAIN(TestRoomsPage)
#include "tst_roomspage.moc"
