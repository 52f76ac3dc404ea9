// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>

#include <optional>
#include <string>
#include <string_view>

namespace Roomdesk::ReportTime {

// "2026-11-20T10:00:00Z", "2026-11-20T13:00:00+03:00", fractions of a second dropped:
// seconds since the epoch. Anything else is nullopt.
std::optional<qint64> parseIso(std::string_view text);

// "1:02:03": hours unpadded (a session can last more than a day), minutes and seconds padded.
std::string duration(qint64 seconds);

// ISO 8601 with the zone's offset at that instant ("2026-11-20T13:00:00+03:00"). The
// offset of the last lookup is kept with the interval it holds for, so a report's thousands
// of times cost a handful of time-zone lookups.
class ZoneFormatter final
{
public:
    explicit ZoneFormatter(QTimeZone zone);

    void append(std::string &out, qint64 utcSecs);
    std::string format(qint64 utcSecs);
    int offsetAt(qint64 utcSecs);

private:
    QTimeZone m_zone;
    qint64 m_from = 1;
    qint64 m_to = 0; // [m_from, m_to) holds m_offset; empty at first
    int m_offset = 0;
};

} // namespace Roomdesk::ReportTime
