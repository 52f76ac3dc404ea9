#pragma once

#include <QString>

namespace Roomdesk {

// A participant group an event can be for, as the event form offers it: its program and
// the link settings that decide which link participants use (DESIGN §4, from iECHO).
struct EventGroup final
{
    qint64 id = 0;
    QString name;
    QString program;
    QString platform = QStringLiteral("builtin"); // builtin, zoom-custom, zoom-webinar, google-meet, telegram, teams
    QString link; // empty for the built-in Zoom room

    bool usesOwnLink() const { return platform != QLatin1String("builtin") && !link.isEmpty(); }
};

} // namespace Roomdesk
