// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangeoptions.h"

namespace Roomdesk::Cli {

Result<DateRange, DateRange::End> rangeOptions(const ParsedArguments &args, const DateRange &fallback,
                                               DateRange::Bounds bounds)
{
    const auto given = [&args](const QString &name) {
        return args.isSet(name) ? std::optional<QString>(args.value(name)) : std::nullopt;
    };
    return DateRange::parse(given(QStringLiteral("from")), given(QStringLiteral("to")), fallback, bounds);
}

} // namespace Roomdesk::Cli
