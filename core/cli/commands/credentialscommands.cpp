// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "connectionreport.h"
#include "zoom/credentialfields.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace Roomdesk::Cli {

namespace {

using Field = CredentialFields::Field;
using State = ConnectionService::State;

struct SecretOption
{
    SecretKind kind;
    Field field;
    QString stdinOption;
    QString envOption;
};

class CredentialsCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::CredentialsCommands)

public:
    static QList<SecretOption> secretOptions()
    {
        return {
            {SecretKind::ClientSecret, Field::ClientSecret, QStringLiteral("client-secret-stdin"),
             QStringLiteral("client-secret-env")},
            {SecretKind::WebhookSecretToken, Field::WebhookSecretToken, QStringLiteral("webhook-secret-stdin"),
             QStringLiteral("webhook-secret-env")},
        };
    }

    static ConnectionService &service(CommandContext &context) { return context.backend().connection(); }

    // The profile, the stored connection and whether each secret is stored.
    static Result<State> load(CommandContext &context)
    {
        return blockingCall<State>([&](QObject *waiting, auto done) { service(context).load(waiting, done); });
    }

    static Result<std::optional<ZoomConnection>> storedConnection(CommandContext &context)
    {
        return blockingCall<std::optional<ZoomConnection>>(
            [&](QObject *waiting, auto done) { service(context).storedConnection(waiting, done); });
    }

    static int usage(CommandContext &context, const QString &message)
    {
        context.err << QStringLiteral("roomdeskctl: ") << message << Qt::endl;
        return Usage;
    }

    static int set(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        // Usage first: which option supplies what.
        int fromStdin = 0;
        for (const SecretOption &option : secretOptions()) {
            if (args.isSet(option.stdinOption) && args.isSet(option.envOption))
                return usage(
                    context,
                    tr("Give the %1 either with --%2 or with --%3, not both.")
                        .arg(CredentialFields::displayName(option.field), option.stdinOption, option.envOption));
            fromStdin += args.isSet(option.stdinOption) ? 1 : 0;
        }
        if (fromStdin > 1)
            return usage(context,
                         tr("Only one secret can come from standard input; give the other with its "
                            "--…-env option."));
        const QStringList all = {QStringLiteral("base-url"),          QStringLiteral("account-id"),
                                 QStringLiteral("client-id"),         QStringLiteral("client-secret-stdin"),
                                 QStringLiteral("client-secret-env"), QStringLiteral("webhook-secret-stdin"),
                                 QStringLiteral("webhook-secret-env")};
        if (std::none_of(all.begin(), all.end(), [&](const QString &o) { return args.isSet(o); }))
            return usage(context,
                         tr("Nothing to set: give at least one of --base-url, --account-id, --client-id or "
                            "a secret option."));

        // Then every value is checked before anything is stored.
        std::optional<QUrl> baseUrl;
        if (args.isSet(QStringLiteral("base-url"))) {
            auto parsed = CredentialFields::parseBaseUrl(args.value(QStringLiteral("base-url")));
            if (!parsed)
                return context.fail(parsed.error());
            baseUrl = parsed.value();
        }
        QHash<Field, QString> ids;
        for (const auto &[option, field] : {std::pair {QStringLiteral("account-id"), Field::AccountId},
                                            std::pair {QStringLiteral("client-id"), Field::ClientId}}) {
            if (!args.isSet(option))
                continue;
            const QString value = CredentialFields::normalized(args.value(option));
            if (auto problem = CredentialFields::problem(field, value))
                return context.fail({QStringLiteral("credentials.invalid"), *problem});
            ids.insert(field, value);
        }
        QHash<SecretKind, QByteArray> secrets;
        for (const SecretOption &option : secretOptions()) {
            QString value;
            if (args.isSet(option.envOption)) {
                const QString variable = args.value(option.envOption);
                value = qEnvironmentVariable(qPrintable(variable));
                if (value.isEmpty())
                    return context.fail({QStringLiteral("credentials.no_secret"),
                                         tr("The environment variable %1 is empty or not set; it must hold the %2.")
                                             .arg(variable, CredentialFields::displayName(option.field))});
            } else if (args.isSet(option.stdinOption)) {
                QFile input;
                if (!input.open(stdin, QIODevice::ReadOnly))
                    return context.fail(
                        {QStringLiteral("credentials.no_secret"), tr("Standard input cannot be read.")});
                value = QString::fromUtf8(input.readAll());
                if (value.trimmed().isEmpty())
                    return context.fail({QStringLiteral("credentials.no_secret"),
                                         tr("Standard input is empty; it must hold the %1.")
                                             .arg(CredentialFields::displayName(option.field))});
            } else {
                continue;
            }
            value = CredentialFields::normalized(value);
            if (auto problem = CredentialFields::problem(option.field, value))
                return context.fail({QStringLiteral("credentials.invalid"), *problem});
            secrets.insert(option.kind, value.toUtf8());
        }

        auto stored = storedConnection(context);
        if (!stored)
            return context.fail(stored.error());
        ConnectionService::Change change;
        change.connection = stored.value().value_or(ZoomConnection {});
        ZoomConnection &connection = change.connection;
        if (baseUrl)
            connection.baseUrl = *baseUrl;
        connection.accountId = ids.value(Field::AccountId, connection.accountId);
        connection.clientId = ids.value(Field::ClientId, connection.clientId);
        if (auto problem = CredentialFields::crossProblem(connection.accountId, connection.clientId))
            return context.fail({QStringLiteral("credentials.invalid"), *problem});
        if (secrets.contains(SecretKind::ClientSecret))
            change.clientSecret = secrets.value(SecretKind::ClientSecret);
        if (secrets.contains(SecretKind::WebhookSecretToken))
            change.webhookSecret = secrets.value(SecretKind::WebhookSecretToken);
        // Only secrets given: the keychain has them; no connection row is made up for them.
        change.storeConnection = baseUrl || !ids.isEmpty();

        // Secrets first: if the keychain refuses, the database keeps what it had.
        auto saved =
            blockingCall<void>([&](QObject *waiting, auto done) { service(context).save(change, waiting, done); });
        if (!saved)
            return context.fail(saved.error());
        auto state = load(context);
        if (!state)
            return context.fail(state.error());
        if (!context.json)
            context.out << tr("Saved. Run “roomdeskctl credentials test” to check the connection.") << Qt::endl;
        return printStatus(context, state.value());
    }

    static int show(CommandContext &context)
    {
        auto state = load(context);
        if (!state)
            return context.fail(state.error());
        return printStatus(context, state.value());
    }

    static int printStatus(CommandContext &context, const State &state)
    {
        const std::optional<ZoomConnection> &connection = state.connection;
        // Whether each secret is stored, never the secret; unknown from the one the keychain
        // could not tell about on (the ones after it were not asked).
        const bool clientUnknown = state.unreadable == SecretKind::ClientSecret;
        // A three-way value rather than std::optional<bool>: GCC's -O2 flow analysis reports
        // the optional's flag as maybe-uninitialized once it is inlined into nlohmann's code.
        enum class Stored { Yes, No, Unknown };
        const auto storedState = [](bool unknown, bool value) {
            return unknown ? Stored::Unknown : (value ? Stored::Yes : Stored::No);
        };
        const Stored clientStored = storedState(clientUnknown, state.clientSecretStored);
        const Stored webhookStored = storedState(state.unreadable.has_value(), state.webhookSecretStored);
        const QString keychainProblem = state.keychainProblem ? state.keychainProblem->message : QString();
        const auto toJson = [](Stored value) {
            return value == Stored::Unknown ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(value == Stored::Yes);
        };
        if (context.json) {
            nlohmann::ordered_json document = {
                {"profile", state.profileId.toStdString()},
                {"configured", connection.has_value()},
                {"base_url", connection ? connection->baseUrl.toString().toStdString() : std::string()},
                {"account_id", connection ? connection->accountId.toStdString() : std::string()},
                {"client_id", connection ? connection->clientId.toStdString() : std::string()},
                {"client_secret_stored", toJson(clientStored)},
                {"webhook_secret_stored", toJson(webhookStored)},
                {"keychain", keychainProblem.isEmpty() ? "available" : "unavailable"},
                {"verified_at", nullptr},
                {"granted_scopes", nlohmann::ordered_json::array()},
            };
            if (!keychainProblem.isEmpty())
                document["keychain_error"] = keychainProblem.toStdString();
            if (connection && connection->verifiedAtUtc.isValid())
                document["verified_at"] = connection->verifiedAtUtc.toString(Qt::ISODate).toStdString();
            if (connection) {
                for (const QString &scope : connection->grantedScopes)
                    document["granted_scopes"].push_back(scope.toStdString());
            }
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
            return Success;
        }
        const auto stored = [&](Stored value) {
            if (value == Stored::Unknown)
                return tr("unknown (keychain unavailable)");
            return value == Stored::Yes ? tr("stored in the keychain") : tr("not stored");
        };
        const auto orNotSet = [](const QString &value) { return value.isEmpty() ? tr("not set") : value; };
        QList<std::pair<QString, QString>> rows = {
            {tr("Profile"), state.profileId},
            {tr("Zoom address"), connection ? connection->baseUrl.toString() : tr("not set")},
            {CredentialFields::displayName(Field::AccountId), orNotSet(connection ? connection->accountId : QString())},
            {CredentialFields::displayName(Field::ClientId), orNotSet(connection ? connection->clientId : QString())},
            {CredentialFields::displayName(Field::ClientSecret), stored(clientStored)},
            {CredentialFields::displayName(Field::WebhookSecretToken), stored(webhookStored)},
            {tr("Last verified"),
             connection && connection->verifiedAtUtc.isValid()
                 ? tr("%1, %n scope(s) granted", nullptr, static_cast<int>(connection->grantedScopes.size()))
                       .arg(QLocale().toString(connection->verifiedAtUtc.toLocalTime(), QLocale::ShortFormat))
                 : tr("never")},
        };
        context.out << ArgumentParser::formatRows(rows);
        if (!keychainProblem.isEmpty())
            context.err << QStringLiteral("roomdeskctl: ") << keychainProblem << Qt::endl;
        return Success;
    }

    static int forget(CommandContext &context)
    {
        auto forgotten =
            blockingCall<void>([&](QObject *waiting, auto done) { service(context).forget(waiting, done); });
        // The database forgets first; a keychain error comes after that.
        if (!forgotten && forgotten.error().code.startsWith(QLatin1String("secrets.")))
            return context.fail({forgotten.error().code,
                                 tr("The Zoom connection was forgotten, but a secret could not be removed: %1")
                                     .arg(forgotten.error().message)});
        if (!forgotten)
            return context.fail(forgotten.error());
        if (context.json)
            context.out << QStringLiteral("{\"forgotten\":true}") << Qt::endl;
        else
            context.out << tr("The Zoom connection and its secrets were forgotten.") << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        QList<OptionSpec> setOptions = {
            {QStringLiteral("base-url"), QStringLiteral("URL"),
             tr("Zoom's address: https://zoom.us, https://zoomgov.com or a sandbox's")},
            {QStringLiteral("account-id"), QStringLiteral("ID"), tr("The app's Account ID")},
            {QStringLiteral("client-id"), QStringLiteral("ID"), tr("The app's Client ID")},
            {QStringLiteral("client-secret-stdin"), QString(), tr("Read the Client Secret from standard input")},
            {QStringLiteral("client-secret-env"), QStringLiteral("VAR"),
             tr("Environment variable that holds the Client Secret")},
            {QStringLiteral("webhook-secret-stdin"), QString(),
             tr("Read the webhook Secret Token from standard input")},
            {QStringLiteral("webhook-secret-env"), QStringLiteral("VAR"),
             tr("Environment variable that holds the webhook Secret Token")},
        };
        return {
            {{QStringLiteral("credentials"), QStringLiteral("set")},
             tr("Store the Zoom connection: ids in the database, secrets in the system keychain (never on the "
                "command line)"),
             {},
             setOptions,
             0,
             &CredentialsCommands::set},
            {{QStringLiteral("credentials"), QStringLiteral("show")},
             tr("Show what is configured and whether each secret is stored (never the secret)"),
             {},
             {},
             0,
             &CredentialsCommands::show},
            {{QStringLiteral("credentials"), QStringLiteral("test")},
             tr("Exchange a token with the stored credentials and check the scopes; exit 1 when that fails or a "
                "required scope is missing"),
             {},
             {},
             0,
             &testStoredConnection},
            {{QStringLiteral("credentials"), QStringLiteral("forget")},
             tr("Forget the stored Zoom connection and remove its secrets from the keychain"),
             {},
             {},
             0,
             &CredentialsCommands::forget},
        };
    }

    static int test(CommandContext &context)
    {
        auto stored = storedConnection(context);
        if (!stored)
            return context.fail(stored.error());
        const std::optional<ZoomConnection> &connection = stored.value();
        if (!connection || connection->accountId.isEmpty() || connection->clientId.isEmpty())
            return context.fail({QStringLiteral("credentials.not_configured"),
                                 tr("No Zoom connection is configured yet. Run the setup wizard, or “roomdeskctl "
                                    "credentials set --account-id … --client-id … --client-secret-stdin”.")});
        auto credentials = blockingCall<std::optional<ZoomCredentials>>(
            [&](QObject *waiting, auto done) { service(context).credentials(waiting, done); });
        if (!credentials)
            return context.fail(credentials.error());
        // The connection is complete, so only the Client Secret can be missing.
        if (!credentials.value())
            return context.fail({QStringLiteral("credentials.not_configured"),
                                 tr("The Client Secret is not stored in the keychain. Run “roomdeskctl credentials "
                                    "set --client-secret-stdin” or the setup wizard.")});
        // The service records the verification, as these are the stored credentials.
        return checkAndReport(context, *credentials.value());
    }
};

} // namespace

int testStoredConnection(CommandContext &context)
{
    return CredentialsCommands::test(context);
}

QList<Command> credentialsCommands()
{
    return CredentialsCommands::commands();
}

} // namespace Roomdesk::Cli
