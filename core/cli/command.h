#pragma once

#include "options/argumentparser.h"
#include "result.h"

#include <QTextStream>

#include <functional>
#include <memory>

namespace Roomdesk {
class Database;
}

namespace Roomdesk::Cli {

enum ExitCode : int {
    Success = 0,
    Failed = 1, // the operation was refused or failed
    Usage = 2, // the command line itself was wrong
};

// What a command gets to work with. Output goes to `out` (results) and `err`
// (messages); with --json, results are one JSON document on `out`.
struct CommandContext final
{
    QTextStream &out;
    QTextStream &err;
    const ParsedArguments &args;
    bool json = false;
    QString databasePath;

    Result<std::unique_ptr<Database>> openDatabase() const;
    // Prints the error (and, with --json, {"error":{…}} on out) and returns Failed.
    int fail(const Error &error) const;
};

struct Command final
{
    QStringList words; // {"db", "info"}
    QString summary; // translated
    QString positionalSyntax; // e.g. "[COMMAND]", shown in the usage line
    QList<OptionSpec> options;
    int maxPositional = 0;
    std::function<int(CommandContext &)> run;
};

// The registry; built after the language is chosen, so summaries are translated.
QList<Command> versionCommands();
QList<Command> databaseCommands();
QList<Command> sandboxCommands();
QList<Command> zoomCommands();
QList<Command> credentialsCommands();
QList<Command> webhookCommands();
QList<Command> roomsCommands();
QList<Command> policyCommands();
QList<Command> requestCommands();
QList<Command> linkCommands();
QList<Command> groupCommands();
QList<Command> programCommands();
QList<Command> eventCommands();
QList<Command> calendarCommands();
QList<Command> reportCommands();

} // namespace Roomdesk::Cli
