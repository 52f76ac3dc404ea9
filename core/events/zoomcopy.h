// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Roomdesk {

struct ZoomMeeting;

// Zoom's values of the fields Roomdesk keeps in step with a meeting, as last synchronized
// (events.zoom_copy). Comparing a fresh copy with the stored one finds changes made in Zoom.
struct ZoomCopy final
{
    QString topic;
    QString start; // ISO 8601, UTC, as Zoom's start_time
    QString timeZone;
    int durationMinutes = 0;
    QString agenda;
    std::optional<bool> waitingRoom; // meetings only

    static ZoomCopy of(const ZoomMeeting &meeting);
    // The stored form: a JSON object with Zoom's field names, keys in order.
    QString toJson() const;
    static std::optional<ZoomCopy> fromJson(const QString &json);

    // Zoom's names of the fields whose values differ from `other`'s (present in this copy).
    QStringList differencesFrom(const std::optional<ZoomCopy> &other) const;
    QDateTime startUtc() const;

    friend bool operator==(const ZoomCopy &, const ZoomCopy &) = default;
};

} // namespace Roomdesk
