#pragma once

#include "result.h"
#include "zoom/zoomclient.h"

#include <optional>

namespace Roomdesk {
class Database;
}

namespace Roomdesk::Cli {

// The database's Zoom connection with its Client Secret from the keychain, for commands that
// call Zoom; nullopt when no connection is configured.
Result<std::optional<ZoomCredentials>> storedCredentials(const Database &database);

} // namespace Roomdesk::Cli
