#pragma once

#include "cli/command.h"

namespace Roomdesk::Cli {

// After a change to rooms or buffers: re-checks the bookings, retries pending requests and
// tells what happened on standard error (standard output keeps the command's own result).
// Returns false, having printed the error, when the database refused.
bool reconcileAndReport(CommandContext &context, const Database &database);

} // namespace Roomdesk::Cli
