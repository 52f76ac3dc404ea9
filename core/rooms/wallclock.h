#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Roomdesk {

// A start given as wall-clock time in an IANA zone, turned into one UTC instant. A time that
// does not exist (skipped by a daylight-saving change) or exists twice (repeated by one) is
// refused with an explanation instead of being guessed.
class WallClock final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::WallClock)

public:
    // `local` like "2026-03-29T02:30" (seconds optional, no offset).
    static Result<QDateTime> toUtc(const QString &local, const QString &ianaZone);
    // An IANA zone by its name; fixed offsets such as "UTC+3" are refused.
    static Result<QTimeZone> zone(const QString &ianaZone);
};

} // namespace Roomdesk
