// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionreport.h"

#include "backend/backend.h"
#include "backend/blockingcall.h"

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

// Shares its translations with `zoom check`, whose output it prints.
class ConnectionReportPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ZoomCommands)

public:
    static int run(CommandContext &context, const ZoomCredentials &credentials);
};

int ConnectionReportPrinter::run(CommandContext &context, const ZoomCredentials &credentials)
{
    const auto outcome = blockingCall<ConnectionReport, ZoomError>(
        [&](QObject *waiting, auto done) { context.backend().connection().check(credentials, waiting, done); });
    if (!outcome)
        return context.fail(outcome.error().toError());
    const ConnectionReport &report = outcome.value();

    nlohmann::ordered_json scopes = nlohmann::ordered_json::array();
    QList<std::pair<QString, QString>> rows;
    for (const auto &[scope, granted] : report.scopes) {
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
            {"api_url", report.apiUrl.toString().toStdString()},
            {"expires_at", report.expiresAtUtc.toString(Qt::ISODate).toStdString()},
            {"scopes", scopes},
            {"missing_required", nlohmann::json::array()},
        };
        for (const QString &scope : report.missingRequired)
            document["missing_required"].push_back(scope.toStdString());
        context.out << QString::fromStdString(document.dump()) << Qt::endl;
    } else {
        context.out
            << tr("Token received from %1; API at %2.").arg(credentials.tokenUrl().toString(), report.apiUrl.toString())
            << '\n'
            << ArgumentParser::formatRows(rows);
    }
    if (!report.complete()) {
        context.err << QStringLiteral("roomdeskctl: ")
                    << tr("%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.", nullptr,
                          static_cast<int>(report.missingRequired.size()))
                    << Qt::endl;
        return Failed;
    }
    return Success;
}

} // namespace

int checkAndReport(CommandContext &context, const ZoomCredentials &credentials)
{
    return ConnectionReportPrinter::run(context, credentials);
}

} // namespace Roomdesk::Cli
