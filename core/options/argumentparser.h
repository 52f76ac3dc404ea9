// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Roomdesk {

// One option of a command: "--name" or "--name VALUE" (also "--name=VALUE").
struct OptionSpec final
{
    QString name; // without the leading dashes
    QString valueName; // empty for a flag
    QString help; // translated
    QString shortName = {}; // one letter, optional
};

class ParsedArguments final
{
public:
    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The last occurrence wins, so a later option overrides an earlier one.
    QString value(const QString &name) const { return m_values.value(name).value(m_values.value(name).size() - 1); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    friend class ArgumentParser;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

// Parses options and positional arguments; every failure is a translated message
// suitable for a usage error (exit code 2).
class ArgumentParser final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ArgumentParser)

public:
    explicit ArgumentParser(QList<OptionSpec> options);

    // "--" ends the options; everything after it is positional.
    Result<ParsedArguments> parse(const QStringList &arguments) const;

    // The value of --NAME wherever it stands before "--" (null if absent). Used to pick the
    // language before parsing, so that even a parse error is reported in it.
    static QString peekValue(const QStringList &arguments, const QString &name);

    // Two-column help text of the options, aligned.
    QString helpText() const;
    static QString formatRows(const QList<std::pair<QString, QString>> &rows);
    // --NAME as a whole number in [min, max], or the translated usage message saying so.
    static Result<qint64> integer(const ParsedArguments &args, const QString &name, qint64 min, qint64 max);

private:
    const OptionSpec *find(const QString &name) const;
    const OptionSpec *findShort(const QString &name) const;

    QList<OptionSpec> m_options;
};

} // namespace Roomdesk
