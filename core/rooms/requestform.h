// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "allocator.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Roomdesk {

// A room request without a Zoom event, as an organizer fills it in: the options of
// `request add`, a row of `request import`, the room calendar's request dialog. The rules are
// the allocator's and the wall clock's, field by field so that a dialog can check what is
// typed, and all at once in the order `request add` has always reported them.
struct RequestForm final
{
    enum class Field { Title, Start, TimeZone, Duration, Organizer };

    struct Problem
    {
        Field field;
        Error error; // a stable code and a translated message
    };

    QString title;
    QString localStart; // wall-clock time as typed, e.g. 2026-03-02T09:30 (no offset: the zone says it)
    QString timeZone; // IANA
    int durationMinutes = 60;
    bool webinar = false;
    bool waitingRoom = true;
    QString organizer; // optional

    // What is wrong with one field; a start is only checked in a zone that exists.
    std::optional<Error> check(Field field) const;
    // Every field's problem, in the order a form shows them.
    QList<Problem> problems() const;
    // The request to allocate, or the first problem: the start in its zone first (codes
    // time.*), then the allocator's rules (request.invalid).
    Result<RoomRequestSpec> toSpec() const;
};

} // namespace Roomdesk
