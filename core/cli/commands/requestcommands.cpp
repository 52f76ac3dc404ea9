// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "rooms/allocator.h"
#include "rooms/requestform.h"
#include "rooms/requestimport.h"
#include "rooms/roomrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Roomdesk::Cli {

namespace {

class RequestCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::RequestCommands)

public:
    // ISO 8601 with the offset of the request's own zone, e.g. 2026-03-02T08:45:00+01:00.
    static nlohmann::ordered_json isoIn(const QDateTime &utc, const QString &zone)
    {
        if (!utc.isValid())
            return nullptr;
        return utc.toTimeZone(QTimeZone(zone.toUtf8())).toString(Qt::ISODate).toStdString();
    }

    static nlohmann::ordered_json toJson(const RoomRequest &request)
    {
        return {
            {"id", request.id},
            {"status", RoomRequest::statusName(request.status).toStdString()},
            {"room",
             request.roomEmail.isEmpty() || request.status != RoomRequest::Status::Allocated
                 ? nlohmann::ordered_json(nullptr)
                 : nlohmann::ordered_json(request.roomEmail.toStdString())},
            {"blocked_from", isoIn(request.blockedFromUtc, request.timeZone)},
            {"blocked_to", isoIn(request.blockedToUtc, request.timeZone)},
            {"reason", request.reason.toStdString()},
            {"title", request.title.toStdString()},
            {"kind", request.webinar ? "webinar" : "meeting"},
            {"start", isoIn(request.startUtc, request.timeZone)},
            {"time_zone", request.timeZone.toStdString()},
            {"duration", request.durationMinutes},
            {"waiting_room", request.waitingRoom},
            {"organizer", request.organizer.toStdString()},
        };
    }

    static QString describe(const RoomRequest &request)
    {
        const QString start = request.startUtc.toTimeZone(QTimeZone(request.timeZone.toUtf8())).toString(Qt::ISODate);
        switch (request.status) {
        case RoomRequest::Status::Allocated:
            return tr("Request %1 “%2” (%3, %4): room %5, blocked %6 – %7.")
                .arg(request.id)
                .arg(request.title, start, request.timeZone, request.roomEmail,
                     QString::fromStdString(isoIn(request.blockedFromUtc, request.timeZone).get<std::string>()),
                     QString::fromStdString(isoIn(request.blockedToUtc, request.timeZone).get<std::string>()));
        case RoomRequest::Status::Cancelled:
            return tr("Request %1 “%2” (%3, %4): cancelled.")
                .arg(request.id)
                .arg(request.title, start, request.timeZone);
        case RoomRequest::Status::Pending:
            break;
        }
        return tr("Request %1 “%2” (%3, %4): pending. %5")
            .arg(request.id)
            .arg(request.title, start, request.timeZone, request.reason);
    }

    static int print(CommandContext &context, const RoomRequest &request)
    {
        if (context.json)
            context.out << QString::fromStdString(toJson(request).dump()) << Qt::endl;
        else
            context.out << describe(request) << Qt::endl;
        return Success;
    }

    static int usage(CommandContext &context, const QString &message)
    {
        context.err << QStringLiteral("roomdeskctl: ") << message << Qt::endl;
        return Usage;
    }

    static int add(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        for (const char *needed : {"title", "start", "tz", "duration"}) {
            if (!args.isSet(QLatin1String(needed)))
                return usage(context, tr("“request add” needs --%1.").arg(QLatin1String(needed)));
        }
        if (args.isSet(QStringLiteral("waiting-room")) && args.isSet(QStringLiteral("auto-admit")))
            return usage(context, tr("--waiting-room and --auto-admit contradict each other."));
        bool ok = false;
        RequestForm form;
        form.durationMinutes = args.value(QStringLiteral("duration")).trimmed().toInt(&ok);
        if (!ok)
            return usage(context, tr("--duration needs whole minutes, e.g. 90."));
        form.title = args.value(QStringLiteral("title"));
        form.localStart = args.value(QStringLiteral("start"));
        form.timeZone = args.value(QStringLiteral("tz"));
        form.webinar = args.isSet(QStringLiteral("webinar"));
        form.waitingRoom = !args.isSet(QStringLiteral("auto-admit"));
        form.organizer = args.value(QStringLiteral("organizer"));
        // A start its zone cannot place is refused before the database is opened; the
        // allocator's rules after, as they always were.
        auto spec = form.toSpec();
        if (!spec && spec.error().code != QLatin1String("request.invalid"))
            return context.fail(spec.error());
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        if (!spec)
            return context.fail(spec.error());
        auto request = Allocator(*database.value()).request(spec.value(), QDateTime::currentDateTimeUtc());
        if (!request)
            return context.fail(request.error());
        return print(context, request.value());
    }

    static std::optional<qint64> requestId(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.args.positional().value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            (void)usage(context, tr("Give the request's number, as “request list” shows it."));
            return std::nullopt;
        }
        return id;
    }

    static int cancel(CommandContext &context)
    {
        const auto id = requestId(context);
        if (!id)
            return Usage;
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        auto cancelled = Allocator(*database.value()).cancel(*id);
        if (!cancelled)
            return context.fail(cancelled.error());
        return print(context, cancelled.value());
    }

    static int assign(CommandContext &context)
    {
        const auto id = requestId(context);
        if (!id)
            return Usage;
        if (!context.args.isSet(QStringLiteral("room")))
            return usage(context, tr("“request assign” needs --room with the room's e-mail."));
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        const QString email = RoomRepository::normalizedEmail(context.args.value(QStringLiteral("room")));
        auto rooms = RoomRepository(*database.value()).list();
        if (!rooms)
            return context.fail(rooms.error());
        const auto room =
            std::find_if(rooms.value().cbegin(), rooms.value().cend(), [&](const Room &r) { return r.email == email; });
        if (room == rooms.value().cend())
            return context.fail({QStringLiteral("rooms.not_found"), tr("No room has the e-mail %1.").arg(email)});
        auto assigned = Allocator(*database.value()).assign(*id, room->id);
        if (!assigned)
            return context.fail(assigned.error());
        return print(context, assigned.value());
    }

    // request import --csv FILE: a semester at once. Every row is checked first; one bad row
    // and nothing is stored, with the lines to fix.
    static int import(CommandContext &context)
    {
        if (!context.args.isSet(QStringLiteral("csv")))
            return usage(context, tr("“request import” needs --csv FILE."));
        auto rows = RequestImport::read(context.args.value(QStringLiteral("csv")));
        if (!rows)
            return context.fail(rows.error());
        const QList<RequestImport::Problem> &problems = rows.value().problems;
        if (!problems.isEmpty()) {
            for (const RequestImport::Problem &problem : problems.mid(0, 20))
                context.err << QStringLiteral("roomdeskctl: ") << problem.text() << Qt::endl;
            return context.fail(RequestImport::refusal(problems));
        }
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        auto made = RequestImport::book(*database.value(), rows.value().specs, QDateTime::currentDateTimeUtc());
        if (!made)
            return context.fail(made.error());
        const QList<RoomRequest> &imported = made.value().requests;
        if (context.json) {
            nlohmann::ordered_json document = {{"total", imported.size()},
                                               {"allocated", made.value().allocated()},
                                               {"pending", made.value().pending()},
                                               {"requests", nlohmann::ordered_json::array()}};
            for (const RoomRequest &request : imported)
                document["requests"].push_back(toJson(request));
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
            return Success;
        }
        context.out << made.value().summary() << Qt::endl;
        for (const RoomRequest &request : imported) {
            if (request.status == RoomRequest::Status::Pending)
                context.out << describe(request) << Qt::endl;
        }
        return Success;
    }

    static int list(CommandContext &context)
    {
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        auto requests = Allocator(*database.value()).list();
        if (!requests)
            return context.fail(requests.error());
        if (context.json) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (const RoomRequest &request : requests.value())
                array.push_back(toJson(request));
            context.out << QString::fromStdString(array.dump()) << Qt::endl;
            return Success;
        }
        if (requests.value().isEmpty())
            context.out << tr("No requests yet.") << Qt::endl;
        for (const RoomRequest &request : requests.value())
            context.out << describe(request) << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("request"), QStringLiteral("add")},
             tr("Request a room: the first free one is booked with its buffers, or the request waits as pending"),
             {},
             {
                 {QStringLiteral("title"), QStringLiteral("T"), tr("What the session is called")},
                 {QStringLiteral("start"), QStringLiteral("ISO"), tr("Local start, e.g. 2026-03-02T09:30")},
                 {QStringLiteral("tz"), QStringLiteral("IANA"), tr("Time zone of the start, e.g. Europe/Madrid")},
                 {QStringLiteral("duration"), QStringLiteral("MIN"), tr("Minutes, 1 to 1439")},
                 {QStringLiteral("webinar"), QString(), tr("A webinar (needs a webinar-capable room)")},
                 {QStringLiteral("waiting-room"), QString(), tr("Participants wait to be admitted (default)")},
                 {QStringLiteral("auto-admit"), QString(), tr("Participants join directly")},
                 {QStringLiteral("organizer"), QStringLiteral("NAME"), tr("Who asked for the room (optional)")},
             },
             0,
             &RequestCommands::add},
            {{QStringLiteral("request"), QStringLiteral("cancel")},
             tr("Cancel a request; its room is freed and pending requests are retried"),
             QStringLiteral("ID"),
             {},
             1,
             &RequestCommands::cancel},
            {{QStringLiteral("request"), QStringLiteral("assign")},
             tr("Give a request a room by hand (manual and inactive rooms too), if that room is free then"),
             QStringLiteral("ID"),
             {{QStringLiteral("room"), QStringLiteral("EMAIL"), tr("The room's e-mail")}},
             1,
             &RequestCommands::assign},
            {{QStringLiteral("request"), QStringLiteral("import")},
             tr("Request rooms for every row of a CSV file (title, start, tz, duration, optional webinar, "
                "admission and organizer); nothing is stored if a row is wrong"),
             {},
             {{QStringLiteral("csv"), QStringLiteral("FILE"), tr("The CSV file, UTF-8, “,” or “;” separated")}},
             0,
             &RequestCommands::import},
            {{QStringLiteral("request"), QStringLiteral("list")},
             tr("List the requests by start time"),
             {},
             {},
             0,
             &RequestCommands::list},
        };
    }
};

} // namespace

QList<Command> requestCommands()
{
    return RequestCommands::commands();
}

} // namespace Roomdesk::Cli
