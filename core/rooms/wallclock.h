// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Roomdesk {

// The time rules of a start given as wall-clock time in an IANA zone, written once for every
// front end and form: how such a time is written, which zones count, and how it becomes one
// UTC instant. A time that does not exist (skipped by a daylight-saving change) or exists twice
// (repeated by one) is refused with an explanation instead of being guessed.
class WallClock final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::WallClock)

public:
    // `local` like "2026-03-29T02:30" (seconds optional, no offset).
    static Result<QDateTime> toUtc(const QString &local, const QString &ianaZone);
    // The date and time of `local` (its own time spec is not looked at) in the zone.
    static Result<QDateTime> toUtc(const QDateTime &local, const QString &ianaZone);

    // A local date and time as people type it, "2026-03-02T09:30" (seconds optional; a bare
    // date is midnight), without an offset: the time zone comes separately. Answers what was
    // typed as a UTC value, as the GUI's forms hold it, so that this computer's own daylight
    // saving never shifts or refuses it; its date() and time() are the wall-clock time.
    static Result<QDateTime> parseLocal(const QString &text);

    // Whether `name` (trimmed) is an IANA zone with its daylight-saving rules; fixed offsets
    // such as "UTC+3", which Qt also accepts, are not.
    static bool isIanaZone(const QString &name);
    // An IANA zone by its name, or why it is not one.
    static Result<QTimeZone> zone(const QString &ianaZone);

private:
    // The one instant whose wall-clock time in `zone` is `date` `time`; the messages name the
    // time as `written` and the zone as `zoneName`.
    static Result<QDateTime> resolve(const QDate &date, const QTime &time, const QTimeZone &zone,
                                     const QString &written, const QString &zoneName);
};

} // namespace Roomdesk
