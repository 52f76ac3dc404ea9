// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QEventLoop>
#include <QObject>

#include <functional>
#include <optional>
#include <type_traits>

namespace Roomdesk {

// The one way a front end that waits for its answer (the command line) calls the backend's
// use cases, which answer asynchronously as they do for the GUI: `start` gets a context object
// and the callback, and a local event loop runs until the callback has the result. Meanwhile
// this thread's events go on, so answers from the data thread, keychain jobs and network replies
// arrive as usual. A callback that comes after the call has returned is dropped with its
// context.
//
//     auto rooms = blockingCall<RoomPoolSnapshot>(
//         [&](QObject *context, auto done) { backend.roomPool().snapshot({}, {}, context, done); });
template<typename T, typename E = Error>
using BlockingStart = std::function<void(QObject *context, std::function<void(const Result<T, E> &)> done)>;

// T (and E) are named by the caller; `start` is not deduced from, so any callable fits.
template<typename T, typename E = Error>
Result<T, E> blockingCall(const std::type_identity_t<BlockingStart<T, E>> &start)
{
    QEventLoop loop;
    std::optional<Result<T, E>> outcome;
    start(&loop, [&outcome, &loop](const Result<T, E> &result) {
        if (outcome)
            return; // a use case answers once; a second answer is not waited for
        outcome.emplace(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace Roomdesk
