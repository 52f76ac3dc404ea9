// SPDX-License-Identifier: GPL-3.0-or-later
// The attendee table model: checked by QAbstractItemModelTester through reports and zone
// changes, times in the chosen zone (with the date past midnight), and a sort/search proxy.
#include "models/attendeetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Roomdesk;

namespace {

const qint64 kStart = QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::utc()).toSecsSinceEpoch();

Attendee person(const char *name, const char *email, qint64 join, qint64 leave, int segments = 1)
{
    Attendee a;
    a.name = QString::fromUtf8(name);
    a.email = QString::fromUtf8(email);
    a.firstJoinSecs = kStart + join;
    a.lastLeaveSecs = kStart + leave;
    a.durationSeconds = leave - join - (segments > 1 ? 300 : 0);
    a.segments = segments;
    a.intervals = {{a.firstJoinSecs, a.lastLeaveSecs}};
    return a;
}

QList<Attendee> people()
{
    return {person("Ana García", "ana@alumnos.example", 0, 5400),
            person("Пётр Ёлкина", "petr@alumnos.example", 120, 5000, 2),
            person("Zoë Castro", "", 600, 5 * 3600 + 1800)}; // stays past midnight in Madrid
}

} // namespace

class TestAttendeeTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void passesTheModelTesterThroughChanges()
    {
        AttendeeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAttendees(people(), QTimeZone("Europe/Madrid"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AttendeeTableModel::ColumnCount));
        model.setZone(QTimeZone::utc());
        model.retranslate();
        model.setAttendees(people().mid(1), QTimeZone::utc());
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void timesAreInTheChosenZone()
    {
        AttendeeTableModel model;
        model.setAttendees(people(), QTimeZone("Europe/Madrid"));
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(0, AttendeeTableModel::Name), QStringLiteral("Ana García"));
        QCOMPARE(cell(0, AttendeeTableModel::FirstJoin), QStringLiteral("19:00")); // 18:00 UTC, winter
        QCOMPARE(cell(0, AttendeeTableModel::LastLeave), QStringLiteral("20:30"));
        QCOMPARE(cell(0, AttendeeTableModel::Duration), QStringLiteral("1:30:00"));
        QVERIFY(cell(0, AttendeeTableModel::FirstJoin, Qt::ToolTipRole).contains(QStringLiteral("Europe/Madrid")));
        // Past midnight, with the date.
        QCOMPARE(cell(2, AttendeeTableModel::LastLeave), QStringLiteral("05/03/2026 00:30"));
        QCOMPARE(cell(1, AttendeeTableModel::Segments), QStringLiteral("2"));
        QVERIFY(!cell(1, AttendeeTableModel::Segments, Qt::ToolTipRole).isEmpty());
        QVERIFY(cell(0, AttendeeTableModel::Segments, Qt::ToolTipRole).isEmpty());

        model.setZone(QTimeZone::utc());
        QCOMPARE(cell(0, AttendeeTableModel::FirstJoin), QStringLiteral("18:00"));
        QCOMPARE(cell(2, AttendeeTableModel::LastLeave), QStringLiteral("23:30"));
        QCOMPARE(model.headerData(AttendeeTableModel::Duration, Qt::Horizontal).toString(),
                 QStringLiteral("Attended time"));
    }

    void sortsAndSearchesThroughAProxy()
    {
        AttendeeTableModel model;
        model.setAttendees(people(), QTimeZone::utc());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(AttendeeTableModel::SortRole);
        proxy.setFilterRole(AttendeeTableModel::SearchRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(AttendeeTableModel::Duration, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AttendeeTableModel::Name).data().toString(), QStringLiteral("Zoë Castro"));
        QCOMPARE(proxy.index(2, AttendeeTableModel::Name).data().toString(), QStringLiteral("Пётр Ёлкина"));
        proxy.setFilterFixedString(QStringLiteral("PETR@"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("zoë"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestAttendeeTableModel)
#include "tst_attendeetablemodel.moc"
