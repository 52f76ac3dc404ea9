// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Roomdesk {

// Zoom writes UTC times as "2026-11-22T10:00:00Z".
inline std::string isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
}

// Zoom user types (ZOOM_API_FACTS §3.2).
enum class SandboxUserType { Basic = 1, Licensed = 2 };

struct SandboxUser final
{
    QString id; // empty while the user is pending, as in Zoom
    QString email;
    QString firstName;
    QString lastName;
    SandboxUserType type = SandboxUserType::Licensed;
    QString status; // active | inactive | pending
    bool webinarLicence = false;
    QString timezone;
    qint64 pmi = 0;
    QString createdAt;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct SandboxRegistrant final
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString status = QStringLiteral("approved");
    QString createTime;
};

struct SandboxMeeting final
{
    qint64 id = 0;
    QString uuid;
    bool webinar = false;
    int type = 2; // 2 scheduled meeting, 5 webinar
    QString hostId;
    QString hostEmail;
    QString topic;
    QDateTime startTimeUtc;
    QString timezone;
    int duration = 60;
    QString agenda;
    QString password;
    QString createdAt;
    nlohmann::ordered_json settings;
    QString status = QStringLiteral("waiting"); // waiting | started | finished
    bool deleted = false;
    QDateTime startedUtc; // while a simulated session runs
    QList<SandboxRegistrant> registrants;
};

// One row of Zoom's participant lists: a join of one device, until it left.
struct SandboxParticipant final
{
    QString zoomUserId; // "id": the Zoom user if signed in, else empty
    QString userId; // "user_id": per join, so a rejoin is a new row
    QString participantUserId; // the report endpoints' stable id
    QString name;
    QString email;
    QDateTime joinUtc;
    QDateTime leaveUtc;
    bool waitingRoom = false;
    bool internal = false;
};

// An ended instance of a meeting or webinar, as the past_* and report endpoints see it.
struct SandboxSession final
{
    qint64 meetingId = 0;
    QString uuid;
    bool webinar = false;
    int type = 2;
    QString hostId;
    QString hostEmail;
    QString hostName;
    QString topic;
    QDateTime startUtc;
    QDateTime endUtc;
    QList<SandboxParticipant> participants;
    bool recorded = false;
    // The rows as the past and the report endpoints write them.
    std::vector<std::string> pastRows;
    std::vector<std::string> reportRows;
};

struct SandboxToken final
{
    QDateTime expiresAtUtc;
    QStringList scopes;
};

} // namespace Roomdesk
