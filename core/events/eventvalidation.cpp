// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventvalidation.h"

#include "rooms/wallclock.h"

#include <QTimeZone>

namespace Roomdesk {

namespace {

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace

std::optional<QString> EventValidation::check(Field field, const EventForm &form)
{
    switch (field) {
    case Field::Title: {
        const QString title = form.title.trimmed();
        if (title.isEmpty())
            return tr("Enter the event topic.");
        if (title.size() > kMaxTitle)
            return tr("The event topic has %n character(s); at most 255 are allowed.", nullptr, int(title.size()));
        if (hasLineBreak(title))
            return tr("The event topic must fit on one line.");
        return std::nullopt;
    }
    case Field::ConferenceName: {
        const QString name = form.conferenceName.trimmed();
        if (name.size() > kMaxConferenceName)
            return tr("The conference name has %n character(s); Zoom allows at most 200.", nullptr, int(name.size()));
        if (hasLineBreak(name))
            return tr("The conference name must fit on one line.");
        // Empty: the event topic, which must then fit Zoom's limit too.
        if (name.isEmpty() && form.title.trimmed().size() > kMaxConferenceName)
            return tr("The event topic is longer than the 200 characters Zoom allows for a conference name; enter "
                      "a shorter conference name.");
        return std::nullopt;
    }
    case Field::TimeZone: {
        const QString zone = form.timeZone.trimmed();
        if (zone.isEmpty())
            return tr("Choose the time zone of the start time.");
        if (!WallClock::isIanaZone(zone))
            return tr("“%1” is not an IANA time zone such as Europe/Madrid.").arg(zone);
        return std::nullopt;
    }
    case Field::Start: {
        if (!form.localStart.isValid() || !form.localStart.date().isValid())
            return tr("Enter the start date and time.");
        if (form.localStart.date().year() < 2000 || form.localStart.date().year() > 2099)
            return tr("The start date must be between the years 2000 and 2099.");
        // A time the zone skips, or repeats, has no single instant: say so instead of guessing.
        // (A zone that does not exist at all is the time zone's problem, said there once.)
        const QString zone = form.timeZone.trimmed();
        if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
            auto instant = WallClock::toUtc(form.localStart, zone);
            if (!instant)
                return instant.error().message;
        }
        return std::nullopt;
    }
    case Field::Duration:
        if (form.durationMinutes < 1 || form.durationMinutes > kMaxDuration)
            return tr("The duration must be from 1 minute to 23 h 59 min (1439 minutes).");
        return std::nullopt;
    case Field::Room: {
        const QString email = form.roomEmail.trimmed();
        if (email.isEmpty())
            return std::nullopt; // automatic
        const qsizetype at = email.indexOf(QLatin1Char('@'));
        if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')) || at == email.size() - 1 ||
            email.contains(QLatin1Char(' ')))
            return tr("“%1” is not a room's e-mail address.").arg(email);
        return std::nullopt;
    }
    case Field::Location:
        if (form.location.trimmed().size() > kMaxLocation)
            return tr("The location has %n character(s); at most 255 are allowed.", nullptr,
                      int(form.location.trimmed().size()));
        if (hasLineBreak(form.location))
            return tr("The location must fit on one line.");
        return std::nullopt;
    case Field::Capacity:
        if (form.capacity && (*form.capacity < 1 || *form.capacity > kMaxCapacity))
            return tr("The capacity must be a whole number from 1 to 100000, or empty for no limit.");
        return std::nullopt;
    case Field::Trainer:
        if (form.trainer.trimmed().size() > kMaxTrainer)
            return tr("The trainer's name has %n character(s); at most 255 are allowed.", nullptr,
                      int(form.trainer.trimmed().size()));
        if (hasLineBreak(form.trainer))
            return tr("The trainer's name must fit on one line.");
        return std::nullopt;
    case Field::Description:
        if (form.description.size() > kMaxDescription)
            return tr("The description has %n character(s); Zoom allows at most 2000.", nullptr,
                      int(form.description.size()));
        return std::nullopt;
    }
    return std::nullopt;
}

QList<EventValidation::Problem> EventValidation::problems(const EventForm &form)
{
    QList<Problem> found;
    for (Field field : {Field::Title, Field::ConferenceName, Field::TimeZone, Field::Start, Field::Duration,
                        Field::Room, Field::Location, Field::Capacity, Field::Trainer, Field::Description}) {
        if (auto message = check(field, form))
            found.append({field, *message});
    }
    return found;
}

Result<void> EventValidation::validate(const EventForm &form)
{
    const QList<Problem> found = problems(form);
    if (found.isEmpty())
        return {};
    return Error {QStringLiteral("event.invalid"), found.first().message};
}

QString EventValidation::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::ConferenceName:
        return QStringLiteral("conference-name");
    case Field::Start:
        return QStringLiteral("start");
    case Field::TimeZone:
        return QStringLiteral("tz");
    case Field::Duration:
        return QStringLiteral("duration");
    case Field::Room:
        return QStringLiteral("room");
    case Field::Location:
        return QStringLiteral("location");
    case Field::Capacity:
        return QStringLiteral("capacity");
    case Field::Trainer:
        return QStringLiteral("trainer");
    case Field::Description:
        return QStringLiteral("description");
    }
    return {};
}

Error EventValidation::personalMeetingIdRefused()
{
    return {QStringLiteral("event.pmi_refused"),
            tr("Roomdesk does not schedule events in a Personal Meeting ID: a PMI is one host's permanent room, "
               "so the shared room pool could not plan around it. Each event gets its own meeting ID.")};
}

Error EventValidation::recurrenceRefused()
{
    return {QStringLiteral("event.recurrence_refused"),
            tr("Recurring meetings are not supported: create one event per session, so that each gets a room "
               "and its own attendance report.")};
}

Error EventValidation::conversionRefused(bool toWebinar)
{
    return {QStringLiteral("event.conversion_refused"),
            toWebinar ? tr("A meeting cannot become a webinar: Zoom keeps them apart. Cancel this event and create "
                           "a webinar instead.")
                      : tr("A webinar cannot become a meeting: Zoom keeps them apart. Cancel this event and create "
                           "a meeting instead.")};
}

} // namespace Roomdesk
