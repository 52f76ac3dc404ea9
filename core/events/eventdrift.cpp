// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdrift.h"

#include <nlohmann/json.hpp>

namespace Roomdesk {

using Json = nlohmann::json;

QString EventDrift::toJson() const
{
    if (kind == Kind::Deleted)
        return QStringLiteral(R"({"kind":"deleted"})");
    const Json theirs = Json::parse(zoom.toJson().toStdString());
    Json changedFields = Json::object();
    for (const QString &field : fields) {
        if (const auto it = theirs.find(field.toStdString()); it != theirs.end())
            changedFields[field.toStdString()] = *it;
    }
    return QString::fromStdString(Json {{"kind", "changed"}, {"fields", changedFields}, {"zoom", theirs}}.dump());
}

std::optional<EventDrift> EventDrift::fromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const Json object = Json::parse(json.toStdString(), nullptr, false);
    if (!object.is_object() || !object.contains("kind") || !object["kind"].is_string())
        return std::nullopt;
    if (object["kind"].get<std::string>() == "deleted")
        return deleted();
    EventDrift drift;
    if (const auto it = object.find("fields"); it != object.end() && it->is_object()) {
        for (const auto &[name, value] : it->items())
            drift.fields << QString::fromStdString(name);
    }
    if (const auto it = object.find("zoom"); it != object.end())
        drift.zoom = ZoomCopy::fromJson(QString::fromStdString(it->dump())).value_or(ZoomCopy {});
    return drift;
}

} // namespace Roomdesk
