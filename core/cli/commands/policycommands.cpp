// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "reconciliationreport.h"
#include "rooms/bufferpolicy.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class PolicyCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::PolicyCommands)

public:
    struct Field
    {
        const char *option; // also the JSON name, with "-" as "_"
        int BufferPolicy::*member;
        QString label;
    };

    static QList<Field> fields()
    {
        return {
            {"prep", &BufferPolicy::prepMinutes, tr("Preparation before the start")},
            {"courtesy", &BufferPolicy::courtesyMinutes, tr("Courtesy after the scheduled end")},
            {"postprocess", &BufferPolicy::postMinutes, tr("Post-processing after the courtesy time")},
            {"lead", &BufferPolicy::leadMinutes, tr("Credentials sent before the start")},
            {"end-warning", &BufferPolicy::endWarningMinutes, tr("End warning before the scheduled end")},
            {"report-deadline", &BufferPolicy::reportDeadlineMinutes, tr("Attendance report due after the end")},
        };
    }

    static int print(CommandContext &context, const BufferPolicy &policy)
    {
        if (context.json) {
            nlohmann::ordered_json document;
            for (const Field &field : fields())
                document[QString::fromLatin1(field.option).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString()] =
                    policy.*field.member;
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
            return Success;
        }
        QList<std::pair<QString, QString>> rows;
        for (const Field &field : fields())
            rows.append({field.label, tr("%n minute(s)", nullptr, policy.*field.member)});
        context.out << ArgumentParser::formatRows(rows);
        return Success;
    }

    static Result<RoomPoolSnapshot> pool(CommandContext &context)
    {
        return blockingCall<RoomPoolSnapshot>(
            [&](QObject *waiting, auto done) { context.backend().roomPool().snapshot({}, {}, waiting, done); });
    }

    static int show(CommandContext &context)
    {
        auto current = pool(context);
        if (!current)
            return context.fail(current.error());
        return print(context, current.value().policy);
    }

    static int set(CommandContext &context)
    {
        QHash<QString, int> given;
        for (const Field &field : fields()) {
            const QString option = QLatin1String(field.option);
            if (!context.args.isSet(option))
                continue;
            bool ok = false;
            const int minutes = context.args.value(option).trimmed().toInt(&ok);
            if (!ok || minutes < 0 || minutes > BufferPolicy::kMaxMinutes) {
                context.err << QStringLiteral("roomdeskctl: ")
                            << tr("The option --%1 needs whole minutes from 0 to %2.")
                                   .arg(option)
                                   .arg(BufferPolicy::kMaxMinutes)
                            << Qt::endl;
                return Usage;
            }
            given.insert(option, minutes);
        }
        if (given.isEmpty()) {
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("Nothing to set: give at least one of --prep, --courtesy, --postprocess, --lead, "
                              "--end-warning or --report-deadline.")
                        << Qt::endl;
            return Usage;
        }
        auto current = pool(context);
        if (!current)
            return context.fail(current.error());
        BufferPolicy changed = current.value().policy;
        for (const Field &field : fields()) {
            if (given.contains(QLatin1String(field.option)))
                changed.*field.member = given.value(QLatin1String(field.option));
        }
        auto saved = blockingCall<PoolChangeOutcome>(
            [&](QObject *waiting, auto done) { context.backend().roomPool().setPolicy(changed, waiting, done); });
        if (!saved)
            return context.fail(saved.error());
        reportReconciliation(context, saved.value().reconciliation);
        return print(context, changed);
    }

    static QList<Command> commands()
    {
        QList<OptionSpec> options;
        for (const Field &field : fields())
            options.append({QLatin1String(field.option), QStringLiteral("M"), field.label});
        return {
            {{QStringLiteral("policy"), QStringLiteral("show")},
             tr("Show the buffer policy in minutes"),
             {},
             {},
             0,
             &PolicyCommands::show},
            {{QStringLiteral("policy"), QStringLiteral("set")},
             tr("Change the buffer policy (minutes; rooms may override the three buffers)"),
             {},
             options,
             0,
             &PolicyCommands::set},
        };
    }
};

} // namespace

QList<Command> policyCommands()
{
    return PolicyCommands::commands();
}

} // namespace Roomdesk::Cli
