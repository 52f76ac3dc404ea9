// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "reports/attendancecsv.h"

#include <QCoreApplication>

namespace Roomdesk::Cli {

// What the report commands share: the CSV options and how a report is written and told.
class ReportOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ReportOutput)

public:
    // --delimiter, --bom and --tz (and --csv when asked), shared by the report commands.
    static QList<OptionSpec> csvOptionSpecs(bool withCsvPath);
    // Defaults: ';' in Spanish and Russian, ',' otherwise; the system's time zone.
    static Result<AttendanceCsvOptions> csvOptions(const CommandContext &context);

    static int usage(CommandContext &context, const QString &message);

    // Writes the CSV (whole or not at all; "-" is standard output) and says what it wrote. With
    // nobody but the host, writes nothing and says so; that is not a failure.
    static int write(CommandContext &context, const AttendanceReport &report, const AttendanceCsvOptions &options,
                     const QString &path);
};

} // namespace Roomdesk::Cli
