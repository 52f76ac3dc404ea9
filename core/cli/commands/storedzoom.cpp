#include "storedzoom.h"

#include "cli/command.h"
#include "secrets/secretstore.h"
#include "zoom/zoomconnection.h"

namespace Roomdesk::Cli {

Result<std::optional<ZoomCredentials>> storedCredentials(const Database &database)
{
    auto connection = ZoomConnectionStore::load(database);
    if (!connection)
        return connection.error();
    if (!connection.value() || connection.value()->accountId.isEmpty() || connection.value()->clientId.isEmpty())
        return std::optional<ZoomCredentials>();
    auto profile = ZoomConnectionStore::profileId(database);
    if (!profile)
        return profile.error();
    SecretStore secrets(profile.value());
    auto secret = secrets.readNow(SecretKind::ClientSecret);
    if (!secret)
        return secret.error();
    if (!secret.value())
        return std::optional<ZoomCredentials>();
    ZoomCredentials credentials;
    credentials.baseUrl = connection.value()->baseUrl;
    credentials.accountId = connection.value()->accountId;
    credentials.clientId = connection.value()->clientId;
    credentials.clientSecret = QString::fromUtf8(*secret.value());
    return std::optional<ZoomCredentials>(credentials);
}

Result<void> openStoredZoom(const CommandContext &context, StoredZoom &session)
{
    auto database = context.openDatabase();
    if (!database)
        return database.error();
    session.database = std::move(database.value());
    auto credentials = storedCredentials(*session.database);
    if (!credentials)
        return credentials.error();
    if (credentials.value()) {
        session.client = std::make_unique<ZoomClient>(*credentials.value());
        session.api = std::make_unique<ZoomApi>(session.client.get());
    }
    return {};
}

} // namespace Roomdesk::Cli
