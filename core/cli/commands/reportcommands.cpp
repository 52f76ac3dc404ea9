#include "cli/command.h"
#include "reportoutput.h"
#include "reports/attendancecsv.h"
#include "reports/participantrecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Roomdesk::Cli {

namespace {

class ReportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ReportCommands)

public:
    // `report build`: saved Zoom participant pages in, a CSV out, nothing asked of Zoom.
    static int build(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        for (const QString &required : {QStringLiteral("participants"), QStringLiteral("csv")}) {
            if (!args.isSet(required) || args.value(required).isEmpty())
                return ReportOutput::usage(context, tr("--%1 is required.").arg(required));
        }
        auto options = ReportOutput::csvOptions(context);
        if (!options)
            return ReportOutput::usage(context, options.error().message);

        const QString path = args.value(QStringLiteral("participants"));
        QFile file(path);
        const bool opened =
            path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened)
            return context.fail({QStringLiteral("report.read"),
                                 tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return context.fail({QStringLiteral("report.read"),
                                 tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        auto records = ParticipantRecords::fromPages(std::move(bytes));
        if (!records)
            return context.fail({records.error().code,
                                 QDir::toNativeSeparators(path) + QStringLiteral(", ") + records.error().message});
        ReportHost host;
        host.email = args.value(QStringLiteral("host-email"));
        host.ids = args.values(QStringLiteral("host-id"));
        const AttendanceReport report = AttendanceReport::build(records.value(), host);
        return ReportOutput::write(context, report, options.value(), args.value(QStringLiteral("csv")));
    }

    static QList<Command> commands()
    {
        QList<OptionSpec> buildOptions = {
            {QStringLiteral("participants"), QStringLiteral("FILE"),
             tr("Saved Zoom participant pages: one page object or an array of them (- for standard input)")},
            {QStringLiteral("host-email"), QStringLiteral("E"), tr("The host's e-mail: their rows are not attendance")},
            {QStringLiteral("host-id"), QStringLiteral("ID"),
             tr("The host's Zoom user id (participant_user_id), may be repeated")},
        };
        buildOptions += ReportOutput::csvOptionSpecs(true);
        return {
            {{QStringLiteral("report"), QStringLiteral("build")},
             tr("Build an attendance CSV from saved Zoom participant pages (offline)"),
             {},
             buildOptions,
             0,
             &ReportCommands::build},
        };
    }
};

} // namespace

QList<Command> reportCommands()
{
    return ReportCommands::commands();
}

} // namespace Roomdesk::Cli
