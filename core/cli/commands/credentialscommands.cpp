#include "cli/command.h"
#include "connectionreport.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "zoom/credentialfields.h"
#include "zoom/zoomconnection.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace Roomdesk::Cli {

namespace {

using Field = CredentialFields::Field;

struct Profile
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SecretStore> secrets;
    std::optional<ZoomConnection> connection;
};

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

    static Result<Profile> openProfile(const CommandContext &context)
    {
        auto database = context.openDatabase();
        if (!database)
            return database.error();
        auto profileId = ZoomConnectionStore::profileId(*database.value());
        if (!profileId)
            return profileId.error();
        auto connection = ZoomConnectionStore::load(*database.value());
        if (!connection)
            return connection.error();
        Profile profile;
        profile.database = std::move(database.value());
        profile.secrets = std::make_unique<SecretStore>(profileId.value());
        profile.connection = connection.value();
        return profile;
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

        auto profile = openProfile(context);
        if (!profile)
            return context.fail(profile.error());
        ZoomConnection connection = profile.value().connection.value_or(ZoomConnection {});
        if (baseUrl)
            connection.baseUrl = *baseUrl;
        connection.accountId = ids.value(Field::AccountId, connection.accountId);
        connection.clientId = ids.value(Field::ClientId, connection.clientId);
        if (auto problem = CredentialFields::crossProblem(connection.accountId, connection.clientId))
            return context.fail({QStringLiteral("credentials.invalid"), *problem});

        // Secrets first: if the keychain refuses, the database keeps what it had.
        SecretStore &store = *profile.value().secrets;
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (auto stored = store.writeNow(it.key(), it.value()); !stored)
                return context.fail(stored.error());
        }
        // Only secrets given: the keychain has them; no connection row is made up for them.
        if (baseUrl || !ids.isEmpty()) {
            if (auto saved =
                    ZoomConnectionStore::save(*profile.value().database, connection, QDateTime::currentDateTimeUtc());
                !saved)
                return context.fail(saved.error());
            profile.value().connection = connection;
        }
        if (!context.json)
            context.out << tr("Saved. Run “roomdeskctl credentials test” to check the connection.") << Qt::endl;
        return printStatus(context, profile.value());
    }

    static int show(CommandContext &context)
    {
        auto profile = openProfile(context);
        if (!profile)
            return context.fail(profile.error());
        return printStatus(context, profile.value());
    }

    static int printStatus(CommandContext &context, Profile &profile)
    {
        const std::optional<ZoomConnection> &connection = profile.connection;
        // Whether each secret is stored, never the secret.
        std::optional<bool> clientStored;
        std::optional<bool> webhookStored;
        QString keychainProblem;
        for (const SecretOption &option : secretOptions()) {
            auto secret = profile.secrets->readNow(option.kind);
            if (!secret) {
                keychainProblem = secret.error().message;
                break;
            }
            (option.kind == SecretKind::ClientSecret ? clientStored : webhookStored) = secret.value().has_value();
        }
        const auto toJson = [](const std::optional<bool> &value) {
            return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
        };
        if (context.json) {
            nlohmann::ordered_json document = {
                {"profile", profile.secrets->profileId().toStdString()},
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
        const auto stored = [&](const std::optional<bool> &value) {
            if (!value)
                return tr("unknown (keychain unavailable)");
            return *value ? tr("stored in the keychain") : tr("not stored");
        };
        const auto orNotSet = [](const QString &value) { return value.isEmpty() ? tr("not set") : value; };
        QList<std::pair<QString, QString>> rows = {
            {tr("Profile"), profile.secrets->profileId()},
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
        auto profile = openProfile(context);
        if (!profile)
            return context.fail(profile.error());
        if (auto forgotten = ZoomConnectionStore::forget(*profile.value().database); !forgotten)
            return context.fail(forgotten.error());
        for (const SecretOption &option : secretOptions()) {
            if (auto removed = profile.value().secrets->removeNow(option.kind); !removed)
                return context.fail({removed.error().code,
                                     tr("The Zoom connection was forgotten, but a secret could not be removed: %1")
                                         .arg(removed.error().message)});
        }
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
        auto profile = openProfile(context);
        if (!profile)
            return context.fail(profile.error());
        const std::optional<ZoomConnection> &connection = profile.value().connection;
        if (!connection || connection->accountId.isEmpty() || connection->clientId.isEmpty())
            return context.fail({QStringLiteral("credentials.not_configured"),
                                 tr("No Zoom connection is configured yet. Run the setup wizard, or “roomdeskctl "
                                    "credentials set --account-id … --client-id … --client-secret-stdin”.")});
        auto secret = profile.value().secrets->readNow(SecretKind::ClientSecret);
        if (!secret)
            return context.fail(secret.error());
        if (!secret.value())
            return context.fail({QStringLiteral("credentials.not_configured"),
                                 tr("The Client Secret is not stored in the keychain. Run “roomdeskctl credentials "
                                    "set --client-secret-stdin” or the setup wizard.")});
        ZoomCredentials credentials;
        credentials.baseUrl = connection->baseUrl;
        credentials.accountId = connection->accountId;
        credentials.clientId = connection->clientId;
        credentials.clientSecret = QString::fromUtf8(*secret.value());
        const Database &database = *profile.value().database;
        return checkAndReport(context, credentials, [&database](const ConnectionReport &report) {
            return ZoomConnectionStore::recordVerification(database, report.checkedAtUtc, report.grantedScopes);
        });
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
