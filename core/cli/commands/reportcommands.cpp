// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "clock.h"
#include "events/eventrepository.h"
#include "reportoutput.h"
#include "reports/attendancecsv.h"
#include "reports/participantrecords.h"
#include "reports/reportexport.h"
#include "reports/reportfetcher.h"
#include "storage/database.h"
#include "storedzoom.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimeZone>

#include <nlohmann/json.hpp>

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

    // The database and its Zoom connection, and the fetcher using them.
    struct Session : StoredZoom
    {
        std::unique_ptr<ReportFetcher> fetcher;
    };

    static Result<Session> open(CommandContext &context)
    {
        Session session;
        if (auto opened = openStoredZoom(context, session); !opened)
            return opened.error();
        session.fetcher = std::make_unique<ReportFetcher>(*session.database, Clock::system());
        session.fetcher->setZoom(session.api.get());
        return session;
    }

    // "2026-03-02" as the start of that day (or, for --to, of the next one), UTC.
    static std::optional<QDateTime> day(const QString &text, bool end)
    {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
    }

    static std::optional<std::pair<QDateTime, QDateTime>> range(CommandContext &context, bool required)
    {
        const ParsedArguments &args = context.args;
        const QDate today = QDate::currentDate();
        std::optional<QDateTime> from = QDateTime(today.addDays(-30), QTime(0, 0), QTimeZone::utc());
        std::optional<QDateTime> to = QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::utc());
        if (required && (!args.isSet(QStringLiteral("from")) || !args.isSet(QStringLiteral("to"))))
            return std::nullopt;
        if (args.isSet(QStringLiteral("from")))
            from = day(args.value(QStringLiteral("from")), false);
        if (args.isSet(QStringLiteral("to")))
            to = day(args.value(QStringLiteral("to")), true);
        if (!from || !to || *to <= *from)
            return std::nullopt;
        return std::make_pair(*from, *to);
    }

    static QString rangeProblem()
    {
        return tr("--from and --to take dates such as 2026-03-02, and --to is not before --from.");
    }

    static nlohmann::ordered_json entryJson(const ReportEntry &entry)
    {
        const StoredReport &r = entry.report;
        const QTimeZone zone(entry.timeZone.toUtf8());
        return {
            {"event_id", entry.eventId},
            {"title", entry.title.toStdString()},
            {"kind", entry.webinar ? "webinar" : "meeting"},
            {"start",
             (zone.isValid() ? entry.startUtc.toTimeZone(zone) : entry.startUtc).toString(Qt::ISODate).toStdString()},
            {"room",
             entry.roomEmail.isEmpty() ? nlohmann::ordered_json(nullptr)
                                       : nlohmann::ordered_json(entry.roomEmail.toStdString())},
            {"state", StoredReport::stateName(r.state).toStdString()},
            {"reason", r.reason.toStdString()},
            {"attendees", r.attendees},
            {"total_seconds", r.totalSeconds},
            {"attempts", r.attempts},
            {"next_attempt",
             r.nextAttemptUtc.isValid() ? nlohmann::ordered_json(r.nextAttemptUtc.toString(Qt::ISODate).toStdString())
                                        : nlohmann::ordered_json(nullptr)},
            {"source", r.source.toStdString()},
        };
    }

    // Notices ended events and fetches what is due, when Zoom is connected; says what it did.
    static void sweep(CommandContext &context, Session &session)
    {
        if (!session.api)
            return;
        auto swept = waitFor<ReportFetcher::Sweep>(
            [&](ReportFetcher::Callback<ReportFetcher::Sweep> done) { session.fetcher->sweep(done); });
        if (!swept) {
            context.err << swept.error().message << Qt::endl;
            return;
        }
        for (const QString &problem : swept.value().problems)
            context.err << problem << Qt::endl;
    }

    // `report list`: ended events and their reports, after asking Zoom for what is due.
    static int list(CommandContext &context)
    {
        const auto span = range(context, false);
        if (!span)
            return ReportOutput::usage(context, rangeProblem());
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        sweep(context, session.value());
        auto entries = ReportRepository(*session.value().database).list(span->first, span->second);
        if (!entries)
            return context.fail(entries.error());
        if (context.json) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const ReportEntry &entry : entries.value())
                list.push_back(entryJson(entry));
            context.out << QString::fromStdString(list.dump()) << Qt::endl;
            return Success;
        }
        if (entries.value().isEmpty())
            context.out << tr("No ended events in this range.") << Qt::endl;
        for (const ReportEntry &entry : entries.value()) {
            QString line = QStringLiteral("#%1  %2  %3  %4")
                               .arg(entry.eventId)
                               .arg(entry.startUtc.toString(Qt::ISODate), entry.title,
                                    StoredReport::stateText(entry.report.state));
            if (entry.report.state == StoredReport::State::Ready)
                line += QStringLiteral("  ") + tr("%n attendee(s)", nullptr, entry.report.attendees);
            if (!entry.report.reason.isEmpty())
                line += QStringLiteral("  (") + entry.report.reason + QLatin1Char(')');
            context.out << line << Qt::endl;
        }
        return Success;
    }

    // `report fetch`: one ended meeting or webinar straight from Zoom into a CSV.
    static int fetch(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        const bool meeting = args.isSet(QStringLiteral("meeting"));
        const bool webinar = args.isSet(QStringLiteral("webinar"));
        if (meeting == webinar)
            return ReportOutput::usage(context, tr("Give either --meeting ID or --webinar ID."));
        const QString id = args.value(meeting ? QStringLiteral("meeting") : QStringLiteral("webinar")).trimmed();
        bool numeric = false;
        const qint64 number = id.toLongLong(&numeric);
        if (id.isEmpty() || (numeric && number <= 0) || id.contains(QLatin1Char(' ')))
            return ReportOutput::usage(
                context, tr("“%1” is not a meeting or webinar ID (a number, or an instance's UUID).").arg(id));
        if (!args.isSet(QStringLiteral("csv")) || args.value(QStringLiteral("csv")).isEmpty())
            return ReportOutput::usage(context, tr("--%1 is required.").arg(QStringLiteral("csv")));
        auto options = ReportOutput::csvOptions(context);
        if (!options)
            return ReportOutput::usage(context, options.error().message);
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        if (!session.value().api)
            return context.fail({QStringLiteral("zoom.not_configured"),
                                 tr("Zoom is not connected; run “roomdeskctl credentials set” first.")});
        ReportHost host;
        host.email = args.value(QStringLiteral("host-email"));
        // The event's room is its host too, when Roomdesk created it.
        std::optional<qint64> eventId;
        if (numeric) {
            auto found = EventRepository(*session.value().database).findByZoomId(number);
            if (found && found.value()) {
                eventId = *found.value();
                auto event = EventRepository(*session.value().database).find(*eventId);
                if (event && host.email.isEmpty())
                    host.email = event.value().roomEmail;
            }
        }
        auto fetched = waitFor<ReportFetcher::Fetched>([&](ReportFetcher::Callback<ReportFetcher::Fetched> done) {
            session.value().fetcher->fetchSession(id, webinar, host, done);
        });
        if (!fetched)
            return context.fail(fetched.error());
        const int exitCode =
            ReportOutput::write(context, fetched.value().report, options.value(), args.value(QStringLiteral("csv")));
        if (eventId && exitCode == Success) {
            if (auto kept = keepWithEvent(*session.value().database, *eventId, fetched.value()); !kept)
                context.err << QStringLiteral("roomdeskctl: ")
                            << tr("The report was written but not kept with event %1: %2")
                                   .arg(*eventId)
                                   .arg(kept.error().message)
                            << Qt::endl;
        }
        return exitCode;
    }

    // The event's stored report takes what was fetched, unless it is ready and this one is
    // less (nobody besides the host, or durations Zoom has not counted yet).
    static Result<void> keepWithEvent(const Database &database, qint64 eventId, const ReportFetcher::Fetched &fetched)
    {
        ReportRepository reports(database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto existing = reports.find(eventId);
        if (!existing)
            return existing.error();
        const AttendanceReport &report = fetched.report;
        const bool complete = report.hasAttendees() && report.totalSeconds() > 0;
        if (existing.value() && existing.value()->state == StoredReport::State::Ready && !complete)
            return {};
        if (!existing.value()) {
            if (auto added = reports.ensureWaiting(eventId, now, now, now, now); !added)
                return added.error();
        }
        return reports.storeReport(eventId, report, fetched.source, now);
    }

    // `report export`: every ready report of the events in the range, one CSV each.
    static int exportRange(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        for (const char *option : {"from", "to"}) {
            if (!args.isSet(QLatin1String(option)))
                return ReportOutput::usage(context, tr("--%1 is required.").arg(QLatin1String(option)));
        }
        const auto span = range(context, true);
        if (!span)
            return ReportOutput::usage(context, rangeProblem());
        if (!args.isSet(QStringLiteral("dir")) || args.value(QStringLiteral("dir")).isEmpty())
            return ReportOutput::usage(context, tr("--%1 is required.").arg(QStringLiteral("dir")));
        auto options = ReportOutput::csvOptions(context);
        if (!options)
            return ReportOutput::usage(context, options.error().message);
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        sweep(context, session.value());
        auto entries = ReportRepository(*session.value().database).list(span->first, span->second);
        if (!entries)
            return context.fail(entries.error());
        auto summary = ReportExport::run(*session.value().database, entries.value(), args.value(QStringLiteral("dir")),
                                         options.value());
        if (!summary)
            return context.fail(summary.error());
        if (context.json) {
            nlohmann::ordered_json written = nlohmann::ordered_json::array();
            for (const QString &path : summary.value().written)
                written.push_back(QDir(path).absolutePath().toStdString());
            nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
            for (const QString &line : summary.value().skipped)
                skipped.push_back(line.toStdString());
            context.out << QString::fromStdString(
                               nlohmann::ordered_json {{"written", written}, {"skipped", skipped}}.dump())
                        << Qt::endl;
        } else {
            for (const QString &path : summary.value().written)
                context.out << QDir::toNativeSeparators(path) << Qt::endl;
            for (const QString &line : summary.value().skipped)
                context.err << tr("Skipped: %1").arg(line) << Qt::endl;
            context.err << tr("%n report(s) written.", nullptr, int(summary.value().written.size())) << Qt::endl;
        }
        return Success;
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
        QList<OptionSpec> fetchOptions = {
            {QStringLiteral("meeting"), QStringLiteral("ID"), tr("The meeting's ID, or one instance's UUID")},
            {QStringLiteral("webinar"), QStringLiteral("ID"), tr("The webinar's ID, or one instance's UUID")},
            {QStringLiteral("host-email"), QStringLiteral("E"), tr("The host's e-mail: their rows are not attendance")},
        };
        fetchOptions += ReportOutput::csvOptionSpecs(true);
        const QList<OptionSpec> rangeOptions = {
            {QStringLiteral("from"), QStringLiteral("D"), tr("First day of the events' start, e.g. 2026-03-02")},
            {QStringLiteral("to"), QStringLiteral("D"), tr("Last day, included")},
        };
        QList<OptionSpec> exportOptions = rangeOptions;
        exportOptions.append({QStringLiteral("dir"), QStringLiteral("DIR"), tr("The folder to write into")});
        exportOptions += ReportOutput::csvOptionSpecs(false);
        return {
            {{QStringLiteral("report"), QStringLiteral("build")},
             tr("Build an attendance CSV from saved Zoom participant pages (offline)"),
             {},
             buildOptions,
             0,
             &ReportCommands::build},
            {{QStringLiteral("report"), QStringLiteral("fetch")},
             tr("Fetch an ended meeting's or webinar's attendance from Zoom into a CSV"),
             {},
             fetchOptions,
             0,
             &ReportCommands::fetch},
            {{QStringLiteral("report"), QStringLiteral("export")},
             tr("Write the ready reports of the events in a date range into a folder, one CSV each"),
             {},
             exportOptions,
             0,
             &ReportCommands::exportRange},
            {{QStringLiteral("report"), QStringLiteral("list")},
             tr("Ended events and the state of their reports (asks Zoom for those due)"),
             {},
             rangeOptions,
             0,
             &ReportCommands::list},
        };
    }
};

} // namespace

QList<Command> reportCommands()
{
    return ReportCommands::commands();
}

} // namespace Roomdesk::Cli
