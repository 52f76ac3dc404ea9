// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options/argumentparser.h"
#include "result.h"

#include <QTextStream>

#include <functional>
#include <memory>

namespace Roomdesk {
class Backend;
class Clock;
class Database;
} // namespace Roomdesk

namespace Roomdesk::Cli {

enum ExitCode : int {
    Success = 0,
    Failed = 1, // the operation was refused or failed
    Usage = 2, // the command line itself was wrong
};

// What a command gets to work with. Output goes to `out` (results) and `err`
// (messages); with --json, results are one JSON document on `out`. "Now" is `clock`'s.
struct CommandContext final
{
    CommandContext(QTextStream &results, QTextStream &messages, const ParsedArguments &parsed, bool asJson,
                   QString path, const Clock &now);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    QTextStream &out;
    QTextStream &err;
    const ParsedArguments &args;
    bool json = false;
    QString databasePath;
    const Clock &clock;

    // The application layer over the database on `clock`, made on first use: one per command.
    // Its use cases are called through blockingCall (backend/blockingcall.h).
    Backend &backend();
    // The database on this thread, for the commands that still assemble their use cases from
    // repositories (request, report).
    Result<std::unique_ptr<Database>> openDatabase() const;
    // Prints the error (and, with --json, {"error":{…}} on out) and returns Failed.
    int fail(const Error &error) const;

private:
    std::unique_ptr<Backend> m_backend;
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
