// SPDX-License-Identifier: GPL-3.0-or-later
// `event create --start` and `request add --start` read a start the same way (WallClock): the
// same texts are local times, the same are refused, and a time that daylight saving skips or
// repeats is refused by both. Each command keeps its own way of saying so: a wrong --start is
// a usage error (2) for `event create`, a refused request (1, "time.format") for `request add`.
#include "processrunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk::Test;

class TestStartTimes final : public QObject
{
    Q_OBJECT

    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    int m_databases = 0;

    static QString errorCode(const ProcessResult &result)
    {
        return QJsonDocument::fromJson(result.out.toUtf8())
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

private slots:
    void bothCommandsReadTheSameStarts_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("refusal"); // empty: a start both take; else request add's code

        QTest::newRow("minutes") << "2026-03-02T09:30"
                                 << "";
        QTest::newRow("seconds") << "2026-03-02T09:30:15"
                                 << "";
        QTest::newRow("spaces around") << " 2026-03-02T09:30 "
                                       << "";
        QTest::newRow("a bare date") << "2026-03-02"
                                     << "";
        QTest::newRow("UTC") << "2026-03-02T09:30Z"
                             << "time.format";
        QTest::newRow("offset east") << "2026-03-02T09:30+01:00"
                                     << "time.format";
        QTest::newRow("offset west") << "2026-03-02T09:30-05:00"
                                     << "time.format";
        QTest::newRow("no such day") << "2026-02-30T09:30"
                                     << "time.format";
        QTest::newRow("a date and words") << "2026-03-02 at nine"
                                          << "time.format";
        QTest::newRow("words") << "tomorrow"
                               << "time.format";
        QTest::newRow("skipped hour") << "2026-03-29T02:30"
                                      << "time.nonexistent";
        QTest::newRow("repeated hour") << "2026-10-25T02:30"
                                       << "time.ambiguous";
    }

    void bothCommandsReadTheSameStarts()
    {
        QFETCH(QString, start);
        QFETCH(QString, refusal);
        const QString db = m_ctl.home() + QStringLiteral("/starts-%1.sqlite").arg(++m_databases);
        const QStringList common = {"--db",          db,        "--json",   "--start",    start, "--tz",
                                    "Europe/Madrid", "--title", "Anatomía", "--duration", "60"};

        const ProcessResult request = m_ctl.run(QStringList {"request", "add"} + common);
        const ProcessResult event = m_ctl.run(QStringList {"event", "create"} + common);
        if (refusal.isEmpty()) {
            QVERIFY2(request.exitCode == 0, qPrintable(request.err));
            // Read and checked; only then does it need Zoom, which this database has not.
            QCOMPARE(event.exitCode, 1);
            QCOMPARE(errorCode(event), QStringLiteral("event.not_connected"));
            return;
        }
        QCOMPARE(request.exitCode, 1);
        QCOMPARE(errorCode(request), refusal);
        if (refusal == QLatin1String("time.format")) {
            QCOMPARE(event.exitCode, 2);
            QVERIFY2(event.err.contains(QStringLiteral("--start needs a local date and time")), qPrintable(event.err));
        } else {
            QCOMPARE(event.exitCode, 1);
            QCOMPARE(errorCode(event), QStringLiteral("event.invalid"));
            QVERIFY2(event.err.contains(QStringLiteral("daylight saving")), qPrintable(event.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestStartTimes)
#include "tst_starttimes.moc"
