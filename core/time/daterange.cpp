// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterange.h"

#include <QTimeZone>

namespace Roomdesk {

namespace {

std::optional<QDateTime> bound(const QString &text, bool dayAfter, DateRange::Bounds bounds)
{
    if (const auto day = DateRange::date(text))
        return QDateTime(dayAfter ? day->addDays(1) : *day, QTime(0, 0), QTimeZone::utc());
    if (bounds == DateRange::Bounds::Dates)
        return std::nullopt;
    const QDateTime instant = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return instant.toUTC();
}

} // namespace

std::optional<QDate> DateRange::date(const QString &text)
{
    const QString written = text.trimmed();
    const QDate day = QDate::fromString(written, Qt::ISODate);
    if (!day.isValid() || day.toString(Qt::ISODate) != written)
        return std::nullopt;
    return day;
}

DateRange DateRange::days(const QDate &first, const QDate &last)
{
    return {QDateTime(first, QTime(0, 0), QTimeZone::utc()), QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc())};
}

std::optional<QDateTime> DateRange::from(const QString &text, Bounds bounds)
{
    return bound(text, false, bounds);
}

std::optional<QDateTime> DateRange::to(const QString &text, Bounds bounds)
{
    return bound(text, true, bounds);
}

Result<DateRange, DateRange::End> DateRange::parse(const std::optional<QString> &from, const std::optional<QString> &to,
                                                   const DateRange &fallback, Bounds bounds)
{
    DateRange range = fallback;
    if (from) {
        const auto start = DateRange::from(*from, bounds);
        if (!start)
            return End::From;
        range.fromUtc = *start;
    }
    if (to) {
        const auto end = DateRange::to(*to, bounds);
        if (!end)
            return End::To;
        range.toUtc = *end;
    }
    return range;
}

} // namespace Roomdesk
