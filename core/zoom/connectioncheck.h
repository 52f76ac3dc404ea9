// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scopecatalog.h"
#include "zoomcredentials.h"
#include "zoomerror.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Roomdesk {

class Clock;

// What one token exchange proved: the credentials work, and which of the scopes Roomdesk
// knows were granted.
struct ConnectionReport final
{
    QUrl apiUrl;
    QDateTime checkedAtUtc;
    QDateTime expiresAtUtc;
    QStringList grantedScopes; // everything the token carries, in Zoom's order
    QList<std::pair<ScopeInfo, bool>> scopes; // the catalog, each granted or not
    QStringList missingRequired;

    bool complete() const { return missingRequired.isEmpty(); }
};

// Exchanges a fresh token with the given credentials (no cache) and reports. Used by
// `credentials test`, `zoom check`, the setup wizard and the Settings page.
class ConnectionCheck final
{
public:
    using Callback = std::function<void(const Result<ConnectionReport, ZoomError> &)>;

    // `done` runs on `context`'s thread unless `context` is destroyed first.
    static void run(const ZoomCredentials &credentials, const Clock &clock, QObject *context, Callback done);
    static ConnectionReport reportFor(const QStringList &grantedScopes);
};

} // namespace Roomdesk
