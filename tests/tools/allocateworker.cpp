// SPDX-License-Identifier: GPL-3.0-or-later
// One of several processes requesting rooms in the same database at once
// (tst_allocationconcurrency): allocateworker DB SEED COUNT.
#include "rooms/allocator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    auto database = Roomdesk::Database::open(args.at(1));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    QRandomGenerator random(args.at(2).toUInt());
    Roomdesk::Allocator allocator(*database.value());
    const QDateTime monday(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::utc());
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        Roomdesk::RoomRequestSpec spec;
        spec.title = QStringLiteral("worker %1 request %2").arg(args.at(2)).arg(i);
        // A crowded week: five days of ten hours, starts on the quarter hour.
        spec.startUtc = monday.addDays(random.bounded(5)).addSecs(random.bounded(40) * 15 * 60);
        spec.timeZone = QStringLiteral("UTC");
        spec.durationMinutes = 30 + random.bounded(4) * 15;
        if (auto result = allocator.request(spec, QDateTime::currentDateTimeUtc()); !result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
            return 1;
        }
    }
    return 0;
}
