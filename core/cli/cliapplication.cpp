// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "backend/backend.h"
#include "clock.h"
#include "i18n/languagemanager.h"
#include "logging.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

const QString kProgram = QStringLiteral("roomdeskctl");

} // namespace

CommandContext::CommandContext(QTextStream &results, QTextStream &messages, const ParsedArguments &parsed, bool asJson,
                               QString path, const Clock &now)
    : out(results)
    , err(messages)
    , args(parsed)
    , json(asJson)
    , databasePath(std::move(path))
    , clock(now)
{}

CommandContext::~CommandContext() = default;

Backend &CommandContext::backend()
{
    if (!m_backend)
        m_backend = std::make_unique<Backend>(databasePath, clock, Backend::Role::Command);
    return *m_backend;
}

Result<std::unique_ptr<Database>> CommandContext::openDatabase() const
{
    return Database::open(databasePath);
}

int CommandContext::fail(const Error &error) const
{
    err << kProgram << ": " << error.message << Qt::endl;
    if (json) {
        nlohmann::ordered_json document;
        document["error"] = {{"code", error.code.toStdString()}, {"message", error.message.toStdString()}};
        out << QString::fromStdString(document.dump()) << Qt::endl;
    }
    return Failed;
}

CliApplication::CliApplication(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_languages(std::make_unique<LanguageManager>())
{}

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : CliApplication(out, err, Clock::system())
{}

CliApplication::~CliApplication() = default;

QList<OptionSpec> CliApplication::globalOptions()
{
    return {
        {QStringLiteral("db"), QStringLiteral("PATH"), tr("Use this database file instead of the default one")},
        {QStringLiteral("json"), QString(), tr("Print results as JSON for scripts")},
        {QStringLiteral("lang"), QStringLiteral("es|ru|en"), tr("Language of messages")},
        {QStringLiteral("verbose"), QString(), tr("Print diagnostic messages to standard error")},
        {QStringLiteral("help"), QString(), tr("Show help and exit"), QStringLiteral("h")},
    };
}

void CliApplication::chooseLanguage(const QString &requested)
{
    Settings settings;
    QString language = settings.value(SettingKeys::language);
    if (!LanguageManager::isSupported(language))
        language = LanguageManager::systemLanguage();
    if (LanguageManager::isSupported(requested))
        language = requested;
    m_languages->setLanguage(language);
}

QStringList CliApplication::leadingGlobals(const QStringList &arguments)
{
    const QList<OptionSpec> globals = globalOptions();
    QStringList leading;
    qsizetype index = 0;
    while (index < arguments.size() && arguments.at(index).startsWith(QLatin1Char('-'))) {
        const QString &argument = arguments.at(index++);
        leading.append(argument);
        const QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2) : argument.mid(1);
        const bool takesValue = std::any_of(globals.begin(), globals.end(), [&name](const OptionSpec &option) {
            return option.name == name && !option.valueName.isEmpty();
        });
        if (takesValue && index < arguments.size())
            leading.append(arguments.at(index++));
    }
    return leading;
}

const Command *CliApplication::findCommand(const QStringList &words, qsizetype *matchedWords) const
{
    // The longest command path that matches the words.
    const Command *command = nullptr;
    *matchedWords = 0;
    for (const Command &candidate : m_commands) {
        const qsizetype count = candidate.words.size();
        if (count > *matchedWords && count <= words.size() && words.mid(0, count) == candidate.words) {
            command = &candidate;
            *matchedWords = count;
        }
    }
    return command;
}

int CliApplication::runWithoutCommand(const QStringList &words, bool helpRequested)
{
    if (words.isEmpty()) {
        if (helpRequested) {
            m_out << usage();
            return Success;
        }
        return usageError(tr("No command given."));
    }
    const QString &word = words.constFirst();
    if (word == QLatin1String("help"))
        return runHelp(words.mid(1));
    const bool isGroup = std::any_of(m_commands.cbegin(), m_commands.cend(),
                                     [&word](const Command &c) { return c.words.first() == word; });
    if (isGroup)
        return usageError(tr("“%1” needs a subcommand.").arg(word));
    return usageError(tr("Unknown command “%1”.").arg(word));
}

int CliApplication::run(const QStringList &arguments)
{
    const QString requested = ArgumentParser::peekValue(arguments, QStringLiteral("lang"));
    chooseLanguage(requested);
    m_commands = versionCommands() + databaseCommands() + sandboxCommands() + zoomCommands() + credentialsCommands() +
        webhookCommands() + roomsCommands() + policyCommands() + requestCommands() + calendarCommands() +
        linkCommands() + groupCommands() + programCommands() + eventCommands() + reportCommands();
    if (!requested.isNull() && !LanguageManager::isSupported(requested))
        return usageError(tr("Unknown language “%1”; use es, ru or en.").arg(requested));

    // Global options before the command; the command's parser also accepts them later.
    const QStringList leading = leadingGlobals(arguments);
    auto leadingParsed = ArgumentParser(globalOptions()).parse(leading);
    if (!leadingParsed)
        return usageError(leadingParsed.error().message);

    const QStringList words = arguments.mid(leading.size());
    qsizetype matchedWords = 0;
    const Command *command = findCommand(words, &matchedWords);
    if (!command)
        return runWithoutCommand(words, leadingParsed.value().isSet(QStringLiteral("help")));

    auto parsed = ArgumentParser(command->options + globalOptions()).parse(leading + words.mid(matchedWords));
    if (!parsed)
        return usageError(parsed.error().message, command);
    const ParsedArguments &args = parsed.value();
    if (args.isSet(QStringLiteral("help"))) {
        m_out << commandUsage(*command);
        return Success;
    }
    if (args.positional().size() > command->maxPositional)
        return usageError(tr("Unexpected argument “%1”.").arg(args.positional().at(command->maxPositional)), command);

    Logging::configure(args.isSet(QStringLiteral("verbose")) ? Logging::Verbosity::Verbose : Logging::Verbosity::Quiet);

    CommandContext context(
        m_out, m_err, args, args.isSet(QStringLiteral("json")),
        args.isSet(QStringLiteral("db")) ? args.value(QStringLiteral("db")) : Database::defaultPath(), m_clock);
    if (context.databasePath.trimmed().isEmpty())
        return usageError(tr("The option --db needs a file path."), command);
    const int code = command->run(context);
    m_out.flush();
    m_err.flush();
    return code;
}

int CliApplication::runHelp(const QStringList &words)
{
    if (words.isEmpty()) {
        m_out << usage();
        return Success;
    }
    for (const Command &command : std::as_const(m_commands)) {
        if (command.words == words) {
            m_out << commandUsage(command);
            return Success;
        }
    }
    return usageError(tr("Unknown command “%1”.").arg(words.join(QLatin1Char(' '))));
}

QString CliApplication::synopsis(const Command *command)
{
    if (!command)
        return kProgram + QLatin1Char(' ') + tr("[global options] <command> [options]");
    QString line = kProgram + QLatin1Char(' ') + command->words.join(QLatin1Char(' '));
    if (!command->options.isEmpty())
        line += QLatin1Char(' ') + tr("[options]");
    if (!command->positionalSyntax.isEmpty())
        line += QLatin1Char(' ') + command->positionalSyntax;
    return line;
}

int CliApplication::usageError(const QString &message, const Command *command)
{
    m_err << kProgram << ": " << message << '\n';
    m_err << tr("Usage: %1").arg(synopsis(command)) << '\n';
    m_err << tr("Run “%1 --help” for the list of commands and options.").arg(kProgram) << Qt::endl;
    return Usage;
}

QString CliApplication::usage() const
{
    QString text = tr("Usage: %1").arg(synopsis(nullptr)) + QLatin1String("\n\n");
    text += tr("Roomdesk from the command line: the scriptable twin of the Roomdesk window.") + QLatin1String("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> rows;
    for (const Command &command : m_commands) {
        QString left = command.words.join(QLatin1Char(' '));
        if (!command.positionalSyntax.isEmpty())
            left += QLatin1Char(' ') + command.positionalSyntax;
        rows.append({left, command.summary});
    }
    rows.append({QStringLiteral("help [COMMAND]"), tr("Show help for a command")});
    text += ArgumentParser::formatRows(rows) + QLatin1Char('\n');
    text += tr("Global options:") + QLatin1Char('\n') + ArgumentParser(globalOptions()).helpText() + QLatin1Char('\n');
    text += tr("Exit status: 0 success, 1 refused or failed, 2 wrong usage.") + QLatin1Char('\n');
    return text;
}

QString CliApplication::commandUsage(const Command &command) const
{
    QString text =
        tr("Usage: %1").arg(synopsis(&command)) + QLatin1String("\n\n") + command.summary + QLatin1String("\n\n");
    if (!command.options.isEmpty())
        text += tr("Options:") + QLatin1Char('\n') + ArgumentParser(command.options).helpText() + QLatin1Char('\n');
    text += tr("Global options:") + QLatin1Char('\n') + ArgumentParser(globalOptions()).helpText();
    return text;
}

} // namespace Roomdesk::Cli
