// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

namespace Roomdesk {

Event::Status Event::status(const QDateTime &nowUtc) const
{
    if (cancelled)
        return Status::Cancelled;
    if (session == Session::Ended)
        return Status::Ended;
    if (session == Session::Started)
        return Status::InProgress;
    if (roomId == 0)
        return Status::PendingRoom;
    // A past event that nobody started is "not started yet", as in iSpring Learn.
    return nowUtc < startUtc ? Status::Scheduled : Status::NotStartedYet;
}

QString Event::statusName(Status status)
{
    switch (status) {
    case Status::PendingRoom:
        return QStringLiteral("pending_room");
    case Status::Scheduled:
        return QStringLiteral("scheduled");
    case Status::NotStartedYet:
        return QStringLiteral("not_started_yet");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Ended:
        return QStringLiteral("ended");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString Event::statusText(Status status)
{
    switch (status) {
    case Status::PendingRoom:
        return tr("Pending room");
    case Status::Scheduled:
        return tr("Scheduled");
    case Status::NotStartedYet:
        return tr("Not started yet");
    case Status::InProgress:
        return tr("In progress");
    case Status::Ended:
        return tr("Ended");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

namespace {

struct SyncName
{
    Event::Sync sync;
    const char *name;
};

constexpr SyncName kSyncNames[] = {
    {Event::Sync::AwaitingRoom, "awaiting_room"},
    {Event::Sync::Pending, "pending"},
    {Event::Sync::Synced, "synced"},
    {Event::Sync::Unknown, "unknown"},
    {Event::Sync::Failed, "failed"},
    {Event::Sync::Drifted, "drifted"},
    {Event::Sync::DeletedInZoom, "deleted_in_zoom"},
};

} // namespace

QString Event::syncName(Sync sync)
{
    for (const SyncName &entry : kSyncNames) {
        if (entry.sync == sync)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<Event::Sync> Event::syncFromName(const QString &name)
{
    for (const SyncName &entry : kSyncNames) {
        if (name == QLatin1String(entry.name))
            return entry.sync;
    }
    return std::nullopt;
}

QString Event::syncText(Sync sync)
{
    switch (sync) {
    case Sync::AwaitingRoom:
        return tr("Waiting for a room");
    case Sync::Pending:
        return tr("Sending to Zoom");
    case Sync::Synced:
        return tr("In Zoom");
    case Sync::Unknown:
        return tr("Zoom's answer was lost; checking before any retry");
    case Sync::Failed:
        return tr("Zoom refused");
    case Sync::Drifted:
        return tr("Changed in Zoom");
    case Sync::DeletedInZoom:
        return tr("Deleted in Zoom");
    }
    return {};
}

} // namespace Roomdesk
