// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkvalidator.h"

#include <QCoreApplication>
#include <QStringList>

namespace Roomdesk {

// What an administrator accepts with a link Roomdesk does not control (DESIGN §4, from
// iECHO's link settings): shown when such a platform is chosen, in the window and on the
// command line alike.
class LinkCaveats final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::LinkCaveats)

public:
    // Translated; empty for the built-in Zoom room.
    static QStringList forPlatform(LinkPlatform platform);
    static QString title(); // translated
};

} // namespace Roomdesk
