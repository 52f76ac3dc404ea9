// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "clock.h"
#include "rangeoptions.h"

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
    static int writeICalendar(CommandContext &context, const QString &path, const DateRange &range, qint64 onlyRoom)
    {
        auto calendar = blockingCall<ICalendarFile>([&](QObject *waiting, auto done) {
            context.backend().roomPool().iCalendar(range.fromUtc, range.toUtc, onlyRoom, waiting, done);
        });
        if (!calendar)
            return context.fail(calendar.error());
        const QByteArray &bytes = calendar.value().bytes;
        const int pending = calendar.value().pending;
        const int bookings = calendar.value().bookings;
        const bool toStandardOutput = path == QLatin1String("-");
        if (toStandardOutput) {
            context.out << QString::fromUtf8(bytes);
            context.out.flush();
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
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
        // By default this computer's today (as a UTC day) and the six days after it.
        const QDate today = context.clock.nowUtc().toLocalTime().date();
        const auto asked =
            rangeOptions(args, DateRange::days(today, today.addDays(6)), DateRange::Bounds::DatesOrTimes);
        if (!asked || asked.value().isEmpty()) {
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
        const DateRange &range = asked.value();
        // Bookings whose blocked interval touches the range, waiting requests whose session does.
        auto pool = blockingCall<RoomPoolSnapshot>([&](QObject *waiting, auto done) {
            context.backend().roomPool().snapshot(range.fromUtc, range.toUtc, waiting, done);
        });
        if (!pool)
            return context.fail(pool.error());
        const QList<Room> &rooms = pool.value().rooms;
        const QList<RoomRequest> &requests = pool.value().requests;
        if (onlyRoom &&
            std::none_of(rooms.cbegin(), rooms.cend(), [&](const Room &room) { return room.id == onlyRoom; }))
            return context.fail({QStringLiteral("rooms.not_found"), tr("There is no room %1.").arg(onlyRoom)});

        if (args.isSet(QStringLiteral("ics")))
            return writeICalendar(context, args.value(QStringLiteral("ics")), range, onlyRoom);
        nlohmann::ordered_json document = {{"from", iso(range.fromUtc)},
                                           {"to", iso(range.toUtc)},
                                           {"rooms", nlohmann::ordered_json::array()},
                                           {"pending", nlohmann::ordered_json::array()}};
        QStringList lines;
        for (const Room &room : rooms) {
            if (onlyRoom && room.id != onlyRoom)
                continue;
            nlohmann::ordered_json bookings = nlohmann::ordered_json::array();
            lines.append(QStringLiteral("%1 <%2>").arg(room.name, room.email));
            for (const RoomRequest &request : requests) {
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
            for (const RoomRequest &request : requests) {
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
