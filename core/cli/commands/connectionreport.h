// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "zoom/connectioncheck.h"

namespace Roomdesk::Cli {

// Exchanges a token with `credentials` (the backend's connection check, which records the
// result when they are the stored ones), prints every scope as granted or missing (text or
// JSON) and returns the exit code: Failed when the exchange fails or a required scope is
// missing.
int checkAndReport(CommandContext &context, const ZoomCredentials &credentials);

} // namespace Roomdesk::Cli

namespace Roomdesk::Cli {

// `credentials test`: the same check with the stored credentials; records the verification.
int testStoredConnection(CommandContext &context);

} // namespace Roomdesk::Cli
