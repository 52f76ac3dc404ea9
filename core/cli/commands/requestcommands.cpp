#include "cli/command.h"
#include "csv/csvreader.h"
#include "rooms/allocator.h"
#include "rooms/roomrepository.h"
#include "rooms/wallclock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
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
        const int duration = args.value(QStringLiteral("duration")).trimmed().toInt(&ok);
        if (!ok)
            return usage(context, tr("--duration needs whole minutes, e.g. 90."));
        auto start = WallClock::toUtc(args.value(QStringLiteral("start")), args.value(QStringLiteral("tz")));
        if (!start)
            return context.fail(start.error());
        RoomRequestSpec spec;
        spec.title = args.value(QStringLiteral("title"));
        spec.webinar = args.isSet(QStringLiteral("webinar"));
        spec.startUtc = start.value();
        spec.timeZone = args.value(QStringLiteral("tz")).trimmed();
        spec.durationMinutes = duration;
        spec.waitingRoom = !args.isSet(QStringLiteral("auto-admit"));
        spec.organizer = args.value(QStringLiteral("organizer"));
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        auto request = Allocator(*database.value()).request(spec, QDateTime::currentDateTimeUtc());
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
        const QString path = context.args.value(QStringLiteral("csv"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                {QStringLiteral("import.read"), tr("“%1” cannot be read: %2").arg(path, file.errorString())});
        auto rows = CsvReader::parse(file.readAll());
        if (!rows)
            return context.fail(rows.error());
        if (rows.value().isEmpty())
            return context.fail({QStringLiteral("import.empty"), tr("“%1” has no header line.").arg(path)});
        const QStringList known = {QStringLiteral("title"),    QStringLiteral("start"),   QStringLiteral("tz"),
                                   QStringLiteral("duration"), QStringLiteral("webinar"), QStringLiteral("admission"),
                                   QStringLiteral("organizer")};
        QHash<QString, qsizetype> column;
        const QStringList header = rows.value().constFirst().fields;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            if (!known.contains(name))
                return context.fail({QStringLiteral("import.header"),
                                     tr("Unknown column “%1”; the columns are title, start, tz, duration and, "
                                        "optionally, webinar, admission and organizer.")
                                         .arg(header.at(i))});
            column.insert(name, i);
        }
        for (const QString &needed : known.mid(0, 4)) {
            if (!column.contains(needed))
                return context.fail({QStringLiteral("import.header"), tr("The column “%1” is missing.").arg(needed)});
        }
        const auto cell = [&column](const CsvReader::Row &row, const QString &name) {
            return column.contains(name) ? row.fields.value(column.value(name)).trimmed() : QString();
        };
        QList<RoomRequestSpec> specs;
        QStringList problems;
        for (const CsvReader::Row &row : rows.value().mid(1)) {
            const auto problem = [&](const QString &message) {
                problems.append(tr("line %1: %2").arg(row.line).arg(message));
            };
            RoomRequestSpec spec;
            spec.title = cell(row, QStringLiteral("title"));
            spec.timeZone = cell(row, QStringLiteral("tz"));
            auto start = WallClock::toUtc(cell(row, QStringLiteral("start")), spec.timeZone);
            if (!start) {
                problem(start.error().message);
                continue;
            }
            spec.startUtc = start.value();
            bool ok = false;
            spec.durationMinutes = cell(row, QStringLiteral("duration")).toInt(&ok);
            if (!ok) {
                problem(tr("the duration “%1” is not whole minutes.").arg(cell(row, QStringLiteral("duration"))));
                continue;
            }
            const QString webinar = cell(row, QStringLiteral("webinar")).toLower();
            if (!QStringList {QString(), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("true"),
                              QStringLiteral("false"), QStringLiteral("1"), QStringLiteral("0")}
                     .contains(webinar)) {
                problem(tr("webinar is yes or no, not “%1”.").arg(webinar));
                continue;
            }
            spec.webinar =
                webinar == QLatin1String("yes") || webinar == QLatin1String("true") || webinar == QLatin1String("1");
            const QString admission = cell(row, QStringLiteral("admission")).toLower();
            if (!QStringList {QString(), QStringLiteral("waiting-room"), QStringLiteral("auto-admit")}.contains(
                    admission)) {
                problem(tr("admission is waiting-room or auto-admit, not “%1”.").arg(admission));
                continue;
            }
            spec.waitingRoom = admission != QLatin1String("auto-admit");
            spec.organizer = cell(row, QStringLiteral("organizer"));
            if (auto bad = Allocator::problem(spec)) {
                problem(*bad);
                continue;
            }
            specs.append(spec);
        }
        if (!problems.isEmpty()) {
            for (const QString &line : problems.mid(0, 20))
                context.err << QStringLiteral("roomdeskctl: ") << line << Qt::endl;
            return context.fail(
                {QStringLiteral("import.invalid"),
                 tr("%n row(s) to fix; nothing was imported.", nullptr, static_cast<int>(problems.size()))});
        }
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        // One transaction: the whole file is booked, or nothing when the database refuses.
        auto made = Allocator(*database.value()).requestAll(specs, QDateTime::currentDateTimeUtc());
        if (!made)
            return context.fail(made.error());
        const QList<RoomRequest> &imported = made.value();
        const auto allocated = std::count_if(imported.cbegin(), imported.cend(), [](const RoomRequest &r) {
            return r.status == RoomRequest::Status::Allocated;
        });
        const int pending = static_cast<int>(imported.size() - allocated);
        if (context.json) {
            nlohmann::ordered_json document = {{"total", imported.size()},
                                               {"allocated", allocated},
                                               {"pending", pending},
                                               {"requests", nlohmann::ordered_json::array()}};
            for (const RoomRequest &request : imported)
                document["requests"].push_back(toJson(request));
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
            return Success;
        }
        context.out << tr("%n request(s) imported", nullptr, static_cast<int>(imported.size())) << QStringLiteral(": ")
                    << tr("%n allocated", nullptr, static_cast<int>(allocated)) << QStringLiteral(", ")
                    << tr("%n pending", nullptr, pending) << QLatin1Char('.') << Qt::endl;
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
