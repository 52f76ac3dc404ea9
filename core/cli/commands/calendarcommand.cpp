#include "calendar/icalendarexport.h"
#include "cli/command.h"
#include "clock.h"
#include "rooms/allocator.h"
#include "rooms/roomrepository.h"
#include "storage/database.h"
#include "zoom/zoomconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class CalendarCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::CalendarCommand)

public:
    // "2026-03-02" (midnight UTC) or a full ISO 8601 time with its offset.
    static std::optional<QDateTime> instant(const QString &text, bool endOfDay)
    {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
        const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            return std::nullopt;
        return time.toUTC();
    }

    static std::string iso(const QDateTime &utc) { return utc.toUTC().toString(Qt::ISODate).toStdString(); }

    static nlohmann::ordered_json entry(const RoomRequest &request)
    {
        nlohmann::ordered_json item = {
            {"id", request.id},
            {"title", request.title.toStdString()},
            {"kind", request.webinar ? "webinar" : "meeting"},
            {"start", iso(request.startUtc)},
            {"end", iso(request.startUtc.addSecs(qint64(request.durationMinutes) * 60))},
            {"time_zone", request.timeZone.toStdString()},
        };
        if (request.status == RoomRequest::Status::Allocated) {
            item["blocked_from"] = iso(request.blockedFromUtc);
            item["blocked_to"] = iso(request.blockedToUtc);
        } else {
            item["reason"] = request.reason.toStdString();
        }
        return item;
    }

    // `--ics FILE`: the file appears whole or not at all (QSaveFile); "-" is standard output.
    static int writeICalendar(CommandContext &context, const QString &path, const ICalendarExport &calendar)
    {
        auto bytes = calendar.toICalendar(Clock::system().nowUtc());
        if (!bytes)
            return context.fail(bytes.error());
        const QList<RoomRequest> events = calendar.events();
        const int pending = int(std::count_if(events.cbegin(), events.cend(), [](const RoomRequest &request) {
            return request.status == RoomRequest::Status::Pending;
        }));
        const int bookings = int(events.size()) - pending;
        const bool toStandardOutput = path == QLatin1String("-");
        if (toStandardOutput) {
            context.out << QString::fromUtf8(bytes.value());
            context.out.flush();
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
                return context.fail({QStringLiteral("calendar.write"),
                                     tr("Cannot write the calendar to %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())});
        }
        // With the calendar on standard output, the summary goes with the other messages.
        QTextStream &summary = toStandardOutput ? context.err : context.out;
        QString line = toStandardOutput
            ? tr("Wrote %n booking(s) to standard output.", nullptr, bookings)
            : tr("Wrote %n booking(s) to %1.", nullptr, bookings).arg(QDir::toNativeSeparators(path));
        if (pending > 0)
            line += QLatin1Char(' ') + tr("%n pending request(s) included as tentative.", nullptr, pending);
        summary << line << Qt::endl;
        return Success;
    }

    static int run(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        if (context.json && args.isSet(QStringLiteral("ics"))) {
            context.err << QStringLiteral("roomdeskctl: ") << tr("--json and --ics are two outputs; choose one.")
                        << Qt::endl;
            return Usage;
        }
        const QDateTime today(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
        std::optional<QDateTime> from = today;
        std::optional<QDateTime> to = today.addDays(7);
        if (args.isSet(QStringLiteral("from")))
            from = instant(args.value(QStringLiteral("from")), false);
        if (args.isSet(QStringLiteral("to")))
            to = instant(args.value(QStringLiteral("to")), true);
        if (!from || !to || *to <= *from) {
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("--from and --to take dates such as 2026-03-02 (or times with an offset), and --to "
                              "comes after --from.")
                        << Qt::endl;
            return Usage;
        }
        qint64 onlyRoom = 0;
        if (args.isSet(QStringLiteral("room"))) {
            bool ok = false;
            onlyRoom = args.value(QStringLiteral("room")).toLongLong(&ok);
            if (!ok || onlyRoom <= 0) {
                context.err << QStringLiteral("roomdeskctl: ") << tr("--room takes a room's number.") << Qt::endl;
                return Usage;
            }
        }
        auto database = context.openDatabase();
        if (!database)
            return context.fail(database.error());
        auto rooms = RoomRepository(*database.value()).list();
        if (!rooms)
            return context.fail(rooms.error());
        // Bookings whose blocked interval touches the range, waiting requests whose session does.
        auto requests = Allocator(*database.value()).listBetween(*from, *to);
        if (!requests)
            return context.fail(requests.error());
        if (onlyRoom && std::none_of(rooms.value().cbegin(), rooms.value().cend(), [&](const Room &room) {
                return room.id == onlyRoom;
            }))
            return context.fail({QStringLiteral("rooms.not_found"), tr("There is no room %1.").arg(onlyRoom)});

        if (args.isSet(QStringLiteral("ics"))) {
            // The profile id keeps UIDs apart across databases and the same across exports.
            auto profile = ZoomConnectionStore::profileId(*database.value());
            if (!profile)
                return context.fail(profile.error());
            ICalendarExport calendar(rooms.value(), requests.value(), profile.value());
            if (onlyRoom)
                calendar.setRoomFilter(onlyRoom);
            return writeICalendar(context, args.value(QStringLiteral("ics")), calendar);
        }
        nlohmann::ordered_json document = {{"from", iso(*from)},
                                           {"to", iso(*to)},
                                           {"rooms", nlohmann::ordered_json::array()},
                                           {"pending", nlohmann::ordered_json::array()}};
        QStringList lines;
        for (const Room &room : rooms.value()) {
            if (onlyRoom && room.id != onlyRoom)
                continue;
            nlohmann::ordered_json bookings = nlohmann::ordered_json::array();
            lines.append(QStringLiteral("%1 <%2>").arg(room.name, room.email));
            for (const RoomRequest &request : requests.value()) {
                if (request.status != RoomRequest::Status::Allocated || request.roomId != room.id)
                    continue;
                bookings.push_back(entry(request));
                lines.append(QStringLiteral("  %1 – %2  #%3 %4")
                                 .arg(QString::fromStdString(iso(request.startUtc)),
                                      QString::fromStdString(
                                          iso(request.startUtc.addSecs(qint64(request.durationMinutes) * 60))))
                                 .arg(request.id)
                                 .arg(request.title));
            }
            document["rooms"].push_back({{"id", room.id},
                                         {"name", room.name.toStdString()},
                                         {"email", room.email.toStdString()},
                                         {"bookings", bookings}});
        }
        if (!onlyRoom) {
            for (const RoomRequest &request : requests.value()) {
                if (request.status == RoomRequest::Status::Pending) {
                    document["pending"].push_back(entry(request));
                    lines.append(tr("pending: %1 #%2 %3")
                                     .arg(QString::fromStdString(iso(request.startUtc)))
                                     .arg(request.id)
                                     .arg(request.title));
                }
            }
        }
        if (context.json)
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
        else
            context.out << lines.join(QLatin1Char('\n')) << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("calendar")},
             tr("The rooms' bookings (blocked time with buffers) and the pending requests in a date range"),
             {},
             {
                 {QStringLiteral("from"), QStringLiteral("D"), tr("First day, e.g. 2026-03-02 (default: today, UTC)")},
                 {QStringLiteral("to"), QStringLiteral("D"), tr("Last day, included (default: a week)")},
                 {QStringLiteral("room"), QStringLiteral("ID"), tr("Only this room")},
                 {QStringLiteral("ics"), QStringLiteral("FILE"),
                  tr("Write an iCalendar file for calendar applications instead (- for standard output)")},
             },
             0,
             &CalendarCommand::run},
        };
    }
};

} // namespace

QList<Command> calendarCommands()
{
    return CalendarCommand::commands();
}

} // namespace Roomdesk::Cli
