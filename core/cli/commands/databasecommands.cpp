// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class DatabaseCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::DatabaseCommands)

public:
    static int info(CommandContext &context)
    {
        auto info = blockingCall<DatabaseInfo>(
            [&](QObject *waiting, auto done) { context.backend().databaseInfo(waiting, done); });
        if (!info)
            return context.fail(info.error());
        const DatabaseInfo &i = info.value();

        if (context.json) {
            nlohmann::ordered_json document = {
                {"path", QDir::toNativeSeparators(i.path).toStdString()},
                {"schema_version", i.schemaVersion},
                {"latest_schema_version", i.latestSchemaVersion},
                {"size_bytes", i.sizeBytes},
                {"database_id", i.databaseId.toStdString()},
                {"created_with", i.createdWith.toStdString()},
                {"journal_mode", i.journalMode.toStdString()},
            };
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
            return Success;
        }

        const QLocale locale;
        const QList<std::pair<QString, QString>> rows = {
            {tr("Path:"), QDir::toNativeSeparators(i.path)},
            {tr("Schema version:"), tr("%1 (latest known: %2)").arg(i.schemaVersion).arg(i.latestSchemaVersion)},
            {tr("Size:"), tr("%1 (%2 bytes)").arg(locale.formattedDataSize(i.sizeBytes), locale.toString(i.sizeBytes))},
            {tr("Database ID:"), i.databaseId},
            {tr("Created with:"), tr("Roomdesk %1").arg(i.createdWith)},
        };
        QString text = ArgumentParser::formatRows(rows);
        context.out << text;
        return Success;
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("db"), QStringLiteral("info")},
             tr("Show the database path, schema version and size (creates and updates the database if needed)"),
             {},
             {},
             0,
             &DatabaseCommands::info},
        };
    }
};

} // namespace

QList<Command> databaseCommands()
{
    return DatabaseCommands::commands();
}

} // namespace Roomdesk::Cli
