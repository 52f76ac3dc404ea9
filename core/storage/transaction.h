// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <type_traits>

namespace Roomdesk {

class Database;

namespace Transaction {

// BEGIN IMMEDIATE: the write lock is taken before the first read, so what the work reads stays
// true until COMMIT in every process. A lock race that SQLite answers at once (instead of
// waiting in its busy handler) is retried for up to ten seconds.
Result<void> begin(const Database &database);
// COMMIT when `commit`, else ROLLBACK; a failed COMMIT is rolled back and reported.
Result<void> finish(const Database &database, bool commit);

} // namespace Transaction

// Runs `work` (returning a Result) in one write transaction: committed when it succeeds,
// rolled back when it fails. The one transaction helper of the code base.
template<typename F>
auto inWriteTransaction(const Database &database, F &&work) -> std::invoke_result_t<F>
{
    using Answer = std::invoke_result_t<F>;
    if (auto began = Transaction::begin(database); !began)
        return Answer(began.error());
    Answer result = work();
    if (auto done = Transaction::finish(database, result.ok()); !done)
        return Answer(done.error());
    return result;
}

} // namespace Roomdesk
