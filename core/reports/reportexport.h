// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendancecsv.h"
#include "reportrepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Roomdesk {

// Reports written as CSV files into a folder, one per ready report, each file whole or not
// at all. Reports that are not ready are listed with their state instead.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ReportExport)

public:
    struct Summary
    {
        QStringList written; // file paths
        QStringList skipped; // translated: "Event 12 “Topic”: Waiting for Zoom"
        bool cancelled = false;
    };
    // Called after each report with how many are done; false stops before the next one.
    using Progress = std::function<bool(int done, int total)>;

    // "2026-11-20_12_intro-to-biology.csv": the event's start date in its zone, its id, and
    // its title reduced to letters, digits and dashes (any script).
    static QString fileName(const ReportEntry &entry);

    static Result<Summary> run(const Database &database, const QList<ReportEntry> &entries, const QString &folder,
                               const AttendanceCsvOptions &options, const Progress &progress = {});
};

} // namespace Roomdesk
