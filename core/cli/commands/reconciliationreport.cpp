// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciliationreport.h"

#include <QCoreApplication>

namespace Roomdesk::Cli {

namespace {

class ReconciliationReport final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::ReconciliationReport)

public:
    static void print(CommandContext &context, const Allocator::Reconciliation &outcome)
    {
        if (outcome.allocated > 0)
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("%n pending request(s) got a room.", nullptr, outcome.allocated) << Qt::endl;
        for (const auto &[first, second] : outcome.conflicts)
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("Requests %1 and %2 now overlap in %3 with the new buffers; cancel one or give the "
                              "buffers back.")
                               .arg(first.id)
                               .arg(second.id)
                               .arg(first.roomEmail)
                        << Qt::endl;
    }
};

} // namespace

void reportReconciliation(CommandContext &context, const Allocator::Reconciliation &outcome)
{
    ReconciliationReport::print(context, outcome);
}

} // namespace Roomdesk::Cli
