// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Roomdesk {
class Clock;
class LanguageManager;
} // namespace Roomdesk

namespace Roomdesk::Cli {

// roomdeskctl: global options (--db, --json, --lang, --verbose, --help) anywhere on the
// line, then a command path ("db info") with its own options. Exit codes: see ExitCode.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::CliApplication)

public:
    // Every command reads "now" from `clock` (tests give a manual one).
    CliApplication(QTextStream &out, QTextStream &err, const Clock &clock);
    CliApplication(QTextStream &out, QTextStream &err);
    ~CliApplication();
    Q_DISABLE_COPY_MOVE(CliApplication)

    int run(const QStringList &arguments);

private:
    void chooseLanguage(const QString &requested);
    static QStringList leadingGlobals(const QStringList &arguments);
    const Command *findCommand(const QStringList &words, qsizetype *matchedWords) const;
    int runWithoutCommand(const QStringList &words, bool helpRequested);
    int usageError(const QString &message, const Command *command = nullptr);
    QString usage() const;
    static QString synopsis(const Command *command);
    QString commandUsage(const Command &command) const;
    static QList<OptionSpec> globalOptions();
    int runHelp(const QStringList &words);

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    std::unique_ptr<LanguageManager> m_languages;
    QList<Command> m_commands;
};

} // namespace Roomdesk::Cli
