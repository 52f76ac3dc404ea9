// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Roomdesk {

// Zoom's objects as Roomdesk uses them, parsed from the API's JSON (ZOOM_API_FACTS §3).

struct ZoomUser final
{
    QString id; // empty for pending users
    QString email;
    QString firstName;
    QString lastName;
    QString displayName;
    int type = 1; // 1 Basic, 2 Licensed
    QString status;
    QString timezone;

    bool licensed() const { return type == 2; }
};

struct ZoomMeeting final
{
    qint64 id = 0; // int64: meeting IDs exceed 32 bits
    QString uuid;
    bool webinar = false;
    int type = 2;
    QString hostId;
    QString hostEmail;
    QString topic;
    QString status; // waiting | started (meetings)
    QDateTime startTimeUtc;
    int durationMinutes = 0;
    QString timezone;
    QString agenda;
    QString joinUrl;
    QString startUrl; // expires (2 hours): fetch a fresh one when someone needs it
    QString password;
    bool waitingRoom = false;
    bool joinBeforeHost = false;
};

// What Roomdesk asks Zoom to create or change. A local start time with its IANA zone is sent
// as Zoom documents it: "yyyy-MM-ddTHH:mm:ss" plus "timezone".
struct MeetingSpec final
{
    std::optional<QString> topic;
    std::optional<QDateTime> localStart; // wall-clock time in `timezone`
    std::optional<QString> timezone;
    std::optional<int> durationMinutes;
    std::optional<QString> agenda;
    std::optional<bool> waitingRoom;
    std::optional<bool> joinBeforeHost;

    nlohmann::json toJson(bool webinar, bool create) const;
};

struct ZoomPastMeeting final
{
    qint64 id = 0;
    QString uuid;
    QString hostId;
    QString hostEmail;
    QString topic;
    QDateTime startUtc;
    QDateTime endUtc;
    int durationMinutes = 0;
    int participantsCount = 0;
};

struct ZoomParticipant final
{
    QString zoomUserId; // "id": the Zoom user when signed in
    QString userId; // per join
    QString participantUserId; // report endpoints
    QString registrantId;
    QString name;
    QString email;
    QDateTime joinUtc;
    QDateTime leaveUtc;
    int durationSeconds = 0;
    bool waitingRoom = false;
};

struct ZoomRecordingFile final
{
    QString id;
    QString fileType;
    qint64 fileSize = 0;
    QString downloadUrl;
    QString playUrl;
    QDateTime startUtc;
    QDateTime endUtc;
};

struct ZoomRecording final
{
    qint64 meetingId = 0;
    QString uuid;
    QString topic;
    QDateTime startUtc;
    QList<ZoomRecordingFile> files;
};

struct ZoomRegistrant final
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString status;
    QString joinUrl;
};

} // namespace Roomdesk
