// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumentparser.h"

namespace Roomdesk {

ArgumentParser::ArgumentParser(QList<OptionSpec> options)
    : m_options(std::move(options))
{}

const OptionSpec *ArgumentParser::find(const QString &name) const
{
    for (const OptionSpec &option : m_options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

const OptionSpec *ArgumentParser::findShort(const QString &name) const
{
    for (const OptionSpec &option : m_options) {
        if (!option.shortName.isEmpty() && option.shortName == name)
            return &option;
    }
    return nullptr;
}

Result<ParsedArguments> ArgumentParser::parse(const QStringList &arguments) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == QLatin1String("-") || !argument.startsWith(QLatin1Char('-'))) {
            parsed.m_positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }

        const OptionSpec *spec = nullptr;
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(QLatin1String("--"))) {
            QString name = argument.mid(2);
            if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
                inlineValue = name.mid(equals + 1);
                hasInlineValue = true;
                name.truncate(equals);
            }
            spec = find(name);
        } else if (argument.size() == 2) {
            spec = findShort(argument.mid(1));
        }
        if (!spec)
            return Error {QStringLiteral("usage.unknown_option"), tr("Unknown option “%1”.").arg(argument)};

        const QString display = QStringLiteral("--") + spec->name;
        if (spec->valueName.isEmpty()) {
            if (hasInlineValue)
                return Error {QStringLiteral("usage.unexpected_value"),
                              tr("The option %1 does not take a value.").arg(display)};
            parsed.m_values[spec->name].append(QString());
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return Error {QStringLiteral("usage.missing_value"),
                              tr("The option %1 needs a value (%2).").arg(display, spec->valueName)};
            inlineValue = arguments.at(++i);
        }
        parsed.m_values[spec->name].append(inlineValue);
    }
    return parsed;
}

QString ArgumentParser::peekValue(const QStringList &arguments, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    const QString prefix = option + QLatin1Char('=');
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(prefix))
            return argument.mid(prefix.size());
    }
    return {};
}

Result<qint64> ArgumentParser::integer(const ParsedArguments &args, const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = args.value(name).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error {QStringLiteral("usage.number"),
                      tr("The option --%1 needs a whole number from %2 to %3.").arg(name).arg(min).arg(max)};
    return value;
}

QString ArgumentParser::formatRows(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    return text;
}

QString ArgumentParser::helpText() const
{
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &option : m_options) {
        QString left = option.shortName.isEmpty() ? QString() : QStringLiteral("-%1, ").arg(option.shortName);
        left += QStringLiteral("--") + option.name;
        if (!option.valueName.isEmpty())
            left += QLatin1Char(' ') + option.valueName;
        rows.append({left, option.help});
    }
    return formatRows(rows);
}

} // namespace Roomdesk
