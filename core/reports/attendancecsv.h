// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendancereport.h"

#include <QByteArray>
#include <QTimeZone>

namespace Roomdesk {

struct AttendanceCsvOptions final
{
    QChar delimiter = QLatin1Char(',');
    bool bom = false; // for Excel
    QTimeZone zone = QTimeZone::utc(); // first_join and last_leave, with its offset
};

// The report as CSV: the header `name,email,first_join,last_leave,duration_seconds,duration,segments`
// (machine names, never translated), then one row per attendee.
QByteArray attendanceCsv(const AttendanceReport &report, const AttendanceCsvOptions &options);

} // namespace Roomdesk
