#include "reconciliationreport.h"

#include "rooms/allocator.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Roomdesk::Cli {

namespace {

class ReconciliationReport final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ReconciliationReport)

public:
    static bool run(CommandContext &context, const Database &database)
    {
        auto outcome = Allocator(database).reconcile(QDateTime::currentDateTimeUtc());
        if (!outcome) {
            (void)context.fail(outcome.error());
            return false;
        }
        if (outcome.value().allocated > 0)
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("%n pending request(s) got a room.", nullptr, outcome.value().allocated) << Qt::endl;
        for (const auto &[first, second] : outcome.value().conflicts)
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("Requests %1 and %2 now overlap in %3 with the new buffers; cancel one or give the "
                              "buffers back.")
                               .arg(first.id)
                               .arg(second.id)
                               .arg(first.roomEmail)
                        << Qt::endl;
        return true;
    }
};

} // namespace

bool reconcileAndReport(CommandContext &context, const Database &database)
{
    return ReconciliationReport::run(context, database);
}

} // namespace Roomdesk::Cli
