// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkvalidator.h"

#include <QString>

namespace Roomdesk {

// A program's participant group and where it meets: the built-in Zoom room (the allocated
// room's join link) or its own link on another platform (DESIGN §4, iECHO's link settings).
struct ParticipantGroup final
{
    qint64 id = 0;
    qint64 programId = 0;
    QString programName; // as read with the group
    QString name; // unique within its program, whatever its case
    LinkPlatform platform = LinkPlatform::Builtin;
    QString link; // the validated, normalised link; empty for the built-in room

    // Zoom reports how long each participant stayed only in its own rooms; for a link that
    // Roomdesk does not control, attendance says who joined, not for how long.
    static bool hasDurations(LinkPlatform platform) { return platform == LinkPlatform::Builtin; }
    bool hasDurations() const { return hasDurations(platform); }

    // Where participants join: the group's own link, or the allocated room's for the built-in
    // room. The one rule for it: events, the CLI, the GUI and messages all ask here.
    static QString joinLink(LinkPlatform platform, const QString &groupLink, const QString &roomJoinLink)
    {
        return platform == LinkPlatform::Builtin ? roomJoinLink : groupLink;
    }
    QString joinLink(const QString &roomJoinLink) const { return joinLink(platform, link, roomJoinLink); }
    bool usesOwnLink() const { return platform != LinkPlatform::Builtin && !link.isEmpty(); }
};

} // namespace Roomdesk
