// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Roomdesk {

// A request as the sandbox's handlers see it: the path already split into decoded segments.
struct SandboxRequest final
{
    QByteArray method; // "GET", "POST", …
    QStringList segments;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

struct SandboxResponse final
{
    int status = 200;
    std::optional<nlohmann::ordered_json> body; // none for 204
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray rawBody; // already serialized JSON, for long listings (takes precedence)

    static SandboxResponse json(int status, nlohmann::ordered_json body) { return {status, std::move(body), {}, {}}; }
    static SandboxResponse empty(int status = 204) { return {status, std::nullopt, {}, {}}; }
    // Zoom's error shape: {"code": …, "message": …}.
    static SandboxResponse zoomError(int status, int code, const QString &message)
    {
        return json(status, {{"code", code}, {"message", message.toStdString()}});
    }
};

} // namespace Roomdesk
