// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncheck.h"

#include "clock.h"
#include "tokensource.h"
#include "zoomclient.h"

#include <QPointer>

namespace Roomdesk {

ConnectionReport ConnectionCheck::reportFor(const QStringList &grantedScopes)
{
    ConnectionReport report;
    report.grantedScopes = grantedScopes;
    for (const ScopeInfo &scope : ScopeCatalog::all()) {
        const bool granted = grantedScopes.contains(scope.name);
        report.scopes.append({scope, granted});
        if (scope.required && !granted)
            report.missingRequired.append(scope.name);
    }
    return report;
}

void ConnectionCheck::run(const ZoomCredentials &credentials, const Clock &clock, QObject *context, Callback done)
{
    // The client lives until its answer arrives; it belongs to nobody else.
    auto *client = new ZoomClient(credentials, clock);
    QPointer<QObject> guard(context);
    client->tokens().token(
        client, [client, guard, &clock, done = std::move(done)](const Result<ZoomToken, ZoomError> &outcome) {
            client->deleteLater();
            if (!guard)
                return;
            if (!outcome.ok()) {
                done(outcome.error());
                return;
            }
            ConnectionReport report = reportFor(outcome.value().scopes);
            report.apiUrl = outcome.value().apiUrl;
            report.expiresAtUtc = outcome.value().expiresAtUtc;
            report.checkedAtUtc = clock.nowUtc();
            done(report);
        });
}

} // namespace Roomdesk
