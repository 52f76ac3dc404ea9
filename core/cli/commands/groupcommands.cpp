// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "groups/linkcaveats.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class GroupCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::GroupCommands)

public:
    static nlohmann::ordered_json toJson(const ParticipantGroup &group)
    {
        return {
            {"id", group.id},
            {"program", group.programName.toStdString()},
            {"program_id", group.programId},
            {"name", group.name.toStdString()},
            {"platform", LinkValidator::name(group.platform).toStdString()},
            {"link", group.link.toStdString()},
            {"durations", group.hasDurations()},
        };
    }

    static QString linkText(const ParticipantGroup &group)
    {
        return group.platform == LinkPlatform::Builtin ? tr("the allocated room's join link") : group.link;
    }

    static int print(CommandContext &context, const Result<ParticipantGroup> &changed)
    {
        if (!changed)
            return context.fail(changed.error());
        return print(context, changed.value());
    }

    static int print(CommandContext &context, const ParticipantGroup &group)
    {
        if (context.json) {
            context.out << QString::fromStdString(toJson(group).dump()) << Qt::endl;
        } else {
            context.out << ArgumentParser::formatRows({
                {tr("Group"), QStringLiteral("%1 — %2").arg(group.id).arg(group.name)},
                {tr("Program"), QStringLiteral("%1 — %2").arg(group.programId).arg(group.programName)},
                {tr("Platform"), LinkValidator::displayName(group.platform)},
                {tr("Link"), linkText(group)},
                {tr("Attendance"),
                 group.hasDurations() ? tr("with durations")
                                      : tr("without durations (a link Roomdesk does not control)")},
            });
        }
        // What the administrator accepts with such a link, as the window shows it; a notice,
        // so standard output keeps only the result.
        const QStringList caveats = LinkCaveats::forPlatform(group.platform);
        if (!caveats.isEmpty()) {
            context.err << LinkCaveats::title() << QLatin1Char(':') << Qt::endl;
            for (const QString &caveat : caveats)
                context.err << QStringLiteral("  - ") << caveat << Qt::endl;
        }
        return Success;
    }

    static bool usage(CommandContext &context, const QString &message)
    {
        context.err << QStringLiteral("roomdeskctl: ") << message << Qt::endl;
        return false;
    }

    // --platform (builtin when absent unless required); nullopt after a usage error.
    static std::optional<LinkPlatform> platform(CommandContext &context, const QString &command, bool required)
    {
        if (!context.args.isSet(QStringLiteral("platform"))) {
            if (required) {
                usage(context, tr("“%1” needs --%2.").arg(command, QStringLiteral("platform")));
                return std::nullopt;
            }
            return LinkPlatform::Builtin;
        }
        const auto chosen = LinkValidator::fromName(context.args.value(QStringLiteral("platform")));
        if (!chosen)
            usage(context, tr("--platform is one of %1.").arg(LinkValidator::names().join(QStringLiteral(", "))));
        return chosen;
    }

    static std::optional<qint64> groupId(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.args.positional().value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            usage(context, tr("Give the group's number, as “group list” shows it."));
            return std::nullopt;
        }
        return id;
    }

    static bool needs(CommandContext &context, const QString &command, const QStringList &options)
    {
        for (const QString &option : options) {
            if (!context.args.isSet(option))
                return usage(context, tr("“%1” needs --%2.").arg(command, option));
        }
        return true;
    }

    static int add(CommandContext &context)
    {
        const QString command = QStringLiteral("group add");
        if (!needs(context, command, {QStringLiteral("program"), QStringLiteral("name")}))
            return Usage;
        const auto chosen = platform(context, command, false);
        if (!chosen)
            return Usage;
        ParticipantGroup group;
        group.name = context.args.value(QStringLiteral("name"));
        group.platform = *chosen;
        group.link = context.args.value(QStringLiteral("link"));
        const QString program = context.args.value(QStringLiteral("program"));
        return print(context, blockingCall<ParticipantGroup>([&](QObject *waiting, auto done) {
                         context.backend().groups().addGroupToProgram(program, group, waiting, done);
                     }));
    }

    static int list(CommandContext &context)
    {
        GroupService &service = context.backend().groups();
        std::optional<qint64> programId;
        if (context.args.isSet(QStringLiteral("program"))) {
            const QString name = context.args.value(QStringLiteral("program"));
            auto program = blockingCall<std::optional<Program>>(
                [&](QObject *waiting, auto done) { service.findProgram(name, waiting, done); });
            if (!program)
                return context.fail(program.error());
            if (!program.value())
                return context.fail(
                    {QStringLiteral("programs.not_found"),
                     tr("There is no program “%1”; “program list” shows them.").arg(name.simplified())});
            programId = program.value()->id;
        }
        auto groups = blockingCall<QList<ParticipantGroup>>(
            [&](QObject *waiting, auto done) { service.groups(programId, waiting, done); });
        if (!groups)
            return context.fail(groups.error());
        if (context.json) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (const ParticipantGroup &group : groups.value())
                array.push_back(toJson(group));
            context.out << QString::fromStdString(array.dump()) << Qt::endl;
            return Success;
        }
        if (groups.value().isEmpty()) {
            context.out << tr("No groups yet. Add one with “roomdeskctl group add --program P --name N”.") << Qt::endl;
            return Success;
        }
        // One block per program, its groups below it.
        QList<std::pair<QString, QString>> rows;
        const auto flush = [&context, &rows] {
            context.out << ArgumentParser::formatRows(rows);
            rows.clear();
        };
        qint64 program = 0;
        for (const ParticipantGroup &group : groups.value()) {
            if (group.programId != program) {
                if (program)
                    flush();
                program = group.programId;
                context.out << group.programName << Qt::endl;
            }
            rows.append({QStringLiteral("#%1 %2").arg(group.id).arg(group.name),
                         QStringLiteral("%1 — %2").arg(LinkValidator::displayName(group.platform), linkText(group))});
        }
        flush();
        return Success;
    }

    static int setLink(CommandContext &context)
    {
        const auto id = groupId(context);
        if (!id)
            return Usage;
        const auto chosen = platform(context, QStringLiteral("group set-link"), true);
        if (!chosen)
            return Usage;
        const QString link = context.args.value(QStringLiteral("link"));
        return print(context, blockingCall<ParticipantGroup>([&](QObject *waiting, auto done) {
                         context.backend().groups().setLink(*id, *chosen, link, waiting, done);
                     }));
    }

    static int rename(CommandContext &context)
    {
        const auto id = groupId(context);
        if (!id)
            return Usage;
        if (!needs(context, QStringLiteral("group rename"), {QStringLiteral("name")}))
            return Usage;
        const QString name = context.args.value(QStringLiteral("name"));
        return print(context, blockingCall<ParticipantGroup>([&](QObject *waiting, auto done) {
                         context.backend().groups().renameGroup(*id, name, waiting, done);
                     }));
    }

    static int remove(CommandContext &context)
    {
        const auto id = groupId(context);
        if (!id)
            return Usage;
        auto removed = blockingCall<void>(
            [&](QObject *waiting, auto done) { context.backend().groups().removeGroup(*id, waiting, done); });
        if (!removed)
            return context.fail(removed.error());
        if (context.json)
            context.out << QString::fromStdString(nlohmann::ordered_json({{"removed", *id}}).dump()) << Qt::endl;
        else
            context.out << tr("Group %1 removed.").arg(*id) << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        const OptionSpec platformOption {QStringLiteral("platform"), QStringLiteral("PLATFORM"),
                                         tr("builtin, zoom-custom, zoom-webinar, google-meet, telegram or teams")};
        const OptionSpec link {QStringLiteral("link"), QStringLiteral("URL"),
                               tr("The group's own link; none for the built-in Zoom room")};
        return {
            {{QStringLiteral("group"), QStringLiteral("add")},
             tr("Add a participant group to a program (created when new) with the platform it meets on"),
             {},
             {{QStringLiteral("program"), QStringLiteral("P"), tr("The program's name")},
              {QStringLiteral("name"), QStringLiteral("N"), tr("The group's name, unique within its program")},
              platformOption,
              link},
             0,
             &GroupCommands::add},
            {{QStringLiteral("group"), QStringLiteral("list")},
             tr("List the participant groups by program, with their platform and link"),
             {},
             {{QStringLiteral("program"), QStringLiteral("P"), tr("Only this program's groups")}},
             0,
             &GroupCommands::list},
            {{QStringLiteral("group"), QStringLiteral("set-link")},
             tr("Choose where a group meets; the link is checked for the platform and nothing changes if it fails"),
             QStringLiteral("ID"),
             {platformOption, link},
             1,
             &GroupCommands::setLink},
            {{QStringLiteral("group"), QStringLiteral("rename")},
             tr("Rename a participant group"),
             QStringLiteral("ID"),
             {{QStringLiteral("name"), QStringLiteral("N"), tr("The group's new name")}},
             1,
             &GroupCommands::rename},
            {{QStringLiteral("group"), QStringLiteral("remove")},
             tr("Remove a participant group; its events stay, without a group"),
             QStringLiteral("ID"),
             {},
             1,
             &GroupCommands::remove},
        };
    }
};

} // namespace

QList<Command> groupCommands()
{
    return GroupCommands::commands();
}

} // namespace Roomdesk::Cli
