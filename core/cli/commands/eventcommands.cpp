// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "clock.h"
#include "events/eventvalidation.h"
#include "rangeoptions.h"
#include "rooms/wallclock.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

using Json = nlohmann::ordered_json;

class EventCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::EventCommands)

public:
    static int usage(CommandContext &context, const QString &message)
    {
        context.err << QStringLiteral("roomdeskctl: ") << message << Qt::endl;
        return Usage;
    }

    // The stored connection's credentials, handed to the backend's events before the use case
    // that may call Zoom (nullopt: not connected; events are stored and wait for Zoom).
    static Result<std::optional<ZoomCredentials>> connect(CommandContext &context)
    {
        return blockingCall<std::optional<ZoomCredentials>>(
            [&](QObject *waiting, auto done) { context.backend().useStoredCredentials(waiting, done); });
    }

    static EventService &events(CommandContext &context) { return context.backend().events(); }

    static Json isoIn(const QDateTime &utc, const QString &zone)
    {
        if (!utc.isValid())
            return nullptr;
        return utc.toTimeZone(QTimeZone(zone.toUtf8())).toString(Qt::ISODate).toStdString();
    }

    static Json nullable(const QString &text) { return text.isEmpty() ? Json(nullptr) : Json(text.toStdString()); }

    static Json toJson(const Event &event, const QStringList &warnings, const QDateTime &nowUtc)
    {
        const Event::Status status = event.status(nowUtc);
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

    // The attendance reports' states of these events once they ended ("no_attendees": only the
    // host came).
    static Result<QHash<qint64, StoredReport::State>> reportStates(CommandContext &context, const QList<qint64> &ids)
    {
        return blockingCall<QHash<qint64, StoredReport::State>>(
            [&](QObject *waiting, auto done) { events(context).reportStates(ids, waiting, done); });
    }

    static Json reportJson(const QHash<qint64, StoredReport::State> &states, qint64 eventId)
    {
        const auto state = states.constFind(eventId);
        if (state == states.constEnd())
            return nullptr;
        return StoredReport::stateName(*state).toStdString();
    }

    static QString describe(const Event &event, const QDateTime &nowUtc)
    {
        const Event::Status status = event.status(nowUtc);
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

    static int print(CommandContext &context, const Result<EventSync::Outcome> &outcome)
    {
        if (!outcome)
            return context.fail(outcome.error());
        return print(context, outcome.value());
    }

    // Prints the event; exit 1 when it is not where it should be in Zoom.
    static int print(CommandContext &context, const EventSync::Outcome &outcome)
    {
        const Event &event = outcome.event;
        const QDateTime now = context.clock.nowUtc();
        if (context.json) {
            context.out << QString::fromStdString(toJson(event, outcome.warnings, now).dump()) << Qt::endl;
        } else {
            context.out << describe(event, now) << Qt::endl;
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
            // The same reading as `request add --start`; here a usage error.
            const auto local = WallClock::parseLocal(value("start"));
            if (!local) {
                (void)usage(context,
                            tr("--start needs a local date and time such as 2026-03-02T09:30, without an "
                               "offset: --tz gives the time zone."));
                return std::nullopt;
            }
            form.localStart = local.value();
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
        auto zoom = connect(context);
        if (!zoom)
            return context.fail(zoom.error());
        if (!zoom.value())
            return context.fail({QStringLiteral("event.not_connected"),
                                 tr("Zoom is not connected, so the event could not become a meeting. Run "
                                    "“roomdeskctl credentials set” or the setup wizard first.")});
        return print(context, blockingCall<EventSync::Outcome>([&](QObject *waiting, auto done) {
                         events(context).create(*form, waiting, done);
                     }));
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
        auto current = find(context, *id);
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
        if (auto zoom = connect(context); !zoom)
            return context.fail(zoom.error());
        return print(context, blockingCall<EventSync::Outcome>([&](QObject *waiting, auto done) {
                         events(context).update(*id, *form, waiting, done);
                     }));
    }

    static Result<Event> find(CommandContext &context, qint64 id)
    {
        return blockingCall<Event>([&](QObject *waiting, auto done) { events(context).find(id, waiting, done); });
    }

    // ID → one use case on that event, with Zoom → the event printed.
    using EventCall =
        std::function<void(EventService &, qint64, QObject *, EventService::Callback<EventSync::Outcome>)>;
    static int onEvent(CommandContext &context, const EventCall &call)
    {
        const auto id = eventId(context);
        if (!id)
            return Usage;
        if (auto zoom = connect(context); !zoom)
            return context.fail(zoom.error());
        return print(context, blockingCall<EventSync::Outcome>([&](QObject *waiting, auto done) {
                         call(events(context), *id, waiting, done);
                     }));
    }

    static int cancel(CommandContext &context)
    {
        return onEvent(context, [](EventService &service, qint64 id, QObject *waiting, auto done) {
            service.cancel(id, waiting, done);
        });
    }

    static int show(CommandContext &context)
    {
        const auto id = eventId(context);
        if (!id)
            return Usage;
        const bool withStartUrl = context.args.isSet(QStringLiteral("start-url"));
        auto event = find(context, *id);
        if (!event)
            return context.fail(event.error());
        QString startUrl;
        if (withStartUrl) {
            if (auto zoom = connect(context); !zoom)
                return context.fail(zoom.error());
            auto fresh = blockingCall<QString>(
                [&](QObject *waiting, auto done) { events(context).startUrl(*id, waiting, done); });
            if (!fresh)
                return context.fail(fresh.error());
            startUrl = fresh.value();
        }
        const QDateTime now = context.clock.nowUtc();
        if (context.json) {
            auto reports = reportStates(context, {*id});
            if (!reports)
                return context.fail(reports.error());
            Json json = toJson(event.value(), {}, now);
            json["report"] = reportJson(reports.value(), *id);
            if (withStartUrl)
                json["start_url"] = startUrl.toStdString();
            context.out << QString::fromStdString(json.dump()) << Qt::endl;
        } else {
            context.out << describe(event.value(), now) << Qt::endl;
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
        // Without --from and --to every event; with one of them, the other end is open.
        DateRange range;
        if (args.isSet(QStringLiteral("from")) || args.isSet(QStringLiteral("to"))) {
            const auto asked = rangeOptions(args, DateRange::days(QDate(2000, 1, 1), QDate(2099, 12, 31)));
            if (!asked)
                return usage(
                    context,
                    tr("--%1 needs a date such as 2026-03-02.")
                        .arg(asked.error() == DateRange::End::From ? QStringLiteral("from") : QStringLiteral("to")));
            range = asked.value();
        }
        auto listed = blockingCall<QList<Event>>(
            [&](QObject *waiting, auto done) { events(context).list(range.fromUtc, range.toUtc, waiting, done); });
        if (!listed)
            return context.fail(listed.error());
        const QString wanted = args.value(QStringLiteral("status")).trimmed();
        const QDateTime now = context.clock.nowUtc();
        QList<Event> shown;
        for (const Event &event : listed.value()) {
            if (wanted.isEmpty() || Event::statusName(event.status(now)) == wanted)
                shown.append(event);
        }
        if (!context.json) {
            for (const Event &event : shown)
                context.out << describe(event, now) << Qt::endl;
            return Success;
        }
        QList<qint64> ids;
        for (const Event &event : shown)
            ids.append(event.id);
        auto reports = reportStates(context, ids);
        if (!reports)
            return context.fail(reports.error());
        Json array = Json::array();
        for (const Event &event : shown) {
            Json json = toJson(event, {}, now);
            json["report"] = reportJson(reports.value(), event.id);
            array.push_back(json);
        }
        context.out << QString::fromStdString(array.dump()) << Qt::endl;
        return Success;
    }

    static int synchronize(CommandContext &context)
    {
        auto zoom = connect(context);
        if (!zoom)
            return context.fail(zoom.error());
        if (!zoom.value())
            return context.fail(
                {QStringLiteral("event.not_connected"), tr("Zoom is not connected; nothing can be synchronized.")});
        const bool drift = !context.args.isSet(QStringLiteral("no-drift"));
        // The webhooks waiting in the inbox are part of it.
        auto report = blockingCall<EventSync::SyncReport>(
            [&](QObject *waiting, auto done) { events(context).synchronize(drift, waiting, done); });
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
        return onEvent(context, [choice](EventService &service, qint64 id, QObject *waiting, auto done) {
            service.resolveDrift(id, choice, waiting, done);
        });
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
