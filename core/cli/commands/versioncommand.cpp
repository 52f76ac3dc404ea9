// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "cli/command.h"
#include "storage/migrations.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class VersionCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::VersionCommand)

public:
    static int run(CommandContext &context)
    {
        if (context.json) {
            nlohmann::ordered_json document = {
                {"name", AppInfo::name},
                {"version", AppInfo::version},
                {"qt", qVersion()},
                {"schema_version", latestSchemaVersion()},
            };
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
            return Success;
        }
        context.out << tr("%1 %2 (Qt %3, database schema %4)")
                           .arg(QLatin1String(AppInfo::name), QLatin1String(AppInfo::version),
                                QLatin1String(qVersion()))
                           .arg(latestSchemaVersion())
                    << Qt::endl;
        return Success;
    }

    static Command command()
    {
        return {{QStringLiteral("version")}, tr("Show the Roomdesk version"), {}, {}, 0, &VersionCommand::run};
    }
};

} // namespace

QList<Command> versionCommands()
{
    return {VersionCommand::command()};
}

} // namespace Roomdesk::Cli
