#include "cli/command.h"
#include "events/eventsync.h"
#include "events/eventvalidation.h"
#include "reports/reportrepository.h"
#include "storage/database.h"
#include "storedzoom.h"
#include "zoom/webhookinbox.h"
#include "zoom/zoomapi.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

using Json = nlohmann::ordered_json;

// One command's Zoom session: the database and client, and EventSync using them.
struct Session : StoredZoom
{
    std::unique_ptr<EventSync> sync;
};

class EventCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::EventCommands)

public:
    static int usage(CommandContext &context, const QString &message)
    {
        context.err << QStringLiteral("roomdeskctl: ") << message << Qt::endl;
        return Usage;
    }

    static Result<Session> open(CommandContext &context)
    {
        Session session;
        if (auto opened = openStoredZoom(context, session); !opened)
            return opened.error();
        session.sync = std::make_unique<EventSync>(*session.database, Clock::system());
        session.sync->setZoom(session.api.get());
        return session;
    }

    static Json isoIn(const QDateTime &utc, const QString &zone)
    {
        if (!utc.isValid())
            return nullptr;
        return utc.toTimeZone(QTimeZone(zone.toUtf8())).toString(Qt::ISODate).toStdString();
    }

    static Json nullable(const QString &text) { return text.isEmpty() ? Json(nullptr) : Json(text.toStdString()); }

    static Json toJson(const Event &event, const QStringList &warnings)
    {
        const Event::Status status = event.status(QDateTime::currentDateTimeUtc());
        Json warningList = Json::array();
        for (const QString &warning : warnings)
            warningList.push_back(warning.toStdString());
        Json drift = nullptr;
        if (event.drift)
            drift = Json::parse(event.drift->toJson().toStdString(), nullptr, false);
        return {
            {"id", event.id},
            {"status", Event::statusName(status).toStdString()},
            {"room", event.roomId ? Json(event.roomEmail.toStdString()) : Json(nullptr)},
            {"zoom_meeting_id", event.zoomMeetingId ? Json(event.zoomMeetingId) : Json(nullptr)},
            {"join_url", nullable(event.effectiveJoinUrl())},
            {"title", event.form.title.toStdString()},
            {"conference_name", event.form.effectiveConferenceName().toStdString()},
            {"kind", event.form.webinar ? "webinar" : "meeting"},
            {"start", isoIn(event.startUtc, event.form.timeZone)},
            {"time_zone", event.form.timeZone.toStdString()},
            {"duration", event.form.durationMinutes},
            {"location", event.form.location.toStdString()},
            {"capacity", event.form.capacity ? Json(*event.form.capacity) : Json(nullptr)},
            {"trainer", event.form.trainer.toStdString()},
            {"waiting_room", event.form.waitingRoom},
            {"description", event.form.description.toStdString()},
            {"group", event.form.groupId ? Json(*event.form.groupId) : Json(nullptr)},
            {"zoom_uuid", nullable(event.zoomUuid)},
            {"zoom_join_url", nullable(event.joinUrl)},
            {"sync", Event::syncName(event.sync).toStdString()},
            {"sync_error", event.syncError.toStdString()},
            {"pending_reason", event.pendingReason.toStdString()},
            {"drift", drift.is_discarded() ? Json(nullptr) : drift},
            {"warnings", warningList},
        };
    }

    // The attendance report's state once the event ended ("no_attendees": only the host came).
    static Json reportState(const Database &database, qint64 eventId)
    {
        auto report = ReportRepository(database).find(eventId);
        if (!report || !report.value())
            return nullptr;
        return StoredReport::stateName(report.value()->state).toStdString();
    }

    static QString describe(const Event &event)
    {
        const Event::Status status = event.status(QDateTime::currentDateTimeUtc());
        const QString start = event.startUtc.toTimeZone(QTimeZone(event.form.timeZone.toUtf8()))
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString line = tr("Event %1 “%2” (%3 %4, %n min): %5", nullptr, event.form.durationMinutes)
                           .arg(event.id)
                           .arg(event.form.title, start, event.form.timeZone, Event::statusText(status));
        if (event.roomId)
            line += QLatin1Char(' ') + tr("Room %1.").arg(event.roomEmail);
        if (event.zoomMeetingId)
            line += QLatin1Char(' ') + tr("Zoom %1, %2.").arg(event.zoomMeetingId).arg(event.effectiveJoinUrl());
        if (event.sync != Event::Sync::Synced)
            line += QLatin1Char(' ') + Event::syncText(event.sync) + QLatin1Char('.');
        return line;
    }

    // Prints the event; exit 1 when it is not where it should be in Zoom.
    static int print(CommandContext &context, const EventSync::Outcome &outcome)
    {
        const Event &event = outcome.event;
        if (context.json) {
            context.out << QString::fromStdString(toJson(event, outcome.warnings).dump()) << Qt::endl;
        } else {
            context.out << describe(event) << Qt::endl;
        }
        for (const QString &warning : outcome.warnings)
            context.err << QStringLiteral("roomdeskctl: ") << warning << Qt::endl;
        const bool inLine = event.sync == Event::Sync::Synced || event.sync == Event::Sync::AwaitingRoom;
        return inLine ? Success : Failed;
    }

    // The form options given on the command line, over `form`. nullopt after a usage error.
    static std::optional<EventForm> readForm(CommandContext &context, EventForm form)
    {
        const ParsedArguments &args = context.args;
        const auto given = [&args](const char *name) { return args.isSet(QLatin1String(name)); };
        const auto value = [&args](const char *name) { return args.value(QLatin1String(name)); };
        if (given("waiting-room") && given("auto-admit")) {
            (void)usage(context, tr("--waiting-room and --auto-admit contradict each other."));
            return std::nullopt;
        }
        if (given("title"))
            form.title = value("title");
        if (given("conference-name"))
            form.conferenceName = value("conference-name");
        if (given("start")) {
            const QString text = value("start").trimmed();
            QDateTime local = QDateTime::fromString(text, Qt::ISODate);
            const bool hasOffset = text.endsWith(QLatin1Char('Z')) || text.indexOf(QLatin1Char('+'), 10) > 0 ||
                text.lastIndexOf(QLatin1Char('-')) > 10;
            if (!local.isValid() || hasOffset) {
                (void)usage(context,
                            tr("--start needs a local date and time such as 2026-03-02T09:30, without an "
                               "offset: --tz gives the time zone."));
                return std::nullopt;
            }
            form.localStart = QDateTime(local.date(), local.time());
        }
        if (given("tz"))
            form.timeZone = value("tz").trimmed();
        if (given("duration")) {
            auto minutes = ArgumentParser::integer(args, QStringLiteral("duration"), -1000000, 1000000);
            if (!minutes) {
                (void)usage(context, tr("--duration needs whole minutes, e.g. 90."));
                return std::nullopt;
            }
            form.durationMinutes = int(minutes.value());
        }
        if (given("room"))
            form.roomEmail = value("room").trimmed();
        if (given("capacity")) {
            if (value("capacity").trimmed() == QLatin1String("unlimited")) {
                form.capacity.reset();
            } else {
                auto capacity = ArgumentParser::integer(args, QStringLiteral("capacity"), -1000000000, 1000000000);
                if (!capacity) {
                    (void)usage(context, tr("--capacity needs a whole number of participants, or “unlimited”."));
                    return std::nullopt;
                }
                form.capacity = int(capacity.value());
            }
        }
        if (given("trainer"))
            form.trainer = value("trainer");
        if (given("location"))
            form.location = value("location");
        if (given("waiting-room"))
            form.waitingRoom = true;
        if (given("auto-admit"))
            form.waitingRoom = false;
        if (given("description"))
            form.description = value("description");
        if (given("group")) {
            if (value("group").trimmed() == QLatin1String("none")) {
                form.groupId.reset();
            } else {
                auto group =
                    ArgumentParser::integer(args, QStringLiteral("group"), 1, std::numeric_limits<qint64>::max());
                if (!group) {
                    (void)usage(context, tr("--group needs a group's number, as “group list” shows it, or “none”."));
                    return std::nullopt;
                }
                form.groupId = group.value();
            }
        }
        return form;
    }

    // What Roomdesk refuses on purpose, with the reason (exit 1, nothing stored or sent).
    static std::optional<Error> refusedFeature(const CommandContext &context)
    {
        if (context.args.isSet(QStringLiteral("pmi")))
            return EventValidation::personalMeetingIdRefused();
        if (context.args.isSet(QStringLiteral("recurrence")))
            return EventValidation::recurrenceRefused();
        return std::nullopt;
    }

    static int create(CommandContext &context)
    {
        if (auto refused = refusedFeature(context))
            return context.fail(*refused);
        for (const char *needed : {"title", "start", "tz", "duration"}) {
            if (!context.args.isSet(QLatin1String(needed)))
                return usage(context, tr("“event create” needs --%1.").arg(QLatin1String(needed)));
        }
        EventForm base;
        base.webinar = context.args.isSet(QStringLiteral("webinar"));
        const auto form = readForm(context, base);
        if (!form)
            return Usage;
        // Checked before the database or Zoom is touched.
        if (auto valid = EventValidation::validate(*form); !valid)
            return context.fail(valid.error());
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        if (!session.value().sync->connected())
            return context.fail({QStringLiteral("event.not_connected"),
                                 tr("Zoom is not connected, so the event could not become a meeting. Run "
                                    "“roomdeskctl credentials set” or the setup wizard first.")});
        EventSync &sync = *session.value().sync;
        auto made = waitFor<EventSync::Outcome>([&](auto done) { sync.create(*form, done); });
        if (!made)
            return context.fail(made.error());
        return print(context, made.value());
    }

    static std::optional<qint64> eventId(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.args.positional().value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            (void)usage(context, tr("Give the event's number, as “event list” shows it."));
            return std::nullopt;
        }
        return id;
    }

    static int update(CommandContext &context)
    {
        if (auto refused = refusedFeature(context))
            return context.fail(*refused);
        const auto id = eventId(context);
        if (!id)
            return Usage;
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        auto current = EventRepository(*session.value().database).find(*id);
        if (!current)
            return context.fail(current.error());
        EventForm base = current.value().form;
        if (context.args.isSet(QStringLiteral("webinar")) && !base.webinar)
            return context.fail(EventValidation::conversionRefused(true));
        if (context.args.isSet(QStringLiteral("meeting")) && base.webinar)
            return context.fail(EventValidation::conversionRefused(false));
        const auto form = readForm(context, base);
        if (!form)
            return Usage;
        EventSync &sync = *session.value().sync;
        auto updated = waitFor<EventSync::Outcome>([&](auto done) { sync.update(*id, *form, done); });
        if (!updated)
            return context.fail(updated.error());
        return print(context, updated.value());
    }

    // ID → one EventSync call on that event → the event printed.
    using EventCall = std::function<void(EventSync &, qint64, EventSync::Callback<EventSync::Outcome>)>;
    static int onEvent(CommandContext &context, const EventCall &call)
    {
        const auto id = eventId(context);
        if (!id)
            return Usage;
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        EventSync &sync = *session.value().sync;
        auto outcome = waitFor<EventSync::Outcome>([&](auto done) { call(sync, *id, done); });
        if (!outcome)
            return context.fail(outcome.error());
        return print(context, outcome.value());
    }

    static int cancel(CommandContext &context)
    {
        return onEvent(context, [](EventSync &sync, qint64 id, auto done) { sync.cancel(id, done); });
    }

    static int show(CommandContext &context)
    {
        const auto id = eventId(context);
        if (!id)
            return Usage;
        const bool withStartUrl = context.args.isSet(QStringLiteral("start-url"));
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        auto event = EventRepository(*session.value().database).find(*id);
        if (!event)
            return context.fail(event.error());
        QString startUrl;
        if (withStartUrl) {
            EventSync &sync = *session.value().sync;
            auto fresh = waitFor<QString>([&](auto done) { sync.startUrl(*id, done); });
            if (!fresh)
                return context.fail(fresh.error());
            startUrl = fresh.value();
        }
        if (context.json) {
            Json json = toJson(event.value(), {});
            json["report"] = reportState(*session.value().database, *id);
            if (withStartUrl)
                json["start_url"] = startUrl.toStdString();
            context.out << QString::fromStdString(json.dump()) << Qt::endl;
        } else {
            context.out << describe(event.value()) << Qt::endl;
            if (!event.value().syncError.isEmpty())
                context.out << event.value().syncError << Qt::endl;
            if (withStartUrl)
                context.out << tr("Start link (valid for a short time): %1").arg(startUrl) << Qt::endl;
        }
        return Success;
    }

    static int list(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        QDateTime from;
        QDateTime to;
        for (const auto &[option, target] :
             {std::pair {QStringLiteral("from"), &from}, std::pair {QStringLiteral("to"), &to}}) {
            if (!args.isSet(option))
                continue;
            const QDate date = QDate::fromString(args.value(option).trimmed(), Qt::ISODate);
            if (!date.isValid())
                return usage(context, tr("--%1 needs a date such as 2026-03-02.").arg(option));
            *target = QDateTime(date, QTime(0, 0), QTimeZone::utc());
        }
        if (from.isValid() != to.isValid()) {
            if (!from.isValid())
                from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
            if (!to.isValid())
                to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        } else if (to.isValid()) {
            to = to.addDays(1); // --to is inclusive
        }
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        auto events = EventRepository(*database.value()).list(from, to);
        if (!events)
            return context.fail(events.error());
        const QString wanted = args.value(QStringLiteral("status")).trimmed();
        Json array = Json::array();
        for (const Event &event : events.value()) {
            const Event::Status status = event.status(QDateTime::currentDateTimeUtc());
            if (!wanted.isEmpty() && Event::statusName(status) != wanted)
                continue;
            if (context.json) {
                Json json = toJson(event, {});
                json["report"] = reportState(*database.value(), event.id);
                array.push_back(json);
            } else
                context.out << describe(event) << Qt::endl;
        }
        if (context.json)
            context.out << QString::fromStdString(array.dump()) << Qt::endl;
        return Success;
    }

    static int synchronize(CommandContext &context)
    {
        auto session = open(context);
        if (!session)
            return context.fail(session.error());
        if (!session.value().sync->connected())
            return context.fail(
                {QStringLiteral("event.not_connected"), tr("Zoom is not connected; nothing can be synchronized.")});
        WebhookInbox inbox(*session.value().database);
        EventSync &sync = *session.value().sync;
        const bool drift = !context.args.isSet(QStringLiteral("no-drift"));
        auto report = waitFor<EventSync::SyncReport>([&](auto done) { sync.synchronize(drift, &inbox, done); });
        if (!report)
            return context.fail(report.error());
        const EventSync::SyncReport &r = report.value();
        if (context.json) {
            Json problems = Json::array();
            for (const QString &problem : r.problems)
                problems.push_back(problem.toStdString());
            context.out << QString::fromStdString(Json {
                               {"operations_finished", r.operationsFinished},
                               {"created", r.created},
                               {"drifted", r.drifted},
                               {"deleted_in_zoom", r.deletedInZoom},
                               {"ended", r.ended},
                               {"problems", problems}}.dump())
                        << Qt::endl;
        } else {
            context.out << tr("%n pending Zoom operation(s) finished.", nullptr, r.operationsFinished) << Qt::endl
                        << tr("%n event(s) created in Zoom after getting a room.", nullptr, r.created) << Qt::endl
                        << tr("%n event(s) changed in Zoom, %1 deleted there.", nullptr, r.drifted).arg(r.deletedInZoom)
                        << Qt::endl;
            for (const QString &problem : r.problems)
                context.err << QStringLiteral("roomdeskctl: ") << problem << Qt::endl;
        }
        return r.problems.isEmpty() ? Success : Failed;
    }

    static int resolve(CommandContext &context)
    {
        const bool take = context.args.isSet(QStringLiteral("take-zoom"));
        const bool keep = context.args.isSet(QStringLiteral("keep-ours"));
        if (take == keep)
            return usage(context, tr("Choose one: --take-zoom or --keep-ours."));
        const auto choice = take ? EventSync::DriftChoice::TakeZoom : EventSync::DriftChoice::PushOurs;
        return onEvent(context,
                       [choice](EventSync &sync, qint64 id, auto done) { sync.resolveDrift(id, choice, done); });
    }

    static QList<Command> commands()
    {
        const QList<OptionSpec> form = {
            {QStringLiteral("title"), QStringLiteral("T"), tr("The event topic (at most 255 characters)")},
            {QStringLiteral("conference-name"), QStringLiteral("N"),
             tr("The Zoom topic (at most 200 characters; default: the event topic)")},
            {QStringLiteral("start"), QStringLiteral("ISO"), tr("Local start, e.g. 2026-03-02T09:30")},
            {QStringLiteral("tz"), QStringLiteral("IANA"), tr("The start's time zone, e.g. Europe/Madrid")},
            {QStringLiteral("duration"), QStringLiteral("MIN"), tr("Minutes, 1 to 1439")},
            {QStringLiteral("room"), QStringLiteral("EMAIL"), tr("A chosen room (default: allocated automatically)")},
            {QStringLiteral("capacity"), QStringLiteral("N|unlimited"), tr("Expected participants")},
            {QStringLiteral("trainer"), QStringLiteral("NAME"), tr("Who leads the session")},
            {QStringLiteral("location"), QStringLiteral("L"), tr("Where (default: online)")},
            {QStringLiteral("waiting-room"), QString(), tr("Participants wait until admitted (default)")},
            {QStringLiteral("auto-admit"), QString(), tr("Participants are admitted automatically")},
            {QStringLiteral("description"), QStringLiteral("D"), tr("The agenda (at most 2000 characters)")},
            {QStringLiteral("group"), QStringLiteral("ID|none"), tr("The participant group")},
            {QStringLiteral("pmi"), QString(), tr("Not supported: refused with the reason")},
            {QStringLiteral("recurrence"), QStringLiteral("RULE"), tr("Not supported: refused with the reason")},
        };
        return {
            {{QStringLiteral("event"), QStringLiteral("create")},
             tr("Create an event: allocate a room and create the Zoom meeting or webinar"),
             {},
             form + QList<OptionSpec> {{QStringLiteral("webinar"), QString(), tr("A webinar instead of a meeting")}},
             0,
             &EventCommands::create},
            {{QStringLiteral("event"), QStringLiteral("list")},
             tr("List events"),
             {},
             {{QStringLiteral("from"), QStringLiteral("DATE"), tr("First day")},
              {QStringLiteral("to"), QStringLiteral("DATE"), tr("Last day")},
              {QStringLiteral("status"), QStringLiteral("S"),
               tr("Only this status: pending_room, scheduled, not_started_yet, in_progress, ended, cancelled")}},
             0,
             &EventCommands::list},
            {{QStringLiteral("event"), QStringLiteral("show")},
             tr("Show an event"),
             QStringLiteral("ID"),
             {{QStringLiteral("start-url"), QString(), tr("Also fetch a fresh start link from Zoom")}},
             1,
             &EventCommands::show},
            {{QStringLiteral("event"), QStringLiteral("update")},
             tr("Change an event and its Zoom meeting"),
             QStringLiteral("ID"),
             form +
                 QList<OptionSpec> {{QStringLiteral("webinar"), QString(), tr("Refused: no conversion")},
                                    {QStringLiteral("meeting"), QString(), tr("Refused: no conversion")}},
             1,
             &EventCommands::update},
            {{QStringLiteral("event"), QStringLiteral("cancel")},
             tr("Cancel an event: delete it in Zoom and free its room"),
             QStringLiteral("ID"),
             {},
             1,
             &EventCommands::cancel},
            {{QStringLiteral("event"), QStringLiteral("sync")},
             tr("Finish pending Zoom operations, create events that got a room and find changes made in Zoom"),
             {},
             {{QStringLiteral("no-drift"), QString(), tr("Skip the check for changes made in Zoom")}},
             0,
             &EventCommands::synchronize},
            {{QStringLiteral("event"), QStringLiteral("resolve")},
             tr("Settle an event changed or deleted in Zoom"),
             QStringLiteral("ID"),
             {{QStringLiteral("take-zoom"), QString(), tr("Take Zoom's values")},
              {QStringLiteral("keep-ours"), QString(), tr("Push Roomdesk's values to Zoom")}},
             1,
             &EventCommands::resolve},
        };
    }
};

} // namespace

QList<Command> eventCommands()
{
    return EventCommands::commands();
}

} // namespace Roomdesk::Cli
