// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groups/participantgroup.h"

#include <QList>

namespace Roomdesk {

// What demo mode starts with on the Groups page: a faculty's programs, most groups in the
// built-in Zoom room and a few on their own links, one per other platform. Each group
// carries its program's name; the links pass LinkValidator like real ones must.
class DemoGroups final
{
public:
    static QList<ParticipantGroup> groups();
};

} // namespace Roomdesk
