// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options/argumentparser.h"
#include "time/daterange.h"

namespace Roomdesk::Cli {

// A command's --from and --to, read by the one date-range parser (DateRange); each one not
// given comes from `fallback`.
Result<DateRange, DateRange::End> rangeOptions(const ParsedArguments &args, const DateRange &fallback,
                                               DateRange::Bounds bounds = DateRange::Bounds::Dates);

} // namespace Roomdesk::Cli
