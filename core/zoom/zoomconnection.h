// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Roomdesk {

class Database;

// What a database remembers of its Zoom connection: nothing secret. The Client Secret and
// the webhook Secret Token are in the keychain under the database's profile id.
struct ZoomConnection final
{
    QUrl baseUrl = QUrl(QStringLiteral("https://zoom.us"));
    QString accountId;
    QString clientId;
    QDateTime verifiedAtUtc; // last successful token exchange (null: never)
    QStringList grantedScopes; // as that token granted them
    QDateTime updatedAtUtc;
};

class ZoomConnectionStore final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ZoomConnectionStore)

public:
    // nullopt: no connection configured yet.
    static Result<std::optional<ZoomConnection>> load(const Database &database);
    // Saves base URL and ids; a change of any of them clears the verification.
    static Result<void> save(const Database &database, const ZoomConnection &connection, const QDateTime &nowUtc);
    static Result<void> recordVerification(const Database &database, const QDateTime &verifiedAtUtc,
                                           const QStringList &grantedScopes);
    static Result<void> forget(const Database &database);
    // The namespace of this database's secrets in the keychain.
    static Result<QString> profileId(const Database &database);
};

} // namespace Roomdesk
