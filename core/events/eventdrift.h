// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoomcopy.h"

#include <QStringList>

#include <optional>

namespace Roomdesk {

// How an event's meeting differs from what Roomdesk holds, found by a synchronization: changed
// in Zoom (which fields, and Zoom's values) or deleted there. Stored as JSON (events.drift) and
// printed as such by `event show --json`; everything else gets it typed.
struct EventDrift final
{
    enum class Kind { Changed, Deleted };
    Kind kind = Kind::Changed;
    QStringList fields; // Zoom's names of the changed fields
    ZoomCopy zoom; // Zoom's values (Changed only)

    static EventDrift deleted() { return {Kind::Deleted, {}, {}}; }
    static EventDrift changed(const ZoomCopy &theirs, QStringList fields) { return {Kind::Changed, fields, theirs}; }

    bool changes(const char *field) const { return fields.contains(QLatin1String(field)); }

    // {"kind":"deleted"} or {"fields":{name: Zoom's value, …},"kind":"changed","zoom":{…}}
    QString toJson() const;
    static std::optional<EventDrift> fromJson(const QString &json);
};

} // namespace Roomdesk
