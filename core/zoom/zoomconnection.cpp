// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomconnection.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

namespace Roomdesk {

Result<std::optional<ZoomConnection>> ZoomConnectionStore::load(const Database &database)
{
    SqlStatement select(database.connection(),
                        QStringLiteral("SELECT base_url, account_id, client_id, verified_at, granted_scopes, "
                                       "updated_at FROM zoom_connection WHERE id = 1"));
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return std::optional<ZoomConnection>();
    ZoomConnection connection;
    connection.baseUrl = QUrl(select.value(0).toString());
    connection.accountId = select.value(1).toString();
    connection.clientId = select.value(2).toString();
    connection.verifiedAtUtc = QDateTime::fromString(select.value(3).toString(), Qt::ISODateWithMs);
    const QString scopes = select.value(4).toString();
    connection.grantedScopes = scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    connection.updatedAtUtc = QDateTime::fromString(select.value(5).toString(), Qt::ISODateWithMs);
    return std::optional<ZoomConnection>(connection);
}

Result<void> ZoomConnectionStore::save(const Database &database, const ZoomConnection &connection,
                                       const QDateTime &nowUtc)
{
    // The verification survives only if what it verified did not change.
    SqlStatement upsert(
        database.connection(),
        QStringLiteral(
            "INSERT INTO zoom_connection (id, base_url, account_id, client_id, verified_at, granted_scopes, "
            "updated_at) VALUES (1, :base, :account, :client, NULL, NULL, :now) "
            "ON CONFLICT (id) DO UPDATE SET "
            " verified_at = CASE WHEN base_url = excluded.base_url AND account_id = excluded.account_id"
            "  AND client_id = excluded.client_id THEN verified_at END,"
            " granted_scopes = CASE WHEN base_url = excluded.base_url AND account_id = excluded.account_id"
            "  AND client_id = excluded.client_id THEN granted_scopes END,"
            " base_url = excluded.base_url, account_id = excluded.account_id, client_id = excluded.client_id,"
            " updated_at = excluded.updated_at"));
    // A null QString would be bound as SQL NULL; a missing id is an empty one.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    upsert.bind(QStringLiteral(":base"), text(connection.baseUrl.toString()))
        .bind(QStringLiteral(":account"), text(connection.accountId))
        .bind(QStringLiteral(":client"), text(connection.clientId))
        .bind(QStringLiteral(":now"), nowUtc.toUTC().toString(Qt::ISODateWithMs));
    return upsert.exec();
}

Result<void> ZoomConnectionStore::recordVerification(const Database &database, const QDateTime &verifiedAtUtc,
                                                     const QStringList &grantedScopes)
{
    SqlStatement update(database.connection(),
                        QStringLiteral("UPDATE zoom_connection SET verified_at = :at, granted_scopes = :scopes "
                                       "WHERE id = 1"));
    update.bind(QStringLiteral(":at"), verifiedAtUtc.toUTC().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":scopes"), grantedScopes.join(QLatin1Char(' ')));
    return update.exec();
}

Result<void> ZoomConnectionStore::forget(const Database &database)
{
    return SqlStatement(database.connection(), QStringLiteral("DELETE FROM zoom_connection")).exec();
}

Result<QString> ZoomConnectionStore::profileId(const Database &database)
{
    SqlStatement select(database.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = 'database_id'"));
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next() || select.value(0).toString().isEmpty())
        return Error {QStringLiteral("db.no_profile"),
                      tr("The database has no profile id; it was not created by "
                         "Roomdesk.")};
    return select.value(0).toString();
}

} // namespace Roomdesk
