// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedzoom.h"

#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"

namespace Roomdesk::Cli {

Result<void> openStoredZoom(CommandContext &context, StoredZoom &session)
{
    auto database = context.openDatabase();
    if (!database)
        return database.error();
    session.database = std::move(database.value());
    auto credentials = blockingCall<std::optional<ZoomCredentials>>(
        [&](QObject *waiting, auto done) { context.backend().connection().credentials(waiting, done); });
    if (!credentials)
        return credentials.error();
    if (credentials.value()) {
        session.client = std::make_unique<ZoomClient>(*credentials.value());
        session.api = std::make_unique<ZoomApi>(session.client.get());
    }
    return {};
}

} // namespace Roomdesk::Cli
