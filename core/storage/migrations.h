// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <vector>

namespace Roomdesk {

// One numbered step of the schema. Versions start at 1 and increase by one; a released
// migration is never edited, only followed by a new one. Each runs in its own transaction.
struct Migration final
{
    int version;
    const char *name;
    Result<void> (*apply)(const QSqlDatabase &db);
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

} // namespace Roomdesk
