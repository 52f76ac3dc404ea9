// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomcopy.h"

#include "zoom/zoomtypes.h"

#include <nlohmann/json.hpp>

namespace Roomdesk {

namespace {

using Json = nlohmann::json; // keys in order, as the stored copies always had them

QString text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

ZoomCopy ZoomCopy::of(const ZoomMeeting &meeting)
{
    ZoomCopy copy;
    copy.topic = meeting.topic;
    copy.start = meeting.startTimeUtc.toUTC().toString(Qt::ISODate);
    copy.timeZone = meeting.timezone;
    copy.durationMinutes = meeting.durationMinutes;
    copy.agenda = meeting.agenda;
    if (!meeting.webinar)
        copy.waitingRoom = meeting.waitingRoom;
    return copy;
}

QString ZoomCopy::toJson() const
{
    Json object = {
        {"topic", topic.toStdString()}, {"start", start.toStdString()},   {"timezone", timeZone.toStdString()},
        {"duration", durationMinutes},  {"agenda", agenda.toStdString()},
    };
    if (waitingRoom)
        object["waiting_room"] = *waitingRoom;
    return QString::fromStdString(object.dump());
}

std::optional<ZoomCopy> ZoomCopy::fromJson(const QString &json)
{
    const Json object = Json::parse(json.toStdString(), nullptr, false);
    if (!object.is_object())
        return std::nullopt;
    ZoomCopy copy;
    copy.topic = text(object, "topic");
    copy.start = text(object, "start");
    copy.timeZone = text(object, "timezone");
    if (const auto it = object.find("duration"); it != object.end() && it->is_number_integer())
        copy.durationMinutes = it->get<int>();
    copy.agenda = text(object, "agenda");
    if (const auto it = object.find("waiting_room"); it != object.end() && it->is_boolean())
        copy.waitingRoom = it->get<bool>();
    return copy;
}

QStringList ZoomCopy::differencesFrom(const std::optional<ZoomCopy> &other) const
{
    const ZoomCopy before = other.value_or(ZoomCopy {});
    const bool known = other.has_value();
    QStringList fields;
    // Zoom's names, in the stored order (alphabetical).
    if (!known || agenda != before.agenda)
        fields << QStringLiteral("agenda");
    if (!known || durationMinutes != before.durationMinutes)
        fields << QStringLiteral("duration");
    if (!known || start != before.start)
        fields << QStringLiteral("start");
    if (!known || timeZone != before.timeZone)
        fields << QStringLiteral("timezone");
    if (!known || topic != before.topic)
        fields << QStringLiteral("topic");
    if (waitingRoom && waitingRoom != before.waitingRoom)
        fields << QStringLiteral("waiting_room");
    return fields;
}

QDateTime ZoomCopy::startUtc() const
{
    return QDateTime::fromString(start, Qt::ISODate).toUTC();
}

} // namespace Roomdesk
