// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "rooms/allocator.h"

namespace Roomdesk::Cli {

// After a change to rooms or buffers the backend re-checks the bookings and retries pending
// requests (RoomPoolService); this tells what happened on standard error (standard output
// keeps the command's own result).
void reportReconciliation(CommandContext &context, const Allocator::Reconciliation &outcome);

} // namespace Roomdesk::Cli
