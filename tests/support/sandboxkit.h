// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/zoomsandbox.h"

namespace Roomdesk::Test {

// Sandbox options with the given scopes and plan; the seed keeps the data reproducible.
inline SandboxOptions sandboxOptions(const QString &scopes = QStringLiteral("all"), ZoomPlan plan = ZoomPlan::Business,
                                     quint64 seed = 42)
{
    SandboxOptions options;
    options.seed = seed;
    options.plan = plan;
    options.grantedScopes = SandboxOptions::parseScopes(scopes).value();
    return options;
}

// "Bearer …" for calls straight into ZoomSandbox::handle(), past the client.
inline QByteArray sandboxBearer(ZoomSandbox &sandbox)
{
    SandboxRequest token {"POST", {QStringLiteral("oauth"), QStringLiteral("token")}, {}, {}, {}};
    token.query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("account_credentials"));
    token.query.addQueryItem(QStringLiteral("account_id"), sandbox.accountId());
    token.headers.insert("authorization",
                         "Basic " +
                             (sandbox.clientId() + QLatin1Char(':') + sandbox.clientSecret()).toUtf8().toBase64());
    return "Bearer " + QByteArray::fromStdString(sandbox.handle(token).body->at("access_token").get<std::string>());
}

// A meeting of Lucía's that ended with `attendees` plain attendees besides the host (no
// waiting room, rejoins or second devices); returns its id. For tests of reading lists.
inline QString endedMeeting(ZoomSandbox &sandbox, int attendees)
{
    SandboxRequest create {"POST",
                           {QStringLiteral("v2"), QStringLiteral("users"),
                            QStringLiteral("lucia.fernandez@universidad.example"), QStringLiteral("meetings")},
                           {},
                           {},
                           QByteArrayLiteral("{}")};
    create.headers.insert("authorization", sandboxBearer(sandbox));
    const QString id = QString::number(sandbox.handle(create).body->at("id").get<qint64>());
    const QByteArray plan =
        "{\"attendees\":" + QByteArray::number(attendees) + ",\"waiting_room\":0,\"rejoins\":0,\"two_devices\":0}";
    sandbox.handle(
        {"POST", {QStringLiteral("_sandbox"), QStringLiteral("meetings"), id, QStringLiteral("end")}, {}, {}, plan});
    return id;
}

} // namespace Roomdesk::Test
