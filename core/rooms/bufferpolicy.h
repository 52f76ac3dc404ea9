// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Roomdesk {

class Database;

// Buffers around every booking and the lifecycle timings, in minutes (DESIGN §3).
struct BufferPolicy final
{
    int prepMinutes = 15; // before the start
    int courtesyMinutes = 10; // after the scheduled end
    int postMinutes = 15; // after the courtesy time
    int leadMinutes = 60; // credentials sent this long before the start
    int endWarningMinutes = 10;
    int reportDeadlineMinutes = 30;

    static constexpr int kMaxMinutes = 1440;
};

class BufferPolicyStore final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::BufferPolicyStore)

public:
    static Result<BufferPolicy> load(const Database &database);
    static Result<void> save(const Database &database, const BufferPolicy &policy);
    // A translated explanation when a value is out of range.
    static std::optional<QString> problem(const BufferPolicy &policy);
};

} // namespace Roomdesk
