// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportrepository.h"
#include "widgets/statuslabel.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Roomdesk {

// How the Reports page, its tables and its chart word a report's values, in one place so
// that they read the same everywhere.
class ReportTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ReportTexts)

public:
    // The IANA zone, or UTC when it is unknown.
    static QTimeZone zoneOf(const QString &zoneId);
    // A moment in a zone, in the locale's short format ("20/11/2026 19:00").
    static QString dateTime(const QDateTime &utc, const QTimeZone &zone);
    static QString time(qint64 epochSecs, const QTimeZone &zone); // "19:02"
    // Attended time in words: "45 min", "1 h 20 min", "30 s".
    static QString duration(qint64 seconds);
    // Attended time to the second: "1:20:05" (hours unpadded).
    static QString clock(qint64 seconds);
    // What the state means right now: when Zoom is asked again, why it failed, when it was
    // fetched. One or two sentences, for tooltips and the report's header.
    static QString stateDetail(const StoredReport &report);
    // How a message about a report in this state looks: ready good, waiting a warning, …
    static StatusLabel::Kind statusKind(StoredReport::State state);
    // What the report area says instead of a report (no attendees, waiting, failed).
    static QString explanation(const StoredReport &report);
};

} // namespace Roomdesk
