// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "reconciliationreport.h"
#include "rooms/bufferpolicy.h"
#include "rooms/roomrepository.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class RoomsCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::RoomsCommands)

public:
    static nlohmann::ordered_json toJson(const Room &room)
    {
        const auto minutes = [](const std::optional<int> &value) {
            return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
        };
        return {
            {"id", room.id},
            {"name", room.name.toStdString()},
            {"email", room.email.toStdString()},
            {"zoom_user_id",
             room.zoomUserId.isEmpty() ? nlohmann::ordered_json(nullptr)
                                       : nlohmann::ordered_json(room.zoomUserId.toStdString())},
            {"webinar", room.webinar},
            {"active", room.active},
            {"assignment", Room::assignmentName(room.assignment).toStdString()},
            {"position", room.position},
            {"prep", minutes(room.prepMinutes)},
            {"courtesy", minutes(room.courtesyMinutes)},
            {"postprocess", minutes(room.postMinutes)},
            {"notes", room.notes.toStdString()},
            {"capacity", room.capacity ? nlohmann::ordered_json(*room.capacity) : nlohmann::ordered_json(nullptr)},
        };
    }

    static QList<std::pair<QString, QString>> rowsFor(const Room &room)
    {
        const auto minutes = [](const std::optional<int> &value) {
            return value ? tr("%n minute(s)", nullptr, *value) : tr("as the policy");
        };
        return {
            {tr("Room"), QStringLiteral("%1 — %2 <%3>").arg(room.id).arg(room.name, room.email)},
            {tr("State"),
             (room.active ? tr("active") : tr("inactive")) + QStringLiteral(", ") +
                 (room.assignment == Room::Assignment::Manual ? tr("manual assignment") : tr("automatic assignment")) +
                 QStringLiteral(", ") + (room.webinar ? tr("webinar licence") : tr("meetings only"))},
            {tr("Position"), QString::number(room.position)},
            {tr("Buffers"),
             tr("preparation %1, courtesy %2, post-processing %3")
                 .arg(minutes(room.prepMinutes), minutes(room.courtesyMinutes), minutes(room.postMinutes))},
        };
    }

    // A change's outcome: what it did to the bookings (standard error), then the room.
    static int print(CommandContext &context, const Result<PoolChangeOutcome> &changed)
    {
        if (!changed)
            return context.fail(changed.error());
        reportReconciliation(context, changed.value().reconciliation);
        return print(context, *changed.value().room);
    }

    static int print(CommandContext &context, const Room &room)
    {
        if (context.json)
            context.out << QString::fromStdString(toJson(room).dump()) << Qt::endl;
        else
            context.out << ArgumentParser::formatRows(rowsFor(room));
        return Success;
    }

    // A whole number in [min, max]; nullopt after printing a usage error.
    static std::optional<int> number(CommandContext &context, const QString &option, int min, int max)
    {
        const auto value = ArgumentParser::integer(context.args, option, min, max);
        if (!value) {
            context.err << QStringLiteral("roomdeskctl: ") << value.error().message << Qt::endl;
            return std::nullopt;
        }
        return int(value.value());
    }

    // What --prep and its siblings ask for: --prep 15 the room's own buffer, --prep default
    // the policy's again, nothing when absent.
    struct BufferOption
    {
        bool valid = true;
        bool given = false;
        std::optional<int> minutes; // nullopt when given: the policy's
    };

    static BufferOption buffer(CommandContext &context, const QString &option)
    {
        BufferOption result;
        if (!context.args.isSet(option))
            return result;
        result.given = true;
        if (context.args.value(option).trimmed() == QLatin1String("default"))
            return result;
        result.minutes = number(context, option, 0, BufferPolicy::kMaxMinutes);
        result.valid = result.minutes.has_value();
        return result;
    }

    // --position and the buffer options, shared by add and set; false after a usage error.
    static bool readPlacement(CommandContext &context, RoomChange *change)
    {
        if (context.args.isSet(QStringLiteral("position"))) {
            const auto position = number(context, QStringLiteral("position"), 1, 1000000);
            if (!position)
                return false;
            change->position = *position;
        }
        if (context.args.isSet(QStringLiteral("capacity"))) {
            if (context.args.value(QStringLiteral("capacity")) == QLatin1String("unknown")) {
                change->capacity = std::optional<int>();
            } else {
                const auto capacity = number(context, QStringLiteral("capacity"), 1, 100000);
                if (!capacity)
                    return false;
                change->capacity = std::optional<int>(*capacity);
            }
        }
        for (const auto &[option, target] : {std::pair {QStringLiteral("prep"), &RoomChange::prepMinutes},
                                             std::pair {QStringLiteral("courtesy"), &RoomChange::courtesyMinutes},
                                             std::pair {QStringLiteral("postprocess"), &RoomChange::postMinutes}}) {
            const BufferOption value = buffer(context, option);
            if (!value.valid)
                return false;
            if (value.given)
                change->*target = value.minutes;
        }
        return true;
    }

    static std::optional<qint64> roomId(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.args.positional().value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err << QStringLiteral("roomdeskctl: ") << tr("Give the room's number, as “rooms list” shows it.")
                        << Qt::endl;
            return std::nullopt;
        }
        return id;
    }

    static bool conflicting(CommandContext &context, const char *a, const char *b)
    {
        if (context.args.isSet(QLatin1String(a)) && context.args.isSet(QLatin1String(b))) {
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("--%1 and --%2 contradict each other.").arg(QLatin1String(a), QLatin1String(b))
                        << Qt::endl;
            return true;
        }
        return false;
    }

    static int add(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        for (const char *needed : {"email", "name"}) {
            if (!args.isSet(QLatin1String(needed))) {
                context.err << QStringLiteral("roomdeskctl: ")
                            << tr("“rooms add” needs --%1.").arg(QLatin1String(needed)) << Qt::endl;
                return Usage;
            }
        }
        Room room;
        room.email = args.value(QStringLiteral("email"));
        room.name = args.value(QStringLiteral("name"));
        room.active = args.isSet(QStringLiteral("active"));
        room.webinar = args.isSet(QStringLiteral("webinar"));
        room.assignment = args.isSet(QStringLiteral("manual")) ? Room::Assignment::Manual : Room::Assignment::Automatic;
        room.notes = args.value(QStringLiteral("notes"));
        RoomChange placement;
        if (!readPlacement(context, &placement))
            return Usage;
        placement.applyTo(room);
        // A new active room is capacity that pending requests may be waiting for.
        return print(context, blockingCall<PoolChangeOutcome>([&](QObject *waiting, auto done) {
                         context.backend().roomPool().addRoom(room, waiting, done);
                     }));
    }

    static int list(CommandContext &context)
    {
        auto pool = blockingCall<RoomPoolSnapshot>(
            [&](QObject *waiting, auto done) { context.backend().roomPool().snapshot({}, {}, waiting, done); });
        if (!pool)
            return context.fail(pool.error());
        const QList<Room> &rooms = pool.value().rooms;
        if (context.json) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (const Room &room : rooms)
                array.push_back(toJson(room));
            context.out << QString::fromStdString(array.dump()) << Qt::endl;
            return Success;
        }
        if (rooms.isEmpty()) {
            context.out << tr("No rooms yet. Add one with “roomdeskctl rooms add --email E --name N”.") << Qt::endl;
            return Success;
        }
        QList<std::pair<QString, QString>> rows;
        for (const Room &room : rooms)
            rows.append({QStringLiteral("%1. %2").arg(room.position).arg(room.name),
                         QStringLiteral("#%1 %2 — %3, %4%5")
                             .arg(room.id)
                             .arg(room.email, room.active ? tr("active") : tr("inactive"),
                                  room.assignment == Room::Assignment::Manual ? tr("manual") : tr("automatic"),
                                  room.webinar ? tr(", webinar") : QString())});
        context.out << ArgumentParser::formatRows(rows);
        return Success;
    }

    static int set(CommandContext &context)
    {
        const auto id = roomId(context);
        if (!id)
            return Usage;
        const ParsedArguments &args = context.args;
        if (conflicting(context, "active", "inactive") || conflicting(context, "manual", "automatic") ||
            conflicting(context, "webinar", "no-webinar"))
            return Usage;
        RoomChange change;
        if (args.isSet(QStringLiteral("name")))
            change.name = args.value(QStringLiteral("name"));
        if (args.isSet(QStringLiteral("email")))
            change.email = args.value(QStringLiteral("email"));
        if (args.isSet(QStringLiteral("notes")))
            change.notes = args.value(QStringLiteral("notes"));
        if (args.isSet(QStringLiteral("active")) || args.isSet(QStringLiteral("inactive")))
            change.active = args.isSet(QStringLiteral("active"));
        if (args.isSet(QStringLiteral("manual")) || args.isSet(QStringLiteral("automatic")))
            change.assignment =
                args.isSet(QStringLiteral("manual")) ? Room::Assignment::Manual : Room::Assignment::Automatic;
        if (args.isSet(QStringLiteral("webinar")) || args.isSet(QStringLiteral("no-webinar")))
            change.webinar = args.isSet(QStringLiteral("webinar"));
        if (!readPlacement(context, &change))
            return Usage;
        // Activation, automatic assignment, a licence or other buffers change what is free.
        return print(context, blockingCall<PoolChangeOutcome>([&](QObject *waiting, auto done) {
                         context.backend().roomPool().updateRoom(*id, change, waiting, done);
                     }));
    }

    static int remove(CommandContext &context)
    {
        const auto id = roomId(context);
        if (!id)
            return Usage;
        auto removed = blockingCall<PoolChangeOutcome>(
            [&](QObject *waiting, auto done) { context.backend().roomPool().removeRoom(*id, waiting, done); });
        if (!removed)
            return context.fail(removed.error());
        if (context.json)
            context.out << QString::fromStdString(nlohmann::ordered_json({{"removed", *id}}).dump()) << Qt::endl;
        else
            context.out << tr("Room %1 removed.").arg(*id) << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        const QList<OptionSpec> buffers = {
            {QStringLiteral("prep"), QStringLiteral("M|default"), tr("The room's own preparation buffer in minutes")},
            {QStringLiteral("courtesy"), QStringLiteral("M|default"), tr("The room's own courtesy time in minutes")},
            {QStringLiteral("postprocess"), QStringLiteral("M|default"),
             tr("The room's own post-processing time in minutes")},
        };
        const OptionSpec name {QStringLiteral("name"), QStringLiteral("N"), tr("The room's name")};
        const OptionSpec email {QStringLiteral("email"), QStringLiteral("E"), tr("The Zoom host's e-mail")};
        const OptionSpec position {QStringLiteral("position"), QStringLiteral("K"),
                                   tr("Where the allocator looks at this room (1 first)")};
        const OptionSpec notes {QStringLiteral("notes"), QStringLiteral("TEXT"), tr("Notes for administrators")};
        const OptionSpec capacity {QStringLiteral("capacity"), QStringLiteral("N|unknown"),
                                   tr("How many participants the room's licence admits")};
        const OptionSpec active {QStringLiteral("active"), QString(), tr("Take part in allocation")};
        const OptionSpec manual {QStringLiteral("manual"), QString(), tr("Assigned only by hand")};
        const OptionSpec webinar {QStringLiteral("webinar"), QString(), tr("The host has a webinar licence")};
        return {
            {{QStringLiteral("rooms"), QStringLiteral("add")},
             tr("Add a room (a licensed Zoom host); new rooms are inactive unless --active"),
             {},
             QList<OptionSpec> {email, name, active, manual, webinar, position, notes, capacity} + buffers,
             0,
             &RoomsCommands::add},
            {{QStringLiteral("rooms"), QStringLiteral("list")},
             tr("List the rooms in allocation order"),
             {},
             {},
             0,
             &RoomsCommands::list},
            {{QStringLiteral("rooms"), QStringLiteral("set")},
             tr("Change a room"),
             QStringLiteral("ID"),
             QList<OptionSpec> {name,
                                email,
                                active,
                                {QStringLiteral("inactive"), QString(), tr("Leave allocation")},
                                manual,
                                {QStringLiteral("automatic"), QString(), tr("Assigned automatically")},
                                webinar,
                                {QStringLiteral("no-webinar"), QString(), tr("The host has no webinar licence")},
                                position,
                                notes,
                                capacity} +
                 buffers,
             1,
             &RoomsCommands::set},
            {{QStringLiteral("rooms"), QStringLiteral("remove")},
             tr("Remove a room"),
             QStringLiteral("ID"),
             {},
             1,
             &RoomsCommands::remove},
        };
    }
};

} // namespace

QList<Command> roomsCommands()
{
    return RoomsCommands::commands();
}

} // namespace Roomdesk::Cli
