// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class ProgramCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ProgramCommands)

public:
    static std::optional<qint64> programId(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.args.positional().value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("Give the program's number, as “program list” shows it.") << Qt::endl;
            return std::nullopt;
        }
        return id;
    }

    static int list(CommandContext &context)
    {
        auto snapshot = blockingCall<GroupSnapshot>(
            [&](QObject *waiting, auto done) { context.backend().groups().snapshot(waiting, done); });
        if (!snapshot)
            return context.fail(snapshot.error());
        const QList<Program> &programs = snapshot.value().programs;
        QHash<qint64, int> counts;
        for (const ParticipantGroup &group : snapshot.value().groups)
            ++counts[group.programId];
        if (context.json) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (const Program &program : programs)
                array.push_back(
                    {{"id", program.id}, {"name", program.name.toStdString()}, {"groups", counts.value(program.id)}});
            context.out << QString::fromStdString(array.dump()) << Qt::endl;
            return Success;
        }
        if (programs.isEmpty()) {
            context.out << tr("No programs yet. “roomdeskctl group add --program P --name N” creates one with its "
                              "first group.")
                        << Qt::endl;
            return Success;
        }
        QList<std::pair<QString, QString>> rows;
        for (const Program &program : programs)
            rows.append({QStringLiteral("#%1 %2").arg(program.id).arg(program.name),
                         tr("%n group(s)", nullptr, counts.value(program.id))});
        context.out << ArgumentParser::formatRows(rows);
        return Success;
    }

    static int rename(CommandContext &context)
    {
        const auto id = programId(context);
        if (!id)
            return Usage;
        if (!context.args.isSet(QStringLiteral("name"))) {
            context.err << QStringLiteral("roomdeskctl: ") << tr("“program rename” needs --name.") << Qt::endl;
            return Usage;
        }
        const QString name = context.args.value(QStringLiteral("name"));
        auto renamed = blockingCall<Program>(
            [&](QObject *waiting, auto done) { context.backend().groups().renameProgram(*id, name, waiting, done); });
        if (!renamed)
            return context.fail(renamed.error());
        if (context.json)
            context.out << QString::fromStdString(nlohmann::ordered_json({{"id", renamed.value().id},
                                                                          {"name", renamed.value().name.toStdString()}})
                                                      .dump())
                        << Qt::endl;
        else
            context.out << tr("Program %1 is now “%2”.").arg(renamed.value().id).arg(renamed.value().name) << Qt::endl;
        return Success;
    }

    static int remove(CommandContext &context)
    {
        const auto id = programId(context);
        if (!id)
            return Usage;
        auto removed = blockingCall<void>(
            [&](QObject *waiting, auto done) { context.backend().groups().removeProgram(*id, waiting, done); });
        if (!removed)
            return context.fail(removed.error());
        if (context.json)
            context.out << QString::fromStdString(nlohmann::ordered_json({{"removed", *id}}).dump()) << Qt::endl;
        else
            context.out << tr("Program %1 and its groups removed.").arg(*id) << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("program"), QStringLiteral("list")},
             tr("List the programs and how many groups each has"),
             {},
             {},
             0,
             &ProgramCommands::list},
            {{QStringLiteral("program"), QStringLiteral("rename")},
             tr("Rename a program"),
             QStringLiteral("ID"),
             {{QStringLiteral("name"), QStringLiteral("N"), tr("The program's new name")}},
             1,
             &ProgramCommands::rename},
            {{QStringLiteral("program"), QStringLiteral("remove")},
             tr("Remove a program and its groups; their events stay, without a group"),
             QStringLiteral("ID"),
             {},
             1,
             &ProgramCommands::remove},
        };
    }
};

} // namespace

QList<Command> programCommands()
{
    return ProgramCommands::commands();
}

} // namespace Roomdesk::Cli
