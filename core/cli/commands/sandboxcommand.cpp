// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "sandbox/zoomsandbox.h"

#include <QCoreApplication>

#include <cstdio>

namespace Roomdesk::Cli {

namespace {

class SandboxCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::SandboxCommand)

public:
    static Result<SandboxOptions> options(const ParsedArguments &args)
    {
        SandboxOptions options;
        const auto number = [&args](const char *name, qint64 min, qint64 max, qint64 *out) -> Result<void> {
            const QString key = QString::fromLatin1(name);
            if (!args.isSet(key))
                return {};
            bool ok = false;
            const qint64 value = args.value(key).toLongLong(&ok);
            if (!ok || value < min || value > max)
                return Error {QStringLiteral("usage.number"),
                              tr("The option --%1 needs a whole number from %2 to %3.").arg(key).arg(min).arg(max)};
            *out = value;
            return {};
        };
        qint64 port = 0;
        qint64 seed = 1;
        qint64 users = options.users;
        qint64 ttl = options.tokenTtlSeconds;
        for (auto result :
             {number("port", 0, 65535, &port), number("seed", 0, std::numeric_limits<qint64>::max(), &seed),
              number("users", 1, 5000, &users), number("token-ttl", 1, 86400, &ttl)}) {
            if (!result)
                return result.error();
        }
        options.port = static_cast<quint16>(port);
        options.seed = static_cast<quint64>(seed);
        options.users = static_cast<int>(users);
        options.tokenTtlSeconds = static_cast<int>(ttl);
        if (args.isSet(QStringLiteral("plan"))) {
            const auto plan = zoomPlanFromName(args.value(QStringLiteral("plan")));
            if (!plan)
                return Error {
                    QStringLiteral("usage.plan"),
                    tr("Unknown plan “%1”; use free, pro or business.").arg(args.value(QStringLiteral("plan")))};
            options.plan = *plan;
        }
        auto scopes = SandboxOptions::parseScopes(args.value(QStringLiteral("scopes")));
        if (!scopes)
            return scopes.error();
        options.grantedScopes = scopes.value();
        auto faults = SandboxOptions::parseFaults(args.value(QStringLiteral("faults")));
        if (!faults)
            return faults.error();
        options.faults = faults.value();
        if (args.isSet(QStringLiteral("webhook-url"))) {
            const QUrl url(args.value(QStringLiteral("webhook-url")), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                url.host().isEmpty())
                return Error {
                    QStringLiteral("usage.webhook_url"),
                    tr("“%1” is not an http or https address.").arg(args.value(QStringLiteral("webhook-url")))};
            const QString variable = args.value(QStringLiteral("webhook-secret-env"));
            // The Secret Token comes from the environment, never from the command line.
            options.webhookSecret = qgetenv(qPrintable(variable));
            if (variable.isEmpty() || options.webhookSecret.isEmpty())
                return Error {QStringLiteral("usage.webhook_secret"),
                              tr("--webhook-url needs --webhook-secret-env naming a variable that holds the Secret "
                                 "Token.")};
            options.webhookUrl = url;
        }
        return options;
    }

    static int run(CommandContext &context)
    {
        auto parsed = options(context.args);
        if (!parsed) {
            context.err << QStringLiteral("roomdeskctl: ") << parsed.error().message << Qt::endl;
            return Usage;
        }
        ZoomSandbox sandbox(parsed.value());
        if (auto started = sandbox.start(); !started)
            return context.fail(started.error());
        // Exactly one JSON line on standard output, then serve until terminated.
        context.out << QString::fromUtf8(sandbox.startupLine()) << Qt::endl;
        context.out.flush();
        return QCoreApplication::exec();
    }

    static Command command()
    {
        return {{QStringLiteral("sandbox")},
                tr("Run the local Zoom sandbox on 127.0.0.1 and print its address and demo credentials as JSON"),
                {},
                {
                    {QStringLiteral("port"), QStringLiteral("N"), tr("Port to listen on (0: any free port)")},
                    {QStringLiteral("seed"), QStringLiteral("S"), tr("Seed of the generated data")},
                    {QStringLiteral("plan"), QStringLiteral("free|pro|business"),
                     tr("Zoom plan whose rate limits apply (default business)")},
                    {QStringLiteral("scopes"), QStringLiteral("all|required|LIST"),
                     tr("Scopes its tokens grant (default all)")},
                    {QStringLiteral("users"), QStringLiteral("N"), tr("Number of Zoom users (default 8)")},
                    {QStringLiteral("token-ttl"), QStringLiteral("SECONDS"),
                     tr("Lifetime of access tokens (default 3600)")},
                    {QStringLiteral("webhook-url"), QStringLiteral("URL"),
                     tr("Send signed webhooks (after Zoom's URL validation) to this address")},
                    {QStringLiteral("webhook-secret-env"), QStringLiteral("VAR"),
                     tr("Environment variable that holds the webhook Secret Token")},
                    {QStringLiteral("faults"), QStringLiteral("SPEC"),
                     tr("Faults to inject, e.g. latency:0.3:250ms,5xx:0.1,reset:0.05,truncate:0.05")},
                },
                0,
                &SandboxCommand::run};
    }
};

} // namespace

QList<Command> sandboxCommands()
{
    return {SandboxCommand::command()};
}

} // namespace Roomdesk::Cli
