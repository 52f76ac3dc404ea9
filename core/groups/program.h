// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Roomdesk {

// A program (a degree, a course, a campaign) groups participant groups (DESIGN §4).
struct Program final
{
    qint64 id = 0;
    QString name; // unique, whatever its case
};

} // namespace Roomdesk
