#include "cli/command.h"
#include "zoom/scopecatalog.h"
#include "zoom/zoomclient.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <nlohmann/json.hpp>

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
        for (const QString &option : needed) {
            if (!args.isSet(option) || args.value(option).trimmed().isEmpty()) {
                context.err
                    << QStringLiteral("roomdeskctl: ")
                    << tr("“zoom check” needs --%1 (stored credentials arrive with the setup wizard).").arg(option)
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

        ZoomClient client(credentials);
        QEventLoop loop;
        std::optional<Result<ZoomToken, ZoomError>> outcome;
        client.tokens().token(&loop, [&](const Result<ZoomToken, ZoomError> &result) {
            outcome = result;
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        if (!outcome->ok())
            return context.fail(outcome->error().toError());
        const ZoomToken &token = outcome->value();

        QStringList missingRequired;
        nlohmann::ordered_json scopes = nlohmann::ordered_json::array();
        QList<std::pair<QString, QString>> rows;
        for (const ScopeInfo &scope : ScopeCatalog::all()) {
            const bool granted = token.scopes.contains(scope.name);
            if (scope.required && !granted)
                missingRequired.append(scope.name);
            scopes.push_back({{"scope", scope.name.toStdString()},
                              {"required", scope.required},
                              {"granted", granted},
                              {"purpose", scope.purpose.toStdString()}});
            rows.append({(granted ? tr("granted") : tr("missing")) + QLatin1Char(' ') +
                             (scope.required ? tr("required") : tr("optional")) + QLatin1Char(' ') + scope.name,
                         scope.purpose});
        }

        if (context.json) {
            nlohmann::ordered_json document = {
                {"api_url", token.apiUrl.toString().toStdString()},
                {"expires_at", token.expiresAtUtc.toString(Qt::ISODate).toStdString()},
                {"scopes", scopes},
                {"missing_required", nlohmann::json::array()},
            };
            for (const QString &scope : missingRequired)
                document["missing_required"].push_back(scope.toStdString());
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
        } else {
            context.out << tr("Token received from %1; API at %2.")
                               .arg(credentials.tokenUrl().toString(), token.apiUrl.toString())
                        << '\n'
                        << ArgumentParser::formatRows(rows);
        }
        if (!missingRequired.isEmpty()) {
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.", nullptr,
                              static_cast<int>(missingRequired.size()))
                        << Qt::endl;
            return Failed;
        }
        return Success;
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("zoom"), QStringLiteral("check")},
             tr("Exchange a token and list every scope as granted or missing; exit 1 when a required one is missing"),
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
