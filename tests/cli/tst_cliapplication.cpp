// SPDX-License-Identifier: GPL-3.0-or-later
// roomdeskctl in this process, on a clock the test holds: every command reads "now" from the
// clock it is given (Clock::system() in the executable), through the backend's use cases.
#include "backend/blockingcall.h"
#include "backend/eventservice.h"
#include "backend/roompoolservice.h"
#include "cli/cliapplication.h"
#include "clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliApplication final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newDatabase() { return m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_files)); }

    static Run run(const Clock &clock, const QStringList &arguments)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        Cli::CliApplication cli(out, err, clock);
        result.exitCode = cli.run(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        out.flush();
        err.flush();
        return result;
    }

private slots:
    void calendarDefaultsToTheClocksWeek()
    {
        const ManualClock clock(utc(2031, 5, 5, 12));
        const Run calendar = run(clock, {"--db", newDatabase(), "--json", "calendar"});
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.err));
        const QJsonObject json = QJsonDocument::fromJson(calendar.out.toUtf8()).object();
        QCOMPARE(json.value("from").toString(), QStringLiteral("2031-05-05T00:00:00Z"));
        QCOMPARE(json.value("to").toString(), QStringLiteral("2031-05-12T00:00:00Z"));
    }

    void eventStatusesFollowTheClock()
    {
        const QString path = newDatabase();
        ManualClock clock(utc(2031, 5, 5, 8));
        QVERIFY(run(clock,
                    {"--db", path, "rooms", "add", "--email", "aula@universidad.example", "--name", "Aula", "--active"})
                    .exitCode == 0);
        {
            // Stored without Zoom (the command line refuses that; the use case does not).
            EventService events(path, clock);
            events.setCredentials(std::nullopt);
            EventForm form;
            form.title = QStringLiteral("Anatomía I");
            form.localStart = QDateTime(QDate(2031, 5, 5), QTime(12, 0), QTimeZone::utc());
            form.timeZone = QStringLiteral("Europe/Madrid");
            form.durationMinutes = 60;
            const auto made = blockingCall<EventSync::Outcome>(
                [&](QObject *context, auto done) { events.create(form, context, done); });
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        }
        const auto status = [&] {
            const Run list = run(clock, {"--db", path, "--json", "event", "list"});
            const QJsonArray events = QJsonDocument::fromJson(list.out.toUtf8()).array();
            return events.isEmpty() ? QString() : events.first().toObject().value("status").toString();
        };
        QCOMPARE(status(), QStringLiteral("scheduled"));
        clock.setNowUtc(utc(2031, 5, 5, 11)); // 13:00 in Madrid: it started an hour ago, without anybody
        QCOMPARE(status(), QStringLiteral("not_started_yet"));
        const Run scheduled = run(clock, {"--db", path, "event", "list", "--status", "not_started_yet"});
        QVERIFY2(scheduled.out.contains(QStringLiteral("Anatomía I")), qPrintable(scheduled.out));
    }
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
