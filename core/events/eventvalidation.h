// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace Roomdesk {

// The event form's rules (DESIGN §4 with Zoom's limits), field by field so that a form can
// check what the administrator types, and all at once before anything is stored or sent.
class EventValidation final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::EventValidation)

public:
    enum class Field {
        Title,
        ConferenceName,
        Start,
        TimeZone,
        Duration,
        Room,
        Location,
        Capacity,
        Trainer,
        Description,
    };

    struct Problem
    {
        Field field;
        QString message; // translated
    };

    static constexpr int kMaxTitle = 255;
    static constexpr int kMaxConferenceName = 200; // Zoom's topic
    static constexpr int kMaxDuration = 23 * 60 + 59;
    static constexpr int kMaxLocation = 255;
    static constexpr int kMaxTrainer = 255;
    static constexpr int kMaxDescription = 2000; // Zoom's agenda
    static constexpr int kMaxCapacity = 100000;

    static std::optional<QString> check(Field field, const EventForm &form);
    static QList<Problem> problems(const EventForm &form);
    // The first problem as an error (code "event.invalid"), or success.
    static Result<void> validate(const EventForm &form);

    static QString fieldName(Field field); // title, conference-name, … (the CLI's option names)

    // What Roomdesk does not do, with the reason (DESIGN §4).
    static Error personalMeetingIdRefused();
    static Error recurrenceRefused();
    static Error conversionRefused(bool toWebinar);
};

} // namespace Roomdesk
