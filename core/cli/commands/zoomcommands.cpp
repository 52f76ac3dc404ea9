// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionreport.h"

#include <QCoreApplication>

#include <algorithm>

namespace Roomdesk::Cli {

namespace {

class ZoomCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ZoomCommands)

public:
    static int check(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        const QStringList needed = {QStringLiteral("base-url"), QStringLiteral("account-id"),
                                    QStringLiteral("client-id"), QStringLiteral("client-secret-env")};
        const bool anyGiven =
            std::any_of(needed.begin(), needed.end(), [&](const QString &o) { return args.isSet(o); });
        // Without options: the stored credentials, exactly as `credentials test`.
        if (!anyGiven)
            return testStoredConnection(context);
        for (const QString &option : needed) {
            if (!args.isSet(option) || args.value(option).trimmed().isEmpty()) {
                context.err << QStringLiteral("roomdeskctl: ")
                            << tr("“zoom check” with options needs all of --base-url, --account-id, --client-id and "
                                  "--client-secret-env (--%1 is missing); without options it checks the stored "
                                  "credentials.")
                                   .arg(option)
                            << Qt::endl;
                return Usage;
            }
        }
        const QString secretVariable = args.value(QStringLiteral("client-secret-env"));
        // The secret comes from the environment, never from the command line.
        const QString secret = qEnvironmentVariable(qPrintable(secretVariable));
        if (secret.isEmpty())
            return context.fail({QStringLiteral("zoom.no_secret"),
                                 tr("The environment variable %1 is empty or not set; it must hold the Client "
                                    "Secret.")
                                     .arg(secretVariable)});

        ZoomCredentials credentials;
        credentials.baseUrl = QUrl(args.value(QStringLiteral("base-url")).trimmed());
        credentials.accountId = args.value(QStringLiteral("account-id")).trimmed();
        credentials.clientId = args.value(QStringLiteral("client-id")).trimmed();
        credentials.clientSecret = secret.trimmed();
        return checkAndReport(context, credentials);
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("zoom"), QStringLiteral("check")},
             tr("Exchange a token and list every scope as granted or missing; exit 1 when a required one is missing. "
                "Without options it uses the stored credentials"),
             {},
             {
                 {QStringLiteral("base-url"), QStringLiteral("URL"),
                  tr("Zoom's address: https://zoom.us, https://zoomgov.com or a sandbox's")},
                 {QStringLiteral("account-id"), QStringLiteral("ID"), tr("The app's Account ID")},
                 {QStringLiteral("client-id"), QStringLiteral("ID"), tr("The app's Client ID")},
                 {QStringLiteral("client-secret-env"), QStringLiteral("VAR"),
                  tr("Environment variable that holds the Client Secret")},
             },
             0,
             &ZoomCommands::check},
        };
    }
};

} // namespace

QList<Command> zoomCommands()
{
    return ZoomCommands::commands();
}

} // namespace Roomdesk::Cli
