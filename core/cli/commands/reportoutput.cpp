// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"

#include "reports/csvwriter.h"
#include "rooms/wallclock.h"

#include <QDir>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

QList<OptionSpec> ReportOutput::csvOptionSpecs(bool withCsvPath)
{
    QList<OptionSpec> specs;
    if (withCsvPath)
        specs.append(
            {QStringLiteral("csv"), QStringLiteral("OUT"), tr("The CSV file to write (- for standard output)")});
    specs += {
        {QStringLiteral("delimiter"), QStringLiteral("C"),
         tr("Field delimiter: one character, or tab (default: ; in Spanish and Russian, , otherwise)")},
        {QStringLiteral("bom"), QString(), tr("Start the file with a UTF-8 byte-order mark, for Excel")},
        {QStringLiteral("tz"), QStringLiteral("IANA"), tr("Time zone of the times (default: this computer's)")},
    };
    return specs;
}

Result<AttendanceCsvOptions> ReportOutput::csvOptions(const CommandContext &context)
{
    const ParsedArguments &args = context.args;
    AttendanceCsvOptions options;
    options.delimiter = CsvWriter::defaultDelimiter(QLocale());
    options.zone = QTimeZone::systemTimeZone();
    if (args.isSet(QStringLiteral("delimiter"))) {
        QString delimiter = args.value(QStringLiteral("delimiter"));
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
            delimiter = QStringLiteral("\t");
        const bool single = delimiter.size() == 1 || (delimiter.size() == 2 && delimiter.front().isHighSurrogate());
        if (!single || delimiter == QLatin1String("\"") || delimiter == QLatin1String("\r") ||
            delimiter == QLatin1String("\n") || delimiter == QLatin1String(" ") || delimiter == QLatin1String("'"))
            return Error {QStringLiteral("usage"),
                          tr("--delimiter takes one character such as , or ; (or tab); not a quote, an apostrophe, "
                             "a space or a line break.")};
        if (delimiter.size() == 2)
            return Error {QStringLiteral("usage"),
                          tr("--delimiter takes a character from the Basic Multilingual "
                             "Plane, such as , or ;.")};
        options.delimiter = delimiter.front();
    }
    options.bom = args.isSet(QStringLiteral("bom"));
    if (args.isSet(QStringLiteral("tz"))) {
        auto zone = WallClock::zone(args.value(QStringLiteral("tz")));
        if (!zone)
            return zone.error();
        options.zone = zone.value();
    }
    return options;
}

int ReportOutput::usage(CommandContext &context, const QString &message)
{
    context.err << QStringLiteral("roomdeskctl: ") << message << Qt::endl;
    return Usage;
}

int ReportOutput::write(CommandContext &context, const AttendanceReport &report, const AttendanceCsvOptions &options,
                        const QString &path)
{
    nlohmann::ordered_json document = {
        {"written", false},
        {"csv", nullptr},
        {"attendees", report.attendees().size()},
        {"records", report.recordCount()},
        {"waiting_room_records", report.waitingRoomRecords()},
        {"host_records", report.hostRecords()},
        {"total_seconds", report.totalSeconds()},
    };
    const bool toStandardOutput = path == QLatin1String("-");
    QTextStream &summary = toStandardOutput || context.json ? context.err : context.out;
    if (!report.hasAttendees()) {
        summary << tr("No one besides the host attended (%n participant record(s) read): no report, no file "
                      "written.",
                      nullptr, report.recordCount())
                << Qt::endl;
        if (context.json && !toStandardOutput)
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
        return Success;
    }
    const QByteArray csv = attendanceCsv(report, options);
    if (toStandardOutput) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(csv) != csv.size())
            return context.fail({QStringLiteral("csv.write"), tr("Cannot write to standard output.")});
    } else if (auto saved = CsvWriter::saveFile(path, csv); !saved) {
        return context.fail(saved.error());
    }
    document["written"] = true;
    document["csv"] = toStandardOutput ? "-" : QDir(path).absolutePath().toStdString();
    if (context.json && !toStandardOutput) {
        context.out << QString::fromStdString(document.dump()) << Qt::endl;
    } else {
        summary << tr("%n attendee(s)", nullptr, int(report.attendees().size())) << QStringLiteral(" → ")
                << (toStandardOutput ? tr("standard output") : QDir::toNativeSeparators(path)) << Qt::endl;
        const int left = report.waitingRoomRecords() + report.hostRecords();
        if (left > 0)
            summary << tr("Left out: %n record(s) of the host or the waiting room.", nullptr, left) << Qt::endl;
    }
    return Success;
}

} // namespace Roomdesk::Cli
