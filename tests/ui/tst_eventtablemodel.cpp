// SPDX-License-Identifier: GPL-3.0-or-later
// The events table model: checked by QAbstractItemModelTester through resets and updates,
// and what each column says (the start in the event's own zone, translated states).
#include "models/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()); // a Monday

Event makeEvent(qint64 id, const QString &title, const QDateTime &startUtc, const QString &zone)
{
    Event e;
    e.id = id;
    e.form.title = title;
    e.form.timeZone = zone;
    e.startUtc = startUtc;
    e.roomId = 1;
    e.roomName = QStringLiteral("Sala 1");
    e.roomEmail = QStringLiteral("sala1@u.example");
    e.sync = Event::Sync::Synced;
    return e;
}

} // namespace

class TestEventTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void passesTheModelTesterThroughChanges()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Event> events = {makeEvent(1, QStringLiteral("A"), kNow.addDays(1), QStringLiteral("Europe/Madrid")),
                               makeEvent(2, QStringLiteral("B"), kNow.addDays(2), QStringLiteral("Europe/Madrid"))};
        model.setEvents(events, kNow);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EventTableModel::ColumnCount));
        events[1].cancelled = true;
        model.setEvents(events, kNow); // same rows: data changes only
        model.setGroups({ParticipantGroup {7, 1, QStringLiteral("Medicina"), QStringLiteral("Grupo A"),
                                           LinkPlatform::Builtin, QString()}});
        events.removeFirst();
        model.setEvents(events, kNow); // other rows: a reset
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfEvent(2), 0);
        QCOMPARE(model.rowOfEvent(1), -1);
        model.setEvents({}, kNow);
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsSayWhatAnAdministratorNeeds()
    {
        EventTableModel model;
        Event madrid =
            makeEvent(1, QStringLiteral("Anatomía"), QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::utc()),
                      QStringLiteral("Europe/Madrid"));
        madrid.form.groupId = 7;
        Event past = makeEvent(2, QStringLiteral("Repaso"), kNow.addSecs(-3600), QStringLiteral("UTC"));
        Event pending = makeEvent(3, QStringLiteral("Bioética"), kNow.addDays(2), QStringLiteral("UTC"));
        pending.roomId = 0;
        pending.sync = Event::Sync::AwaitingRoom;
        pending.pendingReason = QStringLiteral("all rooms are taken");
        Event failed = makeEvent(4, QStringLiteral("Webinar"), kNow.addDays(3), QStringLiteral("UTC"));
        failed.form.webinar = true;
        failed.sync = Event::Sync::Failed;
        failed.syncError = QStringLiteral("Zoom said no");
        model.setGroups({ParticipantGroup {7, 1, QStringLiteral("Medicina"), QStringLiteral("Grupo A"),
                                           LinkPlatform::Builtin, QString()}});
        model.setEvents({madrid, past, pending, failed}, kNow);

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        // 09:00 UTC is 10:00 in Madrid (winter time).
        // The header names the zone most events share; a row in another zone names its own.
        QCOMPARE(model.headerData(EventTableModel::Start, Qt::Horizontal).toString(), QStringLiteral("Start (UTC)"));
        QCOMPARE(cell(0, EventTableModel::Start).toString(), QStringLiteral("Wed 4 Mar, 10:00 (Madrid)"));
        QCOMPARE(cell(1, EventTableModel::Start).toString(), QStringLiteral("Mon 2 Mar, 08:00"));
        QVERIFY(
            cell(0, EventTableModel::Start, Qt::ToolTipRole).toString().contains(QStringLiteral("04/03/2026 10:00")));
        QVERIFY(cell(0, EventTableModel::Start, Qt::ToolTipRole).toString().contains(QStringLiteral("Europe/Madrid")));
        QCOMPARE(cell(0, EventTableModel::Type).toString(), QStringLiteral("Meeting"));
        QCOMPARE(cell(0, EventTableModel::Room).toString(), QStringLiteral("Sala 1"));
        QCOMPARE(cell(0, EventTableModel::Status).toString(), QStringLiteral("Scheduled"));
        QCOMPARE(cell(0, EventTableModel::Sync).toString(), QStringLiteral("In Zoom"));
        QCOMPARE(cell(0, EventTableModel::Group).toString(), QStringLiteral("Medicina · Grupo A"));
        QCOMPARE(cell(1, EventTableModel::Status).toString(), QStringLiteral("Not started yet"));
        QCOMPARE(cell(2, EventTableModel::Status).toString(), QStringLiteral("Pending room"));
        QCOMPARE(cell(2, EventTableModel::Room).toString(), QStringLiteral("None yet"));
        QCOMPARE(cell(2, EventTableModel::Room, Qt::ToolTipRole).toString(), QStringLiteral("all rooms are taken"));
        QCOMPARE(cell(3, EventTableModel::Type).toString(), QStringLiteral("Webinar"));
        QCOMPARE(cell(3, EventTableModel::Sync).toString(), QStringLiteral("Zoom refused"));
        QCOMPARE(cell(3, EventTableModel::Sync, Qt::ToolTipRole).toString(), QStringLiteral("Zoom said no"));
        QCOMPARE(cell(0, 0, EventTableModel::EventIdRole).toLongLong(), qint64(1));
        QCOMPARE(cell(0, 0, EventTableModel::EventRole).value<Event>().form.title, QStringLiteral("Anatomía"));
        QCOMPARE(cell(0, EventTableModel::Start, EventTableModel::SortRole).toDateTime(), madrid.startUtc);
        QVERIFY(cell(0, 0, EventTableModel::SearchRole).toString().contains(QStringLiteral("sala1@u.example")));
        QCOMPARE(model.headerData(EventTableModel::Sync, Qt::Horizontal).toString(), QStringLiteral("Zoom"));
    }

    void statusSaysWhenZoomsCopyNeedsSomething_data()
    {
        QTest::addColumn<int>("sync");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<int>("hoursFromNow");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("attention"); // in the warning colour, with both states in the tooltip
        QTest::newRow("in Zoom") << int(Event::Sync::Synced) << false << 24 << "Scheduled" << false;
        QTest::newRow("sending") << int(Event::Sync::Pending) << false << 24 << "Sending to Zoom" << false;
        QTest::newRow("refused") << int(Event::Sync::Failed) << false << 24 << "Zoom refused" << true;
        QTest::newRow("changed in Zoom") << int(Event::Sync::Drifted) << false << 24 << "Changed in Zoom" << true;
        QTest::newRow("deleted in Zoom") << int(Event::Sync::DeletedInZoom) << false << 24 << "Deleted in Zoom" << true;
        QTest::newRow("cancelled") << int(Event::Sync::Pending) << true << 24 << "Cancelled" << false;
        QTest::newRow("ended") << int(Event::Sync::Drifted) << false << -48 << "Ended" << false;
    }

    void statusSaysWhenZoomsCopyNeedsSomething()
    {
        QFETCH(int, sync);
        QFETCH(bool, cancelled);
        QFETCH(int, hoursFromNow);
        QFETCH(QString, status);
        QFETCH(bool, attention);
        Event event =
            makeEvent(1, QStringLiteral("Anatomía"), kNow.addSecs(hoursFromNow * 3600), QStringLiteral("UTC"));
        event.sync = Event::Sync(sync);
        event.cancelled = cancelled;
        event.syncError = QStringLiteral("Zoom said no");
        if (hoursFromNow < 0)
            event.session = Event::Session::Ended;
        EventTableModel model;
        model.setEvents({event}, kNow);
        const QModelIndex index = model.index(0, EventTableModel::Status);
        QCOMPARE(index.data().toString(), status);
        QCOMPARE(model.index(0, EventTableModel::Sync).data().toString(), Event::syncText(event.sync)); // as before
        QCOMPARE(index.data(Qt::ForegroundRole).isValid(), attention || cancelled);
        if (attention)
            QCOMPARE(index.data(Qt::ToolTipRole).toString(),
                     QStringLiteral("Scheduled; in Zoom: %1\nZoom said no").arg(status));
    }
};

QTEST_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
