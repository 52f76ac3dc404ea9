// SPDX-License-Identifier: GPL-3.0-or-later
// The reports table model: checked by QAbstractItemModelTester through resets and updates,
// and what each column says (the start in the event's own zone, the report's state with its
// reason or its next attempt, counts and attended time only where there is a report).
#include "models/reporttablemodel.h"
#include "reports/reporttexts.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

ReportEntry makeEntry(qint64 id, const QString &title, const QDateTime &startUtc, const QString &zone,
                      StoredReport::State state)
{
    ReportEntry entry;
    entry.eventId = id;
    entry.title = title;
    entry.startUtc = startUtc;
    entry.timeZone = zone;
    entry.durationMinutes = 90;
    entry.roomName = QStringLiteral("Sala 1");
    entry.roomEmail = QStringLiteral("sala1@u.example");
    entry.report.eventId = id;
    entry.report.state = state;
    return entry;
}

const QDateTime kStart(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::utc()); // 10:00 in Madrid

} // namespace

class TestReportTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void passesTheModelTesterThroughChanges()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ReportEntry> entries = {
            makeEntry(1, QStringLiteral("A"), kStart, QStringLiteral("Europe/Madrid"), StoredReport::State::Waiting),
            makeEntry(2, QStringLiteral("B"), kStart.addDays(-1), QStringLiteral("UTC"), StoredReport::State::Ready)};
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ReportTableModel::ColumnCount));
        entries[0].report.state = StoredReport::State::Ready; // same rows: data changes only
        entries[0].report.attendees = 3;
        model.setEntries(entries);
        QCOMPARE(model.index(0, ReportTableModel::Attendees).data().toString(), QStringLiteral("3"));
        entries.removeFirst();
        model.setEntries(entries); // other rows: a reset
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfEvent(2), 0);
        QCOMPARE(model.rowOfEvent(1), -1);
        QVERIFY(!model.entryAt(1));
        model.retranslate();
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsSayWhatAnAdministratorNeeds()
    {
        ReportTableModel model;
        ReportEntry ready = makeEntry(1, QStringLiteral("Anatomía"), kStart, QStringLiteral("Europe/Madrid"),
                                      StoredReport::State::Ready);
        ready.report.attendees = 24;
        ready.report.totalSeconds = 4 * 3600 + 20 * 60 + 5; // 4:20:05
        ready.report.fetchedUtc = kStart.addSecs(7200);
        ReportEntry waiting = makeEntry(2, QStringLiteral("Bioquímica"), kStart.addDays(-1),
                                        QStringLiteral("Europe/Madrid"), StoredReport::State::Waiting);
        waiting.report.nextAttemptUtc = QDateTime(QDate(2026, 3, 3), QTime(12, 34)).toUTC();
        waiting.report.reason = QStringLiteral("Zoom has not counted the durations yet.");
        ReportEntry failed = makeEntry(3, QStringLiteral("Tutorías"), kStart.addDays(-2),
                                       QStringLiteral("America/Mexico_City"), StoredReport::State::Failed);
        failed.webinar = true;
        failed.report.reason = QStringLiteral("Participants join through Google Meet, so Zoom has no attendance.");
        ReportEntry nobody = makeEntry(4, QStringLiteral("Francés"), kStart.addDays(-3),
                                       QStringLiteral("Europe/Madrid"), StoredReport::State::NoAttendees);
        nobody.roomName.clear();
        model.setEntries({ready, waiting, failed, nobody});

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        // The header names the zone most events share; a row in another zone names its own.
        QCOMPARE(model.headerData(ReportTableModel::Start, Qt::Horizontal).toString(),
                 QStringLiteral("Start (Madrid)"));
        QCOMPARE(cell(0, ReportTableModel::Start).toString(), QStringLiteral("04/03/2026 10:00"));
        QCOMPARE(cell(2, ReportTableModel::Start).toString(), QStringLiteral("02/03/2026 03:00 (Mexico City)"));
        QVERIFY(cell(0, ReportTableModel::Start, Qt::ToolTipRole).toString().contains(QStringLiteral("Europe/Madrid")));
        QCOMPARE(cell(0, ReportTableModel::Title).toString(), QStringLiteral("Anatomía"));
        QCOMPARE(cell(0, ReportTableModel::Type).toString(), QStringLiteral("Meeting"));
        QCOMPARE(cell(2, ReportTableModel::Type).toString(), QStringLiteral("Webinar"));
        QCOMPARE(cell(0, ReportTableModel::Room).toString(), QStringLiteral("Sala 1"));
        QCOMPARE(cell(3, ReportTableModel::Room).toString(), QStringLiteral("sala1@u.example"));

        // The state in words; the tooltip says what it means.
        QCOMPARE(cell(0, ReportTableModel::State).toString(), QStringLiteral("Ready"));
        QCOMPARE(cell(1, ReportTableModel::State).toString(), QStringLiteral("Waiting for Zoom"));
        QCOMPARE(cell(2, ReportTableModel::State).toString(), QStringLiteral("Failed"));
        QCOMPARE(cell(3, ReportTableModel::State).toString(), QStringLiteral("No attendees"));
        QCOMPARE(cell(2, ReportTableModel::State, Qt::ToolTipRole).toString(), failed.report.reason);
        const QString next = cell(1, ReportTableModel::State, Qt::ToolTipRole).toString();
        QVERIFY2(next.contains(QStringLiteral("asks again at 12:34")), qPrintable(next));
        QVERIFY(next.contains(waiting.report.reason));
        QCOMPARE(cell(3, ReportTableModel::State, Qt::ToolTipRole).toString(),
                 QStringLiteral("Only the host attended, so there is no report."));
        QVERIFY(cell(0, ReportTableModel::State, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Fetched")));
        QVERIFY(cell(2, ReportTableModel::State, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(0, ReportTableModel::State, Qt::ForegroundRole).isValid());

        // Counts and times only where Zoom gave them.
        QCOMPARE(cell(0, ReportTableModel::Attendees).toString(), QStringLiteral("24"));
        QCOMPARE(cell(0, ReportTableModel::TotalTime).toString(), QStringLiteral("4 h 20 min"));
        QCOMPARE(cell(0, ReportTableModel::TotalTime, Qt::ToolTipRole).toString(), QStringLiteral("4:20:05"));
        QCOMPARE(cell(3, ReportTableModel::Attendees).toString(), QStringLiteral("0"));
        QCOMPARE(cell(3, ReportTableModel::TotalTime).toString(), QString());
        QCOMPARE(cell(1, ReportTableModel::Attendees).toString(), QString());
        QCOMPARE(cell(2, ReportTableModel::TotalTime).toString(), QString());

        QCOMPARE(cell(0, 0, ReportTableModel::EventIdRole).toLongLong(), qint64(1));
        QCOMPARE(cell(2, 0, ReportTableModel::StateRole).toString(), QStringLiteral("failed"));
        QCOMPARE(cell(0, 0, ReportTableModel::EntryRole).value<ReportEntry>().title, QStringLiteral("Anatomía"));
        QCOMPARE(cell(0, ReportTableModel::Start, ReportTableModel::SortRole).toDateTime(), kStart);
        QCOMPARE(cell(0, ReportTableModel::Attendees, ReportTableModel::SortRole).toInt(), 24);
        QCOMPARE(cell(1, ReportTableModel::Attendees, ReportTableModel::SortRole).toInt(), -1);
        QCOMPARE(cell(0, ReportTableModel::TotalTime, ReportTableModel::SortRole).toLongLong(), qint64(15605));
        QCOMPARE(model.headerData(ReportTableModel::State, Qt::Horizontal).toString(), QStringLiteral("Report"));
    }

    void durationsInWords_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("clock");
        QTest::newRow("nothing") << qint64(0) << "0 min"
                                 << "0:00:00";
        QTest::newRow("seconds") << qint64(42) << "42 s"
                                 << "0:00:42";
        QTest::newRow("minutes") << qint64(45 * 60 + 29) << "45 min"
                                 << "0:45:29";
        QTest::newRow("rounded up") << qint64(59 * 60 + 30) << "1 h"
                                    << "0:59:30";
        QTest::newRow("hours") << qint64(80 * 60) << "1 h 20 min"
                               << "1:20:00";
        QTest::newRow("a long day") << qint64(30 * 3600 + 5) << "30 h"
                                    << "30:00:05";
    }

    void durationsInWords()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, words);
        QFETCH(QString, clock);
        QCOMPARE(ReportTexts::duration(seconds), words);
        QCOMPARE(ReportTexts::clock(seconds), clock);
    }
};

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
