// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestform.h"

#include "wallclock.h"

namespace Roomdesk {

namespace {

std::optional<Error> invalid(const std::optional<QString> &message)
{
    if (!message)
        return std::nullopt;
    return Error {QStringLiteral("request.invalid"), *message};
}

} // namespace

std::optional<Error> RequestForm::check(Field field) const
{
    switch (field) {
    case Field::Title:
        return invalid(Allocator::titleProblem(title));
    case Field::TimeZone:
        if (auto zone = WallClock::zone(timeZone); !zone)
            return zone.error();
        return std::nullopt;
    case Field::Start:
        // In a zone that does not exist no time can be placed; the zone's field says why.
        if (!WallClock::zone(timeZone))
            return std::nullopt;
        if (auto start = WallClock::toUtc(localStart, timeZone); !start)
            return start.error();
        return std::nullopt;
    case Field::Duration:
        return invalid(Allocator::durationProblem(durationMinutes));
    case Field::Organizer:
        return invalid(Allocator::organizerProblem(organizer));
    }
    return std::nullopt;
}

QList<RequestForm::Problem> RequestForm::problems() const
{
    QList<Problem> found;
    for (Field field : {Field::Title, Field::Start, Field::TimeZone, Field::Duration, Field::Organizer}) {
        if (auto error = check(field))
            found.append({field, *error});
    }
    return found;
}

Result<RoomRequestSpec> RequestForm::toSpec() const
{
    auto start = WallClock::toUtc(localStart, timeZone);
    if (!start)
        return start.error();
    RoomRequestSpec spec;
    spec.title = title;
    spec.webinar = webinar;
    spec.startUtc = start.value();
    spec.timeZone = timeZone.trimmed();
    spec.durationMinutes = durationMinutes;
    spec.waitingRoom = waitingRoom;
    spec.organizer = organizer;
    if (auto bad = Allocator::problem(spec))
        return Error {QStringLiteral("request.invalid"), *bad};
    return spec;
}

} // namespace Roomdesk
