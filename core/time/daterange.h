// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace Roomdesk {

// A span of time asked for with --from and --to (the calendar, events, reports): from `fromUtc`
// up to, not including, `toUtc`. A date is a whole UTC day, and the last day is included, so
// "--from 2026-03-02 --to 2026-03-02" is that one day. Written once, so every command reads
// the same dates the same way.
struct DateRange final
{
    // Whether a bound may also be a time with an offset ("2026-03-02T09:30+01:00", "…Z"),
    // taken as that instant. Local times without an offset never are: they would depend on
    // this computer's zone.
    enum class Bounds { Dates, DatesOrTimes };
    enum class End { From, To };

    QDateTime fromUtc; // included
    QDateTime toUtc; // not included

    bool isEmpty() const { return !(fromUtc < toUtc); }

    // A calendar date written as 2026-03-02 and nothing else (QDate alone would read the date
    // at the start of any text, "2026-03-02T09:30+05:00" included).
    static std::optional<QDate> date(const QString &text);

    // From the first day's midnight to the one after the last day, in UTC.
    static DateRange days(const QDate &first, const QDate &last);

    // One bound as written after --from (a date: its midnight) or --to (a date: the next
    // midnight, so the day is included); nullopt when the text is neither a date nor, where
    // allowed, a time with an offset.
    static std::optional<QDateTime> from(const QString &text, Bounds bounds = Bounds::Dates);
    static std::optional<QDateTime> to(const QString &text, Bounds bounds = Bounds::Dates);

    // --from and --to as given (nullopt: absent), each missing one taken from `fallback`. The
    // error names the bound that cannot be read, --from first. The range may still be empty:
    // whether that is refused is the caller's rule.
    static Result<DateRange, End> parse(const std::optional<QString> &from, const std::optional<QString> &to,
                                        const DateRange &fallback, Bounds bounds = Bounds::Dates);
};

} // namespace Roomdesk
