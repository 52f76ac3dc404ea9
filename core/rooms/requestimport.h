// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "allocator.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Roomdesk {

class Database;

// Room requests from a CSV file, a semester at once (`request import`, and the room calendar's
// "Import requests…"): UTF-8 with ',' or ';' as Excel writes it in Spanish and Russian locales,
// the columns title, start, tz, duration and optionally webinar, admission and organizer.
// Every row is checked before anything is stored — one bad row and nothing is, each problem
// named by its line — then the rows are allocated in file order in one transaction, so the
// whole file is booked or, when the database refuses, none of it.
class RequestImport final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::RequestImport)

public:
    struct Problem
    {
        int line = 0; // in the file, 1-based (the header is line 1)
        QString message; // translated
        QString text() const; // "line 3: …"
    };

    // A file read and checked: the requests to make, or what to fix (then specs is partial).
    struct Rows
    {
        QList<RoomRequestSpec> specs;
        QList<Problem> problems;
    };

    // What an import did: problems and nothing stored, or the requests it stored.
    struct Outcome
    {
        QList<Problem> problems;
        QList<RoomRequest> requests; // in file order
        int allocated() const;
        int pending() const;
        // "3 requests imported: 2 allocated, 1 pending."
        QString summary() const;
    };

    // Errors for a file that cannot be taken at all: unreadable, not UTF-8 CSV, no header, an
    // unknown or a missing column. `path` is named in them as given.
    static Result<Rows> read(const QString &path);
    static Result<Rows> parse(const QByteArray &bytes, const QString &path);
    // The error a file with problems gets: "2 rows to fix; nothing was imported."
    static Error refusal(const QList<Problem> &problems);
    // Allocates checked rows in one transaction.
    static Result<Outcome> book(const Database &database, const QList<RoomRequestSpec> &specs, const QDateTime &nowUtc);
    // read(), then book() when no row has a problem.
    static Result<Outcome> importFile(const Database &database, const QString &path, const QDateTime &nowUtc);
};

} // namespace Roomdesk
