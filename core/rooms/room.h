// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Roomdesk {

// A licensed Zoom host account that organizers share (DESIGN §3).
struct Room final
{
    enum class Assignment { Automatic, Manual };

    qint64 id = 0;
    QString name;
    QString email; // the Zoom host, lower case
    QString zoomUserId; // once known
    bool webinar = false; // webinar licence
    bool active = false; // new rooms start inactive
    Assignment assignment = Assignment::Automatic;
    int position = 0; // the order the allocator walks (ties by id)
    std::optional<int> prepMinutes; // nullopt: the policy's
    std::optional<int> courtesyMinutes;
    std::optional<int> postMinutes;
    QString notes;
    std::optional<int> capacity; // participants the licence admits; nullopt: not known

    static QString assignmentName(Assignment assignment)
    {
        return assignment == Assignment::Manual ? QStringLiteral("manual") : QStringLiteral("automatic");
    }
};

} // namespace Roomdesk
