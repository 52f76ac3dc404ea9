// SPDX-License-Identifier: GPL-3.0-or-later
// The one --from/--to parser of the command line: dates are whole UTC days with the last one
// included, times need an offset, and the first bound that cannot be read is named.
#include "time/daterange.h"

#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

Q_DECLARE_METATYPE(Roomdesk::DateRange::Bounds)

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// A null text: the option is not given.
std::optional<QString> given(const QString &text)
{
    return text.isNull() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

class TestDateRange final : public QObject
{
    Q_OBJECT

private slots:
    void bounds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateRange::Bounds>("bounds");
        QTest::addColumn<QDateTime>("from"); // invalid: refused
        QTest::addColumn<QDateTime>("to");

        const auto dates = DateRange::Bounds::Dates;
        const auto times = DateRange::Bounds::DatesOrTimes;
        QTest::newRow("date") << QStringLiteral("2026-03-02") << dates << utc(2026, 3, 2) << utc(2026, 3, 3);
        QTest::newRow("date with spaces") << " 2026-03-02 " << dates << utc(2026, 3, 2) << utc(2026, 3, 3);
        QTest::newRow("last day of a year") << "2026-12-31" << dates << utc(2026, 12, 31) << utc(2027, 1, 1);
        QTest::newRow("leap day") << "2028-02-29" << dates << utc(2028, 2, 29) << utc(2028, 3, 1);
        QTest::newRow("no such day") << "2026-02-30" << times << QDateTime() << QDateTime();
        QTest::newRow("words") << "next monday" << times << QDateTime() << QDateTime();
        QTest::newRow("a date and words") << "2026-03-02 or so" << times << QDateTime() << QDateTime();
        QTest::newRow("empty") << "" << times << QDateTime() << QDateTime();
        QTest::newRow("time among dates only") << "2026-03-02T09:30Z" << dates << QDateTime() << QDateTime();
        // A time is the instant it names, as the start and as the end.
        QTest::newRow("time in UTC") << "2026-03-02T09:30Z" << times << utc(2026, 3, 2, 9, 30)
                                     << utc(2026, 3, 2, 9, 30);
        QTest::newRow("time with an offset")
            << "2026-03-02T09:30+01:00" << times << utc(2026, 3, 2, 8, 30) << utc(2026, 3, 2, 8, 30);
        QTest::newRow("time west of UTC")
            << "2026-03-02T22:00-05:00" << times << utc(2026, 3, 3, 3, 0) << utc(2026, 3, 3, 3, 0);
        // It would depend on this computer's zone.
        QTest::newRow("local time") << "2026-03-02T09:30" << times << QDateTime() << QDateTime();
    }

    void bounds()
    {
        QFETCH(QString, text);
        QFETCH(DateRange::Bounds, bounds);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QCOMPARE(DateRange::from(text, bounds).value_or(QDateTime()), from);
        QCOMPARE(DateRange::to(text, bounds).value_or(QDateTime()), to);
    }

    void daysIncludeTheLastOne()
    {
        const DateRange week = DateRange::days(QDate(2026, 3, 2), QDate(2026, 3, 8));
        QCOMPARE(week.fromUtc, utc(2026, 3, 2));
        QCOMPARE(week.toUtc, utc(2026, 3, 9));
        QVERIFY(!week.isEmpty());
        QVERIFY(!DateRange::days(QDate(2026, 3, 2), QDate(2026, 3, 2)).isEmpty()); // one day
        QVERIFY(DateRange::days(QDate(2026, 3, 2), QDate(2026, 3, 1)).isEmpty());
    }

    void parse_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QDateTime>("fromUtc");
        QTest::addColumn<QDateTime>("toUtc");
        QTest::addColumn<int>("badEnd"); // -1: read; else DateRange::End

        const QDateTime fallbackFrom = utc(2000, 1, 1);
        const QDateTime fallbackTo = utc(2100, 1, 1);
        const QString none;
        QTest::newRow("neither: the fallback") << none << none << fallbackFrom << fallbackTo << -1;
        QTest::newRow("both") << QStringLiteral("2026-03-02") << QStringLiteral("2026-03-08") << utc(2026, 3, 2)
                              << utc(2026, 3, 9) << -1;
        QTest::newRow("from only") << QStringLiteral("2026-03-02") << none << utc(2026, 3, 2) << fallbackTo << -1;
        QTest::newRow("to only: included")
            << none << QStringLiteral("2026-03-08") << fallbackFrom << utc(2026, 3, 9) << -1;
        // Reversed is read; whether an empty range is refused is the command's rule.
        QTest::newRow("reversed") << QStringLiteral("2026-03-08") << QStringLiteral("2026-03-02") << utc(2026, 3, 8)
                                  << utc(2026, 3, 3) << -1;
        QTest::newRow("bad from") << QStringLiteral("soon") << QStringLiteral("2026-03-08") << QDateTime()
                                  << QDateTime() << int(DateRange::End::From);
        QTest::newRow("bad to") << QStringLiteral("2026-03-02") << QStringLiteral("later") << QDateTime() << QDateTime()
                                << int(DateRange::End::To);
        QTest::newRow("both bad: from first") << QStringLiteral("soon") << QStringLiteral("later") << QDateTime()
                                              << QDateTime() << int(DateRange::End::From);
    }

    void parse()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QDateTime, fromUtc);
        QFETCH(QDateTime, toUtc);
        QFETCH(int, badEnd);
        const DateRange fallback {utc(2000, 1, 1), utc(2100, 1, 1)};
        const auto range = DateRange::parse(given(from), given(to), fallback);
        if (badEnd >= 0) {
            QVERIFY(!range);
            QCOMPARE(int(range.error()), badEnd);
            return;
        }
        QVERIFY(range);
        QCOMPARE(range.value().fromUtc, fromUtc);
        QCOMPARE(range.value().toUtc, toUtc);
    }
};

QTEST_GUILESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
