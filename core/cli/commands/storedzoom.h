// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/database.h"
#include "zoom/zoomapi.h"
#include "zoom/zoomclient.h"

#include <QEventLoop>

#include <functional>
#include <memory>
#include <optional>

namespace Roomdesk::Cli {

// What the `report` commands still assemble on this thread themselves; they move onto the
// backend's use cases (EventService) with issue 16's one attendance parser, and this file goes
// with them. Every other command calls the backend through blockingCall.

struct CommandContext;

// A command's database with a Zoom client for its stored connection, on this thread.
struct StoredZoom
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ZoomClient> client;
    std::unique_ptr<ZoomApi> api; // null: no connection configured
};

// The stored credentials come from the backend's connection (ConnectionService::credentials).
Result<void> openStoredZoom(CommandContext &context, StoredZoom &session);

// Runs the event loop until an asynchronous core call answers.
template<typename T>
Result<T> waitFor(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    start([&outcome, &loop](const Result<T> &result) {
        outcome.emplace(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace Roomdesk::Cli
