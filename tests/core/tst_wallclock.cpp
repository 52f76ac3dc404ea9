// SPDX-License-Identifier: GPL-3.0-or-later
// The time rules every front end shares (WallClock): how a local start is written, which zones
// are IANA zones, and the daylight-saving gap and overlap, refused with the reason.
#include "rooms/wallclock.h"

#include <QTest>

#include <ctime>

using namespace Roomdesk;

class TestWallClock final : public QObject
{
    Q_OBJECT

private slots:
    void localTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("local"); // invalid: refused

        QTest::newRow("minutes") << "2026-03-02T09:30" << QDateTime(QDate(2026, 3, 2), QTime(9, 30));
        QTest::newRow("seconds") << "2026-03-02T09:30:15" << QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15));
        QTest::newRow("a bare date: midnight") << "2026-03-02" << QDateTime(QDate(2026, 3, 2), QTime(0, 0));
        QTest::newRow("spaces around") << "  2026-03-02T09:30 " << QDateTime(QDate(2026, 3, 2), QTime(9, 30));
        QTest::newRow("UTC") << "2026-03-02T09:30Z" << QDateTime();
        QTest::newRow("offset east") << "2026-03-02T09:30+01:00" << QDateTime();
        QTest::newRow("offset west") << "2026-03-02T09:30-05:00" << QDateTime();
        QTest::newRow("no such day") << "2026-02-30T09:30" << QDateTime();
        QTest::newRow("no such hour") << "2026-03-02T25:00" << QDateTime();
        QTest::newRow("words") << "tomorrow at nine" << QDateTime();
        QTest::newRow("a date and words") << "2026-03-02 at nine" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }

    void localTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, local);
        const auto parsed = WallClock::parseLocal(text);
        QCOMPARE(parsed.ok(), local.isValid());
        if (!parsed) {
            QCOMPARE(parsed.error().code, QStringLiteral("time.format"));
            QVERIFY(parsed.error().message.contains(text));
            return;
        }
        QCOMPARE(parsed.value().date(), local.date());
        QCOMPARE(parsed.value().time(), local.time());
        QVERIFY(parsed.value().timeSpec() != Qt::LocalTime); // this computer's zone plays no part
        QCOMPARE(parsed.value().offsetFromUtc(), 0);
    }

    void theComputersZoneDoesNotMatter()
    {
        // On a computer in Madrid the skipped hour is no local time at all; it still reads as
        // typed, and the zone given refuses it with the reason.
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", "Europe/Madrid");
        tzset();
        const auto parsed = WallClock::parseLocal(QStringLiteral("2026-03-29T02:30"));
        const auto instant = WallClock::toUtc(QStringLiteral("2026-03-29T02:30"), QStringLiteral("Europe/Madrid"));
        if (before.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
        tzset();
        QVERIFY(parsed);
        QCOMPARE(parsed.value().time(), QTime(2, 30));
        QVERIFY(!instant);
        QCOMPARE(instant.error().code, QStringLiteral("time.nonexistent"));
    }

    void zones_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("iana");
        QTest::newRow("Madrid") << "Europe/Madrid" << true;
        QTest::newRow("Bogotá, trimmed") << " America/Bogota " << true;
        QTest::newRow("UTC") << "UTC" << true;
        QTest::newRow("fixed offset east") << "UTC+03:00" << false;
        QTest::newRow("fixed offset west") << "UTC-05:00" << false;
        QTest::newRow("unknown") << "Mars/Olympus_Mons" << false;
        QTest::newRow("empty") << "" << false;
    }

    void zones()
    {
        QFETCH(QString, name);
        QFETCH(bool, iana);
        QCOMPARE(WallClock::isIanaZone(name), iana);
        const auto zone = WallClock::zone(name);
        QCOMPARE(zone.ok(), iana);
        if (!zone)
            QCOMPARE(zone.error().code, QStringLiteral("time.zone"));
    }

    void daylightSaving_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("code"); // empty: one instant
        QTest::addColumn<QDateTime>("utc");

        const auto utc = [](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
        };
        QTest::newRow("winter") << "2026-03-02T09:30"
                                << "Europe/Madrid"
                                << "" << utc(3, 2, 8, 30);
        QTest::newRow("summer") << "2026-07-01T09:30"
                                << "Europe/Madrid"
                                << "" << utc(7, 1, 7, 30);
        QTest::newRow("skipped hour") << "2026-03-29T02:30"
                                      << "Europe/Madrid"
                                      << "time.nonexistent" << QDateTime();
        QTest::newRow("after the skip") << "2026-03-29T03:00"
                                        << "Europe/Madrid"
                                        << "" << utc(3, 29, 1, 0);
        QTest::newRow("repeated hour") << "2026-10-25T02:30"
                                       << "Europe/Madrid"
                                       << "time.ambiguous" << QDateTime();
        QTest::newRow("after the repeat") << "2026-10-25T03:00"
                                          << "Europe/Madrid"
                                          << "" << utc(10, 25, 2, 0);
        QTest::newRow("southern skip") << "2026-10-04T02:30"
                                       << "Australia/Sydney"
                                       << "time.nonexistent" << QDateTime();
        QTest::newRow("no daylight saving") << "2026-03-29T02:30"
                                            << "America/Bogota"
                                            << "" << utc(3, 29, 7, 30);
        QTest::newRow("zone first") << "not a time"
                                    << "UTC+01:00"
                                    << "time.zone" << QDateTime();
        QTest::newRow("then the text") << "not a time"
                                       << "Europe/Madrid"
                                       << "time.format" << QDateTime();
    }

    void daylightSaving()
    {
        QFETCH(QString, local);
        QFETCH(QString, zone);
        QFETCH(QString, code);
        QFETCH(QDateTime, utc);
        const auto fromText = WallClock::toUtc(local, zone);
        QCOMPARE(fromText.ok(), code.isEmpty());
        if (!fromText) {
            QCOMPARE(fromText.error().code, code);
        } else {
            QCOMPARE(fromText.value(), utc);
        }
        // A form's date and time (any time spec) meet the same rule, named as yyyy-MM-ddTHH:mm:ss.
        const auto parsed = WallClock::parseLocal(local);
        if (!parsed)
            return;
        const QDateTime typed(parsed.value().date(), parsed.value().time(), QTimeZone::utc());
        const auto fromForm = WallClock::toUtc(typed, zone);
        QCOMPARE(fromForm.ok(), fromText.ok());
        if (fromForm) {
            QCOMPARE(fromForm.value(), utc);
        } else {
            QCOMPARE(fromForm.error().code, code);
            if (code != QLatin1String("time.zone"))
                QVERIFY2(fromForm.error().message.contains(typed.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))),
                         qPrintable(fromForm.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestWallClock)
#include "tst_wallclock.moc"
